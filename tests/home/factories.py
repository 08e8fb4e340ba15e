"""Small builders for the base app's pages; tests call them instead of loading the demo."""

from wagtail.models import Locale, Page, Site

from home.models import HomePage, SiteSettings, StandardPage


def make_home_page(**fields):
    """A live HomePage as the default site's root (Wagtail's placeholder page is removed)."""
    root = Page.get_first_root_node()
    if root is None:  # a transactional test flushed the tree that Wagtail's migrations made
        Locale.objects.get_or_create(language_code="pl")
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    for child in root.get_children():
        child.delete()
    fields.setdefault("title", "Strona startowa")
    fields.setdefault("slug", "home")
    fields.setdefault("intro", "<p>Portal współpracy z organizacjami.</p>")
    home = HomePage(**fields)
    root.add_child(instance=home)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def make_standard_page(parent, *, user=None, publish=True, **fields):
    fields.setdefault("title", "Strona")
    fields.setdefault("slug", fields["title"].lower().replace(" ", "-"))
    fields.setdefault("show_in_menus", True)
    page = StandardPage(live=publish, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user)
    if publish:
        revision.publish(user=user)
        page.refresh_from_db()
    return page


def make_site_settings(home, **fields):
    settings = SiteSettings.for_site(home.get_site())
    fields.setdefault("portal_name", "Kraków dla NGO")
    fields.setdefault("operator_name", "Urząd Miasta Krakowa")
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.save()
    return settings
