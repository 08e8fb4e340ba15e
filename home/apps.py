from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The base app: home and standard pages, shared blocks, site settings, search, metadata."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        # In ready(): the handlers look the models up, so the app registry must be loaded.
        from .pagecache import register_signal_handlers

        register_signal_handlers()
        from . import signal_handlers  # noqa: F401
