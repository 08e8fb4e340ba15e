"""Writes of the projects app: registration for a meeting, and its removal past retention."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.ical import WARSAW, CalendarEvent, calendar_bytes
from home.services import email_queue, records_anonymize

from .models import Meeting, MeetingRegistration


class RegistrationError(Exception):
    """A registration the meeting cannot take; `field` names the form field it is about."""

    field = None


class MeetingFull(RegistrationError):
    pass


class RegistrationClosed(RegistrationError):
    pass


class AlreadyRegistered(RegistrationError):
    field = "email"


def meeting_calendar_event(*, meeting, url=""):
    """The meeting as a calendar event; a meeting whose times are not known is an all-day one."""
    return CalendarEvent(
        uid=f"meeting-{meeting.pk}@ngosite",
        start=meeting.starts_at,
        end=meeting.ends_at,
        all_day=not meeting.has_times,
        summary=f"{meeting.topic} – {meeting.parent_page.title}",
        description=meeting.attendance_info,
        location=meeting.location,
        url=url,
    )


def meeting_ical_bytes(*, meeting, url=""):
    return calendar_bytes([meeting_calendar_event(meeting=meeting, url=url)])


def meeting_register(
    *, meeting, name, organisation, email, phone="", accessibility_needs="", consent, url=""
) -> MeetingRegistration:
    """Register a person for `meeting` and queue the confirmation with the .ics attached.

    The meeting row is locked for the count, so two people cannot take the last place at once;
    the unique constraint on (meeting, lower(email)) refuses a second registration even in a race.
    """
    if not consent:
        raise RegistrationError(_("Consent to processing personal data is required."))
    with transaction.atomic():
        locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
        if not locked.accepts_registrations:
            raise RegistrationClosed(_("Registration for this meeting is closed."))
        registrations = MeetingRegistration.objects.filter(meeting=locked)
        if registrations.filter(email__iexact=email).exists():
            raise AlreadyRegistered(
                _("This e-mail address is already registered for this meeting.")
            )
        if locked.capacity is not None and registrations.count() >= locked.capacity:
            raise MeetingFull(_("This meeting is full; no more registrations are taken."))
        try:
            with transaction.atomic():
                registration = MeetingRegistration.objects.create(
                    meeting=locked,
                    name=name,
                    organisation=organisation,
                    email=email,
                    phone=phone,
                    accessibility_needs=accessibility_needs,
                    consent=True,
                )
        except IntegrityError:
            raise AlreadyRegistered(
                _("This e-mail address is already registered for this meeting.")
            ) from None
        email_queue(
            to=[email],
            subject=_("Registration confirmed: %(topic)s") % {"topic": locked.topic},
            template="projects/email/registration_confirmation",
            context={
                "registration": registration,
                "meeting": locked,
                "project": locked.parent_page,
                "url": url,
            },
            attachments=[
                (
                    "spotkanie.ics",
                    meeting_ical_bytes(meeting=locked, url=url).decode(),
                    "text/calendar",
                )
            ],
            purpose=registration_email_purpose(registration.pk),
        )
    return registration


# What a registration holds about a person. The organisation stays: an NGO's name is not
# personal data, and it keeps the registrations per organisation countable.
REGISTRATION_PERSONAL_FIELDS = ("name", "email", "phone", "accessibility_needs")


def registration_email_purpose(pk):
    return f"projects:registration-confirmation:{pk}"


@dataclass(frozen=True)
class AnonymizeResult:
    registrations: int
    meetings: int
    retention_days: int


def anonymize_registrations(*, now=None) -> AnonymizeResult:
    """Remove the personal data of registrations for meetings that ended more than
    MEETING_REGISTRATION_RETENTION_DAYS ago, and the confirmation e-mails about them.

    The rows stay, so each meeting's count of registrations does not change.
    """
    now = now or timezone.now()
    days = settings.MEETING_REGISTRATION_RETENTION_DAYS
    # Meeting times are Warsaw wall-clock times: compare them with the cutoff in Warsaw.
    cutoff = timezone.localtime(now - timedelta(days=days), WARSAW)
    ended_before_cutoff = Q(meeting__date__lt=cutoff.date()) | Q(
        meeting__date=cutoff.date(), meeting__end_time__lte=cutoff.time()
    )
    records = MeetingRegistration.objects.filter(ended_before_cutoff)
    meetings = records.filter(anonymized_at__isnull=True).values("meeting").distinct().count()
    count = records_anonymize(
        records=records,
        blank_fields=REGISTRATION_PERSONAL_FIELDS,
        now=now,
        email_purposes=lambda pks: [registration_email_purpose(pk) for pk in pks],
    )
    return AnonymizeResult(registrations=count, meetings=meetings, retention_days=days)
