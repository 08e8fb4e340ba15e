"""Writes of the consultations app: the draft import, comments and their confirmation, the
city's positions, merging duplicates, the report's publication, expiry and retention."""

import base64
import re
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from home import pagecache
from home.models import OutboxEmail
from home.services import email_queue

from .models import Comment, ConsultationPage, ConsultationState, DraftUnit, Submission, Subscriber

CONFIRM_SALT = "consultations.comment-confirm"


def public_content_changed(*, page_id):
    """What the consultation's pages show changed (counts, public comments, answers, the report,
    the draft): after commit, the "consultations" section of the page cache is renewed (the
    index, the consultation pages, their report and the home page) and a CDN purged of the
    report's routed URLs, which no page type lists."""
    urls = []
    if pagecache.frontend_cache_configured():
        page = ConsultationPage.objects.filter(pk=page_id).first()
        base = page.full_url if page is not None else None
        if base:
            urls = [base + page.reverse_subpage(name) for name in ("report", "report_xlsx")]
    pagecache.invalidate(pagecache.CONSULTATIONS, purge_urls=urls)


class ConsultationError(Exception):
    """Something the consultation cannot take; the message is for the person who tried."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class ConsultationNotOpen(ConsultationError):
    pass


class InvalidConfirmation(ConsultationError):
    pass


class DraftImportError(ConsultationError):
    pass


# --- the draft ------------------------------------------------------------------------------

CHAPTER_RE = re.compile(r"^(Rozdział|Dział|Część)\s+([\dIVXLC]+)\.?\s*(.*)$", re.IGNORECASE)
PARAGRAPH_RE = re.compile(r"^§\s*(\d+[a-z]?)\.?\s*(.*)$")
SECTION_RE = re.compile(r"^(?:ust\.\s*)?(\d+[a-z]?)\.\s+(.*)$")
POINT_RE = re.compile(r"^(?:pkt\s*)?(\d+[a-z]?|[a-z])\)\s*(.*)$")


@dataclass
class ParsedUnit:
    kind: str
    number: str
    text: str


def draft_parse_text(text):
    """Split a pasted draft, one unit per line with its number, into units with full numbers.

    "Rozdział 2 Cele" is a chapter; "§ 3." a paragraph; "1." a section (ust.) of the current
    paragraph; "1)" or "a)" a point of the current section. A line without a number is a unit of
    plain text. Numbers carry their context ("§ 3 ust. 2 pkt 1"), so they are unique in the
    document and identify a unit when the draft is pasted again.
    """
    units = []
    paragraph = section = ""
    for raw_line in text.splitlines():
        line = " ".join(raw_line.split())
        if not line:
            continue
        if match := CHAPTER_RE.match(line):
            paragraph = section = ""
            number = f"{match.group(1).capitalize()} {match.group(2)}"
            units.append(ParsedUnit(DraftUnit.Kind.CHAPTER, number, match.group(3)))
        elif match := PARAGRAPH_RE.match(line):
            paragraph, section = f"§ {match.group(1)}", ""
            units.append(ParsedUnit(DraftUnit.Kind.PARAGRAPH, paragraph, match.group(2)))
        elif (match := POINT_RE.match(line)) and paragraph:
            prefix = " ".join(part for part in (paragraph, section) if part)
            kind = "lit." if match.group(1).isalpha() else "pkt"
            units.append(
                ParsedUnit(
                    DraftUnit.Kind.POINT, f"{prefix} {kind} {match.group(1)}", match.group(2)
                )
            )
        elif (match := SECTION_RE.match(line)) and paragraph:
            section = f"ust. {match.group(1)}"
            units.append(
                ParsedUnit(DraftUnit.Kind.SECTION, f"{paragraph} {section}", match.group(2))
            )
        else:
            units.append(ParsedUnit(DraftUnit.Kind.TEXT, "", line))
    return units


def draft_import_text(*, page, text):
    """Replace the draft of `page` with the units of `text`, keeping the identifier (and so the
    anchor and the comments) of every unit whose number is unchanged.

    A unit that has comments and is missing from the new text is not deleted: the import is
    refused and names it. Returns (created, updated, deleted).
    """
    parsed = draft_parse_text(text)
    if not parsed:
        raise DraftImportError(_("The text contains no units."))
    with transaction.atomic():
        existing = list(DraftUnit.objects.select_for_update().filter(consultation=page))
        by_number = {}
        for unit in existing:
            if unit.number:
                by_number.setdefault(unit.number, unit)
        kept_ids = set()
        matched = []
        for item in parsed:
            unit = by_number.pop(item.number, None) if item.number else None
            if unit is not None:
                kept_ids.add(unit.pk)
            matched.append((item, unit))
        removed = [unit for unit in existing if unit.pk not in kept_ids]
        commented = [
            unit.number or unit.text[:40]
            for unit in removed
            if unit.comments.exists()  # few units are removed; a query each is fine
        ]
        if commented:
            raise DraftImportError(
                _("These units have comments and cannot be removed: %(units)s.")
                % {"units": ", ".join(commented)}
            )
        DraftUnit.objects.filter(pk__in=[unit.pk for unit in removed]).delete()
        # Move the kept units out of the way of the unique (consultation, position).
        DraftUnit.objects.filter(consultation=page).update(position=F("position") + 1_000_000)
        created = updated = 0
        new_units = []
        for position, (item, unit) in enumerate(matched, start=1):
            if unit is None:
                new_units.append(
                    DraftUnit(
                        consultation=page,
                        position=position,
                        kind=item.kind,
                        number=item.number,
                        text=item.text,
                    )
                )
                created += 1
            else:
                changed = unit.text != item.text or unit.kind != item.kind
                unit.position, unit.kind, unit.text = position, item.kind, item.text
                unit.save(update_fields=["position", "kind", "text"])
                updated += int(changed)
        DraftUnit.objects.bulk_create(new_units)
        public_content_changed(page_id=page.pk)
    return created, updated, len(removed)


def draft_import_preview(*, page, text):
    """What `draft_import_text` would do with `text`, without writing: the parsed units, and
    the numbers of units created, changed and removed, and the commented units it would refuse
    to remove (then saving is refused)."""
    parsed = draft_parse_text(text)
    existing = list(DraftUnit.objects.filter(consultation=page).order_by("position"))
    by_number = {}
    for unit in existing:
        if unit.number:
            by_number.setdefault(unit.number, unit)
    kept_ids, created, updated = set(), 0, 0
    for item in parsed:
        unit = by_number.pop(item.number, None) if item.number else None
        if unit is None:
            created += 1
        else:
            kept_ids.add(unit.pk)
            updated += int(unit.text != item.text or unit.kind != item.kind)
    removed = [unit for unit in existing if unit.pk not in kept_ids]
    commented_ids = set(Comment.objects.filter(unit__in=removed).values_list("unit_id", flat=True))
    return {
        "units": parsed,
        "created": created,
        "updated": updated,
        "removed": len(removed),
        "blocked": [unit.number or unit.text[:40] for unit in removed if unit.pk in commented_ids],
    }


# --- comments -------------------------------------------------------------------------------


def _signer():
    return signing.TimestampSigner(salt=CONFIRM_SALT)


def confirmation_token(submission):
    # The link lives under the consultation page, and Wagtail routes only path segments of
    # [\w-]: the signed value (which has colons) is wrapped in URL-safe base64 without padding.
    signed = _signer().sign_object({"s": submission.pk})
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def _unwrap(token):
    try:
        return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return ""


def confirmation_url(submission):
    page = submission.consultation
    return (page.full_url or page.url) + page.reverse_subpage(
        "comment_confirm", args=[confirmation_token(submission)]
    )


def comment_submit(
    *,
    page,
    organization_name,
    krs="",
    contact_name,
    email,
    phone="",
    consent,
    rows,
    now=None,
) -> Submission:
    """Store a comment form, unconfirmed, and e-mail its author the signed confirmation link.

    `rows` are dicts with `unit` (a DraftUnit of this page or None for a general comment),
    `proposed_wording` and `justification`. Refused outside the consultation's period.
    """
    now = now or timezone.now()
    state = page.state_at(now)
    if state == ConsultationState.UPCOMING:
        raise ConsultationNotOpen(
            _("The consultation opens on %(date)s; comments are not accepted yet.")
            % {"date": timezone.localtime(page.opens_at).strftime("%d.%m.%Y %H:%M")}
        )
    if state == ConsultationState.CLOSED:
        raise ConsultationNotOpen(
            _(
                "The consultation closed on %(date)s; comments sent after that cannot be "
                "accepted. Your text is shown below so you can keep it."
            )
            % {"date": timezone.localtime(page.closes_at).strftime("%d.%m.%Y %H:%M")}
        )
    if not consent:
        raise ConsultationError(_("Consent to processing personal data is required."))
    if not rows:
        raise ConsultationError(_("Add at least one comment."))
    for row in rows:
        if row["unit"] is not None and row["unit"].consultation_id != page.pk:
            raise ConsultationError(_("Choose a unit of this document."))
    with transaction.atomic():
        submission = Submission.objects.create(
            consultation=page,
            organization_name=organization_name,
            krs=krs,
            contact_name=contact_name,
            email=email,
            phone=phone,
            consent_at=now,
            created_at=now,
        )
        Comment.objects.bulk_create(
            [
                Comment(
                    submission=submission,
                    consultation=page,
                    unit=row["unit"],
                    current_wording=row["unit"].text if row["unit"] else "",
                    proposed_wording=row.get("proposed_wording", ""),
                    justification=row["justification"],
                    created_at=now,
                )
                for row in rows
            ]
        )
        email_queue(
            to=[email],
            subject=_("Confirm your comments: %(title)s") % {"title": page.title},
            template="consultations/email/confirm_comment",
            context={
                "submission": submission,
                "page": page,
                "rows": rows,
                "confirm_url": confirmation_url(submission),
                "expires_at": timezone.localtime(submission.expires_at),
            },
            purpose=f"consultations:confirm:{submission.pk}",
        )
    return submission


def submission_for_token(token):
    """The submission a confirmation link names, or InvalidConfirmation saying why not."""
    try:
        data = _signer().unsign_object(
            _unwrap(token), max_age=settings.CONSULTATIONS_CONFIRMATION_HOURS * 3600
        )
    except signing.SignatureExpired:
        raise InvalidConfirmation(
            _("This link has expired. Unconfirmed comments are removed; please send them again.")
        ) from None
    except signing.BadSignature:
        raise InvalidConfirmation(
            _("This link is not valid. Copy the whole link from the e-mail.")
        ) from None
    submission = Submission.objects.select_related("consultation").filter(pk=data.get("s")).first()
    if submission is None:
        raise InvalidConfirmation(
            _("This link has expired. Unconfirmed comments are removed; please send them again.")
        )
    return submission


def comment_confirm(*, token, now=None) -> Submission:
    """Confirm the submission of a signed link. Confirming twice changes nothing. A link of a
    comment sent in time stays valid after the close, until it expires."""
    now = now or timezone.now()
    submission = submission_for_token(token)
    with transaction.atomic():
        updated = Submission.objects.filter(pk=submission.pk, confirmed_at__isnull=True).update(
            confirmed_at=now
        )
    if updated:
        submission.confirmed_at = now
        public_content_changed(page_id=submission.consultation_id)  # it counts from now on
    else:
        submission.refresh_from_db(fields=["confirmed_at"])
    return submission


def expire_unconfirmed_submissions(*, now=None):
    """Delete submissions never confirmed within CONSULTATIONS_CONFIRMATION_HOURS; their number."""
    now = now or timezone.now()
    limit = now - timedelta(hours=settings.CONSULTATIONS_CONFIRMATION_HOURS)
    _total, detail = Submission.objects.filter(
        confirmed_at__isnull=True, created_at__lt=limit
    ).delete()
    return detail.get(Submission._meta.label, 0)


def comment_answer(*, comment, position, justification, is_published=None, now=None) -> Comment:
    """Record the city's position on a comment (and its moderation for public display)."""
    if position and position not in Comment.Position.values:
        raise ConsultationError(_("Choose one of the positions."))
    comment.position = position
    comment.position_justification = justification
    comment.answered_at = (now or timezone.now()) if position else None
    fields = ["position", "position_justification", "answered_at"]
    if is_published is not None:
        comment.is_published = is_published
        fields.append("is_published")
    comment.save(update_fields=fields)
    public_content_changed(page_id=comment.consultation_id)
    return comment


def comment_merge(*, comment, into) -> Comment:
    """Mark `comment` as a duplicate of `into`: the report lists both, with `into`'s position.
    `into=None` undoes it."""
    if into is None:
        comment.duplicate_of = None
        comment.save(update_fields=["duplicate_of"])
        public_content_changed(page_id=comment.consultation_id)
        return comment
    if into.pk == comment.pk or into.consultation_id != comment.consultation_id:
        raise ConsultationError(_("Choose another comment of the same consultation."))
    if into.duplicate_of_id:
        into = into.duplicate_of
    with transaction.atomic():
        Comment.objects.filter(duplicate_of=comment).update(duplicate_of=into)
        comment.duplicate_of = into
        comment.save(update_fields=["duplicate_of"])
        public_content_changed(page_id=comment.consultation_id)
    return comment


# --- the report -----------------------------------------------------------------------------


def report_publish(*, page, now=None):
    """Publish the report on the consultation page and e-mail each confirmed author a link, once.
    Returns the number of e-mails queued."""
    now = now or timezone.now()
    report_url = (page.full_url or page.url) + page.reverse_subpage("report")
    with transaction.atomic():
        type(page).objects.filter(pk=page.pk, report_published_at__isnull=True).update(
            report_published_at=now
        )
        page.refresh_from_db(fields=["report_published_at"])
        authors = list(
            Submission.objects.select_for_update()
            .filter(consultation=page, confirmed_at__isnull=False, report_notified_at__isnull=True)
            .exclude(email="")
        )
        for submission in authors:
            email_queue(
                to=[submission.email],
                subject=_("Consultation report: %(title)s") % {"title": page.title},
                template="consultations/email/report_published",
                context={"submission": submission, "page": page, "report_url": report_url},
                purpose=f"consultations:report:{submission.pk}",
            )
        Submission.objects.filter(pk__in=[s.pk for s in authors]).update(report_notified_at=now)
        public_content_changed(page_id=page.pk)
    return len(authors)


def report_unpublish(*, page):
    type(page).objects.filter(pk=page.pk).update(report_published_at=None)
    page.report_published_at = None
    public_content_changed(page_id=page.pk)


# --- retention ------------------------------------------------------------------------------


def anonymize_submissions(*, now=None):
    """Remove the contact person, e-mail and phone of comment authors of consultations closed
    more than CONSULTATIONS_RETENTION_DAYS ago; organisations, units, proposals and positions
    stay, so the report stays whole. Returns how many submissions were anonymised."""
    now = now or timezone.now()
    limit = now - timedelta(days=settings.CONSULTATIONS_RETENTION_DAYS)
    return Submission.objects.filter(
        consultation__closes_at__lt=limit, anonymized_at__isnull=True
    ).update(contact_name="", email="", phone="", anonymized_at=now)


# --- subscriptions to new consultations -----------------------------------------------------

SUBSCRIBE_SALT = "consultations.subscribe-confirm"


class InvalidSubscription(ConsultationError):
    pass


def _wrap(signed):
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def subscription_token(subscriber):
    """The signed, expiring value of a confirmation link (wrapped as comment tokens are)."""
    signer = signing.TimestampSigner(salt=SUBSCRIBE_SALT)
    return _wrap(signer.sign_object({"t": str(subscriber.token)}))


def unsubscribe_headers(url):
    """RFC 8058 one-click unsubscribe: mail programs show a button that POSTs to `url`."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _subscriber_email(*, subscriber, index_page, subject, template, purpose, context=None):
    unsubscribe_url = index_page.full_route_url("unsubscribe", subscriber.token.hex)
    return email_queue(
        to=[subscriber.email],
        subject=subject,
        template=template,
        context={
            "subscriber": subscriber,
            "index_page": index_page,
            "unsubscribe_url": unsubscribe_url,
            **(context or {}),
        },
        purpose=purpose,
        headers=unsubscribe_headers(unsubscribe_url),
    )


def subscribe(*, index_page, email, consent, now=None) -> Subscriber:
    """Subscribe `email` to new consultations, unconfirmed, and e-mail it the confirmation link.

    An address already waiting for confirmation gets a new link (and a new period); a confirmed
    one is told it is subscribed (with the unsubscribe link), so the form never reveals who is
    subscribed. Every e-mail carries the unsubscribe link and its List-Unsubscribe headers.
    """
    if not consent:
        raise ConsultationError(_("Consent to processing personal data is required."))
    now = now or timezone.now()
    email = email.strip().lower()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"consent_at": now, "created_at": now}
        )
        if subscriber.is_confirmed:
            _subscriber_email(
                subscriber=subscriber,
                index_page=index_page,
                subject=_("You are subscribed to new consultations"),
                template="consultations/email/subscription_active",
                purpose=f"consultations:subscription:{subscriber.pk}",
            )
            return subscriber
        if not created:
            subscriber.consent_at = subscriber.created_at = now
            subscriber.save(update_fields=["consent_at", "created_at"])
        confirm_url = index_page.full_route_url("subscribe_confirm", subscription_token(subscriber))
        _subscriber_email(
            subscriber=subscriber,
            index_page=index_page,
            subject=_("Confirm your subscription to new consultations"),
            template="consultations/email/subscription_confirm",
            purpose=f"consultations:subscription:{subscriber.pk}",
            context={
                "confirm_url": confirm_url,
                "expires_at": timezone.localtime(subscriber.expires_at),
            },
        )
    return subscriber


def subscriber_for_token(token):
    """The subscriber a confirmation link names, or InvalidSubscription saying why not."""
    expired = _("This link has expired. Please subscribe again.")
    try:
        data = signing.TimestampSigner(salt=SUBSCRIBE_SALT).unsign_object(
            _unwrap(token), max_age=settings.CONSULTATIONS_CONFIRMATION_HOURS * 3600
        )
    except signing.SignatureExpired:
        raise InvalidSubscription(expired) from None
    except signing.BadSignature:
        raise InvalidSubscription(
            _("This link is not valid. Copy the whole link from the e-mail.")
        ) from None
    subscriber = Subscriber.objects.filter(token=data.get("t")).first()
    if subscriber is None:
        raise InvalidSubscription(expired)
    return subscriber


def subscription_confirm(*, token, now=None) -> Subscriber:
    """Confirm the subscription of a signed link; confirming twice changes nothing."""
    now = now or timezone.now()
    subscriber = subscriber_for_token(token)
    if Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).update(
        confirmed_at=now
    ):
        subscriber.confirmed_at = now
    else:
        subscriber.refresh_from_db(fields=["confirmed_at"])
    return subscriber


def subscriber_for_unsubscribe(token):
    """The subscriber of an unsubscribe key (the hex of its `token`), or None."""
    try:
        key = uuid.UUID(hex=token)
    except ValueError:
        return None
    return Subscriber.objects.filter(token=key).first()


def unsubscribe(*, token) -> bool:
    """Delete the subscriber of an unsubscribe key with every e-mail of the outbox addressed to
    it (sent or not): nothing keeps the address. False when there was none (already gone)."""
    subscriber = subscriber_for_unsubscribe(token)
    if subscriber is None:
        return False
    with transaction.atomic():
        OutboxEmail.objects.filter(
            Q(purpose=f"consultations:subscription:{subscriber.pk}")
            | Q(purpose__startswith="consultations:new:", purpose__endswith=f":{subscriber.pk}")
        ).delete()
        subscriber.delete()
    return True


def expire_unconfirmed_subscribers(*, now=None):
    """Delete subscriptions not confirmed within CONSULTATIONS_CONFIRMATION_HOURS; their number."""
    now = now or timezone.now()
    limit = now - timedelta(hours=settings.CONSULTATIONS_CONFIRMATION_HOURS)
    _total, detail = Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=limit
    ).delete()
    return detail.get(Subscriber._meta.label, 0)


def subscribers_notify(*, now=None):
    """E-mail every confirmed subscriber about each live consultation that is open and whose
    subscribers have not been told yet; once per consultation, whoever runs it and however often.

    The marker `subscribers_notified_at` is set by a conditional UPDATE in the same transaction
    as the e-mails are queued: two runs at once queue them once (the loser's UPDATE changes no
    row), and a run that fails queues nothing and leaves the marker unset. Returns the number of
    e-mails queued.
    """
    now = now or timezone.now()
    due = ConsultationPage.objects.live().filter(
        opens_at__lte=now, closes_at__gt=now, subscribers_notified_at__isnull=True
    )
    queued = 0
    for page in due.specific():
        with transaction.atomic():
            claimed = ConsultationPage.objects.filter(
                pk=page.pk, subscribers_notified_at__isnull=True
            ).update(subscribers_notified_at=now)
            if not claimed:
                continue
            index_page = page.get_parent().specific
            page_url = page.full_url or page.url
            for subscriber in Subscriber.objects.filter(confirmed_at__isnull=False).order_by("pk"):
                _subscriber_email(
                    subscriber=subscriber,
                    index_page=index_page,
                    subject=_("New consultation: %(title)s") % {"title": page.title},
                    template="consultations/email/new_consultation",
                    purpose=f"consultations:new:{page.pk}:{subscriber.pk}",
                    context={"page": page, "page_url": page_url},
                )
                queued += 1
    return queued
