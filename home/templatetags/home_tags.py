from django import template
from wagtail.models import Site

from home import selectors
from home.models import SiteSettings

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current = context.get("page")
    root = _site_root(request)
    items = list(selectors.menu_pages(site_root=root))
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
    root = _site_root(context.get("request"))
    return {
        "ancestors": selectors.breadcrumb_pages(page=page, site_root=root),
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
