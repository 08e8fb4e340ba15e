"""The map at 100,000 organizations: the list's index carries the key (deep pages read only the
index), and on PostgreSQL trigram GIN indexes answer the text search's
`UPPER(column::text) LIKE UPPER('%word%')` (Django's icontains; ngomap.filters.filter_text).
SQLite keeps its plain scans: nothing is created there."""

from django.contrib.postgres.operations import CreateExtension
from django.db import migrations, models

SEARCHED_COLUMNS = ("name", "description", "street")


def add_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in SEARCHED_COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS ngomap_org_{column}_trgm ON ngomap_organization "
            f'USING gin (UPPER("{column}"::text) gin_trgm_ops)'
        )


def remove_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in SEARCHED_COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS ngomap_org_{column}_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("ngomap", "0003_list_index"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="organization",
            name="ngomap_orga_live_dcfa98_idx",
        ),
        migrations.AddIndex(
            model_name="organization",
            index=models.Index(fields=["live", "name", "id"], name="ngomap_org_list_idx"),
        ),
        # Does nothing on databases other than PostgreSQL.
        CreateExtension("pg_trgm"),
        migrations.RunPython(add_search_indexes, remove_search_indexes, elidable=False),
    ]
