from django.core.management.base import BaseCommand

from consultations.services import expire_unconfirmed_submissions, expire_unconfirmed_subscribers


class Command(BaseCommand):
    help = (
        "Delete consultation comments, and subscriptions to new consultations, that were not "
        "confirmed within CONSULTATIONS_CONFIRMATION_HOURS. Run it hourly."
    )

    def handle(self, *args, **options):
        count = expire_unconfirmed_submissions()
        self.stdout.write(f"Unconfirmed comment forms removed: {count}")
        count = expire_unconfirmed_subscribers()
        self.stdout.write(f"Unconfirmed subscriptions removed: {count}")
