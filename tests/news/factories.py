"""Builders for the news pages."""

from datetime import date

from news.models import NewsIndexPage, NewsPage


def make_news_index(home, **fields):
    fields.setdefault("title", "Aktualności")
    fields.setdefault("slug", "aktualnosci")
    page = NewsIndexPage(**fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_news(index, *, tags=(), projects=(), **fields):
    fields.setdefault("title", "Wiadomość")
    fields.setdefault("slug", fields["title"].lower().replace(" ", "-"))
    fields.setdefault("date", date(2018, 9, 17))
    fields.setdefault("intro", "<p>Krótko o wiadomości.</p>")
    page = NewsPage(**fields)
    if projects:
        page.related_projects = list(projects)
    for tag in tags:
        page.tags.add(tag)
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
