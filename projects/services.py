"""Writes of the projects app: registration for a meeting."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from home.ical import CalendarEvent, calendar_bytes
from home.services import email_queue

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
    return CalendarEvent(
        uid=f"meeting-{meeting.pk}@ngosite",
        start=meeting.starts_at,
        end=meeting.ends_at,
        summary=f"{meeting.topic} – {meeting.page.title}",
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
        locked = Meeting.objects.select_for_update().select_related("page").get(pk=meeting.pk)
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
                "project": locked.page,
                "url": url,
            },
            attachments=[
                (
                    "spotkanie.ics",
                    meeting_ical_bytes(meeting=locked, url=url).decode(),
                    "text/calendar",
                )
            ],
            purpose="meeting_registration",
        )
    return registration
