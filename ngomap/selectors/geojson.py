"""The GeoJSON endpoint's answer: marker rows, grid clusters, the cached payload."""

import gzip
import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Aggregate, Avg, CharField, Count, Min, OuterRef, Subquery
from django.db.models.functions import Floor

from ..models import Organization
from .organizations import (
    API_PARAMS,
    _float_point,
    bbox_of,
    clamp_zoom,
    filter_query,
    organization_filter,
)


class _CommaList(Aggregate):
    """The values of a group joined by commas: GROUP_CONCAT on SQLite, STRING_AGG on PostgreSQL."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(expressions)s, ',')",
            **extra,
        )


def _area_keys():
    """An organization's areas as their points of the act ("1,18"), for the popup: a correlated
    subquery, so the markers still take one query; the map page maps them to names."""
    through = Organization.areas.through
    return Subquery(
        through.objects.filter(organization_id=OuterRef("pk"))
        .order_by()
        .values("organization_id")
        .annotate(keys=_CommaList("activityarea__pkt"))
        .values("keys")[:1]
    )


# What a marker's popup shows besides the name: the address (when the organization shows its
# exact place) and its areas.
POPUP_FIELDS = ("street", "building_number", "location_precision", "area_keys")


def popup_address(street, building_number, precision):
    if not street or precision != Organization.Precision.EXACT:
        return ""
    return f"{street} {building_number}".strip()


def map_features(*, queryset, limit=None):
    """Marker rows (a list of tuples) of `queryset`, in one query: only the rounded point and
    what the popup shows (POPUP_FIELDS).

    The point is cast to a float in SQL: converting thousands of Decimals costs more than the
    query itself, and six decimals survive a double exactly enough for a map. The rows are read
    as the driver returns them (ints, strings, floats): Django's per-value converters would
    cost as much again as the query.
    """
    lat, lng = _float_point()
    rows = (
        queryset.filter(map_latitude__isnull=False, map_longitude__isnull=False)
        .order_by()
        .annotate(lat=lat, lng=lng, area_keys=_area_keys())
        .values_list("pk", "name", "slug", "kind", "lat", "lng", *POPUP_FIELDS)
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
    query by primary key. Rows: (lat, lng, count, pk, name, slug, kind, *POPUP_FIELDS)."""
    size = cell_size_for_zoom(zoom)
    lat, lng = _float_point()
    cells = list(
        queryset.filter(map_latitude__isnull=False, map_longitude__isnull=False)
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
            pk: rest
            for pk, *rest in Organization.objects.filter(pk__in=single_pks)
            .annotate(area_keys=_area_keys())
            .values_list("pk", "name", "slug", "kind", *POPUP_FIELDS)
        }
    empty = (None,) * (3 + len(POPUP_FIELDS))
    return [(round(a, 6), round(b, 6), n, pk, *markers.get(pk, empty)) for a, b, n, pk in cells]


# --- the GeoJSON endpoint ----------------------------------------------------------------------


@dataclass(frozen=True)
class GeoJSONPayload:
    body: bytes
    gzipped: bytes
    etag: str
    last_modified: int


def _payload_cache_key(kind, query):
    # Function-local: ..services imports .selectors (a cycle).
    from ..services import map_version

    digest = hashlib.sha256(query.encode()).hexdigest()[:32]
    return f"ngomap:{kind}:{map_version()}:{digest}"


def _properties(name, slug, kind, street, building_number, precision, area_keys):
    """A marker's properties: name, slug, kind, and for the popup the address ("a") and the
    areas' keys ("r"), each only when there is one."""
    properties = {"n": name, "s": slug, "k": kind}
    if address := popup_address(street, building_number, precision):
        properties["a"] = address
    if area_keys:
        properties["r"] = area_keys
    return properties


def _feature(pk, name, slug, kind, latitude, longitude, *popup):
    return {
        "type": "Feature",
        "id": pk,
        "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]},
        "properties": _properties(name, slug, kind, *popup),
    }


def _compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_string = json.encoder.encode_basestring  # the C encoder when available


def _feature_json(
    pk, name, slug, kind, latitude, longitude, street, building_number, precision, area_keys
):
    """One marker as JSON text. Written directly: thousands of small dicts for json.dumps cost
    more (allocation and garbage collection) than the query that fetched them. The values come
    typed from the driver (map_features): an int and two floats."""
    extra = ""
    if address := popup_address(street, building_number, precision):
        extra += f',"a":{_string(address)}'
    if area_keys:
        extra += f',"r":{_string(area_keys)}'
    return (
        f'{{"type":"Feature","id":{pk},"geometry":{{"type":"Point","coordinates":'
        f'[{longitude!r},{latitude!r}]}},"properties":{{"n":{_string(name)},'
        f'"s":{_string(slug)},"k":{_string(kind)}{extra}}}}}'
    )


def _cluster(latitude, longitude, count, pk, name, slug, kind, *popup):
    if count == 1:
        return _feature(pk, name, slug, kind, latitude, longitude, *popup)
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
    # Function-local: ..services imports .selectors (a cycle).
    from ..services import map_version, map_version_time

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
