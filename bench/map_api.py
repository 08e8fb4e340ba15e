"""Benchmark of the NGO map: the GeoJSON endpoint and the map page at 10,000 and 100,000
organizations. Run: DJANGO_SETTINGS_MODULE=ngosite.settings.test .venv/bin/python bench/map_api.py

Uses a throwaway SQLite file (or BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/
ngosite_bench, whose tables it creates and empties), prints medians, query counts and payload
sizes beside the targets of issue 8, and, when Debian's chromium is there (and BENCH_NO_BROWSER
is unset), the time from navigation to the first clustered markers, side by side with the naive
way (every point sent to Leaflet.markercluster).

The list at 100,000 (issue 8, point 5): "near me", "near an address" (the address's answer is in
the geocoder's cache, as after its first lookup: the provider's own time is not the site's),
text search, the first and a deep page. Each figure is the median of repeated requests with the
map's cache warm (the count cached under the map's version), and "first" is one request right
after a change to an organization (every cached count and answer invalidated).
"""

import gzip
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ngosite.settings.test")
DB_FILE = Path(tempfile.mkdtemp(prefix="ngomap-bench-")) / "bench.sqlite3"
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{DB_FILE}")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import atexit  # noqa: E402
import shutil  # noqa: E402

atexit.register(shutil.rmtree, DB_FILE.parent, ignore_errors=True)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

URL = "/api/mapa/organizacje.geojson"
WEST, SOUTH, EAST, NORTH = 14.12, 49.00, 24.15, 54.84  # Poland, for the country-wide run
KRAKOW = (19.79, 49.97, 20.22, 50.13)


def median_ms(function, runs):
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def empty_organizations():
    from ngomap.models import Organization

    with connection.cursor() as cursor:
        for model in (Organization.areas.through, Organization):
            table = connection.ops.quote_name(model._meta.db_table)  # a model's, not input
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608


def populate(total, box, start):
    from ngomap.models import ActivityArea, District, Organization

    rng = random.Random(start)
    districts = list(District.objects.values_list("pk", flat=True))
    kinds = [choice for choice, _label in Organization.Kind.choices]
    west, south, east, north = box
    batch = []
    for number in range(start, start + total):
        lat = Decimal(f"{rng.uniform(south, north):.6f}")
        lng = Decimal(f"{rng.uniform(west, east):.6f}")
        batch.append(
            Organization(
                name=f"Organizacja przykładowa {number}",
                slug=f"organizacja-przykladowa-{number}",
                kind=rng.choice(kinds),
                street="ul. Przykładowa",
                building_number=str(number % 200 + 1),
                postcode="31-000",
                district_id=rng.choice(districts),
                latitude=lat,
                longitude=lng,
                public_latitude=lat,
                public_longitude=lng,
                map_latitude=float(lat),
                map_longitude=float(lng),
                geocode_status="ok",
                live=True,
            )
        )
        if len(batch) == 5000:
            Organization.objects.bulk_create(batch)
            batch = []
    if batch:
        Organization.objects.bulk_create(batch)
    areas = list(ActivityArea.objects.values_list("pk", flat=True))
    through = Organization.areas.through
    links = [
        through(organization_id=pk, activityarea_id=rng.choice(areas))
        for pk in Organization.objects.filter(slug__startswith="organizacja-przykladowa-")
        .order_by("pk")
        .values_list("pk", flat=True)[start : start + total]
    ]
    through.objects.bulk_create(links, batch_size=5000)
    # bulk_create() skips save(): write the markers as `manage.py refresh_map_markers` does.
    from ngomap.markers import refresh_map_markers

    refresh_map_markers([link.organization_id for link in links], batch_size=5000)
    if connection.vendor == "postgresql":
        # What autovacuum does soon after a bulk load on a live database: fresh statistics,
        # and the visibility map that lets a deep page be read from the index alone.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE ngomap_organization")
            cursor.execute("VACUUM ANALYZE ngomap_organization_areas")
    from ngomap.services import map_version_bump

    map_version_bump()


def measure_endpoint(client, query=""):
    url = f"{URL}?{query}" if query else URL

    def uncached():
        from ngomap.services import map_version_bump

        map_version_bump()  # a new version: the cached answer is not used
        return client.get(url)

    uncached()  # warm the filter's reference choices and the connection
    with CaptureQueriesContext(connection) as queries:
        response = uncached()
    body = response.content
    return {
        "queries": len(queries),
        "features": body.count(b'"type":"Feature"'),
        "raw_kb": len(body) / 1024,
        "gzip_kb": len(gzip.compress(body)) / 1024,
        "uncached_ms": median_ms(uncached, 9),
        "cached_ms": median_ms(lambda: client.get(url), 30),
        "revalidated_ms": median_ms(
            lambda: client.get(url, headers={"if-none-match": response["ETag"]}), 30
        ),
    }


def measure_page(client, label):
    client.get("/mapa/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/mapa/?district=1")
    report(
        f"map page (server-rendered list), {label}",
        {
            "queries": len(queries),
            "median_ms": median_ms(lambda: client.get("/mapa/"), 7),
            "filtered_ms": median_ms(lambda: client.get("/mapa/?district=1&kind=ngo"), 7),
        },
    )


LIST_TARGET_MS = 100
LIST_CASES = [
    ("near me", "/mapa/?near_lat=50.06&near_lng=19.94"),
    ("near me, page 50", "/mapa/?near_lat=50.06&near_lng=19.94&page=50"),
    ("near an address", "/mapa/?near=ul.+Go%C5%82%C4%99bia+24"),
    ("text search", "/mapa/?q=organizacja"),
    ("text search, rare word", "/mapa/?q=przyk%C5%82adowa+99999"),
    ("first page", "/mapa/"),
    ("deep page (2000)", "/mapa/?page=2000"),
    ("last page", "/mapa/?page=last"),
]


def counting(queries, execute, sql, params, many, context):
    queries.append(sql)
    return execute(sql, params, many, context)


def measure_list(client, label):
    """The server-rendered list's cases of issue 8 (target: median under 100 ms each)."""
    from ngomap.geocoding import GeocodeResult, cache_key
    from ngomap.services import map_version_bump

    cache.set(
        cache_key("ul. Gołębia 24, Kraków"),
        GeocodeResult(50.06086, 19.93324, "Collegium Novum, Gołębia 24, Kraków").__dict__,
        None,
    )
    print(f"\nthe map page's list, {label} (target: median < {LIST_TARGET_MS} ms)")
    print(f"  {'case':<24} {'queries':>7} {'first ms':>9} {'median ms':>10}  {'':<6} url")
    for name, url in LIST_CASES:
        map_version_bump()
        queries = []
        started = time.perf_counter()
        # Counted by a wrapper: the test client's request resets the connection's query log.
        with connection.execute_wrapper(partial(counting, queries)):
            response = client.get(url)
        first = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code)
        median = median_ms(lambda url=url: client.get(url), 9)
        verdict = "ok" if median < LIST_TARGET_MS else "SLOW"
        print(f"  {name:<24} {len(queries):>7} {first:>9.1f} {median:>10.1f}  {verdict:<6} {url}")


def browser_first_clusters(base_url, runs=3, verbose=False):
    """Milliseconds from navigation to the first cluster icon on the map page (median)."""
    import shutil

    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path) or os.environ.get("BENCH_NO_BROWSER"):
        return None
    from playwright.sync_api import sync_playwright

    samples = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*tile*", lambda route: route.abort())
            started = time.perf_counter()
            page.goto(base_url + "/mapa/", wait_until="commit")
            page.wait_for_selector(".marker-cluster", timeout=120_000)
            samples.append((time.perf_counter() - started) * 1000)
            if verbose:
                timings = page.evaluate(
                    """() => {
                        const nav = performance.getEntriesByType('navigation')[0];
                        const api = performance.getEntriesByType('resource')
                            .filter(e => e.name.includes('geojson'));
                        return {html: nav.responseEnd, dom: nav.domContentLoadedEventEnd,
                                api: api.map(e => [e.startTime, e.responseEnd])};
                    }"""
                )
                print(f"    browser: {timings}")
            page.close()
        browser.close()
    return statistics.median(samples)


def report(title, figures):
    print(f"\n{title}")
    for name, value in figures.items():
        print(
            f"  {name:>16}: {value:.1f}" if isinstance(value, float) else f"  {name:>16}: {value}"
        )


def main():
    from django.test.testcases import LiveServerThread
    from django.test.utils import setup_test_environment

    setup_test_environment()  # allows the test client's host, e-mail in memory
    print(f"Database: {settings.DATABASES['default']['ENGINE']} {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    from ngomap.demo import get_or_create_map_page

    get_or_create_map_page()
    empty_organizations()  # a database left by an earlier run
    client = Client()

    populate(10_000, KRAKOW, 0)
    cache.clear()
    with override_settings(NGOMAP_MAX_FEATURES=10_000_000):
        city = measure_endpoint(client)
    report(
        "10,000 organizations, every point in one answer (targets: <=3 queries, uncached "
        "<60 ms, cached <20 ms, <600 KB gzipped)",
        city,
    )
    report(
        "10,000 organizations, the map's first view as the page asks for it (zoom 12)",
        measure_endpoint(client, "zoom=12&bbox=19.79,49.97,20.22,50.13"),
    )
    report("10,000 organizations, filtered by district 1", measure_endpoint(client, "district=1"))
    report(
        "10,000 organizations, text and area filter",
        measure_endpoint(client, "q=przyk%C5%82adowa+12&area=pomoc-spoleczna"),
    )

    from django.contrib.staticfiles.handlers import StaticFilesHandler

    measure_page(client, "10,000 organizations")

    server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    base = f"http://127.0.0.1:{server.port}"
    first_10k = browser_first_clusters(base, verbose=True)
    if os.environ.get("BENCH_ONLY_10K"):
        print(f"  map page, 10,000: first clusters after {first_10k:.0f} ms")
        return
    print(
        f"\n  map page, 10,000: first clusters after {first_10k:.0f} ms (target < 1000)"
        if first_10k
        else "\n  (no chromium or BENCH_NO_BROWSER: browser timing skipped)"
    )

    populate(90_000, (WEST, SOUTH, EAST, NORTH), 10_000)
    country = measure_endpoint(client, "zoom=6&bbox=14.12,49.0,24.15,54.84")
    report(
        "100,000 organizations, server-side clusters at zoom 6 (targets: <=2000 features, "
        "uncached <150 ms)",
        country,
    )
    krakow_view = measure_endpoint(client, "zoom=12&bbox=19.79,49.97,20.22,50.13")
    report("100,000 organizations, the Kraków view at zoom 12", krakow_view)
    measure_page(client, "100,000 organizations")
    measure_list(client, "100,000 organizations")
    first_100k = browser_first_clusters(base)
    with override_settings(NGOMAP_MAX_FEATURES=10_000_000):
        naive = measure_endpoint(client)
        report("100,000 organizations, naive: every point in one answer", naive)
        naive_first = browser_first_clusters(base, runs=1)
    if first_100k and naive_first:
        print(
            f"\n  map page, 100,000: first clusters after {first_100k:.0f} ms with server "
            f"clustering vs {naive_first:.0f} ms sending every point to markercluster"
        )
    server.terminate()


if __name__ == "__main__":
    main()
