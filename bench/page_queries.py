"""Queries per anonymous request of every public page type, on the demo content (load_demo):
with Django's cache cleared just before (the first visitor after a deploy or a cache flush: the
site root paths, view restrictions, map version and metryczka are fetched once more; the budget
of issue 8: 15, without the page cache) and warm, as on a running server.

BENCH_SHOW_SQL=1 prints the statements of the uncached request of each page.
"""

import os

from _setup import benchmark_database, median_ms

BUDGET = 15
SHOW_SQL = bool(os.environ.get("BENCH_SHOW_SQL"))


def main():
    with benchmark_database():
        from django.core.cache import cache
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext
        from wagtail.models import Page

        call_command("load_demo", verbosity=0)
        client = Client()

        def first_url(model_label, **filters):
            app_label, model = model_label.split(".")
            page = (
                Page.objects.live()
                .filter(content_type__app_label=app_label, content_type__model=model, **filters)
                .order_by("path")
                .first()
            )
            return page.url if page else None

        from projects.models import Meeting

        meeting = Meeting.objects.select_related("page").order_by("-date").first()
        guide_section = (
            Page.objects.live()
            .filter(content_type__model="guidebookpage", depth__gte=5)
            .order_by("path")
            .first()
        )
        pages = [
            ("home", "/"),
            ("project list", first_url("projects.projectindexpage")),
            ("project", first_url("projects.projectpage")),
            ("meeting", meeting.page.url + f"spotkania/{meeting.pk}/" if meeting else None),
            ("news list", first_url("news.newsindexpage")),
            ("news item", first_url("news.newspage")),
            ("guide", first_url("guidebook.guidebookpage")),
            ("guide section", guide_section.url if guide_section else None),
            ("upcoming meetings", first_url("projects.upcomingmeetingspage")),
            ("map page", first_url("ngomap.mappage")),
            ("organization", None),
            ("advisory", first_url("advisory.advisorypage")),
            ("topic week", None),
            ("search", "/szukaj/?q=projekt"),
            ("standard page", first_url("home.standardpage")),
            ("consultations", first_url("consultations.consultationindexpage")),
            ("a consultation", first_url("consultations.consultationpage")),
        ]
        from ngomap.models import Organization

        organization = Organization.objects.filter(live=True).first()
        map_url = first_url("ngomap.mappage")
        if organization and map_url:
            pages[10] = ("organization", f"{map_url}organizacja/{organization.slug}/")
        advisory_url = first_url("advisory.advisorypage")
        if advisory_url:
            from advisory.models import Topic

            topic = Topic.objects.first()
            if topic:
                pages[12] = ("topic week", f"{advisory_url}temat/{topic.slug}/")
        print(f"{'page':<18} {'warm':>5} {'cold':>5} {'median ms':>10}  budget {BUDGET} (cold)")
        for label, url in pages:
            if url is None:
                print(f"{label:<18}  (not in the demo)")
                continue
            cache.clear()
            client.get(url)  # Wagtail's own per-process caches (site root paths) as a server has
            cache.clear()
            with CaptureQueriesContext(connection) as cold:
                response = client.get(url)
            with CaptureQueriesContext(connection) as warm:
                client.get(url)
            # Copied now: every request resets the connection's query log.
            cold_sql = [query["sql"] for query in cold.captured_queries]
            status = "" if response.status_code == 200 else f" status {response.status_code}"
            over = " OVER" if len(cold) > BUDGET else ""
            print(
                f"{label:<18} {len(warm):>5} {len(cold):>5} "
                f"{median_ms(lambda url=url: client.get(url), repeat=5, warmup=1):>10.1f}"
                f"  {url}{status}{over}"
            )
            if SHOW_SQL:
                for sql in cold_sql:
                    print("      ", sql[:400])


if __name__ == "__main__":
    main()
