"""What moderators see of an organization's moderation in the admin: its state in the list (one
annotation, so the column costs no query per row) and the warning about a missing map point.

An organization without a point (geocoding found nothing, failed or has not run yet, and nobody
set it by hand) can still be approved: it then appears in the list on the map page but not on
the map. Approval is not blocked and asks for no extra confirmation, because the moderator has
already been told: the edit form, where the "Approve" and "Publish" buttons are, says so above
the fields; and whichever way the entry was approved or published (the edit form or the
dashboard's "awaiting your review"), a warning follows with a link back to set the point.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.admin import messages
from wagtail.models import WorkflowState

from .models import Organization

# Workflow states that keep an entry with the moderators.
OPEN_WORKFLOW_STATES = (WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES)


def with_moderation_status(queryset):
    """`queryset` with `moderation_status`: the status of the entry's open workflow (in
    progress, needs changes) or None, from one subquery."""
    content_type = ContentType.objects.get_for_model(Organization)
    open_state = WorkflowState.objects.filter(
        base_content_type_id=content_type.pk,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status__in=OPEN_WORKFLOW_STATES,
    ).values("status")[:1]
    return queryset.annotate(moderation_status=Subquery(open_state))


def moderation_state_label(organization):
    """Published or not, and where the entry stands with the moderators, in a few words."""
    status = getattr(organization, "moderation_status", None)
    if organization.live:
        if status == WorkflowState.STATUS_IN_PROGRESS:
            return _("published, changes in moderation")
        if status == WorkflowState.STATUS_NEEDS_CHANGES:
            return _("published, changes returned for correction")
        if organization.has_unpublished_changes:
            return _("published, with unpublished changes")
        return pgettext("organization", "published")
    if status == WorkflowState.STATUS_IN_PROGRESS:
        return _("not published, in moderation")
    if status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("not published, returned for correction")
    return pgettext("organization", "not published")


def missing_point_message(organization):
    """Why `organization` has no point on the map and what follows, or None when it has one."""
    if organization.has_point:
        return None
    reason = organization.get_geocode_status_display()
    if organization.geocode_message:
        reason = f"{reason}: {organization.geocode_message}"
    return _(
        "“%(name)s” has no point on the map (geocoding: %(reason)s). Once published it is in "
        "the list on the map page but not on the map. Set the point on the “%(tab)s” tab: "
        "drag the marker or use “%(button)s”."
    ) % {
        "name": organization.name,
        "reason": reason,
        "tab": _("Location"),
        "button": _("Find the address on the map now"),
    }


def warn_if_published_without_point(request, organization_pk):
    """After an approval or a publication: a warning when the published entry has no point."""
    organization = Organization.objects.filter(pk=organization_pk, live=True).first()
    if organization is None or organization.has_point:
        return
    messages.warning(
        request,
        _("Published without a point on the map: “%(name)s” is in the list but not on the map.")
        % {"name": organization.name},
        buttons=[
            messages.button(
                reverse("wagtailsnippets_ngomap_organization:edit", args=[organization.pk]),
                _("Set the point"),
            )
        ],
    )
