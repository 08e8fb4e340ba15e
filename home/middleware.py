"""Middleware of the whole site."""

from django.http import Http404

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
