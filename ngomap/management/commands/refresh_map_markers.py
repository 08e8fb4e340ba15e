from django.core.management.base import BaseCommand

from ngomap.markers import refresh_map_markers
from ngomap.models import Organization
from ngomap.services import map_version_bump

from ._progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Rewrite every organization's map marker (the stored GeoJSON the map's endpoint joins) "
        "from its fields and areas. Saving through the site keeps them current; run this after "
        "changing organizations' rows in SQL."
    )

    def handle(self, *args, **options):
        organizations = Organization.objects.order_by("pk")
        bar = ProgressBar(self.stdout, organizations.count(), label="Markers")
        written = refresh_map_markers(
            organizations.values_list("pk", flat=True),
            progress=lambda done: bar.step(done - bar.done),
        )
        bar.finish()
        map_version_bump()  # every cached answer of the map goes
        self.stdout.write(self.style.SUCCESS(f"{written} map markers written."))
