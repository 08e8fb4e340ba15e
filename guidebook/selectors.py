"""The guide's table of contents and reading order: two queries for any size of guide."""

from dataclasses import dataclass, field

from django.db.models import OuterRef, Subquery
from wagtail.models import Page

from home.selectors import public_pages, site_search

from .models import GuidebookPage


@dataclass
class TocEntry:
    page: GuidebookPage
    children: list = field(default_factory=list)
    current: bool = False
    in_trail: bool = False


def guide_pages(*, root):
    """The guide and its live, public chapters and sections in reading (tree) order."""
    # Plain Page rows: the table of contents needs titles and URLs, not the pages' bodies.
    return list(
        public_pages(Page.objects.live())
        .descendant_of(root, inclusive=True)
        .type(GuidebookPage)
        .order_by("path")
    )


def guide_navigation(*, page):
    """The table of contents with the current place marked, and previous/next in reading order."""
    root = page.guide_root()
    pages = guide_pages(root=root)
    entries = {}
    toc_root = None
    for item in pages:
        entry = TocEntry(
            page=item,
            current=item.pk == page.pk,
            in_trail=page.path.startswith(item.path),
        )
        entries[item.path] = entry
        parent = entries.get(item.path[: -GuidebookPage.steplen])
        if parent is not None:
            parent.children.append(entry)
        elif toc_root is None:
            toc_root = entry
    ids = [item.pk for item in pages]
    previous_page = next_page = None
    if page.pk in ids:
        position = ids.index(page.pk)
        previous_page = pages[position - 1] if position > 0 else None
        next_page = pages[position + 1] if position + 1 < len(pages) else None
    return {
        "guide": root,
        "toc": toc_root,
        "previous_page": previous_page,
        "next_page": next_page,
    }


def guide_search(*, root, query):
    """The site search (Polish word forms, home.selectors.site_search) limited to the guide (the
    root and what is below it), the pages whose title matches first, then in reading order."""
    if not query:
        return GuidebookPage.objects.none()
    entries = site_search(query=query, site_root=root).filter(route="")
    return (
        public_pages(GuidebookPage.objects.live())
        .descendant_of(root, inclusive=True)
        .filter(pk__in=entries.values("object_id"))
        .annotate(
            title_score=Subquery(entries.filter(object_id=OuterRef("pk")).values("title_score")[:1])
        )
        .order_by("-title_score", "path")
    )
