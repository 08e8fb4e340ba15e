from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from .selectors import guide_search as search_guide

RESULTS_PER_PAGE = 10


def guide_search(request, *, page):
    """The guide's own search: only its chapters and sections, never the rest of the site."""
    root = page.guide_root().specific
    query = request.GET.get("q", "").strip()[:200]
    results = search_guide(root=root, query=query)
    context = root.get_context(request)
    context.update(
        search_query_guide=query,
        page_obj=Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page")),
        is_search=True,
    )
    return TemplateResponse(request, "guidebook/guidebook_search.html", context)
