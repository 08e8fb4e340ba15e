from django.core.management.base import BaseCommand

from projects.services import anonymize_registrations


class Command(BaseCommand):
    help = (
        "Remove the name, e-mail, phone and accessibility needs of registrations for meetings "
        "that ended more than MEETING_REGISTRATION_RETENTION_DAYS ago; the registrations (and "
        "their organisations) stay counted. Run it daily."
    )

    def handle(self, *args, **options):
        result = anonymize_registrations()
        self.stdout.write(
            f"Registrations anonymised: {result.registrations} at {result.meetings} meeting(s) "
            f"that ended more than {result.retention_days} days ago."
        )
