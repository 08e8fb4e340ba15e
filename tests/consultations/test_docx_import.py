"""The draft imported from a Word document: headings become chapters, numbered paragraphs
(typed or Word's automatic numbering) become units, shown as a preview the editor confirms."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from consultations.docx_import import docx_to_text
from consultations.models import DraftUnit
from tests.consultations.factories import make_comment, make_submission

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _element(tag, **attributes):
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def legal_numbering(document, num_id):
    """A list as Polish resolutions number them: "1." (ust.), "1)" (pkt), "a)" (lit.)."""
    numbering = document.part.numbering_part.element
    abstract = _element("w:abstractNum", abstractNumId=num_id)
    for ilvl, (fmt, text) in enumerate(
        [("decimal", "%1."), ("decimal", "%2)"), ("lowerLetter", "%3)")]
    ):
        level = _element("w:lvl", ilvl=ilvl)
        level.append(_element("w:start", val=1))
        level.append(_element("w:numFmt", val=fmt))
        level.append(_element("w:lvlText", val=text))
        abstract.append(level)
    numbering.insert(0, abstract)  # abstractNum elements come before num elements
    num = _element("w:num", numId=num_id)
    num.append(_element("w:abstractNumId", val=num_id))
    numbering.append(num)
    return str(num_id)


def numbered(document, text, num_id, ilvl=0):
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = _element("w:numPr")
    num_pr.append(_element("w:ilvl", val=ilvl))
    num_pr.append(_element("w:numId", val=num_id))
    ppr.append(num_pr)
    return paragraph


def draft_docx():
    document = Document()
    document.add_paragraph("Projekt uchwały")  # plain text before the first chapter
    document.add_heading("Rozdział 1", level=1)
    document.add_heading("Postanowienia ogólne", level=2)
    document.add_paragraph("§ 1.\tProgram określa cele współpracy.")
    first = legal_numbering(document, 90)
    numbered(document, "Celem głównym jest rozwój.", first)
    numbered(document, "Celami szczegółowymi są:", first)
    numbered(document, "wzmacnianie organizacji,", first, ilvl=1)
    numbered(document, "wspieranie inicjatyw:", first, ilvl=1)
    numbered(document, "lokalnych,", first, ilvl=2)
    numbered(document, "miejskich;", first, ilvl=2)
    numbered(document, "Cel trzeci.", first)
    document.add_heading("Formy współpracy", level=1)  # a heading without a number
    document.add_paragraph("§ 2. Współpraca ma formę:")
    second = legal_numbering(document, 91)  # a new list starts again at 1
    numbered(document, "Pierwsza forma.", second)
    document.add_paragraph("")  # empty paragraphs are skipped
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_headings_become_chapters_and_word_numbering_becomes_units():
    assert docx_to_text(io.BytesIO(draft_docx())).splitlines() == [
        "Projekt uchwały",
        "Rozdział 1 Postanowienia ogólne",
        "§ 1. Program określa cele współpracy.",
        "1. Celem głównym jest rozwój.",
        "2. Celami szczegółowymi są:",
        "1) wzmacnianie organizacji,",
        "2) wspieranie inicjatyw:",
        "a) lokalnych,",
        "b) miejskich;",
        "3. Cel trzeci.",
        "Rozdział 2 Formy współpracy",
        "§ 2. Współpraca ma formę:",
        "1. Pierwsza forma.",
    ]


def test_a_document_without_any_list_definition_keeps_its_typed_numbers():
    # Word always writes a numbering part; other editors may leave it out, and python-docx then
    # raises NotImplementedError on reading it. Typed numbers are all such a document has.
    document = Document()
    numbering = next(
        rel.rId for rel in document.part.rels.values() if rel.reltype.endswith("/numbering")
    )
    document.part.drop_rel(numbering)
    document.add_heading("Rozdział 1", level=1)
    document.add_paragraph("§ 1. Program określa cele.")
    document.add_paragraph("1. Cel pierwszy.")
    buffer = io.BytesIO()
    document.save(buffer)
    saved = Document(io.BytesIO(buffer.getvalue()))
    assert not any(rel.reltype.endswith("/numbering") for rel in saved.part.rels.values())
    assert docx_to_text(io.BytesIO(buffer.getvalue())).splitlines() == [
        "Rozdział 1",
        "§ 1. Program określa cele.",
        "1. Cel pierwszy.",
    ]


def upload(client, page, content, name="projekt.docx"):
    return client.post(
        f"/admin/konsultacje/{page.pk}/projekt/",
        {"action": "docx", "document": SimpleUploadedFile(name, content, content_type=DOCX)},
    )


def test_the_editor_sees_a_preview_and_saves_it(admin_client, consultation):
    response = upload(admin_client, consultation, draft_docx())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Podgląd wczytanego projektu" in page
    assert "Dokument ma 13 jednostek: nowe 13, zmienione 0, usunięte 0." in page
    # The paste format's numbering: a letter is a point (lit.) of the current ust.
    assert "<td>§ 1 ust. 2 lit. b</td><td>miejskich;</td>" in page
    assert not DraftUnit.objects.exists()  # nothing saved before the editor confirms

    text = response.context["form"].initial["text"]
    assert (
        admin_client.post(
            f"/admin/konsultacje/{consultation.pk}/projekt/", {"text": text}
        ).status_code
        == 302
    )
    numbers = list(DraftUnit.objects.order_by("position").values_list("number", flat=True))
    assert numbers == [
        "",
        "Rozdział 1",
        "§ 1",
        "§ 1 ust. 1",
        "§ 1 ust. 2",
        "§ 1 ust. 2 pkt 1",
        "§ 1 ust. 2 pkt 2",
        "§ 1 ust. 2 lit. a",
        "§ 1 ust. 2 lit. b",
        "§ 1 ust. 3",
        "Rozdział 2",
        "§ 2",
        "§ 2 ust. 1",
    ]


def test_a_new_version_keeps_identifiers_and_never_drops_a_commented_unit(
    admin_client, consultation
):
    url = f"/admin/konsultacje/{consultation.pk}/projekt/"
    text = docx_to_text(io.BytesIO(draft_docx()))
    admin_client.post(url, {"text": text})
    unit = DraftUnit.objects.get(number="§ 1 ust. 3")
    make_comment(make_submission(consultation), unit)

    document = Document()
    document.add_heading("Rozdział 1 Postanowienia ogólne", level=1)
    document.add_paragraph("§ 1. Program określa cele współpracy (zmienione).")
    buffer = io.BytesIO()
    document.save(buffer)
    response = upload(admin_client, consultation, buffer.getvalue())
    page = response.content.decode()
    assert "zmienione 1, usunięte 11" in page
    assert "zapis zostanie odrzucony: § 1 ust. 3" in page
    # Saving it is refused, as re-pasting is; the unit and its comment stay.
    response = admin_client.post(url, {"text": response.context["form"].initial["text"]})
    assert "mają uwagi" in response.content.decode()
    assert DraftUnit.objects.get(pk=unit.pk).uid == unit.uid
    assert DraftUnit.objects.count() == 13


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"To nie jest dokument Worda.", "projekt.docx", "To nie jest dokument Word (.docx)."),
        (b"PK\x03\x04 zepsuty zip", "projekt.docx", "To nie jest dokument Word (.docx)."),
        (b"", "projekt.docx", "Plik jest pusty."),
    ],
)
def test_a_bad_file_gets_a_polish_error_next_to_the_field_and_nothing_changes(
    admin_client, consultation, content, name, message
):
    DraftUnit.objects.create(consultation=consultation, position=1, text="Zostaje.")
    response = upload(admin_client, consultation, content, name)
    assert response.status_code == 400
    errors = response.context["docx_form"].errors["document"]
    assert any(error.startswith(message) for error in errors)
    assert message in response.content.decode()
    assert list(DraftUnit.objects.values_list("text", flat=True)) == ["Zostaje."]


def test_a_document_without_text_or_too_big_is_refused(admin_client, consultation, monkeypatch):
    buffer = io.BytesIO()
    Document().save(buffer)
    response = upload(admin_client, consultation, buffer.getvalue())
    assert response.context["docx_form"].errors["document"] == ["Dokument nie zawiera tekstu."]

    monkeypatch.setattr("consultations.forms.DOCX_MAX_BYTES", 1024)
    response = upload(admin_client, consultation, draft_docx())
    assert response.status_code == 400
    assert "Plik jest za duży" in response.context["docx_form"].errors["document"][0]
    assert not DraftUnit.objects.exists()
