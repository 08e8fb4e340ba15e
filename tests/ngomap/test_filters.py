from decimal import Decimal

import pytest
from django.http import QueryDict

from ngomap.filters import parse_bbox
from ngomap.models import Organization
from ngomap.selectors import organization_filter
from tests.ngomap.factories import area, district, make_organization

pytestmark = pytest.mark.django_db


def names(query):
    return sorted(o.name for o in organization_filter(data=QueryDict(query)).qs)


@pytest.fixture
def organizations():
    return {
        "help": make_organization(
            name="Pomoc Sąsiedzka",
            areas=[area("1")],
            district=district(1),
            is_public_benefit=True,
            kind=Organization.Kind.NGO,
            legal_form=Organization.LegalForm.FOUNDATION,
        ),
        "bikes": make_organization(
            name="Rowerowy Kraków",
            description="Ścieżki rowerowe i bezpieczeństwo",
            areas=[area("17"), area("18")],
            district=district(5),
            kind=Organization.Kind.NGO,
            legal_form=Organization.LegalForm.ASSOCIATION,
        ),
        "yard": make_organization(
            name="Zielone Podwórko",
            areas=[area("18")],
            district=district(13),
            kind=Organization.Kind.INFORMAL,
            legal_form=Organization.LegalForm.OTHER,
            latitude=Decimal("50.047360"),
            longitude=Decimal("19.961520"),
        ),
        "draft": make_organization(name="Szkic", publish=False, areas=[area("18")]),
    }


def test_without_filters_every_published_organization_is_listed(organizations):
    assert names("") == ["Pomoc Sąsiedzka", "Rowerowy Kraków", "Zielone Podwórko"]


def test_text_matches_name_and_description_word_by_word(organizations):
    assert names("q=rowerowe") == ["Rowerowy Kraków"]
    assert names("q=pomoc+sąsiedzka") == ["Pomoc Sąsiedzka"]


def test_several_areas_match_any_of_them_without_duplicates(organizations):
    slugs = f"area={area('1').slug}&area={area('18').slug}"
    assert names(slugs) == ["Pomoc Sąsiedzka", "Rowerowy Kraków", "Zielone Podwórko"]
    assert names(f"area={area('17').slug}") == ["Rowerowy Kraków"]


def test_district_kind_legal_form_and_opp_narrow_the_list(organizations):
    assert names("district=5") == ["Rowerowy Kraków"]
    assert names("kind=informal") == ["Zielone Podwórko"]
    assert names("legal_form=foundation") == ["Pomoc Sąsiedzka"]
    assert names("opp=true") == ["Pomoc Sąsiedzka"]
    assert names("kind=ngo&district=1&opp=true") == ["Pomoc Sąsiedzka"]


def test_a_bounding_box_keeps_the_points_inside_it(organizations):
    assert names("bbox=19.95,50.04,19.97,50.05") == ["Zielone Podwórko"]


def test_invalid_values_are_ignored_rather_than_failing(organizations):
    assert len(names("district=99&kind=xyz&bbox=a,b,c&area=nope")) == 3


def test_parse_bbox_refuses_inverted_or_impossible_boxes():
    assert parse_bbox("19.8,49.9,20.2,50.1") == (19.8, 49.9, 20.2, 50.1)
    assert parse_bbox("20.2,49.9,19.8,50.1") is None
    assert parse_bbox("1,2,3") is None
    assert parse_bbox("0,100,1,101") is None
