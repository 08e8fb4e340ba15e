"""The page cache: anonymous GETs of public pages served without rendering and without a query.

Why our own and not a library: wagtail-cache 3.0.0 (the newest release) requires wagtail<8.0,
and Django's UpdateCacheMiddleware/FetchFromCacheMiddleware know nothing of what a page shows,
so they can only expire pages by time. This module is a small layer over django.core.cache
(Redis in production) that invalidates by *section*:

- every cacheable page type names the sections it shows in `page_cache_sections`
  ("pages": the page tree, menus, footer, site settings, partners, images; "meetings": free
  places of meetings; "organizations": the NGO map; "advisory": free consultation slots;
  "consultations": confirmed comments, the team's answers, reports and drafts);
- each section has a generation token in the cache, replaced (after commit) by the events that
  change it (signal handlers below);
- a stored page remembers the tokens that were current when its request started; it is served
  only while all of them are still current. One MGET per request: the page and the tokens;
- what changes by time alone (a consultation opens or closes, "N days left" at midnight) is
  announced while the page renders with `valid_until(request, moment)`: the stored copy, and the
  browser's and the CDN's (max-age, s-maxage), expire at that moment; a page whose moment is
  less than PAGE_CACHE_MIN_SECONDS away is not stored at all.

Page types without `page_cache_sections` are never cached (a new app opts in knowingly).
Wagtail's frontend cache (a CDN or Varnish, configured from the environment) is purged with the
URLs of the pages that show the changed section.
"""

import logging
import uuid
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost, ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

PAGES = "pages"
MEETINGS = "meetings"
ORGANIZATIONS = "organizations"
ADVISORY = "advisory"
CONSULTATIONS = "consultations"
SECTIONS = (PAGES, MEETINGS, ORGANIZATIONS, ADVISORY, CONSULTATIONS)

# Models whose saves and deletes change what pages show, by section. Page publishing,
# unpublishing, moving and deleting are handled apart (Wagtail's own signals).
MODEL_SECTIONS = {
    "wagtailcore.Site": (PAGES,),
    "wagtailcore.PageViewRestriction": (PAGES,),
    "wagtailimages.Image": (PAGES,),
    "wagtaildocs.Document": (PAGES,),
    "taggit.Tag": (PAGES,),
    "home.SiteSettings": (PAGES,),
    "projects.Partner": (PAGES,),
    "projects.Meeting": (MEETINGS,),
    "projects.MeetingRegistration": (MEETINGS,),
    "ngomap.Organization": (ORGANIZATIONS,),
    "ngomap.ActivityArea": (ORGANIZATIONS,),
    "ngomap.District": (ORGANIZATIONS,),
    "advisory.Topic": (ADVISORY,),
    "advisory.Advisor": (ADVISORY,),
    "advisory.AvailabilityRule": (ADVISORY,),
    "advisory.Closure": (ADVISORY,),
    "advisory.Booking": (ADVISORY,),
    "advisory.BookingPolicy": (ADVISORY,),
}

HIT_HEADER = "X-Page-Cache"
_REQUEST_SECTIONS = "_page_cache_sections"
_REQUEST_UNTIL = "_page_cache_until"
# A page whose content changes by itself sooner than this is not worth storing.
PAGE_CACHE_MIN_SECONDS = 5


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _generation_key(section):
    return f"pagecache:generation:{section}"


# --- reading -------------------------------------------------------------------------------


def request_may_use_cache(request):
    """True for an anonymous GET/HEAD without personal data in its cookies or query string.

    Any cookie except the CSRF cookie (which changes nothing on a page without a form) means a
    visitor with state: a session (a logged-in editor sees the user bar), flash messages.
    """
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if any(name != settings.CSRF_COOKIE_NAME for name in request.COOKIES):
        return False
    private = {name.lower() for name in settings.PAGE_CACHE_PRIVATE_QUERY_PARAMS}
    return not any(name.lower() in private for name, _ in _query_pairs(request))


def _query_pairs(request):
    return parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)


def page_key(request):
    """The cache key of a URL: scheme, host, path and the query string with sorted parameters."""
    try:
        host = request.get_host()
    except DisallowedHost:  # Django answers it (400), not the cache
        return None
    query = urlencode(sorted(_query_pairs(request)))
    return f"pagecache:page:{request.scheme}://{host}{request.path}?{query}"


def _current_generations():
    """The sections' tokens; a section without one (never bumped, or evicted) gets one now."""
    cache = _cache()
    keys = {_generation_key(section): section for section in SECTIONS}
    found = cache.get_many(list(keys))
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, timeout=None)
        found.update(cache.get_many(missing))
    return {keys[key]: value for key, value in found.items()}


@dataclass
class CachedPage:
    generations: dict
    status: int
    headers: list
    content: bytes
    expires_at: float | None = None  # a timestamp: what the page shows changes by time then
    max_ages: tuple = ()  # (browser, CDN) seconds when stored, shortened on a hit to expires_at

    def is_current(self, generations):
        if self.expires_at is not None and timezone.now().timestamp() >= self.expires_at:
            return False
        return all(generations.get(section) == token for section, token in self.generations.items())

    def response(self):
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        if self.expires_at is not None and self.max_ages:
            left = max(0, int(self.expires_at - timezone.now().timestamp()))
            browser, cdn = (min(seconds, left) for seconds in self.max_ages)
            response["Cache-Control"] = f"public, max-age={browser}, s-maxage={cdn}"
        response[HIT_HEADER] = "hit"
        return response


def mark_cacheable(request, *, sections):
    """Called when a page is about to be served: it may be cached, and it shows `sections`."""
    if sections:
        setattr(request, _REQUEST_SECTIONS, tuple(sections))


def valid_until(request, moment):
    """What the page being rendered shows changes by time alone at `moment` (an aware datetime,
    or None for never): its cached copies must not outlive it. The earliest moment wins."""
    if moment is None:
        return
    current = getattr(request, _REQUEST_UNTIL, None)
    if current is None or moment < current:
        setattr(request, _REQUEST_UNTIL, moment)


def _seconds_left(request):
    """Seconds until the page's own moment (None: no moment)."""
    moment = getattr(request, _REQUEST_UNTIL, None)
    if moment is None:
        return None
    return (moment - timezone.now()).total_seconds()


def response_may_be_cached(request, response):
    """A 200 that carries nothing of this visitor: no cookie set, no CSRF token, not private."""
    if request.method != "GET" or not getattr(request, _REQUEST_SECTIONS, None):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    left = _seconds_left(request)
    if left is not None and left < PAGE_CACHE_MIN_SECONDS:
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value}
    return vary <= {"cookie", "accept-language", "accept-encoding"}


class PageCacheMiddleware:
    """Serves stored pages before sessions, authentication or Wagtail are touched.

    Sits right after WhiteNoise in MIDDLEWARE, so a hit costs one cache round trip and no query;
    everything below it (sessions, CSRF, messages, Wagtail) runs only on a miss.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not request_may_use_cache(request):
            return self.get_response(request)
        key = page_key(request)
        if key is None:
            return self.get_response(request)
        cache = _cache()
        keys = [key, *(_generation_key(section) for section in SECTIONS)]
        found = cache.get_many(keys)
        stored = found.get(key)
        if stored is not None and len(found) == len(keys):
            generations = {section: found[_generation_key(section)] for section in SECTIONS}
            if stored.is_current(generations):
                return stored.response()
        # Tokens read *before* rendering: a change committed while the page renders bumps them,
        # so a page rendered from older data is never stored under the new tokens.
        generations = _current_generations()
        response = self.get_response(request)
        if response_may_be_cached(request, response):
            self._store(request, response, key=key, generations=generations)
            response[HIT_HEADER] = "miss"
        return response

    def _store(self, request, response, *, key, generations):
        left = _seconds_left(request)
        timeout, browser, cdn = (
            settings.PAGE_CACHE_SECONDS,
            settings.PAGE_CACHE_BROWSER_SECONDS,
            settings.PAGE_CACHE_CDN_SECONDS,
        )
        expires_at = None
        if left is not None:
            whole = int(left)
            timeout, browser, cdn = min(timeout, whole), min(browser, whole), min(cdn, whole)
            expires_at = timezone.now().timestamp() + left
        patch_cache_control(response, public=True, max_age=browser, s_maxage=cdn)
        sections = getattr(request, _REQUEST_SECTIONS)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        stored = CachedPage(
            generations={section: generations.get(section) for section in sections},
            status=response.status_code,
            headers=[(name, value) for name, value in response.items() if name != HIT_HEADER],
            content=response.content,
            expires_at=expires_at,
            max_ages=(browser, cdn),
        )
        _cache().set(key, stored, timeout=timeout)


# --- invalidation --------------------------------------------------------------------------


class _PendingInvalidation:
    """What the current transaction changed, bumped and purged once after it commits: a publish
    saves many rows, each with its signal, but the CDN is purged once. Every change registers
    the flush (so none is lost to a rolled-back savepoint); the first one to run does the work."""

    def __init__(self):
        self.sections, self.urls, self.done = set(), set(), False

    def flush(self):
        if self.done:
            return
        self.done = True
        _cache().set_many(
            {_generation_key(section): uuid.uuid4().hex for section in self.sections},
            timeout=None,
        )
        purge_frontend_cache(sections=self.sections, urls=self.urls)


def invalidate(*sections, purge_urls=()):
    """After the current transaction commits: new tokens for `sections`, and the frontend cache
    purged of the pages that show them (plus `purge_urls`, absolute URLs of routed sub-pages)."""
    connection = transaction.get_connection()
    pending = getattr(connection, "_page_cache_pending", None)
    if pending is None or pending.done:
        pending = connection._page_cache_pending = _PendingInvalidation()
    pending.sections.update(sections)
    pending.urls.update(purge_urls)
    transaction.on_commit(pending.flush)  # at once outside a transaction


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def pages_showing(sections):
    """The live public pages whose type shows any of `sections` (for the frontend cache)."""
    types = [
        model
        for model in get_page_models()
        if set(getattr(model, "page_cache_sections", ())) & set(sections)
    ]
    if not types:
        return Page.objects.none()
    return Page.objects.live().public().type(*types).specific()


def purge_frontend_cache(*, sections, urls=()):
    if not frontend_cache_configured():
        return
    batch = PurgeBatch()
    batch.add_pages(pages_showing(sections))
    batch.add_urls(urls)
    batch.purge()


def _absolute(path):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or not path:
        return None
    return site.root_url + path


def _instance_urls(instance):
    """Routed pages of one record, which no page type can list: a meeting's page, an
    organization's page."""
    label = instance._meta.label
    try:
        if label == "projects.MeetingRegistration":
            instance = instance.meeting
            label = "projects.Meeting"
        if label == "projects.Meeting":
            parent = instance.parent_page
            if parent is not None and parent.specific.live:
                parent = parent.specific
                return [_absolute(parent.meeting_url(instance))]
        if label == "ngomap.Organization":
            return [_absolute(instance.get_url())]
    except ObjectDoesNotExist:  # a record already cut from its page: nothing to purge
        logger.debug("no frontend URL for %r", instance, exc_info=True)
    return []


def invalidate_for(instance):
    """`instance` (a record of MODEL_SECTIONS) changed, also by a queryset update()."""
    label = instance._meta.label
    urls = [url for url in _instance_urls(instance) if url] if frontend_cache_configured() else []
    invalidate(*MODEL_SECTIONS[label], purge_urls=urls)


def on_model_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        invalidate_for(instance)


def _url_from_url_path(url_path):
    """The absolute URL a page had at `url_path` (its tree path) on the default site."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not url_path.startswith(site.root_page.url_path):
        return None
    return site.root_url + "/" + url_path[len(site.root_page.url_path) :]


def on_page_changed(sender, instance=None, **kwargs):
    """Published, unpublished, moved or deleted: menus, listings and breadcrumbs may change
    anywhere, so every page goes (a rare event; the CDN purge covers all live pages, and the
    URL the page had, which is no longer live)."""
    urls = []
    if frontend_cache_configured() and instance is not None:
        url_path = kwargs.get("url_path_before") or instance.url_path
        urls = [url for url in [_url_from_url_path(url_path)] if url]
    invalidate(*SECTIONS, purge_urls=urls)


def on_page_deleted(sender, instance, **kwargs):
    # Multi-table inheritance sends one post_delete per table: react to the base row only.
    if sender is Page:
        on_page_changed(sender, instance=instance)


def register_signal_handlers():
    for label in MODEL_SECTIONS:
        model = apps.get_model(label)
        uid = f"pagecache_{label}"
        post_save.connect(on_model_changed, sender=model, dispatch_uid=f"{uid}_save")
        post_delete.connect(on_model_changed, sender=model, dispatch_uid=f"{uid}_delete")
    page_published.connect(on_page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(on_page_changed, dispatch_uid="pagecache_moved")
    post_delete.connect(on_page_deleted, dispatch_uid="pagecache_page_deleted")
