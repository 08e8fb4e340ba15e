"""The public comment form: who sends it, then one or more rows (unit, proposal, justification).

The rows are a formset; "Add another comment" posts the form back with one more row, so the
form works without JavaScript. The services decide what is accepted. The house pattern of a
public form (home.forms): PublicFormMixin's Polish messages and error summary, KrsField,
PhoneField, the honeypot; `CommentFormErrors` joins the author's form and the rows into the one
error summary of includes/form_errors.html.
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.forms import HoneypotMixin, KrsField, PhoneField, PublicFormMixin

from .docx_import import DocxError, docx_to_text
from .services import draft_parse_text

ROWS_PREFIX = "uwagi"
MAX_ROWS = 50


class CommentAuthorForm(PublicFormMixin, HoneypotMixin, forms.Form):
    organization_name = forms.CharField(
        label=_("Organization"),
        max_length=255,
        error_messages={"required": _("Enter the name of your organization.")},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    krs = KrsField(
        label=_("KRS number"),
        help_text=_("Ten digits, if your organization is registered in the KRS."),
    )
    contact_name = forms.CharField(
        label=_("Contact person"),
        max_length=150,
        error_messages={"required": _("Enter the name of the contact person.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("We send the confirmation link here; comments count once confirmed."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, e.g. name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = PhoneField(label=_("Phone"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree to the processing of my personal data to handle the comments in this "
            "consultation."
        ),
        error_messages={"required": _("The comments cannot be sent without this consent.")},
    )


class CommentRowForm(PublicFormMixin, forms.Form):
    unit = forms.ChoiceField(label=_("Unit of the document"), required=False)
    proposed_wording = forms.CharField(
        label=_("Proposed wording"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("How the unit should read; leave empty to propose deleting it."),
    )
    justification = forms.CharField(
        label=_("Justification"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Give the justification of the comment.")},
    )

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.units_by_uid = {str(unit.uid): unit for unit in units}
        self.fields["unit"].choices = [("", _("General comment (no unit)"))] + [
            (str(unit.uid), f"{unit.number} {unit.text[:80]}".strip()) for unit in units
        ]

    @property
    def selected_unit(self):
        """The unit chosen (or preselected), to show its current wording next to the row."""
        return self.units_by_uid.get(str(self["unit"].value() or ""))

    def clean_unit(self):
        value = self.cleaned_data["unit"]
        return self.units_by_uid.get(value) if value else None


class BaseCommentRowFormSet(forms.BaseFormSet):
    def __init__(self, *args, units=(), **kwargs):
        self.units = units
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "units": self.units}

    @property
    def empty_form(self):
        return self.form(
            auto_id=self.auto_id,
            prefix=self.add_prefix("__prefix__"),
            empty_permitted=True,
            use_required_attribute=False,
            units=self.units,
        )

    def rows(self):
        """The filled rows of a valid formset, as comment_submit takes them."""
        return [
            {
                "unit": form.cleaned_data.get("unit"),
                "proposed_wording": form.cleaned_data.get("proposed_wording", ""),
                "justification": form.cleaned_data["justification"],
            }
            for form in self.forms
            if form.cleaned_data and form.cleaned_data.get("justification")
        ]


CommentRowFormSet = forms.formset_factory(
    CommentRowForm,
    formset=BaseCommentRowFormSet,
    extra=0,
    min_num=1,
    max_num=MAX_ROWS,
    validate_min=True,
    validate_max=True,
)


class CommentFormErrors:
    """The author's form and the rows as one form for includes/form_errors.html: `errors` says
    whether there are any, `error_summary()` lists them (a row's with its number)."""

    def __init__(self, author, rows):
        self.author, self.rows = author, rows

    def error_summary(self):
        if self.author is None:
            return []
        items = self.author.error_summary() if self.author.is_bound else []
        if self.rows is None or not self.rows.is_bound:
            return items
        items += [
            {"label": "", "message": error, "anchor": ""} for error in self.rows.non_form_errors()
        ]
        for number, row in enumerate(self.rows.forms, start=1):
            for item in row.error_summary():
                label = gettext("Comment %(number)d") % {"number": number}
                if item["label"]:
                    label = f"{label}, {str(item['label']).lower()}"
                items.append({**item, "label": label})
        return items

    @property
    def errors(self):
        return bool(self.error_summary())


def bound_values(form):
    """What a bound form holds, as initial data for a form with one row more."""
    return {name: form[name].value() for name in form.fields if name != "homepage"}


class DraftImportForm(forms.Form):
    """Admin: paste the whole draft, one unit per line with its number."""

    text = forms.CharField(
        label=_("The draft, one unit per line"),
        widget=forms.Textarea(attrs={"rows": 25}),
        help_text=_(
            "Start each line with its number: “Rozdział 1 Title”, “§ 1.”, “1.” (ust.), “1)” "
            "(pkt), “a)” (lit.). Units whose number stays keep their comments."
        ),
    )


class SubscriptionForm(PublicFormMixin, HoneypotMixin, forms.Form):
    """The public form that subscribes an e-mail address to new consultations."""

    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send a confirmation link here; you are subscribed once you follow it."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, e.g. name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree to the processing of my e-mail address to be told about new consultations."
        ),
        error_messages={"required": _("We cannot subscribe you without this consent.")},
    )


DOCX_MAX_BYTES = 10 * 1024 * 1024


class DraftDocxForm(forms.Form):
    """Admin: a Word document whose draft is shown as a preview before it is saved."""

    document = forms.FileField(
        label=_("Word document (.docx)"),
        help_text=_(
            "Headings become chapters; numbered paragraphs (typed or Word's automatic "
            "numbering) become units. You see the result before anything is saved."
        ),
        error_messages={
            "required": _("Choose a .docx file."),
            "empty": _("The file is empty."),
            "invalid": _("Choose a .docx file."),
        },
    )

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if upload.size > DOCX_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too big (%(size)s MB); the limit is %(limit)s MB.")
                % {
                    "size": round(upload.size / 1024 / 1024, 1),
                    "limit": DOCX_MAX_BYTES // 1024 // 1024,
                }
            )
        try:
            text = docx_to_text(upload)
        except DocxError:
            raise forms.ValidationError(
                _(
                    "This is not a Word document (.docx). Save it in Word as “Word Document "
                    "(*.docx)” and try again; .doc, .odt and PDF files cannot be read."
                )
            ) from None
        if not draft_parse_text(text):
            raise forms.ValidationError(_("The document contains no text."))
        return text
