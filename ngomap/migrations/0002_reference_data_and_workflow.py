"""Load the 18 districts and the areas of public-benefit activity from ngomap/data/, and give the
organizations a moderation workflow and editors' permissions. Idempotent: runs again safely."""

import json
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

DATA = Path(__file__).resolve().parent.parent / "data"
PERMISSIONS = {
    "Moderators": ["add", "change", "delete", "publish", "lock", "unlock"],
    "Editors": ["add", "change"],
}


def area_slug(text):
    return slugify(text.replace("ł", "l").replace("Ł", "L"))[:120]


def load(apps, schema_editor):
    District = apps.get_model("ngomap", "District")
    ActivityArea = apps.get_model("ngomap", "ActivityArea")
    for row in json.loads((DATA / "krakow_districts.json").read_text(encoding="utf-8")):
        District.objects.update_or_create(
            number=row["number"],
            defaults={"roman": row["roman"], "name": row["name"], "full_name": row["full_name"]},
        )
    items = json.loads((DATA / "public_benefit_areas.json").read_text(encoding="utf-8"))["items"]
    for order, row in enumerate(items):
        ActivityArea.objects.update_or_create(
            pkt=row["pkt"],
            defaults={
                "name": row["short"],
                "slug": area_slug(row["short"]),
                "statutory_text": row["text"],
                "sort_order": order,
            },
        )

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    content_type, _ = ContentType.objects.get_or_create(app_label="ngomap", model="organization")
    for group_name, actions in PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_organization",
                defaults={"name": f"Can {action} organization"},
            )
            group.permissions.add(permission)

    if WorkflowContentType.objects.filter(content_type=content_type).exists():
        return
    moderators = Group.objects.filter(name="Moderators").first()
    task_content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, created = GroupApprovalTask.objects.get_or_create(
        name="Moderacja wpisów na mapie organizacji",
        defaults={"content_type": task_content_type, "active": True},
    )
    if created and moderators is not None:
        task.groups.add(moderators)
    workflow, created = Workflow.objects.get_or_create(
        name="Moderacja wpisów na mapie organizacji", defaults={"active": True}
    )
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(workflow=workflow, content_type=content_type)


class Migration(migrations.Migration):
    dependencies = [
        ("ngomap", "0001_organizations"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
