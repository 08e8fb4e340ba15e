from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_ui import model_names

from . import views
from .admin_views import (
    OrganizationEditView,
    OrganizationIndexView,
    OrganizationWorkflowActionView,
)
from .filters import OrganizationAdminFilter
from .models import MapPage, Organization
from .moderation import with_moderation_status
from .selectors import home_section_data
from .services import organization_search_entries_rebuild_source


class OrganizationViewSet(SnippetViewSet):
    """The editors' view of the organizations: filters, search, CSV export, inspect view."""

    model = Organization
    index_view_class = OrganizationIndexView
    edit_view_class = OrganizationEditView
    edit_template_name = "ngomap/admin/organization_edit.html"
    workflow_action_view_class = OrganizationWorkflowActionView
    icon = "site"
    menu_label = _("Organizations")
    menu_name = "organizations"
    add_to_admin_menu = True
    menu_order = 250
    filterset_class = OrganizationAdminFilter
    search_fields = ["name", "description", "krs", "street"]
    # Plain database filtering: works the same on SQLite and PostgreSQL, no index to keep fresh.
    search_backend_name = None
    list_display = [
        "name",
        Column("kind", label=capfirst(_("kind")), accessor="get_kind_display"),
        Column("district", label=capfirst(_("district"))),
        Column(
            "geocode_status",
            label=capfirst(_("geocoding status")),
            accessor="get_geocode_status_display",
        ),
        BooleanColumn("is_public_benefit", label=_("OPP")),
        "updated_at",
    ]
    list_export = [
        "name",
        "slug",
        "kind",
        "legal_form",
        "krs",
        "nip",
        "regon",
        "is_public_benefit",
        "street",
        "building_number",
        "postcode",
        "city",
        "district",
        "latitude",
        "longitude",
        "location_precision",
        "geocode_status",
        "geocode_message",
        "website",
        "email",
        "phone",
        "last_verified",
        "live",
    ]
    export_filename = "organizacje"
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "kind",
        "legal_form",
        "krs",
        "nip",
        "regon",
        "is_public_benefit",
        "areas",
        "description",
        "website",
        "email",
        "phone",
        "street",
        "building_number",
        "postcode",
        "city",
        "district",
        "latitude",
        "longitude",
        "point_set_by_hand",
        "location_precision",
        "geocode_status",
        "geocode_message",
        "geocoded_at",
        "last_verified",
        "submitter_email",
        "moderation_note",
    ]

    def get_queryset(self, request):
        return with_moderation_status(Organization.objects.select_related("district"))


model_names(
    Organization,
    accusative=pgettext_lazy("accusative", "organization"),
    genitive_plural=pgettext_lazy("genitive plural", "organizations"),
)
register_snippet(OrganizationViewSet)


@hooks.register("register_admin_urls")
def register_geocode_url():
    return [path("ngomap/geocode/", views.admin_geocode, name="place_geocode")]


@hooks.register("home_page_sections")
def map_section(*, request, page):
    """An entry to the map with the number of organizations on it.

    Cached under the map's version (bumped by any change to an organization or the map page),
    so the home page usually spends no query on it, and one (the count) when the cache is
    cold: the map page comes from the request's part of the page tree (home.pagetree).
    """
    data = home_section_data(request=request)
    if data is None:
        return None
    return {"template": "ngomap/home_section.html", **data}


@hooks.register("home_page_services")
def map_service():
    return {
        "model": MapPage,
        "order": 10,
        "icon": "map",
        "description": _("NGOs and civic initiatives on a map and in a list, near you."),
    }


@hooks.register("site_search_sources")
def organizations_for_site_search():
    """Published organizations, for `manage.py rebuild_search_index`."""
    return organization_search_entries_rebuild_source()
