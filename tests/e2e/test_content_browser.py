import pytest

from home.models import OutboxEmail
from projects.models import MeetingRegistration
from tests.e2e.conftest import assert_no_serious_axe_violations
from tests.guidebook.factories import make_guide_page
from tests.news.factories import make_news, make_news_index
from tests.projects.factories import make_meeting, make_project, make_project_index

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def content(site_with_pages):
    home = site_with_pages["home"]
    index = make_project_index(home, show_in_menus=True)
    project = make_project(
        index,
        title="Forum współpracy",
        slug="forum",
        status="ongoing",
        target_groups="Organizacje pozarządowe",
        body=[
            ("list_section", {"title": "Cele projektu", "items": ["Wspólny program."]}),
            (
                "key_results",
                {"title": "Rezultaty", "figures": [{"number": "441", "label": "opinii"}]},
            ),
        ],
    )
    meeting = make_meeting(project, topic="Spotkanie otwarte", registration_open=True, capacity=10)
    make_meeting(project, topic="Spotkanie z 2018 roku", days_ahead=-1000)
    news = make_news(make_news_index(home), title="Raport z konsultacji", projects=[project])
    guide = make_guide_page(
        home,
        title="Przewodnik",
        slug="przewodnik",
        body=[
            (
                "faq",
                {
                    "title": "Pytania",
                    "questions": [{"question": "Kto może?", "answer": "<p>Organizacje.</p>"}],
                },
            )
        ],
    )
    section = make_guide_page(guide, title="Małe granty", slug="male-granty")
    return {
        "project": project,
        "meeting": meeting,
        "news": news,
        "guide": guide,
        "section": section,
    }


def test_resident_registers_for_a_meeting_from_the_home_page(page, live_server, content):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Forum współpracy").first.click()
    page.wait_for_url(live_server.url + "/projekty/forum/")
    assert page.get_by_role("heading", level=1).inner_text() == "Forum współpracy"
    assert page.get_by_text("Spotkanie odbyło się").is_visible()
    assert_no_serious_axe_violations(page)

    page.get_by_role("link", name="Potwierdź przybycie").first.click()
    page.get_by_label("Imię i nazwisko").fill("Anna Nowak")
    page.get_by_label("Organizacja").fill("Fundacja Sąsiedzka")
    page.get_by_label("E-mail").fill("anna@example.org")
    page.get_by_label("Wyrażam zgodę").check()
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="Potwierdź przybycie").click()

    page.wait_for_url("**/potwierdzenie/#main")
    assert "Dziękujemy" in page.get_by_role("heading", level=1).inner_text()
    assert MeetingRegistration.objects.get().email == "anna@example.org"
    assert OutboxEmail.objects.get().to == ["anna@example.org"]


def test_news_and_guide_pages_pass_axe_and_the_faq_opens(page, live_server, content):
    page.goto(live_server.url + content["news"].url)
    assert page.get_by_role("heading", level=1).inner_text() == "Raport z konsultacji"
    assert_no_serious_axe_violations(page)

    page.goto(live_server.url + content["section"].url)
    toc = page.get_by_role("navigation", name="Spis treści")
    assert toc.locator("[aria-current=page]").inner_text() == "Małe granty"
    assert_no_serious_axe_violations(page)
    page.get_by_role("link", name="Poprzednia Przewodnik").click()
    page.wait_for_url(live_server.url + "/przewodnik/")
    answer = page.get_by_text("Organizacje.")
    assert not answer.is_visible()
    page.get_by_text("Kto może?").click()
    assert answer.is_visible()
    assert_no_serious_axe_violations(page)


def test_project_and_guide_fit_a_phone(phone, live_server, content):
    for url in (content["project"].url, content["section"].url):
        phone.goto(live_server.url + url)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)
