"""One e-mail to each moderator per submission for moderation, in Polish, through the outbox.

Wagtail sends two e-mails of its own when something enters a workflow: one to every superuser
("… has been submitted for moderation to workflow …", partly untranslated) and one to the
members of the task's groups, both sent at once and lost if the mail server is down. The site
replaces both: `WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False` leaves Wagtail's
workflow notifier nobody to write to, and `moderators_notify` takes the place of its task
notifier (home.apps). Each member of the groups of the task that the submission waits for gets
one message with an absolute link (WAGTAILADMIN_BASE_URL) to the entry's page in the admin;
whoever submitted it is not told about their own submission. A user who switched off "submitted"
notifications in their account gets none.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import AbstractGroupApprovalTask, Page
from wagtail.users.models import UserProfile

from .services import email_queue


def moderation_recipients(*, task_state, submitter=None):
    """Active members of the task's groups with an e-mail address who want these e-mails."""
    task = task_state.task.specific
    if not isinstance(task, AbstractGroupApprovalTask):
        return []
    users = (
        get_user_model()
        .objects.filter(groups__in=task.groups.all(), is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
    if submitter is not None:
        users = users.exclude(pk=submitter.pk)
    return [user for user in users if UserProfile.get_for_user(user).submitted_notifications]


def moderators_notify(sender=None, instance=None, user=None, **kwargs):
    """`task_submitted` receiver: queue the e-mails about `instance` (a TaskState)."""
    task_state = instance
    obj = task_state.workflow_state.content_object
    if isinstance(obj, Page):
        obj = obj.specific
    if task_state.revision is not None:
        obj = task_state.revision.as_object()  # a correction: the draft, with its new name
    submitter = user or task_state.workflow_state.requested_by
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for recipient in moderation_recipients(task_state=task_state, submitter=submitter):
        edit_url = AdminURLFinder(recipient).get_edit_url(obj)
        if not edit_url:
            continue  # a group member who may not open the entry cannot moderate it
        with translation.override(settings.LANGUAGE_CODE):
            email_queue(
                to=[recipient.email],
                subject=_("For moderation: %(model_name)s “%(title)s”")
                % {"model_name": obj._meta.verbose_name, "title": str(obj)},
                template="home/email/moderation_submitted",
                context={
                    "model_name": capfirst(obj._meta.verbose_name),
                    "title": str(obj),
                    "workflow": task_state.workflow_state.workflow.name,
                    "task": task_state.task.name,
                    "submitter": submitter.get_full_name() or submitter.get_username()
                    if submitter
                    else "",
                    "url": base_url + edit_url,
                },
                purpose="moderation.submitted",
            )
