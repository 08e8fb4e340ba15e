import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.validators import validate_krs
from ngomap.validators import validate_nip, validate_postcode, validate_regon


@pytest.mark.parametrize("value", ["0000123456", "0000 123 456"])
def test_a_krs_number_of_ten_digits_is_accepted(value):
    validate_krs(value)


@pytest.mark.parametrize("value", ["123456789", "12345678901", "00001234ab"])
def test_a_krs_number_that_is_not_ten_digits_is_refused_in_polish(value):
    with translation.override("pl"), pytest.raises(ValidationError) as error:
        validate_krs(value)
    assert "10 cyfr" in error.value.messages[0]


@pytest.mark.parametrize("value", ["5260250274", "526-025-02-74", "1234563218"])
def test_a_nip_with_a_valid_check_digit_is_accepted(value):
    validate_nip(value)


def test_a_nip_with_a_wrong_check_digit_is_refused_with_a_polish_message():
    with translation.override("pl"), pytest.raises(ValidationError) as error:
        validate_nip("5260250275")
    assert "cyfra kontrolna" in error.value.messages[0]


def test_a_nip_of_the_wrong_length_is_refused():
    with pytest.raises(ValidationError):
        validate_nip("526025027")


@pytest.mark.parametrize("value", ["123456785", "12345678512347"])
def test_nine_and_fourteen_digit_regons_with_valid_check_digits_are_accepted(value):
    validate_regon(value)


@pytest.mark.parametrize("value", ["123456786", "12345678901236", "12345"])
def test_a_regon_with_a_wrong_check_digit_or_length_is_refused(value):
    with translation.override("pl"), pytest.raises(ValidationError) as error:
        validate_regon(value)
    assert "REGON" in error.value.messages[0]


@pytest.mark.parametrize("value", ["31-004", "30-059"])
def test_a_postcode_in_the_nn_nnn_form_is_accepted(value):
    validate_postcode(value)


@pytest.mark.parametrize("value", ["31004", "3-1004", "31-0045", "ab-cde"])
def test_a_postcode_in_another_form_is_refused_in_polish(value):
    with translation.override("pl"), pytest.raises(ValidationError) as error:
        validate_postcode(value)
    assert "NN-NNN" in error.value.messages[0]
