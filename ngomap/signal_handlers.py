"""Keep the map fresh: every saved or deleted organization bumps the map's cache version, and a
saved one whose address changed is queued for geocoding (after commit). The site search's entry
of an organization follows its published state, its public fields and its areas. The stored map
markers (ngomap.markers) follow the areas: an organization's when its areas change, an area's
organizations' when its key changes or it is deleted."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.signals import page_published, page_unpublished

from home.services import search_entry_delete

from .markers import refresh_map_markers
from .models import ActivityArea, MapPage, Organization
from .services import SEARCHED_FIELDS, map_version_bump, organization_saved


def on_organization_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    organization_saved(organization=instance, update_fields=update_fields)
    # Saving a draft writes only the revision fields: the published entry stays as it is. An
    # organization that is no longer published leaves the search at once, not by the worker.
    if not instance.live:
        search_entry_delete(model=Organization, pk=instance.pk)
    elif update_fields is None or SEARCHED_FIELDS & set(update_fields):
        search_entry_update_later(instance.pk)


def search_entry_update_later(organization_id):
    """The site search's entry is written by a task (the worker in production), like Wagtail's
    own index, from what the database holds when it runs."""
    from .tasks import update_organization_search_entry

    update_organization_search_entry.enqueue(organization_id)


def on_organization_deleted(sender, instance, **kwargs):
    map_version_bump()
    search_entry_delete(model=Organization, pk=instance.pk)


def on_organization_areas_changed(sender, instance, action, reverse, pk_set, **kwargs):
    map_version_bump()
    if not action.startswith("post_"):
        return
    if not reverse:
        refresh_map_markers([instance.pk])
        search_entry_update_later(instance.pk)
    else:  # an area's organizations changed
        if action == "post_clear":
            pk_set = instance._organizations_before_clear
        refresh_map_markers(pk_set or ())
        for pk in pk_set or ():
            search_entry_update_later(pk)


def on_organization_areas_clearing(sender, instance, action, reverse, **kwargs):
    """Before an area's organizations are cleared, remember which (post_clear does not say)."""
    if reverse and action == "pre_clear":
        instance._organizations_before_clear = list(
            instance.organizations.values_list("pk", flat=True)
        )


def on_area_saved(sender, instance, raw=False, created=False, **kwargs):
    """An area's key is in its organizations' markers."""
    if raw or created:
        return
    refresh_map_markers(instance.organizations.values_list("pk", flat=True))
    map_version_bump()


def on_area_deleting(sender, instance, **kwargs):
    # Its organizations' links go with it, without m2m_changed: remember them.
    instance._organizations_before_delete = list(
        Organization.objects.filter(areas=instance).values_list("pk", flat=True)
    )


def on_area_deleted(sender, instance, **kwargs):
    refresh_map_markers(instance._organizations_before_delete)
    map_version_bump()


def on_map_page_changed(sender, **kwargs):
    map_version_bump()


def register_signal_handlers():
    page_published.connect(on_map_page_changed, sender=MapPage, dispatch_uid="ngomap_page_pub")
    page_unpublished.connect(on_map_page_changed, sender=MapPage, dispatch_uid="ngomap_page_unp")
    post_delete.connect(on_map_page_changed, sender=MapPage, dispatch_uid="ngomap_page_del")
    post_save.connect(on_organization_saved, sender=Organization, dispatch_uid="ngomap_saved")
    post_delete.connect(on_organization_deleted, sender=Organization, dispatch_uid="ngomap_del")
    m2m_changed.connect(
        on_organization_areas_changed,
        sender=Organization.areas.through,
        dispatch_uid="ngomap_areas",
    )
    m2m_changed.connect(
        on_organization_areas_clearing,
        sender=Organization.areas.through,
        dispatch_uid="ngomap_areas_clearing",
    )
    post_save.connect(on_area_saved, sender=ActivityArea, dispatch_uid="ngomap_area_saved")
    pre_delete.connect(on_area_deleting, sender=ActivityArea, dispatch_uid="ngomap_area_deleting")
    post_delete.connect(on_area_deleted, sender=ActivityArea, dispatch_uid="ngomap_area_deleted")
