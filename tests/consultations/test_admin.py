"""The consultation team in the admin: comments, filters, positions, merging, exports; editors
outside the group see no personal data; editors publish the report and paste the draft."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission, Page

from consultations.models import Comment, DraftUnit
from consultations.permissions import TEAM_GROUP, ensure_consultation_team
from home.groups import EDITORS
from tests.consultations.factories import make_comment, make_submission, make_units

pytestmark = pytest.mark.django_db

COMMENTS = "/admin/consultations/comment/"
SUBMISSIONS = "/admin/consultations/submission/"


def make_user(username, *groups):
    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def editors(db):
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.objects.get(depth=1)
    for permission in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=permission)
        )
    return group


@pytest.fixture
def data(consultation):
    ensure_consultation_team()
    units = make_units(consultation, 6, chapters=2)
    first = make_submission(
        consultation, organization_name="Fundacja Alfa", email="alfa@example.org", phone="123"
    )
    second = make_submission(
        consultation, organization_name="Stowarzyszenie Beta", email="beta@example.org"
    )
    pending = make_submission(consultation, confirmed=False, organization_name="Gamma")
    return {
        "units": units,
        "alfa": make_comment(first, units[2], justification="Uzasadnienie alfa"),
        "beta": make_comment(second, units[4], justification="Uzasadnienie beta"),
        "general": make_comment(second, None, justification="Ogólna beta"),
        "pending": make_comment(pending, units[2], justification="Niepotwierdzona"),
    }


@pytest.fixture
def team_client(client, data):
    client.force_login(make_user("zespol", TEAM_GROUP))
    return client


def test_the_team_group_exists_after_migrations(db):
    assert Group.objects.filter(name=TEAM_GROUP).exists()


def listing(response):
    """The result table of a modeladmin list (the filter sidebar names every organization)."""
    html = response.content.decode()
    start = html.index('<table class="listing')
    return html[start : html.index("</table>", start)]


def test_the_team_sees_comments_and_filters_them(team_client, data, consultation):
    html = listing(team_client.get(COMMENTS))
    assert "Fundacja Alfa" in html and "Gamma" in html
    base = f"{COMMENTS}?konsultacja={consultation.pk}"
    html = listing(team_client.get(f"{base}&jednostka={data['units'][4].pk}"))
    assert "Stowarzyszenie Beta" in html and "Fundacja Alfa" not in html
    html = listing(team_client.get(f"{base}&potwierdzone=0"))
    assert "Gamma" in html and "Fundacja Alfa" not in html
    html = listing(team_client.get(f"{base}&organizacja=Fundacja Alfa"))
    assert "Fundacja Alfa" in html and "Stowarzyszenie Beta" not in html
    html = listing(team_client.get(f"{base}&jednostka=ogolne"))
    assert "Stowarzyszenie Beta" in html and "Fundacja Alfa" not in html


def test_the_team_answers_with_a_position_and_filters_by_it(team_client, data, consultation):
    comment = data["alfa"]
    response = team_client.post(
        f"{COMMENTS}edit/{comment.pk}/",
        {"position": "partly", "position_justification": "Częściowo zgodne z ustawą."},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.position == Comment.Position.PARTLY_ACCEPTED
    assert comment.answered_at is not None
    html = listing(team_client.get(f"{COMMENTS}?position=partly"))
    assert "Fundacja Alfa" in html and "Stowarzyszenie Beta" not in html


def test_merging_a_duplicate_offers_only_the_same_consultation(team_client, data):
    response = team_client.post(
        f"{COMMENTS}edit/{data['pending'].pk}/",
        {"position": "", "position_justification": "", "duplicate_of": data["alfa"].pk},
    )
    assert response.status_code == 302
    data["pending"].refresh_from_db()
    assert data["pending"].duplicate_of == data["alfa"]


def test_the_team_sees_personal_data_of_comment_forms(team_client, data):
    html = team_client.get(SUBMISSIONS).content.decode()
    assert "alfa@example.org" in html


def test_an_editor_without_the_group_sees_no_comment_and_no_personal_data(
    client, data, editors, consultation
):
    client.force_login(make_user("redaktor", EDITORS))
    assert client.get("/admin/").status_code == 200
    for url in (
        COMMENTS,
        SUBMISSIONS,
        f"{COMMENTS}inspect/{data['alfa'].pk}/",
        f"/admin/konsultacje/{consultation.pk}/uwagi.csv",
        f"/admin/konsultacje/{consultation.pk}/uwagi.xlsx",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"alfa@example.org" not in response.content
    # The page editor does not show the comment links either.
    html = client.get(f"/admin/pages/{consultation.pk}/edit/").content.decode()
    assert "alfa@example.org" not in html
    assert "uwagi.csv" not in html


def test_the_csv_export_opens_in_polish_excel(team_client, data, consultation):
    response = team_client.get(f"/admin/konsultacje/{consultation.pk}/uwagi.csv")
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Lp.", "Jednostka", "Obecne brzmienie"]
    assert "E-mail" in rows[0]
    # Document order: § 3 (two comments), § 5, then the general comment.
    assert [row[1] for row in rows[1:]] == ["§ 3", "§ 3", "§ 5", "Uwaga ogólna"]


def test_the_xlsx_export_has_polish_headers_and_warsaw_times(team_client, data, consultation):
    response = team_client.get(f"/admin/konsultacje/{consultation.pk}/uwagi.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "Lp." and "Stanowisko" in header
    sent = header.index("Wysłano")
    from django.utils import timezone

    local = timezone.localtime(data["alfa"].created_at).strftime("%Y-%m-%d %H:%M")
    assert local in [row[sent].value for row in sheet.iter_rows(min_row=2)]


def test_a_formula_in_a_comment_is_not_run_by_the_spreadsheet(team_client, data, consultation):
    Comment.objects.filter(pk=data["alfa"].pk).update(justification="=HYPERLINK(1)")
    content = team_client.get(f"/admin/konsultacje/{consultation.pk}/uwagi.csv").content
    assert "'=HYPERLINK(1)" in content.decode("utf-8-sig")


def test_a_control_character_in_a_comment_never_breaks_the_xlsx(team_client, data, consultation):
    """Existing rows with characters XML cannot hold export through the shared writer."""
    Comment.objects.filter(pk=data["alfa"].pk).update(justification="Jan\x0bKowalski =1")
    response = team_client.get(f"/admin/konsultacje/{consultation.pk}/uwagi.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert "Jan Kowalski =1" in values


def test_an_editor_pastes_the_draft_and_units_keep_their_identifiers(client, editors, consultation):
    client.force_login(make_user("redaktor", EDITORS))
    url = f"/admin/konsultacje/{consultation.pk}/projekt/"
    text = "Rozdział 1 Postanowienia ogólne\n§ 1. Program określa cele.\n1. Cel główny.\n1) pkt"
    assert client.post(url, {"text": text}).status_code == 302
    numbers = list(DraftUnit.objects.order_by("position").values_list("number", flat=True))
    assert numbers == ["Rozdział 1", "§ 1", "§ 1 ust. 1", "§ 1 ust. 1 pkt 1"]
    uid = DraftUnit.objects.get(number="§ 1 ust. 1").uid
    make_comment(make_submission(consultation), DraftUnit.objects.get(uid=uid))
    text2 = "Rozdział 1 Postanowienia\n§ 1. Program określa cele.\n1. Cel główny zmieniony."
    response = client.post(url, {"text": text2})
    assert response.status_code == 302
    assert DraftUnit.objects.get(number="§ 1 ust. 1").uid == uid
    assert DraftUnit.objects.get(uid=uid).text == "Cel główny zmieniony."
    # A unit with comments cannot disappear.
    response = client.post(url, {"text": "Rozdział 1 Postanowienia"})
    assert response.status_code == 200
    assert "mają uwagi" in response.content.decode()
    assert DraftUnit.objects.filter(uid=uid).exists()
