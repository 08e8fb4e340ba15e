"""The declined model names of home.admin_ui in admin templates."""

from django import template

from home.admin_ui import genitive_plural

register = template.Library()


@register.filter
def genitive_plural_of(model):
    """ "rezerwacji" for Booking: "Wróć do listy rezerwacji"."""
    return genitive_plural(model)
