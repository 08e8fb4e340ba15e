"""The site search at 10,000 organizations and 200 pages: the time to write the whole index
(`rebuild_search_index`), and the search page's median time and queries for a rare word, a
common word (in about a third of the entries) and a two-word query, in inflected forms.
`DATABASE_URL=postgres://…` runs it on PostgreSQL."""

import random
import time
from decimal import Decimal

from _setup import benchmark_database, count_queries, median_ms

ORGANIZATIONS = 10_000
PAGES = 200
WORDS = (
    "pomoc seniorom dzieciom rodzinom kultura sport edukacja ekologia zwierzęta sąsiedzi "
    "podwórko ogród teatr muzyka zdrowie niepełnosprawność integracja wolontariat"
).split()


def main():
    with benchmark_database():
        from django.test import Client

        from home.models import SearchEntry
        from home.selectors import site_search
        from home.services import search_index_rebuild
        from ngomap.models import ActivityArea, District, Organization
        from tests.home.factories import make_home_page, make_site_settings, make_standard_page
        from tests.ngomap.factories import make_map_page

        random.seed(7)
        home = make_home_page()
        make_site_settings(home)
        make_map_page(home)
        for number in range(PAGES):
            make_standard_page(
                home,
                title=f"Poradnik {number}: {' '.join(random.sample(WORDS, 3))}",
                slug=f"strona-{number}",
                intro=f"<p>{' '.join(random.choices(WORDS, k=40))}</p>",
                show_in_menus=False,
            )
        districts = list(District.objects.all())
        areas = list(ActivityArea.objects.values_list("pk", flat=True))
        organizations = [
            Organization(
                name=f"Fundacja {' '.join(random.sample(WORDS, 2))} {number}",
                slug=f"fundacja-{number}",
                live=True,
                description=" ".join(random.choices(WORDS, k=6)),
                street="ul. Długa",
                building_number=str(number % 150 + 1),
                postcode="31-147",
                district=random.choice(districts),
                latitude=Decimal("50.06"),
                longitude=Decimal("19.94"),
            )
            for number in range(ORGANIZATIONS)
        ]
        organizations[0].name = "Zielone Podwórko"
        # Bulk writes skip the signals: the rebuild below indexes them all.
        Organization.objects.bulk_create(organizations, batch_size=500)
        through = Organization.areas.through
        through.objects.bulk_create(
            [
                through(organization_id=pk, activityarea_id=random.choice(areas))
                for pk in Organization.objects.values_list("pk", flat=True)
            ],
            batch_size=1000,
        )
        started = time.perf_counter()
        count = search_index_rebuild()
        print(f"rebuild_search_index: {count:,} entries in {time.perf_counter() - started:.1f} s")
        assert SearchEntry.objects.filter(kind="ngomap.organization").count() == ORGANIZATIONS

        client = Client()
        print(f"{'query':>24} {'results':>8} {'queries':>8} {'median ms':>10}")
        for query in ("zielonego", "teatrem", "pomocy seniorom"):

            def search(query=query):
                response = client.get("/szukaj/", {"q": query})
                assert response.status_code == 200

            results = site_search(query=query, site_root=home).count()
            queries = count_queries(search)
            print(f"{query:>24} {results:>8,} {queries:>8} {median_ms(search, repeat=10):>10.1f}")


if __name__ == "__main__":
    main()
