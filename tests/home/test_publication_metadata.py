"""The metryczka: who created, published and changed a page, read from Wagtail's revisions."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.groups import MODERATORS
from home.selectors import page_publication_metadata
from tests.home.factories import make_site_settings, make_standard_page


@pytest.fixture
def editors(db):
    user_model = get_user_model()
    moderators = Group.objects.get(name=MODERATORS)  # Wagtail's, renamed by home 0009
    anna = user_model.objects.create_user("anna", first_name="Anna", last_name="Nowak")
    jan = user_model.objects.create_user("jan", first_name="Jan", last_name="Kowalski")
    for user in (anna, jan):
        user.groups.add(moderators)
    return anna, jan


@pytest.mark.django_db
def test_metadata_names_creator_publisher_and_last_editor(client, home_page, editors):
    anna, jan = editors
    make_site_settings(home_page, publishing_body="Wydział Polityki Społecznej i Zdrowia")
    page = make_standard_page(home_page, title="Granty", slug="granty", user=anna, publish=False)
    page.save_revision(user=jan).publish(user=jan)
    page.refresh_from_db()
    page.title = "Granty i konkursy"
    page.save_revision(user=anna)  # a draft after publication still counts as a version

    html = client.get("/granty/").text

    assert "<summary>Metryczka</summary>" in html
    assert "<dt>Podmiot publikujący</dt><dd>Wydział Polityki Społecznej i Zdrowia</dd>" in html
    assert "<dt>Wytworzył(a)</dt><dd>Anna Nowak," in html
    assert "<dt>Osoba publikująca</dt><dd>Jan Kowalski," in html
    assert "<dt>Ostatnia zmiana</dt><dd>Anna Nowak," in html
    assert "<dt>Liczba wersji</dt><dd>3</dd>" in html
    assert html.count("<td>opublikowana wersja</td>") == 1
    assert html.count("<td>wersja robocza</td>") == 2


@pytest.mark.django_db
def test_page_publishing_body_overrides_the_site_setting(client, home_page, editors):
    make_site_settings(home_page, publishing_body="Urząd Miasta Krakowa")
    make_standard_page(home_page, title="Rada", slug="rada", publishing_body="Rada Działalności")
    html = client.get("/rada/").text
    assert "<dd>Rada Działalności</dd>" in html
    assert "<dd>Urząd Miasta Krakowa</dd>" not in html


@pytest.mark.django_db
def test_history_lists_newest_first_in_two_queries(home_page, editors, django_assert_num_queries):
    anna, jan = editors
    page = make_standard_page(home_page, title="Historia", slug="historia", user=anna)
    for _ in range(5):
        page.save_revision(user=jan).publish(user=jan)
    with django_assert_num_queries(2):
        metadata = page_publication_metadata(page=page)
    assert metadata.version_count == 6
    assert [entry.by for entry in metadata.history][:2] == ["Jan Kowalski", "Jan Kowalski"]
    assert metadata.history[-1].by == "Anna Nowak"
    assert all(entry.published for entry in metadata.history)


@pytest.mark.django_db
def test_the_page_names_its_publishing_person_in_the_citys_terms(
    client, home_page, editors, django_assert_num_queries
):
    """A page carried over from the earlier portal names the person responsible for it
    ("Osoba publikująca") instead of the account that pressed "publish", with no extra query."""
    anna, _jan = editors
    page = make_standard_page(
        home_page,
        title="WiP",
        slug="wip",
        user=anna,
        publishing_body="NGO",
        publishing_person="Sylwia Drożdż",
    )
    with django_assert_num_queries(2):
        metadata = page_publication_metadata(page=page)
    assert metadata.published_by == "Sylwia Drożdż"

    html = client.get("/wip/").text

    assert "<dt>Podmiot publikujący</dt><dd>NGO</dd>" in html
    assert "<dt>Osoba publikująca</dt><dd>Sylwia Drożdż," in html
    assert "<dt>Wytworzył(a)</dt><dd>Anna Nowak," in html
