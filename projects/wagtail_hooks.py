from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from home.admin_ui import DeclinedIndexViewMixin, model_names
from home.exports import SafeSpreadsheetExportMixin
from home.selectors import entry_page

from .models import MeetingRegistration, Partner, UpcomingMeetingsPage
from .selectors import current_projects, upcoming_meetings

HOME_PROJECTS = 3
HOME_MEETINGS = 4


class PartnerIndexView(DeclinedIndexViewMixin, IndexView):
    pass


class PartnerViewSet(SnippetViewSet):
    model = Partner
    index_view_class = PartnerIndexView
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "url"]
    search_fields = ["name"]
    ordering = ["name"]


class MeetingRegistrationIndexView(DeclinedIndexViewMixin, SafeSpreadsheetExportMixin, IndexView):
    """The registrations list; its CSV/XLSX downloads go through the site's one export writer."""


class MeetingRegistrationViewSet(SnippetViewSet):
    """Registrations for meetings: personal data, so only staff with the view permission see it.

    Wagtail's snippet permission policy hides the menu item and refuses the views to anyone
    without a permission on the model; grant "view" to the group that handles the meetings.
    """

    model = MeetingRegistration
    index_view_class = MeetingRegistrationIndexView
    icon = "form"
    menu_label = _("Meeting registrations")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "organisation", "email", "meeting", "created_at"]
    list_filter = ["meeting"]
    search_fields = ["name", "organisation", "email"]
    list_export = [
        "meeting",
        "project_title",
        "name",
        "organisation",
        "email",
        "phone",
        "accessibility_needs",
        "created_at",
    ]
    export_headings = {"project_title": _("Project or consultation")}
    export_filename = "rejestracje-na-spotkania"
    ordering = ["-created_at"]


model_names(
    Partner,
    accusative=pgettext_lazy("accusative", "partner"),
    genitive_plural=pgettext_lazy("genitive plural", "partners"),
)
model_names(
    MeetingRegistration,
    accusative=pgettext_lazy("accusative", "meeting registration"),
    genitive_plural=pgettext_lazy("genitive plural", "meeting registrations"),
)
register_snippet(PartnerViewSet)
register_snippet(MeetingRegistrationViewSet)


@hooks.register("home_page_sections", order=20)
def current_projects_section(*, request, page):
    projects = current_projects(limit=HOME_PROJECTS)
    if not projects:
        return None
    return {"template": "projects/home_projects_section.html", "projects": projects}


@hooks.register("home_page_sections", order=30)
def upcoming_meetings_section(*, request, page):
    meetings = upcoming_meetings(limit=HOME_MEETINGS)
    if not meetings:
        return None
    return {
        "template": "projects/home_meetings_section.html",
        "meetings": meetings,
        "all_meetings_page": entry_page(UpcomingMeetingsPage, request=request),
    }
