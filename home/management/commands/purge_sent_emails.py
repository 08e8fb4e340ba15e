from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from home.models import OutboxEmail


class Command(BaseCommand):
    help = (
        "Delete sent and failed e-mails older than OUTBOX_RETENTION_DAYS (default 30): their "
        "bodies hold personal data that the records they were about keep anyway."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override OUTBOX_RETENTION_DAYS.")

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else settings.OUTBOX_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _ = OutboxEmail.objects.filter(
            status__in=[OutboxEmail.Status.SENT, OutboxEmail.Status.FAILED],
            created_at__lt=cutoff,
        ).delete()
        self.stdout.write(f"Deleted {deleted} e-mails older than {days} days.")
