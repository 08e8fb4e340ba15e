"""Cleaning and parsing of request input (home/inputs.py, the middleware and the form mixin)."""

from datetime import UTC, date, datetime

import pytest
from django import forms
from django.http import QueryDict

from home.forms import CleanInputMixin
from home.inputs import clean_data, clean_text, parse_date, parse_datetime, parse_int


def test_nul_bytes_are_removed_and_other_control_characters_become_spaces():
    assert clean_text("a\x00b") == "ab"
    assert clean_text("Jan\x0bKowalski") == "Jan Kowalski"
    assert clean_text("a\tb\nc\x7fd\x85e") == "a b c d e"


def test_a_multi_line_value_keeps_its_tabs_and_line_breaks():
    assert clean_text("wiersz 1\r\nwiersz\t2\x0c", multiline=True) == "wiersz 1\r\nwiersz\t2 "


def test_a_query_dict_is_cleaned_in_keys_and_every_repeated_value():
    data = QueryDict("q=a%00b&area=1&area=%0b2&x%00y=1")
    cleaned = clean_data(data)
    assert cleaned.getlist("q") == ["ab"]
    assert cleaned.getlist("area") == ["1", " 2"]
    assert cleaned["xy"] == "1"
    assert not cleaned._mutable


def test_clean_data_hands_back_clean_input_untouched():
    data = QueryDict("q=Zielone+Podw%C3%B3rko")
    assert clean_data(data) is data


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7),
        (" 12 ", 12),
        ("²", None),
        ("①", None),
        ("٣", None),  # Arabic-Indic three: int() accepts it, a query string should not
        ("1" * 5000, None),
        ("-3", None),
        ("0", 0),
        ("9" * 19, None),
        ("", None),
        (None, None),
        ("1e3", None),
    ],
)
def test_integers_are_ascii_digits_within_bounds(value, expected):
    assert parse_int(value) == expected


def test_integer_bounds_and_default():
    assert parse_int("5", minimum=1, maximum=4, default=1) == 1
    assert parse_int("-5", minimum=-10) == -5


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-30", date(2026, 11, 30)),
        ("9999-12-31", None),
        ("0001-01-01", None),
        ("2026-02-30", None),
        ("２０２６-11-30", None),  # fullwidth digits
        ("20261130", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_from_requests_are_iso_and_clamped(value, expected):
    assert parse_date(value) == expected


def test_times_from_requests_are_clamped_and_aware():
    pattern = "%Y%m%dT%H%M%SZ"
    assert parse_datetime("20261130T080000Z", pattern) == datetime(2026, 11, 30, 8, tzinfo=UTC)
    assert parse_datetime("99991231T235959Z", pattern) is None
    assert parse_datetime("00010101T000000Z", pattern) is None
    assert parse_datetime("２0261130T080000Z", pattern) is None
    assert parse_datetime(None, pattern) is None


class NoteForm(CleanInputMixin, forms.Form):
    name = forms.CharField()
    note = forms.CharField(widget=forms.Textarea)


def test_a_public_form_cleans_its_input_before_validating_it():
    form = NoteForm({"name": "Jan\x0bKowal\x00ski", "note": "linia 1\r\nlinia\x002\x0c"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"name": "Jan Kowalski", "note": "linia 1\r\nlinia2"}


def test_a_prefixed_form_keeps_line_breaks_of_its_multi_line_fields():
    form = NoteForm({"x-name": "Jan", "x-note": "a\r\nb"}, prefix="x")
    assert form.is_valid()
    assert form.cleaned_data["note"] == "a\r\nb"


@pytest.mark.django_db
def test_a_path_with_a_control_character_is_not_found(client, home_page):
    assert client.get("/o-nas%00/").status_code == 404
    assert client.get("/szukaj%0b/").status_code == 404
