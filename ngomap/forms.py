"""Public forms of the map: adding an organization and reporting a correction.

Thin: they validate (identifiers and the postcode with Polish messages next to the fields, a
honeypot against bots) and hand the cleaned data to ngomap.services.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.forms import HoneypotMixin, PhoneField, PublicFormMixin

from .models import ActivityArea, Organization
from .validators import digits_only

SUBMISSION_FIELDS = [
    "name",
    "kind",
    "legal_form",
    "krs",
    "nip",
    "regon",
    "is_public_benefit",
    "areas",
    "description",
    "website",
    "email",
    "phone",
    "street",
    "building_number",
    "postcode",
    "city",
    "location_precision",
]
CORRECTION_FIELDS = [
    "description",
    "website",
    "email",
    "phone",
    "street",
    "building_number",
    "postcode",
    "city",
]


def formfield(db_field, **kwargs):
    """Model fields as form fields; web addresses typed without a scheme get https://."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class IdentifierCleaningMixin:
    def _compact(self, name):
        return digits_only(self.cleaned_data.get(name, ""))

    def clean_krs(self):
        return self._compact("krs")

    def clean_nip(self):
        return self._compact("nip")

    def clean_regon(self):
        return self._compact("regon")


class OrganizationSubmissionForm(
    PublicFormMixin, IdentifierCleaningMixin, HoneypotMixin, forms.ModelForm
):
    areas = forms.ModelMultipleChoiceField(
        label=_("Areas of activity"),
        queryset=ActivityArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=True,
        error_messages={"required": _("Choose at least one area of activity.")},
    )
    phone = PhoneField(label=_("Phone"), required=False, help_text=_("A public phone number."))
    submitter_email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send the confirmation there; it is not published."),
    )
    consent = forms.BooleanField(
        label=_("I confirm that the data is true and may be published on the map."),
        error_messages={
            "required": _("Confirm that the data is true and may be published on the map.")
        },
    )

    class Meta:
        model = Organization
        fields = SUBMISSION_FIELDS
        formfield_callback = formfield

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("street", "postcode"):
            self.fields[name].required = True
        # Run the model validators on the compact form of the identifiers (spaces, dashes ok).
        for name in ("krs", "nip", "regon", "postcode"):
            self.fields[name].widget.attrs.setdefault("inputmode", "numeric")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == Organization.Kind.NGO and not cleaned.get("krs"):
            self.add_error("krs", _("An NGO registered in the KRS must give its KRS number."))
        krs = cleaned.get("krs")
        if krs and Organization.objects.filter(krs=krs).exists():
            self.add_error(
                "krs",
                _(
                    "An organization with this KRS number is already on the map. "
                    "Use “report a correction” on its page instead."
                ),
            )
        return cleaned


class CorrectionForm(PublicFormMixin, HoneypotMixin, forms.ModelForm):
    phone = PhoneField(label=_("Phone"), required=False, help_text=_("A public phone number."))
    submitter_email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("In case the editors have a question; it is not published."),
    )
    note = forms.CharField(
        label=_("What should change, and why?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

    class Meta:
        model = Organization
        fields = CORRECTION_FIELDS
        formfield_callback = formfield
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # An organization that hides its exact place must not see it printed in a public form.
        if self.instance.pk and not self.instance.shows_exact_address:
            del self.fields["street"]
            del self.fields["building_number"]

    def changes(self):
        return {name: self.cleaned_data[name] for name in CORRECTION_FIELDS if name in self.fields}


class NearForm(forms.Form):
    """ "Near me / near an address": sorting the list by distance."""

    near = forms.CharField(label=_("Near an address"), required=False, max_length=200)
    near_lat = forms.FloatField(
        required=False, min_value=-90, max_value=90, widget=forms.HiddenInput
    )
    near_lng = forms.FloatField(
        required=False, min_value=-180, max_value=180, widget=forms.HiddenInput
    )
