"""A place on the map: the point (latitude, longitude) that organizations on the NGO map and the
venues of meetings share, its admin panel and the editor's map widget.

Each model keeps its own address fields (an organization's street, number, postcode and city; a
venue's one address line) and tells the panel which of them the "find the address on the map
now" button sends to the geocoder. The button's endpoint belongs to the app that geocodes
(ngomap registers the URL named `place_geocode`); without it the map still works, by hand.
"""

import json

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.permission_policies.pages import PagePermissionPolicy

# The parts of an address the geocoding endpoint takes.
ADDRESS_PARTS = ("street", "building_number", "postcode", "city")


def coordinate_field(verbose_name):
    return models.DecimalField(
        verbose_name,
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Found from the address, or set by dragging the marker on the map."),
    )


class Place(models.Model):
    """The point of something shown on a map, stored as plain decimals (no GeoDjango needed)."""

    latitude = coordinate_field(_("latitude"))
    longitude = coordinate_field(_("longitude"))

    class Meta:
        abstract = True

    @property
    def has_point(self):
        return self.latitude is not None and self.longitude is not None


class PlaceMapWidget(forms.NumberInput):
    """The latitude input followed by a Leaflet map with a draggable marker and a button that
    looks the typed address up now. home/static/home/place-map.js does the work: it finds the
    longitude and address inputs of the same form (or of the same inline form, by its prefix)."""

    template_name = "home/widgets/place_map.html"

    def __init__(self, attrs=None, *, address_fields=None):
        super().__init__(attrs={"step": "0.000001", **(attrs or {})})
        # Geocoder part → form field name, e.g. {"street": "address"} for a one-line address.
        self.address_fields = dict(address_fields or {part: part for part in ADDRESS_PARTS})

    class Media:
        css = {"all": ["leaflet/leaflet.css", "home/place-map.css"]}
        js = ["leaflet/leaflet.js", "home/place-map.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        config = settings.LEAFLET_CONFIG
        try:
            geocode_url = reverse("place_geocode")
        except NoReverseMatch:
            geocode_url = ""
        context["map"] = {
            "geocode_url": geocode_url,
            "address_fields": json.dumps(self.address_fields),
            "center": list(config.get("DEFAULT_CENTER", (50.0615, 19.9371))),
            "tiles": config["TILES"][0][1],
            "attribution": config["TILES"][0][2].get("attribution", ""),
        }
        return context


def place_panel(*, address_fields=None, heading=None, extra=()):
    """The admin panel of a place's point: the map over latitude, then longitude, then `extra`."""
    heading = heading or _("Point on the map")
    return MultiFieldPanel(
        [
            FieldPanel("latitude", widget=PlaceMapWidget(address_fields=address_fields)),
            FieldPanel("longitude"),
            *extra,
        ],
        heading=heading,
    )


def user_may_locate_places(user):
    """Who may use the "find the address" button: whoever may change a place, i.e. a model
    with a point (an organization) or a page (a project page holds its meetings' venues)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    for model in apps.get_models():
        if issubclass(model, Place) and user.has_perm(
            f"{model._meta.app_label}.{get_permission_codename('change', model._meta)}"
        ):
            return True
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change"])
