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
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Avg, Count, ExpressionWrapper, FloatField, Min, Prefetch, Value
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


def _float_point():
    return Cast("public_latitude", FloatField()), Cast("public_longitude", FloatField())


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
        "public_latitude__gte": origin.latitude - half_degrees,
        "public_latitude__lte": origin.latitude + half_degrees,
        "public_longitude__gte": origin.longitude - half_lng,
        "public_longitude__lte": origin.longitude + half_lng,
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
    located = queryset.filter(public_latitude__isnull=False, public_longitude__isnull=False)
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
    from .services import map_version

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


def map_features(*, queryset, limit=None):
    """Marker rows (a list of tuples) of `queryset`, in one query: only the rounded point.

    The point is cast to a float in SQL: converting thousands of Decimals costs more than the
    query itself, and six decimals survive a double exactly enough for a map. The rows are read
    as the driver returns them (ints, strings, floats): Django's per-value converters would
    cost as much again as the query.
    """
    lat, lng = _float_point()
    rows = (
        queryset.filter(public_latitude__isnull=False, public_longitude__isnull=False)
        .order_by()
        .annotate(lat=lat, lng=lng)
        .values_list("pk", "name", "slug", "kind", "lat", "lng")
    )
    if limit:
        rows = rows[:limit]
    try:
        sql, params = rows.query.sql_with_params()
    except EmptyResultSet:  # a filter that can match nothing (e.g. pk__in=[])
        return []
    with connections[rows.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def cell_size_for_zoom(zoom):
    """Degrees of longitude per server-side cluster cell: about 80 px on a 256 px tile map."""
    zoom = max(0, min(int(zoom), 20))
    return 360 / (2**zoom) / 256 * 80


def map_clusters(*, queryset, zoom, limit=2500):
    """Grid clusters of `queryset` for `zoom`: per occupied cell, the mean of its points and
    their number, in one grouped query over integers and floats only; then the marker fields of
    the cells that hold a single organization (so the map shows it as a normal marker), in one
    query by primary key. Rows: (lat, lng, count, pk, name, slug, kind)."""
    size = cell_size_for_zoom(zoom)
    lat, lng = _float_point()
    cells = list(
        queryset.filter(public_latitude__isnull=False, public_longitude__isnull=False)
        .order_by()
        .annotate(cell_x=Floor(lng / size), cell_y=Floor(lat / size))
        .values("cell_x", "cell_y")
        .annotate(n=Count("pk"), lat=Avg(lat), lng=Avg(lng), first_pk=Min("pk"))
        .values_list("lat", "lng", "n", "first_pk")[:limit]
    )
    single_pks = [pk for _lat, _lng, count, pk in cells if count == 1]
    markers = {}
    if single_pks:
        markers = {
            pk: (name, slug, kind)
            for pk, name, slug, kind in Organization.objects.filter(pk__in=single_pks).values_list(
                "pk", "name", "slug", "kind"
            )
        }
    return [
        (round(a, 6), round(b, 6), n, pk, *markers.get(pk, (None, None, None)))
        for a, b, n, pk in cells
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
        located = queryset.filter(public_latitude__isnull=False, public_longitude__isnull=False)
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
    more (allocation and garbage collection) than the query that fetched them. The values come
    typed from the driver (map_features): an int and two floats."""
    return (
        f'{{"type":"Feature","id":{pk},"geometry":{{"type":"Point","coordinates":'
        f'[{longitude!r},{latitude!r}]}},"properties":{{"n":{_string(name)},'
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
    Uncached: the rows up to the limit plus one (one query); beyond the limit (NGOMAP_MAX_FEATURES
    for the whole map, NGOMAP_MAX_VIEW_FEATURES for a view) the grid clusters of the requested
    view instead (two more); the filter's choices come from the cache. Up to the limit the
    client clusters the points itself (markercluster); beyond it the server clusters by a grid
    that follows the zoom, so an answer stays small.
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
    # One row more than the limit tells whether to cluster, without counting every point.
    rows = map_features(queryset=queryset, limit=limit + 1)
    clustered = len(rows) > limit
    if not clustered:
        features = [_feature_json(*row) for row in rows]
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
        # Level 1: a sixth of level 6's time for a 10,000-point answer, about 10 % larger.
        gzipped=gzip.compress(body, compresslevel=1),
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
