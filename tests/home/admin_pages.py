"""Every admin page the project adds, found from what the apps register (wagtail-modeladmin's
URLs, snippet and model viewsets, site settings, `register_admin_urls` hooks, page types), so a
new admin page is covered without editing a list; plus the Wagtail pages an editor meets on the
way (dashboard, explorer, images, documents)."""

import re

from django.apps import apps
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from wagtail import hooks
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, Site
from wagtail.snippets.models import get_snippet_models

PROJECT_APPS = {"home", "projects", "news", "guidebook", "ngomap", "advisory", "consultations"}

# Admin URLs of the hooks that are not pages: actions, files and JSON. A new hook URL must be
# either opened below (CUSTOM_URL_ARGS) or named here, or the coverage test fails.
NOT_PAGES = {
    "place_geocode",  # JSON for the map picker
    "advisory_booking_status",  # an action (sets attended / no-show), redirects
    "consultations_comments_export",  # a CSV/XLSX file
}


def _first(model):
    return model._default_manager.order_by("pk").first()


def _project_model(model):
    return model._meta.app_label in PROJECT_APPS


def custom_url_args(name):
    """Arguments of the hook URLs that take some: the first object they are about."""
    from consultations.models import ConsultationPage

    consultation = _first(ConsultationPage)
    table = {
        "consultations_draft_import": [consultation.pk] if consultation else None,
        "consultations_report_publish": [consultation.pk] if consultation else None,
    }
    return table.get(name, "unknown")


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def hook_url_names():
    """The names of the admin URLs the project's `register_admin_urls` hooks add."""
    names = []
    for hook in hooks.get_hooks("register_admin_urls"):
        if hook.__module__.split(".")[0] not in PROJECT_APPS:
            continue
        for _route, pattern in _walk(hook()):
            names.append((pattern.name, bool(pattern.pattern.regex.groupindex)))
    return names


def _reverse(name, args=()):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def modeladmin_urls():
    urls = []
    pattern = re.compile(r"^(?P<app>\w+?)_(?P<model>[a-z0-9]+)_modeladmin_(?P<action>\w+)$")
    for _route, url in _walk(get_resolver().url_patterns):
        match = pattern.match(url.name or "")
        if not match or match["app"] not in PROJECT_APPS:
            continue
        model = apps.get_model(match["app"], match["model"])
        if match["action"] in {"index", "create"}:
            urls.append(_reverse(url.name))
        elif match["action"] in {"edit", "inspect", "delete"} and _first(model):
            urls.append(_reverse(url.name, [_first(model).pk]))
    return urls


def viewset_urls(viewset, model):
    urls = [_reverse(viewset.get_url_name(name)) for name in ("index", "list", "add")]
    obj = _first(model)
    if obj is not None:
        for name in ("edit", "inspect", "history", "usage", "delete", "unpublish"):
            urls.append(_reverse(viewset.get_url_name(name), [obj.pk]))
    return urls


def snippet_urls():
    urls = []
    for model in get_snippet_models():
        if _project_model(model):
            urls += viewset_urls(model.snippet_viewset, model)
    return urls


def model_viewset_urls():
    urls = []
    for hook in hooks.get_hooks("register_admin_viewset"):
        if hook.__module__.split(".")[0] not in PROJECT_APPS:
            continue
        viewsets = hook()
        for viewset in viewsets if isinstance(viewsets, list | tuple) else [viewsets]:
            urls += viewset_urls(viewset, viewset.model)
    return urls


def settings_urls():
    site = Site.objects.get(is_default_site=True)
    return [
        reverse("wagtailsettings:edit", args=[m._meta.app_label, m._meta.model_name, site.pk])
        for m in settings_registry
        if _project_model(m)
    ]


def hook_urls():
    urls = []
    for name, has_args in hook_url_names():
        if name in NOT_PAGES:
            continue
        if not has_args:
            urls.append(reverse(name))
            continue
        args = custom_url_args(name)
        if args is not None and args != "unknown":
            urls.append(reverse(name, args=args))
    return urls


def page_urls():
    """The create form of each of the project's page types (under a parent that allows it) and
    the edit form of its first page."""
    urls = []
    parents = list(Page.objects.filter(depth__gt=1).specific().order_by("path"))
    for model in apps.get_models():
        if not issubclass(model, Page) or not _project_model(model) or model._meta.abstract:
            continue
        page = Page.objects.type(model).exact_type(model).order_by("path").first()
        if page is not None:
            urls.append(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        parent = next((p for p in parents if model.can_create_at(p)), None)
        if parent is not None:
            meta = model._meta
            urls.append(
                reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])
            )
    return urls


def wagtail_urls():
    """The Wagtail pages an editor meets daily, named in the walk's findings."""
    root = Site.objects.get(is_default_site=True).root_page
    return [
        "/admin/",
        "/admin/pages/",
        reverse("wagtailadmin_explore", args=[root.pk]),
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/images/chooser/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/reports/locked/",
    ]


def admin_urls():
    urls = (
        wagtail_urls()
        + modeladmin_urls()
        + snippet_urls()
        + model_viewset_urls()
        + settings_urls()
        + hook_urls()
        + page_urls()
    )
    return list(dict.fromkeys(url for url in urls if url))
