"""One KRS validator serves every place that takes a KRS number: the map's organizations and
forms, and the advisory point's bookings and booking forms."""

import pytest
from django.utils import translation

from advisory.forms import BookingForm, StaffBookingForm
from advisory.models import Booking
from home.validators import validate_krs
from ngomap.forms import OrganizationSubmissionForm
from ngomap.models import Organization

MESSAGE = "Numer KRS ma dokładnie 10 cyfr."


def test_both_models_use_the_shared_validator():
    assert validate_krs in Organization._meta.get_field("krs").validators
    assert validate_krs in Booking._meta.get_field("krs").validators


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", [BookingForm, StaffBookingForm, OrganizationSubmissionForm])
def test_every_form_that_takes_a_krs_refuses_a_bad_one_with_the_same_polish_message(form_class):
    with translation.override("pl"):
        form = form_class(data={"krs": "12345678901"})
        assert not form.is_valid()
        assert form.errors["krs"] == [MESSAGE]


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", [BookingForm, StaffBookingForm, OrganizationSubmissionForm])
def test_every_form_takes_a_krs_typed_with_spaces_and_dashes(form_class):
    form = form_class(data={"krs": "0000-123 456"})
    form.is_valid()
    assert "krs" not in form.errors
    assert form.cleaned_data["krs"] == "0000123456"
