"""Demo content of the projects app: the four projects from the city's portal, the schedule of
the five 2018 meetings "Więcej Pomysłów na Współpracę" announced (WPNW_MEETINGS: the meetings
belong to the 2018 consultation the project ran, consultations.demo, and the project page lists
them through it), and one demonstration project, marked as such on its page, whose meetings lie
in the future so that registration can be tried from `make run`.

The four projects carry the facts of their published descriptions (../shared/seeds/000, 002,
003 and 004) and nothing else: where a description gives no date, status, implementer or address,
the page gives none either; a material it names without a file or address is listed as not
available in the demo. Venue points of the 2018 meetings are approximate (±100 m, estimated by
hand); the demo meetings' point comes from ngomap/data/krakow_public_places.csv (© OpenStreetMap
contributors, ODbL).

Idempotent: pages are looked up by slug, partners by name. A page whose content differs from
the facts below (a database loaded by an earlier demo) is brought up to date with a new revision.
The demonstration project's dates count from the day `load_demo` first runs and are moved only
once its meetings are over.
"""

from datetime import date, time, timedelta
from decimal import Decimal

from django.utils import timezone

from home.demo import get_or_create_home, update_page

from .models import (
    Meeting,
    Partner,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    UpcomingMeetingsPage,
)

# Websites only where a source names them (000 links www.krakow.pl; 004 credits
# www.fundacja.e-gap.pl); the others are left without an address.
PARTNERS = {
    "bis": ("Fundacja Biuro Inicjatyw Społecznych", ""),
    "fmp": ("Federacja Małopolska Pozarządowa", ""),
    "mowis": ("Miejski Ośrodek Wspierania Inicjatyw Społecznych w Krakowie", ""),
    "gmk": ("Gmina Miejska Kraków", "https://www.krakow.pl/"),
    "fgap": ("Fundacja Gospodarki i Administracji Publicznej", "http://www.fundacja.e-gap.pl/"),
}
# Partners an earlier demo created; their pages no longer name them, the snippets are removed
# when nothing uses them.
RETIRED_PARTNERS = ["Unia Europejska – Europejski Fundusz Społeczny"]

NOT_IN_DEMO_FILE = "plik niedostępny w wersji demonstracyjnej"
NOT_IN_DEMO_LINK = "odnośnik niedostępny w wersji demonstracyjnej"

BIS = ("Fundacja Biuro Inicjatyw Społecznych", "ul. Krasickiego 18", "I piętro")
BIS_POINT = (Decimal("50.044100"), Decimal("19.955500"))
CO = ("Centrum Obywatelskie", "ul. Reymonta 20", "sala 040")
CO_POINT = (Decimal("50.063600"), Decimal("19.911500"))
MOWIS = ("Miejski Ośrodek Wspierania Inicjatyw Społecznych", "os. Centrum C 10", "sala nr 6")
MOWIS_POINT = (Decimal("50.072700"), Decimal("20.037800"))
CONFIRM_2018 = (
    "Prosimy o potwierdzenie przybycia na spotkania: mailem: biuro@malopolskiengo.pl, "
    "telefonicznie: 505 343 132."
)


def _p(html):
    return ("paragraph", html)


def _h(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def _list(title, items):
    return ("list_section", {"title": title, "items": items})


def _materials(*, links=(), unavailable=(), title="Materiały"):
    return (
        "materials",
        {
            "title": title,
            "documents": [],
            "links": [{"label": label, "page": None, "url": url} for label, url in links],
            "videos": [],
            "unavailable": [{"title": name, "note": note} for name, note in unavailable],
        },
    )


WPNW_PROGRAMME = (
    "Wieloletniego Programu Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi "
    "na lata 2019-2022"
)

# The schedule the project published (../shared/seeds/000_...): dates, times, venues.
WPNW_MEETINGS = [
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
]

# ../shared/seeds/000_7f0ccd401662fa1b.txt
WPNW = {
    "slug": "wiecej-pomyslow-na-wspolprace",
    "title": "Więcej Pomysłów na Współpracę",
    "intro": (f"<p>Więcej Pomysłów na Współpracę – opracowanie {WPNW_PROGRAMME}.</p>"),
    "start_date": date(2018, 4, 5),
    "end_date": date(2018, 9, 17),
    "status": ProjectPage.Status.COMPLETED,
    "target_groups": "",
    "places": "",
    "funder": "",
    "funding_programme": "",
    "cofinancing_note": "Zadanie publiczne jest współfinansowane ze środków Miasta Krakowa.",
    "funding_disclaimer": "",
    "is_archived": False,
    "publishing_body": "",
    "publishing_person": "",
    "partners": [
        ("bis", ProjectPartner.Role.IMPLEMENTER),
        ("fmp", ProjectPartner.Role.IMPLEMENTER),
        ("mowis", ProjectPartner.Role.PARTNER),
    ],
    "body": [
        _list(
            "Cele projektu",
            [
                f"Celem projektu jest wspólne, oddolne wypracowanie założeń do {WPNW_PROGRAMME} "
                "we współpracy z krakowskimi organizacjami pozarządowymi i urzędnikami jednostek "
                "miejskich, które współpracują na różnym polu z NGO."
            ],
        ),
        _h("Spotkania konsultacyjne z NGO"),
        _p(
            "<p>Zapraszamy organizacje pozarządowe do wzięcia udziału w spotkaniach "
            f"poświęconych opracowaniu nowego {WPNW_PROGRAMME}.</p>"
            "<p>Podzielcie się z nami pomysłami, doświadczeniem, wnioskami z poprzednich lat "
            "współpracy z Miastem w Waszej działalności. Co zmienić? Co poprawić? Co dodać? "
            "Czego unikać? Wierzymy, że razem mamy więcej pomysłów na współpracę.</p>"
            "<p>Spotkania poprowadzą doświadczone animatorki, aktywnymi i kreatywnymi metodami "
            "warsztatowymi.</p>"
            "<p>Wypowiedz się! Twój głos jest ważny dla przyszłości krakowskich NGO! Wybierz "
            "najbardziej interesujący Twoją organizację temat i przyjdź na spotkanie.</p>"
            "<p>Harmonogram spotkań znajduje się niżej. Wkrótce podamy tematykę kolejnych "
            "pięciu terminów!</p>"
            "<p>Prosimy o potwierdzenie przybycia na spotkania:<br/>"
            'mailem: <a href="mailto:biuro@malopolskiengo.pl">biuro@malopolskiengo.pl</a><br/>'
            "telefonicznie: 505 343 132</p>"
        ),
        _h("O projekcie"),
        _p(
            "<p>Celem projektu jest poprawa jakości procesu tworzenia polityk publicznych przez "
            "Gminę Miejską Kraków, oraz zwiększenie wiedzy interesariuszy Wieloletniego Programu "
            "Współpracy (przedstawicieli UMK i środowiska NGO) nt. jakości współpracy UMK "
            "z organizacjami pozarządowymi.</p>"
            "<p>W ramach projektu zaplanowano badanie ewaluacyjne Wieloletniego Programu "
            "Współpracy obowiązującego w latach 2015 – 2018 oraz szereg działań konsultacyjnych "
            "służących wypracowaniu celów i założeń do nowego WPW, w tym pracę Zespołu ds. WPW, "
            "10 spotkań konsultacyjnych, konsultacje „mimochodem”, kampanię promocyjną "
            "w środkach komunikacji miejskiej i sondę wśród mieszkańców nt. nowych zadań, które "
            "powinny realizować NGO.</p>"
            "<p>Planujemy włączyć w konsultacje społeczne min. 120 przedstawicieli organizacji "
            "pozarządowych działających w Krakowie oraz 15 urzędników. Zadanie będzie "
            "realizowane w terminie od 5 kwietnia do 17 września 2018 r.</p>"
            "<p>Projekt „Opracowania Wieloletniego Programu Współpracy Gminy Miejskiej Kraków "
            "z organizacjami pozarządowymi na lata 2019-2022” realizowany jest przez Fundację "
            "Biuro Inicjatyw Społecznych oraz Federację Małopolska Pozarządowa we współpracy "
            "z Miejskim Ośrodkiem Wspierania Inicjatyw Społecznych w Krakowie. Zadanie publiczne "
            "jest współfinansowane ze środków Miasta Krakowa.</p>"
        ),
        _materials(
            title="Więcej informacji",
            links=[
                ("ngo.krakow.pl", "https://ngo.krakow.pl/"),
                ("www.krakow.pl", "https://www.krakow.pl/"),
            ],
            unavailable=[("Wydarzenie na FB", NOT_IN_DEMO_LINK)],
        ),
        (
            "contact",
            {
                "title": "Kontakt",
                "name": "Katarzyna Wychowaniec",
                "role": "koordynatorka projektu",
                "phone": "797 917 904",
                "email": "katarzyna.wychowaniec@bis-krakow.pl",
            },
        ),
    ],
    # Its five announced meetings belong to the 2018 consultation it ran
    # (consultations.demo), whose page lists them with the report's other meetings; the
    # project page shows them through that consultation. None: this loader leaves them alone.
    "meetings": None,
}

# ../shared/seeds/002_3b70e6f7f1f856f0.txt
KRK = {
    "slug": "krakow-rozwija-konsultacje-spoleczne",
    "title": "Kraków rozwija konsultacje społeczne",
    "intro": "<p>Projekt trwał od stycznia do grudnia 2014 roku. Źródło finansowania EFS.</p>",
    "start_date": None,
    "end_date": None,
    "status": ProjectPage.Status.COMPLETED,
    "target_groups": "",
    "places": "",
    "funder": "EFS",
    "funding_programme": "",
    "cofinancing_note": "",
    "funding_disclaimer": "",
    "is_archived": False,
    "publishing_body": "",
    "publishing_person": "",
    "partners": [("gmk", ProjectPartner.Role.PARTNER)],
    "body": [
        _list(
            "Cele projektu",
            [
                "wzmacnianie kompetencji organizatorów konsultacji społecznych",
                "zwiększenie udziału krakowskich organizacji w konsultacjach m.in.: Programu "
                "Współpracy",
            ],
        ),
        _h("Geneza"),
        _p(
            "<p>W konsultacjach najważniejszego dokumentu, Rocznego Programu Współpracy "
            "z organizacjami, który reguluje współpracę z samorządem angażuje się tylko 4% "
            "krakowskich NGOs. Zaangażowanie w konsultacje i pracę nad konkretnymi "
            "rozwiązaniami wprowadzonymi do lokalnego prawa przekłada się na nasze "
            "funkcjonowanie dotyczy np. polityki lokalowej w mieście, zakresu i sposobu "
            "zlecania zadań, wsparcia inicjatyw i organizacji pozarządowych.</p>"
            "<p>Ogromny potencjał w Krakowie mają organizacje pozarządowe, które odpowiadają "
            "swoimi działaniami na szereg potrzeb mieszkańców Krakowa, i w naturalny sposób "
            "realizują cele zbieżne z zadaniami samorządu. W związku z tym zależy nam na tym, by "
            "poprawić dostępność oraz przepływ informacji pomiędzy Urzędem Miasta "
            "a organizacjami pozarządowymi. Chcemy, poprzez dobre komunikacyjne przygotowanie "
            "Miasta Krakowa dotrzeć do jak największej liczby mieszkańców i organizacji "
            "pozarządowych. Konsultacje to wyzwanie. Żeby były efektywne wymagają uważnego "
            "słuchania siebie nawzajem. Ten wspólny dialog to jeden z kroków w dążeniu do "
            "efektywnej współpracy.</p>"
        ),
        _list(
            "Zrealizowano",
            [
                "Akademię Konsultacji",
                "Konsultacje specjalistyczne",
                "Konsultacje Wieloletniego i Rocznego Programu Współpracy",
                "Edukację przedstawicieli Rady Działalności Pożytku Publicznego",
                "Zainicjowano pracę nad utworzeniem trzech Komisji Dialogu Obywatelskiego",
                "Konferencja „Komisje dialogu obywatelskiego…”",
                "Spot o konsultacjach społecznych",
            ],
        ),
        _h("Efekty"),
        (
            "key_results",
            {
                "title": "Kluczowe rezultaty",
                "figures": [
                    {
                        "number": "57",
                        "label": "przedstawicieli NGOs pozytywnie oceniło przebieg konsultacji "
                        "społecznych",
                    },
                    {
                        "number": "441",
                        "label": "osób wyraziło swój głos dotyczący oceny współpracy samorządu "
                        "z organizacjami",
                    },
                    {
                        "number": "37",
                        "label": "osób podniosło swoje kompetencje w zakresie konsultacji "
                        "społecznych",
                    },
                    {
                        "number": "26",
                        "label": "przedstawicieli NGO zaangażowano w tworzenie Komisji Dialogu "
                        "Obywatelskiego",
                    },
                    {
                        "number": "9",
                        "label": "uczestników KRDPP podniosło wiedzę w zakresie współpracy "
                        "z samorządem",
                    },
                ],
            },
        ),
        _p(
            "<p>Partycypacyjnie opracowano Roczny i Wieloletni Program Współpracy "
            "z organizacjami w Krakowie.</p>"
        ),
        _h("Materiały"),
        _p(
            "<p>Zamiast 1000 słów 90 sekund filmu o tym, dlaczego warto konsultować. Zapraszamy "
            "do oglądania, lubienia, propagowania i wykorzystywania w swoich działaniach!</p>"
        ),
        _materials(
            title="Do pobrania i obejrzenia",
            unavailable=[
                ("Spot promujący udział w konsultacjach społecznych", NOT_IN_DEMO_LINK),
                (
                    "Raport z ewaluacji Wieloletniego Programu Współpracy Gminy Miejskiej Kraków "
                    "z Organizacjami Pozarządowymi",
                    NOT_IN_DEMO_FILE,
                ),
            ],
        ),
        _h("Partnerzy"),
        _p(
            "<p>Projekt realizowany był wspólnie z Gminą Miejską Kraków reprezentowaną przez "
            "Miejski Ośrodek Wspierania Inicjatyw Społecznych.</p>"
        ),
    ],
    "meetings": [],
}

# ../shared/seeds/003_4d350a8650afc36c.txt: no dates, status, implementer or address are given.
KOALICJA = {
    "slug": "koalicja-na-rzecz-sasiedztw",
    "title": "Koalicja na rzecz sąsiedztw – budowanie kapitału współpracy",
    "intro": (
        "<p>Założeniem projektu jest zwiększenie wpływu org. pozarządowych na tworzenie "
        "i monitorowanie polityk samorządowych dotyczących rozwoju społeczności lokalnych "
        "poprzez wzmacnianie sprawczości i upodmiotowienia NGO.</p>"
    ),
    "start_date": None,
    "end_date": None,
    "status": "",
    "target_groups": ("Przedstawiciele NGO\nAktywni mieszkańcy\nPrzedstawiciele samorządu"),
    "places": "Kraków i Wrocław",
    "funder": "środki UE",
    "funding_programme": "",
    "cofinancing_note": "",
    "funding_disclaimer": (
        "Sfinansowane ze środków UE. Wyrażone poglądy i opinie są jedynie opiniami autora lub "
        "autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub Komisji "
        "Europejskiej. Unia Europejska ani organ przyznający nie ponoszą za nie "
        "odpowiedzialności."
    ),
    "is_archived": False,
    "publishing_body": "",
    "publishing_person": "",
    "partners": [],
    "body": [
        _list(
            "Cele szczegółowe projektu",
            [
                "wzmacnianie świadomości, w szczególności władz miasta i pracowników "
                "samorządowych, dot. roli organizacji pozarządowych w systemie samorządowym oraz "
                "wagi współpracy z NGO w zakresie rozwoju Miasta",
                "budowanie świadomości krakowskich NGO w zakresie roli organizacji pozarządowych "
                "w funkcji rzeczników polityk miejskich oraz rozwijanie kompetencji prowadzenia "
                "skutecznych działań rzeczniczych",
                "wzmacnianie wpływu organizacji pozarządowych w zakresie tworzonej polityki "
                "miejskiej wokół idei aktywnych sąsiedztw",
            ],
        ),
        _list(
            "W ramach realizacji projektu przewidziano",
            [
                "organizację samorządowej debaty przedwyborczej",
                "zainicjowanie i animację Koalicji na rzecz sąsiedztw",
                "stworzenie założeń do KDO ds. sąsiedztw",
                "org. wizyty studyjnej służącej poznaniu praktyk rzeczniczych i sieciujących",
                "doradztwo w ramach Banku Wspierania Partycypacji",
                "opracowanie Katalogu Wskazówek do tworzenia KDO – jako narzędzia wspierania "
                "innych inicjatyw rzeczniczych w Krakowie",
                "organizacja gali dla NGO, JST i grup nieformalnych zainteresowanych tematyką "
                "sąsiedztw (Gala sojuszników sąsiedztw)",
            ],
        ),
    ],
    "meetings": [],
}

# ../shared/seeds/004_a33ab63193c15b2b.txt
WIP_FUNDING = (
    "Projekt pn. WiP – Współpraca i partycypacja NGO w przestrzeni Gminy Miejskiej Kraków był "
    "współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Programu "
    "Operacyjnego Kapitał Ludzki, Priorytet V Dobre rządzenie, Działanie 5.4 Rozwój potencjału "
    "trzeciego sektora, Poddziałanie 5.4.2 Rozwój dialogu obywatelskiego, nr projektu: "
    "POKL.05.04.02-00-H12/13."
)
WIP = {
    "slug": "wip-wspolpraca-i-partycypacja",
    "title": "WiP – Współpraca i partycypacja NGO w przestrzeni Gminy Miejskiej Kraków",
    "intro": (
        "<p>Przedmiotem projektu WiP było podniesienie jakości współpracy Gminy Miejskiej "
        "Kraków z organizacjami pozarządowymi.</p>"
    ),
    "start_date": None,
    "end_date": None,
    "status": ProjectPage.Status.COMPLETED,
    "is_archived": True,
    "target_groups": (
        "Pracownicy Urzędu Miasta Krakowa oraz jednostek organizacyjnych Miasta Krakowa.\n"
        "Radni Miasta Krakowa i Radni Dzielnic, a także przedstawiciele Komisji ds. współpracy "
        "oraz Komisji ds. dialogu.\n"
        "Przedstawiciele organizacji pozarządowych i ich porozumień z terenu Gminy Miejskiej "
        "Kraków."
    ),
    "places": "",
    "funder": "Europejski Fundusz Społeczny",
    "funding_programme": (
        "Program Operacyjny Kapitał Ludzki, Priorytet V Dobre rządzenie, Działanie 5.4 Rozwój "
        "potencjału trzeciego sektora, Poddziałanie 5.4.2 Rozwój dialogu obywatelskiego, "
        "nr projektu: POKL.05.04.02-00-H12/13"
    ),
    "cofinancing_note": WIP_FUNDING,
    "funding_disclaimer": "",
    # The metryczka of the source page ("Pokaż metkę").
    "publishing_body": "NGO",
    "publishing_person": "Sylwia Drożdż",
    "partners": [
        ("fgap", ProjectPartner.Role.IMPLEMENTER),
        ("gmk", ProjectPartner.Role.PARTNER),
    ],
    "body": [
        _p(
            "<p>Gmina Miejska Kraków (Partner Projektu) oraz Fundacja Gospodarki i Administracji "
            "Publicznej (Lider Projektu) realizowały wspólnie projekt pod nazwą „WiP – "
            "Współpraca i partycypacja organizacji pozarządowych w przestrzeni Gminy Miejskiej "
            "Kraków”. Przedmiotem projektu WiP było podniesienie jakości współpracy Gminy "
            "Miejskiej Kraków z organizacjami pozarządowymi.</p>"
            "<p><strong>Cel główny projektu:</strong> Podniesienie jakości współpracy Urzędu "
            "Miasta Krakowa oraz organizacji pozarządowych poprzez przeprowadzenie działań "
            "szkoleniowych, aktywizacyjnych, badawczych.</p>"
        ),
        (
            "tasks",
            {
                "title": "Zadania",
                "tasks": [
                    {
                        "title": "Zadanie 1. NGO a polityki publiczne w Gminie Miejskiej Kraków",
                        "points": [
                            "Badanie i analiza lokalnych problemów i wyzwań, w tym problemów "
                            "społecznych oraz możliwości ich rozwiązania z perspektywy "
                            "działalności organizacji pozarządowych działających w przestrzeni "
                            "Gminy Miejskiej Kraków",
                            "Ocena wzajemnych relacji i jakości współpracy GMK i NGO metodą "
                            "Lokalnego Indeksu Jakości Współpracy.",
                            "Moduł informatyczny usprawniający prowadzenie konsultacji "
                            "społecznych z NGO.",
                            "Interaktywna mapa NGO i inicjatyw obywatelskich miasta Krakowa "
                            "poprzez dodanie modułu do platformy ngo.krakow.pl.",
                        ],
                    },
                    {
                        "title": "Zadanie 2. Sprawna współpraca finansowa i pozafinansowa",
                        "points": [
                            "Badania w zakresie standaryzacji usług publicznych Gminy Miejskiej "
                            "Kraków realizowanych przez organizacje pozarządowe z terenu "
                            "Krakowa (desk-research).",
                            "Opracowanie standardów realizacji usług publicznych na 2 poziomach "
                            "(ogólnym i specjalistycznym) + konsultacje wypracowanych "
                            "standardów.",
                            "Wprowadzenie standardów do polityki publicznej GMK – wdrożenie "
                            "poprzez akty prawa lokalnego.",
                            "Opracowanie internetowego poradnika poruszania się po zasadach "
                            "realizacji współpracy finansowej i pozafinansowej w ramach Gminy "
                            "Miejskiej Kraków na ngo.krakow.pl.",
                        ],
                    },
                    {
                        "title": "Zadanie 3. Włączenie poprzez promocję i informację",
                        "points": [
                            "Wydarzenia organizowane w ramach projektu:\n"
                            "1. Święto Organizacji Pozarządowych i Inicjatyw Obywatelskich "
                            "Miasta Krakowa: prezentacja NGO, targi, zajęcia z rękodzieła, "
                            "występy artystyczne i inne.\n"
                            "2. Forum Organizacji Pozarządowych: wymiana doświadczeń, spotkania "
                            "przedstawicieli NGO ze sferą administracji publicznej i biznesu.\n"
                            "3. Konferencje: otwierająca i zamykająca projekt.",
                            "Przewodnik dla NGO po procedurach prawnych GMK w zakresie "
                            "współpracy i partycypacji społecznej.",
                            "Wsparcie szkoleniowe w postaci 2 cykli szkoleniowych:\n"
                            "1. „Akademia Kraków dla NGO” – praktyczne stosowanie i wdrażanie "
                            "standardów organizacyjno – menedżerskich i finansowych NGO, prawo, "
                            "podatki i rachunkowość NGO.\n"
                            "2. „Klauzule społeczne w praktyce” dla przedstawicieli "
                            "administracji publicznej i NGO z zakresu stosowania klauzul "
                            "społecznych.",
                            "Wsparcie doradcze – uruchomienie Punktu Doradczego dla organizacji "
                            "pozarządowych i inicjatyw obywatelskich miasta Krakowa - doradztwo "
                            "w zakresie m.in. prawo, podatki i rachunkowość, nowe media, "
                            "finanse zwrotne i bezzwrotne.",
                        ],
                    },
                ],
            },
        ),
        _materials(
            title="Zobacz także",
            unavailable=[
                (
                    "Strona projektu prowadzona przez Fundację Gospodarki i Administracji "
                    "Publicznej",
                    NOT_IN_DEMO_LINK,
                )
            ],
        ),
    ],
    "meetings": [],
}

DEMO_SLUG = "forum-wspolpracy-demo"
DEMO_POINT = (Decimal("50.076910"), Decimal("20.031890"))  # os. Zgody 2, © OpenStreetMap
DEMO_VENUE = "Urząd Miasta Krakowa (przykładowe miejsce)"
DEMO_TOPICS = (
    "[DEMO] Program współpracy na kolejny rok – spotkanie otwarte",
    "[DEMO] Jak rozliczyć dotację – warsztat",
)


def _weekday_on_or_after(day):
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def demo_project(*, starts_on):
    """The demonstration project, its dates counted from `starts_on` (the day it was loaded)."""
    return {
        "slug": DEMO_SLUG,
        "title": "Forum współpracy z organizacjami (projekt demonstracyjny)",
        "intro": (
            "<p>Przykładowy projekt z nadchodzącymi spotkaniami, na których można wypróbować "
            "zapisy on-line. Treść demonstracyjna – nie jest to rzeczywiste wydarzenie.</p>"
        ),
        "start_date": starts_on,
        "end_date": starts_on + timedelta(days=180),
        "status": ProjectPage.Status.ONGOING,
        "target_groups": "Organizacje pozarządowe\nGrupy nieformalne",
        "places": "Kraków",
        "funder": "",
        "funding_programme": "",
        "cofinancing_note": "",
        "funding_disclaimer": "",
        "is_archived": False,
        "publishing_body": "",
        "publishing_person": "",
        "partners": [],
        "body": [
            _p(
                "<p><strong>Uwaga:</strong> to projekt demonstracyjny. Spotkania poniżej służą "
                "do wypróbowania zapisów i plików kalendarza; nie odbędą się.</p>"
            )
        ],
        "meetings": [
            (
                _weekday_on_or_after(starts_on + timedelta(days=14)),
                time(17),
                time(19),
                DEMO_TOPICS[0],
                (DEMO_VENUE, "os. Zgody 2, 31-949 Kraków", "sala obrad"),
                DEMO_POINT,
                30,
            ),
            (
                _weekday_on_or_after(starts_on + timedelta(days=42)),
                time(10),
                time(12),
                DEMO_TOPICS[1],
                (DEMO_VENUE, "os. Zgody 2, 31-949 Kraków", "sala 12"),
                DEMO_POINT,
                2,
            ),
        ],
    }


PROJECTS = [WPNW, KRK, KOALICJA, WIP]


def _demo_starts_on(index):
    """The day the demonstration project counts from: kept while a meeting is ahead, else today.

    So a second `load_demo` changes nothing, and a database loaded long ago gets new meetings
    to register for once the old ones are over.
    """
    existing = index.get_children().filter(slug=DEMO_SLUG).first()
    if existing is not None:
        page = existing.specific
        meetings = list(page.meetings.all())
        if (
            page.start_date
            and tuple(m.topic for m in meetings) == DEMO_TOPICS
            and any(not m.is_past for m in meetings)
        ):
            return page.start_date
    return timezone.localdate()


def _partners():
    partners, changed = {}, 0
    for key, (name, url) in PARTNERS.items():
        partner, was_created = Partner.objects.get_or_create(name=name, defaults={"url": url})
        if not was_created and partner.url != url:
            partner.url = url
            partner.save(update_fields=["url"])
            changed += 1
        partners[key] = partner
        changed += was_created
    return partners, changed


def _retire_partners():
    unused = Partner.objects.filter(name__in=RETIRED_PARTNERS, project_roles__isnull=True)
    count, _ = unused.delete()
    return count


def _child(parent, page_class, *, slug, **fields):
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _meeting(item):
    day, start, end, topic, (venue, address, room), (lat, lng), *rest = item
    capacity = rest[0] if rest else None
    return Meeting(
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


_MEETING_FIELDS = (
    "date",
    "start_time",
    "end_time",
    "topic",
    "venue",
    "address",
    "room",
    "latitude",
    "longitude",
    "capacity",
    "registration_open",
    "attendance_info",
)


def _meeting_facts(meetings):
    return [
        tuple(
            Decimal(value).quantize(Decimal("0.000001")) if isinstance(value, Decimal) else value
            for value in (getattr(meeting, name) for name in _MEETING_FIELDS)
        )
        for meeting in meetings
    ]


def _project(index, spec, partners):
    spec = dict(spec)
    meeting_items = spec.pop("meetings")
    meetings = None if meeting_items is None else [_meeting(item) for item in meeting_items]
    roles = [ProjectPartner(partner=partners[key], role=role) for key, role in spec.pop("partners")]
    existing = index.get_children().filter(slug=spec["slug"]).first()
    if existing is None:
        page = ProjectPage(**spec)
        page.partners = roles
        if meetings is not None:
            page.meetings = meetings
        index.add_child(instance=page)
        page.save_revision().publish()
        return 1 + len(meetings or [])

    page = existing.specific
    children_changed = False
    current_roles = [(r.partner_id, r.role) for r in page.partners.all()]
    if current_roles != [(r.partner.pk, r.role) for r in roles]:
        page.partners = roles
        children_changed = True
    current_meetings = sorted(page.meetings.all(), key=lambda m: (m.date, m.start_time))
    if meetings is not None and _meeting_facts(current_meetings) != _meeting_facts(meetings):
        page.meetings = meetings
        children_changed = True
    return update_page(page, spec, force=children_changed)


def load(*, stdout=None):
    home, _ = get_or_create_home(stdout=stdout)
    partners, changed = _partners()
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
    changed += was_created
    for spec in [*PROJECTS, demo_project(starts_on=_demo_starts_on(index))]:
        changed += _project(index, spec, partners)
    changed += _retire_partners()
    _, was_created = _child(
        home,
        UpcomingMeetingsPage,
        slug="spotkania",
        title="Najbliższe spotkania",
        show_in_menus=True,
        intro="<p>Nadchodzące spotkania wszystkich projektów – z zapisami on-line.</p>",
    )
    changed += was_created
    return changed
