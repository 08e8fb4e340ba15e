import csv
import io
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission

from home.groups import EDITORS
from projects.models import MeetingRegistration
from projects.services import meeting_register
from tests.home.spreadsheets import csv_dicts, csv_rows, dangerous_cells, xlsx_dicts, xlsx_sheet


@pytest.fixture
def registration(open_meeting):
    return meeting_register(
        meeting=open_meeting,
        name="Anna Nowak",
        organisation="Fundacja Sąsiedzka",
        email="anna@example.org",
        consent=True,
    )


def make_editor(django_user_model, *, can_view_registrations):
    user = django_user_model.objects.create_user(username="redaktor", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=EDITORS))
    if can_view_registrations:
        user.user_permissions.add(Permission.objects.get(codename="view_meetingregistration"))
    return user


INDEX_URL = "/admin/snippets/projects/meetingregistration/"


@pytest.mark.django_db
def test_staff_with_the_permission_see_and_export_registrations(
    client, django_user_model, registration
):
    client.force_login(make_editor(django_user_model, can_view_registrations=True))
    response = client.get(INDEX_URL)
    assert response.status_code == 200
    assert "anna@example.org" in response.text
    export = client.get(INDEX_URL + "?export=csv")
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert any("anna@example.org" in row for row in rows[1:])
    assert "Fundacja Sąsiedzka" in content


@pytest.mark.django_db
def test_an_editor_without_the_permission_cannot_see_personal_data(
    client, django_user_model, registration
):
    client.force_login(make_editor(django_user_model, can_view_registrations=False))
    response = client.get(INDEX_URL)
    assert response.status_code in (302, 403)
    assert "anna@example.org" not in response.content.decode()
    export = client.get(INDEX_URL + "?export=csv")
    assert export.status_code in (302, 403)
    home = client.get("/admin/")
    assert "Zgłoszenia na spotkania" not in home.text


@pytest.mark.django_db
def test_editors_get_the_polish_create_forms_of_every_content_page_type(
    client, django_user_model, home_page
):
    from tests.guidebook.factories import make_guide_page
    from tests.news.factories import make_news_index
    from tests.projects.factories import make_project_index

    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x")  # noqa: S106
    client.force_login(admin)
    projects = make_project_index(home_page)
    news = make_news_index(home_page)
    guide = make_guide_page(home_page)
    for app, model, parent, label in [
        ("projects", "projectpage", projects, "Podstawowe informacje"),
        ("projects", "upcomingmeetingspage", home_page, "Wprowadzenie"),
        ("news", "newspage", news, "Tagi i projekty"),
        ("guidebook", "guidebookpage", guide, "Weryfikacja i podstawa prawna"),
    ]:
        response = client.get(f"/admin/pages/add/{app}/{model}/{parent.pk}/")
        assert response.status_code == 200, model
        assert label in response.text, model
    response = client.get("/admin/snippets/projects/partner/add/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_registrations_can_be_searched_in_the_admin(client, django_user_model, registration):
    client.force_login(make_editor(django_user_model, can_view_registrations=True))
    assert "anna@example.org" in client.get(INDEX_URL + "?q=Nowak").text
    assert "anna@example.org" not in client.get(INDEX_URL + "?q=Kowalski").text


@pytest.mark.django_db
def test_registration_exports_neutralise_formulas_and_survive_control_characters(
    client, django_user_model, registration
):
    """A name that is a formula comes out as text; a vertical tab stored in an older row no
    longer breaks the XLSX download."""
    MeetingRegistration.objects.filter(pk=registration.pk).update(
        name='=HYPERLINK("http://evil.example/")', organisation="Fundacja\x0bSąsiedzka"
    )
    client.force_login(make_editor(django_user_model, can_view_registrations=True))
    export = client.get(INDEX_URL + "?export=csv")
    rows = csv_rows(export)
    assert not dangerous_cells(rows)
    [cells] = csv_dicts(export)
    assert cells["Imię i nazwisko"] == '\'=HYPERLINK("http://evil.example/")'
    assert cells["Organizacja"] == "Fundacja Sąsiedzka"
    assert cells["Projekt lub konsultacje"] == "Więcej Pomysłów na Współpracę"
    local = registration.created_at.astimezone(ZoneInfo("Europe/Warsaw"))
    assert cells["Zapisano"] == local.strftime("%Y-%m-%d %H:%M")
    workbook = client.get(INDEX_URL + "?export=xlsx")
    assert workbook.status_code == 200
    [row] = xlsx_dicts(workbook)
    assert row["Organizacja"] == "Fundacja Sąsiedzka"
    assert row["Imię i nazwisko"].startswith("=HYPERLINK")
    assert xlsx_sheet(workbook)["C2"].data_type == "s"


@pytest.mark.django_db
def test_the_registration_form_turns_control_characters_into_spaces(client, open_meeting):
    response = client.post(
        f"{open_meeting.page.url}spotkania/{open_meeting.pk}/",
        {
            "name": "Jan\x0bKowalski",
            "organisation": "Fundacja\x00 Zielona",
            "email": "jan@example.org",
            "phone": "",
            "accessibility_needs": "Pętla\r\nindukcyjna\x0c",
            "consent": "on",
            "homepage": "",
        },
    )
    assert response.status_code == 302
    registration = MeetingRegistration.objects.get()
    assert (registration.name, registration.organisation) == ("Jan Kowalski", "Fundacja Zielona")
    assert registration.accessibility_needs == "Pętla\r\nindukcyjna"
