"""Throughput of anonymous pages under gunicorn, cached and uncached, against a bare Django view.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ngosite REDIS_URL=redis://127.0.0.1:6379/2 \\
        .venv/bin/python bench/page_throughput.py

Production settings (bench/_throughput_settings.py adds only the bare view's URL) on PostgreSQL
and Redis: a throwaway database named after DATABASE_URL's with `_throughput` appended (created,
migrated, filled by `load_demo`, dropped at the end) and the Redis database of REDIS_URL under a
key prefix of this run (its keys are deleted at the end; nothing else there is touched).
gunicorn runs twice with the same workers: with the page cache (PAGE_CACHE=on) and without
(PAGE_CACHE=off); each run measures every page type and the bare view, a Django view returning a
fixed 20 KB page through the same middleware. The load generator is Debian's `wrk`
(`apt-get install wrk`): BENCH_CONNECTIONS connections (16), BENCH_SECONDS seconds per URL (5),
BENCH_WORKERS gunicorn workers (2). Target: every page, cached, at least half the bare view.

Without PostgreSQL, Redis or wrk it says what is missing and exits 0, so `make bench` goes on.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = BASE_DIR / "bench"
PYTHON = sys.executable
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
PROXY_HEADER = "X-Forwarded-Proto: https"  # as the reverse proxy sends it (no HTTPS redirect)
BARE = "/bench/bare/"


@dataclass
class Figure:
    rate: float
    size: int
    bare_rate: float  # the bare view's, measured around this page

    @property
    def ratio(self):
        return self.rate / self.bare_rate


def missing_requirements():
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        return "DATABASE_URL must point to PostgreSQL (a throwaway database is made next to it)"
    if not os.environ.get("REDIS_URL"):
        return "REDIS_URL must name a Redis database, e.g. redis://127.0.0.1:6379/2"
    if shutil.which("wrk") is None:
        return "wrk is not installed (Debian: apt-get install wrk)"
    return None


def throwaway_database_url():
    parts = urlsplit(os.environ["DATABASE_URL"])
    name = parts.path.lstrip("/") or "ngosite"
    return urlunsplit(parts._replace(path=f"/{name}_throughput")), f"{name}_throughput"


def admin_connection():
    import psycopg2

    parts = urlsplit(os.environ["DATABASE_URL"])
    connection = psycopg2.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or None,
        dbname="postgres",
    )
    connection.autocommit = True
    return connection


def run_sql(*statements):
    connection = admin_connection()
    try:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        connection.close()


def recreate_database(name):
    run_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')


def drop_database(name):
    run_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, stdout=subprocess.DEVNULL
    )


def page_urls(env):
    """One URL of each page type of the demo, found in the database by a small script."""
    script = """
import django; django.setup()
from wagtail.models import Page
from advisory.models import AdvisoryPage
from guidebook.models import GuidebookPage
from home.models import HomePage
from ngomap.models import MapPage
from news.models import NewsIndexPage, NewsPage
from projects.models import ProjectIndexPage, ProjectPage, UpcomingMeetingsPage
def first(model, **filters):
    return model.objects.live().public().filter(**filters).order_by("path").first().url
section = GuidebookPage.objects.live().order_by("-depth", "path").first().url
rows = [
    ("home", first(HomePage)),
    ("project list", first(ProjectIndexPage)),
    ("a project", first(ProjectPage)),
    ("news list", first(NewsIndexPage)),
    ("a news item", first(NewsPage)),
    ("a guide section", section),
    ("upcoming meetings", first(UpcomingMeetingsPage)),
    ("map page", first(MapPage)),
    ("advisory point", first(AdvisoryPage)),
]
for label, url in rows:
    print(label + "\\t" + url)
"""
    output = subprocess.run(
        [PYTHON, "-c", script], cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True
    ).stdout
    return [tuple(line.split("\t")) for line in output.strip().splitlines()]


class Gunicorn:
    def __init__(self, env):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "ngosite.wsgi",
                "--workers",
                str(WORKERS),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--pythonpath",
                str(BENCH_DIR),
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=env,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get(BARE)
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("gunicorn did not answer within 60 s")

    def get(self, path):
        request = urllib.request.Request(self.base + path, headers={"X-Forwarded-Proto": "https"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("X-Page-Cache"), response.read()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def requests_per_second(url):
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(CONNECTIONS, 2)}",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--timeout",
            "30s",
            "-H",
            PROXY_HEADER,
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "Non-2xx or 3xx responses" in result:
        raise RuntimeError(f"{url} answered errors under load:\n{result}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result).group(1))


def measure(env, pages, *, cached):
    """Requests per second of each page and of the bare view measured right before and after it
    (the machine may be shared: a page is compared with the bare view of the same minute)."""
    server = Gunicorn(env)
    try:
        status, _hit, bare_body = server.get(BARE)
        assert status == 200 and len(bare_body) == 20 * 1024, (status, len(bare_body))
        bare = [run_wrk(server, BARE)]
        figures = {}
        for label, path in pages:
            server.get(path)
            status, hit, body = server.get(path)  # the second answer comes from the cache
            assert status == 200, (path, status)
            assert (hit == "hit") is cached, f"{path}: X-Page-Cache {hit!r}, cached={cached}"
            rate = run_wrk(server, path)
            bare.append(run_wrk(server, BARE))
            figures[label] = Figure(rate, len(body), (bare[-2] + bare[-1]) / 2)
        return figures, bare
    finally:
        server.stop()


def run_wrk(server, path):
    subprocess.run(  # one second of warm-up: every worker has its connections and caches
        ["wrk", "-t1", "-c4", "-d1s", "-H", PROXY_HEADER, server.base + path],
        check=True,
        capture_output=True,
    )
    return requests_per_second(server.base + path)


def delete_redis_keys(redis_url, prefix):
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])


def main():
    problem = missing_requirements()
    if problem:
        print(f"page_throughput: skipped: {problem}.")
        return
    database_url, database_name = throwaway_database_url()
    prefix = f"bench-throughput-{uuid.uuid4().hex[:8]}"
    media_root = tempfile.mkdtemp(prefix="page-throughput-media-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "_throughput_settings",
        "PYTHONPATH": os.pathsep.join([str(BENCH_DIR), str(BASE_DIR)]),
        "SECRET_KEY": "bench-only-" + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "CACHE_KEY_PREFIX": prefix,
        "TASKS_BACKEND": "database",  # geocoding of the demo stays queued: no network
        "LOG_LEVEL": "WARNING",
        "MEDIA_ROOT": media_root,
        "PYTHONWARNINGS": "ignore:No directory at:UserWarning",  # no collectstatic here
    }
    print(
        f"gunicorn {WORKERS} workers, wrk {CONNECTIONS} connections, {SECONDS} s per URL; "
        f"database {database_name}, Redis {os.environ['REDIS_URL']} (prefix {prefix})"
    )
    recreate_database(database_name)
    try:
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo")
        pages = page_urls(env)
        uncached = measure({**env, "PAGE_CACHE": "off"}, pages, cached=False)
        cached = measure({**env, "PAGE_CACHE": "on"}, pages, cached=True)
    finally:
        drop_database(database_name)
        delete_redis_keys(os.environ["REDIS_URL"], prefix)
        shutil.rmtree(media_root, ignore_errors=True)

    uncached, bare_uncached = uncached
    cached, bare_cached = cached
    print(
        "bare view (20 KB), req/s, measured before and after each page: "
        f"uncached run {min(bare_uncached):.0f}–{max(bare_uncached):.0f}, "
        f"cached run {min(bare_cached):.0f}–{max(bare_cached):.0f}"
    )
    header = (
        f"{'page':<18} {'kB':>5} {'uncached':>9} {'bare':>6} {'ratio':>6}"
        f" {'cached':>7} {'bare':>6} {'ratio':>6} {'speed-up':>8}  cached ≥ ½ bare"
    )
    print(header)
    print("-" * len(header))
    failures = 0
    for label, _path in pages:
        slow, fast = uncached[label], cached[label]
        failures += fast.ratio < 0.5
        print(
            f"{label:<18} {slow.size / 1024:>5.1f} {slow.rate:>9.0f} {slow.bare_rate:>6.0f}"
            f" {slow.ratio:>6.2f} {fast.rate:>7.0f} {fast.bare_rate:>6.0f} {fast.ratio:>6.2f}"
            f" {fast.rate / slow.rate:>7.0f}×  {'met' if fast.ratio >= 0.5 else 'NOT met'}"
        )
    print(
        "ratio = the page's req/s ÷ the bare view's around it (same gunicorn, same workers); "
        f"{failures} page(s) below the target."
    )


if __name__ == "__main__":
    main()
