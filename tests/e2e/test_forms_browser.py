"""The form pattern in a real browser on a phone: after a failed submit the error summary takes
focus, each of its links moves focus to its field, and help text is announced with the field."""

import pytest

from tests.e2e.conftest import assert_no_serious_axe_violations
from tests.projects.factories import make_meeting, make_project, make_project_index

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def meeting(site_with_pages):
    project = make_project(make_project_index(site_with_pages["home"]), slug="forum")
    return make_meeting(project, topic="Spotkanie otwarte", registration_open=True, capacity=10)


def test_a_failed_registration_on_a_phone_focuses_the_summary_whose_links_reach_the_fields(
    phone, live_server, meeting
):
    phone.goto(live_server.url + meeting.page.meeting_url(meeting))
    phone.get_by_label("Imię i nazwisko").fill("Anna Nowak")
    phone.get_by_label("E-mail").fill("anna@")
    phone.get_by_label("Telefon").fill("xyz")
    phone.get_by_role("button", name="Potwierdź przybycie").click()

    summary = phone.locator("[data-error-summary]")
    summary.wait_for()
    phone.wait_for_function("document.activeElement.id === 'bledy-formularza'")
    assert summary.get_by_role("heading").inner_text().startswith("Formularz zawiera")
    # the summary is in view on a 740 px high screen, not two screens below
    box = summary.bounding_box()
    assert 0 <= box["y"] < 740

    links = summary.get_by_role("link")
    targets = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert "#id_email" in targets and "#id_phone" in targets and "#id_consent" in targets
    for index, target in enumerate(targets):
        links.nth(index).click()
        assert phone.evaluate("document.activeElement.id") == target[1:]

    # help text and error are tied to the phone input for screen readers
    described = phone.locator("#id_phone").get_attribute("aria-describedby").split()
    assert described == ["id_phone_helptext", "id_phone_error"]
    for element_id in described:
        assert phone.locator(f"#{element_id}").inner_text().strip()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)
