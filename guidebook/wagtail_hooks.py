"""The guide's entry point on the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import GuidebookPage


@hooks.register("home_page_services")
def guidebook_service():
    return {
        "model": GuidebookPage,
        "order": 30,
        "icon": "guide",
        "description": _("How financial and non-financial cooperation with the city works."),
    }
