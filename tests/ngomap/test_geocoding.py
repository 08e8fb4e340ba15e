from decimal import Decimal

import pytest
from django.core.management import call_command

from ngomap.geocoding import geocode_address, normalise_address
from ngomap.models import Organization
from ngomap.services import organization_geocode
from tests.ngomap.factories import district, make_organization

pytestmark = pytest.mark.django_db


def new_organization(**fields):
    fields.setdefault("latitude", None)
    fields.setdefault("longitude", None)
    return make_organization(geocoded=False, **fields)


def test_nominatim_is_asked_with_the_apps_user_agent_bounded_to_krakow_with_address_details(
    fake_geocoder,
):
    result = geocode_address("pl. Wszystkich Świętych 3-4, 31-004 Kraków, Polska")
    assert (result.latitude, result.longitude) == (50.05967, 19.93775)
    assert result.district_name == "Dzielnica I Stare Miasto"
    request = fake_geocoder.requests[-1]
    assert request["url"].startswith("https://nominatim.openstreetmap.org/search")
    assert request["headers"]["User-Agent"] == "krakow-ngo-platform-tests"
    assert request["params"]["bounded"] == "1"
    assert request["params"]["addressdetails"] == "1"
    west, south, east, north = (float(x) for x in request["params"]["viewbox"].split(","))
    assert west < 19.79 and east > 20.22 and south < 49.97 and north > 50.13


def test_a_configured_domain_and_scheme_reach_the_provider(settings, fake_geocoder):
    settings.NGOMAP_GEOCODER = {
        **settings.NGOMAP_GEOCODER,
        "OPTIONS": {"domain": "nominatim.krakow.example", "scheme": "http"},
    }
    geocode_address("ul. Gołębia 24, Kraków")
    assert fake_geocoder.requests[-1]["url"].startswith("http://nominatim.krakow.example/search")


def test_answers_are_cached_by_the_normalised_address(fake_geocoder):
    geocode_address("ul. Gołębia 24, 31-007 Kraków")
    geocode_address("  UL  Gołębia   24 31-007 kraków ")
    assert len(fake_geocoder.requests) == 1
    assert normalise_address("ul. Gołębia 24") == normalise_address("UL Gołębia, 24")


def test_a_point_outside_krakow_counts_as_not_found(fake_geocoder):
    assert geocode_address("ul. Marszałkowska 1, Kraków") is None


def test_geocoding_an_organization_stores_point_district_status_and_message():
    organization = new_organization(street="pl. Wszystkich Świętych", building_number="3-4")
    assert organization_geocode(organization=organization) == "ok"
    organization.refresh_from_db()
    assert organization.latitude == Decimal("50.059670")
    assert organization.district == district(1)
    assert organization.geocode_status == Organization.GeocodeStatus.OK
    assert "Pałac Wielopolskich" in organization.geocode_message
    assert organization.geocoded_at is not None


def test_the_district_is_matched_by_name_when_the_answer_has_no_roman_numeral():
    organization = new_organization(street="ul. Benedyktyńska", building_number="37")
    organization_geocode(organization=organization)
    organization.refresh_from_db()
    assert organization.district == district(8)


def test_an_unknown_address_records_not_found_with_a_polish_message():
    organization = new_organization(street="ul. Nieistniejąca", building_number="1")
    assert organization_geocode(organization=organization) == "not_found"
    organization.refresh_from_db()
    assert organization.geocode_status == "not_found"
    assert "nie został znaleziony" in organization.geocode_message
    assert organization.latitude is None


def test_a_provider_failure_is_recorded_and_never_raises():
    organization = new_organization(street="ul. Timeout", building_number="1")
    assert organization_geocode(organization=organization) == "failed"
    organization.refresh_from_db()
    assert organization.geocode_status == "failed"
    assert "nie odpowiedziała" in organization.geocode_message


def test_an_organization_without_a_street_is_marked_as_having_no_address():
    organization = new_organization(street="", building_number="")
    assert organization_geocode(organization=organization) == "no_address"


def test_a_point_set_by_hand_is_never_overwritten(fake_geocoder):
    organization = new_organization(
        street="ul. Gołębia",
        latitude=Decimal("50.1"),
        longitude=Decimal("20.0"),
        point_set_by_hand=True,
    )
    assert organization_geocode(organization=organization, force=True) == "manual"
    organization.refresh_from_db()
    assert organization.latitude == Decimal("50.100000")
    assert fake_geocoder.requests == []


def geocoding_queued(callbacks):
    """The after-commit callbacks that queue geocoding (the page cache adds its own)."""
    return [func for func in callbacks if "organization_geocode_later" in func.__qualname__]


def test_saving_a_changed_address_queues_geocoding_after_commit(
    django_capture_on_commit_callbacks,
):
    organization = make_organization(street="ul. Gołębia", building_number="24")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        organization.street = "ul. Lipowa"
        organization.building_number = "4"
        organization.save()
    assert len(geocoding_queued(callbacks)) == 1
    organization.refresh_from_db()
    assert organization.geocode_status == "ok"
    assert organization.latitude == Decimal("50.047360")
    assert organization.district.number == 13


def test_saving_without_an_address_change_queues_nothing(django_capture_on_commit_callbacks):
    organization = make_organization()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        organization.description = "Nowy opis"
        organization.save()
    assert geocoding_queued(callbacks) == []


def test_a_failed_geocoding_never_loses_the_save(django_capture_on_commit_callbacks):
    organization = make_organization()
    with django_capture_on_commit_callbacks(execute=True):
        organization.street = "ul. Timeout"
        organization.name = "Nowa nazwa"
        organization.save()
    organization.refresh_from_db()
    assert organization.name == "Nowa nazwa"
    assert organization.geocode_status == "failed"


def test_geocode_organizations_command_handles_pending_and_failed_with_a_summary():
    pending = new_organization(street="ul. Lipowa", building_number="4")
    Organization.objects.filter(pk=pending.pk).update(geocode_status="pending")
    failed = new_organization(street="ul. Gołębia", building_number="24")
    Organization.objects.filter(pk=failed.pk).update(geocode_status="failed")
    from io import StringIO

    out = StringIO()
    call_command("geocode_organizations", "--pending", stdout=out)
    assert Organization.objects.get(pk=pending.pk).geocode_status == "ok"
    assert Organization.objects.get(pk=failed.pk).geocode_status == "failed"
    assert "1" in out.getvalue() and "ok" in out.getvalue()
    call_command("geocode_organizations", "--failed", stdout=out)
    assert Organization.objects.get(pk=failed.pk).geocode_status == "ok"
