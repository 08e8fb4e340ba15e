from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ngomap.importing import import_rows, validate_file

from ._progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Import organizations from a CSV file (see ngomap/importing.py for the columns). Every "
        "row is validated first; nothing is written unless the whole file is valid. Rows whose "
        "KRS matches an organization update it; geocoding is queued for changed addresses."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="only validate and report, write nothing"
        )

    def handle(self, *args, file, dry_run, **options):
        if not file.exists():
            raise CommandError(f"{file}: no such file")
        with file.open(encoding="utf-8-sig", newline="") as handle:
            report = validate_file(handle)
        for line, message in report.errors:
            self.stderr.write(f"line {line}: {message}")
        if not report.valid:
            raise CommandError(f"{len(report.errors)} error(s) in {file}; nothing was imported.")
        new = sum(1 for row in report.rows if row[3] is None)
        if dry_run:
            self.stdout.write(
                f"Dry run: {len(report.rows)} valid rows ({new} new, "
                f"{len(report.rows) - new} updates); nothing was written."
            )
            return
        bar = ProgressBar(self.stdout, len(report.rows), label="Importing")
        import_rows(report, progress=bar.step)
        bar.finish()
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {report.created + report.updated} organizations: {report.created} "
                f"created, {report.updated} updated. Geocoding is queued for changed addresses."
            )
        )
