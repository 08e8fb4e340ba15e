"""Validators shared by every app: the KRS number (National Court Register), taken by the map's
forms and by the advisory point's booking forms alike."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def digits_only(value):
    """An identifier as typed (spaces and dashes allowed) in its compact form."""
    return re.sub(r"[\s-]", "", value or "")


def validate_krs(value):
    """A KRS number is ten digits, leading zeros included; spaces and dashes are forgiven.

    Empty passes: every field that takes a KRS allows an organization without one.
    """
    if value and not re.fullmatch(r"\d{10}", digits_only(value)):
        raise ValidationError(_("A KRS number has exactly 10 digits."), code="krs")
