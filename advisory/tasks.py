from django_tasks import task

from . import services


@task()
def send_booking_reminders():
    """The task form of `manage.py send_booking_reminders` (for a scheduler or the worker)."""
    return services.send_booking_reminders()


@task()
def anonymize_bookings():
    return services.anonymize_bookings()
