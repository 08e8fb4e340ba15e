"""The admin is Polish: every admin page the project adds (and the Wagtail pages an editor meets
daily) shows no English string, with data and empty, to a superuser and to a user of each staff
group; column headers are capitalised; model names are declined ("Dodaj organizację")."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from advisory.models import Closure
from ngomap.services import organization_correction_submit
from tests.home.admin_pages import NOT_PAGES, admin_urls, custom_url_args, hook_url_names
from tests.home.admin_text import column_headers, english, visible_text
from tests.home.factories import make_home_page, make_site_settings
from tests.home.public_site import make_public_site
from tests.projects.factories import make_partner, make_registration

pytestmark = pytest.mark.django_db


def png(name="zdjecie.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def make_admin_data():
    data = make_public_site()
    make_registration(data["meeting"])
    make_partner(name="Fundacja Partnerska")
    Closure.objects.create(
        start_date=data["day"], end_date=data["day"], advisor=data["advisor"], reason="Urlop"
    )
    get_image_model().objects.create(
        title="Podwórko", file=png(), description="Dzieci sadzą kwiaty na podwórku"
    )
    get_document_model().objects.create(
        title="Regulamin", file=SimpleUploadedFile("regulamin.txt", b"tekst")
    )
    # Moderation in progress: a correction of an organization and a page sent to its workflow.
    organization_correction_submit(
        organization=data["organization"],
        changes={"description": "Nowy opis"},
        note="Zmieniliśmy opis.",
        submitter_email="czlonek@example.org",
    )
    standard = data["standard"]
    standard.save_revision()
    standard.get_workflow().start(standard, None)
    return data


def staff_users():
    """A superuser and one user of each group (the staff groups the migrations create)."""
    User = get_user_model()
    users = {"superuser": User.objects.create_superuser("admin", "admin@example.org", "pw")}
    for group in Group.objects.order_by("name"):
        user = User.objects.create_user(f"u{group.pk}", f"u{group.pk}@example.org", "pw")
        user.groups.add(group)
        users[group.name] = user
    return users


def open_pages(client, users):
    """(url, role, html) of every admin page that answers a user with a page."""
    for role, user in users.items():
        client.force_login(user)
        for url in admin_urls():
            response = client.get(url)
            if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                yield url, role, response.content.decode()


def english_on_pages(client, users):
    findings, opened = {}, 0
    for url, role, html in open_pages(client, users):
        opened += 1
        for line in english(visible_text(html)):
            findings.setdefault(url, {}).setdefault(line, set()).add(role)
    return findings, opened


def report(findings):
    return "\n".join(
        f"{url}\n"
        + "\n".join(f"    {line}  [{', '.join(sorted(roles))}]" for line, roles in lines.items())
        for url, lines in findings.items()
    )


def test_admin_pages_with_data_show_no_english(client):
    make_admin_data()
    findings, opened = english_on_pages(client, staff_users())
    assert opened > 100
    assert not findings, report(findings)


def test_admin_pages_when_empty_show_no_english(client):
    make_site_settings(make_home_page())
    findings, opened = english_on_pages(client, staff_users())
    assert opened > 40
    assert not findings, report(findings)


def test_column_headers_are_capitalised(client):
    """Headers naming a field start with a capital; a date ("czwartek 3 grudnia") need not."""
    make_admin_data()
    superuser = {"superuser": staff_users()["superuser"]}
    lower = {
        (url, header)
        for url, _role, html in open_pages(client, superuser)
        for header in column_headers(html)
        if header[0].isalpha()
        and not header[0].isupper()
        and not any(character.isdigit() for character in header)
    }
    assert not lower


def test_model_names_are_declined(client):
    data = make_admin_data()
    client.force_login(staff_users()["superuser"])
    texts = {
        url: visible_text(client.get(url).content.decode())
        for url in (
            "/admin/snippets/ngomap/organization/",
            "/admin/snippets/projects/partner/",
            "/admin/advisory/topic/",
            f"/admin/pages/{data['project'].pk}/edit/",
            f"/admin/advisory/booking/inspect/{data['booking'].pk}/",
        )
    }
    assert "Dodaj organizację" in texts["/admin/snippets/ngomap/organization/"]
    assert "Dodaj partnera" in texts["/admin/snippets/projects/partner/"]
    assert "Dodaj temat" in texts["/admin/advisory/topic/"]
    assert "Dodaj spotkanie" in texts[f"/admin/pages/{data['project'].pk}/edit/"]
    assert (
        "Wróć do listy rezerwacji"
        in texts[f"/admin/advisory/booking/inspect/{data['booking'].pk}/"]
    )
    assert "Dodaj organizacja" not in "".join(texts.values())


def test_messages_after_saving_are_polish(client):
    """ "Dodano: Partner „…”", "Zapisano: Temat „…”": the model's name after a colon, whatever
    its gender; and Wagtail's strings without Polish have it ("updated and published")."""
    data = make_admin_data()
    client.force_login(staff_users()["superuser"])
    response = client.post(
        "/admin/snippets/projects/partner/add/", {"name": "Fundacja Nowa", "url": ""}, follow=True
    )
    text = visible_text(response.content.decode())
    assert "Dodano: Partner „Fundacja Nowa”." in text
    topic = data["topic"]
    form = client.get(f"/admin/advisory/topic/edit/{topic.pk}/").context["form"]
    post = {f.html_name: f.value() for f in form if f.value() is not None}
    for name in ("offers_in_person", "offers_online", "offers_phone"):
        if not post.get(name):
            post.pop(name, None)
    response = client.post(f"/admin/advisory/topic/edit/{topic.pk}/", post, follow=True)
    text = visible_text(response.content.decode())
    assert "Zapisano: Temat „Prawo”." in text, text[-1500:]
    assert not english(text)
    with translation.override("pl"):
        published = gettext("%(model_name)s '%(object)s' updated and published.") % {
            "model_name": "organizacja",
            "object": "Zielone Podwórko",
        }
    assert published == "Zapisano i opublikowano: organizacja „Zielone Podwórko”."


def test_staff_get_the_admin_in_polish_whatever_their_browser_says(client):
    make_site_settings(make_home_page())
    client.force_login(staff_users()["superuser"])
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert '<html lang="pl"' in response.content.decode()


def test_every_admin_url_of_the_apps_is_opened_or_named_as_not_a_page():
    """A new hook URL is either opened by the tests above or listed in NOT_PAGES."""
    make_admin_data()
    unknown = [
        name
        for name, has_args in hook_url_names()
        if has_args and name not in NOT_PAGES and custom_url_args(name) == "unknown"
    ]
    assert not unknown
