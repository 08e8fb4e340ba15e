"""The public "near an address" search: geocoded through the service, within Nominatim's usage
policy (one request a second for the whole site, an identifying User-Agent, cached answers, no
bulk), and never sleeping in a web worker."""

from decimal import Decimal

import pytest

from ngomap import geocoding
from ngomap.geocoding import claim_provider_slot, geocode_address, geocoder_settings
from tests.ngomap.factories import make_organization

pytestmark = pytest.mark.django_db

BUSY = "Wyszukiwarka adresów jest teraz zajęta. Spróbuj ponownie za chwilę."


@pytest.fixture
def one_request_a_second(settings):
    settings.NGOMAP_GEOCODER = {**settings.NGOMAP_GEOCODER, "MIN_DELAY_SECONDS": 1}


@pytest.fixture
def no_sleeping(monkeypatch):
    def refuse(seconds):
        raise AssertionError(f"a web request slept for {seconds} s")

    monkeypatch.setattr(geocoding.time, "sleep", refuse)


@pytest.fixture
def two_organizations():
    make_organization(
        name="Daleko w Tyńcu", latitude=Decimal("50.02059"), longitude=Decimal("19.80734")
    )
    make_organization(
        name="Blisko Gołębiej", latitude=Decimal("50.0609"), longitude=Decimal("19.9333")
    )


def test_a_taken_slot_answers_try_again_in_a_moment_without_sleeping(
    client, map_page, fake_geocoder, one_request_a_second, no_sleeping, two_organizations
):
    claim_provider_slot(wait=False)  # another visitor's request, this very second
    html = client.get("/mapa/?near=ul.+Gołębia+24").content.decode()
    assert BUSY in html
    assert fake_geocoder.requests == []
    # The list is still there, by name.
    assert html.index("Blisko Gołębiej") < html.index("Daleko w Tyńcu")


def test_a_cached_address_is_answered_even_while_the_slot_is_taken(
    client, map_page, fake_geocoder, one_request_a_second, no_sleeping, two_organizations
):
    client.get("/mapa/?near=ul.+Gołębia+24")
    assert len(fake_geocoder.requests) == 1
    # The first search holds the slot for a second; the same address again needs no provider.
    html = client.get("/mapa/?near=ul.+Gołębia+24").content.decode()
    assert BUSY not in html
    assert html.index("Blisko Gołębiej") < html.index("Daleko w Tyńcu")
    assert len(fake_geocoder.requests) == 1


def test_the_provider_is_asked_with_the_sites_user_agent(client, map_page, fake_geocoder):
    client.get("/mapa/?near=ul.+Lipowa+4")
    assert fake_geocoder.requests[-1]["headers"]["User-Agent"] == "krakow-ngo-platform-tests"
    assert fake_geocoder.requests[-1]["params"]["q"] == "ul. Lipowa 4, Kraków"


def test_each_visitor_has_a_limit_of_new_addresses_but_cached_ones_stay_free(
    client, map_page, fake_geocoder, settings, two_organizations
):
    settings.NGOMAP_NEAR_LOOKUPS_PER_HOUR = 2
    client.get("/mapa/?near=ul.+Gołębia+24")
    client.get("/mapa/?near=ul.+Lipowa+4")
    html = client.get("/mapa/?near=Benedyktyńska+37").content.decode()
    assert "Wyszukano już wiele adresów. Spróbuj ponownie za godzinę." in html
    assert len(fake_geocoder.requests) == 2
    html = client.get("/mapa/?near=ul.+Gołębia+24").content.decode()
    assert "Wyszukano już wiele adresów" not in html
    assert html.index("Blisko Gołębiej") < html.index("Daleko w Tyńcu")
    # Another visitor's limit is their own.
    html = client.get("/mapa/?near=Benedyktyńska+37", REMOTE_ADDR="192.0.2.7").content.decode()
    assert html.index("Daleko w Tyńcu") < html.index("Blisko Gołębiej")


def test_near_me_needs_no_geocoding(client, map_page, fake_geocoder, two_organizations):
    html = client.get("/mapa/?near_lat=50.0206&near_lng=19.8073").content.decode()
    assert html.index("Daleko w Tyńcu") < html.index("Blisko Gołębiej")
    assert fake_geocoder.requests == []


def test_the_worker_waits_for_the_slot_instead_of_failing(
    fake_geocoder, one_request_a_second, monkeypatch
):
    """The geocoding task (not a web request) may wait its turn."""
    config = geocoder_settings()
    claim_provider_slot(config, wait=False)
    waited = []

    def sleep(seconds):
        waited.append(seconds)
        geocoding.cache.delete(geocoding._slot_key(config))  # the second has passed

    monkeypatch.setattr(geocoding.time, "sleep", sleep)
    assert geocode_address("ul. Lipowa 4, Kraków").latitude == 50.04736
    assert waited and len(fake_geocoder.requests) == 1


def test_the_admins_lookup_does_not_wait_either(
    admin_client, fake_geocoder, one_request_a_second, no_sleeping
):
    claim_provider_slot(wait=False)
    answer = admin_client.post(
        "/admin/ngomap/geocode/", {"street": "Lipowa", "building_number": "4"}
    ).json()
    assert answer == {
        "ok": False,
        "message": "Usługa geokodowania jest teraz zajęta. Spróbuj ponownie za chwilę.",
    }
