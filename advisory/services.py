"""Writes of the advisory point. `booking_create` is the only way a booking is made."""

import base64
import hmac
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.ical import CalendarEvent, calendar_bytes
from home.services import email_queue, records_anonymize

from .models import Booking, BookingPolicy
from .selectors import booking_policy, free_slots, local_midnight
from .slots import WARSAW

CANCEL_SALT = "advisory.booking.cancel"
CONFIRMATION_SALT = "advisory.booking.confirmation"
CONFIRMATION_MAX_AGE = 24 * 3600


class BookingError(Exception):
    """A booking that cannot be made; `message` is shown to the person booking."""

    field = None

    def __init__(self, message=""):
        super().__init__(message)
        self.message = message


class SlotTaken(BookingError):
    """The slot is no longer free: someone booked it first, or it is closed or out of range."""

    def __init__(self, *, topic, starts_at, advisor_ids=None):
        super().__init__(_("This slot has just been taken."))
        self.topic = topic
        self.starts_at = starts_at
        self.advisor_ids = advisor_ids


class BookingLimitReached(BookingError):
    field = "email"


def _staff_policy(policy):
    """Staff may book any free slot from now on, with no per-e-mail limit."""
    return BookingPolicy(
        min_notice_hours=0,
        horizon_weeks=52,
        max_active_per_email=policy.max_active_per_email,
        retention_days=policy.retention_days,
    )


def booking_create(
    *,
    topic,
    starts_at,
    organization_name,
    contact_name,
    email,
    advisor=None,
    krs="",
    phone="",
    question="",
    consent=True,
    by_staff=False,
    now=None,
    site=None,
):
    """Book `starts_at` for `topic` with `advisor` (None: any advisor free then).

    Runs in one transaction: re-checks that the slot is free under the booking policy, checks the
    per-e-mail limit, then inserts; the database constraints settle a race, and the loser gets
    SlotTaken. The confirmation and the advisor's notice are queued to be sent after commit.
    """
    now = now or timezone.now()
    email = email.strip().lower()
    advisor_ids = [advisor.pk] if advisor is not None else None
    with transaction.atomic():
        policy = booking_policy(site=site)
        if by_staff:
            policy = _staff_policy(policy)
        day = timezone.localtime(starts_at, WARSAW).date()
        candidates = [
            slot
            for slot in free_slots(
                topic=topic,
                date_from=day,
                date_to=day,
                advisor_ids=advisor_ids,
                policy=policy,
                now=now,
            )
            if slot.starts_at == starts_at
        ]
        if not candidates:
            raise SlotTaken(topic=topic, starts_at=starts_at, advisor_ids=advisor_ids)
        if not by_staff:
            held = Booking.objects.filter(
                email=email, status=Booking.Status.CONFIRMED, starts_at__gte=now
            ).count()
            if held >= policy.max_active_per_email:
                raise BookingLimitReached(
                    _(
                        "This e-mail address already has %(count)s upcoming consultations, the "
                        "most one address may hold. Cancel one of them or use another address."
                    )
                    % {"count": held}
                )
        booking = None
        for slot in candidates:
            try:
                with transaction.atomic():
                    booking = Booking.objects.create(
                        advisor_id=slot.advisor_id,
                        topic=topic,
                        starts_at=slot.starts_at,
                        ends_at=slot.ends_at,
                        mode=slot.mode,
                        place=slot.place,
                        organization_name=organization_name.strip(),
                        krs=krs.strip(),
                        contact_name=contact_name.strip(),
                        email=email,
                        phone=phone.strip(),
                        question=question.strip(),
                        consent_at=now if consent else None,
                    )
                break
            except IntegrityError:
                continue
        if booking is None:
            raise SlotTaken(topic=topic, starts_at=starts_at, advisor_ids=advisor_ids)
        _queue_booking_emails(booking=booking)
    return booking


def booking_cancel_token(booking):
    """The signed, single-purpose token of the cancel link."""
    return signing.dumps([booking.pk, booking.secret], salt=CANCEL_SALT)


def booking_confirmation_token(booking):
    """A signed token for the confirmation page, in the characters Wagtail's page URLs allow."""
    signed = signing.dumps(booking.pk, salt=CONFIRMATION_SALT)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def booking_from_confirmation_token(token):
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        pk = signing.loads(signed, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except (signing.BadSignature, ValueError):
        return None
    return Booking.objects.select_related("advisor", "topic").filter(pk=pk).first()


class CancelOutcome:
    INVALID = "invalid"
    ALREADY_CANCELLED = "already_cancelled"
    PAST = "past"
    CANCELLABLE = "cancellable"
    CANCELLED = "cancelled"


def booking_for_cancel_token(token, *, now=None):
    """(booking or None, CancelOutcome) for a cancel link, without changing anything."""
    now = now or timezone.now()
    try:
        pk, secret = signing.loads(token, salt=CANCEL_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None, CancelOutcome.INVALID
    booking = Booking.objects.select_related("advisor", "topic").filter(pk=pk).first()
    if booking is None or not booking.secret or not hmac.compare_digest(booking.secret, secret):
        return None, CancelOutcome.INVALID
    if booking.status == Booking.Status.CANCELLED:
        return booking, CancelOutcome.ALREADY_CANCELLED
    if booking.status != Booking.Status.CONFIRMED or booking.starts_at <= now:
        return booking, CancelOutcome.PAST
    return booking, CancelOutcome.CANCELLABLE


def booking_cancel_by_token(*, token, now=None):
    """Cancel the booking of a cancel link; works once. Returns (booking, CancelOutcome)."""
    now = now or timezone.now()
    with transaction.atomic():
        booking, outcome = booking_for_cancel_token(token, now=now)
        if outcome != CancelOutcome.CANCELLABLE:
            return booking, outcome
        # Lock the row so two clicks cannot both cancel (and both send e-mails).
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status != Booking.Status.CONFIRMED:
            return booking, CancelOutcome.ALREADY_CANCELLED
        booking_cancel(booking=booking, now=now)
    return booking, CancelOutcome.CANCELLED


def booking_cancel(*, booking, now=None, notify=True):
    """Cancel `booking` (frees the slot) and tell the organization and the advisor."""
    booking.status = Booking.Status.CANCELLED
    booking.cancelled_at = now or timezone.now()
    booking.save(update_fields=["status", "cancelled_at"])
    if notify:
        _queue_cancellation_emails(booking=booking)
    return booking


def booking_set_status(*, booking, status, now=None):
    """Staff mark a consultation that has started attended or no-show (or back to confirmed)."""
    if status not in {
        Booking.Status.ATTENDED,
        Booking.Status.NO_SHOW,
        Booking.Status.CONFIRMED,
    }:
        raise ValueError(status)
    if booking.status == Booking.Status.CANCELLED:
        raise BookingError(_("A cancelled booking cannot be marked."))
    if status != Booking.Status.CONFIRMED and booking.starts_at > (now or timezone.now()):
        raise BookingError(_("Attendance can be marked once the consultation has started."))
    booking.status = status
    booking.save(update_fields=["status"])
    return booking


def send_booking_reminders(*, now=None):
    """Send one reminder for each confirmed consultation of tomorrow (local date); never twice."""
    now = now or timezone.now()
    tomorrow = timezone.localtime(now, WARSAW).date() + timedelta(days=1)
    due = Booking.objects.filter(
        status=Booking.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
        starts_at__gte=local_midnight(tomorrow),
        starts_at__lt=local_midnight(tomorrow + timedelta(days=1)),
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            booking = (
                Booking.objects.select_for_update()
                .select_related("advisor", "topic")
                .filter(pk=pk, reminder_sent_at__isnull=True, status=Booking.Status.CONFIRMED)
                .first()
            )
            if booking is None:
                continue
            booking.reminder_sent_at = now
            booking.save(update_fields=["reminder_sent_at"])
            _queue(
                booking=booking,
                to=[booking.email],
                subject=_("Reminder: your consultation tomorrow, %(when)s")
                % {"when": _when(booking)},
                template="advisory/email/reminder",
                purpose="reminder",
                with_calendar=True,
            )
            sent += 1
    return sent


PERSONAL_FIELDS = (
    "organization_name",
    "krs",
    "contact_name",
    "email",
    "phone",
    "question",
    "staff_notes",
    "secret",
)


def anonymize_bookings(*, now=None):
    """Remove personal data of bookings that ended more than the retention period ago.

    Topic, advisor, times, mode and status stay, so the statistics keep working. The e-mails
    sent about those bookings are deleted from the outbox too.
    """
    now = now or timezone.now()
    policy = booking_policy()
    cutoff = now - timedelta(days=policy.retention_days)
    return records_anonymize(
        records=Booking.objects.filter(ends_at__lt=cutoff),
        blank_fields=PERSONAL_FIELDS,
        now=now,
        email_purposes=lambda pks: [f"advisory:{kind}:{pk}" for pk in pks for kind in EMAIL_KINDS],
    )


EMAIL_KINDS = ("confirmation", "advisor-new", "reminder", "cancelled", "advisor-cancelled")


def public_base_url():
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    return settings.WAGTAILADMIN_BASE_URL


def booking_cancel_url(booking):
    return public_base_url() + reverse("advisory_cancel", args=[booking_cancel_token(booking)])


def _when(booking):
    local = timezone.localtime(booking.starts_at, WARSAW)
    return f"{local:%d.%m.%Y %H:%M}"


def _calendar(booking, *, cancelled=False):
    summary = _("Consultation: %(topic)s (%(advisor)s)") % {
        "topic": booking.topic.name,
        "advisor": booking.advisor.name,
    }
    event = CalendarEvent(
        uid=f"advisory-booking-{booking.pk}@ngosite",
        start=booking.starts_at,
        end=booking.ends_at,
        summary=summary,
        description=booking.get_mode_display(),
        location=booking.place,
        cancelled=cancelled,
        sequence=1 if cancelled else 0,
    )
    content = calendar_bytes([event], method="CANCEL" if cancelled else "PUBLISH")
    return ("konsultacja.ics", content.decode(), "text/calendar")


def _queue(*, booking, to, subject, template, purpose, with_calendar=False, cancelled=False):
    context = {
        "booking": booking,
        "topic": booking.topic,
        "advisor": booking.advisor,
        "starts_at": timezone.localtime(booking.starts_at, WARSAW),
        "ends_at": timezone.localtime(booking.ends_at, WARSAW),
        "cancel_url": booking_cancel_url(booking) if not cancelled else "",
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("advisory_booking_modeladmin_inspect", args=[booking.pk]),
    }
    attachments = [_calendar(booking, cancelled=cancelled)] if with_calendar else []
    return email_queue(
        to=to,
        subject=subject,
        template=template,
        context=context,
        attachments=attachments,
        purpose=f"advisory:{purpose}:{booking.pk}",
    )


def _queue_booking_emails(*, booking):
    with translation.override(settings.LANGUAGE_CODE):
        _queue(
            booking=booking,
            to=[booking.email],
            subject=_("Your consultation is booked: %(when)s") % {"when": _when(booking)},
            template="advisory/email/confirmation",
            purpose="confirmation",
            with_calendar=True,
        )
        _queue(
            booking=booking,
            to=[booking.advisor.email],
            subject=_("New booking: %(when)s, %(topic)s")
            % {"when": _when(booking), "topic": booking.topic.name},
            template="advisory/email/advisor_new",
            purpose="advisor-new",
            with_calendar=True,
        )


def _queue_cancellation_emails(*, booking):
    with translation.override(settings.LANGUAGE_CODE):
        if booking.email:
            _queue(
                booking=booking,
                to=[booking.email],
                subject=_("Your consultation is cancelled: %(when)s") % {"when": _when(booking)},
                template="advisory/email/cancelled",
                purpose="cancelled",
                with_calendar=True,
                cancelled=True,
            )
        _queue(
            booking=booking,
            to=[booking.advisor.email],
            subject=_("Booking cancelled: %(when)s, %(topic)s")
            % {"when": _when(booking), "topic": booking.topic.name},
            template="advisory/email/advisor_cancelled",
            purpose="advisor-cancelled",
            with_calendar=True,
            cancelled=True,
        )
