from django import template
from wagtail.models import Site

from home import selectors
from home.models import SiteSettings

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site else None


def _navigation(request, page):
    """The menu and the breadcrumbs of `page`, from the request's part of the page tree."""
    key = page.pk if page is not None else None
    memo = getattr(request, "_home_navigation", None) if request is not None else None
    if memo is None or memo[0] != key:
        memo = (
            key,
            selectors.navigation(site_root=_site_root(request), page=page, request=request),
        )
        if request is not None:
            request._home_navigation = memo
    return memo[1]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current = context.get("page")
    root = _site_root(request)
    items = _navigation(request, current).menu
    current_path = current.path if current is not None else ""
    return {
        "root": root,
        "items": [
            {"page": item, "active": bool(current_path) and current_path.startswith(item.path)}
            for item in items
        ],
        "current": current,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The page's ancestors and the page; routed views add the steps below it as
    `breadcrumb_trail`, a list of (title, url), the last of them the current one."""
    return {
        "ancestors": _navigation(context.get("request"), page).ancestors,
        "page": page,
        "trail": context.get("breadcrumb_trail") or [],
    }


@register.inclusion_tag("includes/publication_metadata.html", takes_context=True)
def publication_metadata(context, page):
    request = context.get("request")
    default_body = ""
    if request is not None:
        default_body = SiteSettings.for_request(request).publishing_body
    return {
        "metadata": selectors.page_publication_metadata(
            page=page, default_publishing_body=default_body
        )
    }


@register.filter
def image_alt(image):
    """The alt text of `image` (home.images): an image block's own text, "" when the block
    marks it decorative, else the image's description; never its title (a file name)."""
    if image is None or getattr(image, "decorative", False):
        return ""
    return getattr(image, "contextual_alt_text", None) or image.description or ""
