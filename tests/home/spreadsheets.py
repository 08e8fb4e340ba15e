"""Reading the site's downloads as a spreadsheet program would, for the export tests."""

import csv
import io

import openpyxl


def _body(response):
    if not response.streaming:
        return response.content
    if not hasattr(response, "read_body"):  # a stream can be read once: keep what it gave
        response.read_body = b"".join(response.streaming_content)
    return response.read_body


def csv_rows(response):
    """The rows of a CSV download as Excel reads them: UTF-8 with a byte-order mark (checked),
    semicolons between cells."""
    content = _body(response)
    assert content.startswith(b"\xef\xbb\xbf"), "CSV without a byte-order mark"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def csv_dicts(response):
    header, *rows = csv_rows(response)
    return [dict(zip(header, row, strict=True)) for row in rows]


def xlsx_sheet(response):
    """The first sheet of an XLSX download, loaded by openpyxl."""
    return openpyxl.load_workbook(io.BytesIO(_body(response))).active


def xlsx_dicts(response):
    header, *rows = xlsx_sheet(response).iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


def dangerous_cells(rows):
    """Cells a spreadsheet would run as a formula (they begin with = + - @ tab or CR)."""
    return [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
