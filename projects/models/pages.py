"""The project pages: the index of projects, a project and the upcoming meetings."""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home import pagecache
from home.models import ContentPage
from home.selectors import page_sections

from ..blocks import ProjectStreamBlock
from .meetings import Meeting
from .partners import ProjectPartner

PROJECTS_PER_PAGE = 12
MEETINGS_PER_PAGE = 20


class ProjectIndexPage(ContentPage):  # noqa: DJ008 (Page defines __str__)
    """The list of projects, filtered by status; archived projects only on request."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    page_cache_sections = (pagecache.PAGES, pagecache.MEETINGS)
    max_count = 1

    class Meta:
        verbose_name = _("project index")
        verbose_name_plural = _("project indexes")

    def get_context(self, request, *args, **kwargs):
        # Function-local: .selectors imports these models (a cycle).
        from ..selectors import project_list

        context = super().get_context(request, *args, **kwargs)
        status = request.GET.get("status", "")
        if status not in ProjectPage.Status.values:
            status = ""
        show_archived = request.GET.get("archiwalne") == "1"
        projects = project_list(parent=self, status=status, show_archived=show_archived)
        paginator = Paginator(projects, PROJECTS_PER_PAGE)
        context.update(
            page_obj=paginator.get_page(request.GET.get("page")),
            status=status,
            show_archived=show_archived,
            statuses=ProjectPage.Status.choices,
        )
        return context


class MeetingPageMixin(RoutablePageMixin):
    """What a page that holds meetings shares (a project page, a consultation page): the meeting
    routes under its URL (/<page>/spotkania/<id>/, its .ics and the confirmation), the meetings'
    URLs and their place in the sitemap. The page's meetings are `Meeting` rows whose parental
    key points to it (`related_name="meetings"` on both keys)."""

    def get_sitemap_urls(self, request=None):
        """The page and its meetings' pages (one query for the meetings)."""
        urls = super().get_sitemap_urls(request=request)
        base = self.get_full_url(request=request)
        if not base:
            return urls
        for meeting in self.meetings.all().only("pk"):
            urls.append(
                {
                    "location": base
                    + self.reverse_subpage("meeting", kwargs={"meeting_id": meeting.pk}),
                    "lastmod": self.last_published_at,
                }
            )
        return urls

    def meeting_url(self, meeting, name="meeting"):
        return self.url + self.reverse_subpage(name, kwargs={"meeting_id": meeting.pk})

    def _meeting(self, meeting_id):
        try:
            return self.meetings.get(pk=meeting_id)
        except Meeting.DoesNotExist:
            raise Http404 from None

    def moved_meeting_url(self, meeting_id):
        """Where a meeting that was once this page's lives now (None: not known)."""
        return None

    @path("spotkania/<int:meeting_id>/", name="meeting")
    def meeting_view(self, request, meeting_id):
        from ..views import meeting_detail

        try:
            meeting = self._meeting(meeting_id)
        except Http404:
            moved = self.moved_meeting_url(meeting_id)
            if moved is None:
                raise
            return HttpResponsePermanentRedirect(moved)
        return meeting_detail(request, page=self, meeting=meeting)

    @path("spotkania/<int:meeting_id>/kalendarz/", name="meeting_ical")
    def meeting_ical_view(self, request, meeting_id):
        from ..views import meeting_ical

        return meeting_ical(request, page=self, meeting=self._meeting(meeting_id))

    @path("spotkania/<int:meeting_id>/potwierdzenie/", name="meeting_confirmation")
    def meeting_confirmation_view(self, request, meeting_id):
        from ..views import meeting_confirmation

        return meeting_confirmation(request, page=self, meeting=self._meeting(meeting_id))


class ProjectPage(MeetingPageMixin, ContentPage):  # noqa: DJ008 (Page defines __str__)
    """One project: its facts, partners, funding, sections of blocks and its meetings; other
    apps add sections through the `project_page_sections` hook (as on the home page).

    The meeting routes (a meeting's page with the registration form, its iCalendar file and the
    confirmation) hang under the project's URL: /projekty/<project>/spotkania/<id>/.
    """

    # The type the site search shows beside a result (home.selectors.search_results).
    search_result_type = pgettext_lazy("search result type", "Project")

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        ONGOING = "ongoing", _("ongoing")
        COMPLETED = "completed", _("completed")

    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("The day the project started.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("The day the project ended or will end.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ONGOING,
        blank=True,
        help_text=_(
            "Used by the filters of the project list. Leave empty when the project's own "
            "description does not say."
        ),
    )
    is_archived = models.BooleanField(
        _("archived document"),
        default=False,
        help_text=_(
            "Shows the “archived document” banner and hides the project from the default list; "
            "the page stays reachable."
        ),
    )
    target_groups = models.TextField(
        _("target groups"),
        blank=True,
        help_text=_("Who the project is for; one group per line."),
    )
    places = models.CharField(
        _("places of implementation"),
        max_length=255,
        blank=True,
        help_text=_("Where the project is carried out, e.g. Kraków and Wrocław."),
    )
    funder = models.CharField(
        _("funder"),
        max_length=255,
        blank=True,
        help_text=_("Who funds or co-finances the project, e.g. the European Social Fund."),
    )
    funding_programme = models.CharField(
        _("funding programme"),
        max_length=500,
        blank=True,
        help_text=_("The programme, priority and measure, with the project number."),
    )
    cofinancing_note = models.TextField(
        _("co-financing note"),
        blank=True,
        help_text=_("E.g. “The project is co-financed by the City of Kraków”."),
    )
    funding_disclaimer = models.TextField(
        _("funding disclaimer"),
        blank=True,
        help_text=_("The text the funder requires to be shown, word for word."),
    )
    body = StreamField(
        ProjectStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The sections of the project: goals, more information, background, tasks, "
            "achievements, key results, materials and contact."
        ),
    )

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    page_cache_sections = (pagecache.PAGES, pagecache.MEETINGS)

    content_panels = ContentPage.content_panels[:-1] + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
                FieldPanel("is_archived"),
                FieldPanel("target_groups"),
                FieldPanel("places"),
            ],
            heading=_("Facts"),
        ),
        # The label goes into "Dodaj …" (the accusative) and "… 1": a word whose two read alike.
        InlinePanel(
            "partners",
            heading=_("Implementers, partners and funders"),
            label=pgettext_lazy("project partner", "entity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("funder"),
                FieldPanel("funding_programme"),
                FieldPanel("cofinancing_note"),
                FieldPanel("funding_disclaimer"),
            ],
            heading=_("Funding"),
        ),
        FieldPanel("body"),
        InlinePanel("meetings", heading=_("Meetings"), label=_("meeting")),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("target_groups"),
        index.SearchField("funding_programme"),
        index.FilterField("status"),
        index.FilterField("is_archived"),
    ]

    class Meta:
        verbose_name = _("project page")
        verbose_name_plural = _("project pages")

    @property
    def target_group_list(self):
        return [line.strip() for line in self.target_groups.splitlines() if line.strip()]

    def moved_meeting_url(self, meeting_id):
        """A meeting now held by a live consultation this project runs (the demo's 2018 meetings
        moved so) keeps its old address under the project: it redirects there."""
        meeting = (
            Meeting.objects.filter(
                pk=meeting_id, consultation__project=self, consultation__live=True
            )
            .select_related("consultation")
            .first()
        )
        return None if meeting is None else meeting.consultation.meeting_url(meeting)

    def get_context(self, request, *args, **kwargs):
        # Function-local: .selectors imports these models (a cycle).
        from ..selectors import project_meetings, project_partners

        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False) or self.pk is None:
            # A preview shows the editor's unsaved meetings and partners, held in memory.
            meetings = sorted(self.meetings.all(), key=lambda m: (m.date, m.start_time))
            for meeting in meetings:
                meeting.registrations_total = 0 if meeting.pk is None else None
            partners = list(self.partners.all())
        else:
            meetings = project_meetings(project=self)
            partners = project_partners(project=self)
        self._listed_meetings = meetings  # structured_data() lists them without a query
        context.update(
            upcoming_meetings=[meeting for meeting in meetings if not meeting.is_past],
            past_meetings=[meeting for meeting in meetings if meeting.is_past],
            implementers=[p for p in partners if p.role == ProjectPartner.Role.IMPLEMENTER],
            partners=[p for p in partners if p.role == ProjectPartner.Role.PARTNER],
            funders=[p for p in partners if p.role == ProjectPartner.Role.FUNDER],
            # Other apps add to the page (news: "News about the project") through this hook.
            sections=(
                page_sections("project_page_sections", request=request, page=self)
                if self.pk
                else []
            ),
        )
        return context

    def structured_data(self):
        """schema.org JSON-LD: the project, with its upcoming meetings as events."""
        data = {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": self.title,
            "url": self.full_url,
            "description": " ".join(strip_tags(self.intro).split()) or self.search_description,
        }
        if self.start_date:
            data["foundingDate"] = self.start_date.isoformat()
        if self.end_date:
            data["dissolutionDate"] = self.end_date.isoformat()
        if self.funder:
            data["funder"] = {"@type": "Organization", "name": self.funder}
        if self.places:
            data["areaServed"] = self.places
        meetings = getattr(self, "_listed_meetings", None)
        if meetings is None:
            meetings = self.meetings.all()
        events = [
            meeting.structured_data(project=self)
            for meeting in meetings
            if meeting.pk and not meeting.is_past
        ]
        return [data, *events] if events else data


class UpcomingMeetingsPage(ContentPage):  # noqa: DJ008 (Page defines __str__)
    """One page listing the upcoming meetings of all projects."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_cache_sections = (pagecache.PAGES, pagecache.MEETINGS)
    max_count = 1

    class Meta:
        verbose_name = _("upcoming meetings page")
        verbose_name_plural = _("upcoming meetings pages")

    def get_context(self, request, *args, **kwargs):
        # Function-local: .selectors imports these models (a cycle).
        from ..selectors import upcoming_meetings

        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(upcoming_meetings(), MEETINGS_PER_PAGE)
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        return context
