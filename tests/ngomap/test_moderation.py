"""Moderating organizations in the admin: the list shows each entry's moderation state, and an
entry without a point on the map is approved with a warning, said before and after."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from home.groups import MODERATORS
from ngomap.models import Organization
from tests.ngomap.factories import admin_form_data, make_organization

pytestmark = pytest.mark.django_db
ADMIN = "/admin/snippets/ngomap/organization/"


@pytest.fixture
def admin_client(client, admin_user, home_page):
    client.force_login(admin_user)
    return client


def without_point(**fields):
    """A submission whose address geocoding could not find, in the moderation workflow."""
    fields.setdefault("name", "Koło Bez Punktu")
    organization = make_organization(
        publish=False, street="ul. Nieznana", latitude=None, longitude=None, **fields
    )
    Organization.objects.filter(pk=organization.pk).update(
        geocode_status=Organization.GeocodeStatus.NOT_FOUND,
        geocode_message="Nie znaleziono adresu.",
    )
    organization.refresh_from_db()
    return in_moderation(organization)


def in_moderation(organization, user=None):
    organization.save_revision()
    organization.get_workflow().start(organization, user)
    organization.refresh_from_db()
    return organization


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


# Approving without a point


def test_the_edit_form_warns_above_the_fields_when_there_is_no_point(admin_client):
    organization = without_point()
    html = admin_client.get(f"{ADMIN}edit/{organization.pk}/").content.decode()
    warning = re.search(r"<div[^>]*data-missing-point.*?</div>\s*</div>", html, re.S)
    assert warning and "help-warning" in warning.group(0)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", warning.group(0)))
    assert "„Koło Bez Punktu” nie ma punktu na mapie" in text
    assert "Nie znaleziono adresu." in text
    assert "zakładce „Lokalizacja”" in text and "„Znajdź teraz adres na mapie”" in text
    located = make_organization(name="Z Punktem")
    assert "data-missing-point" not in admin_client.get(f"{ADMIN}edit/{located.pk}/").text
    # Reverting to an earlier revision uses the same form, and the same warning.
    revision = organization.latest_revision
    revert = admin_client.get(f"{ADMIN}history/{organization.pk}/revisions/{revision.pk}/revert/")
    assert revert.status_code == 200 and "data-missing-point" in revert.text


def test_approving_in_the_edit_form_without_a_point_publishes_with_a_warning(admin_client):
    organization = without_point()
    response = admin_client.post(
        f"{ADMIN}edit/{organization.pk}/",
        admin_form_data(
            organization, **{"action-workflow-action": "1", "workflow-action-name": "approve"}
        ),
        follow=True,
    )
    organization.refresh_from_db()
    assert organization.live is True  # approval is not blocked
    warnings = [m for m in messages_of(response) if "bez punktu na mapie" in m]
    assert len(warnings) == 1
    assert "Koło Bez Punktu" in warnings[0] and "jest na liście, ale nie na mapie" in warnings[0]
    assert f"{ADMIN}edit/{organization.pk}/" in warnings[0] and "Ustaw punkt" in warnings[0]


def test_approving_from_the_dashboard_without_a_point_warns_too(admin_client):
    organization = without_point()
    task_state = organization.current_workflow_task_state
    response = admin_client.post(
        f"{ADMIN}workflow/action/{organization.pk}/approve/{task_state.pk}/", follow=True
    )
    organization.refresh_from_db()
    assert organization.live is True
    assert any("bez punktu na mapie" in message for message in messages_of(response))


def test_publishing_without_a_point_warns_and_with_a_point_does_not(admin_client):
    organization = without_point()
    response = admin_client.post(
        f"{ADMIN}edit/{organization.pk}/",
        admin_form_data(organization, **{"action-publish": "publish"}),
        follow=True,
    )
    assert any("bez punktu na mapie" in message for message in messages_of(response))
    located = in_moderation(make_organization(name="Z Punktem", publish=False))
    task_state = located.current_workflow_task_state
    response = admin_client.post(
        f"{ADMIN}workflow/action/{located.pk}/approve/{task_state.pk}/", follow=True
    )
    located.refresh_from_db()
    assert located.live is True
    assert not any("bez punktu na mapie" in message for message in messages_of(response))


def test_rejecting_without_a_point_gives_no_warning(admin_client):
    organization = without_point()
    task_state = organization.current_workflow_task_state
    response = admin_client.post(
        f"{ADMIN}workflow/action/{organization.pk}/reject/{task_state.pk}/",
        {"comment": "Proszę podać adres."},
        follow=True,
    )
    organization.refresh_from_db()
    assert organization.live is False
    assert not any("bez punktu na mapie" in message for message in messages_of(response))


# The moderation state in the list


@pytest.fixture
def entries(admin_user):
    published = make_organization(name="Opublikowana")
    draft = make_organization(name="Szkic", publish=False)
    submission = in_moderation(make_organization(name="Zgłoszona", publish=False))
    corrected = make_organization(name="Poprawiana")
    corrected.name = "Poprawiana"
    in_moderation(corrected)
    returned = in_moderation(make_organization(name="Zwrócona", publish=False))
    task_state = returned.current_workflow_task_state
    task_state.task.specific.on_action(task_state, admin_user, "reject")
    unpublished_changes = make_organization(name="Zmieniona")
    unpublished_changes.save_revision()
    return {
        "Opublikowana": published,
        "Szkic": draft,
        "Zgłoszona": submission,
        "Poprawiana": corrected,
        "Zwrócona": returned,
        "Zmieniona": unpublished_changes,
    }


def states(html):
    """{name: text of its moderation state cell} of the list's rows."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S)
    found = {}
    for row in rows:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        text = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip() for cell in cells]
        for name in ("Opublikowana", "Szkic", "Zgłoszona", "Poprawiana", "Zwrócona", "Zmieniona"):
            if any(cell.startswith(name) for cell in text):
                found[name] = text[-1]
    return found


def test_the_list_shows_each_entrys_moderation_state(admin_client, entries):
    html = admin_client.get(ADMIN).content.decode()
    assert re.search(r"<th[^>]*>\s*(<a[^>]*>)?\s*Stan moderacji", html)
    assert admin_client.get(f"{ADMIN}?ordering=-live").status_code == 200
    assert states(html) == {
        "Opublikowana": "opublikowana",
        "Szkic": "nieopublikowana",
        "Zgłoszona": "nieopublikowana, w moderacji",
        "Poprawiana": "opublikowana, zmiany w moderacji",
        "Zwrócona": "nieopublikowana, zwrócona do poprawy",
        "Zmieniona": "opublikowana, z nieopublikowanymi zmianami",
    }


def test_the_list_filters_by_moderation_state(admin_client, entries):
    def names(state):
        return set(states(admin_client.get(f"{ADMIN}?moderation={state}").content.decode()))

    assert names("in_moderation") == {"Zgłoszona", "Poprawiana"}
    assert names("returned") == {"Zwrócona"}
    assert names("draft") == {"Szkic", "Zgłoszona", "Zwrócona"}
    assert names("changes") == {"Poprawiana", "Zmieniona"}
    html = admin_client.get(ADMIN).content.decode()
    assert "zwrócone do poprawy" in html  # the filter's choice


def test_the_state_column_costs_no_query_per_row(admin_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as context:
            assert admin_client.get(ADMIN).status_code == 200
        return len(context.captured_queries)

    for n in range(3):
        in_moderation(make_organization(name=f"Zgłoszenie {n}", publish=False))
    count()  # the first view of the admin fills per-process caches (content types, settings)
    few = count()
    for n in range(3, 15):
        in_moderation(make_organization(name=f"Zgłoszenie {n}", publish=False))
    assert count() == few


def test_moderators_see_the_state_column(client, home_page, django_user_model):
    moderator = django_user_model.objects.create_user(username="moderatorka", password="x")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    client.force_login(moderator)
    without_point(name="Zgłoszona Bez Punktu")
    html = client.get(ADMIN).content.decode()
    assert "nieopublikowana, w moderacji" in html
    assert WorkflowState.objects.filter(status="in_progress").count() == 1
