"""Meetings of a consultation: the projects app's meetings, registration, .ics, free places,
e-mails and retention, under the consultation's page; the report's course from their
registrations; the upcoming meetings page, the project page and the feeds list them."""

from datetime import date, time, timedelta

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from consultations.selectors import consultation_report
from projects.models import Meeting, MeetingRegistration
from projects.services import anonymize_registrations, meeting_register
from tests.consultations.factories import (
    make_consultation,
    make_consultation_meeting,
    make_many_comments,
    make_units,
)
from tests.projects.factories import make_project, make_project_index, make_upcoming_meetings_page

pytestmark = pytest.mark.django_db


def register(meeting, email, organisation="Fundacja Alfa"):
    return meeting_register(
        meeting=meeting, name="Anna Nowak", organisation=organisation, email=email, consent=True
    )


def test_the_consultation_page_lists_its_meetings_with_registration_links(client, consultation):
    upcoming = make_consultation_meeting(
        consultation, topic="Spotkanie o programie", registration_open=True, capacity=20
    )
    make_consultation_meeting(consultation, days_ahead=-3, topic="Spotkanie minione")
    html = client.get(consultation.url).text
    assert "Spotkania konsultacyjne" in html
    assert "Spotkanie o programie" in html and "Spotkanie minione" in html
    assert f'href="{consultation.url}spotkania/{upcoming.pk}/"' in html
    assert "Potwierdź przybycie" in html and "zostało 20 miejsc" in html


def test_registering_for_a_consultation_meeting_goes_through_the_meetings_form(
    client, consultation, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = make_consultation_meeting(consultation, registration_open=True, capacity=2)
    url = f"{consultation.url}spotkania/{meeting.pk}/"
    page = client.get(url)
    assert page.status_code == 200 and '#bledy-formularza"' in page.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "name": "Anna Nowak",
                "organisation": "Fundacja Alfa",
                "email": "anna@example.org",
                "consent": "on",
            },
        )
    assert response.status_code == 302
    assert response["Location"].startswith(f"{consultation.url}spotkania/{meeting.pk}/potw")
    registration = MeetingRegistration.objects.get()
    assert registration.meeting == meeting and registration.project_title == consultation.title
    confirmation = client.get(response["Location"]).text
    assert f"Wróć do konsultacji „{consultation.title}”" in confirmation
    assert [message.to for message in mail.outbox] == [["anna@example.org"]]
    assert consultation.title in mail.outbox[0].body
    assert "zostało 1 miejsce" in client.get(consultation.url).text
    ics = client.get(f"{consultation.url}spotkania/{meeting.pk}/kalendarz/")
    assert ics["Content-Type"].startswith("text/calendar")
    assert f"meeting-{meeting.pk}@ngosite" in ics.content.decode()


def test_a_meeting_of_another_page_is_not_found_under_this_one(client, consultation_index):
    first = make_consultation(consultation_index, title="Pierwsze", slug="pierwsze")
    second = make_consultation(consultation_index, title="Drugie", slug="drugie")
    meeting = make_consultation_meeting(first)
    assert client.get(f"{second.url}spotkania/{meeting.pk}/").status_code == 404


def test_a_meeting_belongs_to_exactly_one_page(consultation, home_page):
    project = make_project(make_project_index(home_page))
    day = timezone.localdate()
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(date=day, topic="Obu", page=project, consultation=consultation)
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(date=day, topic="Niczyje")


def test_registration_needs_a_time_and_a_venue(consultation):
    from django.core.exceptions import ValidationError

    meeting = Meeting(consultation=consultation, date=date(2030, 1, 1), topic="Bez godziny")
    meeting.full_clean()  # a past meeting known only by its date is fine
    meeting.registration_open = True
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert set(error.value.message_dict) == {"start_time", "end_time", "venue", "address"}


def test_the_upcoming_meetings_page_shows_consultation_meetings_too(
    client, home_page, consultation
):
    page = make_upcoming_meetings_page(home_page)
    make_consultation_meeting(consultation, topic="Spotkanie konsultacji")
    make_consultation_meeting(consultation, days_ahead=-1, topic="Wczorajsze")
    html = client.get(page.url).text
    assert "Spotkanie konsultacji" in html and "Wczorajsze" not in html
    assert f'Konsultacja: <a href="{consultation.url}">' in html


def test_the_project_page_lists_the_meetings_of_the_consultations_it_runs(
    client, home_page, consultation
):
    project = make_project(make_project_index(home_page), title="Projekt konsultacji")
    consultation.project = project
    consultation.save_revision().publish()
    meeting = make_consultation_meeting(consultation, topic="Spotkanie z konsultacji")
    html = client.get(project.url).text
    assert "Spotkanie z konsultacji" in html
    assert f'href="{consultation.url}spotkania/{meeting.pk}/"' in html


def test_the_icalendar_feed_has_closing_times_and_meetings(client, consultation):
    timed = make_consultation_meeting(consultation, topic="Spotkanie z godziną")
    untimed = make_consultation_meeting(
        consultation,
        days_ahead=-30,
        topic="Spotkanie bez godziny",
        start_time=None,
        end_time=None,
        venue="",
        address="",
        room="",
    )
    index = consultation.get_parent()
    ics = client.get(index.url + "kalendarz/").content.decode().replace("\r\n ", "")
    assert ics.count("BEGIN:VEVENT") == 3
    assert f"UID:meeting-{timed.pk}@ngosite" in ics
    assert "SUMMARY:Spotkanie z godziną – " in ics
    day = untimed.date
    assert f"DTSTART;VALUE=DATE:{day:%Y%m%d}" in ics  # a whole day: no invented time
    assert f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}" in ics


def test_the_sitemap_lists_the_meeting_pages(client, consultation):
    meeting = make_consultation_meeting(consultation)
    assert f"{consultation.url}spotkania/{meeting.pk}/" in client.get("/sitemap.xml").text


def test_the_report_counts_participants_and_organisations_per_meeting_from_registrations(
    client, consultation_index
):
    page = make_consultation(consultation_index, opens_in_days=-30, closes_in_days=5)
    first = make_consultation_meeting(page, days_ahead=3, registration_open=True)
    second = make_consultation_meeting(page, days_ahead=4, registration_open=True)
    register(first, "a@example.org", "Fundacja Alfa")
    register(first, "b@example.org", "fundacja alfa")
    register(first, "c@example.org", "Stowarzyszenie Beta")
    register(second, "d@example.org", "Stowarzyszenie Beta")
    no_online = make_consultation_meeting(page, days_ahead=4, topic="Bez zapisów on-line")
    Meeting.objects.filter(pk__in=[first.pk, second.pk, no_online.pk]).update(
        date=timezone.localdate() - timedelta(days=2)
    )
    course = consultation_report(page=page).course
    by_pk = {meeting.pk: meeting for meeting in course.held}
    assert (by_pk[first.pk].participant_figure, by_pk[first.pk].organization_figure) == (3, 2)
    assert (by_pk[second.pk].participant_figure, by_pk[second.pk].organization_figure) == (1, 1)
    assert by_pk[no_online.pk].participant_figure is None
    assert (course.participants, course.organizations) == (4, 2)
    assert not course.totals_published


def test_a_report_with_published_totals_only_says_per_meeting_figures_are_not_published(
    client, consultation_index
):
    from consultations import services

    page = make_consultation(
        consultation_index,
        opens_in_days=-30,
        closes_in_days=-1,
        participants_count=94,
        organizations_count=72,
    )
    make_consultation_meeting(page, days_ahead=-20, topic="Kultura i sztuka")
    services.report_publish(page=page)
    html = client.get(page.url + "raport/").text
    assert "94 osoby" in html and "z 72 organizacji" in html
    assert "łączna liczba opublikowana" in html
    assert "Kultura i sztuka" in html and "nie opublikowano" in html
    assert "Liczby dla poszczególnych spotkań nie zostały opublikowane" in html


def test_retention_removes_registrants_data_of_consultation_meetings_and_keeps_counts(
    consultation, settings
):
    settings.MEETING_REGISTRATION_RETENTION_DAYS = 30
    meeting = make_consultation_meeting(consultation, registration_open=True)
    register(meeting, "a@example.org")
    Meeting.objects.filter(pk=meeting.pk).update(date=timezone.localdate() - timedelta(days=40))
    assert anonymize_registrations().registrations == 1
    registration = MeetingRegistration.objects.get()
    assert (registration.name, registration.email) == ("", "")
    assert registration.organisation == "Fundacja Alfa"


def test_the_page_editor_has_the_meetings_inline_with_the_map_picker(admin_client, consultation):
    html = admin_client.get(f"/admin/pages/{consultation.pk}/edit/").text
    assert 'name="meetings-TOTAL_FORMS"' in html
    assert "meetings-__prefix__-latitude" in html  # the venue's point, as a project's meeting


def test_an_editor_adds_a_meeting_to_a_consultation_as_to_a_project(admin_client, consultation):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    day = timezone.localdate() + timedelta(days=5)
    data = nested_form_data(
        {
            "title": consultation.title,
            "slug": consultation.slug,
            "intro": rich_text(""),
            "subject": consultation.subject,
            "document_title": consultation.document_title,
            "participants": consultation.participants,
            "responsible_unit": consultation.responsible_unit,
            "opens_at": timezone.localtime(consultation.opens_at).strftime("%Y-%m-%d %H:%M"),
            "closes_at": timezone.localtime(consultation.closes_at).strftime("%Y-%m-%d %H:%M"),
            "forms_of_consultation": consultation.forms_of_consultation,
            "privacy_notice": rich_text(""),
            "attachments": streamfield([]),
            "body": streamfield([]),
            "meetings": inline_formset(
                [
                    {
                        "date": day.isoformat(),
                        "start_time": "17:00",
                        "end_time": "19:00",
                        "topic": "Spotkanie dodane w edytorze",
                        "venue": "Centrum Obywatelskie",
                        "address": "ul. Reymonta 20",
                        "registration_open": "on",
                        "capacity": "30",
                    }
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{consultation.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    meeting = Meeting.objects.get(consultation=consultation)
    assert (meeting.topic, meeting.start_time, meeting.capacity) == (
        "Spotkanie dodane w edytorze",
        time(17),
        30,
    )
    assert meeting.page is None


@pytest.mark.parametrize("size", [(300, 1000)])
def test_meetings_keep_the_page_and_report_within_15_queries(
    client, consultation_index, size, django_assert_max_num_queries
):
    from consultations import services

    page = make_consultation(consultation_index, opens_in_days=-30, closes_in_days=-1)
    units = make_units(page, size[0])
    make_many_comments(page, units, size[1], position="accepted")
    for number in range(10):
        meeting = make_consultation_meeting(page, days_ahead=number - 5, registration_open=True)
        MeetingRegistration.objects.create(
            meeting=meeting, name="A", organisation=f"O{number}", email=f"{number}@example.org"
        )
    services.report_publish(page=page)
    for url in (page.url, page.url + "raport/"):
        client.get(url)
        with django_assert_max_num_queries(15, info=url):
            assert client.get(url).status_code == 200
