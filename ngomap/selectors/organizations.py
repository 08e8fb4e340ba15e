"""Reads of the NGO map: public organizations, the map page, the list's pages (by name and
nearest first) and the home page section. Every public read goes through
`public_organizations()` and the rounded point."""

import hashlib
import math
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import ExpressionWrapper, F, FloatField, Prefetch, Value
from geopy.distance import distance as geo_distance

from home.inputs import LARGEST_INTEGER, parse_int

from ..filters import OrganizationFilter, parse_bbox
from ..models import ActivityArea, MapPage, Organization

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
    """The live map page (there is at most one: a child of the home page). For a request, from
    the request's part of the page tree (home.selectors.entry_page), usually without a query."""
    if request is None:
        return MapPage.objects.live().first()
    from home.selectors import entry_page

    return entry_page(MapPage, request=request)


def map_page_url(*, request=None):
    """The live map page's URL, or "" without one; cached under the map's version (bumped when
    the map page is published, unpublished or deleted), so links to it usually cost no query."""
    # Function-local: ..services imports .selectors (a cycle).
    from ..services import map_version

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


def _float_point():
    """The public point as doubles (stored so: Organization.map_latitude/map_longitude)."""
    return F("map_latitude"), F("map_longitude")


def approximate_distance(origin):
    """The squared equirectangular distance from `origin`, in degrees of latitude, as a database
    expression: (dlat)² + (dlng·cos lat₀)². Monotonic in the true distance over a city (and
    close enough over a country) to sort by, without a spatial database."""
    lat, lng = _float_point()
    shrink = math.cos(math.radians(origin.latitude))
    dlat = lat - Value(origin.latitude, output_field=FloatField())
    dlng = (lng - Value(origin.longitude, output_field=FloatField())) * Value(
        shrink, output_field=FloatField()
    )
    return ExpressionWrapper(dlat * dlat + dlng * dlng, output_field=FloatField())


def _box(origin, half_degrees):
    """The filter of a box `half_degrees` of latitude from `origin` each way (wider in
    longitude by 1/cos lat₀, so it is a square on the ground)."""
    shrink = max(math.cos(math.radians(origin.latitude)), 0.01)
    half_lng = half_degrees / shrink
    return {
        "map_latitude__gte": origin.latitude - half_degrees,
        "map_latitude__lte": origin.latitude + half_degrees,
        "map_longitude__gte": origin.longitude - half_lng,
        "map_longitude__lte": origin.longitude + half_lng,
    }


# About 1 km: where the search for the nearest organizations starts.
FIRST_BOX_DEGREES = 0.01


def nearest_organization_ids(*, queryset, origin, start, stop, total):
    """Primary keys (with their public points) of the organizations `start`..`stop` of
    `queryset` by distance from `origin`, nearest first.

    The database sorts by the approximate distance, within a box around the origin that widens
    (each step one COUNT on the point index) until it holds `stop` organizations; the rows
    then come from the box's circumscribing square, so none nearer than the last one shown is
    left outside. `total` is the number of located organizations of `queryset`: when the page
    needs them all, there is no box at all.
    """
    located = queryset.filter(map_latitude__isnull=False, map_longitude__isnull=False)
    half = None
    if stop < total:
        half = FIRST_BOX_DEGREES
        while half < 90:
            inside = located.filter(**_box(origin, half)).count()
            if inside >= stop:
                break
            # Grow by the density seen so far (at least twice, at most ten times as wide).
            growth = math.sqrt(stop / inside) * 1.5 if inside else 10
            half *= min(max(growth, 2), 10)
        else:
            half = None
    if half is not None:
        located = located.filter(**_box(origin, half * math.sqrt(2)))
    return list(
        located.annotate(distance_sq=approximate_distance(origin))
        .order_by("distance_sq", "pk")
        .values_list("pk", "public_latitude", "public_longitude")[start:stop]
    )


def _cached_count(*, queryset, key):
    """COUNT(*) of a filtered list, cached under the map's version (any change to an
    organization changes the version): deep pages and repeated searches count once."""
    # Function-local: ..services imports .selectors (a cycle).
    from ..services import map_version

    cache_key = f"ngomap:count:{map_version()}:{hashlib.sha256(key.encode()).hexdigest()[:32]}"
    count = cache.get(cache_key)
    if count is None:
        count = queryset.count()
        cache.set(cache_key, count, settings.NGOMAP_API_CACHE_SECONDS)
    return count


class _LazyRows:
    """What Django's Paginator needs: a cheap `count()` and the slice of one page, fetched only
    when the paginator asks for it."""

    def __init__(self, *, count, fetch):
        self._count = count
        self._fetch = fetch

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, item):
        if not isinstance(item, slice):
            raise TypeError("only slices of a page are supported")
        return self._fetch(item.start or 0, item.stop if item.stop is not None else self._count)


def _organizations_in_order(ids):
    by_pk = {
        organization.pk: organization
        for organization in organization_list(queryset=Organization.objects.filter(pk__in=ids))
    }
    return [by_pk[pk] for pk in ids if pk in by_pk]


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
    # Function-local: ..services imports .selectors (a cycle).
    from ..services import map_version

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


# --- the map page's list ---------------------------------------------------------------------

# The query-string parameters of the list (in the order links and cache keys write them), and
# those of the GeoJSON endpoint, which also takes the visible area and the zoom.
LIST_PARAMS = ("q", "area", "district", "kind", "legal_form", "opp")
API_PARAMS = (*LIST_PARAMS, "bbox", "zoom")


def tiles_url():
    return settings.LEAFLET_CONFIG["TILES"][0][1]


def _float_between(value, low, high):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if low <= number <= high else None


@dataclass
class MapFocus:
    """The `?lat=&lng=&zoom=&label=` contract: centre the map on a labelled point."""

    latitude: float
    longitude: float
    zoom: int
    label: str


def map_focus(data):
    latitude = _float_between(data.get("lat"), -90, 90)
    longitude = _float_between(data.get("lng"), -180, 180)
    if latitude is None or longitude is None:
        return None
    return MapFocus(
        latitude=latitude,
        longitude=longitude,
        zoom=clamp_zoom(data.get("zoom"), default=16),
        label=" ".join(str(data.get("label", "")).split())[:200],
    )


def filter_query(data, params=LIST_PARAMS):
    """The filter part of a query string, in a stable order (for links, the API and caching)."""
    pairs = []
    for name in params:
        for value in sorted(data.getlist(name)) if hasattr(data, "getlist") else []:
            if value != "":
                pairs.append((name, value))
    return urlencode(pairs)


@dataclass
class OrganizationPage:
    """One page of the list: the paginator's page, its organizations (with `distance_km` when
    sorted from an origin) and the number of organizations the filter matches."""

    page_obj: object
    organizations: list
    total: int


def organization_page(*, queryset, origin, per_page, page_number, filter_key=""):
    """The page `page_number` of `queryset`'s organizations, by name, or nearest to `origin`.

    Constant queries and cheap at any depth: the count is cached under the map's version
    (`filter_key` names the filter), a page by name takes its primary keys from the
    (live, name, id) index before loading only those rows, and a page by distance is sorted in
    the database (see nearest_organization_ids); geopy measures only the rows shown.
    """
    if origin is None:
        total = _cached_count(queryset=queryset, key=f"list:{filter_key}")

        def fetch(start, stop):
            ids = list(queryset.order_by("name", "pk").values_list("pk", flat=True)[start:stop])
            return _organizations_in_order(ids)

    else:
        located = queryset.filter(map_latitude__isnull=False, map_longitude__isnull=False)
        total = _cached_count(queryset=located, key=f"located:{filter_key}")

        def fetch(start, stop):
            rows = nearest_organization_ids(
                queryset=located, origin=origin, start=start, stop=stop, total=total
            )
            organizations = _organizations_in_order([pk for pk, _lat, _lng in rows])
            here = (origin.latitude, origin.longitude)
            points = {pk: (float(lat), float(lng)) for pk, lat, lng in rows}
            for organization in organizations:
                organization.distance_km = geo_distance(here, points[organization.pk]).km
            # The page in geodesic order (the approximation may swap rows metres apart).
            return sorted(organizations, key=lambda organization: organization.distance_km)

    page_obj = Paginator(_LazyRows(count=total, fetch=fetch), per_page).get_page(page_number)
    return OrganizationPage(page_obj, list(page_obj.object_list), total)
