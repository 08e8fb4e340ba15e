"""Reads that several templates and views share: navigation, publication metadata, the
public part of the page tree and the site search."""

from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.core.cache import cache
from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, PageLogEntry, PageViewRestriction, Site

from .stemming import query_terms

RESTRICTED_PATHS_KEY = "home:restricted-page-paths"


def restricted_page_paths():
    """Tree paths of the pages with a view restriction (password, login, groups).

    Cached: Wagtail's `.public()` asks the database for every restriction each time it is called,
    and a page with a menu and three home sections calls it seven times. The signal handlers in
    home/signal_handlers.py forget the list when a restriction is saved or deleted or a page
    moves.
    """
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = sorted(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_KEY, paths, None)
    return paths


def restricted_page_paths_changed():
    cache.delete(RESTRICTED_PATHS_KEY)


def public_pages(queryset):
    """`queryset.public()` (no page inside a restricted section) from the cached restrictions."""
    paths = restricted_page_paths()
    if not paths:
        return queryset
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)


def _private_q(field="path"):
    private = Q()
    for path in restricted_page_paths():
        private |= Q(**{f"{field}__startswith": path})
    return private


def page_sections(hook_name, *, request, page):
    """The sections other apps add to `page` through the hook `hook_name`: each hook function
    takes `request` and `page` and returns `{"template": ..., **context}` or None. The page
    knows no app that adds to it (the home page its news, projects, map; a project page its
    news), so apps depend on the page, never the page on them."""
    return [
        section
        for build_section in hooks.get_hooks(hook_name)
        if (section := build_section(request=request, page=page))
    ]


def menu_pages(*, site_root):
    """The pages of the main navigation: the live, public children of the site's root page."""
    return navigation(site_root=site_root).menu


def breadcrumb_pages(*, page, site_root):
    """The ancestors of `page` from the site's root (inclusive) down, without the page itself."""
    return navigation(site_root=site_root, page=page).ancestors


@dataclass
class Navigation:
    menu: list
    ancestors: list


def navigation(*, site_root, page=None, request=None):
    """The main menu (live, public children of the site's root shown in menus) and the
    breadcrumbs of `page` (its live ancestors from the site's root down).

    Both come from the request's part of the page tree (home.pagetree.SiteTree: the rows the
    routing loaded, or one query), so a routed page spends no query on them."""
    from .pagetree import tree_for

    if site_root is None:
        return Navigation(menu=[], ancestors=[])
    tree = tree_for(request, site_root)
    restricted = restricted_page_paths()
    menu = [
        row
        for row in tree.children()
        if row.live
        and row.show_in_menus
        and not any(row.path.startswith(path) for path in restricted)
    ]
    ancestors = []
    if page is not None and page.depth > site_root.depth:
        chain = tree.ancestors_of(page)
        if chain is None:  # a page the request did not route through (a preview)
            steplen = Page.steplen
            paths = [page.path[:length] for length in range(steplen, len(page.path), steplen)]
            chain = Page.objects.filter(path__in=paths, depth__gte=site_root.depth).order_by("path")
        ancestors = [row for row in chain if row.live]
    return Navigation(menu=menu, ancestors=ancestors)


def entry_pages(*, request):
    """The live, public children of the site's root page (base `Page` objects, in tree order):
    the apps' entry pages (the map, the news, the advisory point, …), which can only be created
    under the home page. From the request's part of the page tree, so they usually cost no
    query."""
    from .pagetree import tree_for

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    restricted = restricted_page_paths()
    return [
        row
        for row in tree_for(request, site.root_page).children()
        if row.live and not any(row.path.startswith(path) for path in restricted)
    ]


def entry_page(model, *, request):
    """The first live, public page of type `model` among the home page's children, or None."""
    for row in entry_pages(request=request):
        page_class = row.specific_class
        if page_class is not None and issubclass(page_class, model):
            return row
    return None


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


PUBLICATION_METADATA_SECONDS = 60 * 60 * 24


def page_publication_metadata(*, page, default_publishing_body=""):
    """Who created, published and last changed `page`, and when, from Wagtail's revisions.

    Two queries whatever the length of the history (the revisions with their authors, and the
    publish events from the page's log), then cached: the history only grows with a new revision
    (a new `latest_revision_id`) or a publication (a new `last_published_at`), both in the key.
    """
    publishing_body = getattr(page, "publishing_body", "") or default_publishing_body
    if page.pk is None:  # the preview of a page being created has no history yet
        return PublicationMetadata(
            publishing_body=publishing_body,
            published_by=getattr(page, "publishing_person", "") or None,
        )
    published_at = page.last_published_at.timestamp() if page.last_published_at else ""
    key = f"home:publication-metadata:{page.pk}:{page.latest_revision_id}:{published_at}"
    metadata = cache.get(key)
    if metadata is None:
        metadata = _publication_metadata(page)
        cache.set(key, metadata, PUBLICATION_METADATA_SECONDS)
    metadata.publishing_body = publishing_body
    # The person the page names as responsible for the publication wins over the account that
    # pressed "publish" (e.g. an archived page carried over from the city's earlier portal).
    # Applied here, not cached: a preview shows the editor's unsaved value.
    metadata.published_by = getattr(page, "publishing_person", "") or metadata.published_by
    return metadata


def _publication_metadata(page):
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

    metadata = PublicationMetadata(publishing_body="", version_count=len(revisions))
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
    metadata.history = [
        HistoryEntry(
            at=revision.created_at,
            by=_person(revision.user),
            published=revision.pk in published_revision_ids,
        )
        for revision in reversed(revisions)
    ]
    return metadata


def home_services(*, request):
    """The portal's services as entry points on the home page.

    Each app names its service through the `home_page_services` hook; its entry point is the
    first live, public page of that type among the home page's children (the guide, not one of
    its chapters), from the request's part of the page tree (no query of its own).
    """
    services = sorted(
        (service for build in hooks.get_hooks("home_page_services") if (service := build())),
        key=lambda service: service.get("order", 100),
    )
    found = []
    for service in services:
        page = entry_page(service["model"], request=request)
        if page is not None:
            found.append({**service, "page": page})
    return found


# --- the site search ---------------------------------------------------------------------------

PAGE_RESULT_TYPE = _("Page")


def site_search(*, query, site_root):
    """The site search's entries matching `query` (every word, in any Polish form; see
    home/stemming.py), under `site_root` and outside restricted sections, the results whose
    title matches first. One query for the count, one for a page of results."""
    from .models import SearchEntry  # home.models imports this module

    words = query_terms(query)
    if not words or site_root is None:
        return SearchEntry.objects.none().annotate(title_score=Value(0))
    entries = SearchEntry.objects.filter(
        page__live=True, page__path__startswith=site_root.path
    ).exclude(_private_q("page__path"))
    title_score = []
    for terms in words:
        matches = Q()
        in_title = Q()
        for term in terms:
            matches |= Q(terms__contains=f" {term} ")
            in_title |= Q(title_terms__contains=f" {term} ")
        entries = entries.filter(matches)
        title_score.append(Case(When(in_title, then=Value(1)), default=Value(0)))
    return (
        entries.annotate(title_score=sum(title_score[1:], title_score[0]))
        .select_related("page")
        .order_by("-title_score", "title", "pk")
    )


@dataclass
class SearchResult:
    title: str
    url: str
    type_label: str
    section: str
    details: str
    summary: str


def search_results(*, entries, request, site_root):
    """What the results page shows of `entries` (one page of them): the link, the type
    ("Organizacja", "Aktualność", …, named by the model's `search_result_type`) and the section
    (the top-level page it belongs to), in one query for the sections' titles."""
    entries = list(entries)
    section_length = (site_root.depth + 1) * Page.steplen
    section_paths = {
        entry.page.path[:section_length]
        for entry in entries
        if len(entry.page.path) >= section_length
    }
    sections = dict(
        Page.objects.filter(path__in=section_paths).values_list("path", "title")
        if section_paths
        else []
    )
    results = []
    for entry in entries:
        try:
            model = apps.get_model(entry.kind)
        except LookupError:
            model = None
        url = entry.page.get_url(request=request) or ""
        section = sections.get(entry.page.path[:section_length], "")
        is_the_section = not entry.route and len(entry.page.path) == section_length
        results.append(
            SearchResult(
                title=entry.title,
                url=url + entry.route,
                type_label=getattr(model, "search_result_type", PAGE_RESULT_TYPE),
                section="" if is_the_section else section,
                details=entry.details,
                summary=entry.summary,
            )
        )
    return results
