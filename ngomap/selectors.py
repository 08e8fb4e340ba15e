"""Reads of the NGO map shared by the map page, the GeoJSON endpoint, the exports and the home
page section. Every public read goes through `public_organizations()` and the rounded point."""

import gzip
import hashlib
import json
import math
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Avg, Count, FloatField, Min, Prefetch
from django.db.models.functions import Cast, Floor
from geopy.distance import distance as geo_distance

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
    try:
        zoom = int(value)
    except (TypeError, ValueError):
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


def organization_page(*, queryset, origin, per_page, page_number):
    """The page `page_number` of `queryset`'s organizations, by name, or nearest to `origin`."""
    if origin is None:
        page_obj = Paginator(organization_list(queryset=queryset), per_page).get_page(page_number)
        organizations = list(page_obj.object_list)
        return OrganizationPage(page_obj, organizations, page_obj.paginator.count)
    measured = ids_by_distance(queryset=queryset, origin=origin)
    page_obj = Paginator(measured, per_page).get_page(page_number)
    distances = dict(page_obj.object_list)
    by_pk = {
        organization.pk: organization
        for organization in organization_list(
            queryset=Organization.objects.filter(pk__in=distances)
        )
    }
    organizations = [by_pk[pk] for pk, _distance in page_obj.object_list if pk in by_pk]
    for organization in organizations:
        organization.distance_km = distances[organization.pk]
    return OrganizationPage(page_obj, organizations, page_obj.paginator.count)


# --- the GeoJSON endpoint ----------------------------------------------------------------------


@dataclass(frozen=True)
class GeoJSONPayload:
    body: bytes
    gzipped: bytes
    etag: str
    last_modified: int


def _payload_cache_key(kind, query):
    from .services import map_version

    digest = hashlib.sha256(query.encode()).hexdigest()[:32]
    return f"ngomap:{kind}:{map_version()}:{digest}"


def _feature(pk, name, slug, kind, latitude, longitude):
    return {
        "type": "Feature",
        "id": pk,
        "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]},
        "properties": {"n": name, "s": slug, "k": kind},
    }


def _compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_string = json.encoder.encode_basestring  # the C encoder when available


def _feature_json(pk, name, slug, kind, latitude, longitude):
    """One marker as JSON text. Written directly: thousands of small dicts for json.dumps cost
    more (allocation and garbage collection) than the query that fetched them."""
    return (
        f'{{"type":"Feature","id":{int(pk)},"geometry":{{"type":"Point","coordinates":'
        f'[{float(longitude)!r},{float(latitude)!r}]}},"properties":{{"n":{_string(name)},'
        f'"s":{_string(slug)},"k":{_string(kind)}}}}}'
    )


def _cluster(latitude, longitude, count, pk, name, slug, kind):
    if count == 1:
        return _feature(pk, name, slug, kind, latitude, longitude)
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": {"c": count},
    }


def geojson_payload(data):
    """The endpoint's answer (GeoJSONPayload) for a query string.

    Cached under the map's version, so any change to an organization invalidates every answer.
    Uncached: two queries (a count, then the rows, or the grid clusters of the requested view
    when the filter matches more than NGOMAP_MAX_FEATURES points); the filter's choices come
    from the cache. Up to the limit the client clusters the points itself (markercluster);
    beyond it the server clusters by a grid that follows the zoom, so an answer stays small.
    """
    from .services import map_version, map_version_time

    key = _payload_cache_key("geojson", filter_query(data, API_PARAMS))
    cached = cache.get(key)
    if cached is not None:
        return cached
    version = map_version()
    queryset = organization_filter(data=data).qs
    has_view = bbox_of(data) is not None
    # The whole map: up to NGOMAP_MAX_FEATURES points for the browser to cluster. A view
    # (bbox): up to NGOMAP_MAX_VIEW_FEATURES points, grid clusters beyond.
    limit = settings.NGOMAP_MAX_VIEW_FEATURES if has_view else settings.NGOMAP_MAX_FEATURES
    clustered = map_point_count(queryset=queryset) > limit
    if not clustered:
        features = [_feature_json(*row) for row in map_features(queryset=queryset)]
    elif not has_view:
        # Too many points for the whole map: the client asks again with its view (bbox, zoom).
        features = []
    else:
        zoom = clamp_zoom(data.get("zoom"), default=12)
        features = [_compact(_cluster(*row)) for row in map_clusters(queryset=queryset, zoom=zoom)]
    body = (
        '{"type":"FeatureCollection","features":['
        + ",".join(features)
        + '],"clustered":'
        + ("true" if clustered else "false")
        + "}"
    ).encode()
    payload = GeoJSONPayload(
        body=body,
        # Compressed once here and cached with the body, so a cached answer costs no compression.
        gzipped=gzip.compress(body, compresslevel=6),
        # Weak: the same ETag is served gzipped or not.
        etag='W/"' + hashlib.sha256(body).hexdigest()[:32] + '"',
        last_modified=map_version_time(version),
    )
    cache.set(key, payload, settings.NGOMAP_API_CACHE_SECONDS)
    return payload


# --- exports -----------------------------------------------------------------------------------

EXPORT_COLUMNS = [
    "name",
    "kind",
    "legal_form",
    "krs",
    "nip",
    "regon",
    "is_public_benefit",
    "areas",
    "street",
    "building_number",
    "postcode",
    "city",
    "district",
    "latitude",
    "longitude",
    "location_precision",
    "website",
    "email",
    "phone",
    "last_verified",
    "url",
]


def export_rows(*, data, map_url=""):
    """One dict per public organization of the filter in `data`, with the public point only;
    `map_url` is the map page's absolute URL (the rows then link to the organizations' pages)."""
    queryset = organization_list(queryset=organization_filter(data=data).qs)
    for organization in queryset.iterator(chunk_size=2000):
        exact = organization.shows_exact_address
        yield {
            "name": organization.name,
            "kind": organization.kind,
            "legal_form": organization.legal_form,
            "krs": organization.krs,
            "nip": organization.nip,
            "regon": organization.regon,
            "is_public_benefit": organization.is_public_benefit,
            "areas": [area.name for area in organization.areas.all()],
            "street": organization.street if exact else "",
            "building_number": organization.building_number if exact else "",
            "postcode": organization.postcode,
            "city": organization.city,
            "district": organization.district.full_name if organization.district else "",
            "latitude": organization.public_latitude,
            "longitude": organization.public_longitude,
            "location_precision": organization.location_precision,
            "website": organization.website,
            "email": organization.email,
            "phone": organization.phone,
            "last_verified": organization.last_verified.isoformat()
            if organization.last_verified
            else "",
            "url": f"{map_url}organizacja/{organization.slug}/" if map_url else "",
        }
