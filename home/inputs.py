"""Cleaning and parsing of what visitors send: query strings, form fields, numbers and dates.

Every value that comes from a request passes through here before it reaches a query or a date
calculation, so one class of bad input (a NUL byte that PostgreSQL refuses, a control character
that XML cannot hold, a superscript digit that `str.isdigit()` accepts and `int()` does not, a
year 9999 that overflows when a week is added) is handled once for the whole site:

- `clean_data` cleans a whole QueryDict: `QueryStringCleaningMiddleware` (home/middleware.py)
  applies it to every query string, `CleanInputMixin` (home/forms.py) to every public form's
  POST data;
- `parse_int`/`query_int` read integers (ASCII digits only, bounded);
- `parse_date`/`parse_datetime` read dates and times (ASCII only, clamped to a sane range).
"""

import re
from datetime import UTC, date, datetime

from django.http import QueryDict

# C0 controls except tab, line feed and carriage return; DEL; C1 controls. NUL is among them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every control character, for single-line values (where a tab or a line break means nothing).
LINE_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# Dates from requests are accepted between these (inclusive). Far enough for any booking,
# meeting or archive link; near enough that adding weeks or time zone offsets never overflows.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)

# The largest integer a request may carry (page numbers, ids): a 64-bit database integer.
LARGEST_INTEGER = 2**63 - 1

_ASCII_INTEGER = re.compile(r"[+-]?[0-9]{1,19}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def clean_text(value, *, multiline=False):
    """`value` without NUL bytes and with other control characters turned into spaces.

    A multi-line value keeps its tabs and line breaks. Invisible characters pasted from a word
    processor (Word's manual line break is a vertical tab) become the space a reader would see.
    """
    value = str(value).replace("\x00", "")
    pattern = CONTROL_CHARACTERS if multiline else LINE_CONTROL_CHARACTERS
    return pattern.sub(" ", value)


def has_control_characters(value, *, multiline=False):
    pattern = CONTROL_CHARACTERS if multiline else LINE_CONTROL_CHARACTERS
    return bool(pattern.search(str(value)))


def clean_data(data, *, multiline=()):
    """A copy of `data` (a QueryDict, or a plain dict as code and tests pass to forms) with every
    key and value cleaned, or `data` itself when nothing needed cleaning. Names in `multiline`
    keep their tabs and line breaks."""
    if not hasattr(data, "lists"):
        return {
            clean_text(key): _clean_value(value, key in multiline) for key, value in data.items()
        }
    dirty = any(
        has_control_characters(key)
        or any(has_control_characters(v, multiline=key in multiline) for v in values)
        for key, values in data.lists()
    )
    if not dirty:
        return data
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        cleaned.setlist(
            clean_text(key), [clean_text(value, multiline=key in multiline) for value in values]
        )
    cleaned._mutable = False
    return cleaned


def _clean_value(value, multiline):
    if isinstance(value, str):
        return clean_text(value, multiline=multiline)
    if isinstance(value, list | tuple):
        return [_clean_value(item, multiline) for item in value]
    return value


def parse_int(value, *, minimum=0, maximum=LARGEST_INTEGER, default=None):
    """An integer written in ASCII digits between `minimum` and `maximum`, else `default`.

    `str.isdigit()` accepts "²" and "①", which `int()` refuses; `int()` accepts "٣" (Arabic-Indic
    three) and thousands of digits. Neither belongs in a query string.
    """
    if not isinstance(value, str) or not _ASCII_INTEGER.fullmatch(value.strip()):
        return default
    number = int(value.strip())
    return number if minimum <= number <= maximum else default


def query_int(data, name, **kwargs):
    """`parse_int` of the (last) value of `name` in a QueryDict."""
    return parse_int(data.get(name), **kwargs)


def parse_date(value):
    """A date written YYYY-MM-DD (ASCII) between EARLIEST_DATE and LATEST_DATE, else None."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day if EARLIEST_DATE <= day <= LATEST_DATE else None


def parse_datetime(value, format, *, tzinfo=UTC):
    """An aware datetime in `format` (strptime) within the dates of `parse_date`, else None."""
    if not isinstance(value, str) or not value.isascii():
        return None
    try:
        moment = datetime.strptime(value, format)  # noqa: DTZ007 - made aware just below
    except ValueError:
        return None
    if not EARLIEST_DATE <= moment.date() <= LATEST_DATE:
        return None
    return moment.replace(tzinfo=tzinfo)
