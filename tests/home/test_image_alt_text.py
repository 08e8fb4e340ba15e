"""Images need alt text: every upload form asks for it (the image's description), refuses a
file name, and pages never use an image's title (made from the file name) as its alt."""

import re

import pytest
from django.urls import reverse
from wagtail.images import get_image_model

from tests.home.factories import make_home_page, make_standard_page
from tests.home.test_admin_polish import png
from tests.news.factories import make_news, make_news_index

pytestmark = pytest.mark.django_db
Image = get_image_model()
REQUIRED = "Opisz, co przedstawia obraz"


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("red", "red@example.org", "pw"))
    return client


def test_the_image_library_refuses_an_image_without_alt_text(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add"), {"title": "zdjecie", "file": png(), "description": ""}
    )
    assert response.status_code == 200
    assert REQUIRED in response.content.decode()
    assert not Image.objects.exists()


def test_the_image_library_refuses_a_file_name_as_alt_text(editor_client):
    for description in ("zdjecie", "IMG_1234.JPG"):
        response = editor_client.post(
            reverse("wagtailimages:add"),
            {"title": "zdjecie", "file": png(), "description": description},
        )
        assert "nie jest nazwą pliku" in response.content.decode(), description
    assert not Image.objects.exists()


def test_the_page_editors_upload_form_asks_for_alt_text(editor_client):
    url = reverse("wagtailimages_chooser:create")
    form = editor_client.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "Tekst alternatywny" in form
    response = editor_client.post(
        url,
        {"image-chooser-upload-title": "zdjecie", "image-chooser-upload-file": png()},
    )
    assert REQUIRED in response.content.decode()
    assert not Image.objects.exists()
    editor_client.post(
        url,
        {
            "image-chooser-upload-title": "zdjecie",
            "image-chooser-upload-file": png(),
            "image-chooser-upload-description": "Mieszkańcy sadzą drzewa na podwórku",
        },
    )
    assert Image.objects.get().description == "Mieszkańcy sadzą drzewa na podwórku"


def test_the_multiple_uploader_asks_for_alt_text_before_saving_the_image(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": png(), "title": "zdjecie"}
    )
    data = response.json()
    assert data["success"] is True
    assert "Tekst alternatywny" in data["form"]
    assert not Image.objects.exists()  # kept aside until the editor describes it


def alts(html):
    return re.findall(r'<img\b[^>]*\balt="([^"]*)"', html)


def test_pages_render_the_description_or_nothing_never_the_file_name(client):
    home = make_home_page()
    described = Image.objects.create(
        title="zdjecie", file=png(), description="Dzieci sadzą kwiaty na podwórku"
    )
    # An image uploaded before the alt text was required: no description, a file-name title.
    legacy = Image.objects.create(title="IMG_1234", file=png("IMG_1234.png"))
    index = make_news_index(home)
    news_with_alt = make_news(index, title="Sadzenie kwiatów", image=described)
    news_legacy = make_news(index, title="Stara wiadomość", image=legacy)
    page = make_standard_page(
        home,
        title="Galeria",
        body=[
            ("image", {"image": {"image": described, "decorative": False, "alt_text": ""}}),
            ("image", {"image": {"image": legacy, "decorative": True, "alt_text": ""}}),
        ],
    )
    with_alt = alts(client.get(news_with_alt.url).content.decode())
    assert "Dzieci sadzą kwiaty na podwórku" in with_alt
    rendered = (
        with_alt
        + alts(client.get(news_legacy.url).content.decode())
        + alts(client.get(page.url).content.decode())
        + alts(client.get(index.url).content.decode())
    )
    assert rendered.count("Dzieci sadzą kwiaty na podwórku") >= 2
    assert not {"zdjecie", "IMG_1234", "img 1234"} & set(rendered)
