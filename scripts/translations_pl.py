"""Polish for every interface string (English msgid -> Polish). See scripts/translate.py."""

TRANSLATIONS = {
    # apps
    "Advisory point": "Punkt doradczy",
    "Cooperation guidebook": "Przewodnik po współpracy",
    "Home and shared content": "Strona główna i treści wspólne",
    "News": "Aktualności",
    "NGO map": "Mapa organizacji",
    "Projects": "Projekty",
    "Polish": "polski",
    # blocks
    "Text": "Tekst",
    "Level": "Poziom",
    "Section heading (H2)": "Nagłówek sekcji (H2)",
    "Subsection heading (H3)": "Nagłówek podsekcji (H3)",
    "Keep headings in order: a subsection heading follows a section heading.": (
        "Zachowaj kolejność nagłówków: nagłówek podsekcji następuje po nagłówku sekcji."
    ),
    "Heading": "Nagłówek",
    "A section heading that also appears in the page outline.": (
        "Nagłówek sekcji, widoczny także w strukturze strony."
    ),
    "Paragraphs, lists and links.": "Akapity, listy i odnośniki.",
    "Image": "Obraz",
    "Caption": "Podpis",
    "Author or source": "Autor lub źródło",
    "Who took the photo or where it comes from, as the licence requires.": (
        "Kto wykonał zdjęcie lub skąd pochodzi, zgodnie z wymogami licencji."
    ),
    "Image with caption": "Obraz z podpisem",
    "An image with its alternative text, a caption and its source.": (
        "Obraz z tekstem alternatywnym, podpisem i źródłem."
    ),
    "Title": "Tytuł",
    "Document": "Dokument",
    "Documents": "Dokumenty",
    "Document list": "Lista dokumentów",
    "Files to download, with their type and size.": "Pliki do pobrania z typem i rozmiarem.",
    "Quote": "Cytat",
    "Author": "Autor",
    "A quotation with its author.": "Cytat wraz z autorem.",
    "Page": "Strona",
    "Or an address": "Lub adres",
    "Used when no page is chosen.": "Używany, gdy nie wybrano strony.",
    "Button label": "Etykieta przycisku",
    "Call to action": "Wezwanie do działania",
    "A highlighted box with a button leading to a page.": (
        "Wyróżnione pole z przyciskiem prowadzącym do strony."
    ),
    "Label": "Etykieta",
    "Link": "Odnośnik",
    "Embedded media": "Osadzone multimedia",
    "A link to a video or other media, e.g. on YouTube.": (
        "Adres filmu lub innych multimediów, np. w serwisie YouTube."
    ),
    "A video or other media from an address.": "Film lub inne multimedia z podanego adresu.",
    "Table": "Tabela",
    "A table with an optional header row.": "Tabela z opcjonalnym wierszem nagłówka.",
    # home models
    "publishing body": "podmiot udostępniający",
    "The office or unit responsible for this page. Leave empty to use the body set in the site settings.": (  # noqa: E501
        "Urząd lub komórka odpowiedzialna za tę stronę. Pozostaw puste, aby użyć podmiotu "
        "z ustawień witryny."
    ),
    "introduction": "wprowadzenie",
    "One or two sentences shown under the title and in listings.": (
        "Jedno lub dwa zdania wyświetlane pod tytułem i na listach."
    ),
    "body": "treść",
    "The content of the page, built from blocks.": "Treść strony złożona z bloków.",
    "Publication metadata": "Metryczka",
    "home page": "strona główna",
    "home pages": "strony główne",
    "standard page": "strona zwykła",
    "standard pages": "strony zwykłe",
    "Network": "Serwis",
    "Other": "Inny",
    "Address": "Adres",
    "Social profile": "Profil społecznościowy",
    "name of the portal": "nazwa portalu",
    "Shown in the header and in page titles.": "Wyświetlana w nagłówku i w tytułach stron.",
    "operator": "operator",
    "The institution that runs the portal.": "Instytucja prowadząca portal.",
    "operator's address": "adres operatora",
    "e-mail": "e-mail",
    "phone": "telefon",
    "Shown in every page's publication metadata unless the page sets its own.": (
        "Wyświetlany w metryczce każdej strony, chyba że strona określa własny."
    ),
    "accessibility statement": "deklaracja dostępności",
    "The page linked as the accessibility statement in every page's footer.": (
        "Strona podlinkowana jako deklaracja dostępności w stopce każdej strony."
    ),
    "footer links": "odnośniki w stopce",
    "Links shown in the footer of every page.": "Odnośniki wyświetlane w stopce każdej strony.",
    "social profiles": "profile społecznościowe",
    "The portal's profiles in social networks, shown in the footer.": (
        "Profile portalu w serwisach społecznościowych, wyświetlane w stopce."
    ),
    "Portal and operator": "Portal i operator",
    "Footer": "Stopka",
    "site settings": "ustawienia witryny",
    "system": "system",
    # templates
    "Page not found": "Nie znaleziono strony",
    "We could not find the page at this address. It may have been moved or removed, or the address may be mistyped.": (  # noqa: E501
        "Nie znaleźliśmy strony pod tym adresem. Mogła zostać przeniesiona lub usunięta albo "
        "adres zawiera literówkę."
    ),
    "Go to the home page": "Przejdź do strony głównej",
    "Search the portal": "Przeszukaj portal",
    "Server error": "Błąd serwera",
    "Something went wrong on our side": "Coś poszło nie tak po naszej stronie",
    "We have been notified and will fix it as soon as we can. Please try again in a few minutes.": (  # noqa: E501
        "Otrzymaliśmy powiadomienie i naprawimy błąd najszybciej, jak to możliwe. Spróbuj "
        "ponownie za kilka minut."
    ),
    "Skip to main content": "Przejdź do treści",
    "Search the site": "Szukaj w serwisie",
    "Search": "Szukaj",
    "No documents yet.": "Nie ma jeszcze dokumentów.",
    "Open the media on its own site": "Otwórz materiał w jego serwisie",
    "Search results for “%(query)s”": "Wyniki wyszukiwania dla „%(query)s”",
    "What are you looking for?": "Czego szukasz?",
    "Nothing was found for “%(query)s”. Try other or fewer words.": (
        "Nie znaleziono nic dla „%(query)s”. Spróbuj innych lub mniej licznych słów."
    ),
    "Type a word or phrase to search all pages of the portal.": (
        "Wpisz słowo lub frazę, aby przeszukać wszystkie strony portalu."
    ),
    "Breadcrumbs": "Ścieżka nawigacji",
    "Home": "Strona główna",
    "E-mail": "E-mail",
    "Phone": "Telefon",
    "Footer links": "Odnośniki w stopce",
    "Accessibility statement": "Deklaracja dostępności",
    "Site map (XML)": "Mapa witryny (XML)",
    "Social profiles": "Profile społecznościowe",
    "Main navigation": "Nawigacja główna",
    "Menu": "Menu",
    "Pagination": "Stronicowanie",
    "Previous page": "Poprzednia strona",
    "Page %(number)s of %(total)s": "Strona %(number)s z %(total)s",
    "Next page": "Następna strona",
    "Publishing body": "Podmiot udostępniający",
    "Created by": "Wytworzył(a)",
    "Published by": "Opublikował(a)",
    "Last changed by": "Ostatnia zmiana",
    "Number of versions": "Liczba wersji",
    "Change history": "Historia zmian",
    "Date": "Data",
    "Kind of change": "Rodzaj zmiany",
    "published version": "opublikowana wersja",
    "draft version": "wersja robocza",
    # e-mail outbox
    "pending": "oczekuje",
    "sent": "wysłano",
    "failed": "błąd",
    "purpose": "cel",
    "recipients": "odbiorcy",
    "reply to": "odpowiedź do",
    "subject": "temat",
    "text": "treść tekstowa",
    "HTML": "HTML",
    "attachments": "załączniki",
    "A list of {filename, content, mimetype}; text content only.": (
        "Lista {filename, content, mimetype}; tylko treść tekstowa."
    ),
    "status": "status",
    "attempts": "próby",
    "last error": "ostatni błąd",
    "created": "utworzono",
    "last attempt": "ostatnia próba",
    "outgoing e-mail": "wiadomość wychodząca",
    "outgoing e-mails": "wiadomości wychodzące",
    "Outgoing e-mails": "Wiadomości wychodzące",
}

PLURALS = {
    "%(counter)s result for “%(query)s”": [
        "%(counter)s wynik dla „%(query)s”",
        "%(counter)s wyniki dla „%(query)s”",
        "%(counter)s wyników dla „%(query)s”",
    ],
}
