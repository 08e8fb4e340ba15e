"""Feeds of the consultation list: RSS 2.0 and Atom (django.contrib.syndication) and an
iCalendar file with each consultation's closing time and its meetings (home.ical)."""

from datetime import timedelta

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from home.ical import CalendarEvent, calendar_bytes
from projects.models import Meeting
from projects.services import meeting_calendar_event

from .models import ConsultationPage

FEED_ITEMS = 20


def _latest(index_page):
    return list(
        ConsultationPage.objects.child_of(index_page)
        .live()
        .public()
        .order_by("-opens_at")[:FEED_ITEMS]
    )


class ConsultationRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, *, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_full_url(request=self.request)

    def description(self):
        return strip_tags(self.index_page.intro) or self.index_page.title

    def items(self):
        return _latest(self.index_page)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        period = f"{item.local_opens_at:%d.%m.%Y %H:%M} – {item.local_closes_at:%d.%m.%Y %H:%M}"
        return f"{item.subject} ({period})"

    def item_link(self, item):
        return item.get_full_url(request=self.request)

    def item_pubdate(self, item):
        return item.opens_at

    def item_updateddate(self, item):
        return item.last_published_at


class ConsultationAtomFeed(ConsultationRssFeed):
    feed_type = Atom1Feed
    subtitle = ConsultationRssFeed.description


def consultations_ical(request, *, index_page):
    """Each consultation's closing time as a short event (the deadline for comments), and every
    meeting of those consultations (the same event as the meeting's own .ics). Two queries."""
    pages = _latest(index_page)
    events = [
        CalendarEvent(
            uid=f"consultation-{page.pk}-closes@ngosite",
            start=page.closes_at - timedelta(minutes=30),
            end=page.closes_at,
            summary=_("Consultation closes: %(title)s") % {"title": page.title},
            description=page.subject,
            url=page.get_full_url(request=request) or "",
        )
        for page in pages
    ]
    by_pk = {page.pk: page for page in pages}
    meetings = Meeting.objects.filter(consultation__in=list(by_pk)).order_by("date", "start_time")
    for meeting in meetings:
        meeting.consultation = page = by_pk[meeting.consultation_id]
        url = request.build_absolute_uri(page.meeting_url(meeting))
        events.append(meeting_calendar_event(meeting=meeting, url=url))
    response = HttpResponse(calendar_bytes(events), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="konsultacje.ics"'
    return response
