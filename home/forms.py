"""Form pieces that every public form shares."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .validators import digits_only, validate_krs


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS and from assistive technology, out of the tab
    order); bots that fill every field give themselves away. Render it with
    `{% include "includes/honeypot_field.html" %}`; each view decides what a spam post gets."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.cleaned_data.get("homepage"))


class KrsField(forms.CharField):
    """A KRS number as people type it (spaces and dashes are fine), cleaned to its ten digits
    and checked by the one shared validator, whichever form takes it. With
    `pad_leading_zeros` a shorter number gets the zeros people tend to leave out (the booking
    form, where the KRS is only a hint; the map's forms ask for the number as registered)."""

    default_validators = [validate_krs]

    def __init__(self, *, pad_leading_zeros=False, **kwargs):
        kwargs.setdefault("required", False)
        # The validator says "10 digits"; a second "at most 10 characters" would only confuse.
        kwargs.pop("max_length", None)
        self.pad_leading_zeros = pad_leading_zeros
        super().__init__(**kwargs)
        # Room for the spaces and dashes of a number copied from a document.
        self.widget.attrs.update({"inputmode": "numeric", "maxlength": "20"})

    def to_python(self, value):
        value = digits_only(super().to_python(value))
        if self.pad_leading_zeros and value.isdigit() and len(value) < 10:
            value = value.zfill(10)
        return value
