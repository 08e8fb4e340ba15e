"""Reads of the projects app shared by pages, hooks and feeds; each costs fixed queries."""

from django.db.models import Count, F, Prefetch
from django.utils import timezone
from wagtail.images import get_image_model

from home.selectors import public_pages

from .models import Meeting, ProjectPage, ProjectPartner


def project_list(*, parent=None, status="", show_archived=False):
    """Live, public projects, newest first; archived ones only when asked for."""
    projects = public_pages(ProjectPage.objects.live())
    if parent is not None:
        projects = projects.child_of(parent)
    if status:
        projects = projects.filter(status=status)
    if not show_archived:
        projects = projects.filter(is_archived=False)
    # Projects without dates last, on SQLite and PostgreSQL alike.
    return projects.order_by(F("start_date").desc(nulls_last=True), "title")


def current_projects(*, limit=3):
    """Ongoing, not archived projects for the home page."""
    return list(project_list(status=ProjectPage.Status.ONGOING)[:limit])


def project_meetings(*, project):
    """All meetings of a project in date order, with their registration counts (one query)."""
    meetings = list(
        Meeting.objects.filter(page=project)
        .annotate(registrations_total=Count("registrations"))
        .order_by("date", "start_time")
    )
    for meeting in meetings:
        meeting.page = project  # the templates link each meeting through its page
    return meetings


def project_partners(*, project):
    """The project's partners with their logos' renditions prefetched (fixed query count)."""
    image_model = get_image_model()
    return list(
        ProjectPartner.objects.filter(page=project)
        .select_related("partner")
        .prefetch_related(
            Prefetch(
                "partner__logo",
                queryset=image_model.objects.prefetch_renditions("max-240x80"),
            )
        )
        .order_by("sort_order")
    )


def upcoming_meetings(*, limit=None):
    """Meetings that have not ended yet, of live public projects, soonest first."""
    now = timezone.localtime()
    meetings = (
        Meeting.objects.filter(date__gte=now.date())
        .filter(page__in=public_pages(ProjectPage.objects.live()))
        .exclude(date=now.date(), end_time__lte=now.time())
        .select_related("page")
        .annotate(registrations_total=Count("registrations"))
        .order_by("date", "start_time")
    )
    return list(meetings[:limit]) if limit else meetings
