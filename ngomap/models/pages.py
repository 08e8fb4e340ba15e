"""The map page, whose routes show the list, an organization and the forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home import pagecache
from home.pagetree import PublicPageMixin

from .organizations import Organization


class MapPage(PublicPageMixin, RoutablePageMixin, Page):  # noqa: DJ008 (Page defines __str__)
    """The public map: a filterable list of organizations enhanced by a Leaflet map.

    Its routes (ngomap/views.py does the work) are the list, an organization's page, the
    correction form and the "add your organization" form. The GeoJSON endpoint and the exports
    live outside the page tree (ngosite/urls.py) so that they cost as few queries as possible.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the map and the list."),
    )
    per_page = models.PositiveSmallIntegerField(
        _("organizations per page"),
        default=20,
        help_text=_("How many organizations the list shows on one page."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_cache_sections = (pagecache.PAGES, pagecache.ORGANIZATIONS)
    max_count = 1

    class Meta:
        verbose_name = _("map page")
        verbose_name_plural = _("map pages")

    def get_sitemap_urls(self, request=None):
        """The page itself and every published organization's page."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base:
            for slug, updated in Organization.objects.filter(live=True).values_list(
                "slug", "updated_at"
            ):
                urls.append({"location": f"{base}organizacja/{slug}/", "lastmod": updated})
        return urls

    @path("")
    def organization_list(self, request):
        # Function-local: .views imports these models (a cycle).
        from .. import views

        return views.map_list(request, map_page=self)

    @path("organizacja/<slug:slug>/")
    def organization_detail(self, request, slug):
        # Function-local: .views imports these models (a cycle).
        from .. import views

        return views.organization_detail(request, map_page=self, slug=slug)

    @path("dodaj/")
    def organization_add(self, request):
        # Function-local: .views imports these models (a cycle).
        from .. import views

        return views.organization_add(request, map_page=self)

    @re_path(r"^dodaj/dziekujemy/$")
    def organization_add_thanks(self, request):
        # Function-local: .views imports these models (a cycle).
        from .. import views

        return views.organization_add_thanks(request, map_page=self)
