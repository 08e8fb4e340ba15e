"""The database forbids overlapping active bookings of one advisor.

PostgreSQL: an exclusion constraint on (advisor, tstzrange(start, end)) with btree_gist.
SQLite: BEFORE INSERT / BEFORE UPDATE triggers that abort with a constraint error on overlap.
Each operation checks the database vendor and does nothing on the other engine.
"""

from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations

ACTIVE = "('confirmed', 'attended', 'no_show')"

POSTGRES_ADD = f"""
ALTER TABLE advisory_booking ADD CONSTRAINT advisory_booking_no_overlap
EXCLUDE USING gist (advisor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
WHERE (status IN {ACTIVE});
"""
POSTGRES_DROP = "ALTER TABLE advisory_booking DROP CONSTRAINT IF EXISTS advisory_booking_no_overlap;"

SQLITE_CHECK = f"""
    SELECT RAISE(ABORT, 'advisory_booking_no_overlap: overlapping active booking')
    WHERE EXISTS (
        SELECT 1 FROM advisory_booking AS other
        WHERE other.advisor_id = NEW.advisor_id
          AND other.id IS NOT NEW.id
          AND other.status IN {ACTIVE}
          AND other.starts_at < NEW.ends_at
          AND NEW.starts_at < other.ends_at
    );
"""
SQLITE_ADD = [
    f"""CREATE TRIGGER advisory_booking_no_overlap_insert
BEFORE INSERT ON advisory_booking
WHEN NEW.status IN {ACTIVE}
BEGIN {SQLITE_CHECK} END;""",
    f"""CREATE TRIGGER advisory_booking_no_overlap_update
BEFORE UPDATE OF advisor_id, starts_at, ends_at, status ON advisory_booking
WHEN NEW.status IN {ACTIVE}
BEGIN {SQLITE_CHECK} END;""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS advisory_booking_no_overlap_insert;",
    "DROP TRIGGER IF EXISTS advisory_booking_no_overlap_update;",
]


def add_guards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_ADD)
    elif vendor == "sqlite":
        for statement in SQLITE_ADD:
            schema_editor.execute(statement)


def drop_guards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_DROP)
    elif vendor == "sqlite":
        for statement in SQLITE_DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("advisory", "0001_initial")]

    operations = [
        # Django's CreateExtension does nothing on databases other than PostgreSQL.
        BtreeGistExtension(),
        migrations.RunPython(add_guards, drop_guards),
    ]
