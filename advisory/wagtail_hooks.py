"""The advisory point in the Wagtail admin: records (wagtail-modeladmin), calendar, statistics.

Who sees what is decided by model permissions (advisory/permissions.py): the point's staff see
every booking; an advisor with a linked account sees only their own; editors see nothing.
"""

from django.contrib.admin import SimpleListFilter
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import IndexView

from home.admin_ui import DeclinedButtonHelper, model_names
from home.exports import SafeSpreadsheetExportMixin
from home.selectors import entry_page

from . import admin_views, selectors
from .models import Advisor, AdvisoryPage, AvailabilityRule, Booking, Closure, Topic


def related_filter(field_name, title, model):
    """A list filter on a relation that does not need django.contrib.admin's site registry
    (Django's RelatedFieldListFilter asks it for ordering, and the project has no
    django.contrib.admin)."""

    class RelatedFilter(SimpleListFilter):
        parameter_name = field_name

        def lookups(self, request, model_admin):
            return [(str(obj.pk), str(obj)) for obj in model.objects.all()]

        def queryset(self, request, queryset):
            if self.value():
                return queryset.filter(**{f"{field_name}__pk": self.value()}).distinct()
            return queryset

    RelatedFilter.title = title
    return RelatedFilter


def yes_no_column(model, field_name):
    """A boolean field as "tak"/"nie" in a modeladmin list. wagtail-modeladmin would draw
    django.contrib.admin's `admin/img/icon-yes.svg` (with "True" as its text), a file the project
    does not have: with the production static manifest the list answered 500."""

    def column(self, obj):
        return _("yes") if getattr(obj, field_name) else _("no")

    column.short_description = model._meta.get_field(field_name).verbose_name
    column.admin_order_field = field_name
    return column


class TopicAdmin(ModelAdmin):
    button_helper_class = DeclinedButtonHelper
    model = Topic
    menu_label = _("Topics")
    menu_icon = "tag"
    list_display = ("name", "duration_minutes", "in_person", "online", "by_phone")
    in_person = yes_no_column(Topic, "offers_in_person")
    online = yes_no_column(Topic, "offers_online")
    by_phone = yes_no_column(Topic, "offers_phone")
    search_fields = ("name", "description")
    prepopulated_fields = {"slug": ("name",)}


class AdvisorAdmin(ModelAdmin):
    button_helper_class = DeclinedButtonHelper
    model = Advisor
    menu_label = _("Advisors")
    menu_icon = "user"
    list_display = ("name", "email", "active")
    active = yes_no_column(Advisor, "is_active")
    list_filter = ("is_active", related_filter("topics", _("topic"), Topic))
    search_fields = ("name", "email", "bio")


class AvailabilityRuleAdmin(ModelAdmin):
    button_helper_class = DeclinedButtonHelper
    model = AvailabilityRule
    menu_label = _("Availability")
    menu_icon = "time"
    list_display = ("advisor", "weekday", "start_time", "end_time", "slot_minutes", "mode")
    list_filter = (related_filter("advisor", _("advisor"), Advisor), "weekday", "mode")


class ClosureAdmin(ModelAdmin):
    button_helper_class = DeclinedButtonHelper
    model = Closure
    menu_label = _("Closures")
    menu_icon = "cross"
    list_display = ("start_date", "end_date", "advisor", "reason")
    list_filter = (related_filter("advisor", _("advisor"), Advisor),)
    search_fields = ("reason",)


class BookingWhenFilter(SimpleListFilter):
    """Today, tomorrow, the next seven days (Europe/Warsaw calendar days), upcoming or past."""

    title = _("date")
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [
            ("today", pgettext_lazy("bookings", "Today")),
            ("tomorrow", pgettext_lazy("bookings", "Tomorrow")),
            ("week", _("Next 7 days")),
            ("upcoming", pgettext_lazy("bookings", "Upcoming")),
            ("past", pgettext_lazy("bookings", "Past")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "upcoming":
            return queryset.filter(ends_at__gt=now)
        if self.value() == "past":
            return queryset.filter(ends_at__lte=now)
        bounds = selectors.booking_period_bounds(period=self.value(), now=now)
        if bounds:
            return queryset.filter(starts_at__gte=bounds[0], starts_at__lt=bounds[1])
        return queryset


class BookingPermissionHelper(PermissionHelper):
    """Bookings are made only by booking_create, and advisors reach only their own."""

    def _owns(self, user, obj):
        # The same rule as Booking.objects.for_user, without a query per row of the list (the
        # list selects each booking's advisor with it).
        if user.is_superuser or user.has_perm("advisory.view_all_bookings"):
            return True
        return obj.advisor.user_id == user.pk

    def user_can_create(self, user):
        return False

    def user_can_inspect_obj(self, user, obj):
        return super().user_can_inspect_obj(user, obj) and self._owns(user, obj)

    def user_can_edit_obj(self, user, obj):
        return super().user_can_edit_obj(user, obj) and self._owns(user, obj)

    def user_can_delete_obj(self, user, obj):
        return False


class BookingButtonHelper(DeclinedButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if (
            obj.status != Booking.Status.CANCELLED
            and obj.starts_at <= timezone.now()
            and self.permission_helper.user_can_edit_obj(self.request.user, obj)
        ):
            for status, label in (
                (Booking.Status.ATTENDED, _("Attended")),
                (Booking.Status.NO_SHOW, _("No-show")),
            ):
                if obj.status != status:
                    buttons.append(
                        {
                            "url": reverse("advisory_booking_status", args=[obj.pk, status]),
                            "label": label,
                            "classname": "button button-small button-secondary",
                            "title": label,
                        }
                    )
        return buttons


class BookingIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The bookings list; its CSV/XLSX downloads go through the site's one export writer."""


class BookingAdmin(ModelAdmin):
    model = Booking
    index_view_class = BookingIndexView
    menu_label = _("Bookings")
    menu_icon = "date"
    list_display = ("starts_at", "topic", "advisor", "organization_name", "status")
    list_filter = (
        BookingWhenFilter,
        related_filter("topic", _("topic"), Topic),
        related_filter("advisor", _("advisor"), Advisor),
        "status",
        "mode",
    )
    search_fields = ("organization_name", "contact_name", "email", "krs")
    # Upcoming first, the nearest at the top, then past ones, the most recent first (the
    # annotations come from get_queryset); a click on a column header sorts by it instead.
    ordering = selectors.UPCOMING_FIRST
    list_export = (
        "starts_at",
        "ends_at",
        "topic",
        "advisor",
        "mode",
        "status",
        "organization_name",
        "krs",
        "contact_name",
        "email",
        "phone",
        "created_at",
    )
    export_filename = "rezerwacje"
    inspect_view_enabled = True
    inspect_view_fields = (
        "topic",
        "advisor",
        "starts_at",
        "ends_at",
        "mode",
        "place",
        "status",
        "organization_name",
        "krs",
        "contact_name",
        "email",
        "phone",
        "question",
        "consent_at",
        "staff_notes",
        "created_at",
        "reminder_sent_at",
        "cancelled_at",
        "anonymized_at",
    )
    # Staff edit only their notes; times and statuses change through the service.
    panels = [FieldPanel("staff_notes")]
    permission_helper_class = BookingPermissionHelper
    button_helper_class = BookingButtonHelper

    def get_queryset(self, request):
        bookings = Booking.objects.for_user(request.user).select_related("topic", "advisor")
        return selectors.bookings_upcoming_first(bookings).order_by(*self.get_ordering(request))


for model, accusative, genitive_plural in (
    (Topic, pgettext_lazy("accusative", "topic"), pgettext_lazy("genitive plural", "topics")),
    (Advisor, pgettext_lazy("accusative", "advisor"), pgettext_lazy("genitive plural", "advisors")),
    (
        AvailabilityRule,
        pgettext_lazy("accusative", "availability rule"),
        pgettext_lazy("genitive plural", "availability rules"),
    ),
    (Closure, pgettext_lazy("accusative", "closure"), pgettext_lazy("genitive plural", "closures")),
    (Booking, pgettext_lazy("accusative", "booking"), pgettext_lazy("genitive plural", "bookings")),
):
    model_names(model, accusative=accusative, genitive_plural=genitive_plural)


class AdvisoryGroup(ModelAdminGroup):
    menu_label = _("Advisory point")
    menu_icon = "help"
    menu_order = 250
    items = (BookingAdmin, TopicAdmin, AdvisorAdmin, AvailabilityRuleAdmin, ClosureAdmin)

    def get_submenu_items(self):
        items = super().get_submenu_items()
        order = len(items) + 1
        items.insert(
            1,
            PermissionMenuItem(
                _("Book a consultation"),
                reverse("advisory_book"),
                icon_name="plus",
                order=order + 2,
                permission="advisory.add_booking",
            ),
        )
        items.append(
            PermissionMenuItem(
                _("Calendar"),
                reverse("advisory_calendar"),
                icon_name="calendar",
                order=order,
                permission="advisory.view_booking",
            )
        )
        items.append(
            PermissionMenuItem(
                _("Statistics"),
                reverse("advisory_statistics"),
                icon_name="list-ol",
                order=order + 1,
                permission="advisory.view_all_bookings",
            )
        )
        return items


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


modeladmin_register(AdvisoryGroup)


@hooks.register("register_admin_urls")
def advisory_admin_urls():
    return [
        path("advisory/calendar/", admin_views.calendar, name="advisory_calendar"),
        path("advisory/statistics/", admin_views.statistics, name="advisory_statistics"),
        path("advisory/book/", admin_views.book, name="advisory_book"),
        path(
            "advisory/bookings/<int:pk>/status/<str:status>/",
            admin_views.set_status,
            name="advisory_booking_status",
        ),
    ]


class UpcomingConsultationsPanel(Component):
    """Today's and tomorrow's consultations on the admin dashboard."""

    name = "advisory_upcoming"
    template_name = "advisory/admin/dashboard_panel.html"
    order = 90

    def __init__(self, *, days):
        self.days = days

    def get_context_data(self, parent_context):
        return {"days": self.days, "calendar_url": reverse("advisory_calendar")}


@hooks.register("construct_homepage_panels")
def add_upcoming_consultations_panel(request, panels):
    if request.user.has_perm("advisory.view_booking"):
        panels.append(UpcomingConsultationsPanel(days=selectors.upcoming_days(user=request.user)))


@hooks.register("home_page_sections")
def advisory_home_section(*, request, page):
    advisory_page = entry_page(AdvisoryPage, request=request)
    if advisory_page is None:
        return None
    return {"template": "advisory/home_section.html", "advisory_page": advisory_page}


@hooks.register("home_page_services")
def advisory_service():
    return {
        "model": AdvisoryPage,
        "order": 20,
        "icon": "advice",
        "description": _("Free consultations on law, taxes and accounting, new media and finance."),
    }
