"""The public booking flow (routes of AdvisoryPage) and the cancel link. Views stay thin."""

from datetime import UTC, timedelta

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from home.inputs import parse_date, parse_datetime, query_int
from home.ratelimit import form_counters, submission_count, submission_refusal

from . import selectors, services
from .forms import BookingForm, applicant_data
from .models import BookingPolicy, Mode
from .slots import WARSAW, week_start

START_FORMAT = "%Y%m%dT%H%M%SZ"


def format_start(moment):
    return moment.astimezone(UTC).strftime(START_FORMAT)


def parse_start(value):
    """The slot start of a link, or None when it is malformed or out of any sensible range."""
    return parse_datetime(value, START_FORMAT)


def _advisor_choice(request, topic):
    """The advisor chosen in the query string among the topic's active advisors (None: any)."""
    advisors = list(topic.advisors.filter(is_active=True).order_by("name"))
    advisor_id = query_int(request.GET, "advisor", minimum=1)
    chosen = next((a for a in advisors if a.pk == advisor_id), None)
    return advisors, chosen


def _get_topic(slug):
    return get_object_or_404(selectors.topics_for_booking(), slug=slug)


def topic_list(request, *, page):
    topics = list(selectors.topics_for_booking())
    for topic in topics:
        topic.booking_url = page.url + page.reverse_subpage("topic_slots", args=[topic.slug])
    return page.render(
        request, template="advisory/advisory_page.html", context_overrides={"topics": topics}
    )


def topic_slots(request, *, page, topic_slug):
    """A week of free slots of one topic, as a table; advisor and week come from GET."""
    topic = _get_topic(topic_slug)
    advisors, chosen = _advisor_choice(request, topic)
    policy = BookingPolicy.for_request(request)
    now = timezone.now()
    earliest, latest = selectors.bookable_window(policy=policy, now=now)
    first_week = week_start(timezone.localtime(earliest, WARSAW).date())
    last_week = week_start(timezone.localtime(latest, WARSAW).date())
    chosen_day = parse_date(request.GET.get("week"))
    monday = week_start(chosen_day) if chosen_day else first_week
    monday = min(max(monday, first_week), last_week)
    sunday = monday + timedelta(days=6)
    slots = selectors.free_slots(
        topic=topic,
        date_from=monday,
        date_to=sunday,
        advisor_ids=[chosen.pk] if chosen else None,
        policy=policy,
        now=now,
    )
    mode = request.GET.get("forma", "")
    if mode not in Mode.values:
        mode = ""
    if mode:
        slots = [slot for slot in slots if slot.mode == mode]
    names = {advisor.pk: advisor.name for advisor in advisors}
    book_url = page.url + page.reverse_subpage("book", args=[topic.slug])
    days = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        entries, seen = [], set()
        for slot in slots:
            local = slot.local_start
            if local.date() != day:
                continue
            # "Any advisor": one link per time and form, to the first advisor free then, so the
            # form and the advisor shown are the ones booked.
            if (local, slot.mode) in seen:
                continue
            seen.add((local, slot.mode))
            query = f"?start={format_start(slot.starts_at)}&advisor={slot.advisor_id}"
            entries.append(
                {
                    "start": local,
                    "end": slot.local_end,
                    "mode": slot.mode,
                    "mode_label": Mode(slot.mode).label,
                    "advisor": names.get(slot.advisor_id, ""),
                    "url": book_url + query,
                }
            )
        days.append({"date": day, "slots": entries})

    def week_url(target):
        query = f"?week={target.isoformat()}"
        if chosen:
            query += f"&advisor={chosen.pk}"
        if mode:
            query += f"&forma={mode}"
        return query

    return page.render(
        request,
        template="advisory/topic_slots.html",
        context_overrides={
            "topic": topic,
            "advisors": advisors,
            "chosen_advisor": chosen,
            "modes": Mode.choices,
            "chosen_mode": mode,
            "days": days,
            "monday": monday,
            "sunday": sunday,
            "has_slots": bool(slots),
            "previous_week_url": week_url(monday - timedelta(days=7))
            if monday > first_week
            else "",
            "next_week_url": week_url(monday + timedelta(days=7)) if monday < last_week else "",
            "topics_url": page.url,
            "breadcrumb_trail": [(topic.name, "")],
        },
    )


def _booking_limits(request, form):
    """The limits of the booking form; none while the form is invalid (failed posts never count)."""
    if request.method != "POST" or not form.is_valid():
        return []
    return form_counters(
        request=request, scope="advisory-booking", email=form.cleaned_data["email"]
    )


@csrf_protect
def booking_form(request, *, page, topic_slug):
    topic = _get_topic(topic_slug)
    advisors, chosen = _advisor_choice(request, topic)
    starts_at = parse_start(request.GET.get("start"))
    slots_url = page.url + page.reverse_subpage("topic_slots", args=[topic.slug])
    if starts_at is None:
        return HttpResponseRedirect(slots_url)
    policy = BookingPolicy.for_request(request)
    local_day = timezone.localtime(starts_at, WARSAW).date()
    matching = [
        slot
        for slot in selectors.free_slots(
            topic=topic,
            date_from=local_day,
            date_to=local_day,
            advisor_ids=[chosen.pk] if chosen else None,
            policy=policy,
        )
        if slot.starts_at == starts_at
    ]
    mode = matching[0].mode if matching else None
    form = BookingForm(request.POST or None, mode=mode)
    taken = None
    limits = _booking_limits(request, form)
    refusal = submission_refusal(limits)
    if request.method == "POST":
        if refusal:
            form.add_error(refusal.field, refusal.message)
        elif form.is_valid():
            try:
                booking = services.booking_create(
                    topic=topic,
                    advisor=chosen,
                    starts_at=starts_at,
                    site=Site.find_for_request(request),
                    **applicant_data(form),
                )
            except services.SlotTaken:
                matching = []
            except services.BookingLimitReached as error:
                form.add_error("email", error.message)
            else:
                submission_count(limits)
                token = services.booking_confirmation_token(booking)
                done_url = page.url + page.reverse_subpage("done", args=[token])
                return HttpResponseRedirect(done_url + "#main")
    if not matching:
        taken = [
            {
                "start": slot.local_start,
                "advisor": names_of(advisors).get(slot.advisor_id, ""),
                "url": f"?start={format_start(slot.starts_at)}"
                + (f"&advisor={chosen.pk}" if chosen else ""),
            }
            for slot in selectors.nearest_free_slots(
                topic=topic,
                after=starts_at,
                advisor_ids=[chosen.pk] if chosen else None,
                policy=policy,
            )
        ]
    slot = matching[0] if matching else None
    response = page.render(
        request,
        template="advisory/booking_form.html",
        context_overrides={
            "topic": topic,
            "chosen_advisor": chosen,
            "slot_advisor": names_of(advisors).get(slot.advisor_id) if slot and chosen else "",
            "slot": slot,
            "starts_at": timezone.localtime(starts_at, WARSAW),
            "form": form,
            "taken": taken,
            # A time that has passed is not "just taken": say so (and still offer the nearest).
            "slot_passed": starts_at <= timezone.now(),
            "policy": policy,
            "slots_url": slots_url + (f"?advisor={chosen.pk}" if chosen else ""),
            "breadcrumb_trail": [
                (topic.name, slots_url),
                (
                    _("Booking: %(when)s")
                    % {"when": date_format(timezone.localtime(starts_at, WARSAW), "j E, H:i")},
                    "",
                ),
            ],
        },
    )
    # These pages show personal data or a form token: no cache may keep them.
    add_never_cache_headers(response)
    return response


def _local_label(moment):
    return date_format(timezone.localtime(moment, WARSAW), "j E, H:i")


def names_of(advisors):
    return {advisor.pk: advisor.name for advisor in advisors}


def booking_done(request, *, page, token):
    booking = services.booking_from_confirmation_token(token)
    if booking is None:
        raise Http404
    response = page.render(
        request,
        template="advisory/booking_done.html",
        context_overrides={
            "booking": booking,
            "starts_at": timezone.localtime(booking.starts_at, WARSAW),
            "ends_at": timezone.localtime(booking.ends_at, WARSAW),
            "breadcrumb_trail": [(_("Booking confirmed"), "")],
        },
    )
    # These pages show personal data or a form token: no cache may keep them.
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "POST"])
def booking_cancel(request, token):
    """The cancel link: GET shows the booking and a button (mail scanners GET), POST cancels."""
    if request.method == "POST":
        booking, outcome = services.booking_cancel_by_token(token=token)
    else:
        booking, outcome = services.booking_for_cancel_token(token)
    status = 404 if outcome == services.CancelOutcome.INVALID else 200
    response = render(
        request,
        "advisory/booking_cancel.html",
        {
            "booking": booking,
            "outcome": outcome,
            "starts_at": timezone.localtime(booking.starts_at, WARSAW) if booking else None,
            "advisory_page": selectors.advisory_page(),
        },
        status=status,
    )
    # These pages show personal data or a form token: no cache may keep them.
    add_never_cache_headers(response)
    return response
