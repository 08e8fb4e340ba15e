"""Free slots of 8 weeks for 10 advisors with 2,000 existing bookings: median time, queries.

DJANGO_SETTINGS_MODULE=ngosite.settings.test .venv/bin/python bench/advisory_slots.py
Target: median under 50 ms, a constant 3 queries.
"""

from datetime import timedelta

from _setup import benchmark_database, count_queries, median_ms

ADVISORS = 10
BOOKINGS = 2000
WEEKS = 8


def build():
    from django.utils import timezone

    from advisory.models import Advisor, AvailabilityRule, Booking, Topic
    from advisory.selectors import booking_policy, free_slots

    topic = Topic.objects.create(name="Prawo", slug="prawo", duration_minutes=30)
    for number in range(ADVISORS):
        advisor = Advisor.objects.create(name=f"Doradca {number}", email=f"d{number}@example.org")
        advisor.topics.add(topic)
        AvailabilityRule.objects.bulk_create(
            AvailabilityRule(
                advisor=advisor,
                weekday=weekday,
                start_time="08:00",
                end_time="18:00",
                slot_minutes=30,
                buffer_minutes=5,
                mode="in_person",
            )
            for weekday in range(5)
        )
    today = timezone.localdate()
    policy = booking_policy()
    policy.min_notice_hours = 0
    policy.horizon_weeks = WEEKS + 1
    window = {"date_from": today, "date_to": today + timedelta(weeks=WEEKS)}
    # Benchmark data only: the bookings fill free slots in bulk rather than one by one.
    slots = free_slots(topic=topic, policy=policy, **window)
    step = max(len(slots) // BOOKINGS, 1)
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
        for index, slot in enumerate(slots[::step][:BOOKINGS])
    )
    return lambda: free_slots(topic=topic, policy=policy, **window)


def main():
    with benchmark_database():
        from advisory.models import Booking

        compute = build()
        free = len(compute())
        median = median_ms(compute, repeat=30)
        queries = count_queries(compute)
        print(
            f"advisory free slots: {ADVISORS} advisors, {Booking.objects.count()} bookings, "
            f"{WEEKS} weeks -> {free} free slots; median {median:.1f} ms, {queries} queries "
            f"(target < 50 ms: {'ok' if median < 50 else 'SLOW'})"
        )


if __name__ == "__main__":
    main()
