"""When advisors take consultations: weekly availability rules and closures."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .advisors import Advisor, Mode


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class AvailabilityRule(models.Model):
    """A weekly window in which an advisor takes consultations, cut into slots."""

    advisor = models.ForeignKey(
        Advisor,
        verbose_name=_("advisor"),
        on_delete=models.CASCADE,
        related_name="rules",
        help_text=_("Whose availability this is."),
    )
    weekday = models.PositiveSmallIntegerField(
        _("weekday"), choices=Weekday.choices, help_text=_("The day of the week.")
    )
    start_time = models.TimeField(_("from"), help_text=_("Local time (Europe/Warsaw)."))
    end_time = models.TimeField(
        _("until"), help_text=_("Local time; the last slot ends by this time.")
    )
    slot_minutes = models.PositiveSmallIntegerField(
        _("slot length in minutes"),
        default=60,
        validators=[MinValueValidator(10), MaxValueValidator(480)],
        help_text=_("The length of one consultation slot."),
    )
    buffer_minutes = models.PositiveSmallIntegerField(
        _("break after each slot in minutes"),
        default=15,
        validators=[MaxValueValidator(240)],
        help_text=_("Free time kept after each consultation."),
    )
    mode = models.CharField(
        _("mode"),
        max_length=20,
        choices=Mode.choices,
        default=Mode.IN_PERSON,
        help_text=_("How the consultations in this window take place."),
    )
    place = models.CharField(
        _("place or video-call link"),
        max_length=500,
        blank=True,
        help_text=_("The room address, the video-call link or the phone note."),
    )
    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, help_text=_("Empty: valid already.")
    )
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Empty: valid until changed.")
    )

    class Meta:
        verbose_name = _("availability rule")
        verbose_name_plural = _("availability rules")
        ordering = ["advisor__name", "weekday", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")),
                name="advisory_rule_ends_after_start",
            )
        ]

    def __str__(self):
        return (
            f"{self.advisor}: {self.get_weekday_display()} "
            f"{self.start_time:%H:%M}–{self.end_time:%H:%M}"
        )

    def clean(self):
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The end must be after the start.")})
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end must be after the start.")})
        if self.advisor_id and self.start_time and self.end_time and self.weekday is not None:
            overlapping = AvailabilityRule.objects.filter(
                advisor_id=self.advisor_id,
                weekday=self.weekday,
                start_time__lt=self.end_time,
                end_time__gt=self.start_time,
            ).exclude(pk=self.pk)
            for other in overlapping:
                if (
                    self.valid_until is None
                    or other.valid_from is None
                    or other.valid_from <= self.valid_until
                ) and (
                    self.valid_from is None
                    or other.valid_until is None
                    or self.valid_from <= other.valid_until
                ):
                    raise ValidationError(
                        _("This advisor already has availability overlapping this time: %(rule)s.")
                        % {"rule": other}
                    )


class Closure(models.Model):
    """Days when one advisor (or, with no advisor, the whole point) takes no consultations."""

    advisor = models.ForeignKey(
        Advisor,
        verbose_name=_("advisor"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="closures",
        help_text=_("Empty: the whole point is closed."),
    )
    start_date = models.DateField(_("first day"), help_text=_("The first closed day."))
    end_date = models.DateField(_("last day"), help_text=_("The last closed day (inclusive)."))
    reason = models.CharField(
        _("reason"), max_length=255, blank=True, help_text=_("E.g. holiday, training.")
    )

    class Meta:
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        ordering = ["-start_date"]

    def __str__(self):
        who = self.advisor or _("whole point")
        return f"{who}: {self.start_date:%d.%m.%Y}–{self.end_date:%d.%m.%Y}"

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end must be after the start.")})
