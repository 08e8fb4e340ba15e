"""The map's markers, written once per organization instead of once per answer.

Each organization keeps its marker, a GeoJSON Feature as compact JSON text, in
`Organization.map_marker`. The GeoJSON endpoint joins the stored texts of the organizations it
shows. Building 10,000 features per uncached answer, with their areas from a correlated
subquery, was about three quarters of the answer's time (bench/README.md).

The marker is written:
- when the organization is saved, from the values being saved (`Organization.save`);
- when its areas change (the m2m_changed handler) or the geocoder records a new point
  (`services._record`), from what the database holds (`refresh_map_markers`);
- for an area's organizations, when the area's key changes or the area is deleted.

`manage.py refresh_map_markers` rewrites every marker, e.g. after rows were changed in SQL.
Nothing here imports a model at module level, so the migration that added the field fills it
with `refresh_map_markers(..., model=<historical Organization>)`.
"""

import json

from django.db import transaction

EXACT = "exact"  # Organization.Precision.EXACT: only then is the street address public

_string = json.encoder.encode_basestring  # the C encoder when available


def popup_address(street, building_number, precision):
    """The street address a marker's popup shows: only where the organization shows its
    exact place."""
    if not street or precision != EXACT:
        return ""
    return f"{street} {building_number}".strip()


def marker_json(
    *, pk, name, slug, kind, latitude, longitude, street, building_number, precision, area_keys
):
    """One marker as compact GeoJSON text, or "" without a public point.

    Properties: the name ("n"), the slug ("s") and the kind ("k"); for the popup the address
    ("a") and the areas' keys, the points of the act joined by commas ("r"), each only when
    there is one. The point is the public (rounded) one, as doubles.
    """
    if pk is None or latitude is None or longitude is None:
        return ""
    extra = ""
    if address := popup_address(street, building_number, precision):
        extra += f',"a":{_string(address)}'
    if area_keys:
        extra += f',"r":{_string(",".join(area_keys))}'
    return (
        f'{{"type":"Feature","id":{int(pk)},"geometry":{{"type":"Point","coordinates":'
        f'[{float(longitude)!r},{float(latitude)!r}]}},"properties":{{"n":{_string(name)},'
        f'"s":{_string(slug)},"k":{_string(kind)}{extra}}}}}'
    )


def area_sort_key(area):
    """The order of an organization's areas in its marker: the areas' own (sort order, key)."""
    return (area.sort_order, area.pkt)


# The organization's fields its marker shows (besides its areas): saving any of them rewrites it.
MARKER_FIELDS = frozenset(
    {"name", "slug", "kind", "street", "building_number", "location_precision"}
    | {"latitude", "longitude", "public_latitude", "public_longitude"}
    | {"map_latitude", "map_longitude"}
)
_READ = (
    "pk",
    "name",
    "slug",
    "kind",
    "map_latitude",
    "map_longitude",
    "street",
    "building_number",
    "location_precision",
)


def refresh_map_markers(pks, *, model=None, batch_size=1000, progress=None):
    """Rewrite the markers of the organizations `pks` from what the database holds, in batches
    (three queries each). `model` is a migration's historical Organization, or by default the
    app's. Returns how many were written; `progress(count)` is called after each batch."""
    if model is None:
        from .models import Organization  # function-local: the models import this module

        model = Organization
    through = model.areas.through
    pks = list(pks)
    written = 0
    for start in range(0, len(pks), batch_size):
        batch = pks[start : start + batch_size]
        keys = {}
        for organization_id, pkt in (
            through.objects.filter(organization_id__in=batch)
            .order_by("activityarea__sort_order", "activityarea__pkt")
            .values_list("organization_id", "activityarea__pkt")
        ):
            keys.setdefault(organization_id, []).append(pkt)
        changed = []
        with transaction.atomic():
            for pk, name, slug, kind, lat, lng, street, number, precision in (
                model.objects.filter(pk__in=batch).select_for_update().values_list(*_READ)
            ):
                marker = marker_json(
                    pk=pk,
                    name=name,
                    slug=slug,
                    kind=kind,
                    latitude=lat,
                    longitude=lng,
                    street=street,
                    building_number=number,
                    precision=precision,
                    area_keys=keys.get(pk, ()),
                )
                changed.append(model(pk=pk, map_marker=marker))
            model.objects.bulk_update(changed, ["map_marker"])
        written += len(changed)
        if progress is not None:
            progress(written)
    return written
