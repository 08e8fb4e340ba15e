"""Turning an address into a point, through geopy and the provider chosen in settings.

Settings (read at call time, see `# --- ngomap ---` in ngosite/settings/base.py):
`NGOMAP_GEOCODER = {"SERVICE": "nominatim", "OPTIONS": {...}, "USER_AGENT": ...,
"TIMEOUT": 5, "MIN_DELAY_SECONDS": 1, "CACHE_SECONDS": ...}`. `SERVICE` is any name that
`geopy.geocoders.get_geocoder_for_service` knows; `OPTIONS` go to the geocoder's constructor
(e.g. `domain` and `scheme` of a self-hosted Nominatim, or an `api_key`).

Answers are cached in Django's cache (Redis in production, so every app server and the worker
share them) under a hash of the normalised address, found or not found; errors are not cached.
A cache is enough: an answer can always be asked again, and the point itself is stored on the
organization.

Nominatim's usage policy (https://operations.osmfoundation.org/policies/nominatim/): at most one
request a second from the whole site, an identifying User-Agent, cached answers, no bulk. The
one-a-second slot is a key in the shared cache (`cache.add` with a one-second life), so every app
server and the worker take turns. The worker waits for the slot; a web request never sleeps: it
gets `GeocoderBusy` and the page says "try again in a moment".
"""

import hashlib
import math
import re
import threading
import time
import unicodedata
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.cache import cache
from geopy.exc import GeopyError
from geopy.geocoders import Nominatim, get_geocoder_for_service
from geopy.point import Point

# Kraków's extent (W, S, E, N), padded a little.
KRAKOW_BOUNDS = (19.78, 49.96, 20.23, 50.14)
CACHE_PREFIX = "ngomap:geocode:"
_NOT_FOUND = "not-found"
ROMAN_RE = re.compile(r"Dzielnica\s+([IVXL]+)\b", re.IGNORECASE)


class GeocodingError(Exception):
    """The provider could not be asked (network, timeout, quota): worth trying again later."""


class GeocoderBusy(GeocodingError):
    """The provider's one-request-a-second slot is taken and the caller would not wait."""


# What `cached_answer` returns when the cache holds nothing for an address.
MISSING = object()


@dataclass(frozen=True)
class GeocodeResult:
    latitude: float
    longitude: float
    display_name: str = ""
    district_name: str = ""


def geocoder_settings():
    """The geocoder's settings (settings.NGOMAP_GEOCODER, whose defaults live in base.py), read at
    call time so tests can override them."""
    return settings.NGOMAP_GEOCODER


def normalise_address(address):
    """One spelling per address: lower case, single spaces, no punctuation noise."""
    text = unicodedata.normalize("NFC", str(address)).lower()
    text = re.sub(r"[\s,;]+", " ", text)
    text = re.sub(r"\bul\.?\s", "ulica ", text)
    return text.strip(" .")


def cache_key(address):
    digest = hashlib.sha256(normalise_address(address).encode()).hexdigest()
    return CACHE_PREFIX + digest


_geocoders = {}
_geocoders_lock = threading.Lock()


def _provider_key(config):
    return (
        config["SERVICE"],
        repr(sorted(config["OPTIONS"].items())),
        config["USER_AGENT"],
        config["TIMEOUT"],
    )


def _geocoder(config):
    """One geocoder per provider configuration, shared by the whole process."""
    key = _provider_key(config)
    with _geocoders_lock:
        geocoder = _geocoders.get(key)
        if geocoder is None:
            geocoder_class = get_geocoder_for_service(config["SERVICE"])
            geocoder = geocoder_class(
                user_agent=config["USER_AGENT"], timeout=config["TIMEOUT"], **config["OPTIONS"]
            )
            _geocoders[key] = geocoder
    return geocoder


def reset_geocoders():
    """Forget the geocoders built so far (tests change the provider's settings)."""
    with _geocoders_lock:
        _geocoders.clear()


def _slot_key(config):
    digest = hashlib.sha256(repr(_provider_key(config)[:2]).encode()).hexdigest()[:16]
    return f"ngomap:geocoder-slot:{digest}"


def claim_provider_slot(config=None, *, wait):
    """Take the provider's request slot (one per MIN_DELAY_SECONDS for the whole site).

    With `wait` (the worker, a command) sleep until the slot is free, for at most a minute;
    without it (a web request) raise GeocoderBusy at once when another request holds it.
    """
    config = config or geocoder_settings()
    delay = float(config["MIN_DELAY_SECONDS"])
    if delay <= 0:
        return
    key = _slot_key(config)
    # Cache timeouts are whole seconds in Redis; rounding up never asks more often.
    lifetime = math.ceil(delay)
    deadline = time.monotonic() + 60
    while not cache.add(key, 1, timeout=lifetime):
        if not wait:
            raise GeocoderBusy("another request holds the geocoder's slot")
        if time.monotonic() > deadline:
            raise GeocodingError("the geocoder's slot stayed taken for a minute")
        time.sleep(min(0.2, delay))


def _district_name(raw):
    details = (raw or {}).get("address") or {}
    return details.get("city_district") or details.get("suburb") or details.get("borough") or ""


def _in_krakow(latitude, longitude):
    west, south, east, north = KRAKOW_BOUNDS
    return west <= longitude <= east and south <= latitude <= north


def cached_answer(address):
    """The cached answer for `address`: a GeocodeResult, None (known not to be found) or
    MISSING when the provider has not been asked yet (or the answer expired)."""
    cached = cache.get(cache_key(address))
    if cached == _NOT_FOUND:
        return None
    if cached:
        return GeocodeResult(**cached)
    return MISSING


def geocode_address(address, *, wait=True):
    """The point of `address` in Kraków, or None when the provider does not know it.

    Raises GeocodingError when the provider cannot be reached or answers with an error, and
    GeocoderBusy (without `wait`) when the provider's slot is taken; see claim_provider_slot.
    """
    answer = cached_answer(address)
    if answer is not MISSING:
        return answer

    config = geocoder_settings()
    geocoder = _geocoder(config)
    kwargs = {"exactly_one": True}
    if isinstance(geocoder, Nominatim):
        west, south, east, north = KRAKOW_BOUNDS
        kwargs.update(
            addressdetails=True,
            viewbox=[Point(north, west), Point(south, east)],
            bounded=True,
            country_codes="pl",
        )
    claim_provider_slot(config, wait=wait)
    try:
        location = geocoder.geocode(address, **kwargs)
    except GeopyError as error:
        raise GeocodingError(f"{type(error).__name__}: {error}") from error

    key = cache_key(address)
    if location is None or not _in_krakow(location.latitude, location.longitude):
        cache.set(key, _NOT_FOUND, config["CACHE_SECONDS"])
        return None
    result = GeocodeResult(
        latitude=round(location.latitude, 6),
        longitude=round(location.longitude, 6),
        display_name=location.address or "",
        district_name=_district_name(location.raw),
    )
    cache.set(key, asdict(result), config["CACHE_SECONDS"])
    return result


def match_district(name, districts):
    """The District among `districts` that a provider's district name refers to, or None.

    "Dzielnica I Stare Miasto" matches by its roman numeral; a bare "Stare Miasto" by name.
    """
    if not name:
        return None
    match = ROMAN_RE.search(name)
    if match:
        roman = match.group(1).upper()
        for district in districts:
            if district.roman == roman:
                return district
    folded = name.casefold()
    for district in sorted(districts, key=lambda d: -len(d.name)):
        if district.name.casefold() in folded:
            return district
    return None
