"""The report: built from the rows in document order, figures, publication with e-mails to the
authors (once), the XLSX download, retention that keeps the report whole."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from consultations import services
from consultations.models import Comment, Submission
from consultations.selectors import consultation_report
from home.models import OutboxEmail
from tests.consultations.factories import (
    make_comment,
    make_consultation,
    make_many_comments,
    make_submission,
    make_units,
)
from tests.query_budget import BUDGET, empty_cache_after

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(consultation_index):
    return make_consultation(consultation_index, opens_in_days=-30, closes_in_days=-1)


@pytest.fixture
def rows(closed):
    units = make_units(closed, 9, chapters=3)  # chapters at 1, 4, 7
    alfa = make_submission(closed, organization_name="Fundacja Alfa", email="alfa@example.org")
    beta = make_submission(closed, organization_name="Beta", email="beta@example.org")
    again = make_submission(closed, organization_name="fundacja  ALFA", email="a2@example.org")
    unconfirmed = make_submission(closed, confirmed=False, organization_name="Gamma")
    general = make_comment(beta, None, justification="Ogólna", position="rejected")
    late = make_comment(alfa, units[8], justification="Do § 9", position="accepted")
    early = make_comment(beta, units[1], justification="Do § 2", position="partly")
    duplicate = make_comment(again, units[1], justification="Też do § 2")
    make_comment(unconfirmed, units[2], justification="Niepotwierdzona")
    services.comment_merge(comment=duplicate, into=early)
    early.position_justification = "Częściowo."
    early.save()
    return {"general": general, "late": late, "early": early, "duplicate": duplicate}


def test_rows_come_in_document_order_with_general_comments_last(closed, rows):
    report = consultation_report(page=closed)
    assert [row.comment for row in report.rows] == [
        rows["early"],
        rows["duplicate"],
        rows["late"],
        rows["general"],
    ]
    assert [row.number for row in report.rows] == [1, 2, 3, 4]


def test_a_duplicate_takes_the_position_of_the_comment_it_repeats(closed, rows):
    duplicate = consultation_report(page=closed).rows[1]
    assert duplicate.position == Comment.Position.PARTLY_ACCEPTED
    assert duplicate.position_justification == "Częściowo."
    assert duplicate.duplicate_of_number == 1


def test_figures_count_confirmed_comments_organizations_positions_and_chapters(closed, rows):
    report = consultation_report(page=closed)
    assert report.comment_total == 4
    assert report.organization_total == 2  # "Fundacja Alfa" and "fundacja  ALFA" are one
    shares = {label: (count, percent) for label, count, percent in report.positions}
    assert shares["uwzględniona częściowo"] == (2, 50)
    assert shares["uwzględniona"] == (1, 25)
    assert shares["nieuwzględniona"] == (1, 25)
    assert [count for _label, count in report.chapters] == [2, 0, 1]


def test_the_report_page_is_hidden_until_published_then_listed_in_order(client, closed, rows):
    assert client.get(closed.url + "raport/").status_code == 404
    services.report_publish(page=closed)
    html = client.get(closed.url + "raport/").content.decode()
    assert "Raport z konsultacji" in html
    assert (
        html.index("Do § 2")
        < html.index("Też do § 2")
        < html.index("Do § 9")
        < html.index("Ogólna")
    )
    assert "Niepotwierdzona" not in html
    assert "alfa@example.org" not in html
    assert "(duplikat uwagi nr 1)" in html
    assert "Przeczytaj raport z konsultacji" in client.get(closed.url).content.decode()


def test_publishing_e_mails_each_confirmed_author_once(
    closed, rows, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert services.report_publish(page=closed) == 3
    assert sorted(m.to[0] for m in mailoutbox) == [
        "a2@example.org",
        "alfa@example.org",
        "beta@example.org",
    ]
    assert "/raport/" in mailoutbox[0].body
    services.report_unpublish(page=closed)
    assert services.report_publish(page=closed) == 0
    assert OutboxEmail.objects.filter(purpose__startswith="consultations:report").count() == 3


def test_the_report_downloads_as_xlsx(client, closed, rows):
    services.report_publish(page=closed)
    response = client.get(closed.url + "raport/xlsx/")
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.worksheets[0]
    assert sheet.cell(1, 1).value == "Lp."
    assert [sheet.cell(row, 6).value for row in range(2, 6)] == [
        "Do § 2",
        "Też do § 2",
        "Do § 9",
        "Ogólna",
    ]


def test_retention_removes_personal_data_and_keeps_the_report_whole(closed, rows, settings):
    settings.CONSULTATIONS_RETENTION_DAYS = 30
    before = [row.comment.justification for row in consultation_report(page=closed).rows]
    type(closed).objects.filter(pk=closed.pk).update(closes_at=timezone.now() - timedelta(days=31))
    call_command("anonymize_consultation_comments")
    alfa = Submission.objects.get(organization_name="Fundacja Alfa")
    assert (alfa.contact_name, alfa.email, alfa.phone) == ("", "", "")
    assert alfa.anonymized_at is not None
    closed.refresh_from_db()
    report = consultation_report(page=closed)
    assert [row.comment.justification for row in report.rows] == before
    assert report.organization_total == 2


def test_retention_leaves_recent_consultations_alone(closed, rows, settings):
    settings.CONSULTATIONS_RETENTION_DAYS = 30
    assert services.anonymize_submissions() == 0
    assert Submission.objects.filter(email="alfa@example.org").exists()


@pytest.mark.parametrize("size", [(30, 100), (300, 1000)])
def test_the_report_query_count_does_not_grow(client, closed, size, django_assert_max_num_queries):
    unit_count, comment_count = size
    units = make_units(closed, unit_count)
    make_many_comments(closed, units, comment_count, position="accepted")
    services.report_publish(page=closed)
    empty_cache_after(client, closed.url + "raport/")
    with django_assert_max_num_queries(BUDGET):
        response = client.get(closed.url + "raport/")
    assert response.status_code == 200
