"""Builders for guidebook pages."""

from datetime import date

from guidebook.models import GuidebookPage


def make_guide_page(parent, **fields):
    fields.setdefault("title", "Przewodnik")
    fields.setdefault("slug", fields["title"].lower().replace(" ", "-"))
    fields.setdefault("intro", "<p>Wprowadzenie.</p>")
    fields.setdefault("last_reviewed", date(2026, 11, 22))
    page = GuidebookPage(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
