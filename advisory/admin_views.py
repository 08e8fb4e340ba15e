"""Admin views of the advisory point that modeladmin does not give: calendar, statistics,
marking attendance. Each checks the booking permissions and shows only what the user may see."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from home.exports import csv_response
from home.inputs import parse_date

from . import selectors, services
from .forms import StaffBookingForm, applicant_data
from .models import Booking
from .slots import WARSAW, week_start


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


def calendar(request):
    """A week of bookings, one row per day, navigated with ?week=YYYY-MM-DD."""
    _require(request, "advisory.view_booking")
    chosen_day = parse_date(request.GET.get("week"))
    monday = week_start(chosen_day or timezone.localtime(timezone.now(), WARSAW).date())
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


def statistics(request):
    """Bookings per topic per month and attendance; ?format=csv downloads the table."""
    _require(request, "advisory.view_all_bookings")
    data = selectors.booking_statistics()
    if request.GET.get("format") == "csv":
        return csv_response(
            filename="statystyki-punktu.csv",
            headers=[
                _("Month"),
                _("Topic"),
                _("Bookings"),
                _("Attended"),
                _("No-show"),
                _("Cancelled"),
            ],
            rows=(
                [
                    f"{row['month']:%Y-%m}",
                    row["topic__name"],
                    row["total"],
                    row["attended"],
                    row["no_show"],
                    row["cancelled"],
                ]
                for row in data["per_month"]
            ),
        )
    return TemplateResponse(request, "advisory/admin/statistics.html", data)


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
