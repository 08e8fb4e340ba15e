"""iCalendar (RFC 5545) files for meetings and consultations: one builder that every app calls."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone

WARSAW = ZoneInfo("Europe/Warsaw")
PRODUCT_ID = "-//Krakow dla NGO//ngosite//PL"


@dataclass
class CalendarEvent:
    uid: str
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    cancelled: bool = False
    sequence: int = 0
    all_day: bool = False  # the day of `start` only (times not known)


def calendar_bytes(events, *, method="PUBLISH"):
    """An iCalendar file with `events`, times in Europe/Warsaw with the zone's VTIMEZONE."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if method == "CANCEL" else method)
    stamp = timezone.now()
    for item in events:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        if item.all_day:
            day = timezone.localtime(item.start, WARSAW).date()
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
        else:
            event.add("dtstart", timezone.localtime(item.start, WARSAW))
            event.add("dtend", timezone.localtime(item.end, WARSAW))
        event.add("summary", item.summary)
        event.add("sequence", item.sequence)
        if item.description:
            event.add("description", item.description)
        if item.location:
            event.add("location", item.location)
        if item.url:
            event.add("url", item.url)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
