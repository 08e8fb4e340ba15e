from django.core.management.base import BaseCommand

from consultations.services import anonymize_submissions


class Command(BaseCommand):
    help = (
        "Remove the contact person, e-mail and phone of comment authors of consultations closed "
        "more than CONSULTATIONS_RETENTION_DAYS ago; the report stays whole. Run it daily."
    )

    def handle(self, *args, **options):
        count = anonymize_submissions()
        self.stdout.write(f"Comment forms anonymised: {count}")
