from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from ngomap.models import Organization
from ngomap.services import organization_geocode

from ._progress import ProgressBar


class Command(BaseCommand):
    help = (
        "Geocode organizations now, one request a second: those waiting (--pending), those whose "
        "geocoding failed (--failed) or all of them (--all). Points set by hand are kept."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--pending", action="store_true", help="waiting for geocoding")
        group.add_argument("--failed", action="store_true", help="failed or not found before")
        group.add_argument("--all", action="store_true", help="every organization, again")

    def handle(self, *args, **options):
        queryset = Organization.objects.exclude(point_set_by_hand=True).order_by("pk")
        status = Organization.GeocodeStatus
        if options["pending"]:
            queryset = queryset.filter(geocode_status=status.PENDING)
        elif options["failed"]:
            queryset = queryset.filter(geocode_status__in=[status.FAILED, status.NOT_FOUND])
        elif not options["all"]:
            raise CommandError("Choose --pending, --failed or --all.")
        organizations = list(queryset)
        outcome = Counter()
        bar = ProgressBar(self.stdout, len(organizations), label="Geocoding")
        for organization in organizations:
            outcome[organization_geocode(organization=organization, force=True)] += 1
            bar.step()
        bar.finish()
        summary = ", ".join(f"{name}: {count}" for name, count in sorted(outcome.items()))
        self.stdout.write(
            self.style.SUCCESS(f"{len(organizations)} organizations geocoded ({summary or '-'}).")
        )
