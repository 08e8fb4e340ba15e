"""Reads of the NGO map shared by the map page, the GeoJSON endpoint, the exports and the home
page section. Every public read goes through `public_organizations()` and the rounded point."""

import math
from dataclasses import dataclass

from django.db.models import Avg, Count, FloatField, Min, Prefetch
from django.db.models.functions import Cast, Floor
from geopy.distance import distance as geo_distance

from home.inputs import LARGEST_INTEGER, parse_int

from .filters import OrganizationFilter, parse_bbox
from .models import ActivityArea, MapPage, Organization

# What a marker needs, and nothing else (compact GeoJSON properties).
FEATURE_FIELDS = ("pk", "name", "slug", "kind", "public_latitude", "public_longitude")


def public_organizations():
    """Published organizations; drafts and submissions in moderation are never public."""
    return Organization.objects.filter(live=True)


def organization_filter(*, data, queryset=None):
    """The map's filter bound to a query string (a QueryDict or a dict)."""
    if queryset is None:
        queryset = public_organizations()
    return OrganizationFilter(data=data, queryset=queryset)


def map_page_for(*, request=None):
    """The live map page (there is at most one), remembered on the request."""
    if request is not None and hasattr(request, "_ngomap_page"):
        return request._ngomap_page
    page = MapPage.objects.live().first()
    if request is not None:
        request._ngomap_page = page
    return page


def map_page_url(*, request=None):
    """The live map page's URL, or "" without one; cached under the map's version (bumped when
    the map page is published, unpublished or deleted), so links to it usually cost no query."""
    from django.core.cache import cache

    from .services import map_version

    key = f"ngomap:page-url:{map_version()}"
    url = cache.get(key)
    if url is None:
        page = map_page_for(request=request)
        url = (page.get_url(request=request) or "") if page is not None else ""
        cache.set(key, url, 60 * 60)
    return url


def organization_list(*, queryset):
    """The list's rows with what a card shows, in a constant number of queries."""
    return (
        queryset.select_related("district", "logo")
        .prefetch_related(
            Prefetch("areas", queryset=ActivityArea.objects.only("pk", "name", "slug"))
        )
        .order_by("name", "pk")
    )


@dataclass(frozen=True)
class Origin:
    latitude: float
    longitude: float
    label: str = ""


def ids_by_distance(*, queryset, origin):
    """Primary keys of `queryset`'s organizations that have a point, nearest to `origin` first,
    with their distances in km. One query; geopy computes the geodesic distances."""
    rows = queryset.filter(public_latitude__isnull=False).values_list(
        "pk", "public_latitude", "public_longitude"
    )
    here = (origin.latitude, origin.longitude)
    measured = [
        (pk, geo_distance(here, (float(lat), float(lng))).km) for pk, lat, lng in rows.iterator()
    ]
    measured.sort(key=lambda item: item[1])
    return measured


def map_point_count(*, queryset):
    return queryset.filter(public_latitude__isnull=False, public_longitude__isnull=False).count()


def map_features(*, queryset, limit=None):
    """Marker rows (a list of tuples) of `queryset`, in one query: only the rounded point.

    The point is cast to a float in SQL: converting thousands of Decimals costs more than the
    query itself, and six decimals survive a double exactly enough for a map.
    """
    rows = (
        queryset.filter(public_latitude__isnull=False, public_longitude__isnull=False)
        .order_by()
        .annotate(
            lat=Cast("public_latitude", FloatField()), lng=Cast("public_longitude", FloatField())
        )
        .values_list("pk", "name", "slug", "kind", "lat", "lng")
    )
    return list(rows[:limit] if limit else rows)


def cell_size_for_zoom(zoom):
    """Degrees of longitude per server-side cluster cell: about 80 px on a 256 px tile map."""
    zoom = max(0, min(int(zoom), 20))
    return 360 / (2**zoom) / 256 * 80


def map_clusters(*, queryset, zoom, limit=2500):
    """Grid clusters of `queryset` for `zoom`, one grouped query: per occupied cell, the mean of
    its points and their number; a cell with one organization also carries its marker fields
    (Min() of one row is that row), so the map can show it as a normal marker."""
    size = cell_size_for_zoom(zoom)
    lat = Cast("public_latitude", FloatField())
    lng = Cast("public_longitude", FloatField())
    rows = (
        queryset.filter(public_latitude__isnull=False, public_longitude__isnull=False)
        .order_by()
        .annotate(cell_x=Floor(lng / size), cell_y=Floor(lat / size))
        .values("cell_x", "cell_y")
        .annotate(
            n=Count("pk"),
            lat=Avg(lat),
            lng=Avg(lng),
            first_pk=Min("pk"),
            first_name=Min("name"),
            first_slug=Min("slug"),
            first_kind=Min("kind"),
        )
        .values_list("lat", "lng", "n", "first_pk", "first_name", "first_slug", "first_kind")
    )
    return [
        (round(a, 6), round(b, 6), n, pk, name, slug, kind)
        for a, b, n, pk, name, slug, kind in rows[:limit]
    ]


def bbox_of(data):
    return parse_bbox(data.get("bbox")) if data else None


def clamp_zoom(value, default=12):
    zoom = parse_int(value, minimum=-LARGEST_INTEGER, default=None)
    if zoom is None:
        return default
    return max(0, min(zoom, 20))


def is_finite(*values):
    return all(isinstance(v, float) and math.isfinite(v) for v in values)


def home_section_data(*, request):
    """The map page's title and URL and the number of published organizations, cached under
    the map's version; None when there is no live map page."""
    from django.core.cache import cache

    from .services import map_version

    key = f"ngomap:home-section:{map_version()}"
    data = cache.get(key)
    if data is None:
        map_page = map_page_for(request=request)
        data = {"map_page": None}
        if map_page is not None:
            data = {
                "map_page": {"title": map_page.title, "url": map_page.get_url(request)},
                "organization_count": public_organizations().count(),
            }
        cache.set(key, data, 60 * 60)
    return data if data["map_page"] else None
