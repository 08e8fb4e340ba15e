"""Form pieces that every public form shares."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .inputs import clean_data


class CleanInputMixin(forms.Form):
    """Cleans the submitted data before any field sees it: NUL bytes removed, other control
    characters turned into spaces (multi-line fields keep tabs and line breaks). A NUL would
    reach PostgreSQL, which refuses it, and a vertical tab pasted from a word processor would
    break the staff's spreadsheet; a person never means either, so nothing is refused."""

    def full_clean(self):
        if self.is_bound:
            multiline = {
                self.add_prefix(name)
                for name, field in self.fields.items()
                if isinstance(field.widget, forms.Textarea)
            }
            self.data = clean_data(self.data, multiline=multiline)
        super().full_clean()


class HoneypotMixin(CleanInputMixin, forms.Form):
    """A field people never see (hidden by CSS and from assistive technology, out of the tab
    order); bots that fill every field give themselves away. Render it with
    `{% include "includes/honeypot_field.html" %}`; each view decides what a spam post gets.
    Every public form has it, so every public form also cleans its input (CleanInputMixin)."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self):
        return bool(self.cleaned_data.get("homepage"))
