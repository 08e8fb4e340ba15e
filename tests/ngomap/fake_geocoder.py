"""A fake network for geopy: the real Nominatim geocoder and our service run unchanged; only the
HTTP adapter is replaced by one that answers from canned Nominatim JSON. No test touches the
network."""

from urllib.parse import parse_qs, urlsplit

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderTimedOut

# Real points of public buildings (ngomap/data/krakow_public_places.csv, © OpenStreetMap
# contributors), answered the way Nominatim does with addressdetails=1.
CANNED = {
    "wszystkich świętych": {
        "lat": "50.05967",
        "lon": "19.93775",
        "display_name": "Pałac Wielopolskich, 3-4, plac Wszystkich Świętych, Stare Miasto, Kraków",
        "address": {"city_district": "Dzielnica I Stare Miasto", "city": "Kraków"},
    },
    "gołębia": {
        "lat": "50.06086",
        "lon": "19.93324",
        "display_name": "Collegium Novum, 24, Gołębia, Kraków",
        "address": {"suburb": "Dzielnica I Stare Miasto", "city": "Kraków"},
    },
    "lipowa": {
        "lat": "50.04736",
        "lon": "19.96152",
        "display_name": "Fabryka Emalia Oskara Schindlera, 4, Lipowa, Zabłocie, Kraków",
        "address": {"city_district": "Dzielnica XIII Podgórze", "city": "Kraków"},
    },
    "benedyktyńska": {
        "lat": "50.02059",
        "lon": "19.80734",
        "display_name": "Opactwo Benedyktynów, 37, Benedyktyńska, Tyniec, Kraków",
        "address": {"suburb": "Dębniki", "city": "Kraków"},
    },
    # Outside Kraków's box: must be treated as not found.
    "marszałkowska": {
        "lat": "52.2297",
        "lon": "21.0122",
        "display_name": "Marszałkowska, Warszawa",
        "address": {"city": "Warszawa"},
    },
}


class FakeNominatimAdapter(BaseSyncAdapter):
    """Answers Nominatim's /search from CANNED; "timeout" in the query raises a timeout."""

    requests = []

    def __init__(self, *, proxies=None, ssl_context=None):
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url, *, timeout, headers):
        parts = urlsplit(url)
        params = {key: values[0] for key, values in parse_qs(parts.query).items()}
        FakeNominatimAdapter.requests.append({"url": url, "params": params, "headers": headers})
        query = params.get("q", "").casefold()
        if "timeout" in query:
            raise GeocoderTimedOut("Service timed out")
        for needle, answer in CANNED.items():
            if needle in query:
                return [{"place_id": 1, "licence": "© OpenStreetMap contributors", **answer}]
        return []

    def get_text(self, url, *, timeout, headers):
        raise AssertionError("the fake geocoder only answers JSON")
