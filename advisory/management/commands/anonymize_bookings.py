from django.core.management.base import BaseCommand

from advisory.services import anonymize_bookings


class Command(BaseCommand):
    help = (
        "Remove the personal data of bookings older than the retention period of the booking "
        "policy; topic, advisor, time and status stay for the statistics. Run it daily."
    )

    def handle(self, *args, **options):
        count = anonymize_bookings()
        self.stdout.write(f"Bookings anonymised: {count}")
