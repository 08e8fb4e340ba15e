from django_tasks import task

from . import services


@task()
def expire_unconfirmed_comments():
    """The task form of `manage.py expire_unconfirmed_comments`."""
    return services.expire_unconfirmed_submissions()


@task()
def anonymize_consultation_comments():
    """The task form of `manage.py anonymize_consultation_comments`."""
    return services.anonymize_submissions()
