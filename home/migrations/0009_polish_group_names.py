"""Wagtail's staff groups get Polish names ("Moderators" → "Moderatorzy", "Editors" →
"Redaktorzy", home.groups), after every migration that finds them by their English names: the
permissions stay, as they belong to the group, not its name. A site that already has a group
with the Polish name keeps both as they are."""

from django.db import migrations

from home.groups import WAGTAIL_NAMES


def rename(apps, schema_editor, backwards=False):
    Group = apps.get_model("auth", "Group")
    for polish, english in WAGTAIL_NAMES.items():
        old, new = (polish, english) if backwards else (english, polish)
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, backwards=True)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_search_entry"),
        ("ngomap", "0002_reference_data_and_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
