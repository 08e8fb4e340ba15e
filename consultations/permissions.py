"""The consultation team group: who sees comments and the personal data of their authors.

"Zespół ds. konsultacji" sees every comment and comment form with the authors' contact data,
gives positions, merges duplicates and exports. Editors outside the group see none of it (the
report, which holds no personal data, they can publish if they may publish the page). A data
migration creates the group; `ensure_consultation_team` can be called again (tests, a command).
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

TEAM_GROUP = "Zespół ds. konsultacji"

TEAM_CODENAMES = [
    "view_comment",
    "change_comment",
    "view_submission",
    "change_submission",
    "view_personal_data",
    "view_draftunit",
    "change_draftunit",
    "add_draftunit",
]


def ensure_consultation_team(apps=None):
    if apps is None:
        apps = global_apps
    app_config = apps.get_app_config("consultations")
    app_config.models_module = getattr(app_config, "models_module", None) or True
    create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    team, _created = Group.objects.get_or_create(name=TEAM_GROUP)
    team.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="consultations", codename__in=TEAM_CODENAMES
        ),
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    return team
