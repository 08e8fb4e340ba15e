"""Small builders for the advisory point; tests call them instead of loading the demo."""

from datetime import date, time, timedelta

import holidays
from django.utils import timezone

from advisory.models import Advisor, AdvisoryPage, AvailabilityRule, Topic
from advisory.slots import WARSAW


def make_topic(**fields):
    fields.setdefault("name", "Prawo")
    fields.setdefault("slug", fields["name"].lower().replace(" ", "-"))
    fields.setdefault("duration_minutes", 60)
    return Topic.objects.create(**fields)


def make_advisor(*, topics=(), **fields):
    fields.setdefault("name", "Anna Doradczyni")
    fields.setdefault("email", "anna@example.org")
    advisor = Advisor.objects.create(**fields)
    advisor.topics.set(topics)
    return advisor


def make_rule(advisor, *, weekdays=range(5), start="09:00", end="17:00", **fields):
    """Weekly availability on `weekdays` (0 = Monday), 60-minute slots and 15-minute breaks."""
    fields.setdefault("slot_minutes", 60)
    fields.setdefault("buffer_minutes", 15)
    fields.setdefault("mode", "in_person")
    fields.setdefault("place", "ul. Przykładowa 1, pokój 2")
    return [
        AvailabilityRule.objects.create(
            advisor=advisor,
            weekday=weekday,
            start_time=time.fromisoformat(start),
            end_time=time.fromisoformat(end),
            **fields,
        )
        for weekday in weekdays
    ]


def make_advisory_page(home, **fields):
    fields.setdefault("title", "Punkt doradczy")
    fields.setdefault("slug", "punkt-doradczy")
    page = AdvisoryPage(**fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def next_working_day(*, after_days=3):
    """A Monday–Friday date at least `after_days` from today that is not a Polish holiday."""
    day = timezone.localdate() + timedelta(days=after_days)
    while day.weekday() >= 5 or day in holidays.Poland(years=day.year):
        day += timedelta(days=1)
    return day


def at(day: date, hour: int, minute: int = 0):
    """An aware datetime at a wall-clock time in Warsaw."""
    from datetime import datetime

    return datetime.combine(day, time(hour, minute), tzinfo=WARSAW)


def make_booking(*, topic, advisor, starts_at, minutes=20, **fields):
    """A booking at any time, also in the past, written directly: for the staff's lists and
    figures, which show what is stored. (Bookings people make go through booking_create.)"""
    from advisory.models import Booking

    fields.setdefault("organization_name", "Fundacja Przykładowa")
    fields.setdefault("contact_name", "Jan Kowalski")
    fields.setdefault("email", "jan@example.org")
    fields.setdefault("mode", "in_person")
    return Booking.objects.create(
        topic=topic,
        advisor=advisor,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        **fields,
    )
