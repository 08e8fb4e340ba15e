from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidebookConfig(AppConfig):
    """The cooperation guidebook (filled by the content issue)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "guidebook"
    verbose_name = _("Cooperation guidebook")
