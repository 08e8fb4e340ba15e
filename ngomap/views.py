"""HTTP for the NGO map: the map page's routes, the GeoJSON endpoint, the exports and the admin's
"geocode now" button. Views translate requests into selector and service calls."""

import gzip
import hashlib
import json
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from home.ratelimit import client_ip

from . import selectors, services
from .exports import organizations_csv_response
from .forms import CorrectionForm, NearForm, OrganizationSubmissionForm
from .geocoding import GeocodingError, geocode_address, match_district
from .models import District, Organization

LIST_PARAMS = ("q", "area", "district", "kind", "legal_form", "opp")
API_PARAMS = (*LIST_PARAMS, "bbox", "zoom")


def tiles_url():
    from django.conf import settings

    return settings.LEAFLET_CONFIG["TILES"][0][1]


def _float(value, low, high):
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
    latitude = _float(data.get("lat"), -90, 90)
    longitude = _float(data.get("lng"), -180, 180)
    if latitude is None or longitude is None:
        return None
    return MapFocus(
        latitude=latitude,
        longitude=longitude,
        zoom=selectors.clamp_zoom(data.get("zoom"), default=16),
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


def _origin(near_form):
    """The point the list is sorted from, and an error message when the address is unknown."""
    if not near_form.is_valid():
        return None, ""
    data = near_form.cleaned_data
    if data.get("near_lat") is not None and data.get("near_lng") is not None:
        return selectors.Origin(data["near_lat"], data["near_lng"], _("your location")), ""
    text = data.get("near", "").strip()
    if not text:
        return None, ""
    query = text if "krak" in text.casefold() else f"{text}, Kraków"
    try:
        result = geocode_address(query)
    except GeocodingError:
        return None, _("The address search is not available right now. Try again later.")
    if result is None:
        return None, _("We could not find “%(address)s” in Kraków.") % {"address": text}
    return selectors.Origin(result.latitude, result.longitude, text), ""


def map_list(request, *, map_page):
    filterset = selectors.organization_filter(data=request.GET)
    queryset = filterset.qs
    near_form = NearForm(request.GET or None)
    origin, near_error = _origin(near_form)
    if origin is not None:
        measured = selectors.ids_by_distance(queryset=queryset, origin=origin)
        page_obj = Paginator(measured, map_page.per_page).get_page(request.GET.get("page"))
        distances = dict(page_obj.object_list)
        by_pk = {
            organization.pk: organization
            for organization in selectors.organization_list(
                queryset=Organization.objects.filter(pk__in=distances)
            )
        }
        organizations = [by_pk[pk] for pk, _distance in page_obj.object_list if pk in by_pk]
        for organization in organizations:
            organization.distance_km = distances[organization.pk]
        total = page_obj.paginator.count
    else:
        page_obj = Paginator(
            selectors.organization_list(queryset=queryset), map_page.per_page
        ).get_page(request.GET.get("page"))
        organizations = list(page_obj.object_list)
        total = page_obj.paginator.count
    query = filter_query(request.GET)
    return map_page.render(
        request,
        template="ngomap/map_page.html",
        context_overrides={
            "filterset": filterset,
            "near_form": near_form,
            "origin": origin,
            "near_error": near_error,
            "page_obj": page_obj,
            "organizations": organizations,
            "total": total,
            "filter_query": query,
            "focus": map_focus(request.GET),
            "tiles_url": tiles_url(),
            "add_url": map_page.url + map_page.reverse_subpage("organization_add"),
        },
    )


def _live_organization(slug):
    return get_object_or_404(
        Organization.objects.select_related("district", "logo").prefetch_related("areas"),
        slug=slug,
        live=True,
    )


def organization_detail(request, *, map_page, slug):
    organization = _live_organization(slug)
    form = CorrectionForm(instance=organization)
    sent = request.GET.get("zgloszono") == "1"
    if request.method == "POST":
        form = CorrectionForm(request.POST, instance=Organization.objects.get(pk=organization.pk))
        if services.submission_rate_limited(ip_address=client_ip(request)):
            form.add_error(None, _("Too many submissions from your address. Try again later."))
        elif form.is_valid():
            if not form.is_spam():
                services.organization_correction_submit(
                    organization=organization,
                    changes=form.changes(),
                    note=form.cleaned_data["note"],
                    submitter_email=form.cleaned_data["submitter_email"],
                )
            return HttpResponseRedirect(request.path + "?zgloszono=1#korekta")
    return map_page.render(
        request,
        template="ngomap/organization_detail.html",
        context_overrides={
            "organization": organization,
            "correction_form": form,
            "correction_sent": sent,
            "map_url": map_page.url,
            "tiles_url": tiles_url(),
            "breadcrumb_trail": [(organization.name, "")],
        },
    )


def organization_add(request, *, map_page):
    form = OrganizationSubmissionForm()
    if request.method == "POST":
        form = OrganizationSubmissionForm(request.POST)
        if services.submission_rate_limited(ip_address=client_ip(request)):
            form.add_error(None, _("Too many submissions from your address. Try again later."))
        elif form.is_valid():
            if not form.is_spam():
                data = {
                    name: value
                    for name, value in form.cleaned_data.items()
                    if name in form.Meta.fields and name != "areas"
                }
                services.organization_submit(
                    data=data,
                    areas=form.cleaned_data["areas"],
                    submitter_email=form.cleaned_data["submitter_email"],
                    map_url=request.build_absolute_uri(map_page.url),
                )
            return HttpResponseRedirect(
                map_page.url + map_page.reverse_subpage("organization_add_thanks") + "#main"
            )
    return map_page.render(
        request,
        template="ngomap/organization_add.html",
        context_overrides={
            "form": form,
            "breadcrumb_trail": [(_("Add your organization"), "")],
        },
    )


def organization_add_thanks(request, *, map_page):
    return map_page.render(
        request,
        template="ngomap/organization_add_thanks.html",
        context_overrides={
            "breadcrumb_trail": [
                (
                    _("Add your organization"),
                    map_page.url + map_page.reverse_subpage("organization_add"),
                ),
                (_("Thank you"), ""),
            ]
        },
    )


# --- GeoJSON endpoint and exports -----------------------------------------------------------------


def _cache_key(kind, query):
    digest = hashlib.sha256(query.encode()).hexdigest()[:32]
    return f"ngomap:{kind}:{services.map_version()}:{digest}"


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
    """(body, gzipped body, ETag, last-modified timestamp) of the endpoint for a query string.

    Cached under the map's version, so any change to an organization invalidates every answer.
    Uncached: two queries (a count, then the rows, or the grid clusters of the requested view
    when the filter matches more than NGOMAP_MAX_FEATURES points); the filter's choices come
    from the cache. Up to the limit the client clusters the points itself (markercluster);
    beyond it the server clusters by a grid that follows the zoom, so an answer stays small.
    """
    from django.conf import settings

    query = filter_query(data, API_PARAMS)
    key = _cache_key("geojson", query)
    cached = cache.get(key)
    if cached is not None:
        return cached
    version = services.map_version()
    queryset = selectors.organization_filter(data=data).qs
    has_view = selectors.bbox_of(data) is not None
    # The whole map: up to NGOMAP_MAX_FEATURES points for the browser to cluster. A view
    # (bbox): up to NGOMAP_MAX_VIEW_FEATURES points, grid clusters beyond.
    limit = (
        getattr(settings, "NGOMAP_MAX_VIEW_FEATURES", 2000)
        if has_view
        else getattr(settings, "NGOMAP_MAX_FEATURES", 5000)
    )
    clustered = selectors.map_point_count(queryset=queryset) > limit
    if not clustered:
        features = [_feature_json(*row) for row in selectors.map_features(queryset=queryset)]
    elif not has_view:
        # Too many points for the whole map: the client asks again with its view (bbox, zoom).
        features = []
    else:
        zoom = selectors.clamp_zoom(data.get("zoom"), default=12)
        features = [
            _compact(_cluster(*row)) for row in selectors.map_clusters(queryset=queryset, zoom=zoom)
        ]
    body = (
        '{"type":"FeatureCollection","features":['
        + ",".join(features)
        + '],"clustered":'
        + ("true" if clustered else "false")
        + "}"
    ).encode()
    # Weak: the same ETag is served gzipped or not.
    etag = 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    last_modified = services.map_version_time(version)
    # Compressed once here and cached with the body, so a cached answer costs no compression.
    result = (body, gzip.compress(body, compresslevel=6), etag, last_modified)
    cache.set(key, result, getattr(settings, "NGOMAP_API_CACHE_SECONDS", 600))
    return result


@require_GET
def organizations_geojson(request):
    body, gzipped, etag, last_modified = geojson_payload(request.GET)
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        if "gzip" in request.headers.get("Accept-Encoding", ""):
            response = HttpResponse(gzipped, content_type="application/geo+json")
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(body, content_type="application/geo+json")
    patch_vary_headers(response, ["Accept-Encoding"])
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=60, must_revalidate=True)
    return response


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


def export_rows(request):
    """One dict per public organization of the current filter, with the public point only."""
    map_page = selectors.map_page_for(request=request)
    base = request.build_absolute_uri(map_page.url) if map_page else ""
    queryset = selectors.organization_list(
        queryset=selectors.organization_filter(data=request.GET).qs
    )
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
            "url": f"{base}organizacja/{organization.slug}/" if base else "",
        }


@require_GET
def export_csv(request):
    return organizations_csv_response(columns=EXPORT_COLUMNS, rows=export_rows(request))


@require_GET
def export_geojson(request):
    features = []
    for row in export_rows(request):
        latitude, longitude = row.pop("latitude"), row.pop("longitude")
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]}
                if latitude is not None and longitude is not None
                else None,
                "properties": row,
            }
        )
    body = json.dumps(
        {
            "type": "FeatureCollection",
            "features": features,
            "attribution": "Miasto Kraków; punkty: © OpenStreetMap contributors",
        },
        ensure_ascii=False,
    )
    response = HttpResponse(body, content_type="application/geo+json")
    response["Content-Disposition"] = 'attachment; filename="organizacje.geojson"'
    return response


# --- admin ----------------------------------------------------------------------------------------


@require_POST
def admin_geocode(request):
    """The editor's "geocode now" button: the point of the address typed in the form."""
    if not request.user.has_perm("ngomap.change_organization"):
        raise PermissionDenied
    address = services.organization_geocoding_address(
        Organization(
            street=request.POST.get("street", ""),
            building_number=request.POST.get("building_number", ""),
            postcode=request.POST.get("postcode", ""),
            city=request.POST.get("city", "") or "Kraków",
        )
    )
    if not address:
        return JsonResponse({"ok": False, "message": _("There is no street to look up.")})
    try:
        result = geocode_address(address)
    except GeocodingError:
        return JsonResponse(
            {"ok": False, "message": _("The geocoding service could not be reached.")}
        )
    if result is None:
        return JsonResponse({"ok": False, "message": _("The address was not found in Kraków.")})
    district = match_district(result.district_name, list(District.objects.all()))
    return JsonResponse(
        {
            "ok": True,
            "latitude": result.latitude,
            "longitude": result.longitude,
            "district": district.pk if district else None,
            "message": _("Found: %(place)s") % {"place": result.display_name},
        }
    )
