"""Subscriptions to new consultations (double opt-in, one-click unsubscribe)."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscriber(models.Model):
    """An e-mail address told when a consultation opens (`services.subscribers_notify`).

    Double opt-in: stored unconfirmed, counts once `confirmed_at` is set by the signed link
    e-mailed to it; unconfirmed ones expire with the comment forms
    (`expire_unconfirmed_comments`). Unsubscribing deletes the row. `token` is the secret of the
    unsubscribe link every e-mail to the address carries (and its List-Unsubscribe header).
    """

    email = models.EmailField(_("e-mail"), unique=True)
    token = models.UUIDField(_("unsubscribe key"), default=uuid.uuid4, unique=True, editable=False)
    consent_at = models.DateTimeField(_("consent given"))
    created_at = models.DateTimeField(_("subscribed"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["created_at"]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def expires_at(self):
        return self.created_at + timedelta(hours=settings.CONSULTATIONS_CONFIRMATION_HOURS)
