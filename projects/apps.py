from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Project pages and their meetings (filled by the content issue)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "projects"
    verbose_name = _("Projects")
