"""Builders for project pages, meetings and partners; tests call them instead of the demo."""

from datetime import date, time, timedelta

from django.utils import timezone

from projects.models import (
    Meeting,
    MeetingRegistration,
    Partner,
    ProjectIndexPage,
    ProjectPage,
    UpcomingMeetingsPage,
)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_project_index(home, **fields):
    fields.setdefault("title", "Projekty")
    fields.setdefault("slug", "projekty")
    return _publish(home, ProjectIndexPage(**fields))


def make_upcoming_meetings_page(home, **fields):
    fields.setdefault("title", "Najbliższe spotkania")
    fields.setdefault("slug", "spotkania")
    return _publish(home, UpcomingMeetingsPage(**fields))


def make_project(index, **fields):
    fields.setdefault("title", "Projekt")
    fields.setdefault("slug", fields["title"].lower().replace(" ", "-"))
    fields.setdefault("intro", "<p>Opis projektu.</p>")
    return _publish(index, ProjectPage(**fields))


def make_partner(**fields):
    fields.setdefault("name", "Fundacja Przykładowa")
    return Partner.objects.create(**fields)


def make_meeting(project, *, days_ahead=10, **fields):
    """A meeting `days_ahead` days from today (negative: in the past), 17:00–20:00 by default."""
    fields.setdefault("date", timezone.localdate() + timedelta(days=days_ahead))
    fields.setdefault("start_time", time(17))
    fields.setdefault("end_time", time(20))
    fields.setdefault("topic", "Kultura i sztuka")
    fields.setdefault("venue", "Fundacja Biuro Inicjatyw Społecznych")
    fields.setdefault("address", "ul. Krasickiego 18")
    fields.setdefault("room", "I piętro")
    return Meeting.objects.create(page=project, **fields)


def past_date():
    return date(2018, 5, 25)


def make_registration(meeting, **fields):
    """A registration as `meeting_register` stores it (the service itself refuses past meetings)."""
    fields.setdefault("name", "Anna Nowak")
    fields.setdefault("organisation", "Stowarzyszenie Sąsiedzi")
    fields.setdefault("email", f"osoba{MeetingRegistration.objects.count()}@example.org")
    fields.setdefault("phone", "12 345 67 89")
    fields.setdefault("accessibility_needs", "Pętla indukcyjna")
    fields.setdefault("consent", True)
    return MeetingRegistration.objects.create(meeting=meeting, **fields)
