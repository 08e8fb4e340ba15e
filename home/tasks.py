from django_tasks import task
from wagtail.models import Page

from .models import OutboxEmail
from .services import email_send, page_search_entry_delete, page_search_entry_save


@task()
def send_outbox_email(email_id):
    """Send one stored e-mail; a failure stays recorded on it for `send_pending_emails`."""
    email = OutboxEmail.objects.filter(pk=email_id).first()
    if email is not None:
        email_send(email=email)


@task()
def update_page_search_entry(page_id):
    """Index one page for the site search from what the database holds now (a page that is no
    longer live, or gone, leaves the index)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        page_search_entry_delete(page_id=page_id)
    else:
        page_search_entry_save(page=page)
