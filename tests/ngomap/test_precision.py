from decimal import Decimal

import pytest

from ngomap.models import Organization
from tests.ngomap.factories import make_organization

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("precision", "latitude", "longitude"),
    [
        ("exact", Decimal("50.061234"), Decimal("19.937456")),
        ("street", Decimal("50.061000"), Decimal("19.937000")),
        ("district", Decimal("50.060000"), Decimal("19.940000")),
    ],
)
def test_the_public_point_is_rounded_to_the_chosen_precision(precision, latitude, longitude):
    organization = make_organization(
        latitude=Decimal("50.061234"), longitude=Decimal("19.937456"), location_precision=precision
    )
    organization.refresh_from_db()
    assert (organization.public_latitude, organization.public_longitude) == (latitude, longitude)
    # The map's queries read the same rounded point as doubles, never the exact one.
    assert (organization.map_latitude, organization.map_longitude) == (
        float(latitude),
        float(longitude),
    )


def test_changing_the_precision_through_update_fields_updates_the_public_point():
    organization = make_organization(latitude=Decimal("50.061234"), longitude=Decimal("19.937456"))
    organization.location_precision = Organization.Precision.DISTRICT
    organization.save(update_fields=["location_precision"])
    organization.refresh_from_db()
    assert organization.public_latitude == Decimal("50.060000")
    assert organization.map_latitude == 50.06


def test_api_list_and_page_never_carry_the_exact_point_of_a_hidden_organization(client, map_page):
    organization = make_organization(
        name="Grupa Nieformalna",
        latitude=Decimal("50.061234"),
        longitude=Decimal("19.937456"),
        street="ul. Tajna",
        building_number="7",
        location_precision=Organization.Precision.DISTRICT,
    )
    api = client.get("/api/mapa/organizacje.geojson").json()
    assert api["features"][0]["geometry"]["coordinates"] == [19.94, 50.06]
    pages = [
        client.get("/api/mapa/organizacje.geojson").content.decode(),
        client.get("/mapa/").content.decode(),
        client.get(f"/mapa/organizacja/{organization.slug}/").content.decode(),
        client.get("/mapa-eksport/organizacje.csv").content.decode(),
        client.get("/mapa-eksport/organizacje.geojson").content.decode(),
    ]
    for text in pages:
        assert "50.061234" not in text and "19.937456" not in text
        assert "50.0612" not in text
        assert "Tajna" not in text
