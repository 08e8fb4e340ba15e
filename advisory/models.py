"""The advisory point: topics, advisors, their availability, closures and bookings.

Topics, advisors, rules, closures and bookings are managed with wagtail-modeladmin
(advisory/wagtail_hooks.py); the booking policy is a site setting; the public flow lives on the
AdvisoryPage. Bookings are only ever made by `advisory.services.booking_create`.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from home import pagecache
from home.models import ContentPage
from home.validators import validate_krs


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    ONLINE = "online", _("online")
    PHONE = "phone", _("by phone")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class Topic(models.Model):
    """A subject the point advises on (law, taxes, media, finance); chosen first when booking."""

    name = models.CharField(_("name"), max_length=150, help_text=_("E.g. law, taxes."))
    slug = models.SlugField(
        _("slug"), max_length=150, unique=True, help_text=_("The topic's part of the address.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the advisors help with.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        default=60,
        validators=[MinValueValidator(10), MaxValueValidator(480)],
        help_text=_("How long a consultation lasts; only slots at least this long are offered."),
    )
    offers_in_person = models.BooleanField(
        _("in person"), default=True, help_text=_("Consultations at the point's office.")
    )
    offers_online = models.BooleanField(
        _("online"), default=True, help_text=_("Consultations by video call.")
    )
    offers_phone = models.BooleanField(
        _("by phone"), default=False, help_text=_("Consultations by phone.")
    )
    what_to_bring = models.TextField(
        _("what to bring"),
        blank=True,
        help_text=_("Documents or information to prepare; repeated in the confirmation e-mail."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Topics are listed in this order.")
    )

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def modes(self):
        return [
            mode
            for mode, offered in (
                (Mode.IN_PERSON, self.offers_in_person),
                (Mode.ONLINE, self.offers_online),
                (Mode.PHONE, self.offers_phone),
            )
            if offered
        ]


class Advisor(models.Model):
    """A person who gives consultations; a linked user account sees their own bookings."""

    name = models.CharField(_("name"), max_length=150, help_text=_("First name and surname."))
    bio = models.TextField(_("bio"), blank=True, help_text=_("A few sentences shown to visitors."))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An optional portrait."),
    )
    topics = models.ManyToManyField(
        Topic,
        verbose_name=_("topics"),
        related_name="advisors",
        blank=True,
        help_text=_("The topics this advisor can be booked for."),
    )
    email = models.EmailField(
        _("e-mail"), help_text=_("New bookings and cancellations are sent here.")
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="advisor",
        help_text=_("The admin account with which this advisor sees their own bookings."),
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive advisors cannot be booked.")
    )

    class Meta:
        verbose_name = _("advisor")
        verbose_name_plural = _("advisors")
        ordering = ["name"]

    def __str__(self):
        return self.name


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


class AdvisoryPage(RoutablePageMixin, ContentPage):  # noqa: DJ008 (Page defines __str__)
    """The public booking flow: topic, advisor, a week of free slots, the form, the confirmation.

    The routes live in advisory/views.py; this page gives editors the place and the introduction.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_cache_sections = (pagecache.PAGES, pagecache.ADVISORY)
    max_count = 1

    class Meta:
        verbose_name = _("advisory page")
        verbose_name_plural = _("advisory pages")

    @path("", name="index")
    def index_route(self, request):
        # Function-local: .views imports these models (a cycle).
        from .views import topic_list

        return topic_list(request, page=self)

    @path("temat/<slug:topic_slug>/", name="topic_slots")
    def topic_route(self, request, topic_slug):
        # Function-local: .views imports these models (a cycle).
        from .views import topic_slots

        return topic_slots(request, page=self, topic_slug=topic_slug)

    @path("temat/<slug:topic_slug>/rezerwacja/", name="book")
    def book_route(self, request, topic_slug):
        # Function-local: .views imports these models (a cycle).
        from .views import booking_form

        return booking_form(request, page=self, topic_slug=topic_slug)

    @path("potwierdzenie/<str:token>/", name="done")
    def done_route(self, request, token):
        # Function-local: .views imports these models (a cycle).
        from .views import booking_done

        return booking_done(request, page=self, token=token)
