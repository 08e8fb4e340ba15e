"""The demo content of projects, news and the guide: the city's published facts, loaded once."""

from datetime import date

import pytest
from django.core.management import call_command

from guidebook.models import GuidebookPage
from news.models import NewsPage
from projects.models import Meeting, ProjectPage


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.django_db
def test_demo_has_the_four_projects_with_their_facts(client, demo):
    titles = set(ProjectPage.objects.values_list("title", flat=True))
    assert {
        "Więcej Pomysłów na Współpracę",
        "Kraków rozwija konsultacje społeczne",
        "Koalicja na rzecz sąsiedztw – budowanie kapitału współpracy",
        "WiP – Współpraca i partycypacja NGO w przestrzeni Gminy Miejskiej Kraków",
    } <= titles
    wpnw = ProjectPage.objects.get(slug="wiecej-pomyslow-na-wspolprace")
    assert (wpnw.start_date, wpnw.end_date) == (date(2018, 4, 5), date(2018, 9, 17))
    assert [m.date for m in wpnw.meetings.all()] == [
        date(2018, 5, 25),
        date(2018, 5, 29),
        date(2018, 6, 5),
        date(2018, 6, 6),
        date(2018, 6, 7),
    ]
    assert all(meeting.is_past for meeting in wpnw.meetings.all())
    wip = ProjectPage.objects.get(slug="wip-wspolpraca-i-partycypacja")
    assert wip.is_archived and "POKL.05.04.02-00-H12/13" in wip.funding_programme
    krk = client.get("/projekty/krakow-rozwija-konsultacje-spoleczne/").text
    for figure in ("57", "441", "37", "26", "9", "4%"):
        assert figure in krk
    koalicja = client.get("/projekty/koalicja-na-rzecz-sasiedztw/").text
    assert "Kraków i Wrocław" in koalicja and "Unia Europejska ani organ przyznający" in koalicja


@pytest.mark.django_db
def test_demo_offers_upcoming_meetings_to_register_for(client, demo):
    upcoming = [m for m in Meeting.objects.all() if m.accepts_registrations]
    assert upcoming and all("[DEMO]" in m.topic for m in upcoming)
    assert "[DEMO]" in client.get("/spotkania/").text


@pytest.mark.django_db
def test_demo_news_and_guide_are_published(client, demo):
    news = NewsPage.objects.get()
    html = client.get(news.url).text
    assert "94" in html and "72 organizacji" in html and "25 maja" in html
    guide = GuidebookPage.objects.get(slug="przewodnik")
    chapters = {page.title for page in guide.get_children()}
    assert chapters == {"Współpraca finansowa", "Współpraca pozafinansowa"}
    small_grants = client.get("/przewodnik/wspolpraca-finansowa/male-granty/").text
    assert "10 000 zł" in small_grants and "90 dni" in small_grants
    assert "Treść demonstracyjna" in small_grants
    for url in ("/", "/projekty/", "/aktualnosci/", "/przewodnik/", "/spotkania/"):
        assert client.get(url).status_code == 200
