import socket

import pytest
from django.core.cache import cache

from ngomap.geocoding import reset_geocoders
from tests.home.factories import make_home_page, make_site_settings, make_standard_page
from tests.ngomap.fake_geocoder import FakeNominatimAdapter

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
_real_connect = socket.socket.connect


def _loopback_only_connect(sock, address):
    """Tests talk to this machine only (PostgreSQL, Redis, the live server); anything else is a
    bug in the test, so it fails loudly instead of waiting for a time-out."""
    if isinstance(address, tuple) and address[0] not in LOOPBACK:
        raise ConnectionRefusedError(f"tests must not use the network (tried {address[0]})")
    return _real_connect(sock, address)


socket.socket.connect = _loopback_only_connect


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test starts with an empty cache: cached answers never leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fake_geocoder(settings, monkeypatch):
    """No test touches the network: every geocoding request, from any app, goes through the real
    geopy code with a fake network adapter underneath (canned Nominatim answers)."""
    import geopy.geocoders

    monkeypatch.setattr(geopy.geocoders.options, "default_adapter_factory", FakeNominatimAdapter)
    settings.NGOMAP_GEOCODER = {
        "SERVICE": "nominatim",
        "OPTIONS": {},
        "USER_AGENT": "krakow-ngo-platform-tests",
        "TIMEOUT": 3,
        "MIN_DELAY_SECONDS": 0,
        "CACHE_SECONDS": 600,
    }
    reset_geocoders()
    FakeNominatimAdapter.requests = []
    yield FakeNominatimAdapter
    reset_geocoders()


@pytest.fixture
def page_cache_on(settings):
    """The page cache of anonymous visitors switched on (off in tests otherwise), with no CDN."""
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_BROWSER_SECONDS = 60
    settings.PAGE_CACHE_CDN_SECONDS = 300
    settings.WAGTAILFRONTENDCACHE = {}


@pytest.fixture
def home_page(db):
    return make_home_page()


@pytest.fixture
def site_with_pages(home_page):
    """A home page with two menu pages and an accessibility statement linked from the footer."""
    about = make_standard_page(home_page, title="O platformie", slug="o-platformie")
    contact = make_standard_page(home_page, title="Kontakt", slug="kontakt")
    statement = make_standard_page(
        home_page,
        title="Deklaracja dostępności",
        slug="deklaracja-dostepnosci",
        show_in_menus=False,
    )
    make_site_settings(home_page, accessibility_statement=statement)
    return {"home": home_page, "about": about, "contact": contact, "statement": statement}


@pytest.fixture
def move_clock(monkeypatch):
    """Move `timezone.now()` (and so `timezone.localdate()`) to a given moment; the clock
    keeps ticking a millisecond per call, so what is made later is still later."""
    import itertools
    from datetime import timedelta

    def move(moment):
        ticks = itertools.count()
        monkeypatch.setattr(
            "django.utils.timezone.now", lambda: moment + timedelta(milliseconds=next(ticks))
        )

    return move
