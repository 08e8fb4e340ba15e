"""Keeps the cached list of restricted pages (home.selectors.restricted_page_paths) and the
site search's index (home.models.SearchEntry) true."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from . import selectors, services


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, **kwargs):
    selectors.restricted_page_paths_changed()


@receiver(post_page_move)
def page_moved_handler(sender, **kwargs):
    # A moved page takes its restricted descendants' paths with it.
    selectors.restricted_page_paths_changed()


@receiver(post_save)
def page_saved_search_handler(sender, instance, raw=False, update_fields=None, **kwargs):
    """A page saved whole (created live, published, unpublished) is indexed again, by a task
    (the worker in production, at once in development), from what the database then holds.
    Saving a draft saves only a few fields of the page (`update_fields`): nothing to do."""
    if raw or update_fields is not None or not isinstance(instance, Page):
        return
    from .tasks import update_page_search_entry

    update_page_search_entry.enqueue(instance.pk)


@receiver(page_unpublished)
def page_unpublished_search_handler(sender, instance, **kwargs):
    # At once, not through the worker: an unpublished page must not be found a moment longer.
    services.page_search_entry_delete(page_id=instance.pk)
