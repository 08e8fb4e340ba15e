"""The editor's map over the latitude/longitude inputs (django-leaflet's geometry widgets need
GeoDjango, which this project does not use)."""

from django import forms
from django.conf import settings
from django.urls import reverse


class LocationMapWidget(forms.NumberInput):
    """The latitude input followed by a Leaflet map with a draggable marker and a button that
    geocodes the typed address now. ngomap/static/ngomap/admin-location.js does the work: it
    finds the longitude, "set by hand" and address inputs of the same form by their names."""

    template_name = "ngomap/widgets/location_map.html"

    def __init__(self, attrs=None):
        super().__init__(attrs={"step": "0.000001", **(attrs or {})})

    class Media:
        css = {"all": ["leaflet/leaflet.css", "ngomap/admin-location.css"]}
        js = ["leaflet/leaflet.js", "ngomap/admin-location.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        config = settings.LEAFLET_CONFIG
        context["map"] = {
            "geocode_url": reverse("ngomap_admin_geocode"),
            "center": list(config.get("DEFAULT_CENTER", (50.0615, 19.9371))),
            "tiles": config["TILES"][0][1],
            "attribution": config["TILES"][0][2].get("attribution", ""),
        }
        return context
