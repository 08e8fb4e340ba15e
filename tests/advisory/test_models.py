"""Validation that staff meet in the admin forms."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError

from advisory.models import AvailabilityRule, Closure
from home.validators import validate_krs

pytestmark = pytest.mark.django_db


def rule(advisor, start, end, **fields):
    return AvailabilityRule(
        advisor=advisor,
        weekday=0,
        start_time=time.fromisoformat(start),
        end_time=time.fromisoformat(end),
        **fields,
    )


def test_overlapping_availability_of_one_advisor_is_refused(advisor):
    with pytest.raises(ValidationError, match="nakładającą się"):
        rule(advisor, "16:00", "18:00").full_clean()
    rule(advisor, "17:00", "19:00").full_clean()  # starts when the Monday rule ends


def test_availability_valid_in_other_periods_may_overlap(advisor):
    AvailabilityRule.objects.filter(advisor=advisor).update(valid_until=date(2026, 12, 31))
    rule(advisor, "09:00", "12:00", valid_from=date(2027, 1, 1)).full_clean()
    with pytest.raises(ValidationError):
        rule(advisor, "09:00", "12:00", valid_from=date(2026, 12, 1)).full_clean()


def test_times_and_dates_must_run_forwards(advisor):
    with pytest.raises(ValidationError):
        rule(advisor, "12:00", "09:00").full_clean()
    with pytest.raises(ValidationError):
        Closure(start_date=date(2026, 12, 2), end_date=date(2026, 12, 1)).full_clean()


def test_a_krs_number_has_ten_digits():
    validate_krs("0000123456")
    validate_krs("")
    for bad in ("123", "00001234567", "000012345a"):
        with pytest.raises(ValidationError):
            validate_krs(bad)
