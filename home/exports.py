"""The one writer of every spreadsheet the site hands out, CSV or XLSX, public or staff.

Every export goes through here so that all of them:
- cannot attack the person who opens them: a text cell that begins with =, +, -, @, a tab or a
  carriage return is a formula to Excel and LibreOffice (CSV injection), so in CSV it gets a
  leading apostrophe, and in XLSX it is written as a text cell, never a formula;
- never fail on what is stored: characters that XML 1.0 cannot hold (a vertical tab pasted into a
  name) become spaces instead of an openpyxl error;
- read well in Poland: Europe/Warsaw times, "tak"/"nie", Polish headers and labels (given by the
  callers), and CSV as UTF-8 with a byte-order mark and semicolons, which is what Polish Excel
  expects when the file is opened with a double click.

`csv_response` and `xlsx_response` write rows of plain values; `SafeSpreadsheetExportMixin`
routes Wagtail's own index-view exports (snippets and modeladmin) through them.
"""

import csv
import datetime
import re
from decimal import Decimal
from io import BytesIO
from zoneinfo import ZoneInfo

from django.contrib.admin.utils import label_for_field
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from wagtail.coreutils import multigetattr

WARSAW = ZoneInfo("Europe/Warsaw")
CSV_DELIMITER = ";"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BYTE_ORDER_MARK = "\ufeff"

# What a spreadsheet treats as the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 cannot hold (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF).
XML_ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
XLSX_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
XLSX_DATE_FORMAT = "yyyy-mm-dd"
NUMBERS = (int, float, Decimal)


def local_time(value):
    """An aware datetime as naive Europe/Warsaw wall-clock time (what the staff's clock says)."""
    if timezone.is_naive(value):
        return value
    return timezone.localtime(value, WARSAW).replace(tzinfo=None)


def clean_text(value):
    return XML_ILLEGAL_CHARACTERS.sub(" ", force_str(value))


def plain_value(value):
    """A value as a spreadsheet should show it: numbers and dates stay themselves, times become
    Warsaw time, booleans "tak"/"nie", lists a comma-separated text, everything else text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, NUMBERS):
        return value
    if isinstance(value, datetime.datetime):
        return local_time(value)
    if isinstance(value, datetime.date | datetime.time):
        return value
    if isinstance(value, list | tuple | set):
        return ", ".join(clean_text(plain_value(item)) for item in value)
    if isinstance(value, models.Manager):
        return ", ".join(clean_text(item) for item in value.all())
    return clean_text(value)


def neutralise_formula(text):
    """`text` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(value):
    value = plain_value(value)
    if isinstance(value, NUMBERS):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return neutralise_formula(value)


class _Echo:
    """A file-like object that hands back what is written, for streaming csv.writer's lines."""

    def write(self, value):
        return value


def csv_lines(headers, rows):
    """The lines of a CSV file: a byte-order mark, the headers, then one line per row."""
    writer = csv.writer(_Echo(), delimiter=CSV_DELIMITER)
    yield BYTE_ORDER_MARK + writer.writerow([csv_cell(header) for header in headers])
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row])


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(*, filename, headers, rows, streaming=False):
    """A CSV download of `rows` (iterables of plain values) under `headers`. Streaming suits long
    staff exports; the default builds the body at once (it can be cached and compressed)."""
    lines = csv_lines(headers, rows)
    if streaming:
        response = StreamingHttpResponse(lines, content_type=CSV_CONTENT_TYPE)
    else:
        response = HttpResponse("".join(lines), content_type=CSV_CONTENT_TYPE)
    return _attachment(response, filename)


def xlsx_cell(worksheet, value):
    value = plain_value(value)
    cell = WriteOnlyCell(worksheet, value)
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text, even when it begins with "="
    elif isinstance(value, datetime.datetime):
        cell.number_format = XLSX_DATETIME_FORMAT
    elif isinstance(value, datetime.date):
        cell.number_format = XLSX_DATE_FORMAT
    return cell


def xlsx_workbook(*, headers, rows, output, title):
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=clean_text(title)[:31])
    worksheet.append([xlsx_cell(worksheet, header) for header in headers])
    for row in rows:
        worksheet.append([xlsx_cell(worksheet, value) for value in row])
    workbook.save(output)


def xlsx_response(*, filename, headers, rows, title=None):
    """An XLSX download of `rows` under `headers`, one sheet."""
    output = BytesIO()
    xlsx_workbook(headers=headers, rows=rows, output=output, title=title or _("Sheet"))
    output.seek(0)
    return FileResponse(
        output, as_attachment=True, content_type=XLSX_CONTENT_TYPE, filename=filename
    )


class SafeSpreadsheetExportMixin:
    """Put before a Wagtail index view (snippets' or modeladmin's) whose viewset has
    `list_export`: its CSV and XLSX downloads then go through this module's writer, and a
    choice field is exported as its label (get_FOO_display), not its stored value."""

    def get_heading(self, queryset, field):
        """The field's own (Polish) name as a sentence: "Numer KRS", not modeladmin's
        title case "Numer Krs"."""
        override = self.export_headings.get(field)
        if override:
            return force_str(override)
        try:
            return capfirst(force_str(label_for_field(field, queryset.model)))
        except (AttributeError, FieldDoesNotExist):
            return force_str(field)

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            display = getattr(item, f"get_{field}_display", None)
            row[field] = display() if callable(display) else multigetattr(item, field)
        return row

    def _export_headers_and_rows(self, queryset):
        headers = [self.get_heading(queryset, field) for field in self.list_export]
        rows = (list(self.to_row_dict(item).values()) for item in queryset)
        return headers, rows

    def write_csv_response(self, queryset):
        headers, rows = self._export_headers_and_rows(queryset)
        return csv_response(
            filename=f"{self.get_filename()}.csv", headers=headers, rows=rows, streaming=True
        )

    def write_xlsx_response(self, queryset):
        headers, rows = self._export_headers_and_rows(queryset)
        return xlsx_response(filename=f"{self.get_filename()}.xlsx", headers=headers, rows=rows)
