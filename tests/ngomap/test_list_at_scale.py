"""The map's list stays cheap however many organizations there are: nearest first sorted by the
database within a widening box, deep pages by name from the index, counts cached under the map's
version. Query counts are pinned here; bench/map_api.py measures the time at 100,000."""

import math
import random
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from geopy.distance import distance as geo_distance

from ngomap.models import Organization
from ngomap.selectors import Origin, nearest_organization_ids, public_organizations
from tests.ngomap.factories import make_organization

pytestmark = pytest.mark.django_db

HERE = (50.06, 19.94)


def scatter(count, *, seed, spread=0.1):
    """`count` organizations around HERE, `spread` degrees each way."""
    rng = random.Random(seed)  # noqa: S311 (test data, not secrets)
    start = Organization.objects.count()
    organizations = []
    for number in range(count):
        lat = Decimal(f"{HERE[0] + rng.uniform(-spread, spread):.6f}")
        lng = Decimal(f"{HERE[1] + rng.uniform(-spread, spread):.6f}")
        organizations.append(
            Organization(
                name=f"Rozsiana {start + number:05d}",
                slug=f"rozsiana-{seed}-{number}",
                live=True,
                # bulk_create skips save(), which writes the public point and its doubles
                public_latitude=lat,
                public_longitude=lng,
                map_latitude=float(lat),
                map_longitude=float(lng),
            )
        )
    Organization.objects.bulk_create(organizations)
    from ngomap.services import map_version_bump

    map_version_bump()


def exact_km(lat, lng):
    return geo_distance(HERE, (float(lat), float(lng))).km


def exact_distances():
    rows = public_organizations().values_list("public_latitude", "public_longitude")
    return sorted(exact_km(lat, lng) for lat, lng in rows)


@pytest.mark.parametrize("start,stop", [(0, 10), (40, 60), (290, 300)])
def test_the_database_sorts_nearest_first_like_the_exact_distance(start, stop):
    """The approximate distance within the widening box gives the geodesic order, on the first
    page, in the middle and at the end (rows a few metres apart may swap: within 5 m)."""
    scatter(300, seed=1)
    origin = Origin(*HERE)
    rows = nearest_organization_ids(
        queryset=public_organizations(), origin=origin, start=start, stop=stop, total=300
    )
    shown = [exact_km(lat, lng) for _pk, lat, lng in rows]
    expected = exact_distances()[start:stop]
    assert len(shown) == len(expected)
    assert all(abs(a - b) < 0.005 for a, b in zip(shown, expected, strict=True))


def test_a_far_origin_still_finds_the_nearest_after_widening_the_box():
    scatter(50, seed=2, spread=0.02)
    origin = Origin(52.23, 21.01)  # Warsaw: the first boxes are empty
    rows = nearest_organization_ids(
        queryset=public_organizations(), origin=origin, start=0, stop=5, total=50
    )
    distances = [
        geo_distance((origin.latitude, origin.longitude), (float(lat), float(lng))).km
        for _pk, lat, lng in rows
    ]
    assert len(rows) == 5 and distances == sorted(distances)
    assert all(math.isfinite(value) for value in distances)


@pytest.mark.parametrize("url", ["/mapa/?near_lat=50.06&near_lng=19.94", "/mapa/?page=3"])
def test_near_me_and_deep_pages_cost_the_same_queries_for_60_and_600_organizations(
    client, map_page, url
):
    counts = []
    for total in (60, 600):
        scatter(total - Organization.objects.count(), seed=total, spread=0.005)
        client.get(url)  # the count is cached under the map's version, as on a live site
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 15


def test_near_me_shows_the_nearest_with_their_distance(client, map_page):
    make_organization(
        name="Daleko w Tyńcu", latitude=Decimal("50.02059"), longitude=Decimal("19.80734")
    )
    make_organization(name="Tuż obok", latitude=Decimal("50.0601"), longitude=Decimal("19.9401"))
    html = client.get("/mapa/?near_lat=50.06&near_lng=19.94").content.decode()
    assert html.index("Tuż obok") < html.index("Daleko w Tyńcu")
    assert "0,0 km" in html  # geopy's distance of the row shown, in Polish format


def test_a_deep_page_by_name_shows_the_right_organizations(client, map_page):
    map_page.per_page = 10
    map_page.save_revision().publish()
    scatter(45, seed=3)
    html = client.get("/mapa/?page=5").content.decode()
    names = sorted(public_organizations().values_list("name", flat=True))
    assert names[40] in html and names[44] in html and names[39] not in html
    assert "Strona 5 z 5" in html


def test_the_count_follows_a_change_to_an_organization(client, map_page):
    scatter(5, seed=4)
    assert "Znaleziono 5 organizacji" in client.get("/mapa/").content.decode()
    make_organization()
    assert "Znaleziono 6 organizacji" in client.get("/mapa/").content.decode()
