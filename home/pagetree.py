"""The part of the page tree a request needs, in one query: the route to the page, the main
menu, the breadcrumbs and the apps' entry pages (the map, the news, the advisory point, …).

Wagtail routes a URL one level at a time (for /a/b/c/: three queries for the children and three
for their specific rows) and checks the view restrictions of the page and its ancestors with two
more queries; the menu, the breadcrumbs and every home page section then look the same pages up
again. Here the site's root page routes the whole path from one query (`SiteTree`): the rows
whose `url_path` is a prefix of the path, and the root's children. The page found is then loaded
in its specific form (one query), and `PublicPageMixin` answers the view restrictions from the
cached list of restricted sections (home.selectors.restricted_page_paths) when no restriction can
apply. The tree is remembered on the request, so the menu, the breadcrumbs and the entry pages
cost no further query.

The routing is Wagtail's, step by step: a page type with its own `route()` gets the rest of the
path (a routable page first tries its own sub-URLs, exactly as RoutablePageMixin.route does),
and anything this module cannot decide is left to Wagtail.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

TREE_ATTRIBUTE = "_home_site_tree"


@dataclass
class SiteTree:
    """Rows (base `Page` objects, live or not) of the root's children and of the pages on the
    requested path, keyed by `url_path` and by `path`."""

    root: Page
    by_url_path: dict = field(default_factory=dict)
    by_path: dict = field(default_factory=dict)

    @classmethod
    def load(cls, root, path_components=()):
        prefixes = [
            root.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        wanted = Q(depth=root.depth + 1)
        if prefixes:
            wanted |= Q(url_path__in=prefixes)
        rows = Page.objects.filter(wanted, path__startswith=root.path).order_by("path")
        tree = cls(root=root)
        for row in rows:
            tree.by_url_path[row.url_path] = row
            tree.by_path[row.path] = row
        return tree

    def children(self):
        """The root's children, live or not, in tree order."""
        depth = self.root.depth + 1
        return [row for row in self.by_path.values() if row.depth == depth]

    def ancestors_of(self, page):
        """The ancestors of `page` from the root (inclusive) down, live or not, or None when
        one of them is not among the rows (a page this request did not route through)."""
        if page.depth <= self.root.depth or not page.path.startswith(self.root.path):
            return None
        steplen = Page.steplen
        ancestors = [self.root]
        for length in range(len(self.root.path) + steplen, len(page.path), steplen):
            row = self.by_path.get(page.path[:length])
            if row is None:
                return None
            ancestors.append(row)
        return ancestors


def tree_for(request, root):
    """The request's SiteTree under `root` (loaded now when routing did not load it)."""
    tree = getattr(request, TREE_ATTRIBUTE, None) if request is not None else None
    if tree is None or tree.root.pk != root.pk:
        tree = SiteTree.load(root)
        if request is not None:
            setattr(request, TREE_ATTRIBUTE, tree)
    return tree


def _follows_default_route(page_class):
    return page_class.route in (Page.route, RoutedRootMixin.route)


def _routable_claims(page_class, page, remaining):
    """Whether a routable page answers `remaining` itself (RoutablePageMixin.route's test)."""
    if not page.live:
        return False
    path = "/" + "".join(f"{component}/" for component in remaining)
    try:
        page_class.get_resolver().resolve(path)
    except Http404:
        return False
    return True


class RoutedRootMixin:
    """For the site's root page type: route the whole URL from one query (see the module)."""

    def route(self, request, path_components):
        tree = SiteTree.load(self, path_components)
        if request is not None:
            setattr(request, TREE_ATTRIBUTE, tree)
        current = self
        for index, component in enumerate(path_components):
            if current is not self:
                page_class = current.specific_class
                if page_class is None:
                    return current.specific.route(request, path_components[index:])
                if not _follows_default_route(page_class):
                    plain_routable = (
                        issubclass(page_class, RoutablePageMixin)
                        and page_class.route is RoutablePageMixin.route
                    )
                    if not plain_routable or _routable_claims(
                        page_class, current, path_components[index:]
                    ):
                        return _specific(current).route(request, path_components[index:])
            child = tree.by_url_path.get(current.url_path + component + "/")
            if child is None or child.depth != current.depth + 1:
                raise Http404
            child._cached_parent_obj = current
            current = child
        if current is self:
            return super().route(request, path_components)
        return _specific(current).route(request, [])


def _specific(row):
    page = row.specific  # one query; keeps the cached parent chain
    page._cached_parent_obj = getattr(row, "_cached_parent_obj", None)
    return page


def _ancestors_known_without_alias(page):
    """Whether the cached parent chain of `page` (set by the routing) reaches the top of the tree
    without an alias. Aliases take the view restrictions of their source page."""
    current = page
    while current.depth > 1:
        if current.alias_of_id is not None:
            return False
        parent = getattr(current, "_cached_parent_obj", None)
        if parent is None:
            return current.depth <= 2 and current.alias_of_id is None
        current = parent
    return True


class PublicPageMixin:
    """For page types: no query for the view restrictions when none can apply.

    Wagtail asks the database for the restrictions of the page and its ancestors on every
    request (two queries). Without any restriction on the site, or when the page lies outside
    every restricted section and neither it nor an ancestor is an alias, the answer is known
    from the cached list of restricted sections; otherwise Wagtail's own check runs.
    """

    def get_view_restrictions(self):
        from .selectors import restricted_page_paths

        paths = restricted_page_paths()
        if not paths:
            return PageViewRestriction.objects.none()
        if not any(self.path.startswith(path) for path in paths) and (
            _ancestors_known_without_alias(self)
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
