"""Form pieces that every public form shares."""

from django import forms
from django.utils.translation import gettext_lazy as _


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
