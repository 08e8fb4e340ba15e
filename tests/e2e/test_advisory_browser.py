"""Book a consultation in the browser, cancel it by the link from the e-mail; axe on each step."""

import re
from urllib.parse import urlsplit

import pytest

from advisory.models import Booking
from home.models import OutboxEmail
from tests.advisory.factories import make_advisor, make_advisory_page, make_rule, make_topic
from tests.e2e.conftest import assert_no_serious_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def advisory(home_page):
    page = make_advisory_page(
        home_page, intro="<p>Bezpłatne konsultacje dla organizacji pozarządowych.</p>"
    )
    topic = make_topic(name="Prawo", slug="prawo", description="Statut, KRS, umowy.")
    advisor = make_advisor(name="Ewa Nowak", email="ewa@example.org", topics=[topic])
    make_rule(advisor, weekdays=range(7))
    return page


def test_booking_from_the_advisory_page_and_cancelling_by_the_emailed_link(
    page, live_server, advisory
):
    page.goto(live_server.url + advisory.url)
    assert_no_serious_axe_violations(page)

    page.get_by_role("link", name="Prawo").click()
    table = page.get_by_role("table")
    assert "Wolne terminy od" in table.locator("caption").inner_text()
    assert_no_serious_axe_violations(page)

    first_slot = page.locator("a.advisory-slot").first
    first_slot.click()
    page.wait_for_url(re.compile(r".*/rezerwacja/\?start=.*"))
    assert_no_serious_axe_violations(page)

    # An empty submit: Polish errors next to the fields, axe on the page with errors.
    page.get_by_role("button", name="Zarezerwuj konsultację").click()
    assert page.locator("#id_organization_name_error").inner_text() == (
        "Podaj nazwę organizacji lub inicjatywy."
    )
    assert_no_serious_axe_violations(page)

    page.get_by_label("Organizacja lub inicjatywa").fill("Fundacja Przykładowa")
    page.get_by_label("Imię i nazwisko").fill("Jan Kowalski")
    page.get_by_label("E-mail").fill("jan@example.org")
    page.get_by_label("Wyrażam zgodę").check()
    page.get_by_role("button", name="Zarezerwuj konsultację").click()
    page.wait_for_url(re.compile(r".*/potwierdzenie/.*"))
    assert page.get_by_role("heading", level=1).inner_text() == "Konsultacja zarezerwowana"
    assert_no_serious_axe_violations(page)

    booking = Booking.objects.get()
    email = OutboxEmail.objects.get(purpose=f"advisory:confirmation:{booking.pk}")
    assert email.attachments[0]["filename"].endswith(".ics")
    link = re.search(r"https?://\S+/odwolanie/\S+/", email.body_text).group(0)
    page.goto(live_server.url + urlsplit(link).path)
    assert page.get_by_text("Czy chcesz odwołać tę konsultację?").is_visible()
    assert_no_serious_axe_violations(page)

    page.get_by_role("button", name="Odwołaj konsultację").click()
    assert page.get_by_text("Konsultacja została odwołana.").is_visible()
    assert_no_serious_axe_violations(page)
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED

    page.goto(live_server.url + urlsplit(link).path)
    assert page.get_by_text("link został wykorzystany").is_visible()


def test_the_week_of_free_times_fits_a_360px_phone(phone, live_server, advisory):
    phone.goto(live_server.url + advisory.url + "temat/prawo/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert phone.locator("a.advisory-slot").first.is_visible()
    assert_no_serious_axe_violations(phone)
