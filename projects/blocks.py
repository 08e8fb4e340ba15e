"""Blocks of project pages: the sections the city's project descriptions have.

The shared blocks (headings, text, images, documents, video) come from `home.blocks`; these add
the structured sections: a list of goals or achievements, tasks with sub-points, key results as
figures, materials and the coordinator's contact.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from home.blocks import BaseStreamBlock, LinkBlock


class ListSectionBlock(blocks.StructBlock):
    """A titled list: the goals of a project, what it achieved, its planned activities."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    items = blocks.ListBlock(
        blocks.TextBlock(label=_("Item")),
        label=_("Items"),
        help_text=_("One point of the list per item."),
    )

    class Meta:
        icon = "list-ul"
        label = _("List section")
        template = "blocks/projects/list_section_block.html"
        preview_value = {
            "title": "Cele projektu",
            "items": [
                "Wspólne wypracowanie założeń programu współpracy.",
                "Włączenie organizacji, które dotąd nie współpracowały z Miastem.",
            ],
        }
        description = _("A titled list, e.g. the goals or what was achieved.")


class TaskBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Task"), max_length=300)
    points = blocks.ListBlock(
        blocks.TextBlock(label=_("Sub-point")), label=_("Sub-points"), default=[]
    )

    class Meta:
        icon = "tasks"
        label = _("Task")


class TasksBlock(blocks.StructBlock):
    """The project's tasks, each with its sub-points, numbered in order."""

    title = blocks.CharBlock(label=_("Title"), max_length=200, default="Zadania")
    tasks = blocks.ListBlock(TaskBlock(), label=_("Tasks"))

    class Meta:
        icon = "tasks"
        label = _("Tasks with sub-points")
        template = "blocks/projects/tasks_block.html"
        preview_value = {
            "title": "Zadania",
            "tasks": [
                {
                    "title": "Zadanie 1. Diagnoza współpracy",
                    "points": ["Badanie ankietowe organizacji", "Analiza dokumentów"],
                }
            ],
        }
        description = _("Numbered tasks, each with its sub-points.")


class FigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Number"), max_length=20, help_text=_("The figure itself, e.g. 441 or 4%.")
    )
    label = blocks.CharBlock(
        label=_("Label"),
        max_length=200,
        help_text=_("What it counts, e.g. people who gave their opinion."),
    )

    class Meta:
        icon = "order"
        label = _("Figure")


class KeyResultsBlock(blocks.StructBlock):
    """Key results as figures: a number with its label."""

    title = blocks.CharBlock(label=_("Title"), max_length=200, default="Rezultaty w liczbach")
    figures = blocks.ListBlock(FigureBlock(), label=_("Figures"))

    class Meta:
        icon = "order"
        label = _("Key results in figures")
        template = "blocks/projects/key_results_block.html"
        preview_value = {
            "title": "Rezultaty w liczbach",
            "figures": [
                {"number": "441", "label": "osób wyraziło opinię"},
                {"number": "57", "label": "organizacji wzięło udział"},
            ],
        }
        description = _("Numbers with labels, shown as large figures.")


class UnavailableMaterialBlock(blocks.StructBlock):
    """A material the project names although the site cannot offer its file or address."""

    title = blocks.CharBlock(label=_("Title"), max_length=300)
    note = blocks.CharBlock(
        label=_("Note"),
        max_length=200,
        help_text=_("Why there is no file or link, e.g. not available online."),
    )

    class Meta:
        icon = "doc-empty"
        label = _("Material without a file")


class MaterialsBlock(blocks.StructBlock):
    """Materials of a project: documents to download, links, videos, and materials that are
    named but not available (so the list stays complete without inventing an address)."""

    title = blocks.CharBlock(label=_("Title"), max_length=200, default="Materiały")
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")), label=_("Documents"), default=[]
    )
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), default=[])
    videos = blocks.ListBlock(
        EmbedBlock(label=_("Video"), help_text=_("A link to a video, e.g. on YouTube.")),
        label=_("Videos"),
        default=[],
    )
    unavailable = blocks.ListBlock(
        UnavailableMaterialBlock(),
        label=_("Materials without a file"),
        default=[],
        help_text=_("Materials the project names whose file or address is not available."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Materials")
        template = "blocks/projects/materials_block.html"
        preview_value = {
            "title": "Materiały",
            "documents": [],
            "links": [{"label": "Strona realizatora", "url": "https://example.org/", "page": None}],
            "videos": [],
            "unavailable": [],
        }
        description = _("Documents, links and videos about the project.")


class ContactBlock(blocks.StructBlock):
    """The coordinator to contact about the project."""

    title = blocks.CharBlock(label=_("Title"), max_length=200, default="Kontakt")
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(
        label=_("Role"), max_length=200, required=False, help_text=_("E.g. project coordinator.")
    )
    phone = blocks.CharBlock(label=_("Phone"), max_length=50, required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)

    class Meta:
        icon = "user"
        label = _("Contact")
        template = "blocks/projects/contact_block.html"
        preview_value = {
            "title": "Kontakt",
            "name": "Anna Kowalska",
            "role": "koordynatorka projektu",
            "phone": "12 000 00 00",
            "email": "kontakt@example.org",
        }
        description = _("The coordinator's name, phone and e-mail.")


class ProjectStreamBlock(BaseStreamBlock):
    list_section = ListSectionBlock()
    tasks = TasksBlock()
    key_results = KeyResultsBlock()
    materials = MaterialsBlock()
    contact = ContactBlock()
