"""Wagtail's own migrations name the page moderation workflow and its task after the groups
("Moderators approval"); editors read the name on every page in moderation and moderators in
every e-mail about one. A Polish name instead, as the map's workflow has."""

from django.db import migrations

ENGLISH = "Moderators approval"
POLISH = "Akceptacja moderatorów"


def rename(apps, schema_editor, old=ENGLISH, new=POLISH):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore", "Task").objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, old=POLISH, new=ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_outbox_headers"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
