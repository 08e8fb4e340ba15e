"""Projects: the index, the project pages, partners, meetings and registrations for them.

Page tree: HomePage → ProjectIndexPage (one) → ProjectPage; HomePage → UpcomingMeetingsPage (one).
Meetings are edited inline on their project page (an InlinePanel); registrations come from the
public form through `projects.services.meeting_register` and are listed in the admin under
"Meeting registrations" (wagtail_hooks.py) for staff with the view permission only.
"""

from datetime import datetime, time, timedelta
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home import pagecache
from home.ical import WARSAW
from home.models import ContentPage
from home.places import Place, place_panel
from home.selectors import page_sections

from .blocks import ProjectStreamBlock

PROJECTS_PER_PAGE = 12
MEETINGS_PER_PAGE = 20


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
        from .selectors import project_list

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

    @path("spotkania/<int:meeting_id>/", name="meeting")
    def meeting_view(self, request, meeting_id):
        from .views import meeting_detail

        return meeting_detail(request, page=self, meeting=self._meeting(meeting_id))

    @path("spotkania/<int:meeting_id>/kalendarz/", name="meeting_ical")
    def meeting_ical_view(self, request, meeting_id):
        from .views import meeting_ical

        return meeting_ical(request, page=self, meeting=self._meeting(meeting_id))

    @path("spotkania/<int:meeting_id>/potwierdzenie/", name="meeting_confirmation")
    def meeting_confirmation_view(self, request, meeting_id):
        from .views import meeting_confirmation

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

    def get_context(self, request, *args, **kwargs):
        # Function-local: .selectors imports these models (a cycle).
        from .selectors import project_meetings, project_partners

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


class ProjectPartner(Orderable):
    """A partner's role in one project, in the order the project names them."""

    class Role(models.TextChoices):
        IMPLEMENTER = "implementer", _("implementer")
        PARTNER = "partner", _("partner")
        FUNDER = "funder", _("funder")

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
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


class Meeting(Place, Orderable):
    """A meeting of a project or of a public consultation, edited inline on its page.

    It belongs to exactly one page: `page` (a ProjectPage) or `consultation` (a ConsultationPage),
    never both and never neither (a check constraint); `parent_page` is whichever is set. Two
    parental keys rather than one key to wagtailcore.Page: each page type keeps a plain
    InlinePanel("meetings") and real foreign keys, and no other page type's revisions carry a
    "meetings" relation. Times are local (Europe/Warsaw) and may be left empty when the sources
    do not give them (a past meeting known only by its date); `starts_at`/`ends_at` give aware
    datetimes for the iCalendar file and for deciding what is past (a meeting without an end
    time lasts to the end of its day). The venue's point (home.places.Place) gives the link to
    the map.
    """

    page = ParentalKey(
        ProjectPage,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="meetings",
    )
    consultation = ParentalKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="meetings",
    )
    date = models.DateField(_("date"), help_text=_("The day of the meeting."))
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Local time, e.g. 17:00; leave empty when it is not known."),
    )
    end_time = models.TimeField(
        _("end time"),
        null=True,
        blank=True,
        help_text=_("Local time, e.g. 20:00; leave empty when it is not known."),
    )
    topic = models.CharField(
        _("topic"), max_length=255, help_text=_("What the meeting is about, e.g. Culture and arts.")
    )
    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("The name of the place, e.g. a foundation's office; empty when not known."),
    )
    address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Street and number, e.g. ul. Krasickiego 18."),
    )
    room = models.CharField(
        _("room"),
        max_length=100,
        blank=True,
        help_text=_("Room or floor, e.g. room 040, 1st floor."),
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("Anything visitors must know about this meeting, e.g. what the sources say."),
    )
    attendance_info = models.TextField(
        _("how to confirm attendance"),
        blank=True,
        help_text=_(
            "E.g. by e-mail or phone to the coordinator; the online form is added when "
            "registration is open."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("How many people can register; leave empty for no limit."),
    )
    registration_open = models.BooleanField(
        _("online registration open"),
        default=False,
        help_text=_("Shows the registration form for this meeting while it is upcoming."),
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
        FieldPanel("topic"),
        FieldRowPanel([FieldPanel("venue"), FieldPanel("address"), FieldPanel("room")]),
        # The venue's point, for the link to the map: the same map and "find the address"
        # button as an organization's, looking up the one-line address.
        place_panel(address_fields={"street": "address"}, heading=_("Venue on the map")),
        FieldPanel("note"),
        FieldPanel("attendance_info"),
        FieldRowPanel([FieldPanel("registration_open"), FieldPanel("capacity")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["date", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(page__isnull=False) & Q(consultation__isnull=True))
                | (Q(page__isnull=True) & Q(consultation__isnull=False)),
                name="projects_meeting_one_parent",
            )
        ]

    def __str__(self):
        when = f"{self.date:%d.%m.%Y}"
        if self.start_time:
            when += f" {self.start_time:%H:%M}"
        return f"{when} – {self.topic}"

    def clean(self):
        super().clean()
        errors = {}
        if self.registration_open:
            # People registering must know when and where to come.
            for name in ("start_time", "end_time", "venue", "address"):
                if not getattr(self, name):
                    errors[name] = _("Needed when online registration is open.")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time must be later than the start time.")
        if errors:
            raise ValidationError(errors)

    @property
    def parent_page(self):
        """The project page or the consultation page the meeting belongs to."""
        return self.page if self.page_id or self.consultation_id is None else self.consultation

    @property
    def parent_is_consultation(self):
        return self.page_id is None and self.consultation_id is not None

    @property
    def has_times(self):
        return self.start_time is not None

    @property
    def starts_at(self):
        return timezone.make_aware(
            datetime.combine(self.date, self.start_time or time(0, 0)), WARSAW
        )

    @property
    def ends_at(self):
        if self.end_time is not None:
            return timezone.make_aware(datetime.combine(self.date, self.end_time), WARSAW)
        return timezone.make_aware(datetime.combine(self.date + timedelta(days=1), time(0)), WARSAW)

    @property
    def is_past(self):
        return self.ends_at <= timezone.now()

    @cached_property
    def registration_count(self):
        # Listings annotate `registrations_total`; a single meeting counts on demand.
        annotated = getattr(self, "registrations_total", None)
        if annotated is not None:
            return annotated
        return self.registrations.count() if self.pk else 0

    @property
    def places_left(self):
        if self.capacity is None:
            return None
        return max(self.capacity - self.registration_count, 0)

    @property
    def is_full(self):
        return self.capacity is not None and self.registration_count >= self.capacity

    @property
    def accepts_registrations(self):
        return self.registration_open and not self.is_past

    @property
    def location(self):
        return ", ".join(part for part in (self.venue, self.address, self.room) if part)

    def structured_data(self, *, project=None):
        """schema.org JSON-LD Event for the meeting (`project`: its page, when already loaded)."""
        project = project or self.parent_page
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.topic,
            "startDate": self.starts_at.isoformat() if self.has_times else self.date.isoformat(),
            "endDate": (
                self.ends_at.isoformat() if self.end_time is not None else self.date.isoformat()
            ),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {
                "@type": "Place",
                "name": self.venue,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": ", ".join(p for p in (self.address, self.room) if p),
                    "addressLocality": "Kraków",
                    "addressCountry": "PL",
                },
            },
            "organizer": {"@type": "Organization", "name": project.title, "url": project.full_url},
            "url": (project.full_url or "")
            + project.reverse_subpage("meeting", kwargs={"meeting_id": self.pk}),
            "isAccessibleForFree": True,
        }
        if self.has_point:
            data["location"]["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return data

    def map_url(self, *, map_page_url=""):
        """The venue on the map page's base map, or on openstreetmap.org when there is none."""
        if not self.has_point:
            return ""

        lat, lng = f"{self.latitude:.6f}", f"{self.longitude:.6f}"
        if map_page_url:
            query = urlencode({"lat": lat, "lng": lng, "zoom": 17, "label": self.venue})
            return f"{map_page_url}?{query}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=17/{lat}/{lng}"


class MeetingRegistration(models.Model):
    """A person's confirmation of attendance (potwierdzenie przybycia) at a meeting.

    Written only by `projects.services.meeting_register`; the database refuses a second
    registration of the same e-mail (case-insensitive) for one meeting. Personal data: shown in
    the admin to staff with the "view meeting registration" permission only, and removed by
    `projects.services.anonymize_registrations` once the meeting is MEETING_REGISTRATION_
    RETENTION_DAYS past; the row stays (with its organisation), so the counts per meeting stay.
    """

    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name and surname"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=255)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    consent = models.BooleanField(_("consent to processing personal data"), default=False)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    anonymized_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("meeting registration")
        verbose_name_plural = _("meeting registrations")
        ordering = ["-created_at"]
        constraints = [
            # Only registrations that still hold an e-mail are unique by it: anonymised ones all
            # have an empty one.
            models.UniqueConstraint(
                F("meeting"),
                Lower("email"),
                condition=Q(anonymized_at__isnull=True),
                name="projects_registration_unique_email",
            )
        ]

    def __str__(self):
        name = self.name or _("anonymised registration")
        return f"{name} – {self.meeting}"

    @property
    def project_title(self):
        return self.meeting.parent_page.title


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
        from .selectors import upcoming_meetings

        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(upcoming_meetings(), MEETINGS_PER_PAGE)
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        return context
