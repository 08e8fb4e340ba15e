"""The advisory point's groups: who sees bookings and personal data.

- "Punkt doradczy" (the point's staff): every advisory record, every booking with its personal
  data, the booking policy, the calendar and the statistics.
- "Doradcy" (advisors with an account linked to their Advisor): their own bookings only.
Editors in neither group get no access to any of it. A data migration creates both groups;
`ensure_advisory_groups` can be called again (tests after a database flush, a command).
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

STAFF_GROUP = "Punkt doradczy"
ADVISOR_GROUP = "Doradcy"

ADVISORY_MODELS = ["topic", "advisor", "availabilityrule", "closure", "booking"]


def _staff_codenames():
    codenames = [
        f"{action}_{model}"
        for model in ADVISORY_MODELS
        for action in ("add", "change", "delete", "view")
    ]
    return [*codenames, "view_all_bookings", "change_bookingpolicy", "view_bookingpolicy"]


ADVISOR_CODENAMES = ["view_booking", "change_booking"]


def ensure_advisory_groups(apps=None):
    """Create (or complete) the two groups with their permissions; returns (staff, advisors)."""
    if apps is None:
        apps = global_apps

    for label in ("advisory",):
        app_config = apps.get_app_config(label)
        app_config.models_module = getattr(app_config, "models_module", None) or True
        create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    staff, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    staff.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="advisory", codename__in=_staff_codenames()
        ),
        *access_admin,
    )
    advisors, _created = Group.objects.get_or_create(name=ADVISOR_GROUP)
    advisors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="advisory", codename__in=ADVISOR_CODENAMES
        ),
        *access_admin,
    )
    return staff, advisors
