from django_tasks import task

from .models import OutboxEmail
from .services import email_send


@task()
def send_outbox_email(email_id):
    """Send one stored e-mail; a failure stays recorded on it for `send_pending_emails`."""
    email = OutboxEmail.objects.filter(pk=email_id).first()
    if email is not None:
        email_send(email=email)
