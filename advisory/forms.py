"""The public booking form: fields, Polish messages (through gettext) and a honeypot."""

from datetime import date, timedelta

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import CleanInputMixin, HoneypotMixin, KrsField, PhoneField, PublicFormMixin
from home.inputs import EARLIEST_DATE, LATEST_DATE, parse_date, parse_int

from .models import Advisor, Topic


class BookingForm(PublicFormMixin, HoneypotMixin, forms.Form):
    organization_name = forms.CharField(
        label=_("Organization or initiative"),
        max_length=255,
        error_messages={"required": _("Enter the name of your organization or initiative.")},
    )
    krs = KrsField(
        pad_leading_zeros=True,
        label=_("KRS number"),
        help_text=_("Ten digits, if your organization is registered in the KRS."),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        error_messages={"required": _("Enter your first name and surname.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("We send the confirmation and the cancel link here."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, e.g. name@example.org."),
        },
    )
    phone = PhoneField(
        label=_("Phone"),
        required=False,
        help_text=_("Needed for consultations by phone."),
    )
    question = forms.CharField(
        label=_("What would you like to discuss?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A few sentences help the advisor prepare."),
    )
    consent = forms.BooleanField(
        label=_("I agree to the processing of my personal data to arrange the consultation."),
        error_messages={"required": _("The consultation cannot be booked without this consent.")},
    )

    def __init__(self, *args, mode=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.mode = mode
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organization_name"].widget.attrs["autocomplete"] = "organization"
        if mode == "phone":
            self.fields["phone"].required = True
            self.fields["phone"].error_messages["required"] = _(
                "Enter the phone number the advisor should call."
            )

    def clean(self):
        cleaned = super().clean()
        if self.is_spam():
            raise forms.ValidationError(_("The form could not be sent. Please try again."))
        return cleaned


# What booking_create takes from the person booking, the same from the public and the staff form.
APPLICANT_FIELDS = [
    "organization_name",
    "krs",
    "contact_name",
    "email",
    "phone",
    "question",
    "consent",
]


def applicant_data(form):
    """The applicant's fields of a valid booking form, as keyword arguments of booking_create."""
    return {name: form.cleaned_data[name] for name in APPLICANT_FIELDS}


class StaffBookingForm(CleanInputMixin, forms.Form):
    """Staff book a consultation for someone (by phone, at the desk) through booking_create."""

    topic = forms.ModelChoiceField(label=_("Topic"), queryset=None)
    advisor = forms.ModelChoiceField(
        label=_("Advisor"), queryset=None, required=False, empty_label=_("Any advisor")
    )
    starts_at = forms.DateTimeField(
        label=_("Start"),
        help_text=_("Local time, e.g. 2026-11-23 09:00; it must be a free slot."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    organization_name = forms.CharField(label=_("Organization or initiative"), max_length=255)
    krs = KrsField(label=_("KRS number (optional)"))
    contact_name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    phone = PhoneField(label=_("Phone (optional)"), required=False)
    question = forms.CharField(
        label=_("Question"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    consent = forms.BooleanField(
        label=_("The person agreed to the processing of their personal data.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.all()
        self.fields["advisor"].queryset = Advisor.objects.filter(is_active=True)

    def clean_starts_at(self):
        value = self.cleaned_data["starts_at"]
        if not EARLIEST_DATE <= value.date() <= LATEST_DATE:
            raise forms.ValidationError(_("Choose a date between 1900 and 2199."))
        return value


def statistics_periods(*, today):
    """The statistics' ready-made periods as (label, first day, last day), around `today`."""
    month_start = today.replace(day=1)
    next_month = (month_start + timedelta(days=32)).replace(day=1)
    last_month_start = (month_start - timedelta(days=1)).replace(day=1)
    return [
        (_("This month"), month_start, next_month - timedelta(days=1)),
        (_("Last month"), last_month_start, month_start - timedelta(days=1)),
        (_("This year"), date(today.year, 1, 1), date(today.year, 12, 31)),
        (_("Last year"), date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    ]


class StatisticsFilterForm(CleanInputMixin, forms.Form):
    """The statistics' filters, sent by GET: the consultations' dates and the advisor. Dates are
    read with home.inputs.parse_date; a wrong value gets a Polish message next to its field and
    the figures leave that filter out."""

    date_from = forms.CharField(
        label=_("From"),
        required=False,
        help_text=_("The first day, e.g. 2026-03-01; empty: from the first booking."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.CharField(
        label=_("To"),
        required=False,
        help_text=_("The last day, included; empty: up to the last booking."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    advisor = forms.ChoiceField(
        label=_("Advisor"),
        required=False,
        error_messages={"invalid_choice": _("Choose an advisor from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        advisors = Advisor.objects.order_by("name").values_list("pk", "name")
        self.fields["advisor"].choices = [("", _("All advisors"))] + [
            (str(pk), name) for pk, name in advisors
        ]

    def _clean_day(self, name):
        value = self.cleaned_data[name].strip()
        if not value:
            return None
        day = parse_date(value)
        if day is None:
            raise forms.ValidationError(
                _("Enter a date as YYYY-MM-DD between 1900 and 2199, e.g. 2026-03-01.")
            )
        return day

    def clean_date_from(self):
        return self._clean_day("date_from")

    def clean_date_to(self):
        return self._clean_day("date_to")

    def clean_advisor(self):
        return parse_int(self.cleaned_data["advisor"], minimum=1)

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The last day cannot come before the first."))
        return cleaned

    def filters(self):
        """The valid filters as keyword arguments of selectors.booking_statistics."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            "date_from": cleaned.get("date_from"),
            "date_to": cleaned.get("date_to"),
            "advisor_id": cleaned.get("advisor"),
        }
