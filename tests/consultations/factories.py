"""Builders for consultations, their drafts and comments; tests call them instead of the demo."""

from datetime import timedelta

from django.utils import timezone

from consultations.models import (
    Comment,
    ConsultationIndexPage,
    ConsultationPage,
    DraftUnit,
    Submission,
)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_consultation_index(home, **fields):
    fields.setdefault("title", "Konsultacje")
    fields.setdefault("slug", "konsultacje")
    return _publish(home, ConsultationIndexPage(**fields))


def make_consultation(index, *, opens_in_days=-5, closes_in_days=10, **fields):
    """A consultation open from `opens_in_days` to `closes_in_days` days from now."""
    now = timezone.now()
    fields.setdefault("title", "Program współpracy")
    fields.setdefault("slug", fields["title"].lower().replace(" ", "-"))
    fields.setdefault("subject", "Projekt programu współpracy z organizacjami pozarządowymi.")
    fields.setdefault("document_title", "Projekt uchwały w sprawie programu współpracy")
    fields.setdefault("responsible_unit", "Wydział Polityki Społecznej i Zdrowia")
    fields.setdefault("opens_at", now + timedelta(days=opens_in_days))
    fields.setdefault("closes_at", now + timedelta(days=closes_in_days))
    return _publish(index, ConsultationPage(**fields))


def make_units(page, count, *, chapters=5):
    """`count` units: chapter headings spread evenly, the rest numbered §§."""
    units = []
    per_chapter = max(count // chapters, 1)
    for position in range(1, count + 1):
        if (position - 1) % per_chapter == 0:
            kind, number = DraftUnit.Kind.CHAPTER, f"Rozdział {(position - 1) // per_chapter + 1}"
        else:
            kind, number = DraftUnit.Kind.PARAGRAPH, f"§ {position}"
        units.append(
            DraftUnit(
                consultation=page,
                position=position,
                kind=kind,
                number=number,
                text=f"Treść jednostki {position}.",
            )
        )
    return DraftUnit.objects.bulk_create(units)


def make_submission(page, *, confirmed=True, organization_name="Fundacja Przykładowa", **fields):
    now = timezone.now()
    fields.setdefault("contact_name", "Jan Kowalski")
    fields.setdefault("email", "jan@example.org")
    fields.setdefault("consent_at", now)
    return Submission.objects.create(
        consultation=page,
        organization_name=organization_name,
        confirmed_at=now if confirmed else None,
        **fields,
    )


def make_comment(submission, unit=None, **fields):
    fields.setdefault("justification", "Uzasadnienie uwagi.")
    fields.setdefault("proposed_wording", "Nowe brzmienie.")
    return Comment.objects.create(
        submission=submission,
        consultation=submission.consultation,
        unit=unit,
        current_wording=unit.text if unit else "",
        **fields,
    )


def make_many_comments(page, units, count, *, organizations=50, **fields):
    """`count` confirmed comments spread over `units` from `organizations` organisations."""
    submissions = [
        make_submission(page, organization_name=f"Organizacja {i}") for i in range(organizations)
    ]
    fields.setdefault("justification", "Uzasadnienie uwagi organizacji.")
    return Comment.objects.bulk_create(
        [
            Comment(
                submission=submissions[i % organizations],
                consultation=page,
                unit=units[(i * 7) % len(units)],
                **fields,
            )
            for i in range(count)
        ]
    )


def make_consultation_meeting(page, *, days_ahead=10, **fields):
    """A meeting of consultation `page`, `days_ahead` days from today, 17:00–20:00 by default."""
    from datetime import time

    from projects.models import Meeting

    fields.setdefault("date", timezone.localdate() + timedelta(days=days_ahead))
    fields.setdefault("start_time", time(17))
    fields.setdefault("end_time", time(20))
    fields.setdefault("topic", "Spotkanie konsultacyjne")
    fields.setdefault("venue", "Centrum Obywatelskie")
    fields.setdefault("address", "ul. Reymonta 20")
    fields.setdefault("room", "sala 040")
    return Meeting.objects.create(consultation=page, **fields)
