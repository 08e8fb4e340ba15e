"""The shared place map in the admin, in a real browser: a meeting's venue on a project page gets
the organization's map and "find the address" button, for the saved meetings and for one added
on the page. Tile requests are blocked (no internet); the fake geocoder answers."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from tests.home.factories import make_home_page
from tests.projects.factories import make_meeting, make_project, make_project_index

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def logged_in_page(page, live_server, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x")  # noqa: S106
    client = Client()
    client.force_login(admin)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.route("**/*tile*", lambda route: route.abort())
    return page


def test_a_meeting_venue_is_found_on_the_map_from_its_address(
    logged_in_page, live_server, fake_geocoder
):
    page = logged_in_page
    project = make_project(make_project_index(make_home_page()))
    make_meeting(project, address="pl. Wszystkich Świętych 3-4")

    page.goto(f"{live_server.url}/admin/pages/{project.pk}/edit/")
    venue = page.locator("[data-place-map='id_meetings-0-latitude']")
    expect(venue).to_have_attribute("data-ready", "1")
    venue.get_by_role("button", name="Znajdź teraz adres na mapie").click()

    expect(page.locator("#id_meetings-0-latitude")).to_have_value("50.059670")
    expect(page.locator("#id_meetings-0-longitude")).to_have_value("19.937750")
    expect(venue.get_by_role("status")).to_contain_text("Pałac Wielopolskich")
    expect(venue.locator(".leaflet-marker-icon")).to_have_count(1)


def test_a_meeting_added_on_the_page_gets_its_own_map(logged_in_page, live_server):
    page = logged_in_page
    project = make_project(make_project_index(make_home_page()))

    page.goto(f"{live_server.url}/admin/pages/{project.pk}/edit/")
    page.get_by_role("button", name="Dodaj spotkanie").click()
    added = page.locator("[data-place-map='id_meetings-0-latitude']")
    expect(added).to_have_attribute("data-ready", "1")
    expect(added.locator(".leaflet-container")).to_have_count(1)
