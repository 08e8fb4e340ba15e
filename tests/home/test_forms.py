"""The one pattern of every public form: Polish messages that name the field, the same
validation of the same kind of field everywhere, labels without colons, and an error summary
whose links reach their fields."""

import pytest
from django import forms

from advisory.forms import BookingForm
from home.forms import PhoneField, PublicFormMixin
from ngomap.forms import CorrectionForm, OrganizationSubmissionForm
from projects.forms import MeetingRegistrationForm

GENERIC = ["To pole jest wymagane.", "Wpisz poprawny", "Upewnij się, że"]


class SampleForm(PublicFormMixin, forms.Form):
    name = forms.CharField(label="Imię i nazwisko", max_length=5)
    email = forms.EmailField(label="E-mail")
    website = forms.URLField(label="Strona", required=False, assume_scheme="https")
    phone = PhoneField(label="Telefon", required=False)
    areas = forms.MultipleChoiceField(
        label="Obszary", choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
    )
    consent = forms.BooleanField(label="Zgoda", error_messages={"required": "Własny komunikat."})


def test_messages_name_the_field_in_polish_and_never_fall_back_to_django_generic_ones():
    form = SampleForm({"name": "Bardzo długie", "email": "nie-adres", "website": "xyz yz"})
    assert not form.is_valid()
    errors = {name: " ".join(messages) for name, messages in form.errors.items()}
    assert "„Imię i nazwisko” może mieć najwyżej 5 znaków (ma 13)." == errors["name"]
    assert "nazwa@example.org" in errors["email"]
    assert "https://" in errors["website"]
    assert "Obszary" in errors["areas"]
    # a message the form chose itself wins
    assert errors["consent"] == "Własny komunikat."
    for message in errors.values():
        assert not any(generic in message for generic in GENERIC), message


def test_a_required_field_left_empty_is_named():
    form = SampleForm({})
    form.is_valid()
    assert form.errors["email"] == ["Wypełnij pole „E-mail”."]


@pytest.mark.parametrize(
    "form_class", [MeetingRegistrationForm, BookingForm, OrganizationSubmissionForm, CorrectionForm]
)
def test_every_public_form_checks_a_phone_number_the_same_way(form_class, db):
    form = form_class({"phone": "xyz"})
    form.is_valid()
    assert form.errors["phone"] == ["Wpisz numer telefonu, np. 12 616 12 34 lub +48 600 100 200."]
    form = form_class({"phone": "+48 12 616 12 34"})
    form.is_valid()
    assert "phone" not in form.errors


@pytest.mark.parametrize(
    "form_class", [MeetingRegistrationForm, BookingForm, OrganizationSubmissionForm, CorrectionForm]
)
def test_phone_inputs_bring_the_phone_keypad_with_one_type_attribute(form_class, db):
    html = str(form_class()["phone"])
    assert html.count("type=") == 1
    assert 'type="tel"' in html
    assert 'autocomplete="tel"' in html


def test_labels_have_no_colon(db):
    form = MeetingRegistrationForm()
    assert form["name"].label_tag().endswith("</label>")
    assert ":</label>" not in form["name"].label_tag()


def test_the_summary_links_each_error_to_its_field_and_a_group_to_its_first_option():
    form = SampleForm({"name": "Anna", "email": "zly"})
    form.is_valid()
    anchors = {item["anchor"]: item for item in form.error_summary()}
    assert anchors["id_email"]["label"] == "E-mail"
    assert "id_areas_0" in anchors
    assert "id_consent" in anchors
