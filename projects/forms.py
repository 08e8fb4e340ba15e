from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import HoneypotMixin, PhoneField, PublicFormMixin

from .models import MeetingRegistration


class MeetingRegistrationForm(PublicFormMixin, HoneypotMixin, forms.ModelForm):
    """The public form of attendance confirmation; the service does the rest."""

    phone = PhoneField(
        label=_("Phone"),
        required=False,
        help_text=_("Optional: we call only if the meeting changes."),
    )

    consent = forms.BooleanField(
        label=_(
            "I agree to the processing of my personal data by the organiser to handle my "
            "registration for this meeting."
        ),
        required=True,
        error_messages={"required": _("Consent is required to register.")},
    )

    class Meta:
        model = MeetingRegistration
        fields = ["name", "organisation", "email", "phone", "accessibility_needs", "consent"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "accessibility_needs": _(
                "Optional: e.g. a sign language interpreter, step-free access, induction loop."
            ),
        }

    def validate_unique(self):
        # The service enforces uniqueness (with a lock and the database constraint).
        pass
