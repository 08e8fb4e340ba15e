"""Writes of the NGO map: geocoding, submissions, corrections, the map's cache version."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from home import pagecache
from home.ratelimit import rate_limited
from home.services import (
    email_queue,
    plain_summary,
    search_entry,
    search_entry_delete,
    search_entry_save,
)

from .geocoding import (
    MISSING,
    GeocoderBusy,
    GeocodingError,
    cached_answer,
    geocode_address,
    match_district,
)
from .markers import refresh_map_markers
from .models import District, Organization
from .selectors import Origin

logger = logging.getLogger(__name__)

MAP_VERSION_KEY = "ngomap:version"


# --- the map's cache version -------------------------------------------------------------------


def _now_ms():
    return int(timezone.now().timestamp() * 1000)


def map_version():
    """A number that changes whenever an organization changes; part of every map cache key.

    It is the time of the last change in milliseconds, so it also gives Last-Modified.
    """
    version = cache.get(MAP_VERSION_KEY)
    if version is None:
        cache.add(MAP_VERSION_KEY, _now_ms(), None)
        version = cache.get(MAP_VERSION_KEY) or _now_ms()
    return version


def map_version_time(version):
    """The change time (a Unix timestamp in seconds) that a map version stands for."""
    return version // 1000


def map_version_bump():
    """Invalidate every cached map answer (GeoJSON, exports, counts) at once."""
    previous = cache.get(MAP_VERSION_KEY) or 0
    cache.set(MAP_VERSION_KEY, max(_now_ms(), previous + 1), None)


# --- geocoding ---------------------------------------------------------------------------------


def organization_geocoding_address(organization):
    """The text sent to the geocoder, or "" when there is not enough address to look up."""
    if not organization.street:
        return ""
    street = " ".join(part for part in [organization.street, organization.building_number] if part)
    town = " ".join(part for part in [organization.postcode, organization.city or "Kraków"] if part)
    return f"{street}, {town}, Polska"


def organization_needs_geocoding(organization):
    """True when the address differs from the one the current point was found for."""
    if organization.point_set_by_hand:
        return False
    return organization_geocoding_address(organization) != organization.geocoded_address


def _record(organization, **fields):
    fields["geocoded_at"] = timezone.now()
    for name, value in fields.items():
        setattr(organization, name, value)
    organization.set_public_point()
    fields.update({name: getattr(organization, name) for name in Organization.PUBLIC_POINT_FIELDS})
    # update(), not save(): the row's other fields may be newer than this instance, and a
    # geocoding result must not create a revision nor re-trigger geocoding.
    Organization.objects.filter(pk=organization.pk).update(**fields)
    # The marker from what the row holds now, for the same reason.
    refresh_map_markers([organization.pk])
    map_version_bump()
    pagecache.invalidate_for(organization)


def organization_geocode(*, organization, force=False):
    """Find the point (and district) of `organization`'s address and store it with a status.

    Never raises for a geocoding problem: the status and a readable Polish message record it.
    A point set by hand is never overwritten; `force` geocodes again even when the address has
    not changed (the admin's "geocode now" and `geocode_organizations --all`).
    Returns the new status.
    """
    status = Organization.GeocodeStatus
    with translation.override("pl"):
        if organization.point_set_by_hand:
            if organization.geocode_status != status.MANUAL:
                _record(
                    organization,
                    geocode_status=status.MANUAL,
                    geocode_message=_("The point was set by hand; geocoding leaves it alone."),
                )
            return status.MANUAL
        address = organization_geocoding_address(organization)
        if (
            not force
            and address == organization.geocoded_address
            and (organization.geocode_status == status.OK)
        ):
            return organization.geocode_status
        if not address:
            _record(
                organization,
                geocode_status=status.NO_ADDRESS,
                geocode_message=_("There is no street to look up."),
                geocoded_address="",
                latitude=None,
                longitude=None,
            )
            return status.NO_ADDRESS
        try:
            result = geocode_address(address)
        except GeocodingError as error:
            logger.warning("Geocoding organization %s failed: %s", organization.pk, error)
            _record(
                organization,
                geocode_status=status.FAILED,
                geocode_message=_(
                    "The geocoding service could not be reached (%(error)s). "
                    "It will be tried again."
                )
                % {"error": str(error)[:300]},
            )
            return status.FAILED
        if result is None:
            _record(
                organization,
                geocode_status=status.NOT_FOUND,
                geocode_message=_(
                    "The address “%(address)s” was not found in Kraków. Check it, or set the "
                    "point by hand on the map."
                )
                % {"address": address},
                geocoded_address=address,
            )
            return status.NOT_FOUND
        fields = {
            "geocode_status": status.OK,
            "geocode_message": _("Found: %(place)s") % {"place": result.display_name[:400]},
            "geocoded_address": address,
            "latitude": result.latitude,
            "longitude": result.longitude,
        }
        district = match_district(result.district_name, list(District.objects.all()))
        if district is not None and organization.district_id is None:
            fields["district"] = district
        _record(organization, **fields)
        return status.OK


@dataclass(frozen=True)
class AddressLookup:
    """The editor's "geocode now": the point and district found, or a message why not."""

    message: str
    latitude: float | None = None
    longitude: float | None = None
    district: District | None = None

    @property
    def ok(self):
        return self.latitude is not None


def address_lookup(*, street, building_number="", postcode="", city=""):
    """The point of an address typed in the admin's form (not saved; the editor decides).

    An admin request never waits for the provider's slot: "try again in a moment" instead.
    """
    address = organization_geocoding_address(
        Organization(
            street=street, building_number=building_number, postcode=postcode, city=city or "Kraków"
        )
    )
    if not address:
        return AddressLookup(_("There is no street to look up."))
    try:
        result = geocode_address(address, wait=False)
    except GeocoderBusy:
        return AddressLookup(_("The geocoding service is busy. Try again in a moment."))
    except GeocodingError:
        return AddressLookup(_("The geocoding service could not be reached."))
    if result is None:
        return AddressLookup(_("The address was not found in Kraków."))
    return AddressLookup(
        _("Found: %(place)s") % {"place": result.display_name},
        latitude=result.latitude,
        longitude=result.longitude,
        district=match_district(result.district_name, list(District.objects.all())),
    )


def near_origin(*, near_lat=None, near_lng=None, address="", client_ip):
    """The point the public list is sorted from ("near me" or "near an address"), and a Polish
    message for the visitor when there is none.

    An address goes through the geocoding service under Nominatim's usage policy: a cached
    answer costs nothing; a new one counts against the visitor's own hourly limit
    (NGOMAP_NEAR_LOOKUPS_PER_HOUR, against bulk use) and never waits for the provider's
    one-request-a-second slot: a web worker answers "try again in a moment" instead of sleeping.
    """
    if near_lat is not None and near_lng is not None:
        return Origin(near_lat, near_lng, _("your location")), ""
    text = " ".join(address.split())
    if not text:
        return None, ""
    query = text if "krak" in text.casefold() else f"{text}, Kraków"
    result = cached_answer(query)
    if result is MISSING:
        if rate_limited(
            scope="ngomap-near",
            identity=client_ip,
            limit=settings.NGOMAP_NEAR_LOOKUPS_PER_HOUR,
            window=60 * 60,
        ):
            return None, _("You have looked up many addresses. Try again in an hour.")
        try:
            result = geocode_address(query, wait=False)
        except GeocoderBusy:
            return None, _("The address search is busy. Try again in a moment.")
        except GeocodingError:
            return None, _("The address search is not available right now. Try again later.")
    if result is None:
        return None, _("We could not find “%(address)s” in Kraków.") % {"address": text}
    return Origin(result.latitude, result.longitude, text), ""


def organization_geocode_later(*, organization):
    """Queue geocoding of `organization` after the current transaction commits."""
    # Function-local: .tasks imports this module (its task calls organization_geocode).
    from .tasks import geocode_organization

    pk = organization.pk
    transaction.on_commit(lambda: geocode_organization.enqueue(pk))


def organization_saved(*, organization, update_fields=None):
    """React to a saved organization: invalidate the map and queue geocoding if needed."""
    map_version_bump()
    with translation.override("pl"):
        _organization_saved(organization, update_fields)


def _organization_saved(organization, update_fields):
    if update_fields is not None and not {
        "street",
        "building_number",
        "postcode",
        "city",
        "point_set_by_hand",
    } & set(update_fields):
        return
    if organization.point_set_by_hand:
        if organization.geocode_status != Organization.GeocodeStatus.MANUAL:
            Organization.objects.filter(pk=organization.pk).update(
                geocode_status=Organization.GeocodeStatus.MANUAL,
                geocode_message=_("The point was set by hand; geocoding leaves it alone."),
                geocoded_at=timezone.now(),
            )
        return
    if organization_needs_geocoding(organization):
        if organization.geocode_status != Organization.GeocodeStatus.PENDING:
            Organization.objects.filter(pk=organization.pk).update(
                geocode_status=Organization.GeocodeStatus.PENDING,
                geocode_message=_("The address changed; geocoding is queued."),
            )
        organization_geocode_later(organization=organization)


# --- the site search -----------------------------------------------------------------------------

# Saving these fields changes what the site search finds or shows of an organization.
SEARCHED_FIELDS = {
    "live",
    "name",
    "description",
    "street",
    "building_number",
    "postcode",
    "city",
    "district",
    "location_precision",
}


def organization_search_entry_save(*, organization_id):
    """Index a published organization for the site search from what the database holds (never
    a draft in memory), with its public fields only: name, address (when shown exactly),
    district, areas of activity, description; never its contacts, its submitter or the notes
    for moderators. An organization that is not published, or a map without its live page,
    leaves the index."""
    from .selectors import map_page_for, public_organizations

    organization = (
        public_organizations()
        .select_related("district")
        .prefetch_related("areas")
        .filter(pk=organization_id)
        .first()
    )
    map_page = map_page_for() if organization is not None else None
    if organization is None or map_page is None:
        search_entry_delete(model=Organization, pk=organization_id)
        return None
    return search_entry_save(
        entry=organization_search_entry(organization=organization, map_page=map_page)
    )


def organization_search_entry(*, organization, map_page):
    """The organization's entry (unsaved), from its public fields only."""
    address = organization.address_line if organization.shows_exact_address else ""
    district = organization.district.full_name if organization.district else ""
    areas = [area.name for area in organization.areas.all()]
    details = " · ".join(part for part in [address, district] if part)
    return search_entry(
        obj=organization,
        page=map_page,
        route=map_page.reverse_subpage("organization_detail", kwargs={"slug": organization.slug}),
        title=organization.name,
        details=details,
        texts=[organization.description, *areas],
        summary=plain_summary(organization.description),
    )


def organization_search_entries_rebuild_source():
    """The site search's rebuild (`site_search_sources` hook): every published organization."""
    from .selectors import map_page_for, public_organizations

    map_page = map_page_for()
    if map_page is None:
        return Organization.objects.none(), None
    queryset = public_organizations().select_related("district").prefetch_related("areas")
    return queryset, lambda organization: organization_search_entry(
        organization=organization, map_page=map_page
    )


# --- public submissions and corrections ---------------------------------------------------------


def _start_moderation(organization):
    workflow = organization.get_workflow()
    if workflow is None or organization.workflow_in_progress:
        return None
    return workflow.start(organization, None)


def unique_slug(name, *, exclude_pk=None):
    base = slugify(name.replace("ł", "l").replace("Ł", "L"))[:240] or "organizacja"
    slug, number = base, 2
    while Organization.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def organization_submit(*, data, areas, submitter_email, map_url=""):
    """Create a draft organization from the public form and send it to moderation.

    The draft is never public until a moderator publishes it (Wagtail's workflow notifies the
    moderators); the submitter gets a confirmation e-mail through the outbox.
    """
    organization = Organization(**data, live=False, submitter_email=submitter_email)
    organization.slug = unique_slug(organization.name)
    organization.areas.set(list(areas))  # a parental many-to-many: written by save()
    organization.save()
    organization.save_revision(log_action=True)
    _start_moderation(organization)
    with translation.override("pl"):
        email_queue(
            to=[submitter_email],
            subject=_("We have received your organization: %(name)s") % {"name": organization},
            template="ngomap/email/submission_received",
            context={"organization": organization, "map_url": map_url},
            purpose="ngomap.submission",
        )
    return organization


@transaction.atomic
def organization_correction_submit(*, organization, changes, note, submitter_email):
    """Record a correction as a new draft revision of `organization`, for moderation.

    The published entry does not change: a moderator reviews the revision (and its note) in the
    workflow and publishes it, or not.
    """
    draft = organization.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.moderation_note = note
    draft.submitter_email = submitter_email
    revision = draft.save_revision(log_action=True)
    organization.refresh_from_db()
    _start_moderation(organization)
    return revision
