"""booking_create: the one way to book; the policy, the database guards and the e-mails."""

from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import timezone

from advisory.models import Booking, Closure
from advisory.services import BookingLimitReached, SlotTaken, booking_create
from advisory.slots import WARSAW
from home.models import OutboxEmail
from tests.advisory.conftest import booking_data
from tests.advisory.factories import at, make_advisor, make_rule

pytestmark = pytest.mark.django_db


def book(topic, start, **fields):
    data = booking_data(**fields)
    advisor = data.pop("advisor", None)
    return booking_create(topic=topic, advisor=advisor, starts_at=start, **data)


def test_a_free_slot_is_booked_with_the_rule_mode_place_and_end(topic, advisor, day):
    booking = book(topic, at(day, 9), advisor=advisor)
    assert booking.status == Booking.Status.CONFIRMED
    assert booking.ends_at - booking.starts_at == timedelta(hours=1)
    assert booking.mode == "in_person"
    assert booking.place.startswith("ul. Przykładowa")
    assert booking.consent_at is not None
    assert booking.secret


def test_the_same_slot_cannot_be_booked_twice(topic, advisor, day):
    book(topic, at(day, 9), advisor=advisor)
    with pytest.raises(SlotTaken):
        book(topic, at(day, 9), advisor=advisor, email="other@example.org")
    assert Booking.objects.count() == 1


def test_a_cancelled_booking_frees_its_slot(topic, advisor, day):
    first = book(topic, at(day, 9), advisor=advisor)
    first.status = Booking.Status.CANCELLED
    first.save()
    second = book(topic, at(day, 9), advisor=advisor, email="other@example.org")
    assert second.pk != first.pk


def test_any_advisor_books_whoever_is_free_at_that_time(topic, advisor, day):
    other = make_advisor(name="Bartosz Doradca", email="b@example.org", topics=[topic])
    make_rule(other)
    first = book(topic, at(day, 9))
    second = book(topic, at(day, 9), email="other@example.org")
    assert {first.advisor_id, second.advisor_id} == {advisor.pk, other.pk}
    with pytest.raises(SlotTaken):
        book(topic, at(day, 9), email="third@example.org")


def test_slots_off_the_grid_closed_or_too_soon_are_refused(topic, advisor, day):
    with pytest.raises(SlotTaken):
        book(topic, at(day, 9, 30), advisor=advisor)
    Closure.objects.create(advisor=advisor, start_date=day, end_date=day, reason="urlop")
    with pytest.raises(SlotTaken):
        book(topic, at(day, 9), advisor=advisor)
    soon = timezone.localtime(timezone.now(), WARSAW) + timedelta(hours=2)
    with pytest.raises(SlotTaken):
        book(topic, soon.replace(minute=0, second=0, microsecond=0), advisor=advisor)


def test_slots_beyond_the_horizon_are_refused(topic, advisor):
    from tests.advisory.factories import next_working_day

    far = next_working_day(after_days=7 * 8 + 2)
    with pytest.raises(SlotTaken):
        book(topic, at(far, 9), advisor=advisor)


def test_staff_may_book_inside_the_minimum_notice(topic, advisor):
    from tests.advisory.factories import next_working_day

    tomorrow = next_working_day(after_days=1)
    now = at(tomorrow, 8)  # an hour before the slot
    booking = booking_create(
        topic=topic,
        advisor=advisor,
        starts_at=at(tomorrow, 9),
        by_staff=True,
        now=now,
        **booking_data(),
    )
    assert booking.pk


def test_one_email_holds_at_most_the_policy_number_of_upcoming_bookings(topic, advisor, day):
    book(topic, at(day, 9), advisor=advisor, email="Jan@Example.org")
    book(topic, at(day, 10, 15), advisor=advisor, email="jan@example.org")
    with pytest.raises(BookingLimitReached) as error:
        book(topic, at(day, 11, 30), advisor=advisor, email="jan@example.org ")
    assert error.value.field == "email"
    Booking.objects.filter(starts_at=at(day, 9)).update(status=Booking.Status.CANCELLED)
    assert book(topic, at(day, 11, 30), advisor=advisor, email="jan@example.org").pk


def test_the_database_forbids_an_overlapping_active_booking(topic, advisor, day):
    """Even written past the service, two active bookings of one advisor cannot overlap."""
    book(topic, at(day, 9), advisor=advisor)
    fields = {"advisor": advisor, "topic": topic, "mode": "in_person"}
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(starts_at=at(day, 9), ends_at=at(day, 10), **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(starts_at=at(day, 9, 30), ends_at=at(day, 10, 30), **fields)
    # Adjacent and cancelled bookings are allowed.
    Booking.objects.create(starts_at=at(day, 10), ends_at=at(day, 11), **fields)
    Booking.objects.create(
        starts_at=at(day, 9, 30), ends_at=at(day, 10, 30), status="cancelled", **fields
    )
    cancelled = Booking.objects.get(status="cancelled")
    cancelled.status = Booking.Status.CONFIRMED
    with pytest.raises(IntegrityError), transaction.atomic():
        cancelled.save()


def test_the_confirmation_has_a_valid_calendar_file_and_a_cancel_link(
    topic, advisor, day, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(topic, at(day, 9), advisor=advisor)
    to_person = next(m for m in mail.outbox if m.to == ["jan@example.org"])
    assert "/punkt-doradczy/odwolanie/" in to_person.body
    assert "Statut organizacji" in to_person.body
    name, content, mimetype = to_person.attachments[0]
    assert name.endswith(".ics") and mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(content)
    event = calendar.walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Warsaw"
    assert (start.hour, start.minute) == (9, 0)
    assert event.decoded("dtend") - start == timedelta(hours=1)
    assert str(event["uid"]) == f"advisory-booking-{booking.pk}@ngosite"
    assert calendar.walk("VTIMEZONE")
    to_advisor = next(m for m in mail.outbox if m.to == [advisor.email])
    assert "Fundacja Przykładowa" in to_advisor.body


@override_settings(EMAIL_BACKEND="tests.home.failing_mail_backend.EmailBackend")
def test_a_mail_failure_keeps_the_booking_and_leaves_the_email_pending(
    topic, advisor, day, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(topic, at(day, 9), advisor=advisor)
    assert Booking.objects.filter(pk=booking.pk).exists()
    pending = OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING)
    assert pending.count() == 2
    assert all(email.last_error for email in pending)


def test_a_booking_after_the_autumn_change_keeps_its_local_hour_end_to_end(
    topic, advisor, django_capture_on_commit_callbacks
):
    """Booked a week ahead across the change of 25 October 2026: still 9:00 in Warsaw."""
    from datetime import UTC, date, datetime

    from advisory.selectors import free_slots

    now = datetime(2026, 10, 21, 12, 0, tzinfo=UTC)
    monday = date(2026, 10, 26)
    slots = free_slots(topic=topic, date_from=monday, date_to=monday, now=now)
    assert slots[0].starts_at == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    with django_capture_on_commit_callbacks(execute=True):
        booking = booking_create(
            topic=topic, advisor=advisor, starts_at=slots[0].starts_at, now=now, **booking_data()
        )
    assert booking.starts_at.astimezone(WARSAW).hour == 9
    ics = next(m for m in mail.outbox if m.to == ["jan@example.org"]).attachments[0][1]
    assert "DTSTART;TZID=Europe/Warsaw:20261026T090000" in ics
