"""The demo content of projects: the city's published facts (../shared/seeds/) with their
labels, nothing the sources do not say, and a demonstration project whose meetings always lie
ahead of the day `load_demo` runs."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from guidebook.models import GuidebookPage
from projects.demo import DEMO_SLUG
from projects.models import Meeting, ProjectPage
from projects.selectors import project_meetings
from tests.seed_facts import PROJECT_PAGES, assert_facts_in_seed, assert_page_shows

WARSAW = ZoneInfo("Europe/Warsaw")


def load_demo():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def demo(db):
    load_demo()


@pytest.mark.django_db
@pytest.mark.parametrize("key", sorted(PROJECT_PAGES))
def test_each_project_page_shows_the_sources_facts_with_their_labels(client, demo, key):
    page = PROJECT_PAGES[key]
    response = client.get(page.url)
    assert response.status_code == 200
    assert_page_shows(response.text, page)
    # With ../shared present, the copy of the facts is checked against the seed file itself.
    assert_facts_in_seed(page)


@pytest.mark.django_db
def test_figures_keep_their_own_labels(client, demo):
    """A number next to another figure's label is a different fact: 26 is the NGO
    representatives involved in creating the civic dialogue commissions, not meetings."""
    text = client.get(PROJECT_PAGES["krk"].url).text
    assert '26</span> <span class="figure__label">przedstawicieli NGO zaangażowano' in text
    assert '9</span> <span class="figure__label">uczestników KRDPP' in text


@pytest.mark.django_db
def test_projects_carry_only_the_roles_dates_and_statuses_the_sources_give(demo):
    wpnw = ProjectPage.objects.get(slug="wiecej-pomyslow-na-wspolprace")
    assert (wpnw.start_date, wpnw.end_date) == (date(2018, 4, 5), date(2018, 9, 17))
    assert [(p.partner.name, p.role) for p in wpnw.partners.all()] == [
        ("Fundacja Biuro Inicjatyw Społecznych", "implementer"),
        ("Federacja Małopolska Pozarządowa", "implementer"),
        ("Miejski Ośrodek Wspierania Inicjatyw Społecznych w Krakowie", "partner"),
    ]
    # Its announced meetings belong to the 2018 consultation it ran; its page lists them.
    assert not wpnw.meetings.exists()
    assert [m.date for m in project_meetings(project=wpnw)][:5] == [
        date(2018, 5, 25),
        date(2018, 5, 29),
        date(2018, 6, 5),
        date(2018, 6, 6),
        date(2018, 6, 7),
    ]
    koalicja = ProjectPage.objects.get(slug="koalicja-na-rzecz-sasiedztw")
    assert koalicja.status == "" and koalicja.start_date is None
    assert not koalicja.partners.exists()
    wip = ProjectPage.objects.get(slug="wip-wspolpraca-i-partycypacja")
    assert wip.is_archived
    assert [(p.partner.name, p.role) for p in wip.partners.all()] == [
        ("Fundacja Gospodarki i Administracji Publicznej", "implementer"),
        ("Gmina Miejska Kraków", "partner"),
    ]
    assert (wip.publishing_person, wip.publishing_body) == ("Sylwia Drożdż", "NGO")


@pytest.mark.django_db
def test_past_meetings_do_not_offer_add_to_calendar(client, demo):
    html = client.get(PROJECT_PAGES["wpnw"].url).text
    assert "Spotkanie odbyło się" in html
    assert "Dodaj do kalendarza" not in html
    meeting = Meeting.objects.get(date=date(2018, 5, 25))
    meeting_page = client.get(f"{meeting.parent_page.url}spotkania/{meeting.pk}/").text
    assert "To spotkanie już się odbyło." in meeting_page
    assert "Dodaj do kalendarza" not in meeting_page


@pytest.mark.django_db
def test_the_demo_project_is_marked_and_offers_upcoming_meetings(client, demo):
    upcoming = [m for m in Meeting.objects.all() if m.accepts_registrations]
    assert len(upcoming) == 2 and all("[DEMO]" in m.topic for m in upcoming)
    assert all(m.page.slug == DEMO_SLUG for m in upcoming)
    page_html = client.get(f"/projekty/{DEMO_SLUG}/").text
    assert "Treść demonstracyjna" in page_html and "projekt demonstracyjny" in page_html
    listing = client.get("/spotkania/").text
    assert "[DEMO] Program współpracy na kolejny rok" in listing
    assert "Dodaj do kalendarza" in listing


@pytest.mark.django_db
def test_demo_dates_count_from_the_day_load_demo_runs_even_in_2028(client, move_clock):
    """The suite must not fail once a fixed date has passed: with the clock in 2028 the demo
    still offers meetings ahead, a current demo news item, and free advisory times."""
    moment = datetime(2028, 3, 15, 9, 0, tzinfo=WARSAW)
    move_clock(moment)
    load_demo()

    upcoming = [m for m in Meeting.objects.all() if m.accepts_registrations]
    assert len(upcoming) == 2
    assert all(moment < m.starts_at < moment + timedelta(days=60) for m in upcoming)
    assert all(m.date.weekday() < 5 for m in upcoming)
    demo = ProjectPage.objects.get(slug=DEMO_SLUG)
    assert demo.start_date == date(2028, 3, 15) and demo.end_date > demo.start_date
    assert "[DEMO] Jak rozliczyć dotację" in client.get("/spotkania/").text

    from advisory.models import Booking, Closure, Topic
    from advisory.selectors import free_slots

    assert Booking.objects.filter(starts_at__gt=moment).count() == 3
    assert Closure.objects.get().start_date > moment.date()
    for topic in Topic.objects.all():
        assert free_slots(topic=topic, date_from=moment.date(), date_to=date(2028, 3, 29))


@pytest.mark.django_db
def test_a_later_load_moves_the_demo_meetings_and_a_second_changes_nothing(move_clock):
    """A database loaded long ago gets new demo meetings once its old ones are over; loading
    again the same day changes nothing."""
    load_demo()
    first = sorted(m.date for m in ProjectPage.objects.get(slug=DEMO_SLUG).meetings.all())

    moment = datetime(2028, 6, 1, 12, 0, tzinfo=WARSAW)
    move_clock(moment)
    load_demo()
    demo = ProjectPage.objects.get(slug=DEMO_SLUG)
    moved = sorted(m.date for m in demo.meetings.all())
    assert moved != first and all(day > moment.date() for day in moved)
    revisions = demo.revisions.count()

    load_demo()
    demo.refresh_from_db()
    assert sorted(m.date for m in demo.meetings.all()) == moved
    assert demo.revisions.count() == revisions


@pytest.mark.django_db
def test_the_guide_is_published_and_marked_as_demo_content(client, demo):
    guide = GuidebookPage.objects.get(slug="przewodnik")
    chapters = {page.title for page in guide.get_children()}
    assert chapters == {"Współpraca finansowa", "Współpraca pozafinansowa"}
    small_grants = client.get("/przewodnik/wspolpraca-finansowa/male-granty/").text
    assert "10 000 zł" in small_grants and "90 dni" in small_grants
    assert "Treść demonstracyjna" in small_grants
    for url in ("/", "/projekty/", "/aktualnosci/", "/przewodnik/", "/spotkania/"):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_a_database_with_the_earlier_wrong_facts_is_corrected_once(client):
    """Databases loaded by an earlier demo hold invented facts (26 as "meetings", the
    implementer of Koalicja); the next load corrects them, the one after changes nothing."""
    load_demo()
    krk = ProjectPage.objects.get(slug="krakow-rozwija-konsultacje-spoleczne")
    krk.body = [
        ("key_results", {"title": "Rezultaty", "figures": [{"number": "26", "label": "spotkań"}]})
    ]
    krk.funding_programme = "Program Operacyjny Kapitał Ludzki"
    krk.save_revision().publish()

    load_demo()
    assert_page_shows(client.get(PROJECT_PAGES["krk"].url).text, PROJECT_PAGES["krk"])
    revisions = ProjectPage.objects.get(pk=krk.pk).revisions.count()

    load_demo()
    assert ProjectPage.objects.get(pk=krk.pk).revisions.count() == revisions
