"""Each organization keeps its map marker as GeoJSON text (Organization.map_marker), written with
the fields it shows, so the map's endpoint joins stored markers instead of building each one per
answer (ngomap.markers). Existing rows are filled here."""

from django.db import migrations, models

from ngomap.markers import refresh_map_markers


def fill_map_markers(apps, schema_editor):
    Organization = apps.get_model("ngomap", "Organization")
    located = Organization.objects.filter(
        map_latitude__isnull=False, map_longitude__isnull=False
    ).values_list("pk", flat=True)
    refresh_map_markers(located, model=Organization)


class Migration(migrations.Migration):
    dependencies = [
        ("ngomap", "0006_map_point_as_doubles"),
    ]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="map_marker",
            field=models.TextField(
                blank=True, default="", editable=False, verbose_name="map marker"
            ),
        ),
        migrations.RunPython(fill_map_markers, migrations.RunPython.noop, elidable=True),
    ]
