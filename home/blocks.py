"""The shared block library: every page type that has a body builds it from these blocks.

Each block names its icon, its template under templates/blocks/ and a preview value, so editors
see a preview in the block picker.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subsection heading (H3)"))],
        default="h2",
        help_text=_("Keep headings in order: a subsection heading follows a section heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Jak współpracujemy z organizacjami", "level": "h2"}
        description = _("A section heading that also appears in the page outline.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "features", ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Miasto współpracuje z organizacjami pozarządowymi w formach finansowych "
            "i pozafinansowych.</p>"
        )
        description = _("Paragraphs, lists and links.")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    attribution = blocks.CharBlock(
        label=_("Author or source"),
        required=False,
        max_length=200,
        help_text=_("Who took the photo or where it comes from, as the licence requires."),
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/image_block.html"
        description = _("An image with its alternative text, a caption and its source.")


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Document list")
        template = "blocks/document_list_block.html"
        preview_value = {"title": "Materiały do pobrania", "documents": []}
        description = _("Files to download, with their type and size.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Author"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {
            "text": "Współpraca zaczyna się od rozmowy.",
            "attribution": "Uczestniczka spotkania konsultacyjnego",
        }
        description = _("A quotation with its author.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("Or an address"),
        required=False,
        help_text=_("Used when no page is chosen."),
    )
    button_label = blocks.CharBlock(label=_("Button label"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "title": "Umów bezpłatną konsultację",
            "text": "Doradcy pomogą w sprawach prawnych, księgowych i finansowych.",
            "url": "https://example.org/",
            "button_label": "Zarezerwuj termin",
        }
        description = _("A highlighted box with a button leading to a page.")


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page or an address; used by site settings and other blocks."""

    label = blocks.CharBlock(label=_("Label"), max_length=100)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "blocks/link_block.html"
        preview_value = {"label": "Kontakt", "url": "https://example.org/kontakt/"}


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    documents = DocumentListBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        template="blocks/embed_block.html",
        help_text=_("A link to a video or other media, e.g. on YouTube."),
        preview_value="https://www.youtube.com/watch?v=mwrGSfiB1Mg",
        description=_("A video or other media from an address."),
    )
    table = TableBlock(
        label=_("Table"),
        template="blocks/table_block.html",
        table_options={"startRows": 3, "startCols": 3},
        preview_value={
            "data": [["Dzielnica", "Organizacje"], ["I Stare Miasto", "412"]],
            "first_row_is_table_header": True,
        },
        description=_("A table with an optional header row."),
    )
    call_to_action = CallToActionBlock()
