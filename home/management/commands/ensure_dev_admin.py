import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Make sure a development admin account exists and print how to log in (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on; use createsuperuser.")
        username = os.environ.get("DEV_ADMIN_USERNAME", "admin")
        password = os.environ.get("DEV_ADMIN_PASSWORD", "admin")
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "email": "admin@example.org",
                "first_name": "Administrator",
                "last_name": "Portalu",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            user.set_password(password)
            user.save()
        shown_password = password if user.check_password(password) else "(zmienione przez Ciebie)"
        self.stdout.write(
            self.style.SUCCESS(
                "\nPanel administracyjny: http://127.0.0.1:8000/admin/\n"
                f"  login: {username}\n"
                f"  hasło: {shown_password}\n"
            )
        )
