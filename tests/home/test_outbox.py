"""The e-mail outbox: sent after commit, kept and retried when the mail server fails."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction

from home.models import OutboxEmail
from home.services import email_queue

FAILING_BACKEND = "tests.home.failing_mail_backend.EmailBackend"


def queue(**overrides):
    arguments = {
        "to": ["ngo@example.org"],
        "subject": "Potwierdzenie",
        "template": "home/emails/test_message",
        "context": {"name": "Anna", "message": "Do zobaczenia."},
        "attachments": [("spotkanie.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")],
        "purpose": "test",
    }
    arguments.update(overrides)
    return email_queue(**arguments)


@pytest.mark.django_db(transaction=True)
def test_email_is_sent_after_commit_with_its_attachment():
    with transaction.atomic():
        email = queue()
        assert mail.outbox == []  # nothing leaves before the transaction commits
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ngo@example.org"]
    assert message.body.startswith("Dzień dobry Anna,")
    assert message.attachments[0][0] == "spotkanie.ics"
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT and email.attempts == 1


@pytest.mark.django_db(transaction=True)
def test_rolled_back_transaction_sends_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        queue()
        raise RuntimeError("the booking failed")
    assert mail.outbox == []
    assert not OutboxEmail.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_failed_send_is_kept_and_retried_by_the_command(settings):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    with transaction.atomic():
        email = queue()
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.PENDING
    assert "SMTPServerDisconnected" in email.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", "--now", stdout=open("/dev/null", "w"))  # noqa: SIM115
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert email.attempts == 2
    assert len(mail.outbox) == 1
