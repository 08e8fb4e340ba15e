import pytest

from tests.e2e.conftest import assert_no_serious_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_home_page_skip_link_navigation_and_accessibility(page, live_server, site_with_pages):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "pl"

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    assert_no_serious_axe_violations(page)

    page.get_by_role("navigation", name="Nawigacja główna").get_by_role(
        "link", name="O platformie"
    ).click()
    page.wait_for_url(live_server.url + "/o-platformie/")
    assert page.get_by_role("heading", level=1).inner_text() == "O platformie"
    breadcrumbs = page.get_by_role("navigation", name="Ścieżka nawigacji")
    assert breadcrumbs.get_by_role("link", name="Strona główna").is_visible()

    page.get_by_text("Metryczka").click()
    assert page.get_by_text("Liczba wersji").is_visible()
    assert_no_serious_axe_violations(page)


def test_layout_fits_a_360px_phone_with_a_working_menu(phone, live_server, site_with_pages):
    phone.goto(live_server.url + "/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    menu_button = phone.get_by_role("button", name="Menu")
    assert menu_button.get_attribute("aria-expanded") == "false"
    about = phone.get_by_role("link", name="O platformie")
    assert not about.is_visible()
    menu_button.click()
    assert menu_button.get_attribute("aria-expanded") == "true"
    about.click()
    phone.wait_for_url(live_server.url + "/o-platformie/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)
