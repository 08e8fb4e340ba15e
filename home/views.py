from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from .selectors import public_pages

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Full-text search over all live, public pages of the site, paginated."""
    query = request.GET.get("q", "").strip()
    results_page = None
    if query:
        site = Site.find_for_request(request)
        pages = public_pages(Page.objects.live())
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        results = pages.specific().search(query)
        results_page = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "home/search.html", {"search_query": query, "results": results_page}
    )


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form could not be accepted because its security token is missing
    or stale (cookies blocked, a page left open for long). Says so in Polish, in the site's
    layout, and tells the person how to send it again."""
    response = TemplateResponse(request, "403_csrf.html", {}, status=403)
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /szukaj/", f"Sitemap: {sitemap_url}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the site's icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
