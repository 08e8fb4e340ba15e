"""Middleware of the whole site: clean query strings, and response headers that keep one
visitor's data out of shared caches."""

from django.http import Http404
from django.utils.cache import patch_cache_control

from .inputs import clean_data, has_control_characters


class QueryStringCleaningMiddleware:
    """Cleans every query string before any view, filter or Wagtail page reads it, and answers
    404 for a path with a control character (no page or route has one, and PostgreSQL would
    refuse the NUL byte in a slug lookup)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request.path_info):
            raise Http404
        request.GET = clean_data(request.GET)
        return self.get_response(request)


class PrivateFormPagesMiddleware:
    """A page that carries a CSRF token (every page with a POST form: meeting registration,
    booking, "add your organization", corrections) or sets a cookie is marked
    `Cache-Control: private`, so no shared cache or CDN hands one visitor's token or cookie to
    another. Pages without a form set neither and stay cacheable.

    Listed before SessionMiddleware and CsrfViewMiddleware, so it sees the cookies they set.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # get_token() (what {% csrf_token %} calls) asks for the CSRF cookie to be sent.
        carries_token = request.META.get("CSRF_COOKIE_NEEDS_UPDATE", False)
        if carries_token or response.cookies:
            patch_cache_control(response, private=True)
        return response
