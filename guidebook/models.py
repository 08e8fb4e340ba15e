"""The cooperation guidebook: one page type nested as guide → chapters → sections.

One type instead of three: the guide, a chapter and a section hold the same things (body, FAQ,
legal basis, review date), and an editor can add a level or move a section to another chapter
without converting pages. The guide is the GuidebookPage whose parent is not a GuidebookPage; the
depth below it is capped at chapters and sections (MAX_DEPTH_BELOW_GUIDE).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home import pagecache
from home.models import ContentPage

from .blocks import GuidebookStreamBlock, LegalReferenceBlock

# get_context and the search route import .selectors and .views inside the method: both
# modules import these models, so importing them here would be circular.

MAX_DEPTH_BELOW_GUIDE = 2


class GuidebookPage(RoutablePageMixin, ContentPage):  # noqa: DJ008 (Page defines __str__)
    """A guide, one of its chapters or one of their sections."""

    # The type the site search shows beside a result (home.selectors.search_results).
    search_result_type = pgettext_lazy("search result type", "Guide")

    last_reviewed = models.DateField(
        _("last reviewed on"),
        null=True,
        blank=True,
        help_text=_("When the content was last checked against the law and practice."),
    )
    legal_basis = StreamField(
        [("reference", LegalReferenceBlock())],
        verbose_name=_("legal basis"),
        blank=True,
        help_text=_("The acts and provisions this page is based on."),
    )
    review_notice = models.CharField(
        _("review notice"),
        max_length=300,
        blank=True,
        help_text=_(
            "A notice shown on top of the page, e.g. that the content is a draft to be reviewed."
        ),
    )
    body = StreamField(
        GuidebookStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The content, built from blocks; add questions and answers with the FAQ block."
        ),
    )

    parent_page_types = ["home.HomePage", "guidebook.GuidebookPage"]
    subpage_types = ["guidebook.GuidebookPage"]
    page_cache_sections = (pagecache.PAGES,)

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("legal_basis"), FieldPanel("review_notice")],
            heading=_("Review and legal basis"),
        )
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("legal_basis")]

    class Meta:
        verbose_name = _("guidebook page")
        verbose_name_plural = _("guidebook pages")

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        parent = parent.specific
        if not isinstance(parent, GuidebookPage):
            return True
        return parent.depth - parent.guide_root().depth < MAX_DEPTH_BELOW_GUIDE

    def guide_root(self):
        """The guide this page belongs to: its highest GuidebookPage ancestor (or itself)."""
        if not self.pk:
            return self
        root = GuidebookPage.objects.ancestor_of(self, inclusive=True).order_by("depth").first()
        return root or self

    def get_context(self, request, *args, **kwargs):
        from .selectors import guide_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(guide_navigation(page=self))
        return context

    @path("szukaj/", name="search")
    def search_view(self, request):
        from .views import guide_search

        return guide_search(request, page=self)

    def search_url(self):
        return self.url + self.reverse_subpage("search")
