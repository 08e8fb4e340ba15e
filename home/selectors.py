"""Reads that several templates and views share: navigation and publication metadata."""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, PageLogEntry


def menu_pages(*, site_root):
    """The pages of the main navigation: the live, public children of the site's root page."""
    if site_root is None:
        return Page.objects.none()
    return site_root.get_children().live().public().in_menu().specific(defer=True)


def breadcrumb_pages(*, page, site_root):
    """The ancestors of `page` from the site's root (inclusive) down, without the page itself."""
    if site_root is None or page is None or page.depth <= site_root.depth:
        return []
    return list(
        Page.objects.ancestor_of(page).filter(depth__gte=site_root.depth).live().order_by("depth")
    )


def _person(user):
    if user is None:
        return _("system")
    return user.get_full_name() or user.get_username()


@dataclass
class HistoryEntry:
    at: datetime
    by: str
    published: bool


@dataclass
class PublicationMetadata:
    """The metryczka of a page, as public bodies show it."""

    publishing_body: str
    created_by: str | None = None
    created_at: datetime | None = None
    published_by: str | None = None
    published_at: datetime | None = None
    changed_by: str | None = None
    changed_at: datetime | None = None
    version_count: int = 0
    history: list[HistoryEntry] = field(default_factory=list)


def page_publication_metadata(*, page, default_publishing_body=""):
    """Who created, published and last changed `page`, and when, from Wagtail's revisions.

    Two queries whatever the length of the history: the revisions with their authors, and the
    publish events from the page's log.
    """
    if page.pk is None:  # the preview of a page being created has no history yet
        return PublicationMetadata(
            publishing_body=getattr(page, "publishing_body", "") or default_publishing_body,
            published_by=getattr(page, "publishing_person", "") or None,
        )
    revisions = list(page.revisions.order_by("created_at", "pk").select_related("user"))
    published_revision_ids = set()
    first_publish = None
    for entry in (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish")
        .select_related("user")
        .order_by("timestamp", "pk")
    ):
        if first_publish is None:
            first_publish = entry
        if entry.revision_id:
            published_revision_ids.add(entry.revision_id)

    metadata = PublicationMetadata(
        publishing_body=getattr(page, "publishing_body", "") or default_publishing_body,
        version_count=len(revisions),
    )
    if revisions:
        first, last = revisions[0], revisions[-1]
        metadata.created_by, metadata.created_at = _person(first.user), first.created_at
        metadata.changed_by, metadata.changed_at = _person(last.user), last.created_at
    else:
        metadata.created_at = page.first_published_at
        metadata.changed_at = page.last_published_at
    if first_publish is not None:
        metadata.published_by = _person(first_publish.user)
        metadata.published_at = first_publish.timestamp
    elif page.first_published_at:
        metadata.published_at = page.first_published_at
    # The person the page names as responsible for the publication wins over the account that
    # pressed "publish" (e.g. an archived page carried over from the city's earlier portal).
    metadata.published_by = getattr(page, "publishing_person", "") or metadata.published_by
    metadata.history = [
        HistoryEntry(
            at=revision.created_at,
            by=_person(revision.user),
            published=revision.pk in published_revision_ids,
        )
        for revision in reversed(revisions)
    ]
    return metadata


def home_services():
    """The portal's services as entry points on the home page, in one query.

    Each app names its service through the `home_page_services` hook; the shallowest live,
    public page of each type is its entry point (the guide, not one of its chapters).
    """
    services = sorted(
        (service for build in hooks.get_hooks("home_page_services") if (service := build())),
        key=lambda service: service.get("order", 100),
    )
    if not services:
        return []
    by_type = {}
    pages = (
        Page.objects.live()
        .public()
        .type(*[service["model"] for service in services])
        .select_related("content_type")
        .order_by("depth", "path")
    )
    for page in pages:
        by_type.setdefault(page.content_type.model_class(), page)
    return [
        {**service, "page": by_type[service["model"]]}
        for service in services
        if service["model"] in by_type
    ]
