"""An e-mail leaves exactly once: a sender claims the row before sending, and a claim left by a
sender that died expires so the e-mail is sent later after all.

The concurrent tests run two senders in two threads, each on its own database connection
(transactional tests; the SQLite test database is a file), on SQLite and on PostgreSQL alike.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from home.models import OutboxEmail
from home.services import SendOutcome, email_send
from home.tasks import send_outbox_email

SLOW_BACKEND = "tests.home.slow_mail_backend.EmailBackend"


def stored_email(**fields):
    fields.setdefault("to", ["ngo@example.org"])
    fields.setdefault("subject", "Potwierdzenie rejestracji")
    fields.setdefault("body_text", "Dzień dobry, do zobaczenia.")
    return OutboxEmail.objects.create(**fields)


def claimed_email(*, minutes_ago, attempts=1):
    """An e-mail a sender claimed `minutes_ago` minutes ago and has not finished."""
    claimed = timezone.now() - timedelta(minutes=minutes_ago)
    return stored_email(
        status=OutboxEmail.Status.SENDING,
        claimed_at=claimed,
        last_attempt_at=claimed,
        attempts=attempts,
    )


def run_together(*senders):
    """Start every sender at the same moment, each in its own thread and connection."""
    barrier = threading.Barrier(len(senders))

    def run(sender):
        try:
            barrier.wait(timeout=30)
            return sender()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        return list(pool.map(run, senders))


@pytest.mark.django_db(transaction=True)
def test_two_senders_at_once_deliver_the_email_once(settings):
    settings.EMAIL_BACKEND = SLOW_BACKEND
    email = stored_email()
    # Both senders have read the row while it was still pending, as the worker's task and the
    # five-minute command do when they wake at the same time.
    first, second = OutboxEmail.objects.get(pk=email.pk), OutboxEmail.objects.get(pk=email.pk)

    outcomes = run_together(lambda: email_send(email=first), lambda: email_send(email=second))

    assert sorted(outcomes) == sorted([SendOutcome.SENT, SendOutcome.SKIPPED])
    assert len(mail.outbox) == 1
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert email.attempts == 1
    assert email.claimed_at is None


@pytest.mark.django_db(transaction=True)
def test_the_task_and_the_command_at_once_deliver_every_email_once(settings):
    settings.EMAIL_BACKEND = SLOW_BACKEND
    emails = [stored_email(to=[f"osoba{number}@example.org"]) for number in range(4)]

    def command():
        call_command("send_pending_emails", stdout=StringIO())

    def tasks():
        for email in emails:
            send_outbox_email.call(email.pk)

    run_together(command, tasks)

    assert sorted(message.to[0] for message in mail.outbox) == sorted(e.to[0] for e in emails)
    assert set(OutboxEmail.objects.values_list("status", flat=True)) == {"sent"}


@pytest.mark.django_db
def test_an_email_being_sent_is_not_sent_again():
    email = claimed_email(minutes_ago=0)
    out = StringIO()
    call_command("send_pending_emails", "--now", stdout=out)
    assert mail.outbox == []
    assert email_send(email=email) == SendOutcome.SKIPPED
    assert mail.outbox == []
    assert "E-mails sent: 0" in out.getvalue()


@pytest.mark.django_db
def test_a_claim_left_by_a_dead_sender_expires_and_the_email_is_sent(settings):
    settings.OUTBOX_CLAIM_TIMEOUT_SECONDS = 900
    email = claimed_email(minutes_ago=20)
    out = StringIO()
    call_command("send_pending_emails", stdout=out)

    assert len(mail.outbox) == 1
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENT
    assert email.attempts == 2
    assert "stale claims released: 1" in out.getvalue()


@pytest.mark.django_db
def test_a_fresh_claim_is_left_alone_until_it_expires(settings):
    settings.OUTBOX_CLAIM_TIMEOUT_SECONDS = 900
    email = claimed_email(minutes_ago=5)
    call_command("send_pending_emails", stdout=StringIO())
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.SENDING
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_email_that_keeps_killing_its_sender_ends_failed(settings):
    email = claimed_email(minutes_ago=60, attempts=8)
    call_command("send_pending_emails", "--now", stdout=StringIO())
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.FAILED
    assert "stopped before recording" in email.last_error
    assert mail.outbox == []


@pytest.mark.django_db
def test_the_admin_shows_an_email_being_sent_in_polish(client, django_user_model):
    stored_email(subject="Przypomnienie", status=OutboxEmail.Status.SENDING)
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(admin)
    listing = client.get("/admin/outbox_emails/")
    assert listing.status_code == 200
    assert "w trakcie wysyłki" in listing.text
