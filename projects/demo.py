"""Demo content of the projects app: the four projects the city has published, with the five
2018 meetings of "Więcej Pomysłów na Współpracę", and one clearly marked demonstration project
with upcoming meetings so that registration can be tried from `make run`.

Facts come from the city's and the implementers' published project descriptions. Venue points
of the 2018 meetings are approximate (±100 m, estimated by hand); the demo meetings' point comes
from /work/shared/data/krakow_public_places.csv (© OpenStreetMap contributors, ODbL).
Idempotent: pages are looked up by slug, partners by name.
"""

from datetime import date, time
from decimal import Decimal

from home.demo import get_or_create_home

from .models import (
    Meeting,
    Partner,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    UpcomingMeetingsPage,
)

PARTNERS = {
    "bis": ("Fundacja Biuro Inicjatyw Społecznych", "https://bis-krakow.pl/"),
    "gmk": ("Gmina Miejska Kraków", "https://www.krakow.pl/"),
    "fgap": ("Fundacja Gospodarki i Administracji Publicznej", "https://fundacja.e-gap.pl/"),
    "ue": ("Unia Europejska – Europejski Fundusz Społeczny", ""),
}

BIS = ("Fundacja Biuro Inicjatyw Społecznych", "ul. Krasickiego 18", "I piętro")
BIS_POINT = (Decimal("50.044100"), Decimal("19.955500"))
CO = ("Centrum Obywatelskie", "ul. Reymonta 20", "sala 040")
CO_POINT = (Decimal("50.063600"), Decimal("19.911500"))
MOWIS = ("Miejski Ośrodek Wspierania Inicjatyw Społecznych", "os. Centrum C 10", "sala nr 6")
MOWIS_POINT = (Decimal("50.072700"), Decimal("20.037800"))
CONFIRM_2018 = (
    "Potwierdzenie przybycia: e-mailem lub telefonicznie do koordynatorki projektu w Fundacji "
    "Biuro Inicjatyw Społecznych."
)


def _p(html):
    return ("paragraph", html)


def _h(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def _list(title, items):
    return ("list_section", {"title": title, "items": items})


WPNW = {
    "slug": "wiecej-pomyslow-na-wspolprace",
    "title": "Więcej Pomysłów na Współpracę",
    "intro": (
        "<p>Wspólne, oddolne wypracowanie założeń Wieloletniego Programu Współpracy Gminy "
        "Miejskiej Kraków z organizacjami pozarządowymi na lata 2019–2022.</p>"
    ),
    "start_date": date(2018, 4, 5),
    "end_date": date(2018, 9, 17),
    "status": ProjectPage.Status.COMPLETED,
    "target_groups": (
        "Krakowskie organizacje pozarządowe\n"
        "Pracownicy jednostek miejskich współpracujący z organizacjami"
    ),
    "places": "Kraków",
    "funder": "Gmina Miejska Kraków",
    "cofinancing_note": "Projekt współfinansowany ze środków Gminy Miejskiej Kraków.",
    "partners": [("bis", ProjectPartner.Role.IMPLEMENTER), ("gmk", ProjectPartner.Role.FUNDER)],
    "body": [
        _list(
            "Cele projektu",
            [
                "Wspólne, oddolne wypracowanie założeń do Wieloletniego Programu Współpracy "
                "Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata 2019–2022.",
                "Zebranie pomysłów, doświadczeń i wniosków organizacji z poprzednich lat "
                "współpracy z Miastem.",
                "Włączenie w prace urzędników jednostek miejskich, które współpracują "
                "z organizacjami w różnych dziedzinach.",
            ],
        ),
        _h("Więcej informacji"),
        _p(
            "<p>Organizacje pozarządowe z Krakowa zostały zaproszone na spotkania "
            "konsultacyjne poświęcone nowemu programowi wieloletniemu. Każde spotkanie "
            "dotyczyło jednego obszaru współpracy; prowadziły je doświadczone animatorki "
            "metodami warsztatowymi. Pytania przewodnie: co zmienić, co poprawić, co dodać "
            "i czego unikać?</p>"
            "<p>Po zakończeniu konsultacji i prac zespołu merytorycznego projekt założeń "
            "trafił do wydziałów miejskich, a następnie był konsultowany z Krakowską Radą "
            "Działalności Pożytku Publicznego.</p>"
        ),
        (
            "materials",
            {
                "title": "Materiały",
                "documents": [],
                "links": [
                    {
                        "label": "Opis projektu na stronie Fundacji Biuro Inicjatyw Społecznych",
                        "page": None,
                        "url": "https://bis-krakow.pl/projekt/wiecej-pomyslow-na-wspolprace/",
                    }
                ],
                "videos": [],
            },
        ),
        (
            "contact",
            {
                "title": "Kontakt",
                "name": "Koordynatorka projektu – Fundacja Biuro Inicjatyw Społecznych",
                "role": "ul. Krasickiego 18, 30-503 Kraków",
                "phone": "",
                "email": "wiecejpomyslow@example.org",
            },
        ),
    ],
    "meetings": [
        (date(2018, 5, 25), time(17), time(20), "Kultura i sztuka", BIS, BIS_POINT),
        (date(2018, 5, 29), time(17), time(20), "Ochrona środowiska i ekologia", BIS, BIS_POINT),
        (
            date(2018, 6, 5),
            time(13),
            time(16),
            "Pomoc społeczna i osoby z niepełnosprawnością",
            CO,
            CO_POINT,
        ),
        (date(2018, 6, 6), time(10), time(13), "Seniorzy", BIS, BIS_POINT),
        (
            date(2018, 6, 7),
            time(17),
            time(20),
            "Rewitalizacja, przestrzeń, Nowa Huta",
            MOWIS,
            MOWIS_POINT,
        ),
    ],
}

KRK = {
    "slug": "krakow-rozwija-konsultacje-spoleczne",
    "title": "Kraków rozwija konsultacje społeczne",
    "intro": (
        "<p>Projekt z 2014 roku, który zwiększył udział krakowskich organizacji pozarządowych "
        "w konsultacjach społecznych prowadzonych przez Miasto.</p>"
    ),
    "status": ProjectPage.Status.COMPLETED,
    "places": "Kraków (2014)",
    "target_groups": "Organizacje pozarządowe z Krakowa\nPracownicy Urzędu Miasta Krakowa",
    "funder": "Unia Europejska – Europejski Fundusz Społeczny",
    "funding_programme": "Program Operacyjny Kapitał Ludzki",
    "cofinancing_note": (
        "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu "
        "Społecznego."
    ),
    "partners": [("gmk", ProjectPartner.Role.IMPLEMENTER), ("ue", ProjectPartner.Role.FUNDER)],
    "body": [
        _h("Geneza projektu"),
        _p(
            "<p>Z badań przeprowadzonych przed projektem wynikało, że w konsultacjach "
            "społecznych prowadzonych przez Miasto bierze udział zaledwie 4% krakowskich "
            "organizacji pozarządowych. Projekt miał zmienić tę proporcję: ułatwić "
            "organizacjom udział w konsultacjach i nauczyć urząd prowadzić je tak, by głos "
            "organizacji był słyszalny.</p>"
        ),
        _list(
            "Co udało się osiągnąć",
            [
                "Przeszkolono przedstawicieli organizacji w zakresie udziału w konsultacjach.",
                "Przeszkolono pracowników Urzędu w prowadzeniu konsultacji z organizacjami.",
                "Przeprowadzono pilotażowe konsultacje z udziałem organizacji i mieszkańców.",
                "Wypracowano rekomendacje zmian zasad konsultowania z organizacjami.",
                "Uruchomiono konsultacje on-line na portalu organizacji pozarządowych.",
                "Zwiększono liczbę organizacji zgłaszających uwagi do projektów dokumentów.",
                "Upowszechniono wyniki projektu i dobre praktyki konsultacji.",
            ],
        ),
        (
            "key_results",
            {
                "title": "Rezultaty w liczbach",
                "figures": [
                    {"number": "57", "label": "organizacji wzięło udział w działaniach"},
                    {"number": "441", "label": "osób wyraziło opinię w konsultacjach"},
                    {"number": "37", "label": "osób przeszkolono"},
                    {"number": "26", "label": "spotkań konsultacyjnych"},
                    {"number": "9", "label": "skonsultowanych dokumentów"},
                ],
            },
        ),
    ],
    "meetings": [],
}

KOALICJA = {
    "slug": "koalicja-na-rzecz-sasiedztw",
    "title": "Koalicja na rzecz sąsiedztw – budowanie kapitału współpracy",
    "intro": (
        "<p>Zwiększenie wpływu organizacji pozarządowych na tworzenie i monitorowanie polityk "
        "samorządowych dotyczących rozwoju społeczności lokalnych przez wzmacnianie "
        "sprawczości i podmiotowości organizacji.</p>"
    ),
    "status": ProjectPage.Status.COMPLETED,
    "target_groups": (
        "Przedstawiciele organizacji pozarządowych\nAktywni mieszkańcy\nPrzedstawiciele samorządu"
    ),
    "places": "Kraków i Wrocław",
    "funder": "Unia Europejska",
    "cofinancing_note": "Sfinansowane ze środków UE.",
    "funding_disclaimer": (
        "Sfinansowane ze środków UE. Wyrażone poglądy i opinie są jedynie opiniami autora lub "
        "autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub Komisji "
        "Europejskiej. Unia Europejska ani organ przyznający nie ponoszą za nie "
        "odpowiedzialności."
    ),
    "partners": [("bis", ProjectPartner.Role.IMPLEMENTER), ("ue", ProjectPartner.Role.FUNDER)],
    "body": [
        _list(
            "Cele szczegółowe",
            [
                "Wzmacnianie świadomości – zwłaszcza władz miasta i pracowników samorządowych – "
                "roli organizacji pozarządowych w systemie samorządowym i znaczenia współpracy "
                "z nimi dla rozwoju miasta.",
                "Budowanie świadomości krakowskich organizacji jako rzeczniczek polityk "
                "miejskich i rozwijanie ich kompetencji do skutecznego rzecznictwa.",
                "Wzmacnianie wpływu organizacji na politykę miejską budowaną wokół idei "
                "aktywnych sąsiedztw.",
            ],
        ),
        _list(
            "Planowane działania",
            [
                "Samorządowa debata przedwyborcza.",
                "Zainicjowanie i animowanie Koalicji na rzecz sąsiedztw.",
                "Założenia komisji dialogu obywatelskiego ds. sąsiedztw.",
                "Wizyta studyjna poświęcona praktykom rzeczniczym i sieciującym.",
                "Doradztwo w ramach Banku Wspierania Partycypacji.",
                "Katalog wskazówek do tworzenia komisji dialogu obywatelskiego.",
                "Gala sojuszników sąsiedztw dla organizacji, samorządów i grup nieformalnych.",
            ],
        ),
        (
            "materials",
            {
                "title": "Materiały",
                "documents": [],
                "links": [
                    {
                        "label": "Opis projektu na stronie Fundacji Biuro Inicjatyw Społecznych",
                        "page": None,
                        "url": "https://bis-krakow.pl/projekt/koalicja-na-rzecz-sasiedztw/",
                    }
                ],
                "videos": [],
            },
        ),
    ],
    "meetings": [],
}

WIP = {
    "slug": "wip-wspolpraca-i-partycypacja",
    "title": "WiP – Współpraca i partycypacja NGO w przestrzeni Gminy Miejskiej Kraków",
    "intro": (
        "<p>Podniesienie jakości współpracy Urzędu Miasta Krakowa i organizacji pozarządowych "
        "przez działania szkoleniowe, aktywizacyjne i badawcze.</p>"
    ),
    "status": ProjectPage.Status.COMPLETED,
    "is_archived": True,
    "target_groups": (
        "Pracownicy Urzędu Miasta Krakowa oraz jednostek organizacyjnych Miasta Krakowa\n"
        "Radni Miasta Krakowa i radni dzielnic, przedstawiciele komisji ds. współpracy "
        "i komisji ds. dialogu\n"
        "Przedstawiciele organizacji pozarządowych i ich porozumień z terenu Gminy Miejskiej "
        "Kraków"
    ),
    "places": "Kraków",
    "funder": "Unia Europejska – Europejski Fundusz Społeczny",
    "funding_programme": (
        "Program Operacyjny Kapitał Ludzki, Priorytet V Dobre rządzenie, Działanie 5.4 Rozwój "
        "potencjału trzeciego sektora, Poddziałanie 5.4.2 Rozwój dialogu obywatelskiego; "
        "nr projektu POKL.05.04.02-00-H12/13"
    ),
    "cofinancing_note": (
        "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu "
        "Społecznego."
    ),
    "partners": [
        ("fgap", ProjectPartner.Role.IMPLEMENTER),
        ("gmk", ProjectPartner.Role.PARTNER),
        ("ue", ProjectPartner.Role.FUNDER),
    ],
    "body": [
        _p(
            "<p>Projekt realizowała Fundacja Gospodarki i Administracji Publicznej (lider) "
            "wspólnie z Gminą Miejską Kraków (partner). Jego przedmiotem było podniesienie "
            "jakości współpracy Miasta z organizacjami pozarządowymi.</p>"
        ),
        (
            "tasks",
            {
                "title": "Zadania",
                "tasks": [
                    {
                        "title": "Zadanie 1. NGO a polityki publiczne w Gminie Miejskiej Kraków",
                        "points": [
                            "Badanie i analiza lokalnych problemów i wyzwań, w tym społecznych, "
                            "oraz możliwości ich rozwiązania z perspektywy organizacji "
                            "pozarządowych.",
                            "Ocena wzajemnych relacji i jakości współpracy Gminy i organizacji.",
                        ],
                    },
                    {
                        "title": "Zadanie 2. Szkolenia i warsztaty dla stron współpracy",
                        "points": [
                            "Szkolenia dla pracowników Urzędu i jednostek miejskich.",
                            "Warsztaty dla radnych oraz członków komisji ds. współpracy i dialogu.",
                            "Szkolenia dla przedstawicieli organizacji pozarządowych.",
                        ],
                    },
                    {
                        "title": "Zadanie 3. Wypracowanie i upowszechnienie rekomendacji",
                        "points": [
                            "Rekomendacje zmian w systemie współpracy Miasta z organizacjami.",
                            "Upowszechnienie wyników projektu wśród organizacji i urzędników.",
                        ],
                    },
                ],
            },
        ),
    ],
    "meetings": [],
}

DEMO_POINT = (Decimal("50.076910"), Decimal("20.031890"))  # os. Zgody 2, © OpenStreetMap
DEMO = {
    "slug": "forum-wspolpracy-demo",
    "title": "Forum współpracy z organizacjami (projekt demonstracyjny)",
    "intro": (
        "<p>Przykładowy projekt z nadchodzącymi spotkaniami, na których można wypróbować "
        "zapisy on-line. Treść demonstracyjna – nie jest to rzeczywiste wydarzenie.</p>"
    ),
    "start_date": date(2026, 10, 1),
    "end_date": date(2027, 6, 30),
    "status": ProjectPage.Status.ONGOING,
    "target_groups": "Organizacje pozarządowe\nGrupy nieformalne",
    "places": "Kraków",
    "partners": [("gmk", ProjectPartner.Role.IMPLEMENTER)],
    "body": [
        _p(
            "<p><strong>Uwaga:</strong> to projekt demonstracyjny. Spotkania poniżej służą do "
            "wypróbowania zapisów i plików kalendarza; nie odbędą się.</p>"
        )
    ],
    "meetings": [
        (
            date(2026, 12, 10),
            time(17),
            time(19),
            "[DEMO] Programy współpracy na 2027 rok – spotkanie otwarte",
            ("Urząd Miasta Krakowa", "os. Zgody 2, 31-949 Kraków", "sala obrad"),
            DEMO_POINT,
            30,
        ),
        (
            date(2027, 1, 14),
            time(10),
            time(12),
            "[DEMO] Jak rozliczyć dotację – warsztat",
            ("Urząd Miasta Krakowa", "os. Zgody 2, 31-949 Kraków", "sala 12"),
            DEMO_POINT,
            2,
        ),
    ],
}

PROJECTS = [WPNW, KRK, KOALICJA, WIP, DEMO]


def _partners():
    partners, created = {}, 0
    for key, (name, url) in PARTNERS.items():
        partner, was_created = Partner.objects.get_or_create(name=name, defaults={"url": url})
        partners[key] = partner
        created += was_created
    return partners, created


def _child(parent, page_class, *, slug, **fields):
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _project(index, spec, partners):
    spec = dict(spec)
    meetings = spec.pop("meetings")
    roles = spec.pop("partners")
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return 0
    page = ProjectPage(**spec)
    for key, role in roles:
        page.partners.add(ProjectPartner(partner=partners[key], role=role))
    for item in meetings:
        day, start, end, topic, (venue, address, room), (lat, lng), *rest = item
        capacity = rest[0] if rest else None
        page.meetings.add(
            Meeting(
                date=day,
                start_time=start,
                end_time=end,
                topic=topic,
                venue=venue,
                address=address,
                room=room,
                latitude=lat,
                longitude=lng,
                capacity=capacity,
                registration_open=capacity is not None,
                attendance_info=(
                    "Zapisz się przez formularz na stronie spotkania."
                    if capacity is not None
                    else CONFIRM_2018
                ),
            )
        )
    index.add_child(instance=page)
    page.save_revision().publish()
    return 1 + len(meetings)


def load(*, stdout=None):
    home, _ = get_or_create_home(stdout=stdout)
    partners, created = _partners()
    index, was_created = _child(
        home,
        ProjectIndexPage,
        slug="projekty",
        title="Projekty",
        show_in_menus=True,
        intro=(
            "<p>Projekty, w których Miasto i organizacje pozarządowe wspólnie rozwijają "
            "współpracę, konsultacje i partycypację.</p>"
        ),
    )
    created += was_created
    for spec in PROJECTS:
        created += _project(index, spec, partners)
    _, was_created = _child(
        home,
        UpcomingMeetingsPage,
        slug="spotkania",
        title="Najbliższe spotkania",
        show_in_menus=True,
        intro="<p>Nadchodzące spotkania wszystkich projektów – z zapisami on-line.</p>",
    )
    created += was_created
    return created
