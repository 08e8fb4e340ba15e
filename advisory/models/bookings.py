"""Bookings of consultations and the booking policy (a site setting)."""

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from home.validators import validate_krs

from .advisors import Advisor, Mode, Topic


class BookingQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Booking.Status.CANCELLED)

    def for_user(self, user):
        """What `user` may see in the admin: everything for the point's staff, else their own."""
        if user.is_superuser or user.has_perm("advisory.view_all_bookings"):
            return self
        return self.filter(advisor__user=user)


class Booking(models.Model):
    """One consultation booked by an NGO. Made only by `advisory.services.booking_create`.

    The database forbids two active bookings of one advisor at overlapping times: a conditional
    unique constraint on (advisor, start) everywhere, plus an exclusion constraint on the time
    range on PostgreSQL and an equivalent trigger on SQLite (see the migrations).
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        CANCELLED = "cancelled", _("cancelled")
        ATTENDED = "attended", _("attended")
        NO_SHOW = "no_show", _("no-show")

    ACTIVE_STATUSES = (Status.CONFIRMED, Status.ATTENDED, Status.NO_SHOW)

    advisor = models.ForeignKey(
        Advisor,
        verbose_name=_("advisor"),
        on_delete=models.PROTECT,
        related_name="bookings",
        help_text=_("Who gives the consultation."),
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        on_delete=models.PROTECT,
        related_name="bookings",
        help_text=_("What the consultation is about."),
    )
    starts_at = models.DateTimeField(_("start"), help_text=_("When the consultation starts."))
    ends_at = models.DateTimeField(_("end"), help_text=_("When the consultation ends."))
    mode = models.CharField(
        _("mode"), max_length=20, choices=Mode.choices, help_text=_("How it takes place.")
    )
    place = models.CharField(
        _("place or video-call link"),
        max_length=500,
        blank=True,
        help_text=_("Copied from the availability rule."),
    )
    organization_name = models.CharField(
        _("organization"), max_length=255, blank=True, help_text=_("The NGO or initiative.")
    )
    krs = models.CharField(
        _("KRS number"),
        max_length=10,
        blank=True,
        validators=[validate_krs],
        help_text=_("Optional: the organization's number in the National Court Register."),
    )
    contact_name = models.CharField(
        _("contact person"), max_length=150, blank=True, help_text=_("Who comes.")
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("For the confirmation."))
    phone = models.CharField(_("phone"), max_length=30, blank=True, help_text=_("Optional."))
    question = models.TextField(
        _("question"), blank=True, help_text=_("What the organization wants to discuss.")
    )
    consent_at = models.DateTimeField(
        _("consent given at"),
        null=True,
        blank=True,
        help_text=_("When the person agreed to the processing of personal data."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.CONFIRMED,
        help_text=_("Cancelled bookings free the slot."),
    )
    secret = models.CharField(
        _("cancel secret"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("Part of the signed cancel link."),
    )
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Internal; never shown to the organization.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    anonymized_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["-starts_at"]
        permissions = [("view_all_bookings", _("Can see every advisor's bookings"))]
        indexes = [
            models.Index(fields=["starts_at", "status"]),
            models.Index(fields=["email", "status"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["advisor", "starts_at"],
                condition=Q(status__in=["confirmed", "attended", "no_show"]),
                name="advisory_booking_one_active_per_advisor_start",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="advisory_booking_ends_after_start",
            ),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return f"{self.topic} – {self.advisor} – {local:%d.%m.%Y %H:%M}"

    def save(self, *args, **kwargs):
        if not self.secret:
            self.secret = secrets.token_urlsafe(24)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


@register_setting(icon="date")
class BookingPolicy(BaseSiteSetting):
    """The rules of booking that staff change without a deploy (Settings → Booking policy)."""

    min_notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice in hours"),
        default=24,
        help_text=_("A slot can be booked at least this many hours before it starts."),
    )
    horizon_weeks = models.PositiveSmallIntegerField(
        _("booking horizon in weeks"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text=_("How many weeks ahead people can book."),
    )
    max_active_per_email = models.PositiveSmallIntegerField(
        _("active bookings per e-mail"),
        default=2,
        validators=[MinValueValidator(1)],
        help_text=_("How many upcoming consultations one e-mail address may hold."),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown on the booking form next to the consent."),
    )
    retention_days = models.PositiveIntegerField(
        _("retention of personal data in days"),
        default=365,
        validators=[MinValueValidator(1)],
        help_text=_("After this many days from a consultation its personal data are removed."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("min_notice_hours"),
                FieldPanel("horizon_weeks"),
                FieldPanel("max_active_per_email"),
            ],
            heading=_("Booking limits"),
        ),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("retention_days")],
            heading=_("Personal data"),
        ),
    ]

    class Meta:
        verbose_name = _("booking policy")
        verbose_name_plural = _("booking policies")
