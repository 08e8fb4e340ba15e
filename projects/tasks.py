from django_tasks import task

from . import services


@task()
def anonymize_registrations():
    """The task form of `manage.py anonymize_registrations` (for a scheduler or the worker)."""
    return services.anonymize_registrations().registrations
