"""Content listings (projects, upcoming meetings, news, a guide page, the home page with its
sections): median render time and query count with 5 and 50 items of each kind."""

from _setup import benchmark_database, count_queries, median_ms


def main():
    with benchmark_database():
        from django.test import Client

        from tests.guidebook.factories import make_guide_page
        from tests.home.factories import make_home_page, make_site_settings
        from tests.news.factories import make_news, make_news_index
        from tests.projects.factories import (
            make_meeting,
            make_project,
            make_project_index,
            make_upcoming_meetings_page,
        )

        home = make_home_page()
        make_site_settings(home)
        projects = make_project_index(home)
        news = make_news_index(home)
        make_upcoming_meetings_page(home)
        guide = make_guide_page(home, title="Przewodnik", slug="przewodnik")
        chapter = make_guide_page(guide, title="Rozdział", slug="rozdzial")
        client = Client()
        made = 0
        pages = (
            ("home", "/"),
            ("projects", "/projekty/"),
            ("project", "/projekty/p-0/"),
            ("meetings", "/spotkania/"),
            ("news", "/aktualnosci/"),
            ("rss", "/aktualnosci/rss/"),
            ("guide", "/przewodnik/rozdzial/s-0/"),
        )
        print(f"{'items':>6} {'page':>10} {'queries':>8} {'median ms':>10} {'kB':>6}")
        for size in (5, 50):
            while made < size:
                project = make_project(projects, title=f"Projekt {made}", slug=f"p-{made}")
                make_meeting(project, days_ahead=made + 1, topic=f"Spotkanie {made}")
                make_meeting(projects.get_children().first().specific, days_ahead=-made - 1)
                make_news(news, title=f"Wiadomość {made}", slug=f"n-{made}", projects=[project])
                make_guide_page(chapter, title=f"Sekcja {made}", slug=f"s-{made}")
                made += 1
            for label, url in pages:

                def render(url=url):
                    response = client.get(url)
                    assert response.status_code == 200
                    return response

                size_kb = len(render().content) / 1024
                queries = count_queries(render)
                print(
                    f"{size:>6} {label:>10} {queries:>8} {median_ms(render, repeat=15):>10.1f}"
                    f" {size_kb:>6.1f}"
                )


if __name__ == "__main__":
    main()
