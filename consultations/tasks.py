from django_tasks import task

from . import services


@task()
def expire_unconfirmed_comments():
    """The task form of `manage.py expire_unconfirmed_comments` (comment forms and
    subscriptions); returns how many comment forms were removed."""
    services.expire_unconfirmed_subscribers()
    return services.expire_unconfirmed_submissions()


@task()
def anonymize_consultation_comments():
    """The task form of `manage.py anonymize_consultation_comments`."""
    return services.anonymize_submissions()


@task()
def notify_consultation_subscribers():
    """The task form of `manage.py notify_consultation_subscribers`; also enqueued when a
    consultation that is already open is published."""
    return services.subscribers_notify()
