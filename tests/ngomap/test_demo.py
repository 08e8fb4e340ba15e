import pytest

from ngomap import demo
from ngomap.models import Organization

pytestmark = pytest.mark.django_db


def test_the_demo_adds_about_forty_example_organizations_once(client, fake_geocoder):
    created = demo.load()
    assert created == 41  # the map page and forty organizations
    assert demo.load() == 0
    organizations = Organization.objects.all()
    assert organizations.count() == 40
    assert not organizations.filter(is_example=False).exists()
    assert organizations.exclude(location_precision="exact").exists()
    assert organizations.values("district").distinct().count() >= 10
    assert organizations.values("kind").distinct().count() == 3
    assert fake_geocoder.requests == []  # the points come with the demo, nothing is geocoded
    html = client.get("/mapa/").content.decode()
    assert "Znaleziono 40 organizacji" in html
    assert "OpenStreetMap contributors" in html
    assert "Wpis przykładowy" in html


def test_example_names_mention_only_the_district_of_their_address(fake_geocoder):
    """ "Grupa Sąsiedzka Nowa Huta" must not sit in Stare Miasto: a district in a name is the
    district of the organization's address."""
    from ngomap.models import District

    demo.load()
    district_names = list(District.objects.values_list("name", flat=True))
    named = 0
    for organization in Organization.objects.select_related("district"):
        mentioned = [name for name in district_names if name in organization.name]
        # "Podgórze" is part of "Podgórze Duchackie": keep the longest names only.
        mentioned = [
            name
            for name in mentioned
            if not any(name != other and name in other for other in mentioned)
        ]
        if mentioned:
            named += 1
            assert mentioned == [organization.district.name], organization.name
        assert organization.district.name in organization.description
    assert named >= 10
    assert not Organization.objects.filter(name__contains="Tyniec").exists()


def test_an_example_named_by_an_earlier_demo_is_renamed_in_place(fake_geocoder):
    demo.load()
    organization = Organization.objects.get(email="kontakt+17@example.org")
    correct_name = organization.name
    organization.name, organization.slug = "Fundacja Przykładowa – oddział Krowodrza", "stary"
    organization.save()

    assert demo.load() == 1

    organization.refresh_from_db()
    assert organization.name == correct_name
    assert Organization.objects.count() == 40
    assert demo.load() == 0
