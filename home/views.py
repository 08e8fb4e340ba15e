from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from .selectors import search_results, site_search

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """The site search: live public pages and published organizations, in any Polish word form
    (home/stemming.py), with each result's type and section, paginated."""
    query = request.GET.get("q", "").strip()[:200]
    results_page = None
    results = []
    if query:
        site = Site.find_for_request(request)
        site_root = site.root_page if site is not None else None
        entries = site_search(query=query, site_root=site_root)
        results_page = Paginator(entries, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        if results_page.paginator.count:
            results = search_results(
                entries=results_page.object_list, request=request, site_root=site_root
            )
    return TemplateResponse(
        request,
        "home/search.html",
        {"search_query": query, "results_page": results_page, "results": results},
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
