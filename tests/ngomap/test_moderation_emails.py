"""Moderators get one Polish e-mail per submission (a new organization or a correction), with a
link to the entry in the admin that opens for them; Wagtail's own e-mails are not sent."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from home.groups import MODERATORS
from ngomap.models import Organization
from tests.home.admin_text import english
from tests.ngomap.factories import make_organization
from tests.ngomap.test_submissions import ADD_URL, correction_data, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderators(django_user_model):
    group = Group.objects.get(name=MODERATORS)
    users = []
    for name in ("anna", "bartek"):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        user.groups.add(group)
        users.append(user)
    return users


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("szef", "szef@example.org", "pw")


def submit(client, url, data, capture):
    with capture(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    return response


def moderation_emails(mailoutbox):
    return [message for message in mailoutbox if "moderac" in message.subject.lower()]


def assert_one_polish_email_each(mailoutbox, moderators, client, organization):
    emails = moderation_emails(mailoutbox)
    assert sorted(address for message in emails for address in message.to) == sorted(
        user.email for user in moderators
    )
    edit_path = f"/admin/snippets/ngomap/organization/edit/{organization.pk}/"
    for message, moderator in zip(
        sorted(emails, key=lambda m: m.to), sorted(moderators, key=lambda u: u.email), strict=True
    ):
        assert message.subject == f"Do moderacji: organizacja „{organization.name}”"
        assert not english(message.subject + "\n" + message.body), message.body
        links = re.findall(r"https?://\S+", message.body)
        assert links == [f"http://testserver{edit_path}"]
        client.force_login(moderator)
        assert client.get(urlsplit(links[0]).path).status_code == 200
    # Nothing from Wagtail itself (its mails say "submitted … to workflow").
    assert not [m for m in mailoutbox if "workflow" in (m.subject + m.body).lower()]


def test_a_new_organization_sends_one_polish_email_to_each_moderator(
    client, map_page, moderators, superuser, mailoutbox, django_capture_on_commit_callbacks
):
    submit(client, ADD_URL, valid_data(), django_capture_on_commit_callbacks)
    organization = Organization.objects.get(name="Fundacja Nowa")
    assert_one_polish_email_each(mailoutbox, moderators, client, organization)
    body = moderation_emails(mailoutbox)[0].body
    assert "Organizacja: „Fundacja Nowa”" in body
    assert "Zgłoszono przez formularz na stronie." in body
    # The submitter's confirmation is the only other e-mail; the superuser is not a moderator.
    assert [m.to for m in mailoutbox if m not in moderation_emails(mailoutbox)] == [
        ["zglaszajacy@example.org"]
    ]


def test_a_correction_sends_one_polish_email_to_each_moderator(
    client, map_page, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    organization = make_organization(name="Fundacja Stara")
    mailoutbox.clear()
    submit(
        client,
        f"/mapa/organizacja/{organization.slug}/",
        correction_data(organization),
        django_capture_on_commit_callbacks,
    )
    assert_one_polish_email_each(mailoutbox, moderators, client, organization)


def test_a_moderator_who_turned_the_emails_off_gets_none(
    client, map_page, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(moderators[0])
    profile.submitted_notifications = False
    profile.save()
    submit(client, ADD_URL, valid_data(), django_capture_on_commit_callbacks)
    assert [m.to for m in moderation_emails(mailoutbox)] == [[moderators[1].email]]
