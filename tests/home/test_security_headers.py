"""Headers every response carries: the Content-Security-Policy (stricter on public pages than in
the admin), the Permissions-Policy, and Cache-Control private on every page with a form."""

import pytest
from django.test import Client

from advisory.views import format_start
from tests.advisory.factories import (
    at,
    make_advisor,
    make_advisory_page,
    make_rule,
    make_topic,
    next_working_day,
)
from tests.home.factories import make_standard_page
from tests.ngomap.factories import make_map_page, make_organization
from tests.projects.factories import make_meeting, make_project, make_project_index


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


@pytest.mark.django_db
def test_public_pages_allow_no_inline_script_and_images_from_the_tile_server(client, home_page):
    make_map_page(home_page)
    for url in ["/", "/mapa/", "/szukaj/?q=x", "/nie-ma-takiej-strony/"]:
        response = client.get(url)
        directives = policy(response)
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
        assert "https://tile.openstreetmap.org" in directives["img-src"], url
        assert response["Permissions-Policy"].startswith("geolocation=(self), camera=()"), url


@pytest.mark.django_db
def test_the_tile_server_is_read_from_the_settings_at_call_time(client, home_page, settings):
    settings.LEAFLET_CONFIG = {
        **settings.LEAFLET_CONFIG,
        "TILES": [("Kafelki", "https://{s}.kafelki.krakow.example/{z}/{x}/{y}.png", {})],
    }
    settings.MEDIA_URL = "https://media.krakow.example/media/"
    directives = policy(client.get("/"))
    assert "https://*.kafelki.krakow.example" in directives["img-src"]
    assert "https://media.krakow.example" in directives["img-src"]
    assert "https://tile.openstreetmap.org" not in directives["img-src"]


@pytest.mark.django_db
def test_the_geojson_endpoint_and_exports_carry_the_policy_too(client, home_page):
    make_map_page(home_page)
    response = client.get("/api/mapa/organizacje.geojson")
    assert policy(response)["default-src"] == ["'self'"]
    assert "geolocation=(self)" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_the_admin_has_its_own_looser_policy_for_wagtails_inline_code(client):
    directives = policy(client.get("/admin/login/"))
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["frame-ancestors"] == ["'self'"]  # Wagtail's preview panel frames pages


@pytest.fixture
def pages(home_page):
    """One page of each kind, with and without a form."""
    map_page = make_map_page(home_page)
    organization = make_organization(name="Fundacja Nagłówki")
    project = make_project(make_project_index(home_page), title="Projekt", slug="projekt")
    meeting = make_meeting(project, registration_open=True, capacity=10)
    closed_meeting = make_meeting(project, registration_open=False, days_ahead=12)
    advisory = make_advisory_page(home_page)
    topic = make_topic(name="Prawo", slug="prawo")
    advisor = make_advisor(topics=[topic])
    make_rule(advisor)
    start = format_start(at(next_working_day(), 9))
    standard = make_standard_page(home_page, title="O nas", slug="o-nas")
    with_form = [
        f"{map_page.url}dodaj/",
        f"{map_page.url}organizacja/{organization.slug}/",
        f"{project.url}spotkania/{meeting.pk}/",
        f"{advisory.url}temat/{topic.slug}/rezerwacja/?start={start}",
    ]
    without_form = [
        "/",
        standard.url,
        map_page.url,
        project.url,
        f"{project.url}spotkania/{closed_meeting.pk}/",
        advisory.url,
        f"{advisory.url}temat/{topic.slug}/",
        "/szukaj/?q=fundacja",
    ]
    return with_form, without_form


def shared_cache_may_store(response):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return not directives & {"private", "no-store"}


@pytest.mark.django_db
def test_no_page_with_a_form_can_be_kept_by_a_shared_cache(client, pages):
    with_form, _ = pages
    for url in with_form:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "csrfmiddlewaretoken" in response.text, url
        assert not shared_cache_may_store(response), url


@pytest.mark.django_db
def test_pages_without_a_form_carry_no_token_and_set_no_cookie(client, pages):
    _, without_form = pages
    for url in without_form:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "csrfmiddlewaretoken" not in response.text, url
        assert not response.cookies, url
        assert shared_cache_may_store(response), url


@pytest.mark.django_db
def test_a_form_without_its_security_token_gets_a_polish_page_in_the_sites_layout(pages):
    with_form, _ = pages
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(with_form[2], {"name": "Anna"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>Nie udało się wysłać formularza</h1>" in html
    assert "Nic nie zostało zapisane. Wróć, odśwież stronę i wyślij formularz ponownie" in html
    assert 'class="site-header"' in html and '<html lang="pl">' in html
    assert "private" in response["Cache-Control"]
