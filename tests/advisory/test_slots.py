"""Free slots: rules minus closures, holidays, bookings with buffers, notice and horizon, in
Europe/Warsaw across the daylight-saving changes. Pure functions: no database."""

from datetime import UTC, date, datetime, time, timedelta

from advisory.slots import (
    WARSAW,
    BusyData,
    ClosureData,
    RuleData,
    compute_free_slots,
    local_to_utc,
    polish_holidays,
)

EARLY = datetime(2000, 1, 1, tzinfo=UTC)
LATE = datetime(2100, 1, 1, tzinfo=UTC)


def rule(weekday, start="09:00", end="12:00", advisor_id=1, **fields):
    fields.setdefault("slot_minutes", 60)
    fields.setdefault("buffer_minutes", 15)
    fields.setdefault("mode", "in_person")
    return RuleData(
        advisor_id=advisor_id,
        weekday=weekday,
        start_time=time.fromisoformat(start),
        end_time=time.fromisoformat(end),
        **fields,
    )


def local_starts(slots):
    return [slot.starts_at.astimezone(WARSAW).strftime("%Y-%m-%d %H:%M") for slot in slots]


def compute(
    rules, *, day_from, day_to=None, closures=(), busy=(), earliest=EARLY, latest=LATE, **kwargs
):
    return compute_free_slots(
        rules=rules,
        closures=closures,
        busy=busy,
        date_from=day_from,
        date_to=day_to or day_from,
        earliest=earliest,
        latest=latest,
        **kwargs,
    )


def test_a_rule_is_cut_into_slots_with_a_break_after_each():
    slots = compute([rule(0, "09:00", "12:00")], day_from=date(2026, 11, 16))
    assert local_starts(slots) == ["2026-11-16 09:00", "2026-11-16 10:15"]
    assert slots[0].ends_at - slots[0].starts_at == timedelta(hours=1)


def test_a_nine_oclock_slot_stays_at_nine_local_across_the_autumn_change():
    """Summer time ends on 25 October 2026: 9:00 is 07:00 UTC before and 08:00 UTC after."""
    before = compute([rule(4, "09:00", "10:00")], day_from=date(2026, 10, 23))
    after = compute([rule(0, "09:00", "10:00")], day_from=date(2026, 10, 26))
    assert [s.starts_at for s in before] == [datetime(2026, 10, 23, 7, 0, tzinfo=UTC)]
    assert [s.starts_at for s in after] == [datetime(2026, 10, 26, 8, 0, tzinfo=UTC)]


def test_a_nine_oclock_slot_stays_at_nine_local_across_the_spring_change():
    """Summer time starts on 29 March 2026: 9:00 is 08:00 UTC before and 07:00 UTC after."""
    slots = compute(
        [rule(4, "09:00", "10:00"), rule(0, "09:00", "10:00")],
        day_from=date(2026, 3, 27),
        day_to=date(2026, 3, 30),
    )
    assert [s.starts_at for s in slots] == [
        datetime(2026, 3, 27, 8, 0, tzinfo=UTC),
        datetime(2026, 3, 30, 7, 0, tzinfo=UTC),
    ]
    assert local_starts(slots) == ["2026-03-27 09:00", "2026-03-30 09:00"]


def test_slots_on_the_change_days_themselves_keep_their_wall_clock_times_and_lengths():
    """On the Sunday of each change, slots keep local hours; the skipped hour is never offered."""
    spring = compute(
        [rule(6, "01:00", "05:00", slot_minutes=30, buffer_minutes=0)],
        day_from=date(2026, 3, 29),
    )
    starts = local_starts(spring)
    assert "2026-03-29 02:00" not in starts and "2026-03-29 02:30" not in starts
    assert "2026-03-29 03:00" in starts and "2026-03-29 01:00" in starts
    autumn = compute([rule(6, "09:00", "10:00")], day_from=date(2026, 10, 25))
    assert local_starts(autumn) == ["2026-10-25 09:00"]
    assert autumn[0].ends_at - autumn[0].starts_at == timedelta(hours=1)


def test_local_to_utc_rejects_a_time_in_the_spring_gap():
    assert local_to_utc(date(2026, 3, 29), time(2, 30)) is None
    assert local_to_utc(date(2026, 3, 29), time(3, 0)) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_polish_public_holidays_are_closed():
    """11 November (Independence Day) is a Wednesday in 2026; the Thursday after is open."""
    assert date(2026, 11, 11) in polish_holidays(date(2026, 11, 1), date(2026, 11, 30))
    slots = compute([rule(2), rule(3)], day_from=date(2026, 11, 11), day_to=date(2026, 11, 12))
    assert {s.local_start.date() for s in slots} == {date(2026, 11, 12)}


def test_a_closure_of_one_advisor_closes_only_their_slots():
    rules = [rule(0, advisor_id=1), rule(0, advisor_id=2)]
    closures = [
        ClosureData(advisor_id=1, start_date=date(2026, 11, 16), end_date=date(2026, 11, 16))
    ]
    slots = compute(rules, day_from=date(2026, 11, 16), closures=closures)
    assert {s.advisor_id for s in slots} == {2}


def test_a_closure_of_the_whole_point_closes_every_advisor_for_its_whole_range():
    rules = [rule(d, advisor_id=a) for d in range(5) for a in (1, 2)]
    closures = [
        ClosureData(advisor_id=None, start_date=date(2026, 11, 16), end_date=date(2026, 11, 18))
    ]
    slots = compute(
        rules, day_from=date(2026, 11, 16), day_to=date(2026, 11, 20), closures=closures
    )
    assert {s.local_start.date() for s in slots} == {date(2026, 11, 19), date(2026, 11, 20)}


def test_a_booking_and_the_breaks_around_it_block_the_slots_it_touches():
    """A booking 9:30–10:30 (made by staff off the grid) blocks 9:00 and 10:15."""
    day = date(2026, 11, 16)
    busy = [
        BusyData(
            1, datetime(2026, 11, 16, 8, 30, tzinfo=UTC), datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
        )
    ]
    slots = compute([rule(0, "09:00", "13:00")], day_from=day, busy=busy)
    assert local_starts(slots) == ["2026-11-16 11:30"]


def test_a_booking_that_ends_a_break_before_a_slot_leaves_it_free():
    day = date(2026, 11, 16)
    busy = [
        BusyData(
            1, datetime(2026, 11, 16, 8, 0, tzinfo=UTC), datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
        )
    ]
    slots = compute([rule(0, "09:00", "12:00")], day_from=day, busy=busy)
    assert local_starts(slots) == ["2026-11-16 10:15"]


def test_bookings_of_another_advisor_do_not_block():
    day = date(2026, 11, 16)
    busy = [
        BusyData(
            2, datetime(2026, 11, 16, 8, 0, tzinfo=UTC), datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
        )
    ]
    slots = compute([rule(0, "09:00", "12:00")], day_from=day, busy=busy)
    assert local_starts(slots) == ["2026-11-16 09:00", "2026-11-16 10:15"]


def test_minimum_notice_and_horizon_cut_the_window():
    rules = [rule(d) for d in range(5)]
    earliest = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)  # Monday 10:30 local
    latest = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # Wednesday 10:00 local
    slots = compute(
        rules,
        day_from=date(2026, 11, 16),
        day_to=date(2026, 11, 20),
        earliest=earliest,
        latest=latest,
    )
    assert local_starts(slots) == [
        "2026-11-17 09:00",
        "2026-11-17 10:15",
        "2026-11-18 09:00",
    ]


def test_rules_outside_their_validity_or_too_short_or_in_another_mode_are_ignored():
    day = date(2026, 11, 16)
    rules = [
        rule(0, "09:00", "10:00", valid_from=date(2026, 11, 17)),
        rule(0, "10:00", "11:00", valid_until=date(2026, 11, 15)),
        rule(0, "11:00", "12:00", slot_minutes=30, buffer_minutes=0),
        rule(0, "13:00", "14:00", mode="phone"),
        rule(0, "15:00", "16:00", mode="online"),
    ]
    slots = compute(rules, day_from=day, min_minutes=60, modes={"in_person", "online"})
    assert local_starts(slots) == ["2026-11-16 15:00"]
