"""Small builders for the map's tests (never the demo)."""

from decimal import Decimal

from ngomap.models import ActivityArea, District, MapPage, Organization
from ngomap.services import organization_geocoding_address

_counter = {"n": 0}


def make_map_page(parent, **fields):
    fields.setdefault("title", "Mapa organizacji")
    fields.setdefault("slug", "mapa")
    page = MapPage(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def area(pkt="1"):
    return ActivityArea.objects.get(pkt=pkt)


def district(number=1):
    return District.objects.get(number=number)


def make_organization(*, areas=(), publish=True, geocoded=True, **fields):
    """A published organization with a point (no geocoding is triggered unless asked)."""
    _counter["n"] += 1
    n = _counter["n"]
    fields.setdefault("name", f"Fundacja Testowa {n}")
    fields.setdefault("slug", f"fundacja-testowa-{n}")
    fields.setdefault("street", "ul. Gołębia")
    fields.setdefault("building_number", "24")
    fields.setdefault("postcode", "31-007")
    fields.setdefault("latitude", Decimal("50.060860"))
    fields.setdefault("longitude", Decimal("19.933240"))
    fields.setdefault("live", publish)
    organization = Organization(**fields)
    if geocoded:
        organization.geocode_status = Organization.GeocodeStatus.OK
        organization.geocoded_address = organization_geocoding_address(organization)
    # A parental many-to-many: set in memory, written by save().
    organization.areas.set(list(areas))
    organization.save()
    return organization


def admin_form_data(organization, areas=None, **fields):
    """The admin's edit form of `organization` as posted, with `fields` (and the action) changed;
    `areas` by their points of the act (none are posted without them)."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = nested_form_data(
        {
            "name": organization.name,
            "slug": organization.slug,
            "kind": organization.kind,
            "legal_form": organization.legal_form,
            "street": organization.street,
            "building_number": organization.building_number,
            "postcode": organization.postcode,
            "city": organization.city,
            "latitude": organization.latitude or "",
            "longitude": organization.longitude or "",
            "location_precision": organization.location_precision,
            "social_links": streamfield([]),
            **fields,
        }
    )
    if areas is not None:
        data["areas"] = [area(pkt).pk for pkt in areas]  # a multiple choice: a list as it is
    return data
