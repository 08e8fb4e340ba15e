"""The map in a real browser: filters without and with JavaScript, the map following the list,
clusters opened by keyboard, the meeting-venue contract and axe-core. Tile requests are blocked
(there is no internet), the GeoJSON comes from the live server."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_serious_axe_violations
from tests.home.factories import make_home_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def map_site(fake_geocoder):
    # A transactional test starts from an empty database: load the reference data again.
    migration = importlib.import_module("ngomap.migrations.0002_reference_data_and_workflow")
    migration.load(apps, None)
    from tests.ngomap.factories import area, district, make_map_page, make_organization

    home = make_home_page()
    map_page = make_map_page(home)
    centre = [("50.0610", "19.9370"), ("50.0615", "19.9380"), ("50.0620", "19.9360")]
    for number, (lat, lng) in enumerate(centre):
        make_organization(
            name=f"Fundacja w centrum {number}",
            district=district(1),
            areas=[area("1")],
            latitude=Decimal(lat),
            longitude=Decimal(lng),
        )
    # Two organizations at one address open as one list.
    for name in ("Stowarzyszenie Zabłocie A", "Stowarzyszenie Zabłocie B"):
        make_organization(
            name=name,
            district=district(13),
            areas=[area("18")],
            latitude=Decimal("50.047360"),
            longitude=Decimal("19.961520"),
        )
    return map_page


def block_tiles(page):
    page.route("**/*tile*", lambda route: route.abort())


def loaded_count(page):
    return page.get_attribute("#ngomap-map", "data-loaded")


def test_filters_update_list_and_map_and_clusters_open_by_keyboard(page, live_server, map_site):
    block_tiles(page)
    page.goto(live_server.url + "/mapa/")
    page.wait_for_function("document.getElementById('ngomap-map').dataset.loaded === '5'")
    assert page.get_by_role("region", name="Mapa organizacji").is_visible()
    assert_no_serious_axe_violations(page)

    # Filter with JavaScript: the list and the map follow, the URL keeps the state.
    page.get_by_label("Dzielnica", exact=True).select_option("13")
    page.get_by_role("button", name="Pokaż organizacje").click()
    page.wait_for_function("document.getElementById('ngomap-map').dataset.loaded === '2'")
    assert "district=13" in page.url
    assert "Znaleziono 2 organizacje" in page.locator("[data-ngomap-announce]").inner_text()
    cards = page.locator(".ngomap-card h3")
    assert cards.all_inner_texts() == ["Stowarzyszenie Zabłocie A", "Stowarzyszenie Zabłocie B"]
    # Two organizations at one address: one marker, one popup listing both.
    marker = page.locator(".leaflet-marker-icon[title^='2 organizacje']")
    marker.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.get_by_role("link").count() == 2
    page.keyboard.press("Escape")

    # A card's "show on the map" button opens its marker.
    page.get_by_role("button", name="Pokaż na mapie: Stowarzyszenie Zabłocie B").click()
    page.locator(".leaflet-popup-content", has_text="Stowarzyszenie Zabłocie B").wait_for()

    # Back to every organization; the three central ones form a cluster, opened by keyboard.
    page.goto(live_server.url + "/mapa/")
    page.wait_for_function("document.getElementById('ngomap-map').dataset.loaded === '5'")
    # Once the fitting animation settles, the three central organizations form one cluster.
    expect(page.locator(".marker-cluster")).to_have_count(1)
    cluster = page.locator(".marker-cluster")
    assert "3 organizacje tutaj" in cluster.inner_text()
    zoom_before = page.evaluate("window.ngomap.map.getZoom()")
    cluster.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-marker-icon[title='Fundacja w centrum 0']").wait_for()
    assert page.evaluate("window.ngomap.map.getZoom()") > zoom_before
    # Focus moves to a marker of the opened cluster, so keyboard users can go on.
    page.wait_for_function("document.activeElement.classList.contains('leaflet-marker-icon')")
    assert_no_serious_axe_violations(page)


def test_the_list_filters_without_javascript(browser, live_server, map_site):
    context = browser.new_context(java_script_enabled=False, locale="pl-PL")
    page = context.new_page()
    try:
        page.goto(live_server.url + "/mapa/")
        assert page.locator(".ngomap-card").count() == 5
        assert not page.locator("#ngomap-map").is_visible()
        page.get_by_label("Dzielnica", exact=True).select_option("1")
        page.get_by_role("button", name="Pokaż organizacje").click()
        page.wait_for_url("**/mapa/?*district=1*")
        assert page.locator(".ngomap-card").count() == 3
    finally:
        context.close()


def test_the_map_centres_on_a_meeting_venue_with_a_label(page, live_server, map_site):
    block_tiles(page)
    page.goto(live_server.url + "/mapa/?lat=50.05967&lng=19.93775&zoom=17&label=Sala+obrad")
    page.locator(".ngomap-focus-marker").wait_for()
    assert page.evaluate("window.ngomap.map.getZoom()") == 17
    centre = page.evaluate("window.ngomap.map.getCenter()")
    assert abs(centre["lat"] - 50.05967) < 0.0005 and abs(centre["lng"] - 19.93775) < 0.0005
    assert page.locator(".leaflet-tooltip").inner_text() == "Sala obrad"


def test_beyond_the_limit_the_map_shows_server_clusters_of_its_view(
    page, live_server, map_site, settings
):
    settings.NGOMAP_MAX_FEATURES = 2
    settings.NGOMAP_MAX_VIEW_FEATURES = 2
    block_tiles(page)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(live_server.url + "/mapa/")
    cluster = page.get_by_role("button", name="3 organizacje tutaj; naciśnij Enter, aby przybliżyć")
    cluster.wait_for()
    assert any("bbox=" in url and "zoom=" in url for url in requests)
    zoom_before = page.evaluate("window.ngomap.map.getZoom()")
    cluster.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"window.ngomap.map.getZoom() > {zoom_before}")
    assert_no_serious_axe_violations(page)


def test_organization_page_and_add_form_are_accessible_and_fit_a_phone(
    phone, live_server, map_site
):
    block_tiles(phone)
    phone.goto(live_server.url + "/mapa/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.get_by_role("button", name="Lista").click()  # a phone shows the map or the list
    phone.get_by_role("link", name="Fundacja w centrum 0").click()
    phone.get_by_role("heading", level=1, name="Fundacja w centrum 0").wait_for()
    phone.locator("#ngomap-small-map.leaflet-container").wait_for()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)

    phone.goto(live_server.url + "/mapa/dodaj/")
    phone.get_by_label("Nazwa").fill("Fundacja z telefonu")
    phone.get_by_label("Numer KRS").fill("0000777777")
    phone.get_by_label("Kod pocztowy").fill("31007")
    phone.get_by_role("button", name="Wyślij do moderacji").click()
    assert phone.locator("#id_postcode_error").inner_text().startswith("Wpisz kod pocztowy")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)
