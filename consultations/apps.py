from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Public consultations: the draft as numbered units, comments, positions and the report."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "consultations"
    verbose_name = _("Public consultations")

    def ready(self):
        from django.db.models.signals import post_save

        from . import signals  # noqa: F401 (connects the receivers)
        from .models import Submission

        post_save.connect(
            _submission_saved, sender=Submission, dispatch_uid="consultations_submission_saved"
        )


def _submission_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """The team corrected a confirmed form in the admin (its organisation's name is public in
    the report and under the comments): renew the cached pages. The services call
    `public_content_changed` themselves; an unconfirmed form shows nowhere."""
    if raw or update_fields is not None or instance.confirmed_at is None:
        return
    from .services import public_content_changed

    public_content_changed(page_id=instance.consultation_id)
