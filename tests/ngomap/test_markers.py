"""The map's markers are stored with each organization (ngomap.markers): whatever way an
organization changes, the map shows what it holds now, never an older marker."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from ngomap.models import ActivityArea, Organization
from ngomap.services import organization_geocode
from tests.ngomap.factories import admin_form_data, area, make_organization

pytestmark = pytest.mark.django_db
URL = "/api/mapa/organizacje.geojson"
ADMIN = "/admin/snippets/ngomap/organization/"


def markers(client):
    """The map's markers by organization key: (name, [lng, lat], address, area keys)."""
    return {
        feature["id"]: (
            feature["properties"]["n"],
            feature["geometry"]["coordinates"],
            feature["properties"].get("a"),
            feature["properties"].get("r"),
        )
        for feature in client.get(URL).json()["features"]
    }


def test_a_new_organization_is_on_the_map_with_its_key_address_and_areas_in_order(client):
    organization = make_organization(name="Fundacja A", areas=[area("18"), area("1")])
    assert markers(client) == {
        organization.pk: ("Fundacja A", [19.93324, 50.06086], "ul. Gołębia 24", "1,18")
    }


def test_what_an_editor_publishes_in_the_admin_reaches_the_map_and_a_draft_does_not(
    client, admin_user, home_page, django_capture_on_commit_callbacks
):
    organization = make_organization(name="Centrum", areas=[area("1")])
    client.force_login(admin_user)
    draft = admin_form_data(organization, name="Centrum (szkic)", areas=["5"])
    assert client.post(f"{ADMIN}edit/{organization.pk}/", draft).status_code == 302
    client.logout()
    assert markers(client)[organization.pk][0::3] == ("Centrum", "1")

    client.force_login(admin_user)
    published = admin_form_data(
        organization,
        name="Centrum Wolontariatu",
        location_precision="street",
        areas=["5", "18"],
        **{"action-publish": "publish"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{ADMIN}edit/{organization.pk}/", published)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    # The rounded point and no street address: the organization hides its exact place now.
    assert markers(client) == {
        organization.pk: ("Centrum Wolontariatu", [19.933, 50.061], None, "5,18")
    }


def test_a_geocoded_point_reaches_the_map_with_the_fields_the_row_holds_then(fake_geocoder, client):
    organization = make_organization(
        name="Koło",
        street="pl. Wszystkich Świętych",
        building_number="3-4",
        geocoded=False,
        latitude=None,
        longitude=None,
    )
    assert markers(client) == {}
    # An editor renames it while the geocoder is being asked: the map shows the new name.
    renamed = Organization.objects.get(pk=organization.pk)
    renamed.name = "Koło Seniorów"
    renamed.save()
    assert organization_geocode(organization=organization) == "ok"
    assert markers(client) == {
        organization.pk: (
            "Koło Seniorów",
            [19.93775, 50.05967],
            "pl. Wszystkich Świętych 3-4",
            None,
        )
    }


def test_changing_an_areas_key_or_deleting_the_area_updates_its_organizations_markers(client):
    spare = ActivityArea.objects.create(pkt="99", name="Obszar próbny", sort_order=1000)
    organization = make_organization(areas=[area("1"), spare])
    other = make_organization(areas=[area("1")])
    assert markers(client)[organization.pk][3] == "1,99"

    spare.pkt = "98"
    spare.save()
    assert markers(client)[organization.pk][3] == "1,98"

    spare.delete()
    assert markers(client)[organization.pk][3] == "1"
    assert markers(client)[other.pk][3] == "1"


def test_areas_changed_outside_a_save_update_the_marker(client):
    organization = make_organization(areas=[area("1")])
    area("18").organizations.add(organization)
    assert markers(client)[organization.pk][3] == "1,18"
    area("18").organizations.clear()
    assert markers(client)[organization.pk][3] == "1"


def test_the_command_rewrites_markers_changed_in_sql_with_a_progress_bar_and_a_summary(
    client, capsys
):
    first = make_organization(name="Pierwsza")
    second = make_organization(name="Druga", latitude=Decimal("50.07"), longitude=Decimal("19.95"))
    Organization.objects.update(map_marker="", name="Zmieniona w SQL")
    call_command("refresh_map_markers")
    output = capsys.readouterr().out
    assert "[##############################] 2/2 (100%)" in output
    assert "2 map markers written." in output
    assert {pk: name for pk, (name, *_rest) in markers(client).items()} == {
        first.pk: "Zmieniona w SQL",
        second.pk: "Zmieniona w SQL",
    }
