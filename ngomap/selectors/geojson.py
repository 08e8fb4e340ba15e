"""The GeoJSON endpoint's answer: marker rows, grid clusters, the cached payload."""

import gzip
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Avg, Count, Min
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


def map_features(*, queryset, limit=None):
    """The markers of `queryset` (GeoJSON Feature texts as UTF-8 bytes), in one query that reads
    one stored column (Organization.map_marker, see ngomap.markers). The rows are read as the
    driver returns them, and psycopg2 is asked for bytes: Django's per-row handling, decoding
    and encoding again would cost as much as the query."""
    rows = (
        queryset.filter(map_latitude__isnull=False, map_longitude__isnull=False)
        .order_by()
        .values_list("map_marker")
    )
    if limit:
        rows = rows[:limit]
    try:
        sql, params = rows.query.sql_with_params()
    except EmptyResultSet:  # a filter that can match nothing (e.g. pk__in=[])
        return []
    connection = connections[rows.db]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and connection.Database.__name__ == "psycopg2":
            extensions = connection.Database.extensions
            extensions.register_type(extensions.BYTES, cursor.cursor)
        cursor.execute(sql, params)
        markers = [marker for (marker,) in cursor.fetchall() if marker]
    if markers and isinstance(markers[0], str):  # SQLite, psycopg 3
        markers = [marker.encode() for marker in markers]
    return markers


def cell_size_for_zoom(zoom):
    """Degrees of longitude per server-side cluster cell: about 80 px on a 256 px tile map."""
    zoom = max(0, min(int(zoom), 20))
    return 360 / (2**zoom) / 256 * 80


def map_clusters(*, queryset, zoom, limit=2500):
    """Grid clusters of `queryset` for `zoom`: per occupied cell, the mean of its points and
    their number, in one grouped query over integers and floats only; then the stored markers of
    the cells that hold a single organization (so the map shows it as a normal marker), in one
    query by primary key. Rows: (lat, lng, count, marker), the marker "" for a cluster."""
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
        markers = dict(
            Organization.objects.filter(pk__in=single_pks).values_list("pk", "map_marker")
        )
    return [
        (round(a, 6), round(b, 6), n, markers.get(pk, "") if n == 1 else "")
        for a, b, n, pk in cells
    ]


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


def _cluster_json(latitude, longitude, count):
    return (
        f'{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{longitude!r},'
        f'{latitude!r}]}},"properties":{{"c":{count}}}}}'
    )


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
        features = rows
    elif not has_view:
        # Too many points for the whole map: the client asks again with its view (bbox, zoom).
        features = []
    else:
        zoom = clamp_zoom(data.get("zoom"), default=12)
        features = [
            (marker or _cluster_json(latitude, longitude, count)).encode()
            for latitude, longitude, count, marker in map_clusters(queryset=queryset, zoom=zoom)
        ]
    body = b"".join(
        [
            b'{"type":"FeatureCollection","features":[',
            b",".join(features),
            b'],"clustered":',
            b"true" if clustered else b"false",
            b"}",
        ]
    )
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
