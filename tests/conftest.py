import pytest

from tests.home.factories import make_home_page, make_site_settings, make_standard_page


@pytest.fixture
def home_page(db):
    return make_home_page()


@pytest.fixture
def site_with_pages(home_page):
    """A home page with two menu pages and an accessibility statement linked from the footer."""
    about = make_standard_page(home_page, title="O platformie", slug="o-platformie")
    contact = make_standard_page(home_page, title="Kontakt", slug="kontakt")
    statement = make_standard_page(
        home_page,
        title="Deklaracja dostępności",
        slug="deklaracja-dostepnosci",
        show_in_menus=False,
    )
    make_site_settings(home_page, accessibility_statement=statement)
    return {"home": home_page, "about": about, "contact": contact, "statement": statement}
