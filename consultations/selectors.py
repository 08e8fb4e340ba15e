"""Reads of the consultations app shared by the pages, the admin, the report and the exports."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Min, Q
from django.db.models.functions import Lower
from django.utils import timezone

from home.selectors import public_pages
from projects.models import Meeting, MeetingRegistration
from projects.selectors import with_registration_counts

from .models import Comment, ConsultationPage, ConsultationState, DraftUnit, next_midnight

CONFIRMED = Q(submission__confirmed_at__isnull=False)


def consultation_list(*, parent, state="", now=None):
    """Live consultations under `parent`: open first (closing soonest), then upcoming, then
    closed (latest first); `state` keeps one of the three."""
    now = now or timezone.now()
    pages = public_pages(ConsultationPage.objects.child_of(parent).live())
    if state == ConsultationState.OPEN:
        return pages.filter(opens_at__lte=now, closes_at__gt=now).order_by("closes_at")
    if state == ConsultationState.UPCOMING:
        return pages.filter(opens_at__gt=now).order_by("opens_at")
    if state == ConsultationState.CLOSED:
        return pages.filter(closes_at__lte=now).order_by("-closes_at")
    pages = list(pages.order_by("-closes_at"))
    rank = {ConsultationState.OPEN: 0, ConsultationState.UPCOMING: 1, ConsultationState.CLOSED: 2}
    return sorted(pages, key=lambda page: rank[page.state_at(now)])


# Consultations not yet closed that the home page section reads in one query; a city runs a
# handful at a time. Past this many, the next change is asked of the database separately.
NOT_CLOSED_READ = 50


def open_consultations(*, now=None, limit=3):
    """Live consultations taking comments now, closing soonest first (the home page section),
    and the next moment the section changes by time alone (see consultations_next_change).
    One query: the consultations not closed yet (open and upcoming) are read together."""
    now = now or timezone.now()
    pages = list(
        public_pages(ConsultationPage.objects.live())
        .filter(closes_at__gt=now)
        .order_by("closes_at")[:NOT_CLOSED_READ]
    )
    shown = [page for page in pages if page.opens_at <= now][:limit]
    if len(pages) == NOT_CLOSED_READ:
        return shown, consultations_next_change(now=now)
    candidates = [page.opens_at for page in pages if page.opens_at > now]
    candidates += [page.closes_at for page in pages if page.opens_at <= now]
    if shown:
        candidates.append(next_midnight(now))
    return shown, min(candidates, default=None)


def consultations_next_change(*, parent=None, now=None):
    """The next moment a list of consultations changes by time alone: one of them opens or
    closes, or midnight while one is open (its days left). None when none will. One query."""
    now = now or timezone.now()
    pages = public_pages(ConsultationPage.objects.live())
    if parent is not None:
        pages = pages.child_of(parent)
    found = pages.aggregate(
        next_open=Min("opens_at", filter=Q(opens_at__gt=now)),
        next_close=Min("closes_at", filter=Q(closes_at__gt=now)),
        open_now=Count("pk", filter=Q(opens_at__lte=now, closes_at__gt=now)),
    )
    candidates = [found["next_open"], found["next_close"]]
    if found["open_now"]:
        candidates.append(next_midnight(now))
    return min((moment for moment in candidates if moment is not None), default=None)


def _chapter_label(unit):
    return f"{unit.number} {unit.text}".strip() if unit else ""


def consultation_draft(*, page):
    """The draft's units in document order, each with `comment_total` (confirmed comments) and
    `chapter` (the chapter heading it belongs to). One query, whatever the size."""
    units = list(
        DraftUnit.objects.filter(consultation=page)
        .annotate(
            comment_total=Count(
                "comments", filter=Q(comments__submission__confirmed_at__isnull=False)
            )
        )
        .order_by("position")
    )
    chapter = None
    for unit in units:
        if unit.is_chapter:
            chapter = unit
        unit.chapter = chapter
    return units


def public_comments(*, page):
    """Confirmed, approved comments by unit id (None: general), when the page shows them while
    it runs; empty otherwise (then comments appear only in the report)."""
    if not page.comments_public or page.report_is_published:
        return {}
    by_unit = defaultdict(list)
    comments = (
        Comment.objects.filter(CONFIRMED, consultation=page, is_published=True)
        .select_related("submission")
        .only("unit_id", "proposed_wording", "justification", "submission__organization_name")
        .order_by("created_at", "pk")
    )
    for comment in comments:
        by_unit[comment.unit_id].append(comment)
    return dict(by_unit)


def unit_choices(*, page):
    return list(DraftUnit.objects.filter(consultation=page).order_by("position"))


def comments_in_document_order(*, page, confirmed_only=True):
    """Comments in the order of the document (units by position, general comments last, then by
    arrival), with their unit, submission and duplicate_of loaded. One query."""
    comments = Comment.objects.filter(consultation=page).select_related(
        "unit", "submission", "duplicate_of"
    )
    if confirmed_only:
        comments = comments.filter(CONFIRMED)
    comments = list(comments)
    comments.sort(
        key=lambda c: (
            c.unit is None,
            c.unit.position if c.unit else 0,
            c.created_at,
            c.pk,
        )
    )
    return comments


@dataclass
class ReportRow:
    number: int
    comment: Comment
    unit_label: str
    chapter_label: str
    position: str
    position_label: str
    position_justification: str
    duplicate_of_number: int | None = None


@dataclass
class Report:
    page: ConsultationPage
    meetings: list
    course: "MeetingsCourse"
    rows: list[ReportRow]
    organization_total: int
    comment_total: int
    positions: list = field(default_factory=list)  # (label, count, percent)
    chapters: list = field(default_factory=list)  # (label, count)
    unanswered: int = 0


def consultation_meetings(*, page):
    """The consultation's meetings in date order with their registrations and the organisations
    registered (one query); each knows its page without another query."""
    if page.pk is None:
        return []
    meetings = list(
        with_registration_counts(Meeting.objects.filter(consultation=page)).order_by(
            "date", F("start_time").asc(nulls_first=True)
        )
    )
    for meeting in meetings:
        meeting.consultation = page
    return meetings


@dataclass
class MeetingsCourse:
    """The meetings part of the report's course: the meetings held (past ones), and the people
    and organisations at them. Per meeting the figures come from the registrations the meeting
    took through the site; a meeting that took none online has no figure (None: not recorded
    here). The totals are the editor's published figures when entered (participants_count,
    organizations_count on the page), otherwise the sums of the registrations."""

    held: list
    upcoming: list
    participants: int | None
    organizations: int | None
    totals_published: bool
    per_meeting_known: bool


def _recorded(meeting):
    return meeting.registration_open or meeting.registrations_total > 0


def meetings_course(*, page, meetings):
    held = [meeting for meeting in meetings if meeting.is_past]
    for meeting in meetings:
        recorded = _recorded(meeting)
        meeting.participant_figure = meeting.registrations_total if recorded else None
        meeting.organization_figure = meeting.registration_organisations_total if recorded else None
    recorded = [meeting for meeting in held if meeting.participant_figure is not None]
    published = page.participants_count is not None
    if published:
        participants, organizations = page.participants_count, page.organizations_count
    elif recorded:
        participants = sum(meeting.participant_figure for meeting in recorded)
        # An organisation at several meetings counts once: one query over their registrations.
        organizations = MeetingRegistration.objects.filter(meeting__in=recorded).aggregate(
            total=Count(Lower("organisation"), distinct=True)
        )["total"]
    else:
        participants = organizations = None
    return MeetingsCourse(
        held=held,
        upcoming=[meeting for meeting in meetings if not meeting.is_past],
        participants=participants,
        organizations=organizations,
        totals_published=published,
        per_meeting_known=bool(recorded),
    )


def consultation_report(*, page):
    """The report built from the rows: every confirmed comment in document order with the city's
    position (a duplicate takes the position of the comment it repeats), the figures, the
    meetings. A fixed number of queries, whatever the size."""
    units = consultation_draft(page=page)
    chapter_of = {unit.pk: unit.chapter for unit in units}
    comments = comments_in_document_order(page=page)
    labels = dict(Comment.Position.choices)
    number_of = {}
    rows = []
    for number, comment in enumerate(comments, start=1):
        number_of[comment.pk] = number
        main = comment.duplicate_of or comment
        chapter = chapter_of.get(comment.unit_id) if comment.unit_id else None
        rows.append(
            ReportRow(
                number=number,
                comment=comment,
                unit_label=comment.unit.number if comment.unit else "",
                chapter_label=_chapter_label(chapter),
                position=main.position,
                position_label=str(labels.get(main.position, "")),
                position_justification=main.position_justification,
            )
        )
    for row in rows:
        if row.comment.duplicate_of_id:
            row.duplicate_of_number = number_of.get(row.comment.duplicate_of_id)
    total = len(rows)
    counts = Counter(row.position for row in rows)
    positions = [
        (
            str(label),
            counts.get(value, 0),
            round(100 * counts.get(value, 0) / total) if total else 0,
        )
        for value, label in Comment.Position.choices
    ]
    chapter_counts = Counter(row.chapter_label for row in rows)
    chapters = [
        (
            _chapter_label(unit),
            chapter_counts.get(_chapter_label(unit), 0),
        )
        for unit in units
        if unit.is_chapter
    ]
    organizations = {
        " ".join(row.comment.submission.organization_name.lower().split()) for row in rows
    }
    meetings = consultation_meetings(page=page)
    page._listed_meetings = meetings  # the page's context lists them without a second query
    return Report(
        page=page,
        meetings=meetings,
        course=meetings_course(page=page, meetings=meetings),
        rows=rows,
        organization_total=len(organizations),
        comment_total=total,
        positions=positions,
        chapters=chapters,
        unanswered=counts.get("", 0),
    )
