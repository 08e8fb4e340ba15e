"""News: the index (paginated, filtered by tag and project, with RSS and Atom feeds) and news pages.

Page tree: HomePage → NewsIndexPage (one) → NewsPage. The feeds hang under the index's URL:
/aktualnosci/rss/, /aktualnosci/atom/ and /aktualnosci/projekt/<project slug>/rss/ (and atom/).
"""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index

from home import pagecache
from home.models import ContentPage
from home.selectors import public_pages
from projects.models import ProjectPage

# The pages' get_context and feed routes import .selectors and .feeds inside the method: both
# modules import these models, so importing them here would be circular.

NEWS_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, ContentPage):  # noqa: DJ008 (Page defines __str__)
    """The news, newest first, filtered by tag (?tag=) and by project (?projekt=<slug>)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    page_cache_sections = (pagecache.PAGES,)
    max_count = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_context(self, request, *args, **kwargs):
        from .selectors import news_list, news_projects, news_tags

        context = super().get_context(request, *args, **kwargs)
        tag = request.GET.get("tag", "").strip()
        project_slug = request.GET.get("projekt", "").strip()
        projects = news_projects()
        project = next((p for p in projects if p.slug == project_slug), None)
        items = news_list(parent=self, tag=tag, project=project)
        paginator = Paginator(items, NEWS_PER_PAGE)
        context.update(
            page_obj=paginator.get_page(request.GET.get("page")),
            tag=tag,
            project=project,
            tags=news_tags(),
            projects=projects,
        )
        return context

    def feed_url(self, kind="rss", project=None):
        if project is None:
            return self.url + self.reverse_subpage(f"feed_{kind}")
        return self.url + self.reverse_subpage(
            f"project_feed_{kind}", kwargs={"project_slug": project.slug}
        )

    def _project(self, slug):
        project = public_pages(ProjectPage.objects.live()).filter(slug=slug).first()
        if project is None:
            raise Http404
        return project

    @path("rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(index_page=self)(request)

    @path("atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(index_page=self)(request)

    @path("projekt/<slug:project_slug>/rss/", name="project_feed_rss")
    def project_feed_rss(self, request, project_slug):
        from .feeds import NewsRssFeed

        return NewsRssFeed(index_page=self, project=self._project(project_slug))(request)

    @path("projekt/<slug:project_slug>/atom/", name="project_feed_atom")
    def project_feed_atom(self, request, project_slug):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(index_page=self, project=self._project(project_slug))(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(ContentPage):  # noqa: DJ008 (Page defines __str__)
    """One news item: its date, lead (the introduction), image, body, tags and related projects."""

    # The type the site search shows beside a result (home.selectors.search_results).
    search_result_type = pgettext_lazy("search result type", "News item")

    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("The date shown with the news item.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top, in listings and when the page is shared."),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=NewsPageTag,
        blank=True,
        help_text=_("Topics readers can filter the news by."),
    )
    related_projects = ParentalManyToManyField(
        "projects.ProjectPage",
        verbose_name=_("related projects"),
        blank=True,
        related_name="news_items",
        help_text=_("The news item also appears on these projects' pages and feeds."),
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    page_cache_sections = (pagecache.PAGES,)

    content_panels = ContentPage.content_panels[:1] + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Attached documents"), label=_("document")),
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("related_projects")], heading=_("Tags and projects")
        ),
    ]
    search_fields = ContentPage.search_fields + [index.FilterField("date")]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    og_type = "article"

    def structured_data(self):
        """schema.org JSON-LD NewsArticle."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "datePublished": self.date.isoformat(),
            "url": self.full_url,
            "description": " ".join(strip_tags(self.intro).split()) or self.search_description,
            "inLanguage": "pl",
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.image:
            rendition = self.image.get_rendition("fill-1200x630")
            data["image"] = [rendition.full_url]
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Through the cluster's relations, so that a preview shows the editor's unsaved choices.
        context["attachment_documents"] = [
            attachment.document for attachment in self.attachments.all() if attachment.document
        ]
        context["projects"] = sorted(
            (project for project in self.related_projects.all() if project.live),
            key=lambda project: project.title,
        )
        context["tag_list"] = sorted(self.tags.all(), key=lambda tag: tag.name)
        return context


class NewsAttachment(Orderable):
    """A document attached to a news item, e.g. a report."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The file readers can download."),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attached document")
        verbose_name_plural = _("attached documents")

    def __str__(self):
        return self.document.title
