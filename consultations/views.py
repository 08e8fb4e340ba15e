"""Public routes of ConsultationPage: the comment form, its confirmation, the report. Thin:
the forms validate, the services write, the selectors read."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_protect

from home.ratelimit import (
    form_counters,
    submission_count,
    submission_refusal,
)

from . import exports, selectors, services
from .forms import (
    ROWS_PREFIX,
    CommentAuthorForm,
    CommentFormErrors,
    CommentRowFormSet,
    SubscriptionForm,
    bound_values,
)


def _render(request, page, template, context, status=200):
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def _empty_forms(request, units):
    preselected = request.GET.get("jednostka", "")
    if preselected not in {str(unit.uid) for unit in units}:
        preselected = ""
    return (
        CommentAuthorForm(),
        CommentRowFormSet(prefix=ROWS_PREFIX, units=units, initial=[{"unit": preselected}]),
    )


def _with_one_more_row(request, units):
    """The posted form again, unbound (no errors yet), with an empty row added."""
    author = CommentAuthorForm(request.POST)
    rows = CommentRowFormSet(request.POST, prefix=ROWS_PREFIX, units=units)
    initial_rows = [bound_values(form) for form in rows.forms][: rows.max_num - 1] + [{}]
    return (
        CommentAuthorForm(initial=bound_values(author)),
        CommentRowFormSet(prefix=ROWS_PREFIX, units=units, initial=initial_rows),
    )


AUTHOR_FIELDS = ("organization_name", "krs", "contact_name", "email", "phone", "consent")


@csrf_protect
def comment_form(request, *, page):
    """The comment form. Posted to #bledy-formularza (the error summary takes focus); only an
    accepted form counts against the limits (home.ratelimit), and a refusal says when to retry.
    A form refused after the close comes back with everything typed in it."""
    units = selectors.unit_choices(page=page)
    if request.method == "POST" and "add_row" in request.POST:
        author, rows = _with_one_more_row(request, units)
    elif request.method == "POST":
        author = CommentAuthorForm(request.POST)
        rows = CommentRowFormSet(request.POST, prefix=ROWS_PREFIX, units=units)
        author_valid, rows_valid = author.is_valid(), rows.is_valid()
        if author_valid and rows_valid and not rows.rows():
            rows._non_form_errors = rows.error_class([_("Add at least one comment.")])
        elif author_valid and rows_valid:
            limits = form_counters(
                request=request, scope="consultation-comment", email=author.cleaned_data["email"]
            )
            refusal = submission_refusal(limits)
            if refusal:
                author.add_error(refusal.field, refusal.message)
            elif author.is_spam():
                # A bot filled the hidden field: it gets the usual answer, nothing is stored.
                submission_count(limits)
                return HttpResponseRedirect(page.route_url("comment_sent") + "#main")
            else:
                try:
                    services.comment_submit(
                        page=page,
                        rows=rows.rows(),
                        **{name: author.cleaned_data[name] for name in AUTHOR_FIELDS},
                    )
                except services.ConsultationError as error:
                    author.add_error(None, error.message)
                else:
                    submission_count(limits)
                    return HttpResponseRedirect(page.route_url("comment_sent") + "#main")
    elif not page.is_open:
        author = rows = None
    else:
        author, rows = _empty_forms(request, units)
    errors = CommentFormErrors(author, rows)
    has_errors = errors.errors
    response = _render(
        request,
        page,
        "consultations/comment_form.html",
        {
            "author_form": author,
            "rows": rows,
            "errors": errors,
            "units_by_uid": {str(unit.uid): unit for unit in units},
        },
        status=400 if has_errors else 200,
    )
    add_never_cache_headers(response)
    return response


def comment_sent(request, *, page):
    return _render(
        request,
        page,
        "consultations/comment_sent.html",
        {"settings_hours": settings.CONSULTATIONS_CONFIRMATION_HOURS},
    )


@csrf_protect
def comment_confirm(request, *, page, token):
    """GET shows what is confirmed and a button (mail scanners follow links); POST confirms."""
    error = submission = None
    confirmed_now = False
    try:
        submission = services.submission_for_token(token)
        if submission.consultation_id != page.pk:
            raise Http404
        if request.method == "POST":
            was_confirmed = submission.is_confirmed
            submission = services.comment_confirm(token=token)
            confirmed_now = not was_confirmed
    except services.InvalidConfirmation as invalid:
        error = invalid.message
    response = _render(
        request,
        page,
        "consultations/comment_confirm.html",
        {
            "submission": submission,
            "error": error,
            "confirmed_now": confirmed_now,
            "comments": list(submission.comments.select_related("unit")) if submission else [],
        },
        status=400 if error else 200,
    )
    add_never_cache_headers(response)
    return response


def _report_visible(request, page):
    if page.report_is_published:
        return True
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("consultations.view_comment"))


def report(request, *, page):
    if not _report_visible(request, page):
        raise Http404
    return _render(
        request,
        page,
        "consultations/report.html",
        {"report": selectors.consultation_report(page=page)},
    )


def report_xlsx(request, *, page):
    if not _report_visible(request, page):
        raise Http404
    content = exports.report_xlsx_bytes(report=selectors.consultation_report(page=page))
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="raport-{page.slug}.xlsx"'
    return response


# --- subscriptions to new consultations (routes of ConsultationIndexPage) --------------------


def _index_render(request, index_page, template, context, status=200):
    response = _render(request, index_page, template, context, status=status)
    add_never_cache_headers(response)
    return response


@csrf_protect
def subscribe_form(request, *, index_page):
    form = SubscriptionForm(request.POST or None)
    if request.method == "POST":
        limits = (
            form_counters(
                request=request, scope="consultation-subscription", email=form.cleaned_data["email"]
            )
            if form.is_valid()
            else []
        )
        if refusal := submission_refusal(limits):
            form.add_error(refusal.field, refusal.message)
        elif form.is_valid():
            submission_count(limits)
            if not form.is_spam():
                services.subscribe(
                    index_page=index_page,
                    email=form.cleaned_data["email"],
                    consent=form.cleaned_data["consent"],
                )
            return HttpResponseRedirect(index_page.route_url("subscribe_sent") + "#main")
    return _index_render(
        request,
        index_page,
        "consultations/subscribe_form.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


def subscribe_sent(request, *, index_page):
    return _render(
        request,
        index_page,
        "consultations/subscribe_sent.html",
        {"settings_hours": settings.CONSULTATIONS_CONFIRMATION_HOURS},
    )


@csrf_protect
def subscribe_confirm(request, *, index_page, token):
    """GET shows the address and a button (mail scanners follow links); POST confirms."""
    error = subscriber = None
    confirmed_now = False
    try:
        subscriber = services.subscriber_for_token(token)
        if request.method == "POST":
            was_confirmed = subscriber.is_confirmed
            subscriber = services.subscription_confirm(token=token)
            confirmed_now = not was_confirmed
    except services.InvalidSubscription as invalid:
        error = invalid.message
    return _index_render(
        request,
        index_page,
        "consultations/subscribe_confirm.html",
        {
            "subscriber": subscriber,
            "error": error,
            "confirmed_now": confirmed_now,
            "unsubscribe_url": (
                index_page.route_url("unsubscribe", subscriber.token.hex) if subscriber else ""
            ),
        },
        status=400 if error else 200,
    )


def unsubscribe(request, *, index_page, token):
    """GET shows the address and a button; POST unsubscribes. The POST is also RFC 8058's
    one-click unsubscribe, which mail programs send without a CSRF token: ngosite/urls.py
    exempts this route, authorised by its secret key alone."""
    if request.method == "POST":
        services.unsubscribe(token=token)
        subscriber, done = None, True
    else:
        subscriber, done = services.subscriber_for_unsubscribe(token), False
    return _index_render(
        request,
        index_page,
        "consultations/unsubscribe.html",
        {"subscriber": subscriber, "done": done},
    )
