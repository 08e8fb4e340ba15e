"""The one definition of the map's filters.

`OrganizationFilter` parses the query string for the list on the map page, the GeoJSON endpoint
and the exports, so a shared URL shows the same organizations everywhere. Invalid values are
ignored (the filter falls back to "any"), never an error page. `OrganizationAdminFilter` is the
admin listing's variant, with the editors' own filters (geocoding and moderation state).
"""

import django_filters
from django import forms
from django.core.cache import cache
from django.db.models import CharField, F, IntegerField, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import ActivityArea, District, Organization

BBOX_HELP = _("west,south,east,north in degrees")


def parse_bbox(value):
    """(west, south, east, north) from "w,s,e,n", or None when it is not a sensible box."""
    try:
        west, south, east, north = (float(part) for part in str(value).split(","))
    except (TypeError, ValueError):
        return None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return None
    return west, south, east, north


def district_names():
    """{district pk: name}, from the cached choices."""
    return reference_choices()["district_names"]


def filter_text(queryset, name, value):
    """Every word in the name, the description, the street or the district's name.

    The districts are matched here against their cached names, so the query has no join and
    no OR across tables: on PostgreSQL the planner combines the trigram indexes of the three
    columns (migration 0004) with the district index."""
    value = " ".join(value.split())
    if not value:
        return queryset
    districts = district_names()
    for word in value.split(" ")[:8]:
        folded = word.casefold()
        condition = (
            Q(name__icontains=word) | Q(description__icontains=word) | Q(street__icontains=word)
        )
        matching = [pk for pk, district in districts.items() if folded in district.casefold()]
        if matching:
            condition |= Q(district_id__in=matching)
        queryset = queryset.filter(condition)
    return queryset


def filter_areas(queryset, name, value):
    if not value:
        return queryset
    # A subquery rather than a join, so no DISTINCT is needed and any of the areas matches.
    through = Organization.areas.through.objects.all()
    if all(isinstance(item, str) for item in value):
        through = through.filter(activityarea__slug__in=value)
    else:
        through = through.filter(activityarea__in=value)
    return queryset.filter(pk__in=through.values("organization_id"))


REFERENCE_CACHE_KEY = "ngomap:reference-choices:v3"


def reference_choices():
    """Areas and districts as form choices, cached: they change only with a data migration, and
    the GeoJSON endpoint must not spend queries on validating its filters. A cold cache costs one
    query (a UNION of both tables), so the endpoint stays within three."""
    choices = cache.get(REFERENCE_CACHE_KEY)
    if choices is None:
        text = CharField()
        areas = (
            ActivityArea.objects.order_by()
            .annotate(
                kind=Value(0, output_field=IntegerField()),
                key=F("slug"),
                label=F("name"),
                position=F("sort_order"),
                tiebreak=F("pkt"),
            )
            .values_list("kind", "position", "tiebreak", "key", "label")
        )
        districts = (
            District.objects.order_by()
            .annotate(
                kind=Value(1, output_field=IntegerField()),
                key=Cast("number", output_field=text),
                label=Concat("roman", Value(" "), "name", output_field=text),
                position=F("number"),
                # Numbers are unique, so the key never breaks a tie: it carries the primary key.
                tiebreak=Cast("pk", output_field=text),
            )
            .values_list("kind", "position", "tiebreak", "key", "label")
        )
        rows = sorted(areas.union(districts, all=True))
        choices = {
            "areas": [(key, label) for kind, _p, _t, key, label in rows if kind == 0],
            "districts": [(key, label) for kind, _p, _t, key, label in rows if kind == 1],
            # {point of the act: name}: the map's popups name a marker's areas by these keys.
            "area_names": {pkt: label for kind, _p, pkt, _k, label in rows if kind == 0},
            # {pk: name} for the text search (the label is "roman name").
            "district_names": {
                int(pk): label.split(" ", 1)[-1] for kind, _p, pk, _k, label in rows if kind == 1
            },
        }
        cache.set(REFERENCE_CACHE_KEY, choices, 60 * 60 * 24)
    return choices


def area_choices():
    return reference_choices()["areas"]


def district_choices():
    return [("", _("All districts")), *reference_choices()["districts"]]


class OrganizationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name or keyword"), method=filter_text)
    area = django_filters.MultipleChoiceFilter(
        label=_("Areas of activity"),
        choices=area_choices,
        method=filter_areas,
        widget=forms.CheckboxSelectMultiple,
    )
    district = django_filters.ChoiceFilter(
        label=_("District"),
        choices=district_choices,
        empty_label=None,
        field_name="district__number",
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Organization.Kind.choices, empty_label=_("All kinds")
    )
    legal_form = django_filters.ChoiceFilter(
        label=_("Legal form"),
        choices=Organization.LegalForm.choices,
        empty_label=_("All legal forms"),
    )
    opp = django_filters.BooleanFilter(
        label=_("Only public benefit organizations (OPP)"),
        field_name="is_public_benefit",
        widget=forms.CheckboxInput,
        method=lambda qs, name, value: qs.filter(is_public_benefit=True) if value else qs,
    )
    bbox = django_filters.CharFilter(
        label=_("Map area"), method="filter_bbox", widget=forms.HiddenInput, help_text=BBOX_HELP
    )

    class Meta:
        model = Organization
        fields = []

    def filter_bbox(self, queryset, name, value):
        box = parse_bbox(value)
        if box is None:
            return queryset
        west, south, east, north = box
        return queryset.filter(
            map_longitude__gte=west,
            map_longitude__lte=east,
            map_latitude__gte=south,
            map_latitude__lte=north,
        )

    @property
    def active(self):
        """True when any filter narrows the list (the form is then shown open)."""
        return any(
            value not in (None, "", [], False)
            for name, value in self.form.cleaned_data.items()
            if name != "bbox"
        )


class ModerationState:
    LIVE = "live"
    DRAFT = "draft"
    CHANGES = "changes"
    IN_MODERATION = "in_moderation"
    RETURNED = "returned"

    choices = [
        (LIVE, _("published")),
        (DRAFT, _("draft, never published")),
        (CHANGES, _("published with unpublished changes")),
        (IN_MODERATION, _("in moderation")),
        (RETURNED, _("returned for correction")),
    ]


def filter_moderation_state(queryset, name, value):
    if value == ModerationState.LIVE:
        return queryset.filter(live=True)
    if value == ModerationState.DRAFT:
        return queryset.filter(live=False)
    if value == ModerationState.CHANGES:
        return queryset.filter(live=True, has_unpublished_changes=True)
    if value == ModerationState.IN_MODERATION:
        return queryset.filter(workflow_states__status="in_progress")
    if value == ModerationState.RETURNED:
        return queryset.filter(workflow_states__status="needs_changes")
    return queryset


class OrganizationAdminFilter(WagtailFilterSet):
    area = django_filters.ModelMultipleChoiceFilter(
        label=_("Areas of activity"),
        queryset=ActivityArea.objects.all(),
        method=filter_areas,
        widget=forms.CheckboxSelectMultiple,
    )
    district = django_filters.ModelChoiceFilter(
        label=_("District"), queryset=District.objects.all()
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Organization.Kind.choices)
    legal_form = django_filters.ChoiceFilter(
        label=_("Legal form"), choices=Organization.LegalForm.choices
    )
    is_public_benefit = django_filters.BooleanFilter(label=_("public benefit organization (OPP)"))
    geocode_status = django_filters.ChoiceFilter(
        label=_("geocoding status"), choices=Organization.GeocodeStatus.choices
    )
    moderation = django_filters.ChoiceFilter(
        label=_("Moderation state"),
        choices=ModerationState.choices,
        method=filter_moderation_state,
    )

    class Meta:
        model = Organization
        fields = []
