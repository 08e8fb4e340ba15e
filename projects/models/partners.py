"""Partners of projects: the organisations (a snippet) and their role in one project."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class Partner(index.Indexed, models.Model):
    """An organisation or institution named on project pages: implementer, partner or funder.

    A Wagtail snippet (registered in wagtail_hooks.py), so one partner and its logo are reused
    across every project it takes part in.
    """

    name = models.CharField(_("name"), max_length=255, help_text=_("The organisation's full name."))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The logo shown on project pages; its alternative text is the name."),
    )
    url = models.URLField(
        _("website"), blank=True, help_text=_("The address of the organisation's website.")
    )

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("url")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ProjectPartner(Orderable):
    """A partner's role in one project, in the order the project names them."""

    class Role(models.TextChoices):
        IMPLEMENTER = "implementer", _("implementer")
        PARTNER = "partner", _("partner")
        FUNDER = "funder", _("funder")

    page = ParentalKey("projects.ProjectPage", on_delete=models.CASCADE, related_name="partners")
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="project_roles",
        help_text=_("Choose the organisation from the partners snippets."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.IMPLEMENTER,
        help_text=_("Implementers lead the project; funders' logos are shown with the funding."),
    )

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")

    def __str__(self):
        return f"{self.partner} ({self.get_role_display()})"
