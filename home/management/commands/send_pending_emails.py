from django.core.management.base import BaseCommand

from home.services import SendOutcome, email_send, emails_due, emails_release_stale_claims


class Command(BaseCommand):
    help = (
        "Retry e-mails that could not be sent (run every few minutes from cron or a timer). "
        "Each is retried with growing back-off and marked failed after several attempts; an "
        "e-mail whose sender died while sending is queued again once its claim has expired."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Ignore the back-off and try every pending e-mail."
        )

    def handle(self, *args, **options):
        released = emails_release_stale_claims()
        outcomes = {outcome: 0 for outcome in SendOutcome}
        for email in list(emails_due(ignore_backoff=options["now"])):
            outcomes[email_send(email=email)] += 1
        self.stdout.write(
            f"E-mails sent: {outcomes[SendOutcome.SENT]}, "
            f"still failing: {outcomes[SendOutcome.FAILED]}, "
            f"taken by another sender: {outcomes[SendOutcome.SKIPPED]}, "
            f"stale claims released: {released}."
        )
