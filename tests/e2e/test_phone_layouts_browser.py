"""Phone layouts (360 px) in a real browser: the guide's contents collapsed under the title, and
the map page with its filters behind a button, a map/list switch and "add" near the top."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_serious_axe_violations
from tests.e2e.test_ngomap_browser import block_tiles, map_site  # noqa: F401 (fixture)
from tests.guidebook.factories import make_guide_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_guide_shows_the_title_first_and_the_contents_collapsed_under_it(
    phone, live_server, site_with_pages
):
    guide = make_guide_page(site_with_pages["home"], title="Przewodnik", slug="przewodnik")
    for number in range(12):
        make_guide_page(guide, title=f"Rozdział {number}", slug=f"rozdzial-{number}")
    phone.goto(live_server.url + guide.url)
    heading = phone.get_by_role("heading", level=1, name="Przewodnik")
    assert heading.bounding_box()["y"] < 300
    toc = phone.locator("details.guide-toc")
    expect(toc).not_to_have_attribute("open", "")
    assert not phone.get_by_role("link", name="Rozdział 11").is_visible()
    phone.get_by_text("Spis treści", exact=True).first.click()
    expect(phone.get_by_role("link", name="Rozdział 11")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)


def test_the_map_page_on_a_phone_collapses_filters_and_switches_between_map_and_list(
    phone,
    live_server,
    map_site,  # noqa: F811
):
    block_tiles(phone)
    phone.goto(live_server.url + "/mapa/")
    add = phone.get_by_role("link", name="Dodaj swoją organizację")
    assert add.bounding_box()["y"] < 740  # on the first screen
    # reached within a few Tab presses from the top of the content
    phone.locator("main").focus()
    for _ in range(3):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.textContent.trim()") == "Dodaj swoją organizację":
            break
    assert phone.evaluate("document.activeElement.textContent.trim()") == "Dodaj swoją organizację"

    toggle = phone.get_by_role("button", name="Filtry")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    assert not phone.locator("#id_q").is_visible()
    toggle.click()
    phone.locator("#id_q").fill("Zabłocie")
    phone.get_by_role("button", name="Pokaż organizacje").click()
    count = phone.locator("[data-ngomap-count]")
    expect(count).to_contain_text("2 organizacje")
    # after filtering the filters fold away and the count and the map are in view
    expect(toggle).to_have_attribute("aria-expanded", "false")
    assert 0 <= count.bounding_box()["y"] < 740
    assert phone.locator("#ngomap-map").is_visible()

    phone.get_by_role("button", name="Lista").click()
    expect(phone.get_by_role("link", name="Stowarzyszenie Zabłocie A")).to_be_visible()
    assert not phone.locator("#ngomap-map").is_visible()
    phone.get_by_role("button", name="Mapa").click()
    assert phone.locator("#ngomap-map").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)


def test_counts_on_the_map_use_polish_plural_forms(page, live_server, map_site):  # noqa: F811
    block_tiles(page)
    page.goto(live_server.url + "/mapa/")
    label = page.locator(".marker-cluster .visually-hidden").first
    label.wait_for(state="attached")
    assert label.inner_text() in {
        "2 organizacje tutaj; naciśnij Enter, aby przybliżyć",
        "3 organizacje tutaj; naciśnij Enter, aby przybliżyć",
        "5 organizacji tutaj; naciśnij Enter, aby przybliżyć",
    }
    forms = page.evaluate(
        """[1, 4, 5, 12, 22, 25].map(function (n) {
            return interpolate(ngettext("%s organization at this address",
                "%s organizations at this address", n), [n]);
        })"""
    )
    assert forms == [
        "1 organizacja pod tym adresem",
        "4 organizacje pod tym adresem",
        "5 organizacji pod tym adresem",
        "12 organizacji pod tym adresem",
        "22 organizacje pod tym adresem",
        "25 organizacji pod tym adresem",
    ]
