"""One place mixin (home.places.Place) gives organizations and meeting venues the same point,
the same map in the admin and the same "find the address on the map now" button."""

import pytest
from django.contrib.auth.models import Group

from home.groups import EDITORS
from home.places import Place
from ngomap.models import Organization
from projects.models import Meeting
from tests.ngomap.factories import make_organization
from tests.projects.factories import make_meeting, make_project, make_project_index

pytestmark = pytest.mark.django_db
GEOCODE_URL = "/admin/ngomap/geocode/"


def test_organization_and_meeting_share_the_point_fields():
    for model in (Organization, Meeting):
        assert issubclass(model, Place)
        for name in ("latitude", "longitude"):
            field = model._meta.get_field(name)
            assert (field.max_digits, field.decimal_places, field.null) == (9, 6, True)
            assert field.column == name  # the columns stay where they were


@pytest.fixture
def editor(client, django_user_model):
    """An editor of pages (the Editors group), without any right on organizations."""
    user = django_user_model.objects.create_user(username="redaktor", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return user


def test_the_meeting_venue_gets_the_map_and_the_find_button_on_the_project_page(
    client, admin_user, home_page
):
    project = make_project(make_project_index(home_page))
    make_meeting(project, latitude="50.061500", longitude="19.937100")
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert 'data-place-map="id_meetings-0-latitude"' in html
    assert "leaflet/leaflet.js" in html and "home/place-map.js" in html
    assert f'data-geocode-url="{GEOCODE_URL}"' in html
    assert "Znajdź teraz adres na mapie" in html
    # The button sends the venue's one address line as the street.
    assert 'data-address-fields="{&quot;street&quot;: &quot;address&quot;}"' in html


def test_the_organization_gets_the_same_map_with_its_address_parts(client, admin_user, home_page):
    organization = make_organization()
    client.force_login(admin_user)
    html = client.get(f"/admin/snippets/ngomap/organization/edit/{organization.pk}/").content
    html = html.decode()
    assert 'data-place-map="id_latitude"' in html
    assert f'data-geocode-url="{GEOCODE_URL}"' in html
    assert "&quot;building_number&quot;: &quot;building_number&quot;" in html


def test_a_page_editor_finds_a_venue_address_through_the_shared_button(client, editor):
    data = client.post(GEOCODE_URL, {"street": "pl. Wszystkich Świętych 3-4"}).json()
    assert data["ok"] is True
    assert (data["latitude"], data["longitude"]) == (50.05967, 19.93775)


def test_someone_who_edits_no_place_cannot_use_the_button(client, django_user_model, fake_geocoder):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(username="gosc", password="x")  # noqa: S106
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(GEOCODE_URL, {"street": "ul. Gołębia"})
    assert response.status_code in (302, 403)  # Wagtail sends the refused back to the dashboard
    assert fake_geocoder.requests == []
