from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import pagecache
from .models import OutboxEmail


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """E-mails are written by the site, never added by hand; staff may only view and requeue."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(OutboxEmail, OutboxPermissionPolicy(OutboxEmail))


class OutboxEmailInspectView(InspectView):
    def get_attachments_display_value(self):
        """The attachments' file names, not their content (an iCalendar file is machine text)."""
        return ", ".join(item["filename"] for item in self.object.attachments) or "—"


class OutboxEmailViewSet(ModelViewSet):
    """Settings → Outgoing e-mails: what the site sent, what is still pending and why."""

    model = OutboxEmail
    icon = "mail"
    menu_label = _("Outgoing e-mails")
    add_to_settings_menu = True
    list_display = ["subject", "purpose", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "purpose"]
    search_fields = ["subject", "to"]
    inspect_view_enabled = True
    inspect_view_class = OutboxEmailInspectView
    form_fields = ["status"]


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxEmailViewSet("outbox_emails")


@hooks.register("before_serve_page")
def allow_page_cache(page, request, serve_args, serve_kwargs):
    """Pages whose type names the sections it shows may be stored by the page cache."""
    pagecache.mark_cacheable(request, sections=getattr(page, "page_cache_sections", ()))
