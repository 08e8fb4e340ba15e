"""Spreadsheets of a consultation: the staff export of comments (CSV and XLSX) and the report.

Times in Europe/Warsaw; headers through gettext (Polish); the CSV has a UTF-8 byte-order mark
and semicolons, which is what Excel in Polish expects when the file is opened by double-click.
"""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from home.exports import clean_text, csv_lines, neutralise_formula
from home.ical import WARSAW


def _local(moment):
    return timezone.localtime(moment, WARSAW).strftime("%Y-%m-%d %H:%M") if moment else ""


def _cell(value):
    """Text as a spreadsheet shows it, through the site's one export writer (home.exports): a
    leading formula character neutralised, characters XML cannot hold replaced."""
    return neutralise_formula(clean_text("" if value is None else value))


def comment_export_rows(*, comments, with_personal_data):
    """Header and rows of the staff export, in document order."""
    header = [
        _("No."),
        _("Unit"),
        _("Current wording"),
        _("Proposed wording"),
        _("Justification"),
        _("Organization"),
        _("KRS number"),
    ]
    if with_personal_data:
        header += [_("Contact person"), _("E-mail"), _("Phone")]
    header += [
        _("Sent"),
        _("Confirmed"),
        _("Position"),
        _("Justification of the position"),
        _("Duplicate of"),
    ]
    number_of = {comment.pk: number for number, comment in enumerate(comments, start=1)}
    rows = []
    for number, comment in enumerate(comments, start=1):
        submission = comment.submission
        row = [
            number,
            comment.unit.number if comment.unit_id else _("General comment"),
            comment.current_wording,
            comment.proposed_wording,
            comment.justification,
            submission.organization_name,
            submission.krs,
        ]
        if with_personal_data:
            row += [submission.contact_name, submission.email, submission.phone]
        row += [
            _local(comment.created_at),
            _local(submission.confirmed_at),
            comment.get_position_display(),
            comment.position_justification,
            number_of.get(comment.duplicate_of_id, ""),
        ]
        rows.append(row)
    return header, rows


def csv_bytes(header, rows):
    """The CSV through the site's one writer: UTF-8 with a BOM, semicolons, formulas neutralised."""
    return "".join(csv_lines(header, rows)).encode("utf-8")


def xlsx_bytes(sheets):
    """`sheets` are (title, header, rows); returns the workbook's bytes."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append([str(value) for value in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([value if isinstance(value, int) else _cell(value) for value in row])
        for column in sheet.columns:
            letter = column[0].column_letter
            sheet.column_dimensions[letter].width = 18
            for cell in column[1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def report_xlsx_bytes(*, report):
    """The published report as a workbook: the comments with positions, then the figures."""
    page = report.page
    table = [
        [
            row.number,
            row.chapter_label,
            row.unit_label or _("General comment"),
            row.comment.current_wording,
            row.comment.proposed_wording,
            row.comment.justification,
            row.comment.submission.organization_name,
            row.position_label,
            row.position_justification
            + (
                (
                    " "
                    + _("(duplicate of comment no. %(number)s)")
                    % {"number": row.duplicate_of_number}
                )
                if row.duplicate_of_number
                else ""
            ),
        ]
        for row in report.rows
    ]
    figures = [
        [_("Consultation"), page.title],
        [_("Opens"), _local(page.opens_at)],
        [_("Closes"), _local(page.closes_at)],
        [_("Organizations"), report.organization_total],
        [_("Comments"), report.comment_total],
        *[[label, count] for label, count, _percent in report.positions],
        [_("No position yet"), report.unanswered],
        *[[label, count] for label, count in report.chapters],
    ]
    return xlsx_bytes(
        [
            (
                _("Comments"),
                [
                    _("No."),
                    _("Chapter"),
                    _("Unit"),
                    _("Current wording"),
                    _("Proposed wording"),
                    _("Justification"),
                    _("Organization"),
                    _("Position"),
                    _("Justification of the position"),
                ],
                table,
            ),
            (_("Figures"), [_("Figure"), _("Value")], figures),
        ]
    )
