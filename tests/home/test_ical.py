from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar

from home.ical import CalendarEvent, calendar_bytes

WARSAW = ZoneInfo("Europe/Warsaw")


def test_calendar_file_parses_and_keeps_warsaw_time_across_dst():
    summer = CalendarEvent(
        uid="meeting-1@ngo.example.org",
        start=datetime(2026, 6, 5, 16, 0, tzinfo=WARSAW),
        end=datetime(2026, 6, 5, 18, 0, tzinfo=WARSAW),
        summary="Spotkanie konsultacyjne",
        location="al. Powstania Warszawskiego 10, Kraków",
    )
    winter = CalendarEvent(
        uid="meeting-2@ngo.example.org",
        start=datetime(2026, 12, 2, 9, 0, tzinfo=ZoneInfo("UTC")),
        end=datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo("UTC")),
        summary="Konsultacja",
    )
    data = calendar_bytes([summer, winter])

    parsed = icalendar.Calendar.from_ical(data)
    assert parsed["VERSION"] == "2.0"
    assert parsed["PRODID"]
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    events = parsed.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [summer.uid, winter.uid]
    assert events[0].decoded("DTSTART") == summer.start
    assert events[0].decoded("DTSTART").utcoffset().total_seconds() == 7200
    assert events[1].decoded("DTSTART").hour == 10  # 9:00 UTC is 10:00 in Kraków in winter
    assert str(events[0]["LOCATION"]) == summer.location
    assert b"DTSTART;TZID=Europe/Warsaw:20260605T160000" in data
    assert all("DTSTAMP" in e for e in events)
