"""Shared pieces that keep the admin Polish and grammatical.

Wagtail and wagtail-modeladmin build labels such as "Add %(model_name)s" from a model's
`verbose_name`, which in Polish is the nominative ("Dodaj organizacja"). Each app names the
forms Polish needs for its models with `model_names(...)` (the accusative for "Dodaj
organizację", the genitive plural for "Wróć do listy rezerwacji"), and the views and buttons
below use them. (Empty values and booleans: templates/wagtailadmin/generic/inspect.html and
tables/boolean_cell.html.)
"""

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail_modeladmin.helpers import ButtonHelper

_NAMES = {}


def model_names(model, *, accusative, genitive_plural):
    """Register the declined names of `model` (lazy translations, lower case)."""
    _NAMES[model._meta.label_lower] = {
        "accusative": accusative,
        "genitive_plural": genitive_plural,
    }


def accusative(model):
    names = _NAMES.get(model._meta.label_lower)
    return str(names["accusative"]) if names else str(model._meta.verbose_name)


def genitive_plural(model):
    names = _NAMES.get(model._meta.label_lower)
    return str(names["genitive_plural"]) if names else str(model._meta.verbose_name_plural)


def add_label(model):
    # Translators: a button; the model's name is in the accusative ("Dodaj organizację").
    return capfirst(_("Add %(model_name)s") % {"model_name": accusative(model)})


class DeclinedIndexViewMixin:
    """For the index views of snippets and model viewsets: "Dodaj organizację"."""

    @property
    def add_item_label(self):
        return add_label(self.model)


class DeclinedButtonHelper(ButtonHelper):
    """wagtail-modeladmin's buttons with the accusative: "Dodaj temat"."""

    def add_button(self, classnames_add=None, classnames_exclude=None):
        button = super().add_button(classnames_add, classnames_exclude)
        button["label"] = button["title"] = add_label(self.model)
        return button
