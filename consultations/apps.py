from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Public consultations: the draft as numbered units, comments, positions and the report."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "consultations"
    verbose_name = _("Public consultations")

    def ready(self):
        from . import signals  # noqa: F401 (connects the receivers)
