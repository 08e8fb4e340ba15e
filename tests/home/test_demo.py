"""`load_demo` builds the demo tree once; a second run changes nothing."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings, StandardPage


@pytest.mark.django_db
def test_load_demo_builds_the_tree_and_is_idempotent(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    pages_after_first_run = Page.objects.count()
    revisions_after_first_run = sum(p.revisions.count() for p in Page.objects.all())

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert Page.objects.count() == pages_after_first_run
    assert sum(p.revisions.count() for p in Page.objects.all()) == revisions_after_first_run
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    slugs = set(StandardPage.objects.child_of(home).values_list("slug", flat=True))
    assert {"o-platformie", "kontakt", "deklaracja-dostepnosci"} <= slugs
    settings = SiteSettings.for_site(home.get_site())
    assert settings.accessibility_statement.slug == "deklaracja-dostepnosci"
    statement = client.get("/deklaracja-dostepnosci/").text
    assert "Treść demonstracyjna" in statement
    for section in [
        "Stan dostępności cyfrowej",
        "Informacje zwrotne i dane kontaktowe",
        "Procedura wnioskowo-skargowa",
        "Dostępność architektoniczna",
    ]:
        assert section in statement


@pytest.mark.django_db
def test_the_footer_links_only_to_real_pages_and_names_no_made_up_profiles(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings = SiteSettings.for_site(HomePage.objects.get().get_site())
    assert [block.value["label"] for block in settings.footer_links] == [
        "Kontakt",
        "Biuletyn Informacji Publicznej",
        "Miasto Kraków – www.krakow.pl",
    ]
    assert len(settings.social_profiles) == 0
    html = client.get("/").text
    assert 'href="https://www.krakow.pl/"' in html
    assert "facebook.com" not in html
    assert "Treść demonstracyjna" in client.get("/kontakt/").text


@pytest.mark.django_db
def test_ensure_dev_admin_creates_one_superuser(settings):
    from django.contrib.auth import get_user_model

    settings.DEBUG = True
    call_command("ensure_dev_admin", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("ensure_dev_admin", stdout=open("/dev/null", "w"))  # noqa: SIM115
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("admin")
