"""Reads of the projects app shared by pages, hooks and feeds; each costs fixed queries."""

from django.db.models import Count, F, Prefetch, Q
from django.db.models.functions import Lower
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


def with_registration_counts(meetings):
    """`registrations_total` (registrations) and `registration_organisations_total` (distinct
    organisations, case-insensitive) on each meeting, in the same query."""
    return meetings.annotate(
        registrations_total=Count("registrations", distinct=True),
        registration_organisations_total=Count(Lower("registrations__organisation"), distinct=True),
    )


def _live_consultations():
    from consultations.models import ConsultationPage

    return public_pages(ConsultationPage.objects.live())


def project_meetings(*, project):
    """All meetings of a project in date order, with their registration counts (one query):
    its own, and those of the live consultations it runs (ConsultationPage.project), which
    belong to the consultation's page and are linked from there."""
    meetings = list(
        with_registration_counts(
            Meeting.objects.filter(
                Q(page=project)
                | Q(consultation__project=project, consultation__in=_live_consultations())
            )
        )
        .select_related("consultation")
        .order_by("date", F("start_time").asc(nulls_first=True))
    )
    for meeting in meetings:
        if meeting.page_id:
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
    """Meetings that have not ended yet, of live public projects and consultations, soonest
    first (a meeting without an end time lasts to the end of its day)."""
    now = timezone.localtime()
    meetings = (
        with_registration_counts(
            Meeting.objects.filter(date__gte=now.date())
            .filter(
                Q(page__in=public_pages(ProjectPage.objects.live()))
                | Q(consultation__in=_live_consultations())
            )
            .exclude(date=now.date(), end_time__lte=now.time())
        )
        .select_related("page", "consultation")
        .order_by("date", F("start_time").asc(nulls_first=True))
    )
    return list(meetings[:limit]) if limit else meetings
