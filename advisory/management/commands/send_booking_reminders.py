from django.core.management.base import BaseCommand

from advisory.services import send_booking_reminders


class Command(BaseCommand):
    help = (
        "E-mail a reminder for each confirmed consultation of tomorrow. Run it daily (cron); "
        "a booking is reminded once, however often the command runs."
    )

    def handle(self, *args, **options):
        sent = send_booking_reminders()
        self.stdout.write(f"Reminders queued: {sent}")
