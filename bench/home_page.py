"""Home and standard page render: median time and query count at two sizes of the menu."""

from _setup import benchmark_database, count_queries, median_ms


def main():
    with benchmark_database():
        from django.test import Client

        from tests.home.factories import make_home_page, make_site_settings, make_standard_page

        home = make_home_page()
        make_site_settings(home)
        client = Client()
        made = 0
        print(f"{'menu pages':>10} {'page':>10} {'queries':>8} {'median ms':>10}")
        for size in (5, 50):
            while made < size:
                make_standard_page(home, title=f"Strona {made}", slug=f"strona-{made}")
                made += 1
            for label, url in (("home", "/"), ("standard", "/strona-0/")):

                def render(url=url):
                    response = client.get(url)
                    assert response.status_code == 200

                queries = count_queries(render)
                print(f"{size:>10} {label:>10} {queries:>8} {median_ms(render):>10.1f}")


if __name__ == "__main__":
    main()
