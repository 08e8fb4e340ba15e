"""The public CSV of the map's organizations, in Polish, through the site's one export writer."""

from django.utils.text import capfirst
from django.utils.translation import gettext as _

from home.exports import csv_response

from .models import Organization

# Columns whose stored value is a choice: the export shows the label a reader understands.
CHOICE_COLUMNS = {
    "kind": Organization.Kind,
    "legal_form": Organization.LegalForm,
    "location_precision": Organization.Precision,
}


def column_heading(name):
    """A column's Polish heading: the model field's own name, or one written for the export."""
    extra = {
        "areas": _("areas of activity"),
        "latitude": _("latitude"),
        "longitude": _("longitude"),
        "url": _("page on the map"),
    }
    if name in extra:
        return capfirst(extra[name])
    return capfirst(Organization._meta.get_field(name).verbose_name)


def export_value(name, value):
    choices = CHOICE_COLUMNS.get(name)
    if choices is not None and value in choices.values:
        return choices(value).label
    if name == "areas":
        return "; ".join(value)
    return value


def organizations_csv_response(*, columns, rows):
    """The CSV download of `rows` (dicts keyed by `columns`, from ngomap.views.export_rows)."""
    return csv_response(
        filename="organizacje.csv",
        headers=[column_heading(name) for name in columns],
        rows=([export_value(name, row[name]) for name in columns] for row in rows),
    )
