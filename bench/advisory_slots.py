"""Free slots of 8 weeks for 10 advisors with 2,000 existing bookings: median time and queries.

Run: DJANGO_SETTINGS_MODULE=ngosite.settings.test .venv/bin/python bench/advisory_slots.py
Uses a throwaway SQLite file; target: median under 50 ms.
"""

import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DB = Path(tempfile.mkdtemp()) / "bench-advisory.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ngosite.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

ADVISORS = 10
BOOKINGS = 2000
WEEKS = 8
RUNS = 25


def build():
    from advisory.models import Advisor, AvailabilityRule, Booking, Topic
    from advisory.selectors import booking_policy, free_slots
    from advisory.slots import WARSAW

    topic = Topic.objects.create(name="Prawo", slug="prawo", duration_minutes=30)
    advisors = []
    for number in range(ADVISORS):
        advisor = Advisor.objects.create(name=f"Doradca {number}", email=f"d{number}@example.org")
        advisor.topics.add(topic)
        advisors.append(advisor)
        for weekday in range(5):
            AvailabilityRule.objects.create(
                advisor=advisor,
                weekday=weekday,
                start_time="08:00",
                end_time="18:00",
                slot_minutes=30,
                buffer_minutes=5,
                mode="in_person",
            )
    today = timezone.localdate()
    policy = booking_policy()
    policy.min_notice_hours = 0
    policy.horizon_weeks = WEEKS + 1
    # Bench data only: the bookings take the free slots directly (bulk), not one by one.
    slots = free_slots(
        topic=topic,
        date_from=today,
        date_to=today + timedelta(weeks=WEEKS),
        policy=policy,
    )
    step = max(len(slots) // BOOKINGS, 1)
    chosen = slots[::step][:BOOKINGS]
    Booking.objects.bulk_create(
        Booking(
            advisor_id=slot.advisor_id,
            topic=topic,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            mode=slot.mode,
            email=f"n{index}@example.org",
            secret=f"s{index}",
        )
        for index, slot in enumerate(chosen)
    )
    return topic, today, policy, WARSAW


def main():
    from advisory.selectors import free_slots

    call_command("migrate", verbosity=0)
    topic, today, policy, _zone = build()
    from advisory.models import Booking

    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            slots = free_slots(
                topic=topic,
                date_from=today,
                date_to=today + timedelta(weeks=WEEKS),
                policy=policy,
            )
        timings.append((time.perf_counter() - started) * 1000)
    median = statistics.median(timings)
    print(
        f"advisory_slots: {ADVISORS} advisors, {Booking.objects.count()} bookings, {WEEKS} weeks: "
        f"{len(slots)} free slots, median {median:.1f} ms (min {min(timings):.1f} ms, "
        f"max {max(timings):.1f} ms) over {RUNS} runs, {len(queries)} queries "
        f"[target < 50 ms: {'OK' if median < 50 else 'SLOW'}]"
    )
    DB.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
