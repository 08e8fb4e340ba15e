"""HTTP for the NGO map: the map page's routes, the GeoJSON endpoint, the exports and the admin's
"geocode now" button. Views translate requests into selector and service calls."""

import json

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from home.places import user_may_locate_places
from home.ratelimit import client_ip, form_counters, submission_count, submission_refusal

from . import selectors, services
from .exports import organizations_csv_response
from .filters import reference_choices
from .forms import CorrectionForm, NearForm, OrganizationSubmissionForm
from .models import Organization


def _origin(request, near_form):
    if not near_form.is_valid():
        return None, ""
    data = near_form.cleaned_data
    return services.near_origin(
        near_lat=data.get("near_lat"),
        near_lng=data.get("near_lng"),
        address=data.get("near", ""),
        client_ip=client_ip(request),
    )


def map_list(request, *, map_page):
    filterset = selectors.organization_filter(data=request.GET)
    near_form = NearForm(request.GET or None)
    origin, near_error = _origin(request, near_form)
    listing = selectors.organization_page(
        queryset=filterset.qs,
        origin=origin,
        per_page=map_page.per_page,
        page_number=request.GET.get("page"),
        filter_key=selectors.filter_query(request.GET, selectors.API_PARAMS),
    )
    return map_page.render(
        request,
        template="ngomap/map_page.html",
        context_overrides={
            "filterset": filterset,
            "near_form": near_form,
            "origin": origin,
            "near_error": near_error,
            "page_obj": listing.page_obj,
            "organizations": listing.organizations,
            "total": listing.total,
            "filter_query": selectors.filter_query(request.GET),
            "focus": selectors.map_focus(request.GET),
            "tiles_url": selectors.tiles_url(),
            "add_url": map_page.url + map_page.reverse_subpage("organization_add"),
            "area_names": reference_choices()["area_names"],
        },
    )


def _live_organization(slug):
    return get_object_or_404(
        Organization.objects.select_related("district", "logo").prefetch_related("areas"),
        slug=slug,
        live=True,
    )


def _submission_limits(request, form, *, scope):
    """A map form's limits; none while the form is invalid (failed posts never count)."""
    if not form.is_valid():
        return []
    email = form.cleaned_data.get("submitter_email")
    return form_counters(request=request, scope=scope, email=email, email_field="submitter_email")


def organization_detail(request, *, map_page, slug):
    organization = _live_organization(slug)
    form = CorrectionForm(instance=organization)
    sent = request.GET.get("zgloszono") == "1"
    if request.method == "POST":
        form = CorrectionForm(request.POST, instance=Organization.objects.get(pk=organization.pk))
        limits = _submission_limits(request, form, scope="ngomap-correction")
        if refusal := submission_refusal(limits):
            form.add_error(refusal.field, refusal.message)
        elif form.is_valid():
            submission_count(limits)
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
            "tiles_url": selectors.tiles_url(),
            "breadcrumb_trail": [(organization.name, "")],
        },
    )


def organization_add(request, *, map_page):
    form = OrganizationSubmissionForm()
    if request.method == "POST":
        form = OrganizationSubmissionForm(request.POST)
        limits = _submission_limits(request, form, scope="ngomap-submission")
        if refusal := submission_refusal(limits):
            form.add_error(refusal.field, refusal.message)
        elif form.is_valid():
            submission_count(limits)
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


@require_GET
def organizations_geojson(request):
    payload = selectors.geojson_payload(request.GET)
    response = get_conditional_response(
        request, etag=payload.etag, last_modified=payload.last_modified
    )
    if response is None:
        if "gzip" in request.headers.get("Accept-Encoding", ""):
            response = HttpResponse(payload.gzipped, content_type="application/geo+json")
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(payload.body, content_type="application/geo+json")
    patch_vary_headers(response, ["Accept-Encoding"])
    response["ETag"] = payload.etag
    response["Last-Modified"] = http_date(payload.last_modified)
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=60, must_revalidate=True)
    return response


def _export_rows(request):
    map_page = selectors.map_page_for(request=request)
    map_url = request.build_absolute_uri(map_page.url) if map_page else ""
    return selectors.export_rows(data=request.GET, map_url=map_url)


@require_GET
def export_csv(request):
    return organizations_csv_response(columns=selectors.EXPORT_COLUMNS, rows=_export_rows(request))


@require_GET
def export_geojson(request):
    collection = selectors.export_feature_collection(_export_rows(request))
    body = json.dumps(collection, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/geo+json")
    response["Content-Disposition"] = 'attachment; filename="organizacje.geojson"'
    return response


# --- admin ----------------------------------------------------------------------------------------


@require_POST
def admin_geocode(request):
    """The editor's "geocode now" button: the point of the address typed in the form."""
    # Meeting venues on project pages use the same button, so page editors may too.
    if not user_may_locate_places(request.user):
        raise PermissionDenied
    lookup = services.address_lookup(
        street=request.POST.get("street", ""),
        building_number=request.POST.get("building_number", ""),
        postcode=request.POST.get("postcode", ""),
        city=request.POST.get("city", ""),
    )
    if not lookup.ok:
        return JsonResponse({"ok": False, "message": lookup.message})
    return JsonResponse(
        {
            "ok": True,
            "latitude": lookup.latitude,
            "longitude": lookup.longitude,
            "district": lookup.district.pk if lookup.district else None,
            "message": lookup.message,
        }
    )
