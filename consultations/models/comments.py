"""Comment forms (who sent them: personal data) and their comments with positions."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .drafts import DraftUnit
from .pages import ConsultationPage


class Submission(models.Model):
    """One filled-in comment form: who sent it (personal data) and whether they confirmed it.

    Counts only once `confirmed_at` is set by the signed link e-mailed to `email`; unconfirmed
    submissions expire (`expire_unconfirmed_submissions`). Personal data (contact name, e-mail,
    phone) are cleared after the retention period (`anonymize_consultation_comments`); the
    organisation and the comments stay for the report.
    """

    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    organization_name = models.CharField(_("organization"), max_length=255)
    krs = models.CharField(_("KRS number"), max_length=10, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    consent_at = models.DateTimeField(_("consent given"))
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    report_notified_at = models.DateTimeField(_("told about the report"), null=True, blank=True)
    anonymized_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment form")
        verbose_name_plural = _("comment forms")
        ordering = ["created_at"]
        permissions = [("view_personal_data", _("Can see the personal data of commenters"))]

    def __str__(self):
        return f"{self.organization_name} ({self.created_at:%d.%m.%Y})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def expires_at(self):
        return self.created_at + timedelta(hours=settings.CONSULTATIONS_CONFIRMATION_HOURS)


class Comment(models.Model):
    """One row of the comment form: a unit (or none), the proposal, and the city's position."""

    class Position(models.TextChoices):
        ACCEPTED = "accepted", _("accepted")
        PARTLY_ACCEPTED = "partly", _("partly accepted")
        REJECTED = "rejected", _("rejected")
        OUTSIDE = "outside", _("outside the subject")

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("comment form"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    unit = models.ForeignKey(
        DraftUnit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="comments",
    )
    current_wording = models.TextField(
        _("current wording"), blank=True, help_text=_("The unit's wording when it was commented.")
    )
    proposed_wording = models.TextField(_("proposed wording"), blank=True)
    justification = models.TextField(_("justification"))
    position = models.CharField(_("position"), max_length=20, choices=Position.choices, blank=True)
    position_justification = models.TextField(
        _("justification of the position"),
        blank=True,
        help_text=_("Why the city accepts or rejects the comment; published in the report."),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    is_published = models.BooleanField(
        _("approved for publication"),
        default=False,
        help_text=_("Shown under its unit while the consultation runs, if the page allows it."),
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
        help_text=_("A comment with the same content: it shares that comment's position."),
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        unit = self.unit.number if self.unit_id else _("general comment")
        return f"{self.submission.organization_name}: {unit}"

    @property
    def organization_name(self):
        return self.submission.organization_name

    @property
    def is_confirmed(self):
        return self.submission.confirmed_at is not None
