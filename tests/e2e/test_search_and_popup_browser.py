"""The site search and the map's popups in a real browser (issue 10, points 9, 10 and 19):
inflected forms find an organization and a page with their types, a marker's popup names the
organization, its address and areas with a link, axe-core finds nothing serious with the popup
open, and cluster labels count in Polish plural forms. Tile requests are blocked (there is no
internet); the GeoJSON comes from the live server."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_serious_axe_violations
from tests.home.factories import make_home_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ALONE = (Decimal("50.047360"), Decimal("19.961520"))  # Zabłocie, far from the groups below


@pytest.fixture
def portal(fake_geocoder):
    # A transactional test starts from an empty database: load the reference data again.
    migration = importlib.import_module("ngomap.migrations.0002_reference_data_and_workflow")
    migration.load(apps, None)
    from tests.news.factories import make_news, make_news_index
    from tests.ngomap.factories import area, district, make_map_page, make_organization

    home = make_home_page()
    map_page = make_map_page(home)
    make_news(
        make_news_index(home),
        title="Raport z konsultacji programu współpracy",
        slug="raport",
        intro="<p>Podsumowanie uwag zgłoszonych w konsultacjach.</p>",
    )
    make_organization(
        name="Zielone Podwórko",
        slug="zielone-podworko",
        description="Seniorzy i dzieci sadzą drzewa.",
        district=district(13),
        areas=[area("18"), area("16")],
        latitude=ALONE[0],
        longitude=ALONE[1],
    )
    # Two groups in the north-west and the north-east: four and five organizations close
    # together, which the map shows as two clusters.
    for count, (lat, lng) in ((4, ("50.0900", "19.8900")), (5, ("50.0900", "20.0300"))):
        for number in range(count):
            make_organization(
                name=f"Grupa {count} nr {number}",
                latitude=Decimal(lat) + Decimal(number) / 10000,
                longitude=Decimal(lng) + Decimal(number) / 10000,
            )
    return map_page


def block_tiles(page):
    page.route("**/*tile*", lambda route: route.abort())


def search_results(page):
    return page.locator(".search-result")


def test_search_finds_an_organization_and_a_page_by_inflected_forms(page, live_server, portal):
    page.goto(live_server.url + "/")
    page.get_by_role("searchbox", name="Szukaj w serwisie").fill("konsultacje")
    page.get_by_role("searchbox", name="Szukaj w serwisie").press("Enter")
    page.wait_for_url("**/szukaj/?q=konsultacje")
    report = search_results(page).filter(has_text="Raport z konsultacji programu współpracy")
    expect(report.locator(".search-result__type")).to_have_text("Aktualność")
    assert "Aktualności" in report.locator(".search-result__meta").inner_text()

    page.get_by_label("Czego szukasz?").fill("zielonego seniorów")
    page.get_by_label("Czego szukasz?").press("Enter")
    page.wait_for_url("**/szukaj/?q=zielonego+senior*")
    organization = search_results(page).filter(has_text="Zielone Podwórko")
    expect(organization.locator(".search-result__type")).to_have_text("Organizacja")
    assert "Mapa organizacji" in organization.locator(".search-result__meta").inner_text()
    assert "Dzielnica XIII Podgórze" in organization.inner_text()
    assert_no_serious_axe_violations(page)
    organization.get_by_role("link", name="Zielone Podwórko").click()
    page.get_by_role("heading", level=1, name="Zielone Podwórko").wait_for()

    page.goto(live_server.url + "/szukaj/?q=xyzzy")
    expect(page.get_by_role("status")).to_contain_text("Nie znaleziono nic dla „xyzzy”.")
    assert_no_serious_axe_violations(page)


def test_a_marker_popup_names_the_organization_its_address_and_areas(page, live_server, portal):
    block_tiles(page)
    page.goto(live_server.url + "/mapa/")
    page.wait_for_function("() => document.getElementById('ngomap-map').dataset.loaded === '10'")
    # Zoomed in on the lone organization, its marker stands unclustered.
    page.evaluate(f"window.ngomap.map.setView([{ALONE[0]}, {ALONE[1]}], 17, {{animate: false}})")
    marker = page.locator(".leaflet-marker-icon[title='Zielone Podwórko']")
    marker.click()
    popup = page.locator(".leaflet-popup-content .ngomap-popup")
    popup.wait_for()
    link = popup.get_by_role("link", name="Zielone Podwórko")
    assert link.get_attribute("href") == "/mapa/organizacja/zielone-podworko/"
    expect(popup.locator(".ngomap-popup__address")).to_have_text("ul. Gołębia 24")
    areas = popup.locator(".ngomap-popup__areas").inner_text()
    assert areas.startswith("Obszary działalności:")
    assert "Ekologia i ochrona zwierząt" in areas and "Kultura, sztuka, dziedzictwo" in areas
    # With the popup open: nothing serious, the link's contrast included.
    assert_no_serious_axe_violations(page)
    link.click()
    page.get_by_role("heading", level=1, name="Zielone Podwórko").wait_for()


def test_cluster_labels_count_in_polish_plural_forms(page, live_server, portal):
    block_tiles(page)
    page.goto(live_server.url + "/mapa/")
    page.wait_for_function("() => document.getElementById('ngomap-map').dataset.loaded === '10'")
    page.evaluate("window.ngomap.map.setView([50.09, 19.96], 12, {animate: false})")
    four = page.get_by_role("button", name="4 organizacje tutaj; naciśnij Enter, aby przybliżyć")
    five = page.get_by_role("button", name="5 organizacji tutaj; naciśnij Enter, aby przybliżyć")
    four.wait_for()
    five.wait_for()
    assert four.inner_text().strip().startswith("4")
    assert_no_serious_axe_violations(page)
