from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NgomapConfig(AppConfig):
    """Organizations, geocoding and the NGO map (filled by the map issue)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ngomap"
    verbose_name = _("NGO map")
