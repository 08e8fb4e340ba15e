"""Form pieces that every public form shares.

`PublicFormMixin` gives a form the house pattern: labels without colons, Polish messages that
name the field (never Django's generic "To pole jest wymagane."), and the items of the error
summary that `includes/form_errors.html` shows at the top of a failed form. Each field is
rendered by `includes/form_field.html`, which ties help text and errors to the input through
Django's own `aria-describedby` ids (`<id>_helptext`, `<id>_error`). `PhoneField`, `KrsField`
and `HoneypotMixin` are the same in every form that has them.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .inputs import clean_data
from .validators import digits_only, validate_krs

PHONE_RE = re.compile(r"^\+?[\d ()-]{7,20}$")


class TelInput(forms.TextInput):
    """A phone input: brings the phone keypad on a mobile."""

    input_type = "tel"

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "tel", **(attrs or {})})


class PhoneField(forms.CharField):
    """A Polish or international phone number: digits, spaces, brackets, dashes, a leading +."""

    widget = TelInput

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and not PHONE_RE.match(value):
            raise forms.ValidationError(
                _("Enter a phone number, e.g. 12 616 12 34 or +48 600 100 200."), code="invalid"
            )
        return value


def _default_messages(field):
    """Polish messages naming the field, for the codes a public form can meet."""
    label = field.label or ""
    messages = {
        "required": _("Fill in “%(label)s”.") % {"label": label},
        "max_length": _(
            "“%(label)s” can have at most %%(limit_value)d characters (it has %%(show_value)d)."
        )
        % {"label": label},
        "invalid_choice": _("Choose one of the options of “%(label)s”.") % {"label": label},
        "invalid_list": _("Choose one or more options of “%(label)s”.") % {"label": label},
        "invalid_pk_value": _("Choose one of the options of “%(label)s”.") % {"label": label},
    }
    if isinstance(field, forms.EmailField):
        messages["invalid"] = _("Enter an e-mail address in the form name@example.org.")
    elif isinstance(field, forms.URLField):
        messages["invalid"] = _("Enter a web address, e.g. https://www.example.org.")
    elif isinstance(field, (forms.IntegerField, forms.FloatField, forms.DecimalField)):
        messages["invalid"] = _("Enter a number in “%(label)s”.") % {"label": label}
    if isinstance(field, forms.BooleanField):
        messages["required"] = _("Tick “%(label)s” to continue.") % {"label": label}
    elif isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
        messages["required"] = _("Choose at least one option of “%(label)s”.") % {"label": label}
    return messages


def _django_messages(field_class):
    """Django's generic messages of a field class (the ones a form did not set itself)."""
    messages = {}
    for klass in reversed(field_class.__mro__):
        messages.update(getattr(klass, "default_error_messages", {}))
    return messages


class PublicFormMixin:
    """The house pattern of a public form (see the module's docstring).

    Messages a form sets itself (`error_messages=` on the field) win over the defaults.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            generic = _django_messages(type(field))
            own = {
                code: message
                for code, message in field.error_messages.items()
                if generic.get(code) is not message
            }
            field.error_messages = {**field.error_messages, **_default_messages(field), **own}

    def error_summary(self):
        """The items of the error summary: each error with the label of its field and the id of
        the element the link moves to (the first option of a group of checkboxes)."""
        items = [{"label": "", "message": error, "anchor": ""} for error in self.non_field_errors()]
        for bound in self:
            if bound.is_hidden or not bound.errors:
                continue
            anchor = bound.auto_id
            if bound.widget_type in ("checkboxselectmultiple", "radioselect"):
                anchor = f"{bound.auto_id}_0"
            for error in bound.errors:
                items.append({"label": bound.label, "message": error, "anchor": anchor})
        return items


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
    order); bots that fill every field give themselves away. `includes/form_field.html` renders
    it; each view decides what a spam post gets. Every public form has it, so every public form
    also cleans its input (CleanInputMixin)."""

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
