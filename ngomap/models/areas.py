"""The two kinds of area an organization is in: Kraków's districts and the areas of public-benefit
activity (both loaded from ngomap/data/)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class District(models.Model):
    """One of Kraków's 18 districts (dzielnice), loaded by a data migration from ngomap/data/."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    roman = models.CharField(_("roman numeral"), max_length=8)
    name = models.CharField(_("name"), max_length=100)
    full_name = models.CharField(_("official name"), max_length=150)

    class Meta:
        ordering = ["number"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")

    def __str__(self):
        return f"{self.roman} {self.name}"


class ActivityArea(models.Model):
    """An area of public-benefit activity (art. 4 ust. 1 of the act), loaded from ngomap/data/."""

    pkt = models.CharField(_("point of the act"), max_length=8, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    statutory_text = models.TextField(_("statutory wording"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pkt"]
        verbose_name = _("area of activity")
        verbose_name_plural = _("areas of activity")

    def __str__(self):
        return self.name
