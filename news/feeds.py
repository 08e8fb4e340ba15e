"""RSS 2.0 and Atom feeds of all news or of one project (django.contrib.syndication)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from .selectors import news_list

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, *, index_page, project=None):
        super().__init__()
        self.index_page = index_page
        self.project = project

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.project is not None:
            return _("News: %(project)s") % {"project": self.project.title}
        return self.index_page.title

    def link(self):
        page = self.project or self.index_page
        return page.get_full_url(request=self.request)

    def description(self):
        return strip_tags(self.index_page.intro) or self.index_page.title

    def items(self):
        return list(news_list(project=self.project)[:FEED_ITEMS])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return strip_tags(item.intro) or item.search_description

    def item_link(self, item):
        return item.get_full_url(request=self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(12, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
