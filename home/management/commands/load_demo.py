import time

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each app that brings demo content adds its loader here, in the order the page tree needs.
DEMO_LOADERS = [
    "home.demo.load",
    "ngomap.demo.load",
    "projects.demo.load",
    "news.demo.load",
    "guidebook.demo.load",
    "advisory.demo.load",
]


class Command(BaseCommand):
    help = (
        "Build the demo page tree and content. Safe to run again: what is there is kept, "
        "except demo objects an earlier version loaded with facts since corrected, which are "
        "updated."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        total = 0
        for dotted_path in DEMO_LOADERS:
            loader = import_string(dotted_path)
            with transaction.atomic():
                created = loader(stdout=self.stdout)
            total += created
            self.stdout.write(f"  {dotted_path}: {created} created or updated")
        elapsed = time.monotonic() - started
        if total:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content: {total} objects created or updated in {elapsed:.1f} s."
                )
            )
        else:
            self.stdout.write(f"Demo content already present; nothing changed ({elapsed:.1f} s).")
