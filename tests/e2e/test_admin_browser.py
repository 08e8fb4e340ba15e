"""The Wagtail admin in a real browser: what editors type becomes what residents see."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_slug_made_from_a_polish_title_is_ascii(
    page, live_server, site_with_pages, django_user_model
):
    django_user_model.objects.create_superuser("redaktor", "r@example.org", "haslo-redaktora")
    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("redaktor")
    page.locator("#id_password").fill("haslo-redaktora")
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/")
    home = site_with_pages["home"]
    page.goto(live_server.url + f"/admin/pages/add/home/standardpage/{home.pk}/")
    page.locator("#id_title").press_sequentially("Nabór do Rady Działalności Pożytku Publicznego")
    page.keyboard.press("Tab")
    slug = page.locator("#id_slug")
    page.wait_for_function("document.getElementById('id_slug').value !== ''")
    assert slug.input_value() == "nabor-do-rady-dzialalnosci-pozytku-publicznego"
