from django.db import migrations


def create_groups(apps, schema_editor):
    from advisory.permissions import ensure_advisory_groups

    ensure_advisory_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("advisory", "0002_booking_overlap_guards"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
