"""Keep the map fresh: every saved or deleted organization bumps the map's cache version, and a
saved one whose address changed is queued for geocoding (after commit)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from .models import MapPage, Organization
from .services import map_version_bump, organization_saved


def on_organization_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    organization_saved(organization=instance, update_fields=update_fields)


def on_organization_changed(sender, **kwargs):
    map_version_bump()


def on_map_page_changed(sender, **kwargs):
    map_version_bump()


def register_signal_handlers():
    page_published.connect(on_map_page_changed, sender=MapPage, dispatch_uid="ngomap_page_pub")
    page_unpublished.connect(on_map_page_changed, sender=MapPage, dispatch_uid="ngomap_page_unp")
    post_delete.connect(on_map_page_changed, sender=MapPage, dispatch_uid="ngomap_page_del")
    post_save.connect(on_organization_saved, sender=Organization, dispatch_uid="ngomap_saved")
    post_delete.connect(on_organization_changed, sender=Organization, dispatch_uid="ngomap_del")
    m2m_changed.connect(
        on_organization_changed, sender=Organization.areas.through, dispatch_uid="ngomap_areas"
    )
