"""The organizations' admin views where they differ from Wagtail's snippet views: the list's
moderation state column, the edit form's warning about a missing map point, and the warning
after an approval or a publication that left the map without the entry (ngomap/moderation.py
says why approval is not blocked)."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import StatusTagColumn
from wagtail.snippets.views.snippets import EditView, IndexView, WorkflowActionView

from home.admin_ui import DeclinedIndexViewMixin
from home.exports import SafeSpreadsheetExportMixin

from .moderation import (
    missing_point_message,
    moderation_state_label,
    warn_if_published_without_point,
)


class OrganizationIndexView(DeclinedIndexViewMixin, SafeSpreadsheetExportMixin, IndexView):
    """The organizations list; its CSV/XLSX downloads go through the site's one export writer.

    The last column is the moderation state, read from the queryset's `moderation_status`
    annotation (OrganizationViewSet.get_queryset), so it costs no query per row."""

    @cached_property
    def columns(self):
        return [
            *super().columns,
            StatusTagColumn(
                "moderation_state",
                label=_("Moderation state"),
                accessor=moderation_state_label,
                primary=lambda organization: organization.live,
                sort_key="live",
            ),
        ]


class OrganizationEditView(EditView):
    """The edit form says above the fields when the entry has no point on the map."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["missing_point_message"] = missing_point_message(self.object)
        return context

    def run_after_hook(self):
        response = super().run_after_hook()
        workflow_action = getattr(self, "workflow_action", "")
        approved = self.action == "workflow-action" and workflow_action == "approve"
        if self.action == "publish" or approved:
            warn_if_published_without_point(self.request, self.object.pk)
        return response


class OrganizationWorkflowActionView(WorkflowActionView):
    """ "Approve" from the dashboard's list of entries awaiting review, without the edit form."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        if self.action_name == "approve":
            warn_if_published_without_point(request, self.object.pk)
        return response
