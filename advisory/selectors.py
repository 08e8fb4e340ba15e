"""Reads shared by the public flow, the service, the admin views and the commands."""

from datetime import datetime, time, timedelta

from django.db.models import Case, Count, DateTimeField, F, IntegerField, Q, Value, When
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.models import Site

from home.selectors import public_pages

from .models import AdvisoryPage, AvailabilityRule, Booking, BookingPolicy, Closure, Topic
from .slots import WARSAW, BusyData, ClosureData, RuleData, compute_free_slots


def booking_policy(*, site=None):
    """The booking policy of `site` (the default site if None); defaults when there is no site."""
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return BookingPolicy()
    return BookingPolicy.for_site(site)


def bookable_window(*, policy, now=None):
    """(earliest, latest) aware datetimes between which a slot may start."""
    now = now or timezone.now()
    return (
        now + timedelta(hours=policy.min_notice_hours),
        now + timedelta(weeks=policy.horizon_weeks),
    )


def topics_for_booking():
    return Topic.objects.filter(advisors__is_active=True).distinct().order_by("sort_order", "name")


def free_slots(*, topic, date_from, date_to, advisor_ids=None, policy=None, now=None):
    """Free slots of `topic` between two local dates, for some advisors (None: any).

    Three queries whatever the window: rules, closures, active bookings.
    """
    policy = policy or booking_policy()
    earliest, latest = bookable_window(policy=policy, now=now)
    rules = AvailabilityRule.objects.filter(advisor__is_active=True, advisor__topics=topic).filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=date_to),
        Q(valid_until__isnull=True) | Q(valid_until__gte=date_from),
    )
    if advisor_ids is not None:
        rules = rules.filter(advisor_id__in=advisor_ids)
    rule_data = [
        RuleData(
            advisor_id=r[0],
            weekday=r[1],
            start_time=r[2],
            end_time=r[3],
            slot_minutes=r[4],
            buffer_minutes=r[5],
            mode=r[6],
            place=r[7],
            valid_from=r[8],
            valid_until=r[9],
        )
        for r in rules.values_list(
            "advisor_id",
            "weekday",
            "start_time",
            "end_time",
            "slot_minutes",
            "buffer_minutes",
            "mode",
            "place",
            "valid_from",
            "valid_until",
        )
    ]
    if not rule_data:
        return []
    advisors = {rule.advisor_id for rule in rule_data}
    closures = [
        ClosureData(*row)
        for row in Closure.objects.filter(
            Q(advisor__isnull=True) | Q(advisor_id__in=advisors),
            start_date__lte=date_to,
            end_date__gte=date_from,
        ).values_list("advisor_id", "start_date", "end_date")
    ]
    # A day's margin on each side catches bookings whose buffers reach into the window.
    busy = [
        BusyData(*row)
        for row in Booking.objects.active()
        .filter(
            advisor_id__in=advisors,
            starts_at__lt=local_midnight(date_to + timedelta(days=2)),
            ends_at__gt=local_midnight(date_from - timedelta(days=1)),
        )
        .values_list("advisor_id", "starts_at", "ends_at")
    ]
    return compute_free_slots(
        rules=rule_data,
        closures=closures,
        busy=busy,
        date_from=date_from,
        date_to=date_to,
        earliest=earliest,
        latest=latest,
        min_minutes=topic.duration_minutes,
        modes=set(topic.modes),
    )


def local_midnight(day):
    return datetime.combine(day, time(0), tzinfo=WARSAW)


def nearest_free_slots(*, topic, after, advisor_ids=None, limit=5, policy=None, now=None):
    """The first `limit` free slots of `topic` from the local date of `after` on."""
    policy = policy or booking_policy()
    start_day = timezone.localtime(after, WARSAW).date()
    end_day = timezone.localtime(
        bookable_window(policy=policy, now=now)[1], WARSAW
    ).date() + timedelta(days=1)
    slots = free_slots(
        topic=topic,
        date_from=start_day,
        date_to=end_day,
        advisor_ids=advisor_ids,
        policy=policy,
        now=now,
    )
    return slots[:limit]


def bookings_for_user(*, user):
    return Booking.objects.for_user(user).select_related("advisor", "topic")


def bookings_between(*, user, start, end):
    return (
        bookings_for_user(user=user)
        .filter(starts_at__gte=start, starts_at__lt=end)
        .order_by("starts_at")
    )


# The bookings list's day filters: (first day from today, number of days), in Warsaw days.
BOOKING_PERIODS = {"today": (0, 1), "tomorrow": (1, 1), "week": (0, 7)}


def booking_period_bounds(*, period, now=None):
    """(start, end) of "today", "tomorrow" or "week" (today and the six days after) as aware
    datetimes at Europe/Warsaw midnights, whatever the server's or the user's time zone; a day
    with a daylight-saving change is 23 or 25 hours long. None for an unknown period."""
    if period not in BOOKING_PERIODS:
        return None
    first, days = BOOKING_PERIODS[period]
    today = timezone.localtime(now or timezone.now(), WARSAW).date()
    start = today + timedelta(days=first)
    return local_midnight(start), local_midnight(start + timedelta(days=days))


def bookings_upcoming_first(queryset, *, now=None):
    """`queryset` annotated so that ordering by UPCOMING_FIRST puts the bookings not yet over
    first, the nearest at the top, then the past ones, the most recent first. A consultation
    under way counts as upcoming: staff still need it in front of them."""
    now = now or timezone.now()
    over = Q(ends_at__lte=now)
    return queryset.annotate(
        is_past=Case(When(over, then=Value(1)), default=Value(0), output_field=IntegerField()),
        upcoming_start=Case(When(~over, then=F("starts_at")), output_field=DateTimeField()),
        past_start=Case(When(over, then=F("starts_at")), output_field=DateTimeField()),
    )


UPCOMING_FIRST = ("is_past", "upcoming_start", "-past_start")


def booking_statistics(*, date_from=None, date_to=None, advisor_id=None):
    """Bookings per topic per month and attendance: computed from fields anonymisation keeps.

    Limited to consultations starting between two local dates (both included; either may be
    None) and to one advisor (None: all)."""
    bookings = Booking.objects.all()
    if date_from is not None:
        bookings = bookings.filter(starts_at__gte=local_midnight(date_from))
    if date_to is not None:
        bookings = bookings.filter(starts_at__lt=local_midnight(date_to + timedelta(days=1)))
    if advisor_id is not None:
        bookings = bookings.filter(advisor_id=advisor_id)
    per_month = list(
        bookings.annotate(month=TruncMonth("starts_at", tzinfo=WARSAW))
        .values("month", "topic__name")
        .annotate(
            total=Count("id"),
            cancelled=Count("id", filter=Q(status=Booking.Status.CANCELLED)),
            attended=Count("id", filter=Q(status=Booking.Status.ATTENDED)),
            no_show=Count("id", filter=Q(status=Booking.Status.NO_SHOW)),
        )
        .order_by("-month", "topic__name")
    )
    totals = bookings.aggregate(
        total=Count("id"),
        attended=Count("id", filter=Q(status=Booking.Status.ATTENDED)),
        no_show=Count("id", filter=Q(status=Booking.Status.NO_SHOW)),
        cancelled=Count("id", filter=Q(status=Booking.Status.CANCELLED)),
    )
    settled = totals["attended"] + totals["no_show"]
    totals["attendance_rate"] = round(100 * totals["attended"] / settled, 1) if settled else None
    totals["no_show_rate"] = round(100 * totals["no_show"] / settled, 1) if settled else None
    return {"per_month": per_month, "totals": totals}


def advisory_page(*, parent=None):
    """The live advisory page (there is at most one), or None. Under `parent` (the home page
    section) it costs one query; otherwise view restrictions are checked too."""
    if parent is not None:
        return AdvisoryPage.objects.live().child_of(parent).first()
    return public_pages(AdvisoryPage.objects.live()).first()


def upcoming_days(*, user, now=None):
    """Today's and tomorrow's active consultations that `user` may see, in one query."""
    today = timezone.localtime(now or timezone.now(), WARSAW).date()
    bookings = list(
        bookings_between(
            user=user,
            start=local_midnight(today),
            end=local_midnight(today + timedelta(days=2)),
        ).exclude(status=Booking.Status.CANCELLED)
    )
    return [
        {
            "date": day,
            "bookings": [
                b for b in bookings if timezone.localtime(b.starts_at, WARSAW).date() == day
            ],
        }
        for day in (today, today + timedelta(days=1))
    ]
