from wagtail import hooks

from home.selectors import public_pages

from .models import NewsIndexPage
from .selectors import latest_news

HOME_NEWS = 3


@hooks.register("home_page_sections", order=10)
def latest_news_section(*, request, page):
    items = latest_news(limit=HOME_NEWS)
    if not items:
        return None
    return {
        "template": "news/home_news_section.html",
        "items": items,
        "index": public_pages(NewsIndexPage.objects.live()).first(),
    }
