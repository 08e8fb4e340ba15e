"""Polish for the NGO map (ngomap). See scripts/translate.py."""

TRANSLATIONS = {
    # filters
    "west,south,east,north in degrees": "zachód,południe,wschód,północ w stopniach",
    "All districts": "Wszystkie dzielnice",
    "Name or keyword": "Nazwa lub słowo kluczowe",
    "Areas of activity": "Obszary działalności",
    "District": "Dzielnica",
    "Kind": "Rodzaj",
    "All kinds": "Wszystkie rodzaje",
    "Legal form": "Forma prawna",
    "All legal forms": "Wszystkie formy prawne",
    "Only public benefit organizations (OPP)": "Tylko organizacje pożytku publicznego (OPP)",
    "Map area": "Obszar mapy",
    "published": "opublikowane",
    "draft, never published": "szkic, nigdy nieopublikowany",
    "published with unpublished changes": "opublikowane, z nieopublikowanymi zmianami",
    "in moderation": "w moderacji",
    "public benefit organization (OPP)": "organizacja pożytku publicznego (OPP)",
    "geocoding status": "stan geokodowania",
    "Moderation state": "Stan moderacji",
    # forms
    "Leave this field empty": "Pozostaw to pole puste",
    "Your e-mail address": "Twój adres e-mail",
    "We send the confirmation there; it is not published.": (
        "Wyślemy na niego potwierdzenie; nie będzie opublikowany."
    ),
    "I confirm that the data is true and may be published on the map.": (
        "Potwierdzam, że dane są prawdziwe i mogą zostać opublikowane na mapie."
    ),
    "An NGO registered in the KRS must give its KRS number.": (
        "Organizacja wpisana do KRS musi podać numer KRS."
    ),
    "An organization with this KRS number is already on the map. Use “report a correction” "
    "on its page instead.": (
        "Organizacja z tym numerem KRS jest już na mapie. Zamiast tego użyj formularza "
        "„Zgłoś poprawkę” na jej stronie."
    ),
    "In case the editors have a question; it is not published.": (
        "Na wypadek pytań redakcji; nie będzie opublikowany."
    ),
    "What should change, and why?": "Co należy zmienić i dlaczego?",
    "Near an address": "W pobliżu adresu",
    # models
    "number": "numer",
    "roman numeral": "numer rzymski",
    "name": "nazwa",
    "official name": "nazwa urzędowa",
    "district": "dzielnica",
    "districts": "dzielnice",
    "point of the act": "punkt ustawy",
    "slug": "slug",
    "statutory wording": "brzmienie ustawowe",
    "order": "kolejność",
    "area of activity": "obszar działalności",
    "areas of activity": "obszary działalności",
    "non-governmental organization": "organizacja pozarządowa",
    "civic initiative": "inicjatywa obywatelska",
    "informal group": "grupa nieformalna",
    "foundation": "fundacja",
    "registered association": "stowarzyszenie rejestrowe",
    "ordinary association": "stowarzyszenie zwykłe",
    "rural housewives' circle": "koło gospodyń wiejskich",
    "social cooperative": "spółdzielnia socjalna",
    "sports club": "klub sportowy",
    "other": "inna",
    "exact point": "dokładny punkt",
    "street only (about 100 m)": "tylko ulica (ok. 100 m)",
    "district only (about 1 km)": "tylko dzielnica (ok. 1 km)",
    "waiting for geocoding": "czeka na geokodowanie",
    "geocoded": "zgeokodowano",
    "address not found": "nie znaleziono adresu",
    "geocoding failed": "geokodowanie nie powiodło się",
    "point set by hand": "punkt ustawiony ręcznie",
    "no address": "brak adresu",
    "The full, official name.": "Pełna, oficjalna nazwa.",
    "The last part of the organization's address on the map page.": (
        "Ostatnia część adresu strony organizacji na mapie."
    ),
    "kind": "rodzaj",
    "An NGO, a civic initiative or an informal group.": (
        "Organizacja pozarządowa, inicjatywa obywatelska lub grupa nieformalna."
    ),
    "legal form": "forma prawna",
    "Choose “other” for informal groups and initiatives.": (
        "Dla grup nieformalnych i inicjatyw wybierz „inna”."
    ),
    "KRS number": "numer KRS",
    "10 digits, from the National Court Register; empty if not registered.": (
        "10 cyfr, z Krajowego Rejestru Sądowego; puste, jeśli organizacja nie jest wpisana."
    ),
    "NIP": "NIP",
    "Tax identification number, 10 digits.": "Numer identyfikacji podatkowej, 10 cyfr.",
    "REGON": "REGON",
    "Statistical number, 9 or 14 digits.": "Numer statystyczny, 9 lub 14 cyfr.",
    "Has the status of a public benefit organization (OPP).": (
        "Ma status organizacji pożytku publicznego (OPP)."
    ),
    "The areas of public-benefit activity the organization works in.": (
        "Obszary działalności pożytku publicznego, w których działa organizacja."
    ),
    "description": "opis",
    "What the organization does, for whom.": "Czym zajmuje się organizacja i dla kogo.",
    "logo": "logo",
    "Optional; shown on the organization's page.": "Opcjonalne; widoczne na stronie organizacji.",
    "website": "strona internetowa",
    "The full address.": "Pełny adres.",
    "A public contact address.": "Publiczny adres kontaktowy.",
    "A public phone number.": "Publiczny numer telefonu.",
    "social media": "media społecznościowe",
    "Profiles in social media.": "Profile w mediach społecznościowych.",
    "street": "ulica",
    "E.g. ul. Floriańska.": "Np. ul. Floriańska.",
    "building number": "numer budynku",
    "Building and flat number, e.g. 3/5.": "Numer budynku i lokalu, np. 3/5.",
    "postcode": "kod pocztowy",
    "NN-NNN.": "NN-NNN.",
    "city": "miejscowość",
    "City.": "Miejscowość.",
    "Filled by geocoding when empty; editors may correct it.": (
        "Uzupełniana przez geokodowanie, gdy jest pusta; redakcja może ją poprawić."
    ),
    "latitude": "szerokość geograficzna",
    "Filled by geocoding, or by dragging the marker on the map.": (
        "Uzupełniana przez geokodowanie albo przez przeciągnięcie znacznika na mapie."
    ),
    "longitude": "długość geograficzna",
    "When ticked, geocoding never moves the point.": (
        "Gdy zaznaczone, geokodowanie nigdy nie przesuwa punktu."
    ),
    "location precision shown to the public": "dokładność lokalizacji widoczna publicznie",
    "An informal group may hide its exact place; the public then sees a rounded point.": (
        "Grupa nieformalna może ukryć dokładne miejsce; publicznie widać wtedy zaokrąglony punkt."
    ),
    "public latitude": "publiczna szerokość geograficzna",
    "public longitude": "publiczna długość geograficzna",
    "geocoding message": "komunikat geokodowania",
    "geocoded at": "data geokodowania",
    "geocoded address": "zgeokodowany adres",
    "last verified": "ostatnia weryfikacja",
    "When an editor last confirmed the entry with the organization.": (
        "Kiedy redakcja ostatnio potwierdziła wpis z organizacją."
    ),
    "example entry": "wpis przykładowy",
    "Demo data: shown with a note that the entry is an example.": (
        "Dane demonstracyjne: wyświetlane z informacją, że to przykład."
    ),
    "submitter's e-mail": "e-mail zgłaszającego",
    "Who submitted or last corrected the entry; never shown to the public.": (
        "Kto zgłosił lub ostatnio poprawił wpis; nigdy nie jest publikowany."
    ),
    "note for the moderators": "uwaga dla moderatorów",
    "What a submitter asked to change or add; never shown to the public.": (
        "O jaką zmianę lub uzupełnienie prosi zgłaszający; nigdy nie jest publikowane."
    ),
    "created at": "utworzono",
    "updated at": "zmieniono",
    "Organization": "Organizacja",
    "Contact": "Kontakt",
    "Point on the map": "Punkt na mapie",
    "Location": "Lokalizacja",
    "organization": "organizacja",
    "organizations": "organizacje",
    "Shown above the map and the list.": "Wyświetlane nad mapą i listą.",
    "organizations per page": "organizacji na stronie",
    "How many organizations the list shows on one page.": (
        "Ile organizacji lista pokazuje na jednej stronie."
    ),
    "map page": "strona mapy",
    "map pages": "strony mapy",
    # services
    "The point was set by hand; geocoding leaves it alone.": (
        "Punkt ustawiono ręcznie; geokodowanie go nie zmienia."
    ),
    "There is no street to look up.": "Brak ulicy do wyszukania.",
    "The geocoding service could not be reached (%(error)s). It will be tried again.": (
        "Usługa geokodowania nie odpowiedziała (%(error)s). Spróbujemy ponownie."
    ),
    "The address “%(address)s” was not found in Kraków. Check it, or set the point by hand "
    "on the map.": (
        "Adres „%(address)s” nie został znaleziony w Krakowie. Sprawdź go albo ustaw punkt "
        "ręcznie na mapie."
    ),
    "Found: %(place)s": "Znaleziono: %(place)s",
    "The address changed; geocoding is queued.": "Adres się zmienił; geokodowanie czeka w kolejce.",
    "We have received your organization: %(name)s": "Otrzymaliśmy zgłoszenie organizacji: %(name)s",
    # admin widget
    "Point on the map: drag the marker to correct it": (
        "Punkt na mapie: przeciągnij znacznik, aby go poprawić"
    ),
    "Find the address on the map now": "Znajdź teraz adres na mapie",
    "Dragging the marker sets the point by hand: geocoding will not move it again.": (
        "Przeciągnięcie znacznika ustawia punkt ręcznie: geokodowanie już go nie przesunie."
    ),
    # validators
    "A KRS number has exactly 10 digits.": "Numer KRS ma dokładnie 10 cyfr.",
    "A NIP number has 10 digits.": "Numer NIP ma 10 cyfr.",
    "This NIP number is not valid: its check digit does not match.": (
        "Ten numer NIP jest nieprawidłowy: nie zgadza się cyfra kontrolna."
    ),
    "A REGON number has 9 or 14 digits.": "Numer REGON ma 9 lub 14 cyfr.",
    "This REGON number is not valid: its check digit does not match.": (
        "Ten numer REGON jest nieprawidłowy: nie zgadza się cyfra kontrolna."
    ),
    "Enter the postcode as NN-NNN, e.g. 31-004.": (
        "Wpisz kod pocztowy w postaci NN-NNN, np. 31-004."
    ),
    # views
    "your location": "Twojej lokalizacji",
    "The address search is not available right now. Try again later.": (
        "Wyszukiwanie adresów jest teraz niedostępne. Spróbuj później."
    ),
    "We could not find “%(address)s” in Kraków.": "Nie udało się znaleźć „%(address)s” w Krakowie.",
    "Too many submissions from your address. Try again later.": (
        "Zbyt wiele zgłoszeń z Twojego adresu. Spróbuj później."
    ),
    "The geocoding service could not be reached.": "Usługa geokodowania nie odpowiedziała.",
    "The address was not found in Kraków.": "Nie znaleziono adresu w Krakowie.",
    "Organizations": "Organizacje",
    "OPP": "OPP",
    # e-mail
    "Hello,\n\nwe have received the entry of “%(name)s” for the map of organizations.\n"
    "The editors will check it and publish it; we may write to you if anything is unclear.": (
        "Dzień dobry,\n\notrzymaliśmy zgłoszenie „%(name)s” na mapę organizacji.\n"
        "Redakcja sprawdzi je i opublikuje; jeśli coś będzie niejasne, napiszemy do Państwa."
    ),
    "The map:": "Mapa:",
    "This message was sent automatically.": "Wiadomość wysłana automatycznie.",
    # templates
    "Open the map of organizations": "Otwórz mapę organizacji",
    "public benefit organization": "organizacja pożytku publicznego",
    "%(km)s km away": "%(km)s km stąd",
    "Example entry (demo data)": "Wpis przykładowy (dane demonstracyjne)",
    "This is an example entry (demo data), not a real organization.": (
        "To wpis przykładowy (dane demonstracyjne), a nie prawdziwa organizacja."
    ),
    "Public benefit organization (OPP)": "Organizacja pożytku publicznego (OPP)",
    "yes": "tak",
    "no": "nie",
    "the organization does not publish its exact address": (
        "organizacja nie publikuje dokładnego adresu"
    ),
    "Website": "Strona internetowa",
    "Last verified": "Ostatnia weryfikacja",
    "Find an organization": "Znajdź organizację",
    "Sort by distance": "Sortuj według odległości",
    "e.g. Floriańska 3": "np. Floriańska 3",
    "Near me": "Blisko mnie",
    "Show organizations": "Pokaż organizacje",
    "Clear filters": "Wyczyść filtry",
    "Map of organizations": "Mapa organizacji",
    "organizations here; press Enter to zoom in": (
        "organizacji tutaj; naciśnij Enter, aby przybliżyć"
    ),
    "organizations at this address": "organizacji pod tym adresem",
    "Details": "Szczegóły",
    "Loading the map…": "Wczytywanie mapy…",
    "Sorting by distance from your location.": (
        "Sortowanie według odległości od Twojej lokalizacji."
    ),
    "Your location is not available.": "Twoja lokalizacja jest niedostępna.",
    "Marked on the map:": "Zaznaczono na mapie:",
    "the selected place": "wybrane miejsce",
    "nearest to %(place)s first": "najpierw najbliższe: %(place)s",
    "No organization matches these filters. Try fewer filters.": (
        "Żadna organizacja nie spełnia tych warunków. Spróbuj mniej filtrów."
    ),
    "Open data for this list:": "Otwarte dane tej listy:",
    "Add your organization": "Dodaj swoją organizację",
    "Map data and example addresses:": "Dane mapy i przykładowe adresy:",
    "Fill in the form: the editors check every entry before it appears on the map. Fields "
    "marked * are required.": (
        "Wypełnij formularz: redakcja sprawdza każdy wpis, zanim pojawi się na mapie. Pola "
        "oznaczone * są wymagane."
    ),
    "Please correct the fields marked below.": "Popraw pola oznaczone poniżej.",
    "Send for moderation": "Wyślij do moderacji",
    "Thank you": "Dziękujemy",
    "We have received your organization. The editors will check it, and we have sent you a "
    "confirmation by e-mail.": (
        "Otrzymaliśmy zgłoszenie. Redakcja je sprawdzi; potwierdzenie wysłaliśmy e-mailem."
    ),
    "Back to the map of organizations": "Wróć do mapy organizacji",
    "On the map": "Na mapie",
    "Show on the big map": "Pokaż na dużej mapie",
    "Show on the map": "Pokaż na mapie",
    "Report a correction": "Zgłoś poprawkę",
    "Thank you. The editors will check your correction before it appears.": (
        "Dziękujemy. Redakcja sprawdzi poprawkę, zanim zostanie opublikowana."
    ),
    "Is something out of date? Tell us what to change.": (
        "Coś jest nieaktualne? Napisz, co zmienić."
    ),
    "Send the correction": "Wyślij poprawkę",
}

PLURALS = {
    "%(counter)s organization and initiative on the map of Kraków.": [
        "%(counter)s organizacja i inicjatywa na mapie Krakowa.",
        "%(counter)s organizacje i inicjatywy na mapie Krakowa.",
        "%(counter)s organizacji i inicjatyw na mapie Krakowa.",
    ],
    "%(counter)s organization found": [
        "Znaleziono %(counter)s organizację",
        "Znaleziono %(counter)s organizacje",
        "Znaleziono %(counter)s organizacji",
    ],
}
