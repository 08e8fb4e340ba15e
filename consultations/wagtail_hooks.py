"""Consultations in the Wagtail admin: comments and comment forms (wagtail-modeladmin, as the
advisory point), the draft paste view, exports and the report's publication.

Only the consultation team group (consultations/permissions.py) has the permissions these need;
personal data (contact person, e-mail, phone) appear only in the comment forms' list and in the
export of a user with `view_personal_data`.
"""

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets.button import Button
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import EditView

from home import pagecache
from home.admin_ui import model_names

from . import admin_views, selectors, services
from .models import Comment, ConsultationIndexPage, ConsultationPage, Submission


class ConsultationFilter(SimpleListFilter):
    title = _("consultation")
    parameter_name = "konsultacja"

    def lookups(self, request, model_admin):
        return [
            (str(page.pk), page.title) for page in ConsultationPage.objects.order_by("-closes_at")
        ]

    def queryset(self, request, queryset):
        return queryset.filter(consultation_id=self.value()) if self.value() else queryset


class UnitFilter(SimpleListFilter):
    """The units of the consultation chosen in the consultation filter (none before that)."""

    title = _("unit")
    parameter_name = "jednostka"

    def lookups(self, request, model_admin):
        page_id = request.GET.get("konsultacja", "")
        if not page_id.isdigit():
            return []
        return [(str(unit.pk), str(unit)) for unit in selectors.unit_choices(page=page_id)] + [
            ("ogolne", _("General comment"))
        ]

    def queryset(self, request, queryset):
        if self.value() == "ogolne":
            return queryset.filter(unit__isnull=True)
        return queryset.filter(unit_id=self.value()) if self.value() else queryset


class OrganizationFilter(SimpleListFilter):
    title = _("organization")
    parameter_name = "organizacja"

    def lookups(self, request, model_admin):
        names = Submission.objects.all()
        page_id = request.GET.get("konsultacja", "")
        if page_id.isdigit():
            names = names.filter(consultation_id=page_id)
        names = names.order_by("organization_name").values_list("organization_name", flat=True)
        return [(name, name) for name in dict.fromkeys(names)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(submission__organization_name=self.value())
        return queryset


class ConfirmedFilter(SimpleListFilter):
    title = _("confirmed")
    parameter_name = "potwierdzone"

    def lookups(self, request, model_admin):
        return [("1", _("confirmed")), ("0", _("not confirmed"))]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(submission__confirmed_at__isnull=False)
        if self.value() == "0":
            return queryset.filter(submission__confirmed_at__isnull=True)
        return queryset


class SubmissionConfirmedFilter(ConfirmedFilter):
    def queryset(self, request, queryset):
        if self.value() in ("0", "1"):
            return queryset.filter(confirmed_at__isnull=self.value() == "0")
        return queryset


class CommentAnswerForm(WagtailAdminModelForm):
    """The team's answer; "duplicate of" offers only comments of the same consultation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "duplicate_of" in self.fields and self.instance.pk:
            self.fields["duplicate_of"].queryset = (
                Comment.objects.filter(consultation_id=self.instance.consultation_id)
                .exclude(pk=self.instance.pk)
                .select_related("unit", "submission")
            )


class CommentEditView(EditView):
    """Saving goes through the services: the position with its date, and merging duplicates."""

    def form_valid(self, form):
        comment = form.instance
        data = form.cleaned_data
        services.comment_answer(
            comment=comment,
            position=data.get("position", ""),
            justification=data.get("position_justification", ""),
            is_published=data.get("is_published", False),
        )
        if "duplicate_of" in form.changed_data:
            try:
                services.comment_merge(comment=comment, into=data.get("duplicate_of"))
            except services.ConsultationError as error:
                form.add_error("duplicate_of", error.message)
                return self.form_invalid(form)
        messages.success(self.request, self.get_success_message(comment))
        return redirect(self.get_success_url())


class ReadOnlyCreationPermissionHelper(PermissionHelper):
    """Comments come only from the public form (comment_submit); nobody adds or deletes them
    in the admin."""

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class CommentAdmin(ModelAdmin):
    model = Comment
    menu_label = _("Comments")
    menu_icon = "comment"
    list_display = ("consultation", "unit", "organization_name", "position", "confirmed")
    list_filter = (ConsultationFilter, UnitFilter, OrganizationFilter, "position", ConfirmedFilter)
    search_fields = ("submission__organization_name", "justification", "proposed_wording")
    edit_view_class = CommentEditView
    permission_helper_class = ReadOnlyCreationPermissionHelper
    inspect_view_enabled = True
    inspect_view_fields = (
        "consultation",
        "unit",
        "current_wording",
        "proposed_wording",
        "justification",
        "position",
        "position_justification",
        "duplicate_of",
        "created_at",
    )
    edit_handler = ObjectList(
        [
            FieldPanel("position"),
            FieldPanel("position_justification"),
            FieldPanel("is_published"),
            FieldPanel("duplicate_of"),
        ],
        base_form_class=CommentAnswerForm,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("consultation", "unit", "submission")

    def confirmed(self, obj):
        return _("yes") if obj.is_confirmed else _("no")

    confirmed.short_description = _("Confirmed")


class SubmissionAdmin(ModelAdmin):
    """The comment forms with their authors' contact data: the team group only."""

    model = Submission
    menu_label = _("Comment forms")
    menu_icon = "mail"
    list_display = ("organization_name", "contact_name", "email", "created_at", "confirmed_at")
    list_filter = (ConsultationFilter, SubmissionConfirmedFilter)
    search_fields = ("organization_name", "contact_name", "email")
    permission_helper_class = ReadOnlyCreationPermissionHelper
    inspect_view_enabled = True
    inspect_view_fields = (
        "consultation",
        "organization_name",
        "krs",
        "contact_name",
        "email",
        "phone",
        "created_at",
        "confirmed_at",
        "consent_at",
        "anonymized_at",
    )
    edit_handler = ObjectList([FieldPanel("organization_name"), FieldPanel("krs")])

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("consultation")
        if not request.user.has_perm("consultations.view_personal_data"):
            return queryset.none()
        return queryset


model_names(
    Comment,
    accusative=pgettext_lazy("accusative", "comment"),
    genitive_plural=pgettext_lazy("genitive plural", "comments"),
)
model_names(
    Submission,
    accusative=pgettext_lazy("accusative", "comment form"),
    genitive_plural=pgettext_lazy("genitive plural", "comment forms"),
)


class ConsultationsGroup(ModelAdminGroup):
    menu_label = _("Consultations")
    menu_icon = "group"
    menu_order = 260
    items = (CommentAdmin, SubmissionAdmin)


modeladmin_register(ConsultationsGroup)


@hooks.register("register_admin_urls")
def consultations_admin_urls():
    return [
        path(
            "konsultacje/<int:page_id>/projekt/",
            admin_views.draft_import,
            name="consultations_draft_import",
        ),
        path(
            "konsultacje/<int:page_id>/uwagi.<str:fmt>",
            admin_views.comments_export,
            name="consultations_comments_export",
        ),
        path(
            "konsultacje/<int:page_id>/raport/",
            admin_views.report_publish,
            name="consultations_report_publish",
        ),
    ]


@hooks.register("register_page_header_buttons")
def consultation_page_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, ConsultationPage):
        return []
    buttons = [
        Button(
            _("The draft (paste)"),
            reverse("consultations_draft_import", args=[page.pk]),
            icon_name="doc-full",
            priority=80,
        ),
        Button(
            _("Consultation report"),
            reverse("consultations_report_publish", args=[page.pk]),
            icon_name="doc-full-inverse",
            priority=81,
        ),
    ]
    if user.has_perm("consultations.view_comment"):
        buttons += [
            Button(
                _("Comments"),
                reverse("consultations_comment_modeladmin_index") + f"?konsultacja={page.pk}",
                icon_name="comment",
                priority=82,
            ),
            Button(
                _("Export comments (XLSX)"),
                reverse("consultations_comments_export", args=[page.pk, "xlsx"]),
                icon_name="download",
                priority=83,
            ),
            Button(
                _("Export comments (CSV)"),
                reverse("consultations_comments_export", args=[page.pk, "csv"]),
                icon_name="download",
                priority=84,
            ),
        ]
    return buttons


@hooks.register("home_page_sections", order=25)
def open_consultations_section(*, request, page):
    """ "Trwające konsultacje": consultations taking comments now, closing soonest first."""
    # The section changes by time alone (one opens or closes, days left at midnight): the
    # home page's cached copy expires then.
    consultations, next_change = selectors.open_consultations(limit=3)
    pagecache.valid_until(request, next_change)
    if not consultations:
        return None
    return {"template": "consultations/home_section.html", "consultations": consultations}


@hooks.register("home_page_services")
def consultations_service():
    return {
        "model": ConsultationIndexPage,
        "order": 40,
        "icon": "consultations",
        "description": _("Comment on the city's draft documents and read its answers."),
    }
