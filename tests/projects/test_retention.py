"""Registrations keep names, e-mails, phones and accessibility needs only until the meeting is
MEETING_REGISTRATION_RETENTION_DAYS past; then the personal data goes and the counts stay."""

from datetime import datetime, time, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from home.ical import WARSAW
from home.models import OutboxEmail
from projects.models import MeetingRegistration
from projects.selectors import project_meetings
from projects.services import anonymize_registrations, meeting_register, registration_email_purpose
from projects.tasks import anonymize_registrations as anonymize_task
from tests.projects.factories import make_meeting, make_registration

pytestmark = pytest.mark.django_db


def meeting_end(meeting):
    return timezone.make_aware(datetime.combine(meeting.date, meeting.end_time), WARSAW)


@pytest.fixture
def old_meeting(project):
    return make_meeting(project, days_ahead=-40, topic="Spotkanie sprzed 40 dni")


def test_personal_data_goes_after_the_retention_period_and_the_count_stays(
    project, old_meeting, settings
):
    settings.MEETING_REGISTRATION_RETENTION_DAYS = 30
    anna = make_registration(old_meeting, email="anna@example.org")
    make_registration(old_meeting, email="jan@example.org")
    recent = make_meeting(project, days_ahead=-5)
    kept = make_registration(recent, email="ewa@example.org")
    end = meeting_end(old_meeting)

    assert anonymize_registrations(now=end + timedelta(days=30, minutes=-1)).registrations == 0
    result = anonymize_registrations(now=end + timedelta(days=30))

    assert (result.registrations, result.meetings) == (2, 1)
    anna.refresh_from_db()
    assert (anna.name, anna.email, anna.phone, anna.accessibility_needs) == ("", "", "", "")
    assert anna.organisation == "Stowarzyszenie Sąsiedzi"
    assert anna.anonymized_at is not None
    kept.refresh_from_db()
    assert kept.email == "ewa@example.org" and kept.anonymized_at is None
    counts = {m.pk: m.registrations_total for m in project_meetings(project=project)}
    assert counts[old_meeting.pk] == 2 and counts[recent.pk] == 1
    # A second run finds nothing new.
    assert anonymize_registrations(now=end + timedelta(days=31)).registrations == 0


@pytest.mark.django_db(transaction=True)
def test_the_confirmation_email_goes_with_the_personal_data(project, settings):
    meeting = make_meeting(project, registration_open=True)
    with transaction.atomic():
        registration = meeting_register(
            meeting=meeting,
            name="Anna Nowak",
            organisation="Fundacja",
            email="anna@example.org",
            consent=True,
        )
    assert OutboxEmail.objects.filter(purpose=registration_email_purpose(registration.pk)).exists()

    anonymize_registrations(now=meeting_end(meeting) + timedelta(days=31))

    assert not OutboxEmail.objects.filter(
        purpose=registration_email_purpose(registration.pk)
    ).exists()
    assert MeetingRegistration.objects.get(pk=registration.pk).email == ""


def test_the_unique_email_rule_does_not_stop_anonymising_many_registrations(old_meeting):
    for number in range(3):
        make_registration(old_meeting, email=f"osoba{number}@example.org")
    assert anonymize_registrations().registrations == 3
    assert set(MeetingRegistration.objects.values_list("email", flat=True)) == {""}


def test_the_command_prints_a_summary(old_meeting, settings):
    settings.MEETING_REGISTRATION_RETENTION_DAYS = 30
    make_registration(old_meeting)
    make_registration(old_meeting)
    out = StringIO()
    call_command("anonymize_registrations", stdout=out)
    assert out.getvalue().strip() == (
        "Registrations anonymised: 2 at 1 meeting(s) that ended more than 30 days ago."
    )
    assert not MeetingRegistration.objects.exclude(name="").exists()
    assert MeetingRegistration.objects.filter(meeting=old_meeting).count() == 2


def test_the_task_removes_what_the_command_removes(old_meeting, settings):
    settings.MEETING_REGISTRATION_RETENTION_DAYS = 60
    make_registration(old_meeting)
    assert anonymize_task.enqueue().return_value == 0  # 40 days ago is within 60 days
    settings.MEETING_REGISTRATION_RETENTION_DAYS = 30
    assert anonymize_task.enqueue().return_value == 1
    assert MeetingRegistration.objects.get().phone == ""


def test_the_retention_counts_from_the_meetings_end_in_warsaw_time(project, settings):
    settings.MEETING_REGISTRATION_RETENTION_DAYS = 1
    meeting = make_meeting(project, days_ahead=-3, start_time=time(17), end_time=time(23, 30))
    make_registration(meeting)
    end = meeting_end(meeting)
    assert anonymize_registrations(now=end + timedelta(days=1, seconds=-1)).registrations == 0
    assert anonymize_registrations(now=end + timedelta(days=1)).registrations == 1
