import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission

from projects.services import meeting_register


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
    user.groups.add(Group.objects.get(name="Editors"))
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
