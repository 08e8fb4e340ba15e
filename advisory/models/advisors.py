"""What the point advises on and who: topics, advisors and the modes of a consultation."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    ONLINE = "online", _("online")
    PHONE = "phone", _("by phone")


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
