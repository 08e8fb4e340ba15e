"""Admin views that modeladmin does not give: pasting the draft, exporting the comments,
publishing the report. Each checks its permission; personal data only for the team group."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import exports, selectors, services
from .forms import DraftDocxForm, DraftImportForm
from .models import ConsultationPage


def _page(request, page_id, *, action):
    page = get_object_or_404(ConsultationPage, pk=page_id)
    permissions = page.permissions_for_user(request.user)
    allowed = {
        "edit": permissions.can_edit,
        "publish": permissions.can_publish,
    }[action]()
    if not allowed:
        raise PermissionDenied
    return page


def _unit_line(unit):
    """A unit as the paste format writes it: its last number part ("2.", "3)") and its text."""
    number = unit.number
    if unit.kind == "section":
        number = number.split(" ")[-1] + "."
    elif unit.kind == "point":
        number = number.split(" ")[-1] + ")"
    return f"{number} {unit.text}".strip()


def draft_import(request, page_id):
    """Paste the whole draft as text, one unit per line with its number; or upload a .docx,
    whose draft is shown as a preview in the same text field, saved only when confirmed."""
    page = _page(request, page_id, action="edit")
    units = selectors.unit_choices(page=page)
    initial = "\n".join(_unit_line(unit) for unit in units)
    docx_form = DraftDocxForm()
    preview = None
    if request.method == "POST" and request.POST.get("action") == "docx":
        docx_form = DraftDocxForm(request.POST, request.FILES)
        form = DraftImportForm(initial={"text": initial})
        if docx_form.is_valid():
            text = docx_form.cleaned_data["document"]
            form = DraftImportForm(initial={"text": text})
            preview = services.draft_import_preview(page=page, text=text)
    else:
        form = DraftImportForm(request.POST or None, initial={"text": initial})
    if request.method == "POST" and request.POST.get("action") != "docx" and form.is_valid():
        try:
            created, updated, deleted = services.draft_import_text(
                page=page, text=form.cleaned_data["text"]
            )
        except services.DraftImportError as error:
            form.add_error("text", error.message)
        else:
            messages.success(
                request,
                _("The draft is saved: %(created)s new, %(updated)s changed, %(deleted)s removed.")
                % {"created": created, "updated": updated, "deleted": deleted},
            )
            return redirect("consultations_draft_import", page_id=page.pk)
    return TemplateResponse(
        request,
        "consultations/admin/draft_import.html",
        {
            "page": page,
            "form": form,
            "units": units,
            "docx_form": docx_form,
            "preview": preview,
        },
        status=400 if docx_form.errors else 200,
    )


def comments_export(request, page_id, fmt):
    if not request.user.has_perm("consultations.view_comment"):
        raise PermissionDenied
    page = get_object_or_404(ConsultationPage, pk=page_id)
    comments = selectors.comments_in_document_order(page=page, confirmed_only=False)
    header, rows = exports.comment_export_rows(
        comments=comments,
        with_personal_data=request.user.has_perm("consultations.view_personal_data"),
    )
    if fmt == "csv":
        response = HttpResponse(
            exports.csv_bytes(header, rows), content_type="text/csv; charset=utf-8"
        )
    else:
        response = HttpResponse(
            exports.xlsx_bytes([(_("Comments"), header, rows)]),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="uwagi-{page.slug}.{fmt}"'
    return response


def report_publish(request, page_id):
    """The report as it stands and the button that publishes it (and e-mails the authors)."""
    page = _page(request, page_id, action="publish")
    if request.method == "POST":
        if request.POST.get("action") == "unpublish":
            services.report_unpublish(page=page)
            messages.success(request, _("The report is no longer published."))
        else:
            sent = services.report_publish(page=page)
            messages.success(
                request,
                _("The report is published; %(count)s authors will be e-mailed a link.")
                % {"count": sent},
            )
        return redirect("consultations_report_publish", page_id=page.pk)
    return TemplateResponse(
        request,
        "consultations/admin/report_publish.html",
        {"page": page, "report": selectors.consultation_report(page=page)},
    )
