"""The open-data exports: one row per public organization of the current filter."""

from .organizations import organization_filter, organization_list

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


def export_feature_collection(rows):
    """The export rows as a GeoJSON FeatureCollection (an organization without a point has a
    null geometry), with the attribution the data needs."""
    features = []
    for row in rows:
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
    return {
        "type": "FeatureCollection",
        "features": features,
        "attribution": "Miasto Kraków; punkty: © OpenStreetMap contributors",
    }
