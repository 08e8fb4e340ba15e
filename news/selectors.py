"""Reads of the news app shared by the index, the feeds, project pages and the home page."""

from django.db.models import Prefetch
from taggit.models import Tag
from wagtail.images import get_image_model

from home.selectors import public_pages
from projects.models import ProjectPage

from .models import NewsPage, NewsPageTag

LISTING_RENDITION = "fill-480x270"


def _with_listing_data(queryset):
    image_model = get_image_model()
    return queryset.prefetch_related(
        Prefetch("image", queryset=image_model.objects.prefetch_renditions(LISTING_RENDITION)),
        "tags",
    )


def news_list(*, parent=None, tag="", project=None):
    """Live, public news, newest first, with images' renditions and tags prefetched."""
    items = public_pages(NewsPage.objects.live())
    if parent is not None:
        items = items.child_of(parent)
    if tag:
        items = items.filter(tags__slug=tag)
    if project is not None:
        items = items.filter(related_projects=project)
    return _with_listing_data(items.order_by("-date", "-first_published_at").distinct())


def latest_news(*, limit=3):
    return list(news_list()[:limit])


def news_for_project(*, project, limit=3):
    return list(news_list(project=project)[:limit])


def news_tags():
    """The tags used by live news, alphabetically (one query)."""
    live_ids = public_pages(NewsPage.objects.live()).values("pk")
    return list(
        Tag.objects.filter(
            pk__in=NewsPageTag.objects.filter(content_object__in=live_ids).values("tag_id")
        ).order_by("name")
    )


def news_projects():
    """Projects that live news are about, for the index's filter (one query)."""
    return list(
        public_pages(ProjectPage.objects.live())
        .filter(news_items__in=public_pages(NewsPage.objects.live()))
        .distinct()
        .order_by("title")
    )
