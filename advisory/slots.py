"""Free consultation slots, computed in memory from plain data (no database access here).

`advisory.selectors.free_slots` loads the rules, closures and bookings of a window in a constant
number of queries and calls `compute_free_slots`. Times are built as local wall-clock times in
Europe/Warsaw and converted to UTC, so a 9:00 slot stays at 9:00 on both sides of a
daylight-saving change; a wall-clock time that does not exist (the skipped hour) is never offered.
"""

from bisect import bisect_left
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

import holidays

WARSAW = ZoneInfo("Europe/Warsaw")


@dataclass(frozen=True)
class RuleData:
    advisor_id: int
    weekday: int
    start_time: time
    end_time: time
    slot_minutes: int
    buffer_minutes: int
    mode: str
    place: str = ""
    valid_from: date | None = None
    valid_until: date | None = None


@dataclass(frozen=True)
class ClosureData:
    advisor_id: int | None  # None: the whole point
    start_date: date
    end_date: date


@dataclass(frozen=True)
class BusyData:
    advisor_id: int
    starts_at: datetime
    ends_at: datetime


class Slot(NamedTuple):
    """A free slot; a tuple, so that thousands are cheap to build and sort (start, then advisor)."""

    starts_at: datetime  # aware, UTC
    ends_at: datetime
    advisor_id: int
    mode: str
    place: str = ""

    @property
    def local_start(self):
        return self.starts_at.astimezone(WARSAW)

    @property
    def local_end(self):
        return self.ends_at.astimezone(WARSAW)


@lru_cache(maxsize=32)
def _holidays_of_year(year):
    return frozenset(holidays.Poland(years=year).keys())


def polish_holidays(date_from, date_to):
    """The Polish public holidays between the two dates (inclusive)."""
    days = set()
    for year in range(date_from.year, date_to.year + 1):
        days |= {day for day in _holidays_of_year(year) if date_from <= day <= date_to}
    return days


def local_to_utc(day, wall_time):
    """The UTC instant of a wall-clock time in Warsaw, or None if that time does not exist."""
    local = datetime.combine(day, wall_time, tzinfo=WARSAW)
    instant = local.astimezone(UTC)
    # A time inside the spring-forward gap does not survive the round trip.
    if instant.astimezone(WARSAW).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return instant


def _closed_days(closures, date_from, date_to):
    """{advisor_id or None: set of dates} restricted to the window."""
    closed = {}
    for closure in closures:
        start = max(closure.start_date, date_from)
        end = min(closure.end_date, date_to)
        days = closed.setdefault(closure.advisor_id, set())
        while start <= end:
            days.add(start)
            start += timedelta(days=1)
    return closed


def compute_free_slots(
    *,
    rules,
    closures,
    busy,
    date_from,
    date_to,
    earliest,
    latest,
    min_minutes=0,
    modes=None,
):
    """The free slots between two local dates (inclusive), sorted by start then advisor.

    - `rules`: RuleData; each is cut into slots of `slot_minutes` with `buffer_minutes` after each;
      rules whose slots are shorter than `min_minutes` (the topic's duration) or whose mode is not
      in `modes` are ignored.
    - `closures`: ClosureData; holidays are added here, from the `holidays` package.
    - `busy`: BusyData of active bookings; a slot is free when it and its buffer do not overlap
      a booking and that booking's buffer.
    - `earliest` / `latest`: aware datetimes from the booking policy (minimum notice, horizon).
    """
    closed = _closed_days(closures, date_from, date_to)
    closed_everywhere = closed.get(None, set()) | polish_holidays(date_from, date_to)

    busy_by_advisor = {}
    for item in sorted(busy, key=lambda b: b.starts_at):
        starts, ends = busy_by_advisor.setdefault(item.advisor_id, ([], []))
        starts.append(item.starts_at)
        ends.append(item.ends_at)

    rules_by_weekday = {}
    for rule in rules:
        if rule.slot_minutes < min_minutes or (modes is not None and rule.mode not in modes):
            continue
        rules_by_weekday.setdefault(rule.weekday, []).append((rule, _grid(rule)))

    free = []
    day = date_from
    while day <= date_to:
        day_rules = rules_by_weekday.get(day.weekday(), ())
        if day_rules and day not in closed_everywhere:
            offset = _steady_offset(day)
            midnight = datetime.combine(day, time(0), tzinfo=UTC) - offset if offset else None
            for rule, grid in day_rules:
                if (rule.valid_from and day < rule.valid_from) or (
                    rule.valid_until and day > rule.valid_until
                ):
                    continue
                if day in closed.get(rule.advisor_id, ()):
                    continue
                free.extend(
                    _rule_slots(rule, grid, day, midnight, busy_by_advisor, earliest, latest)
                )
        day += timedelta(days=1)
    free.sort()
    return free


def _grid(rule):
    """The rule's slots as (start, end) offsets from local midnight, the same every day."""
    length = timedelta(minutes=rule.slot_minutes)
    step = length + timedelta(minutes=rule.buffer_minutes)
    cursor = timedelta(hours=rule.start_time.hour, minutes=rule.start_time.minute)
    last_end = timedelta(hours=rule.end_time.hour, minutes=rule.end_time.minute)
    grid = []
    while cursor + length <= last_end:
        grid.append((cursor, cursor + length))
        cursor += step
    return grid


def _steady_offset(day):
    """Warsaw's UTC offset on `day`, or None on the two days a year when it changes."""
    first = datetime.combine(day, time(0), tzinfo=WARSAW).utcoffset()
    last = datetime.combine(day, time(23, 59), tzinfo=WARSAW).utcoffset()
    return first if first == last else None


def _rule_slots(rule, grid, day, midnight, busy_by_advisor, earliest, latest):
    buffer = timedelta(minutes=rule.buffer_minutes)
    starts, ends = busy_by_advisor.get(rule.advisor_id, ((), ()))
    for start_offset, end_offset in grid:
        if midnight is not None:
            start, end = midnight + start_offset, midnight + end_offset
        else:
            # A daylight-saving change day: convert each wall-clock time on its own.
            local_midnight = datetime.combine(day, time(0))
            start = local_to_utc(day, (local_midnight + start_offset).time())
            end = local_to_utc(day, (local_midnight + end_offset).time())
            if start is None or end is None:
                continue
        if start < earliest or start > latest:
            continue
        if starts:
            # Bookings of one advisor never overlap, so the last one starting before this slot's
            # end (plus buffer) is the only one that can reach into it.
            index = bisect_left(starts, end + buffer) - 1
            if index >= 0 and ends[index] + buffer > start:
                continue
        yield Slot(start, end, rule.advisor_id, rule.mode, rule.place)


def week_start(day):
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())
