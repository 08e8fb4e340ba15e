import pytest
from django.core.cache import cache

from ngomap.geocoding import reset_geocoders
from tests.ngomap.fake_geocoder import FakeNominatimAdapter


@pytest.fixture(autouse=True)
def fake_geocoder(settings, monkeypatch):
    """Every ngomap test geocodes through the real code with a fake network underneath."""
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
    cache.clear()
    yield FakeNominatimAdapter
    reset_geocoders()
    cache.clear()


@pytest.fixture
def map_page(home_page):
    from tests.ngomap.factories import make_map_page

    return make_map_page(home_page)
