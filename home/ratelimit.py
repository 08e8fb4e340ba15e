"""A fixed-window rate limit in Django's cache (shared through Redis in production).

Public forms (booking, meeting registration, NGO submissions) call `rate_limited(...)` with their
own key prefix; the cache keeps one counter per client address and window.
"""

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The client's address.

    Behind a reverse proxy every request comes from the proxy, so CLIENT_IP_HEADER names the
    header the proxy sets (e.g. X-Real-IP). Without it the header is not trusted: a client could
    send any value and escape the limit.
    """
    header = settings.CLIENT_IP_HEADER
    if header:
        value = request.headers.get(header, "").split(",")[0].strip()
        if value:
            return value
    return request.META.get("REMOTE_ADDR", "unknown")


def rate_limited(*, scope, identity, limit, window):
    """Count one more attempt of `identity` in `scope`; True once it exceeds `limit` per window."""
    key = f"ratelimit:{scope}:{identity}"
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # the counter expired between add and incr
            cache.set(key, 1, timeout=window)
            count = 1
    return count > limit
