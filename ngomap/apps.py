from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NgomapConfig(AppConfig):
    """Organizations, geocoding and the NGO map."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ngomap"
    verbose_name = _("NGO map")

    def ready(self):
        # Models can only be imported once the app registry is ready.
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
