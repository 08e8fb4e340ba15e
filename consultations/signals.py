"""A consultation published while already open notifies its subscribers at once, rather than at
the next run of `notify_consultation_subscribers` (which stays the guarantee: the marker on the
page makes the two never send twice)."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import ConsultationPage


@receiver(page_published, sender=ConsultationPage)
def notify_subscribers_when_open(sender, instance, **kwargs):
    if instance.is_open and instance.subscribers_notified_at is None:
        from .tasks import notify_consultation_subscribers

        transaction.on_commit(notify_consultation_subscribers.enqueue)
