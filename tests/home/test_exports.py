"""The one export writer (home/exports.py): what every CSV and XLSX of the site is made of."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from home.exports import csv_cell, csv_response, neutralise_formula, xlsx_response
from tests.home.spreadsheets import csv_rows, xlsx_sheet


@pytest.mark.parametrize(
    "text", ["=1+1", "+48 12 345", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("x")']
)
def test_a_cell_that_a_spreadsheet_would_run_gets_a_leading_apostrophe(text):
    assert neutralise_formula(text) == "'" + text


@pytest.mark.parametrize("text", ["Fundacja", "", "1+1", "'=1", " =1", "ul. Długa 1"])
def test_ordinary_text_is_left_alone(text):
    assert neutralise_formula(text) == text


def test_cells_are_written_in_polish_and_warsaw_time():
    assert csv_cell(datetime(2026, 7, 1, 7, 30, tzinfo=UTC)) == "2026-07-01 09:30"
    assert csv_cell(datetime(2026, 12, 1, 7, 30, tzinfo=UTC)) == "2026-12-01 08:30"
    assert csv_cell(date(2026, 12, 1)) == "2026-12-01"
    assert csv_cell(True) == "tak" and csv_cell(False) == "nie"
    assert csv_cell(None) == ""
    assert csv_cell(-3) == "-3"  # a number we wrote is no formula
    assert csv_cell(Decimal("50.061234")) == "50.061234"
    assert csv_cell(["=a", "b"]) == "'=a, b"
    assert csv_cell("Jan\x0bKowalski") == "Jan Kowalski"


def test_a_csv_download_is_utf8_with_a_bom_and_semicolons():
    response = csv_response(
        filename="plik.csv", headers=["Nazwa", "Liczba"], rows=[["Zielone; Podwórko", 3]]
    )
    assert response["Content-Disposition"] == 'attachment; filename="plik.csv"'
    assert response.content.decode("utf-8").startswith("\ufeffNazwa;Liczba\r\n")
    assert csv_rows(response) == [["Nazwa", "Liczba"], ["Zielone; Podwórko", "3"]]


def test_a_csv_download_can_stream():
    response = csv_response(filename="plik.csv", headers=["A"], rows=iter([["=1"]]), streaming=True)
    assert csv_rows(response) == [["A"], ["'=1"]]


def test_an_xlsx_download_keeps_text_as_text_and_survives_control_characters():
    moment = datetime(2026, 7, 1, 7, 30, tzinfo=UTC)
    response = xlsx_response(
        filename="plik.xlsx",
        headers=["Nazwa", "Liczba", "Kiedy", "OPP"],
        rows=[["=1+1\x00\x0b\ufffe", 3, moment, True]],
    )
    sheet = xlsx_sheet(response)
    assert [cell.value for cell in sheet[2]] == [
        "=1+1   ",
        3,
        datetime(2026, 7, 1, 9, 30),
        "tak",
    ]
    assert sheet["A2"].data_type == "s"
