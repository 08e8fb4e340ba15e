"""Registrations for meetings (confirmations of attendance): personal data."""

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .meetings import Meeting


class MeetingRegistration(models.Model):
    """A person's confirmation of attendance (potwierdzenie przybycia) at a meeting.

    Written only by `projects.services.meeting_register`; the database refuses a second
    registration of the same e-mail (case-insensitive) for one meeting. Personal data: shown in
    the admin to staff with the "view meeting registration" permission only, and removed by
    `projects.services.anonymize_registrations` once the meeting is MEETING_REGISTRATION_
    RETENTION_DAYS past; the row stays (with its organisation), so the counts per meeting stay.
    """

    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name and surname"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=255)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    consent = models.BooleanField(_("consent to processing personal data"), default=False)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    anonymized_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("meeting registration")
        verbose_name_plural = _("meeting registrations")
        ordering = ["-created_at"]
        constraints = [
            # Only registrations that still hold an e-mail are unique by it: anonymised ones all
            # have an empty one.
            models.UniqueConstraint(
                F("meeting"),
                Lower("email"),
                condition=Q(anonymized_at__isnull=True),
                name="projects_registration_unique_email",
            )
        ]

    def __str__(self):
        name = self.name or _("anonymised registration")
        return f"{name} – {self.meeting}"

    @property
    def project_title(self):
        return self.meeting.parent_page.title
