"""The draft under consultation, as numbered units that can be commented."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .pages import ConsultationPage


class DraftUnit(models.Model):
    """One numbered unit of the draft (a chapter heading, §, ust. or pkt) that can be commented.

    `uid` never changes, whatever editors do to the numbering or the text: it is the anchor in
    the page (#j-<uid>) and what a link "Zgłoś uwagę" carries. Re-pasting the draft keeps the uid
    of every unit whose number stays (consultations.services.draft_import_text).
    """

    class Kind(models.TextChoices):
        CHAPTER = "chapter", _("chapter")
        PARAGRAPH = "paragraph", _("§ (paragraph)")
        SECTION = "section", _("ust. (section)")
        POINT = "point", _("pkt (point)")
        TEXT = "text", _("text")

    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="units",
    )
    position = models.PositiveIntegerField(_("position"), help_text=_("Order in the document."))
    uid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    number = models.CharField(
        _("number"),
        max_length=100,
        blank=True,
        help_text=_("As the document numbers it, e.g. “Rozdział 2”, “§ 3”, “ust. 1”, “pkt 2”."),
    )
    text = models.TextField(_("wording"), help_text=_("The unit's wording in the draft."))

    panels = [FieldPanel("kind"), FieldPanel("number"), FieldPanel("text")]

    class Meta:
        verbose_name = _("unit of the draft")
        verbose_name_plural = _("units of the draft")
        ordering = ["consultation", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "position"], name="consultations_unit_position_unique"
            )
        ]

    def __str__(self):
        return f"{self.number} {self.text[:60]}".strip()

    @property
    def anchor(self):
        return f"j-{self.uid}"

    @property
    def is_chapter(self):
        return self.kind == self.Kind.CHAPTER
