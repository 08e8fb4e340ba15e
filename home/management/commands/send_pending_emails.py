from django.core.management.base import BaseCommand

from home.services import email_send, emails_due


class Command(BaseCommand):
    help = (
        "Retry e-mails that could not be sent (run every few minutes from cron or a timer). "
        "Each is retried with growing back-off and marked failed after several attempts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Ignore the back-off and try every pending e-mail."
        )

    def handle(self, *args, **options):
        from home.models import OutboxEmail

        emails = (
            OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING).order_by("pk")
            if options["now"]
            else list(emails_due())
        )
        sent = failed = 0
        for email in emails:
            if email_send(email=email):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"E-mails sent: {sent}, still failing: {failed}.")
