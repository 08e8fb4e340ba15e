from django.core.management.base import BaseCommand

from consultations.services import expire_unconfirmed_submissions


class Command(BaseCommand):
    help = (
        "Delete consultation comments whose authors did not confirm them within "
        "CONSULTATIONS_CONFIRMATION_HOURS. Run it hourly."
    )

    def handle(self, *args, **options):
        count = expire_unconfirmed_submissions()
        self.stdout.write(f"Unconfirmed comment forms removed: {count}")
