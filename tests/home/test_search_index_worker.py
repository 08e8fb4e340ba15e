"""In production (TASKS_BACKEND=database) Wagtail 8 updates the search index through a task:
saving a page only queues it, and the task worker (`manage.py db_worker`) writes the index. The
README's production section relies on this."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from tests.home.factories import make_standard_page


@pytest.mark.django_db(transaction=True)
def test_the_task_worker_keeps_the_search_index_current(client, home_page, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_standard_page(home_page, title="Kwadratura koła", slug="kwadratura", show_in_menus=False)
    queued = DBTaskResult.objects.filter(task_path__endswith="insert_or_update_object_task")
    assert queued.exists()
    assert "Kwadratura koła" not in client.get("/szukaj/?q=kwadratura").text
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    assert "Kwadratura koła" in client.get("/szukaj/?q=kwadratura").text
