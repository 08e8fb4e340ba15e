import pytest

from ngomap.models import Organization
from tests.ngomap.factories import area, district, make_organization

pytestmark = pytest.mark.django_db
ADMIN = "/admin/snippets/ngomap/organization/"


@pytest.fixture
def admin_client(client, admin_user, home_page):
    client.force_login(admin_user)
    return client


def test_the_admin_list_filters_by_district_geocoding_and_moderation_state(admin_client):
    make_organization(name="Centrum", district=district(1), areas=[area("1")])
    make_organization(name="Nieznaleziona", district=district(5), geocode_status="not_found")
    make_organization(name="Szkic", publish=False)
    Organization.objects.filter(name="Nieznaleziona").update(geocode_status="not_found")

    def names(query):
        html = admin_client.get(f"{ADMIN}?{query}").content.decode()
        return {name for name in ("Centrum", "Nieznaleziona", "Szkic") if name in html}

    assert names(f"district={district(1).pk}") == {"Centrum"}
    assert names("geocode_status=not_found") == {"Nieznaleziona"}
    assert names("moderation=draft") == {"Szkic"}
    assert names(f"area={area('1').pk}") == {"Centrum"}
    assert names("q=Centrum") == {"Centrum"}


def test_the_admin_exports_the_list_as_csv(admin_client):
    make_organization(name="Centrum", krs="0000000011")
    response = admin_client.get(f"{ADMIN}?export=csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Centrum" in text and "0000000011" in text


def test_the_inspect_view_shows_the_geocoding_status(admin_client):
    organization = make_organization(name="Centrum")
    html = admin_client.get(f"{ADMIN}inspect/{organization.pk}/").content.decode()
    assert "Centrum" in html and "zgeokodowano" in html


def test_the_edit_form_shows_the_leaflet_map_over_the_point(admin_client):
    organization = make_organization()
    html = admin_client.get(f"{ADMIN}edit/{organization.pk}/").content.decode()
    assert "data-place-map" in html
    assert "leaflet/leaflet.js" in html
    assert "/admin/ngomap/geocode/" in html


def test_the_geocode_now_button_answers_with_the_point_and_district(admin_client):
    response = admin_client.post(
        "/admin/ngomap/geocode/",
        {"street": "pl. Wszystkich Świętych", "building_number": "3-4", "city": "Kraków"},
    )
    data = response.json()
    assert data["ok"] is True
    assert (data["latitude"], data["longitude"]) == (50.05967, 19.93775)
    assert data["district"] == district(1).pk
    missing = admin_client.post("/admin/ngomap/geocode/", {"street": "ul. Nieznana"}).json()
    assert missing["ok"] is False and "Nie znaleziono" in missing["message"]


def test_the_geocode_now_button_is_for_editors_only(client, home_page):
    response = client.post("/admin/ngomap/geocode/", {"street": "ul. Gołębia"})
    assert response.status_code in (302, 403)


def test_an_editor_saving_a_new_address_in_the_admin_gets_it_geocoded(
    admin_client, django_capture_on_commit_callbacks
):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    organization = make_organization(name="Centrum")
    data = nested_form_data(
        {
            "name": "Centrum",
            "slug": organization.slug,
            "kind": "ngo",
            "legal_form": "association",
            "street": "ul. Lipowa",
            "building_number": "4",
            "postcode": "30-702",
            "city": "Kraków",
            "location_precision": "exact",
            "social_links": streamfield([]),
            "action-publish": "publish",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"{ADMIN}edit/{organization.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    organization.refresh_from_db()
    assert organization.street == "ul. Lipowa"
    assert str(organization.latitude) == "50.047360"
    assert organization.geocode_status == "ok"


def test_the_editors_preview_renders_the_public_fields(rf, admin_user, home_page):
    organization = make_organization(name="Podgląd", description="Opis do podglądu.")
    request = rf.get("/")
    request.user = admin_user
    response = organization.serve_preview(request, organization.default_preview_mode)
    html = response.render().content.decode() if hasattr(response, "render") else ""
    html = html or response.content.decode()
    assert "Podgląd" in html and "Opis do podglądu." in html
