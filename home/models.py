from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from . import pagecache
from .blocks import BaseStreamBlock, LinkBlock
from .pagetree import PublicPageMixin, RoutedRootMixin
from .selectors import home_services, page_sections


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

    # The person named as "Osoba publikująca" when it is not the account that published the
    # page in Wagtail, e.g. a page carried over from the city's earlier portal.
    publishing_person = models.CharField(
        _("publishing person"),
        max_length=255,
        blank=True,
        help_text=_(
            "Leave empty to show the user who published the page. Fill in when another person "
            "is responsible for the publication, e.g. on a page moved from an earlier portal."
        ),
    )

    metadata_panels = [FieldPanel("publishing_body"), FieldPanel("publishing_person")]

    class Meta:
        abstract = True


class ContentPage(PublicPageMixin, PublicationMetadataMixin, Page):
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


class HomePage(RoutedRootMixin, ContentPage):  # noqa: DJ008 (Page defines __str__)
    """The portal's home page: the introduction and the entry points to its three parts.

    Apps name their service (the map, the advisory point, the guide, …) as an entry point
    through the `home_page_services` hook (a function returning `{"model": PageClass,
    "description": ..., "order": ...}`; found among the home page's children, which the
    routing loaded: home.pagetree), and add their
    sections (latest news, current projects, upcoming meetings, the map, the advisory point)
    through the `home_page_sections` hook: a function of `request` and `page`
    that returns `{"template": ..., **context}` or None. Each section must cost a fixed number of
    queries, whatever the number of items it could list.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "ngomap.MapPage",
        "projects.ProjectIndexPage",
        "projects.UpcomingMeetingsPage",
        "news.NewsIndexPage",
        "guidebook.GuidebookPage",
        "advisory.AdvisoryPage",
        "consultations.ConsultationIndexPage",
    ]
    page_cache_sections = pagecache.SECTIONS
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = home_services(request=request)
        context["sections"] = page_sections("home_page_sections", request=request, page=self)
        return context


class StandardPage(ContentPage):  # noqa: DJ008 (Page defines __str__)
    """An ordinary content page: about the platform, contact, the accessibility statement."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    page_cache_sections = (pagecache.PAGES,)

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

    # Every page's footer links the accessibility statement: fetched with the settings.
    select_related = ["accessibility_statement"]

    portal_name = models.CharField(
        _("name of the portal"),
        max_length=255,
        default="Kraków dla NGO",
        help_text=_("Shown in the header and in page titles."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo or crest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown beside the portal's name in the header of every page, e.g. the city's crest. "
            "Its alternative text is the portal's name."
        ),
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
                FieldPanel("logo"),
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


class OutboxEmail(models.Model):
    """An e-mail the site owes someone, stored before it is sent.

    Booking confirmations, registration confirmations and notifications are written here in the
    same transaction as the record they are about, then sent by a task after commit. A failed send
    leaves the e-mail pending with its error, and `manage.py send_pending_emails` retries it, so a
    mail server that is down never loses a booking or its confirmation. A sender first claims the
    row (pending → sending, `home.services.email_claim`), so the task and the command never both
    deliver it; a claim older than OUTBOX_CLAIM_TIMEOUT_SECONDS is a sender that died, and the
    command puts the row back in the queue.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    purpose = models.CharField(_("purpose"), max_length=100, blank=True)
    to = models.JSONField(_("recipients"), default=list)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    attachments = models.JSONField(
        _("attachments"),
        default=list,
        blank=True,
        help_text=_("A list of {filename, content, mimetype}; text content only."),
    )
    headers = models.JSONField(
        _("extra headers"),
        default=dict,
        blank=True,
        help_text=_("Extra e-mail headers by name, e.g. List-Unsubscribe."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    claimed_at = models.DateTimeField(
        _("claimed by a sender at"),
        null=True,
        blank=True,
        help_text=_("Set while a sender is delivering the e-mail; cleared with the outcome."),
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "last_attempt_at"])]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"


class SearchEntry(models.Model):
    """One result the site search can find: a live page, or an item that a page shows (a
    published organization, shown by the map page).

    Written by home.services (pages, when saved live, published or unpublished) and by the apps
    for their items; `manage.py rebuild_search_index` writes them all again. `terms` holds the
    Polish terms (words and Stempel stems, home/stemming.py) of the public text only, so the
    search matches word forms on SQLite and PostgreSQL alike in one query. The URL and the
    section are not stored: they follow the page (`page` plus `route`) when it moves.
    """

    kind = models.CharField(_("kind"), max_length=100)  # the model's "app_label.model"
    object_id = models.PositiveBigIntegerField(_("object id"))
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page itself, or the page that shows the item."),
    )
    route = models.CharField(_("route"), max_length=255, blank=True)
    title = models.CharField(_("title"), max_length=255)
    details = models.CharField(_("details"), max_length=500, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    title_terms = models.TextField(_("terms of the title"), blank=True)
    terms = models.TextField(_("terms"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="home_search_entry_unique")
        ]

    def __str__(self):
        return self.title
