"""Reminders the day before (once), anonymisation past retention, statistics that survive it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command

from advisory.models import Booking, BookingPolicy
from advisory.selectors import booking_statistics
from advisory.services import anonymize_bookings, booking_create, send_booking_reminders
from home.models import OutboxEmail
from tests.advisory.conftest import booking_data
from tests.advisory.factories import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def booking(topic, advisor, day, home_page):
    return booking_create(topic=topic, advisor=advisor, starts_at=at(day, 9), **booking_data())


def test_one_reminder_is_sent_the_day_before_and_never_twice(
    booking, day, django_capture_on_commit_callbacks
):
    the_day_before = at(day - timedelta(days=1), 7)
    assert send_booking_reminders(now=the_day_before - timedelta(days=1)) == 0
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_booking_reminders(now=the_day_before) == 1
    assert send_booking_reminders(now=the_day_before + timedelta(hours=5)) == 0
    assert [m.to for m in mail.outbox] == [["jan@example.org"]]
    assert mail.outbox[0].subject.startswith("Przypomnienie")
    booking.refresh_from_db()
    assert booking.reminder_sent_at == the_day_before


def test_cancelled_bookings_get_no_reminder(booking, day):
    Booking.objects.filter(pk=booking.pk).update(status=Booking.Status.CANCELLED)
    assert send_booking_reminders(now=at(day - timedelta(days=1), 7)) == 0


def test_the_reminder_command_runs(booking, capsys):
    call_command("send_booking_reminders")
    assert "Reminders queued" in capsys.readouterr().out


def test_personal_data_past_retention_is_removed_and_statistics_stay(booking, day, home_page):
    policy = BookingPolicy.for_site(home_page.get_site())
    policy.retention_days = 30
    policy.save()
    Booking.objects.filter(pk=booking.pk).update(status=Booking.Status.ATTENDED)
    before = booking_statistics()
    assert anonymize_bookings(now=at(day, 12) + timedelta(days=29)) == 0
    assert anonymize_bookings(now=at(day, 12) + timedelta(days=31)) == 1
    booking.refresh_from_db()
    assert booking.email == booking.contact_name == booking.organization_name == ""
    assert booking.question == booking.secret == ""
    assert booking.anonymized_at is not None
    assert booking.topic.slug == "prawo" and booking.status == Booking.Status.ATTENDED
    assert not OutboxEmail.objects.filter(purpose__endswith=f":{booking.pk}").exists()
    assert booking_statistics() == before
    assert before["totals"]["attendance_rate"] == 100.0


def test_the_anonymise_command_runs(booking, capsys):
    call_command("anonymize_bookings")
    assert "Bookings anonymised: 0" in capsys.readouterr().out


def test_the_reminder_task_sends_what_the_command_sends(booking, day):
    from advisory.tasks import send_booking_reminders as reminder_task

    result = reminder_task.enqueue()
    assert result.return_value == 0  # today is never the day before `day` (three days ahead)
    Booking.objects.filter(pk=booking.pk).update(reminder_sent_at=None)
    assert send_booking_reminders(now=at(day - timedelta(days=1), 7)) == 1
