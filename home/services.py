"""Writes of the base app: the e-mail outbox, the removal of personal data past retention and
the site search's index."""

import html
import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import connection, models, transaction
from django.db.models import F, Manager
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.models import Page
from wagtail.search import index

from .models import OutboxEmail, SearchEntry
from .stemming import text_terms

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# A header name as RFC 5322 allows it (printable ASCII without the colon).
HEADER_NAME_RE = re.compile(r"[!-9;-~]+")


def email_queue(
    *, to, subject, template, context, attachments=(), purpose="", reply_to=(), headers=None
) -> OutboxEmail:
    """Store an e-mail and send it after the surrounding transaction commits.

    `template` names a text template without extension: `<template>.txt` is required,
    `<template>.html` is used as the HTML alternative when it exists. `attachments` are
    (filename, text content, mimetype) triples, e.g. an iCalendar file. `headers` are extra
    headers by name (e.g. `List-Unsubscribe`), stored with the e-mail and sent with every attempt;
    a header value may not contain a line break (header injection).
    """
    headers = {str(name): str(value) for name, value in (headers or {}).items()}
    for name, value in headers.items():
        if not HEADER_NAME_RE.fullmatch(name) or "\n" in value or "\r" in value:
            raise ValueError(f"Invalid e-mail header: {name!r}")
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
        headers=headers,
    )
    # Function-local: home.tasks imports this module (its task calls email_send).
    from .tasks import send_outbox_email

    transaction.on_commit(lambda: send_outbox_email.enqueue(email.pk))
    return email


class SendOutcome(models.TextChoices):
    SENT = "sent"
    FAILED = "failed"
    # Another sender holds the claim, or the e-mail has already gone.
    SKIPPED = "skipped"


def claim_timeout():
    return timedelta(seconds=settings.OUTBOX_CLAIM_TIMEOUT_SECONDS)


def email_claim(*, email: OutboxEmail, now=None) -> bool:
    """Take `email` for sending: pending → sending, atomically; False when another sender won.

    The decision is one conditional UPDATE whose row count says who won; it works on every
    database (on PostgreSQL a second UPDATE waits for the first and then sees the row is no longer
    pending; SQLite writes one transaction at a time). On PostgreSQL the row is first locked with
    SKIP LOCKED, so a sender does not even wait for a row another sender is claiming. `attempts`
    must still be what this sender read, so a row that failed and went back to the queue in the
    meantime waits for its back-off instead of being retried at once.
    """
    now = now or timezone.now()
    claimable = OutboxEmail.objects.filter(
        pk=email.pk, status=OutboxEmail.Status.PENDING, attempts=email.attempts
    )
    with transaction.atomic():
        if connection.features.has_select_for_update_skip_locked and not list(
            claimable.select_for_update(skip_locked=True).values_list("pk", flat=True)
        ):
            return False
        claimed = claimable.update(
            status=OutboxEmail.Status.SENDING,
            claimed_at=now,
            attempts=F("attempts") + 1,
            last_attempt_at=now,
        )
    if not claimed:
        return False
    email.status = OutboxEmail.Status.SENDING
    email.claimed_at = email.last_attempt_at = now
    email.attempts += 1
    return True


def _email_finish(email, **outcome):
    """Record the outcome of a claimed send, unless the claim expired and was taken back."""
    recorded = OutboxEmail.objects.filter(
        pk=email.pk, status=OutboxEmail.Status.SENDING, claimed_at=email.claimed_at
    ).update(claimed_at=None, **outcome)
    if not recorded:
        logger.warning("E-mail %s: the claim expired before the outcome was recorded", email.pk)
    email.claimed_at = None
    for name, value in outcome.items():
        setattr(email, name, value)


def email_send(*, email: OutboxEmail, now=None) -> SendOutcome:
    """Claim `email`, try to send it once and record the outcome; never raises for a mail error."""
    if not email_claim(email=email, now=now):
        return SendOutcome.SKIPPED
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        reply_to=email.reply_to or None,
        headers=email.headers or None,
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    for attachment in email.attachments:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    try:
        message.send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any transport error must leave the e-mail queued
        logger.warning("Sending e-mail %s failed: %s", email.pk, error)
        _email_finish(
            email,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            status=(
                OutboxEmail.Status.FAILED
                if email.attempts >= MAX_ATTEMPTS
                else OutboxEmail.Status.PENDING
            ),
        )
        return SendOutcome.FAILED
    _email_finish(
        email, status=OutboxEmail.Status.SENT, sent_at=email.last_attempt_at, last_error=""
    )
    return SendOutcome.SENT


def emails_release_stale_claims(*, now=None) -> int:
    """Put back in the queue e-mails whose sender died while sending (claim older than the timeout).

    The attempt was counted when it was claimed, so an e-mail that keeps killing its sender ends
    failed after MAX_ATTEMPTS like any other.
    """
    now = now or timezone.now()
    stale = OutboxEmail.objects.filter(
        status=OutboxEmail.Status.SENDING, claimed_at__lt=now - claim_timeout()
    )
    message = "The sender stopped before recording the outcome."
    given_up = stale.filter(attempts__gte=MAX_ATTEMPTS).update(
        status=OutboxEmail.Status.FAILED, claimed_at=None, last_error=message
    )
    released = stale.update(status=OutboxEmail.Status.PENDING, claimed_at=None, last_error=message)
    return given_up + released


def retry_delay(attempts):
    """Back off between attempts: 1, 2, 4, … minutes, at most an hour."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


def emails_due(*, now=None, ignore_backoff=False):
    """Pending e-mails whose back-off has passed (all pending ones with `ignore_backoff`)."""
    now = now or timezone.now()
    for email in OutboxEmail.objects.filter(status=OutboxEmail.Status.PENDING).order_by("pk"):
        if (
            ignore_backoff
            or email.last_attempt_at is None
            or email.last_attempt_at + retry_delay(email.attempts) <= now
        ):
            yield email


ANONYMIZE_BATCH = 500


def records_anonymize(*, records, blank_fields, now, email_purposes=None) -> int:
    """Blank `blank_fields` of `records` not yet anonymised and stamp their `anonymized_at`.

    The shared shape of the retention jobs (bookings, meeting registrations): the rows stay, so
    counts and statistics built from the fields that remain keep working. `email_purposes(pks)`
    names the outbox e-mails about those rows, deleted with them because their bodies repeat
    the personal data. Works in batches so a first run over years of data stays within the
    databases' limits on query parameters; each batch is one transaction.
    """
    pks = list(
        records.filter(anonymized_at__isnull=True).order_by("pk").values_list("pk", flat=True)
    )
    model = records.model
    count = 0
    for start in range(0, len(pks), ANONYMIZE_BATCH):
        batch = pks[start : start + ANONYMIZE_BATCH]
        with transaction.atomic():
            count += model.objects.filter(pk__in=batch, anonymized_at__isnull=True).update(
                anonymized_at=now, **dict.fromkeys(blank_fields, "")
            )
            if email_purposes is not None:
                OutboxEmail.objects.filter(purpose__in=email_purposes(batch)).delete()
    return count


# --- the site search's index (home.models.SearchEntry) -----------------------------------------

SUMMARY_LENGTH = 300


def plain_summary(text, length=SUMMARY_LENGTH):
    """Plain text (of rich text or HTML) of at most `length` characters, cut at a word."""
    plain = html.unescape(strip_tags(text or ""))
    return Truncator(" ".join(plain.split())).chars(length)


def search_entry(*, obj, page, title, texts=(), summary="", details="", route="") -> SearchEntry:
    """The site search's entry of `obj` (unsaved): found by the Polish forms of its title and
    `texts`, shown with `title`, `details` and `summary`, linked at `page`'s URL plus `route`.
    Only public text belongs here: what is indexed can be found by anyone."""
    return SearchEntry(
        kind=obj._meta.label_lower,
        object_id=obj.pk,
        page=page,
        route=route,
        title=title[:255],
        details=details[:500],
        summary=summary,
        title_terms=text_terms(title),
        terms=text_terms(title, details, *texts),
    )


ENTRY_FIELDS = ["page", "route", "title", "details", "summary", "title_terms", "terms"]


def search_entry_save(*, entry) -> SearchEntry:
    """Write `entry` (from `search_entry`) in place of the object's earlier one."""
    saved, _created = SearchEntry.objects.update_or_create(
        kind=entry.kind,
        object_id=entry.object_id,
        defaults={name: getattr(entry, name) for name in ENTRY_FIELDS},
    )
    return saved


def search_entry_delete(*, model, pk):
    SearchEntry.objects.filter(kind=model._meta.label_lower, object_id=pk).delete()


def page_search_entry_delete(*, page_id):
    SearchEntry.objects.filter(page_id=page_id, route="").delete()


def _searchable_values(obj, field):
    """The text of one of Wagtail's search fields (as its database backend reads it)."""
    if isinstance(field, index.SearchField):
        yield field.field_name, _as_text(field.get_value(obj))
    elif isinstance(field, index.RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return
        related = related.all() if isinstance(related, Manager) else [related]
        for item in related:
            for sub_field in field.fields:
                yield from _searchable_values(item, sub_field)


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return str(value)


def page_search_entry(*, page):
    """The entry of a live page (unsaved), from its own search fields (title, introduction,
    body, …)."""
    texts = [
        text
        for name, text in (
            value for field in page.get_search_fields() for value in _searchable_values(page, field)
        )
        if name != "title"
    ]
    return search_entry(
        obj=page,
        page=page,
        title=page.title,
        texts=texts,
        summary=page.search_description or plain_summary(getattr(page, "intro", "")),
    )


def page_search_entry_save(*, page):
    """Index a live page; a page that is not live leaves the index. Returns the entry or None."""
    page = page.specific
    if not page.live or page.is_root():
        page_search_entry_delete(page_id=page.pk)
        return None
    return search_entry_save(entry=page_search_entry(page=page))


REBUILD_BATCH = 500


def search_index_rebuild():
    """Write the whole site search index again: every live page and every item the apps index
    through the `site_search_sources` hook (a function returning `(queryset, entry_of)`, where
    `entry_of(obj)` builds the object's entry with `search_entry`), in batches of inserts.
    Returns the number of entries."""

    def entries():
        pages = Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200)
        for page in pages:
            yield page_search_entry(page=page)
        for source in hooks.get_hooks("site_search_sources"):
            queryset, entry_of = source()
            for obj in queryset.iterator(chunk_size=REBUILD_BATCH):
                yield entry_of(obj)

    with transaction.atomic():
        SearchEntry.objects.all().delete()
        batch = []
        for entry in entries():
            batch.append(entry)
            if len(batch) == REBUILD_BATCH:
                SearchEntry.objects.bulk_create(batch)
                batch = []
        SearchEntry.objects.bulk_create(batch)
    return SearchEntry.objects.count()
