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
"""

import hashlib
import re
import threading
import unicodedata
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.cache import cache
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim, get_geocoder_for_service
from geopy.point import Point

# Kraków's extent (W, S, E, N), padded a little.
KRAKOW_BOUNDS = (19.78, 49.96, 20.23, 50.14)
CACHE_PREFIX = "ngomap:geocode:"
_NOT_FOUND = "not-found"
ROMAN_RE = re.compile(r"Dzielnica\s+([IVXL]+)\b", re.IGNORECASE)


class GeocodingError(Exception):
    """The provider could not be asked (network, timeout, quota): worth trying again later."""


@dataclass(frozen=True)
class GeocodeResult:
    latitude: float
    longitude: float
    display_name: str = ""
    district_name: str = ""


def normalise_address(address):
    """One spelling per address: lower case, single spaces, no punctuation noise."""
    text = unicodedata.normalize("NFC", str(address)).lower()
    text = re.sub(r"[\s,;]+", " ", text)
    text = re.sub(r"\bul\.?\s", "ulica ", text)
    return text.strip(" .")


def cache_key(address):
    digest = hashlib.sha256(normalise_address(address).encode()).hexdigest()
    return CACHE_PREFIX + digest


_limiters = {}
_limiters_lock = threading.Lock()


def _rate_limited_geocode(config):
    """One RateLimiter per provider configuration, shared by the whole process.

    geopy's RateLimiter keeps at least `min_delay_seconds` between calls (one second is
    Nominatim's usage policy); errors are not retried here, the caller records them.
    """
    key = (
        config["SERVICE"],
        repr(sorted(config["OPTIONS"].items())),
        config["USER_AGENT"],
        config["TIMEOUT"],
        config["MIN_DELAY_SECONDS"],
    )
    with _limiters_lock:
        limiter = _limiters.get(key)
        if limiter is None:
            geocoder_class = get_geocoder_for_service(config["SERVICE"])
            geocoder = geocoder_class(
                user_agent=config["USER_AGENT"], timeout=config["TIMEOUT"], **config["OPTIONS"]
            )
            limiter = RateLimiter(
                geocoder.geocode,
                min_delay_seconds=config["MIN_DELAY_SECONDS"],
                max_retries=0,
                swallow_exceptions=False,
            )
            limiter.geocoder = geocoder
            _limiters[key] = limiter
    return limiter


def reset_geocoders():
    """Forget the geocoders built so far (tests change the provider's settings)."""
    with _limiters_lock:
        _limiters.clear()


def _district_name(raw):
    details = (raw or {}).get("address") or {}
    return details.get("city_district") or details.get("suburb") or details.get("borough") or ""


def _in_krakow(latitude, longitude):
    west, south, east, north = KRAKOW_BOUNDS
    return west <= longitude <= east and south <= latitude <= north


def geocode_address(address):
    """The point of `address` in Kraków, or None when the provider does not know it.

    Raises GeocodingError when the provider cannot be reached or answers with an error.
    """
    key = cache_key(address)
    cached = cache.get(key)
    if cached == _NOT_FOUND:
        return None
    if cached:
        return GeocodeResult(**cached)

    config = settings.NGOMAP_GEOCODER
    limiter = _rate_limited_geocode(config)
    kwargs = {"exactly_one": True}
    if isinstance(limiter.geocoder, Nominatim):
        west, south, east, north = KRAKOW_BOUNDS
        kwargs.update(
            addressdetails=True,
            viewbox=[Point(north, west), Point(south, east)],
            bounded=True,
            country_codes="pl",
        )
    try:
        location = limiter(address, **kwargs)
    except GeopyError as error:
        raise GeocodingError(f"{type(error).__name__}: {error}") from error

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
