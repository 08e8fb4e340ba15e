from django.core.management.base import BaseCommand

from consultations.services import subscribers_notify


class Command(BaseCommand):
    help = (
        "E-mail the confirmed subscribers about every consultation that has opened and whose "
        "subscribers were not told yet (once per consultation). Run it every 15 minutes."
    )

    def handle(self, *args, **options):
        count = subscribers_notify()
        self.stdout.write(f"E-mails about new consultations queued: {count}")
