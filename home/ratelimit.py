"""Limits of the public forms, counted in Django's cache (shared through Redis in production).

Every public form that writes or sends an e-mail (meeting registration, booking, "add your
organization", corrections) asks `submission_refusal(...)` once its input is valid and, when the
submission went through, calls `submission_count(...)`. So only accepted submissions count: a
mistyped form never uses up the limit. Each form has its own scope, with a per-address limit
generous enough for an office whose staff share one address, and a tighter per-e-mail limit
where the form has an e-mail field. The limits live in `settings.PUBLIC_FORM_RATE_LIMITS`, read
at call time.

The window of a counter starts with its first accepted submission, so a refusal can say when the
next one will be taken ("Spróbuj ponownie o 17:45" or "za 12 minut").

Checking and counting are two steps: two submissions sent in the same instant may both pass at
the very edge of a limit. That is acceptable for an abuse limit; what must never be exceeded
(a meeting's capacity, double bookings) is enforced by the database.
"""

import hashlib
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext


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


@dataclass(frozen=True)
class Counter:
    """One limit: at most `limit` accepted submissions under `key` within `window` seconds.

    `kind` says whom it counts ("address", "email" or "target") and so which message a refusal
    gets; `field` names the form field the refusal belongs next to (None: the whole form)."""

    key: str
    limit: int
    window: int
    kind: str
    field: str | None = None

    @property
    def _started_key(self):
        return f"{self.key}:started"

    def count(self):
        return cache.get(self.key, 0)

    def window_ends_at(self):
        started = cache.get(self._started_key)
        if started is None:
            return timezone.now() + timedelta(seconds=self.window)
        return datetime.fromtimestamp(started + self.window, tz=UTC)

    def add_one(self):
        now = timezone.now().timestamp()
        # The window starts with the first accepted submission; both keys expire with it.
        if cache.add(self.key, 1, timeout=self.window):
            cache.set(self._started_key, now, timeout=self.window)
            return
        try:
            cache.incr(self.key)
        except ValueError:  # the counter expired between add and incr
            cache.set(self.key, 1, timeout=self.window)
            cache.set(self._started_key, now, timeout=self.window)


@dataclass(frozen=True)
class Refusal:
    """Why a submission is refused and when the next one will be taken."""

    kind: str
    retry_at: datetime
    limit: int
    field: str | None = None  # the form field the message belongs next to (None: the form)

    @property
    def message(self):
        if self.kind == "target":
            return ngettext(
                "%(count)d registration for this meeting has already been sent from your "
                "network address. To register more people, please contact the organiser.",
                "%(count)d registrations for this meeting have already been sent from your "
                "network address. To register more people, please contact the organiser.",
                self.limit,
            ) % {"count": self.limit}
        if self.kind == "email":
            reason = gettext("This form has been sent too many times for this e-mail address.")
        else:
            reason = gettext("This form has been sent too many times from your network address.")
        return f"{reason} {retry_phrase(self.retry_at)}"


def retry_phrase(retry_at, *, now=None):
    """'Spróbuj ponownie za 12 minut.' within the hour, otherwise the local time (and the date
    when it is not today)."""
    now = now or timezone.now()
    minutes = max(1, math.ceil((retry_at - now).total_seconds() / 60))
    if minutes <= 60:
        return ngettext(
            "Try again in %(minutes)d minute.", "Try again in %(minutes)d minutes.", minutes
        ) % {"minutes": minutes}
    local = timezone.localtime(retry_at)
    time = date_format(local, "H:i")
    if local.date() == timezone.localtime(now).date():
        return gettext("Try again at %(time)s.") % {"time": time}
    return gettext("Try again on %(date)s at %(time)s.") % {
        "date": date_format(local, "j E"),
        "time": time,
    }


def _digest(value):
    # E-mail addresses are personal data: the cache keeps only a hash of them.
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]


def form_counters(*, request, scope, email=None, email_field="email"):
    """The counters of `scope` for this request: per client address, and per e-mail address when
    the form has one (in the field `email_field`) and the scope limits it."""
    config = settings.PUBLIC_FORM_RATE_LIMITS[scope]
    counters = []
    if config.get("address"):
        limit, window = config["address"]
        address = client_ip(request)
        counters.append(Counter(f"ratelimit:{scope}:address:{address}", limit, window, "address"))
    if email and config.get("email"):
        limit, window = config["email"]
        key = f"ratelimit:{scope}:email:{_digest(email)}"
        counters.append(Counter(key, limit, window, "email", field=email_field))
    return counters


def submission_refusal(counters):
    """The first limit this submission would exceed (a Refusal), or None."""
    for counter in counters:
        if counter.count() >= counter.limit:
            return Refusal(
                kind=counter.kind,
                retry_at=counter.window_ends_at(),
                limit=counter.limit,
                field=counter.field,
            )
    return None


def submission_count(counters):
    """Count one accepted submission in every counter."""
    for counter in counters:
        counter.add_one()


def target_counter(*, request, scope, target, limit, until):
    """Accepted submissions about one thing (e.g. one meeting) from this client address, counted
    until `until` (e.g. the meeting's end)."""
    window = max(60, int((until - timezone.now()).total_seconds()))
    return Counter(
        f"ratelimit:{scope}:{target}:address:{client_ip(request)}", limit, window, "target"
    )


def rate_limited(*, scope, identity, limit, window):
    """Count one more attempt of `identity` in `scope`; True once it exceeds `limit` a window.

    For limits that count every attempt rather than accepted submissions (the map's "near an
    address" lookups, which cost the geocoder a request each); forms use form_counters."""
    counter = Counter(
        key=f"ratelimit:{scope}:{_digest(identity)}", limit=limit, window=window, kind="address"
    )
    counter.add_one()
    return counter.count() > limit
