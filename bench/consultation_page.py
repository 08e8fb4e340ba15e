"""A consultation page and its report with 300 units and 1,000 confirmed comments (and with 30
and 100): median render time and query count."""

from _setup import benchmark_database, count_queries, median_ms


def main():
    with benchmark_database():
        from django.test import Client

        from consultations import services
        from consultations.models import Comment
        from tests.consultations.factories import (
            make_consultation,
            make_consultation_index,
            make_many_comments,
            make_units,
        )
        from tests.home.factories import make_home_page, make_site_settings

        home = make_home_page()
        make_site_settings(home)
        index = make_consultation_index(home)
        client = Client()
        print(
            f"{'units':>6} {'comments':>9} {'page':>8} {'queries':>8} {'median ms':>10} {'kB':>6}"
        )
        for number, (unit_count, comment_count) in enumerate(((30, 100), (300, 1000))):
            page = make_consultation(index, title=f"Konsultacja {number}", slug=f"k-{number}")
            units = make_units(page, unit_count, chapters=6)
            make_many_comments(
                page,
                units,
                comment_count,
                organizations=80,
                proposed_wording="Proponowane brzmienie zapisu.",
                position=Comment.Position.ACCEPTED,
                position_justification="Uzasadnienie stanowiska miasta.",
            )
            services.report_publish(page=page)
            for name, url in (("page", page.url), ("report", page.url + "raport/")):

                def render(url=url):
                    response = client.get(url)
                    assert response.status_code == 200
                    return response

                size = len(render().content) / 1024
                queries = count_queries(render)
                print(
                    f"{unit_count:>6} {comment_count:>9} {name:>8} {queries:>8} "
                    f"{median_ms(render, repeat=15):>10.1f} {size:>6.0f}"
                )


if __name__ == "__main__":
    main()
