from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, LinkBlock


class PublicationMetadataMixin(models.Model):
    """The per-page part of the publication metadata (metryczka); the rest comes from revisions."""

    publishing_body = models.CharField(
        _("publishing body"),
        max_length=255,
        blank=True,
        help_text=_(
            "The office or unit responsible for this page. Leave empty to use the body set in "
            "the site settings."
        ),
    )

    metadata_panels = [FieldPanel("publishing_body")]

    class Meta:
        abstract = True


class ContentPage(PublicationMetadataMixin, Page):
    """Base of the content pages: an introduction and a body of shared blocks.

    Abstract, so each page type keeps its own table and its own page-tree rules.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The content of the page, built from blocks."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(PublicationMetadataMixin.metadata_panels, heading=_("Publication metadata"))
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(ContentPage):  # noqa: DJ008 (Page defines __str__)
    """The portal's home page: the introduction and the entry points to its three parts."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(ContentPage):  # noqa: DJ008 (Page defines __str__)
    """An ordinary content page: about the platform, contact, the accessibility statement."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class SocialProfileBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(
        label=_("Network"),
        choices=[
            ("facebook", "Facebook"),
            ("instagram", "Instagram"),
            ("linkedin", "LinkedIn"),
            ("youtube", "YouTube"),
            ("mastodon", "Mastodon"),
            ("bluesky", "Bluesky"),
            ("other", _("Other")),
        ],
    )
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "site"
        label = _("Social profile")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Facts about the portal and its operator, edited under Settings in the admin."""

    portal_name = models.CharField(
        _("name of the portal"),
        max_length=255,
        default="Kraków dla NGO",
        help_text=_("Shown in the header and in page titles."),
    )
    operator_name = models.CharField(
        _("operator"),
        max_length=255,
        blank=True,
        help_text=_("The institution that runs the portal."),
    )
    address = models.TextField(_("operator's address"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    publishing_body = models.CharField(
        _("publishing body"),
        max_length=255,
        blank=True,
        help_text=_("Shown in every page's publication metadata unless the page sets its own."),
    )
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page linked as the accessibility statement in every page's footer."),
    )
    footer_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Links shown in the footer of every page."),
    )
    social_profiles = StreamField(
        [("profile", SocialProfileBlock())],
        verbose_name=_("social profiles"),
        blank=True,
        help_text=_("The portal's profiles in social networks, shown in the footer."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("portal_name"),
                FieldPanel("operator_name"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("publishing_body"),
            ],
            heading=_("Portal and operator"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_statement"),
                FieldPanel("footer_links"),
                FieldPanel("social_profiles"),
            ],
            heading=_("Footer"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
