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
