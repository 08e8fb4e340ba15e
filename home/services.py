"""Writes of the base app: the e-mail outbox."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone

from .models import OutboxEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8


def email_queue(
    *, to, subject, template, context, attachments=(), purpose="", reply_to=()
) -> OutboxEmail:
    """Store an e-mail and send it after the surrounding transaction commits.

    `template` names a text template without extension: `<template>.txt` is required,
    `<template>.html` is used as the HTML alternative when it exists. `attachments` are
    (filename, text content, mimetype) triples, e.g. an iCalendar file.
    """
    body_text = render_to_string(f"{template}.txt", context)
    try:
        body_html = render_to_string(f"{template}.html", context)
    except TemplateDoesNotExist:
        body_html = ""
    email = OutboxEmail.objects.create(
        purpose=purpose,
        to=list(to),
        reply_to=list(reply_to),
        subject=" ".join(str(subject).split()),
        body_text=body_text,
        body_html=body_html,
        attachments=[
            {"filename": name, "content": content, "mimetype": mimetype}
            for name, content, mimetype in attachments
        ],
    )
    from .tasks import send_outbox_email

    transaction.on_commit(lambda: send_outbox_email.enqueue(email.pk))
    return email


def email_send(*, email: OutboxEmail) -> bool:
    """Try to send `email` once; record the outcome. Never raises for a mail failure."""
    if email.status == OutboxEmail.Status.SENT:
        return True
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        reply_to=email.reply_to or None,
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    for attachment in email.attachments:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    email.attempts += 1
    email.last_attempt_at = timezone.now()
    try:
        message.send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any transport error must leave the e-mail queued
        logger.warning("Sending e-mail %s failed: %s", email.pk, error)
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.status = (
            OutboxEmail.Status.FAILED
            if email.attempts >= MAX_ATTEMPTS
            else OutboxEmail.Status.PENDING
        )
        email.save(update_fields=["attempts", "last_attempt_at", "last_error", "status"])
        return False
    email.status = OutboxEmail.Status.SENT
    email.sent_at = email.last_attempt_at
    email.last_error = ""
    email.save(update_fields=["attempts", "last_attempt_at", "last_error", "status", "sent_at"])
    return True


def retry_delay(attempts):
    """Back off between attempts: 1, 2, 4, … minutes, at most an hour."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


def emails_due(*, now=None):
    """Pending e-mails whose back-off has passed."""
    now = now or timezone.now()
    for email in OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING).order_by("pk"):
        if (
            email.last_attempt_at is None
            or email.last_attempt_at + retry_delay(email.attempts) <= now
        ):
            yield email
