"""Admin views of the advisory point that modeladmin does not give: calendar, statistics,
marking attendance. Each checks the booking permissions and shows only what the user may see."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from home.exports import csv_response, xlsx_response
from home.inputs import parse_date

from . import selectors, services
from .forms import StaffBookingForm, StatisticsFilterForm, applicant_data, statistics_periods
from .models import Booking
from .slots import WARSAW, week_start


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def calendar(request):
    """A week of bookings, one group of rows per day, navigated with ?week=YYYY-MM-DD; "Today"
    leads back to the current week and its day (#dzis)."""
    _require(request, "advisory.view_booking")
    today = timezone.localtime(timezone.now(), WARSAW).date()
    chosen_day = parse_date(request.GET.get("week"))
    monday = week_start(chosen_day or today)
    bookings = list(
        selectors.bookings_between(
            user=request.user,
            start=selectors.local_midnight(monday),
            end=selectors.local_midnight(monday + timedelta(days=7)),
        )
    )
    days = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        days.append(
            {
                "date": day,
                "is_today": day == today,
                "bookings": [
                    b for b in bookings if timezone.localtime(b.starts_at, WARSAW).date() == day
                ],
            }
        )
    return TemplateResponse(
        request,
        "advisory/admin/calendar.html",
        {
            "days": days,
            "monday": monday,
            "sunday": monday + timedelta(days=6),
            "previous_week": monday - timedelta(days=7),
            "next_week": monday + timedelta(days=7),
        },
    )


def book(request):
    """Staff book for someone through booking_create (no minimum notice, no per-e-mail limit)."""
    _require(request, "advisory.add_booking")
    form = StaffBookingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            booking = services.booking_create(
                topic=data["topic"],
                advisor=data["advisor"],
                starts_at=data["starts_at"],
                by_staff=True,
                **applicant_data(form),
            )
        except services.SlotTaken:
            form.add_error("starts_at", _("This time is not a free slot of the chosen topic."))
        else:
            messages.success(request, _("Booked: %(booking)s.") % {"booking": booking})
            return redirect("advisory_booking_modeladmin_inspect", booking.pk)
    return TemplateResponse(request, "advisory/admin/book.html", {"form": form})


STATISTICS_HEADERS = (
    _lazy("Month"),
    _lazy("Topic"),
    _lazy("Bookings"),
    _lazy("Attended"),
    _lazy("No-show"),
    _lazy("Cancelled"),
)


def _statistics_rows(per_month):
    for row in per_month:
        yield [
            f"{row['month']:%Y-%m}",
            row["topic__name"],
            row["total"],
            row["attended"],
            row["no_show"],
            row["cancelled"],
        ]


def _statistics_filename(filters, extension):
    """E.g. statystyki-punktu_od-2026-03-01_do-2026-03-31_doradca-3.csv: the file says what it
    holds."""
    parts = ["statystyki-punktu"]
    if filters["date_from"]:
        parts.append(f"od-{filters['date_from']:%Y-%m-%d}")
    if filters["date_to"]:
        parts.append(f"do-{filters['date_to']:%Y-%m-%d}")
    if filters["advisor_id"]:
        parts.append(f"doradca-{filters['advisor_id']}")
    return "_".join(parts) + f".{extension}"


def statistics(request):
    """Bookings per topic per month and attendance, for a period and an advisor chosen by GET
    (?date_from=&date_to=&advisor=); ?format=csv or xlsx downloads the same figures."""
    _require(request, "advisory.view_all_bookings")
    form = StatisticsFilterForm(request.GET)
    filters = form.filters()
    data = selectors.booking_statistics(**filters)
    export = request.GET.get("format")
    if export in ("csv", "xlsx"):
        spreadsheet = {
            "filename": _statistics_filename(filters, export),
            "headers": [str(header) for header in STATISTICS_HEADERS],
            "rows": _statistics_rows(data["per_month"]),
        }
        if export == "csv":
            return csv_response(**spreadsheet)
        return xlsx_response(**spreadsheet, title=_("Statistics"))
    today = timezone.localtime(timezone.now(), WARSAW).date()
    query = request.GET.copy()
    query.pop("format", None)
    advisor_query = {"advisor": filters["advisor_id"]} if filters["advisor_id"] else {}
    periods = []
    for label, first, last in [
        *statistics_periods(today=today),
        (_("All time"), None, None),
    ]:
        params = {**advisor_query}
        if first:
            params.update(date_from=first.isoformat(), date_to=last.isoformat())
        periods.append(
            {
                "label": label,
                "url": "?" + urlencode(params),
                "current": (first, last) == (filters["date_from"], filters["date_to"]),
            }
        )
    advisor_name = dict(form.fields["advisor"].choices).get(str(filters["advisor_id"] or ""))
    return TemplateResponse(
        request,
        "advisory/admin/statistics.html",
        {
            **data,
            "form": form,
            "filters": filters,
            "advisor_name": advisor_name if filters["advisor_id"] else None,
            "periods": periods,
            "csv_url": "?" + urlencode({**query.dict(), "format": "csv"}),
            "xlsx_url": "?" + urlencode({**query.dict(), "format": "xlsx"}),
        },
    )


def set_status(request, pk, status):
    """Mark a booking attended or no-show: GET asks, POST does it."""
    _require(request, "advisory.change_booking")
    booking = get_object_or_404(selectors.bookings_for_user(user=request.user), pk=pk)
    if status not in (Booking.Status.ATTENDED, Booking.Status.NO_SHOW):
        raise PermissionDenied
    label = Booking.Status(status).label
    if request.method == "POST":
        try:
            services.booking_set_status(booking=booking, status=status)
        except services.BookingError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Booking marked: %(status)s.") % {"status": label})
        return redirect("advisory_booking_modeladmin_index")
    return TemplateResponse(
        request,
        "advisory/admin/set_status.html",
        {"booking": booking, "status_label": label},
    )
