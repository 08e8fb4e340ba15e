"""Meetings in a project's schedule, edited inline on the project page."""

from datetime import datetime, time, timedelta
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from home.ical import WARSAW
from home.places import Place, place_panel


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
        "projects.ProjectPage",
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
