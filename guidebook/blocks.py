"""Blocks of the guidebook: questions and answers, and references to the law."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import BaseStreamBlock


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "document-link", "ol", "ul"]
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FaqBlock(blocks.StructBlock):
    """Frequently asked questions, each rendered as a disclosure (<details>/<summary>)."""

    title = blocks.CharBlock(
        label=_("Title"), max_length=200, default="Najczęściej zadawane pytania"
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "blocks/guidebook/faq_block.html"
        preview_value = {
            "title": "Najczęściej zadawane pytania",
            "questions": [
                {
                    "question": "Czy grupa nieformalna może złożyć ofertę?",
                    "answer": "<p>Nie; ofertę składa organizacja pozarządowa lub podmiot z art. "
                    "3 ust. 3 ustawy. Grupa mieszkańców może złożyć wniosek o inicjatywę "
                    "lokalną.</p>",
                }
            ],
        }
        description = _("Questions with answers that open on click.")


class GuidebookStreamBlock(BaseStreamBlock):
    faq = FaqBlock()


class LegalReferenceBlock(blocks.StructBlock):
    """A provision the page is based on, e.g. art. 19a of the act on public benefit activity."""

    act = blocks.CharBlock(
        label=_("Act"),
        max_length=300,
        help_text=_("E.g. the act of 24 April 2003 on public benefit activity and volunteering."),
    )
    provision = blocks.CharBlock(
        label=_("Provision"), max_length=100, required=False, help_text=_("E.g. art. 19a.")
    )
    url = blocks.URLBlock(
        label=_("Address"), required=False, help_text=_("A link to the text, e.g. in ISAP.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Legal reference")
        template = "blocks/guidebook/legal_reference_block.html"
        preview_value = {
            "act": "Ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego "
            "i o wolontariacie",
            "provision": "art. 19a",
            "url": "https://isap.sejm.gov.pl/",
        }
        description = _("An act and a provision this page is based on.")
