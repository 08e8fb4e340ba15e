from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The base app: home and standard pages, shared blocks, site settings, search, metadata."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        # In ready(): the handlers look the models up, so the app registry must be loaded.
        from .pagecache import register_signal_handlers

        register_signal_handlers()
        from . import signal_handlers  # noqa: F401

        self.replace_wagtails_moderation_emails()

    def replace_wagtails_moderation_emails(self):
        """One Polish e-mail per submission through the outbox (home.moderation), instead of
        Wagtail's task e-mail. Wagtail's admin app connects its notifier in its own ready(),
        which runs after this one (INSTALLED_APPS order); Django keeps one receiver per
        dispatch_uid and ignores a later connect, so connecting ours under Wagtail's uid first
        means Wagtail's is never connected. tests/ngomap/test_moderation_emails.py proves it."""
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from .moderation import moderators_notify

        task_submitted.connect(
            moderators_notify,
            sender=TaskState,
            dispatch_uid="group_approval_task_submitted_email_notification",
        )
