from wagtail import hooks

from home.selectors import entry_page

from .models import NewsIndexPage
from .selectors import latest_news, news_for_project

HOME_NEWS = 3
PROJECT_NEWS = 3


@hooks.register("home_page_sections", order=10)
def latest_news_section(*, request, page):
    items = latest_news(limit=HOME_NEWS)
    if not items:
        return None
    return {
        "template": "news/home_news_section.html",
        "items": items,
        "index": entry_page(NewsIndexPage, request=request),
    }


@hooks.register("project_page_sections", order=10)
def project_news_section(*, request, page):
    """ "News about the project" on its page: the news that name it among their projects."""
    items = news_for_project(project=page, limit=PROJECT_NEWS)
    if not items:
        return None
    return {"template": "news/project_news_section.html", "items": items}
