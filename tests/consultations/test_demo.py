"""The demo consultations: the 2018 one as its report describes it, the open demo with a draft
and comments in every state; loading twice changes nothing."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from consultations.models import Comment, ConsultationPage, Submission
from projects.models import Meeting, MeetingRegistration

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_2018_consultation_is_closed_linked_and_keeps_the_29_05_note(client, demo):
    page = ConsultationPage.objects.get(slug="wieloletni-program-wspolpracy-2019-2022")
    warsaw = ZoneInfo("Europe/Warsaw")
    assert page.opens_at == datetime(2018, 5, 25, 0, 0, tzinfo=warsaw)
    assert page.closes_at.astimezone(warsaw).date().isoformat() == "2018-07-04"
    assert page.state == "closed"
    assert (page.participants_count, page.organizations_count) == (94, 72)
    assert page.project.title == "Więcej Pomysłów na Współpracę"
    assert page.report_news.slug == "raport-z-konsultacji-programu-2019-2022"
    html = client.get(page.url).text
    assert "Więcej Pomysłów na Współpracę" in html
    assert "Raport z konsultacji Wieloletniego Programu" in html


REPORT_DATES = [
    date(2018, 5, 25),
    date(2018, 6, 5),
    date(2018, 6, 6),
    date(2018, 6, 7),
    date(2018, 6, 11),
    date(2018, 6, 14),
    date(2018, 6, 15),
    date(2018, 6, 21),
    date(2018, 6, 22),
    date(2018, 6, 26),
    date(2018, 7, 4),
]


def test_the_2018_consultation_holds_the_reports_11_meetings_and_the_announced_29_05(client, demo):
    page = ConsultationPage.objects.get(slug="wieloletni-program-wspolpracy-2019-2022")
    meetings = list(Meeting.objects.filter(consultation=page).order_by("date"))
    assert [m.date for m in meetings] == sorted([*REPORT_DATES, date(2018, 5, 29)])
    assert all(m.is_past and m.page_id is None for m in meetings)
    # No duplicates anywhere: the project's five announced meetings are these rows.
    assert Meeting.objects.filter(date__year=2018).count() == 12
    by_date = {m.date: m for m in meetings}
    # Times and venues only where the project's published schedule gives them.
    assert (by_date[date(2018, 6, 5)].start_time, by_date[date(2018, 6, 5)].room) == (
        time(13),
        "sala 040",
    )
    for day in REPORT_DATES[4:]:
        assert by_date[day].start_time is None and by_date[day].venue == ""
    assert "lista spotkań w raporcie" in by_date[date(2018, 5, 29)].note
    html = client.get(page.url).text
    assert "Spotkania konsultacyjne" in html
    assert "Ochrona środowiska i ekologia" in html and "lista spotkań w raporcie" in html
    assert html.count("Źródła nie podają godziny ani miejsca spotkania.") == 7
    assert "Liczby uczestników poszczególnych spotkań nie zostały opublikowane" in html


def test_the_2018_report_shows_the_published_totals_and_no_per_meeting_figures(client, demo):
    from consultations import services

    page = ConsultationPage.objects.get(slug="wieloletni-program-wspolpracy-2019-2022")
    services.report_publish(page=page)
    html = client.get(page.url + "raport/").text
    assert "94 osoby" in html and "z 72 organizacji" in html
    assert "łączna liczba opublikowana" in html
    assert html.count("nie opublikowano") == 12
    assert "Liczby dla poszczególnych spotkań nie zostały opublikowane" in html


def test_an_earlier_demo_s_project_meetings_are_moved_not_duplicated(demo):
    """A database loaded before meetings could belong to a consultation holds the five
    announced ones on the project page (with whatever points to them): loading again moves
    those rows to the consultation and adds the others once."""
    page = ConsultationPage.objects.get(slug="wieloletni-program-wspolpracy-2019-2022")
    project = page.project.specific
    five = list(Meeting.objects.filter(consultation=page, start_time__isnull=False))
    Meeting.objects.filter(consultation=page, start_time__isnull=True).delete()
    Meeting.objects.filter(pk__in=[m.pk for m in five]).update(page=project, consultation=None)
    registration = MeetingRegistration.objects.create(
        meeting=five[0], name="", organisation="Fundacja", email="x@example.org"
    )
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Meeting.objects.filter(date__year=2018).count() == 12
    assert set(
        Meeting.objects.filter(consultation=page, start_time__isnull=False).values_list(
            "pk", flat=True
        )
    ) == {m.pk for m in five}
    assert not Meeting.objects.filter(page=project).exists()
    registration.refresh_from_db()
    assert registration.meeting.consultation_id == page.pk
    revisions = page.revisions.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert page.revisions.count() == revisions


def test_a_moved_meeting_s_old_address_under_the_project_redirects_to_the_consultation(
    client, demo
):
    page = ConsultationPage.objects.get(slug="wieloletni-program-wspolpracy-2019-2022")
    project = page.project.specific
    meeting = Meeting.objects.filter(consultation=page).first()
    old = project.url + project.reverse_subpage("meeting", kwargs={"meeting_id": meeting.pk})
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == page.meeting_url(meeting)
    assert client.get(response["Location"]).status_code == 200
    # A meeting that was never the project's is not found under it.
    missing = project.url + project.reverse_subpage("meeting", kwargs={"meeting_id": 999999})
    assert client.get(missing).status_code == 404


def test_the_open_demo_has_a_structured_draft_and_comments_in_every_state(client, demo):
    page = ConsultationPage.objects.get(slug="demo-roczny-program-wspolpracy")
    assert page.state == "open"
    assert "DEMO" in page.title
    assert page.units.filter(kind="chapter").count() >= 5
    assert page.units.count() >= 30
    assert Submission.objects.filter(consultation=page, confirmed_at__isnull=True).exists()
    positions = set(Comment.objects.filter(consultation=page).values_list("position", flat=True))
    assert set(Comment.Position.values) | {""} <= positions
    assert "Zgłoś uwagę" in client.get(page.url).text


def test_loading_the_demo_twice_changes_nothing(demo):
    counts = (ConsultationPage.objects.count(), Comment.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (ConsultationPage.objects.count(), Comment.objects.count()) == counts
