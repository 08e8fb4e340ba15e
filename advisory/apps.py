from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdvisoryConfig(AppConfig):
    """The advisory point: topics, advisors, availability, bookings, booking flow, staff tools."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "advisory"
    verbose_name = _("Advisory point")
