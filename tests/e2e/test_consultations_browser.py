"""Comment on a unit of a draft in the browser, confirm by the e-mailed link, answer as the
consultation team, publish the report; subscribe to new consultations and unsubscribe; axe-core
on every step, the admin's included (0 serious or critical)."""

import re
from urllib.parse import unquote, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from consultations.models import Comment, Submission, Subscriber
from consultations.permissions import TEAM_GROUP, ensure_consultation_team
from home.models import OutboxEmail
from tests.consultations.factories import make_consultation, make_consultation_index, make_units
from tests.consultations.test_docx_import import DOCX, draft_docx
from tests.e2e.conftest import assert_no_serious_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def axe(page):
    """axe-core after the page's transitions (see assert_no_serious_axe_violations)."""
    assert_no_serious_axe_violations(page)


@pytest.fixture
def consultation(home_page):
    index = make_consultation_index(home_page)
    page = make_consultation(index, title="Program na rok próbny", slug="program-probny")
    make_units(page, 12, chapters=3)
    return page


@pytest.fixture
def team_member(db):
    ensure_consultation_team()
    user = get_user_model().objects.create_superuser(
        username="zespol", email="zespol@example.org", password="haslo-zespolu-1"
    )
    user.groups.add(Group.objects.get(name=TEAM_GROUP))
    return user


def test_comment_confirm_answer_and_publish_the_report(
    page, live_server, consultation, team_member
):
    page.goto(live_server.url + consultation.url)
    axe(page)

    unit = consultation.units.get(number="§ 3")
    page.locator(f"#j-{unit.uid}").get_by_role("link", name=re.compile("Zgłoś uwagę")).click()
    page.wait_for_url(re.compile(r".*/uwagi/\?jednostka=.*"))
    assert page.locator(".comment-row__current blockquote").inner_text() == unit.text
    axe(page)

    # An empty submit: the summary at the top takes focus, errors are Polish.
    page.get_by_role("button", name="Wyślij uwagi").click()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert page.get_by_text("Podaj nazwę organizacji.").first.is_visible()
    axe(page)

    page.get_by_label(re.compile("^Organizacja")).fill("Fundacja Przeglądarkowa")
    page.get_by_label(re.compile("^Osoba do kontaktu")).fill("Ewa Test")
    page.get_by_label(re.compile("^E-mail")).fill("ewa@example.org")
    page.get_by_label(re.compile("^Proponowane brzmienie")).fill("Nowe brzmienie paragrafu 3.")
    page.get_by_label(re.compile("^Uzasadnienie")).fill("Tak będzie jaśniej.")
    page.get_by_label("Wyrażam zgodę").check()
    page.get_by_role("button", name="Wyślij uwagi").click()
    page.wait_for_url(re.compile(r".*/uwagi/wyslano/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Sprawdź pocztę e-mail"
    axe(page)

    submission = Submission.objects.get()
    email = OutboxEmail.objects.get(purpose=f"consultations:confirm:{submission.pk}")
    link = re.search(r"https?://\S+/uwagi/potwierdz/\S+/", email.body_text).group(0)
    page.goto(live_server.url + unquote(urlsplit(link).path))
    axe(page)
    page.get_by_role("button", name="Potwierdź uwagi").click()
    assert page.get_by_text("Twoje uwagi są potwierdzone").is_visible()
    axe(page)

    page.goto(live_server.url + consultation.url)
    assert page.locator(f"#j-{unit.uid}").get_by_text("1 uwaga").is_visible()

    # The consultation team answers in the admin; axe runs on each admin step too.
    page.goto(live_server.url + "/admin/login/")
    axe(page)
    page.fill("input[name=username]", "zespol")
    page.fill("input[name=password]", "haslo-zespolu-1")
    page.locator("button[type=submit]").first.click()
    page.wait_for_url(re.compile(r".*/admin/$"))
    axe(page)
    page.goto(live_server.url + "/admin/consultations/comment/")
    axe(page)
    comment = Comment.objects.get()
    page.goto(live_server.url + f"/admin/consultations/comment/edit/{comment.pk}/")
    axe(page)
    page.select_option("select[name=position]", "partly")
    page.fill("textarea[name=position_justification]", "Uwzględniamy w części.")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r".*/admin/consultations/comment/$"))
    axe(page)
    comment.refresh_from_db()
    assert comment.position == "partly"

    page.goto(live_server.url + f"/admin/konsultacje/{consultation.pk}/raport/")
    axe(page)
    page.get_by_role("button", name="Opublikuj raport").click()
    page.wait_for_url(re.compile(r".*/raport/$"))
    axe(page)
    assert OutboxEmail.objects.filter(purpose=f"consultations:report:{submission.pk}").exists()

    # The draft's page, and the preview of a Word document that would drop the commented unit.
    page.goto(live_server.url + f"/admin/konsultacje/{consultation.pk}/projekt/")
    axe(page)
    page.set_input_files(
        "input[name=document]",
        files=[{"name": "projekt.docx", "mimeType": DOCX, "buffer": draft_docx()}],
    )
    page.get_by_role("button", name="Wczytaj dokument (podgląd)").click()
    page.get_by_role("heading", name="Podgląd wczytanego projektu").wait_for()
    assert page.get_by_text("zapis zostanie odrzucony").is_visible()
    axe(page)

    page.goto(live_server.url + consultation.url + "raport/")
    assert page.get_by_role("heading", level=1).inner_text() == "Raport z konsultacji"
    assert page.get_by_text("Uwzględniamy w części.").is_visible()
    axe(page)


def test_subscribe_confirm_and_unsubscribe(page, live_server, consultation):
    page.goto(live_server.url + consultation.get_parent().url)
    page.get_by_role("link", name="Otrzymuj e-mail, gdy rozpoczyna się konsultacja").click()
    axe(page)
    page.get_by_role("button", name="Subskrybuj").click()  # empty: errors, summary focused
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    axe(page)
    page.get_by_label(re.compile("^E-mail")).fill("ola@example.org")
    page.get_by_label(re.compile("^Wyrażam zgodę")).check()
    page.get_by_role("button", name="Subskrybuj").click()
    page.wait_for_url(re.compile(r".*/subskrypcja/wyslano/#main"))
    axe(page)

    email = OutboxEmail.objects.get(purpose__startswith="consultations:subscription:")
    link = re.search(r"https?://\S+/subskrypcja/potwierdz/\S+/", email.body_text).group(0)
    page.goto(live_server.url + unquote(urlsplit(link).path))
    axe(page)
    page.get_by_role("button", name="Potwierdź subskrypcję").click()
    page.get_by_text("gdy rozpocznie się konsultacja").wait_for()
    assert Subscriber.objects.get().is_confirmed
    axe(page)

    page.get_by_role("link", name="Wypisz się").click()
    axe(page)
    page.get_by_role("button", name="Wypisz się").click()
    page.get_by_text("Twój adres e-mail został usunięty").wait_for()
    assert not Subscriber.objects.exists()
    axe(page)


def test_the_draft_and_the_form_fit_a_360px_phone(phone, live_server, consultation):
    phone.goto(live_server.url + consultation.url)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    phone.goto(live_server.url + consultation.url + "uwagi/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_no_serious_axe_violations(phone)
