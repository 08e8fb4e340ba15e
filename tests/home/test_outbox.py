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


@pytest.mark.django_db
def test_staff_see_pending_emails_in_the_admin_but_cannot_add_them(client, django_user_model):
    OutboxEmail.objects.create(
        to=["a@example.org"], subject="Przypomnienie", body_text="…", last_error="Timeout"
    )
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "x")
    client.force_login(admin)
    listing = client.get("/admin/outbox_emails/")
    assert listing.status_code == 200
    assert "Przypomnienie" in listing.text
    assert client.get("/admin/outbox_emails/new/").status_code in {302, 403}

    editor = django_user_model.objects.create_user("editor", "e@example.org", "x")
    editor.user_permissions.add(*_admin_access())
    client.force_login(editor)
    assert client.get("/admin/outbox_emails/").status_code in {302, 403}


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")


@pytest.mark.django_db
def test_purge_deletes_old_sent_emails_and_keeps_pending_ones():
    from datetime import timedelta

    from django.utils import timezone

    old = timezone.now() - timedelta(days=40)
    sent = OutboxEmail.objects.create(
        to=["a@example.org"], subject="s", body_text="b", status="sent"
    )
    pending = OutboxEmail.objects.create(to=["b@example.org"], subject="p", body_text="b")
    fresh = OutboxEmail.objects.create(
        to=["c@example.org"], subject="f", body_text="b", status="sent"
    )
    OutboxEmail.objects.filter(pk__in=[sent.pk, pending.pk]).update(created_at=old)

    call_command("purge_sent_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert set(OutboxEmail.objects.values_list("pk", flat=True)) == {pending.pk, fresh.pk}


@pytest.mark.django_db(transaction=True)
def test_extra_headers_are_stored_and_sent_with_every_attempt(settings):
    headers = {
        "List-Unsubscribe": "<https://example.org/wypisz/abc/>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    settings.EMAIL_BACKEND = FAILING_BACKEND
    with transaction.atomic():
        email = queue(headers=headers)
    email.refresh_from_db()
    assert email.status == OutboxEmail.Status.PENDING
    assert email.headers == headers  # kept with the e-mail while the server is down

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", "--now", stdout=open("/dev/null", "w"))  # noqa: SIM115
    sent = mail.outbox[0].message().as_string()
    assert "List-Unsubscribe: <https://example.org/wypisz/abc/>" in sent
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in sent


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [{"List-Unsubscribe": "<https://a/>\r\nBcc: x@example.org"}, {"Bad Name": "x"}, {"A:B": "x"}],
)
def test_a_header_that_would_inject_another_is_refused(headers):
    with pytest.raises(ValueError):
        queue(headers=headers)
    assert not OutboxEmail.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_email_without_extra_headers_is_sent_as_before():
    with transaction.atomic():
        email = queue()
    email.refresh_from_db()
    assert email.headers == {}
    assert "List-Unsubscribe" not in mail.outbox[0].message().as_string()
