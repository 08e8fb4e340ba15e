"""Demo content of the map: the map page and about forty example organizations.

Every organization is marked as an example (`is_example`) and sits at the address of a real
public building in Kraków (ngomap/data/krakow_public_places.csv, points © OpenStreetMap
contributors), so the map shows real places without claiming that these NGOs exist. Idempotent:
looked up by slug.
"""

import csv
from datetime import date
from pathlib import Path

from django.utils.text import slugify

from home.demo import get_or_create_home

from .models import ActivityArea, District, MapPage, Organization
from .services import organization_geocoding_address

DATA = Path(__file__).resolve().parent / "data"
KINDS = Organization.Kind
FORMS = Organization.LegalForm

# (name, kind, legal form, OPP, area points of the act, precision)
EXAMPLES = [
    (
        "Fundacja Przykładowa Pomoc Sąsiedzka",
        KINDS.NGO,
        FORMS.FOUNDATION,
        True,
        ["1", "2"],
        "exact",
    ),
    (
        "Stowarzyszenie Przykładowe Seniorzy w Akcji",
        KINDS.NGO,
        FORMS.ASSOCIATION,
        True,
        ["6", "1"],
        "exact",
    ),
    (
        "Fundacja Przykładowa Kultura dla Wszystkich",
        KINDS.NGO,
        FORMS.FOUNDATION,
        False,
        ["16"],
        "exact",
    ),
    (
        "Stowarzyszenie Przykładowe Rowerowy Kraków",
        KINDS.NGO,
        FORMS.ASSOCIATION,
        False,
        ["18", "17"],
        "exact",
    ),
    (
        "Przykładowa Inicjatywa Zielone Podwórko",
        KINDS.INITIATIVE,
        FORMS.OTHER,
        False,
        ["18"],
        "street",
    ),
    (
        "Przykładowa Grupa Sąsiedzka {district}",
        KINDS.INFORMAL,
        FORMS.OTHER,
        False,
        ["6", "17"],
        "district",
    ),
    ("Klub Sportowy Przykładowy Start", KINDS.NGO, FORMS.SPORTS_CLUB, False, ["17"], "exact"),
    ("Fundacja Przykładowa Edukacja Jutra", KINDS.NGO, FORMS.FOUNDATION, True, ["14"], "exact"),
    (
        "Przykładowe Koło Gospodyń Wiejskich",
        KINDS.NGO,
        FORMS.HOUSEWIVES_CIRCLE,
        False,
        ["16", "6"],
        "exact",
    ),
    (
        "Przykładowa Spółdzielnia Socjalna Razem",
        KINDS.NGO,
        FORMS.SOCIAL_COOPERATIVE,
        False,
        ["5", "2"],
        "exact",
    ),
    (
        "Stowarzyszenie Przykładowe Prawo na Co Dzień",
        KINDS.NGO,
        FORMS.ASSOCIATION,
        True,
        ["1b", "22"],
        "exact",
    ),
    ("Fundacja Przykładowa Zdrowie Psychiczne", KINDS.NGO, FORMS.FOUNDATION, True, ["12"], "exact"),
    (
        "Przykładowa Inicjatywa Czytamy Razem",
        KINDS.INITIATIVE,
        FORMS.OTHER,
        False,
        ["14", "16"],
        "exact",
    ),
    (
        "Stowarzyszenie Przykładowe Przyjaciele Zwierząt",
        KINDS.NGO,
        FORMS.ORDINARY_ASSOCIATION,
        False,
        ["18"],
        "exact",
    ),
    (
        "Przykładowa Grupa Wolontariuszy {district}",
        KINDS.INFORMAL,
        FORMS.OTHER,
        False,
        ["33"],
        "district",
    ),
    ("Fundacja Przykładowa Dom dla Rodziny", KINDS.NGO, FORMS.FOUNDATION, True, ["1a"], "exact"),
]

# A name that mentions a district names the one its address lies in.
SUFFIXES = ["", " – oddział {district}", " – Klub Młodzieży", " – Punkt Informacyjny"]


def example_name(base, suffix, *, district):
    """The example's name: its base and round suffix, with the district of its address."""
    if "{district}" in base and "{district}" in suffix:
        suffix = " – Punkt Sąsiedzki"
    return (base + suffix).format(district=district)


def _places():
    with (DATA / "krakow_public_places.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def get_or_create_map_page(*, home=None):
    page = MapPage.objects.first()
    if page is not None:
        return page, False
    home = home or get_or_create_home()[0]
    page = MapPage(
        title="Mapa organizacji",
        slug="mapa",
        show_in_menus=True,
        intro=(
            "<p>Organizacje pozarządowe i inicjatywy obywatelskie działające w Krakowie. "
            "Szukaj według dzielnicy i obszaru działalności albo najbliżej siebie. "
            "Wpisy oznaczone jako przykładowe to dane demonstracyjne.</p>"
        ),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def load(*, stdout=None) -> int:
    created = 0
    _page, page_created = get_or_create_map_page()
    created += int(page_created)
    districts = {d.number: d for d in District.objects.all()}
    areas = {a.pkt: a for a in ActivityArea.objects.all()}
    places = _places()
    number = 0
    for round_index, suffix in enumerate(SUFFIXES):
        for index, (name, kind, form, opp, area_pkts, precision) in enumerate(EXAMPLES):
            if number >= 40:
                break
            place = places[(index * 2 + round_index * 5) % len(places)]
            district = districts.get(int(place["district_no"] or 0))
            full_name = example_name(name, suffix, district=district.name if district else "")
            slug = slugify(full_name.replace("ł", "l").replace("Ł", "L"))[:240]
            number += 1
            description = (
                f"Przykładowy wpis demonstracyjny. {full_name} działa w Krakowie"
                + (f", w dzielnicy {district.name}" if district else "")
                + f"; siedziba przy budynku: {place['name']}."
            )
            if Organization.objects.filter(slug=slug).exists():
                continue
            earlier = Organization.objects.filter(
                is_example=True, email=f"kontakt+{number}@example.org"
            ).first()
            if earlier is not None:
                # Loaded by an earlier demo under a name that did not match its district.
                earlier.name, earlier.slug, earlier.description = full_name, slug, description
                earlier.save()
                earlier.save_revision().publish()
                created += 1
                continue
            street, _sep, building = place["street"].rpartition(" ")
            organization = Organization(
                name=full_name,
                slug=slug,
                kind=kind,
                legal_form=form,
                krs=f"{9_000_000_000 + number:010d}" if kind == KINDS.NGO else "",
                is_public_benefit=opp,
                description=description,
                website=f"https://example.org/{slug[:40]}",
                email=f"kontakt+{number}@example.org",
                street=street or place["street"],
                building_number=building if street else "",
                postcode=place["postcode"],
                city="Kraków",
                district=district,
                latitude=place["lat"],
                longitude=place["lon"],
                location_precision=precision,
                geocode_status=Organization.GeocodeStatus.OK,
                geocode_message="Punkt z OpenStreetMap (© OpenStreetMap contributors).",
                last_verified=date(2026, 10, 1),
                is_example=True,
                live=True,
            )
            organization.geocoded_address = organization_geocoding_address(organization)
            organization.areas.set([areas[p] for p in area_pkts if p in areas])
            organization.save()
            organization.save_revision().publish()
            created += 1
    return created
