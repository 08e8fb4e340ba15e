"""Validators of Polish identifiers the map takes: NIP, REGON and the postcode (messages in
gettext). The KRS validator is shared with the advisory point: home.validators.validate_krs."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import regon as stdnum_regon

from home.validators import digits_only

POSTCODE_RE = re.compile(r"^\d{2}-\d{3}$")


def validate_nip(value):
    compact = digits_only(value)
    if not re.fullmatch(r"\d{10}", compact):
        raise ValidationError(_("A NIP number has 10 digits."), code="nip")
    if not stdnum_nip.is_valid(compact):
        raise ValidationError(
            _("This NIP number is not valid: its check digit does not match."), code="nip"
        )


def validate_regon(value):
    compact = digits_only(value)
    if not re.fullmatch(r"\d{9}|\d{14}", compact):
        raise ValidationError(_("A REGON number has 9 or 14 digits."), code="regon")
    if not stdnum_regon.is_valid(compact):
        raise ValidationError(
            _("This REGON number is not valid: its check digit does not match."), code="regon"
        )


def validate_postcode(value):
    if not POSTCODE_RE.match(value or ""):
        raise ValidationError(_("Enter the postcode as NN-NNN, e.g. 31-004."), code="postcode")
