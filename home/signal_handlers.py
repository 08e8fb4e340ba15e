"""Keeps the cached list of restricted pages (home.selectors.restricted_page_paths) true."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from . import selectors


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, **kwargs):
    selectors.restricted_page_paths_changed()


@receiver(post_page_move)
def page_moved_handler(sender, **kwargs):
    # A moved page takes its restricted descendants' paths with it.
    selectors.restricted_page_paths_changed()
