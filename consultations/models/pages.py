"""The consultation pages: the index of consultations and one consultation."""

from datetime import datetime, time, timedelta

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home import pagecache
from home.ical import WARSAW
from home.models import ContentPage
from projects.models import MeetingPageMixin

CONSULTATIONS_PER_PAGE = 20


class ConsultationState(models.TextChoices):
    UPCOMING = "upcoming", _("upcoming")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")


def next_midnight(moment):
    """The next midnight in Europe/Warsaw after `moment` (when "N days left" changes)."""
    day = timezone.localdate(moment, WARSAW) + timedelta(days=1)
    return timezone.make_aware(datetime.combine(day, time(0, 0)), WARSAW)


class ConsultationIndexPage(RoutablePageMixin, ContentPage):  # noqa: DJ008
    """The list of consultations ("Konsultacje"): open, upcoming and closed, with a filter;
    feeds under it: `rss/`, `atom/` and `kalendarz/` (closing times and meetings as iCalendar).

    Page cache: the list changes when a consultation opens or closes and, for open ones, at
    midnight (days left): the cached copy expires at the next such moment (pagecache.valid_until).
    """

    subscription_privacy_notice = RichTextField(
        _("privacy notice of the subscription"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown with the consent on the form that subscribes to new consultations."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["consultations.ConsultationPage"]
    page_cache_sections = (pagecache.PAGES, pagecache.CONSULTATIONS)
    max_count = 1
    content_panels = ContentPage.content_panels + [FieldPanel("subscription_privacy_notice")]

    class Meta:
        verbose_name = _("consultation index")
        verbose_name_plural = _("consultation indexes")

    def get_context(self, request, *args, **kwargs):
        # Function-local: .selectors imports these models (a cycle).
        from ..selectors import consultation_list, consultations_next_change

        context = super().get_context(request, *args, **kwargs)
        pagecache.valid_until(request, consultations_next_change(parent=self))
        state = request.GET.get("stan", "")
        if state not in ConsultationState.values:
            state = ""
        paginator = Paginator(consultation_list(parent=self, state=state), CONSULTATIONS_PER_PAGE)
        context.update(
            page_obj=paginator.get_page(request.GET.get("page")),
            state=state,
            states=ConsultationState.choices,
        )
        return context

    @path("rss/", name="feed_rss")
    def feed_rss(self, request):
        # Function-local: .feeds imports these models (a cycle).
        from ..feeds import ConsultationRssFeed

        return ConsultationRssFeed(index_page=self)(request)

    @path("atom/", name="feed_atom")
    def feed_atom(self, request):
        # Function-local: .feeds imports these models (a cycle).
        from ..feeds import ConsultationAtomFeed

        return ConsultationAtomFeed(index_page=self)(request)

    @path("kalendarz/", name="feed_ical")
    def feed_ical(self, request):
        # Function-local: .feeds imports these models (a cycle).
        from ..feeds import consultations_ical

        return consultations_ical(request, index_page=self)

    # Subscriptions to new consultations (double opt-in, one-click unsubscribe).
    @path("subskrypcja/", name="subscribe")
    def subscribe_view(self, request):
        from ..views import subscribe_form

        return subscribe_form(request, index_page=self)

    @path("subskrypcja/wyslano/", name="subscribe_sent")
    def subscribe_sent_view(self, request):
        from ..views import subscribe_sent

        return subscribe_sent(request, index_page=self)

    @path("subskrypcja/potwierdz/<str:token>/", name="subscribe_confirm")
    def subscribe_confirm_view(self, request, token):
        from ..views import subscribe_confirm

        return subscribe_confirm(request, index_page=self, token=token)

    @path("subskrypcja/wypisz/<str:token>/", name="unsubscribe")
    def unsubscribe_view(self, request, token):
        from ..views import unsubscribe

        return unsubscribe(request, index_page=self, token=token)

    def route_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    def full_route_url(self, name, *args):
        return (self.full_url or self.url) + self.reverse_subpage(name, args=args)


class ConsultationPage(MeetingPageMixin, ContentPage):  # noqa: DJ008 (Page defines __str__)
    """One consultation: its facts, period, attachments, meetings, the draft and the comment routes.

    Its meetings are projects.Meeting rows (edited inline, as a project's), with the same
    routes, registration, iCalendar files and e-mails (MeetingPageMixin): `spotkania/<id>/`.

    Routes under the page: `uwagi/` (the comment form, `?jednostka=<uid>` preselects a unit),
    `uwagi/wyslano/`, `uwagi/potwierdz/<token>/` (double opt-in), `raport/` and `raport/xlsx/`
    (Wagtail routes only path segments of letters, digits, "-" and "_": no dotted file name).
    """

    # The type the site search shows beside a result (home.selectors.search_results).
    search_result_type = pgettext_lazy("search result type", "Consultation")

    subject = models.TextField(
        _("subject"), help_text=_("What the consultation is about, in one or two sentences.")
    )
    document_title = models.CharField(
        _("document consulted"),
        max_length=500,
        help_text=_("The title of the draft, e.g. a draft resolution on the annual programme."),
    )
    legal_basis = models.TextField(
        _("legal basis"),
        blank=True,
        help_text=_("E.g. art. 5 ust. 5 of the Act on public benefit activity and volunteering."),
    )
    participants = models.TextField(
        _("who may take part"),
        default="Organizacje pozarządowe oraz podmioty wymienione w art. 3 ust. 3 ustawy o "
        "działalności pożytku publicznego i o wolontariacie.",
        help_text=_("NGOs and the entities of art. 3 ust. 3; add residents if they may take part."),
    )
    responsible_unit = models.CharField(
        _("responsible unit"),
        max_length=255,
        help_text=_("The city's unit that runs the consultation."),
    )
    contact = models.TextField(
        _("contact"), blank=True, help_text=_("Who answers questions: name, e-mail, phone.")
    )
    opens_at = models.DateTimeField(
        _("opens"), help_text=_("Local time (Europe/Warsaw) from which comments are accepted.")
    )
    closes_at = models.DateTimeField(
        _("closes"), help_text=_("Local time (Europe/Warsaw) until which comments are accepted.")
    )
    forms_of_consultation = models.TextField(
        _("forms of consultation"),
        default="Uwagi pisemne przez formularz na tej stronie",
        help_text=_("One form per line, e.g. written comments through the site, meetings."),
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        help_text=_("The project that runs the consultation, if any."),
    )
    comments_public = models.BooleanField(
        _("show comments while the consultation runs"),
        default=False,
        help_text=_(
            "When ticked, confirmed comments that a moderator approved appear under their units "
            "while the consultation runs; otherwise comments are published only in the report."
        ),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown with the consent on the comment form (who processes data and why)."),
    )
    participants_count = models.PositiveIntegerField(
        _("participants of the meetings"),
        null=True,
        blank=True,
        help_text=_("For the report: how many people took part in the meetings in total."),
    )
    organizations_count = models.PositiveIntegerField(
        _("organisations at the meetings"),
        null=True,
        blank=True,
        help_text=_("For the report: how many organisations the participants represented."),
    )
    course_note = models.TextField(
        _("note on the course"),
        blank=True,
        help_text=_("Anything the report must say about how the consultation went."),
    )
    report_news = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("news item about the report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A news item announcing the report, if there is one."),
    )
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        verbose_name=_("attachments"),
        blank=True,
        help_text=_("The draft, its justification and other documents, in the order shown."),
    )
    report_published_at = models.DateTimeField(
        _("report published"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Set by the “Publish the report” button in the admin."),
    )
    subscribers_notified_at = models.DateTimeField(
        _("subscribers notified"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the subscribers were e-mailed that the consultation opened (once)."),
    )

    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []
    # Comments, answers, the report and the draft ("consultations"); meetings' free places.
    page_cache_sections = (pagecache.PAGES, pagecache.CONSULTATIONS, pagecache.MEETINGS)
    # A copy is a new consultation: its subscribers are told when it opens.
    exclude_fields_in_copy = ["subscribers_notified_at"]

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("subject"),
                FieldPanel("document_title"),
                FieldPanel("legal_basis"),
                FieldPanel("participants"),
                FieldPanel("responsible_unit"),
                FieldPanel("contact"),
                FieldPanel("project"),
            ],
            heading=_("Facts"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("forms_of_consultation"),
                FieldPanel("comments_public"),
                FieldPanel("privacy_notice"),
            ],
            heading=_("Period and forms"),
        ),
        FieldPanel("attachments"),
        InlinePanel("meetings", heading=_("Meetings"), label=_("Meeting")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("participants_count"), FieldPanel("organizations_count")]
                ),
                FieldPanel("course_note"),
                FieldPanel("report_news"),
            ],
            heading=_("For the report"),
        ),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("subject"),
        index.SearchField("document_title"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]

    class Meta:
        verbose_name = _("consultation page")
        verbose_name_plural = _("consultation pages")

    # Set by services, never by editors: publishing a revision (an older one above all) must
    # keep their current values rather than those the revision was saved with.
    fields_outside_revisions = ("report_published_at", "subscribers_notified_at")

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        if self.pk:
            current = (
                type(self).objects.filter(pk=self.pk).values(*self.fields_outside_revisions).first()
            )
            for name, value in (current or {}).items():
                setattr(obj, name, value)
        return obj

    def state_at(self, moment):
        if moment < self.opens_at:
            return ConsultationState.UPCOMING
        if moment < self.closes_at:
            return ConsultationState.OPEN
        return ConsultationState.CLOSED

    @property
    def state(self):
        return self.state_at(timezone.now())

    @property
    def is_open(self):
        return self.state == ConsultationState.OPEN

    @property
    def days_left(self):
        """Whole days from today to the closing day, both in Europe/Warsaw (0: closes today)."""
        today = timezone.localdate(timezone.now(), WARSAW)
        return (timezone.localdate(self.closes_at, WARSAW) - today).days

    @property
    def local_opens_at(self):
        return timezone.localtime(self.opens_at, WARSAW)

    @property
    def local_closes_at(self):
        return timezone.localtime(self.closes_at, WARSAW)

    @property
    def form_list(self):
        return [line.strip() for line in self.forms_of_consultation.splitlines() if line.strip()]

    @property
    def report_is_published(self):
        return self.report_published_at is not None

    def next_change_at(self, moment, *, meetings=()):
        """When what the page shows changes by time alone after `moment`: it opens, it closes,
        the days left change at midnight, an upcoming meeting ends. None once nothing will."""
        candidates = [m.ends_at for m in meetings if m.ends_at > moment]
        state = self.state_at(moment)
        if state == ConsultationState.UPCOMING:
            candidates.append(self.opens_at)
        elif state == ConsultationState.OPEN:
            candidates += [self.closes_at, next_midnight(moment)]
        return min(candidates, default=None)

    def get_context(self, request, *args, **kwargs):
        # Function-local: .selectors imports these models (a cycle).
        from ..selectors import consultation_draft, consultation_meetings, public_comments

        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False) or self.pk is None:
            # A preview shows the editor's unsaved meetings, held in memory.
            meetings = sorted(self.meetings.all(), key=lambda m: (m.date, m.start_time or time()))
            for meeting in meetings:
                meeting.registrations_total = 0 if meeting.pk is None else None
        else:
            # The report's route has read them already (selectors.consultation_report).
            meetings = getattr(self, "_listed_meetings", None)
            if meetings is None:
                meetings = consultation_meetings(page=self)
        units = consultation_draft(page=self) if self.pk else []
        shown = public_comments(page=self) if self.pk else {}
        for unit in units:
            unit.public_comments = shown.get(unit.pk, [])
        self._listed_meetings = meetings  # structured_data() lists them without a query
        pagecache.valid_until(request, self.next_change_at(timezone.now(), meetings=meetings))
        context.update(
            units=units,
            general_comments=shown.get(None, []),
            comment_url=self.url + self.reverse_subpage("comment") if self.pk else "",
            attachment_documents=list(self.attachments),
            upcoming_meetings=[meeting for meeting in meetings if not meeting.is_past],
            past_meetings=[meeting for meeting in meetings if meeting.is_past],
        )
        return context

    def structured_data(self):
        """schema.org JSON-LD: the consultation as an event, with its upcoming meetings."""
        data = self._structured_data()
        meetings = getattr(self, "_listed_meetings", None) or []
        events = [
            meeting.structured_data(project=self)
            for meeting in meetings
            if meeting.pk and not meeting.is_past
        ]
        return [data, *events] if events else data

    def _structured_data(self):
        return {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": " ".join(strip_tags(self.subject).split()),
            "startDate": self.opens_at.isoformat(),
            "endDate": self.closes_at.isoformat(),
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            "location": {"@type": "VirtualLocation", "url": self.full_url},
            "organizer": {"@type": "Organization", "name": self.responsible_unit},
            "url": self.full_url,
            "isAccessibleForFree": True,
        }

    def route_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    @path("uwagi/", name="comment")
    def comment_view(self, request):
        # Function-local: .views imports these models (a cycle).
        from ..views import comment_form

        return comment_form(request, page=self)

    @path("uwagi/wyslano/", name="comment_sent")
    def comment_sent_view(self, request):
        # Function-local: .views imports these models (a cycle).
        from ..views import comment_sent

        return comment_sent(request, page=self)

    @path("uwagi/potwierdz/<str:token>/", name="comment_confirm")
    def comment_confirm_view(self, request, token):
        # Function-local: .views imports these models (a cycle).
        from ..views import comment_confirm

        return comment_confirm(request, page=self, token=token)

    @path("raport/", name="report")
    def report_view(self, request):
        # Function-local: .views imports these models (a cycle).
        from ..views import report

        return report(request, page=self)

    @path("raport/xlsx/", name="report_xlsx")
    def report_xlsx_view(self, request):
        # Function-local: .views imports these models (a cycle).
        from ..views import report_xlsx

        return report_xlsx(request, page=self)
