"""The site's URLs plus /bench/bare/: a Django view that returns 20 KB of fixed HTML, the
yardstick of bench/page_throughput.py. Never part of the production URLconf."""

from django.http import HttpResponse
from django.urls import path

from ngosite.urls import urlpatterns as site_urlpatterns

SIZE = 20 * 1024
HEAD = b"<!DOCTYPE html><html lang=pl><head><meta charset=utf-8><title>bare</title></head><body>"
TAIL = b"</body></html>"
LINE = "<p>Kraków dla NGO: stała strona do pomiaru przepustowości.</p>\n".encode()
_filler = LINE * ((SIZE - len(HEAD) - len(TAIL)) // len(LINE))
BARE_PAGE = HEAD + _filler + b" " * (SIZE - len(HEAD) - len(_filler) - len(TAIL)) + TAIL


def bare(request):
    return HttpResponse(BARE_PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
