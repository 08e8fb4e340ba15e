import re

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from home.models import OutboxEmail
from ngomap.models import Organization
from tests.ngomap.factories import area, make_organization

pytestmark = pytest.mark.django_db
ADD_URL = "/mapa/dodaj/"


def valid_data(**overrides):
    data = {
        "name": "Fundacja Nowa",
        "kind": "ngo",
        "legal_form": "foundation",
        "krs": "0000654321",
        "nip": "526-025-02-74",
        "regon": "123456785",
        "areas": [str(area("1").pk)],
        "description": "Robimy dobre rzeczy.",
        "street": "ul. Gołębia",
        "building_number": "24",
        "postcode": "31-007",
        "city": "Kraków",
        "location_precision": "exact",
        "submitter_email": "zglaszajacy@example.org",
        "consent": "on",
        "homepage": "",
    }
    data.update(overrides)
    return data


def test_a_submission_becomes_a_draft_in_the_moderation_workflow_with_a_confirmation(
    client, map_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD_URL, valid_data())
    assert response.status_code == 302
    assert response["Location"] == "/mapa/dodaj/dziekujemy/#main"
    organization = Organization.objects.get(name="Fundacja Nowa")
    assert organization.live is False
    assert organization.nip == "5260250274"
    assert list(organization.areas.all()) == [area("1")]
    assert organization.latest_revision is not None
    state = WorkflowState.objects.get(object_id=str(organization.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert organization.geocode_status == "pending" or organization.latitude is not None
    email = OutboxEmail.objects.get(purpose="ngomap.submission")
    assert email.to == ["zglaszajacy@example.org"]
    assert "Fundacja Nowa" in email.subject
    assert any("zglaszajacy@example.org" in message.to for message in mail.outbox)
    # Not public until a moderator publishes it.
    assert "Fundacja Nowa" not in client.get("/mapa/").content.decode()


def test_moderators_publish_a_submission_through_the_workflow(client, map_page, admin_user):
    client.post(ADD_URL, valid_data())
    organization = Organization.objects.get(name="Fundacja Nowa")
    state = WorkflowState.objects.get(object_id=str(organization.pk))
    task_state = state.current_task_state
    task_state.task.on_action(task_state, admin_user, "approve")
    organization.refresh_from_db()
    assert organization.live is True
    assert "Fundacja Nowa" in client.get("/mapa/").content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("krs", "12345", "10 cyfr"),
        ("nip", "5260250275", "cyfra kontrolna"),
        ("regon", "123456786", "cyfra kontrolna"),
        ("postcode", "31007", "NN-NNN"),
    ],
)
def test_identifiers_and_postcode_are_checked_with_polish_messages_next_to_the_field(
    client, map_page, field, value, message
):
    response = client.post(ADD_URL, valid_data(**{field: value}))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="id_{field}_error"' in html
    errors = html.split(f'id="id_{field}_error"')[1].split("</ul>")[0]
    assert message in errors
    # the input names its error (and its help text, when it has one) for screen readers, and
    # every id it names is on the page
    described = re.search(rf'<input[^>]*id="id_{field}"[^>]*>', html).group(0)
    ids = re.search(r'aria-describedby="([^"]+)"', described).group(1).split()
    assert f"id_{field}_error" in ids
    for element_id in ids:
        assert f'id="{element_id}"' in html
    assert not Organization.objects.exists()


def test_a_duplicate_krs_points_to_the_correction_form(client, map_page):
    make_organization(krs="0000654321")
    html = client.post(ADD_URL, valid_data()).content.decode()
    assert "zgłoś poprawkę" in html.lower()


def test_a_filled_honeypot_pretends_success_but_stores_nothing(client, map_page):
    response = client.post(ADD_URL, valid_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert not Organization.objects.exists()
    assert not OutboxEmail.objects.exists()


def correction_data(organization, **overrides):
    return {
        "description": "Nowy opis",
        "website": "",
        "email": "",
        "phone": "12 345 67 89",
        "street": organization.street,
        "building_number": organization.building_number,
        "postcode": organization.postcode,
        "city": "Kraków",
        "submitter_email": "czlonek@example.org",
        "note": "Zmieniliśmy opis.",
        "homepage": "",
        **overrides,
    }


def test_only_accepted_submissions_count_towards_the_address_limit(client, map_page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {
        **settings.PUBLIC_FORM_RATE_LIMITS,
        "ngomap-submission": {"address": (2, 3600), "email": (5, 3600)},
    }
    for _ in range(3):  # mistyped attempts never use up the limit
        assert client.post(ADD_URL, valid_data(postcode="31007")).status_code == 200
    for number in range(2):
        client.post(ADD_URL, valid_data(name=f"Fundacja {number}", krs=f"000065432{number}"))
    html = client.post(ADD_URL, valid_data(name="Trzecia", krs="0000654329")).content.decode()
    assert "Ten formularz wysłano już zbyt wiele razy z Twojego adresu sieciowego." in html
    assert "Spróbuj ponownie za 60 minut." in html
    assert Organization.objects.count() == 2
    other = client.post(
        ADD_URL, valid_data(name="Inny adres", krs="0000654328"), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_corrections_have_their_own_limit_per_email(client, map_page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {
        **settings.PUBLIC_FORM_RATE_LIMITS,
        "ngomap-correction": {"address": (30, 3600), "email": (1, 3600)},
    }
    organization = make_organization(name="Fundacja Limit")
    url = f"/mapa/organizacja/{organization.slug}/"
    data = correction_data(organization, submitter_email="anna@example.org")
    assert client.post(url, data).status_code == 302
    html = client.post(url, data).content.decode()
    # Next to the submitter's e-mail field, not the organization's own e-mail field.
    errors = re.search(r'id="id_submitter_email_error">(.*?)</ul>', html, re.S).group(1)
    assert "Ten formularz wysłano już zbyt wiele razy dla tego adresu e-mail." in errors
    assert 'id="id_email_error"' not in html
    # The "add" form has its own counters: the correction did not use them up.
    assert client.post(ADD_URL, valid_data(submitter_email="anna@example.org")).status_code == 302


def test_a_correction_creates_a_draft_revision_and_never_publishes_it(client, map_page):
    organization = make_organization(name="Fundacja Stara", website="https://stara.example.org")
    url = f"/mapa/organizacja/{organization.slug}/"
    response = client.post(
        url,
        correction_data(
            organization, website="https://nowa.example.org", note="Zmieniliśmy stronę."
        ),
    )
    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.website == "https://stara.example.org"
    assert organization.live is True
    assert organization.has_unpublished_changes is True
    draft = organization.get_latest_revision_as_object()
    assert draft.website == "https://nowa.example.org"
    assert draft.moderation_note == "Zmieniliśmy stronę."
    assert WorkflowState.objects.filter(
        object_id=str(organization.pk), status="in_progress"
    ).exists()
    assert "https://nowa.example.org" not in client.get(url).content.decode()
    assert "Dziękujemy" in client.get(url + "?zgloszono=1").content.decode()
