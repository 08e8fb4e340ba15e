"""The facts of the city's five source pages (../shared/seeds/), as the demo must show them.

The demo pages are checked against this copy, so the suite also runs in a bare clone without
../shared. Each fact is a few fragments that must appear together, in order, on the rendered
page: a figure with its own label, a meeting's date with its topic and room, a partner with its
role. Where the seed files exist (next to the repository, or where SEEDS_DIR points), the same
tests also check that each fact's source fragments really occur together in the seed file, so
this copy cannot drift from the sources.
"""

import html as html_lib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

# Fragments of one fact may be this many characters apart on the page (markup removed), so a
# label and its value must stand together; in the seed text a little more (line layout).
PAGE_GAP = 80
SEED_GAP = 120
NOT_IN_DEMO = "niedostępny w wersji demonstracyjnej"


def seeds_dir():
    return Path(os.environ.get("SEEDS_DIR") or settings.BASE_DIR.parent / "shared" / "seeds")


@dataclass(frozen=True)
class Fact:
    shown: tuple[str, ...]
    source: tuple[str, ...] = ()  # as the seed words it; empty: the same as `shown`

    @property
    def source_fragments(self):
        return self.source or self.shown


def F(*shown, source=()):  # noqa: N802 (reads as a table of facts)
    return Fact(tuple(shown), tuple(source))


@dataclass(frozen=True)
class SeedPage:
    seed: str
    url: str
    facts: list[Fact]
    # What an earlier demo invented; the page must not say it.
    absent: list[str] = field(default_factory=list)


def text_of(html):
    """The visible text of a page: no head, scripts or tags, entities decoded, one space."""
    html = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", html)
    html = re.sub(r"<[^>]+>", " ", html)
    return " ".join(html_lib.unescape(html).split())


def seed_text(name):
    path = seeds_dir() / name
    if not path.exists():
        return None
    return " ".join(path.read_text(encoding="utf-8").replace("\xa0", " ").split())


def find_together(text, fragments, *, gap):
    """Whether the fragments occur in this order, each at most `gap` characters after the one
    before it (case-insensitive)."""
    text = text.casefold()
    fragments = [fragment.casefold() for fragment in fragments]
    start = text.find(fragments[0])
    while start != -1:
        end = start + len(fragments[0])
        for fragment in fragments[1:]:
            position = text.find(fragment, end)
            if position == -1 or position - end > gap:
                break
            end = position + len(fragment)
        else:
            return True
        start = text.find(fragments[0], start + 1)
    return False


def assert_page_shows(page_html, page):
    text = text_of(page_html)
    missing = [
        fact.shown for fact in page.facts if not find_together(text, fact.shown, gap=PAGE_GAP)
    ]
    assert not missing, f"{page.url} does not show, with their labels: {missing}"
    invented = [phrase for phrase in page.absent if phrase.casefold() in text.casefold()]
    assert not invented, f"{page.url} still says what no source says: {invented}"


def assert_facts_in_seed(page):
    """When the seed file is there, every fact of the copy occurs in it. Returns whether it
    was checked."""
    text = seed_text(page.seed)
    if text is None:
        return False
    drifted = [
        fact.source_fragments
        for fact in page.facts
        if not find_together(text, fact.source_fragments, gap=SEED_GAP)
    ]
    assert not drifted, f"not in {page.seed}: {drifted}"
    return True


WPNW_PROGRAMME = (
    "Wieloletniego Programu Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi "
    "na lata 2019-2022"
)

WPNW = SeedPage(
    seed="000_7f0ccd401662fa1b.txt",
    url="/projekty/wiecej-pomyslow-na-wspolprace/",
    facts=[
        F(f"Więcej Pomysłów na Współpracę – opracowanie {WPNW_PROGRAMME}"),
        F(
            "Cele projektu",
            f"Celem projektu jest wspólne, oddolne wypracowanie założeń do {WPNW_PROGRAMME} we "
            "współpracy z krakowskimi organizacjami pozarządowymi i urzędnikami jednostek "
            "miejskich, które współpracują na różnym polu z NGO",
        ),
        F(
            "Termin realizacji",
            "5 kwietnia 2018 – 17 września 2018",
            source=("od 5 kwietnia do 17 września 2018",),
        ),
        F(
            "Realizator",
            "Fundacja Biuro Inicjatyw Społecznych",
            "Federacja Małopolska Pozarządowa",
            source=(
                "realizowany jest przez Fundację Biuro Inicjatyw Społecznych oraz Federację "
                "Małopolska Pozarządowa",
            ),
        ),
        F(
            "Partnerzy",
            "Miejski Ośrodek Wspierania Inicjatyw Społecznych w Krakowie",
            source=(
                "we współpracy z Miejskim Ośrodkiem Wspierania Inicjatyw Społecznych w Krakowie",
            ),
        ),
        F(
            "Finansowanie",
            "Zadanie publiczne jest współfinansowane ze środków Miasta Krakowa.",
            source=("Zadanie publiczne jest współfinansowane ze środków Miasta Krakowa.",),
        ),
        F("Spotkania konsultacyjne z NGO", "Zapraszamy organizacje pozarządowe"),
        F("Co zmienić? Co poprawić? Co dodać? Czego unikać?"),
        F("Wierzymy, że razem mamy więcej pomysłów na współpracę."),
        F("Spotkania poprowadzą doświadczone animatorki, aktywnymi i kreatywnymi metodami"),
        F("Wkrótce podamy tematykę kolejnych pięciu terminów!"),
        F(
            "potwierdzenie przybycia",
            "mailem: biuro@malopolskiengo.pl",
            "telefonicznie: 505 343 132",
        ),
        F(
            "piątek",
            "25 maja 2018, 17:00–20:00",
            "Kultura i sztuka",
            "Fundacja Biuro Inicjatyw Społecznych, ul. Krasickiego 18, I piętro",
            source=(
                "25.05.2018 PIĄTEK godz. 17-20, Fundacja Biuro Inicjatyw Społecznych, "
                "Krasickiego 18, I p.",
                "Kultura i sztuka",
            ),
        ),
        F(
            "wtorek",
            "29 maja 2018, 17:00–20:00",
            "Ochrona środowiska i ekologia",
            "Fundacja Biuro Inicjatyw Społecznych, ul. Krasickiego 18, I piętro",
            source=(
                "29.05.2018 WTOREK godz. 17-20, Fundacja Biuro Inicjatyw Społecznych, "
                "Krasickiego 18, I p.",
                "Ochrona Środowiska i Ekologia",
            ),
        ),
        F(
            "wtorek",
            "5 czerwca 2018, 13:00–16:00",
            "Pomoc społeczna i osoby z niepełnosprawnością",
            "Centrum Obywatelskie, ul. Reymonta 20, sala 040",
            source=(
                "05.06.2018 WTOREK godz. 13-16, Centrum Obywatelskie, Reymonta 20, sala 040",
                "Pomoc społeczna i osoby z niepełnosprawnością",
            ),
        ),
        F(
            "środa",
            "6 czerwca 2018, 10:00–13:00",
            "Seniorzy",
            "Fundacja Biuro Inicjatyw Społecznych, ul. Krasickiego 18, I piętro",
            source=(
                "06.06.2018 ŚRODA godz. 10-13, Fundacja Biuro Inicjatyw Społecznych, "
                "Krasickiego 18, I p.",
                "Seniorzy",
            ),
        ),
        F(
            "czwartek",
            "7 czerwca 2018, 17:00–20:00",
            "Rewitalizacja, przestrzeń, Nowa Huta",
            "Miejski Ośrodek Wspierania Inicjatyw Społecznych, os. Centrum C 10, sala nr 6",
            source=(
                "07.06.2018 CZWARTEK, godz. 17-20, Miejski Ośrodek Wspierania Inicjatyw "
                "Społecznych, Os. Centrum C 10, sala nr 6",
                "Rewitalizacja, przestrzeń, Nowa Huta",
            ),
        ),
        F(
            "O projekcie",
            "Celem projektu jest poprawa jakości procesu tworzenia polityk publicznych przez "
            "Gminę Miejską Kraków",
        ),
        F(
            "badanie ewaluacyjne",
            "Wieloletniego Programu Współpracy obowiązującego w latach 2015 – 2018",
            source=(
                "badanie ewaluacyjnego",
                "Wieloletniego Programu Współpracy obowiązującego w latach 2015 – 2018",
            ),
        ),
        F("pracę Zespołu ds. WPW", "10 spotkań konsultacyjnych", "konsultacje „mimochodem”"),
        F("kampanię promocyjną w środkach komunikacji miejskiej"),
        F("sondę wśród mieszkańców nt. nowych zadań, które powinny realizować NGO"),
        F(
            "min. 120 przedstawicieli organizacji pozarządowych działających w Krakowie oraz "
            "15 urzędników"
        ),
        F("ngo.krakow.pl", "www.krakow.pl", source=("ngo.krakow.pl/", "www.krakow.pl")),
        F("Wydarzenie na FB", NOT_IN_DEMO, source=("Wydarzenie na FB",)),
        F(
            "Kontakt",
            "Katarzyna Wychowaniec",
            "koordynatorka projektu",
            "797 917 904",
            "katarzyna.wychowaniec@bis-krakow.pl",
            source=(
                "Koordynatorka projektu:",
                "Katarzyna Wychowaniec",
                "797 917 904",
                "katarzyna.wychowaniec@bis-krakow.pl",
            ),
        ),
    ],
    absent=[
        "Krakowską Radą Działalności Pożytku Publicznego",
        "bis-krakow.pl/projekt",
        "wiecejpomyslow@example.org",
        "Pracownicy jednostek miejskich współpracujący z organizacjami",
    ],
)

KRK_FIGURES = [
    "57 przedstawicieli NGOs pozytywnie oceniło przebieg konsultacji społecznych",
    "441 osób wyraziło swój głos dotyczący oceny współpracy samorządu z organizacjami",
    "37 osób podniosło swoje kompetencje w zakresie konsultacji społecznych",
    "26 przedstawicieli NGO zaangażowano w tworzenie Komisji Dialogu Obywatelskiego",
    "9 uczestników KRDPP podniosło wiedzę w zakresie współpracy z samorządem",
]

KRK_DONE = [
    "Akademię Konsultacji",
    "Konsultacje specjalistyczne",
    "Konsultacje Wieloletniego i Rocznego Programu Współpracy",
    "Edukację przedstawicieli Rady Działalności Pożytku Publicznego",
    "Zainicjowano pracę nad utworzeniem trzech Komisji Dialogu Obywatelskiego",
    "Konferencja „Komisje dialogu obywatelskiego…”",
    "Spot o konsultacjach społecznych",
]

KRK = SeedPage(
    seed="002_3b70e6f7f1f856f0.txt",
    url="/projekty/krakow-rozwija-konsultacje-spoleczne/",
    facts=[
        F("Kraków rozwija konsultacje społeczne"),
        F(
            "Cele projektu",
            "wzmacnianie kompetencji organizatorów konsultacji społecznych",
            "zwiększenie udziału krakowskich organizacji w konsultacjach m.in.: Programu "
            "Współpracy",
        ),
        F("Projekt trwał od stycznia do grudnia 2014 roku."),
        F("Źródło finansowania", "EFS"),
        F("Geneza", "W konsultacjach najważniejszego dokumentu, Rocznego Programu Współpracy"),
        F("angażuje się tylko 4% krakowskich NGOs"),
        F("Konsultacje to wyzwanie."),
        F("Zrealizowano", *KRK_DONE),
        F("Efekty", "Kluczowe rezultaty", KRK_FIGURES[0]),
        *[F(figure) for figure in KRK_FIGURES[1:]],
        F("partycypacyjnie opracowano Roczny i Wieloletni Program Współpracy z organizacjami"),
        F(
            "Materiały",
            "Zamiast 1000 słów 90 sekund filmu o tym, dlaczego warto konsultować.",
        ),
        F(
            "Spot promujący udział w konsultacjach społecznych",
            NOT_IN_DEMO,
            source=("Spot promujący udział w konsultacjach społecznych",),
        ),
        F(
            "Raport z ewaluacji Wieloletniego Programu Współpracy Gminy Miejskiej Kraków "
            "z Organizacjami Pozarządowymi",
            NOT_IN_DEMO,
            source=(
                "Raport z ewaluacji Wieloletniego Programu Współpracy Gminy Miejskiej Kraków "
                "z Organizacjami Pozarządowymi",
            ),
        ),
        F("Partnerzy", "Gmina Miejska Kraków", source=("Partnerzy", "Gminą Miejską Kraków")),
        F(
            "Projekt realizowany był wspólnie z Gminą Miejską Kraków reprezentowaną przez "
            "Miejski Ośrodek Wspierania Inicjatyw Społecznych."
        ),
    ],
    absent=[
        "Program Operacyjny Kapitał Ludzki",
        "Przeszkolono",
        "organizacji wzięło udział w działaniach",
        "spotkań konsultacyjnych",
        "skonsultowanych dokumentów",
        "Realizator",
    ],
)

KOALICJA = SeedPage(
    seed="003_4d350a8650afc36c.txt",
    url="/projekty/koalicja-na-rzecz-sasiedztw/",
    facts=[
        F("Koalicja na rzecz sąsiedztw – budowanie kapitału współpracy"),
        F(
            "Założeniem projektu jest zwiększenie wpływu org. pozarządowych na tworzenie "
            "i monitorowanie polityk samorządowych dotyczących rozwoju społeczności lokalnych "
            "poprzez wzmacnianie sprawczości i upodmiotowienia NGO."
        ),
        F(
            "Cele szczegółowe projektu",
            "wzmacnianie świadomości, w szczególności władz miasta i pracowników samorządowych, "
            "dot. roli organizacji pozarządowych w systemie samorządowym",
        ),
        F(
            "budowanie świadomości krakowskich NGO w zakresie roli organizacji pozarządowych "
            "w funkcji rzeczników polityk miejskich"
        ),
        F(
            "wzmacnianie wpływu organizacji pozarządowych w zakresie tworzonej polityki "
            "miejskiej wokół idei aktywnych sąsiedztw"
        ),
        F(
            "W ramach realizacji projektu przewidziano",
            "organizację samorządowej debaty przedwyborczej",
            "zainicjowanie i animację Koalicji na rzecz sąsiedztw",
            "stworzenie założeń do KDO ds. sąsiedztw",
        ),
        F("wizyty studyjnej służącej poznaniu praktyk rzeczniczych"),
        F("doradztwo w ramach Banku Wspierania Partycypacji"),
        F("opracowanie Katalogu Wskazówek do tworzenia KDO"),
        F("Gala sojuszników sąsiedztw"),
        F(
            "Grupy docelowe",
            "Przedstawiciele NGO",
            "Aktywni mieszkańcy",
            "Przedstawiciele samorządu",
            source=(
                "Odbiorcy projektu:",
                "Przedstawiciele NGO, aktywni mieszkańcy, przedstawiciele samorządu.",
            ),
        ),
        F("Miejsce realizacji działań", "Kraków i Wrocław"),
        F(
            "Sfinansowane ze środków UE. Wyrażone poglądy i opinie są jedynie opiniami autora "
            "lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub "
            "Komisji Europejskiej. Unia Europejska ani organ przyznający nie ponoszą za nie "
            "odpowiedzialności."
        ),
    ],
    absent=["Zakończony", "Realizator", "bis-krakow.pl", "Fundacja Biuro Inicjatyw Społecznych"],
)

WIP = SeedPage(
    seed="004_a33ab63193c15b2b.txt",
    url="/projekty/wip-wspolpraca-i-partycypacja/",
    facts=[
        F("Dokument archiwalny"),
        F("WiP – Współpraca i partycypacja NGO w przestrzeni Gminy Miejskiej Kraków"),
        F(
            "Realizator",
            "Fundacja Gospodarki i Administracji Publicznej",
            "Partnerzy",
            "Gmina Miejska Kraków",
            source=(
                "Gmina Miejska Kraków (Partner Projektu) oraz Fundacja Gospodarki "
                "i Administracji Publicznej (Lider Projektu)",
            ),
        ),
        F(
            "Gmina Miejska Kraków (Partner Projektu) oraz Fundacja Gospodarki i Administracji "
            "Publicznej (Lider Projektu) realizowały wspólnie projekt"
        ),
        F(
            "Przedmiotem projektu WiP było podniesienie jakości współpracy Gminy Miejskiej "
            "Kraków z organizacjami pozarządowymi."
        ),
        F(
            "Cel główny projektu:",
            "Podniesienie jakości współpracy Urzędu Miasta Krakowa oraz organizacji "
            "pozarządowych poprzez przeprowadzenie działań szkoleniowych, aktywizacyjnych, "
            "badawczych.",
        ),
        F(
            "Grupy docelowe",
            "Pracownicy Urzędu Miasta Krakowa oraz jednostek organizacyjnych Miasta Krakowa.",
            "Radni Miasta Krakowa i Radni Dzielnic, a także przedstawiciele Komisji ds. "
            "współpracy oraz Komisji ds. dialogu.",
            "Przedstawiciele organizacji pozarządowych i ich porozumień z terenu Gminy Miejskiej "
            "Kraków.",
        ),
        F(
            "Zadanie 1. NGO a polityki publiczne w Gminie Miejskiej Kraków",
            "Badanie i analiza lokalnych problemów i wyzwań",
        ),
        F("Ocena wzajemnych relacji i jakości współpracy GMK i NGO metodą Lokalnego Indeksu"),
        F("Moduł informatyczny usprawniający prowadzenie konsultacji społecznych z NGO."),
        F(
            "Interaktywna mapa NGO i inicjatyw obywatelskich miasta Krakowa poprzez dodanie "
            "modułu do platformy ngo.krakow.pl."
        ),
        F(
            "Zadanie 2. Sprawna współpraca finansowa i pozafinansowa",
            source=("Zadanie 2. Sprawna współpraca finansowa i poza finansowa",),
        ),
        F(
            "Badania w zakresie standaryzacji usług publicznych",
            "realizowanych przez organizacje pozarządowe z terenu Krakowa (desk-research).",
        ),
        F(
            "Opracowanie standardów realizacji usług publicznych na 2 poziomach (ogólnym "
            "i specjalistycznym) + konsultacje wypracowanych standardów."
        ),
        F("Wprowadzenie standardów do polityki publicznej GMK – wdrożenie poprzez akty prawa"),
        F(
            "Opracowanie internetowego poradnika poruszania się po zasadach realizacji "
            "współpracy finansowej i pozafinansowej w ramach Gminy Miejskiej Kraków na "
            "ngo.krakow.pl."
        ),
        F("Zadanie 3. Włączenie poprzez promocję i informację"),
        F(
            "1. Święto Organizacji Pozarządowych i Inicjatyw Obywatelskich Miasta Krakowa: "
            "prezentacja NGO, targi, zajęcia z rękodzieła, występy artystyczne i inne."
        ),
        F(
            "2. Forum Organizacji Pozarządowych: wymiana doświadczeń, spotkania przedstawicieli "
            "NGO ze sferą administracji publicznej i biznesu."
        ),
        F("3. Konferencje: otwierająca i zamykająca projekt."),
        F(
            "Przewodnik dla NGO po procedurach prawnych GMK w zakresie współpracy i partycypacji "
            "społecznej."
        ),
        F(
            "Wsparcie szkoleniowe w postaci 2 cykli szkoleniowych",
            "Akademia Kraków dla NGO",
            "praktyczne stosowanie i wdrażanie standardów organizacyjno – menedżerskich "
            "i finansowych NGO, prawo, podatki i rachunkowość NGO.",
            "Klauzule społeczne w praktyce",
            "dla przedstawicieli administracji publicznej i NGO z zakresu stosowania klauzul "
            "społecznych.",
        ),
        F(
            "Wsparcie doradcze – uruchomienie Punktu Doradczego dla organizacji pozarządowych "
            "i inicjatyw obywatelskich miasta Krakowa - doradztwo w zakresie m.in. prawo, "
            "podatki i rachunkowość, nowe media, finanse zwrotne i bezzwrotne."
        ),
        F(
            "Źródło finansowania",
            "Europejski Fundusz Społeczny",
            source=("ze środków Europejskiego Funduszu Społecznego",),
        ),
        F(
            "był współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach "
            "Programu Operacyjnego Kapitał Ludzki, Priorytet V Dobre rządzenie, Działanie 5.4 "
            "Rozwój potencjału trzeciego sektora, Poddziałanie 5.4.2 Rozwój dialogu "
            "obywatelskiego, nr projektu: POKL.05.04.02-00-H12/13"
        ),
        F(
            "Strona projektu prowadzona przez Fundację Gospodarki i Administracji Publicznej",
            NOT_IN_DEMO,
            source=("ZOBACZ TAKŻE", "STRONA PROJEKTU PROWADZONA PRZEZ FUNDACJĘ GOSPODARKI"),
        ),
        F("Osoba publikująca", "Sylwia Drożdż", source=("Osoba publikująca: SYLWIA DROŻDŻ",)),
        F("Podmiot publikujący", "NGO", source=("Podmiot publikujący: NGO",)),
    ],
    absent=[
        "Szkolenia i warsztaty dla stron współpracy",
        "Wypracowanie i upowszechnienie rekomendacji",
        "Unia Europejska – Europejski Fundusz Społeczny",
    ],
)

PROJECT_PAGES = {"wpnw": WPNW, "krk": KRK, "koalicja": KOALICJA, "wip": WIP}

REPORT_MEETINGS = [
    "kultura i sztuka (25.05.2018)",
    "pomoc społeczna i osoby z niepełnosprawnościami (05.06.2018)",
    "wsparcie seniorów (06.06.2018)",
    "rewitalizacja, przestrzeń, Nowa Huta (07.06.2018)",
    "młodzież i edukacja (11.06.2018)",
    "sport, zdrowie, profilaktyka (14.06.2018)",
    "antydyskryminacja, mniejszości, prawa kobiet, prawa człowieka (15.06.2018)",
    "„Polityka lokalowa i zasady korzystania z mienia gminy” (21.06.2018)",
    "„Tworzenie warunków do współpracy NGO i biznesu” (22.06.2018)",
    "spotkanie dedykowane organizacjom, które do tej pory nie współpracowały z miastem "
    "(26.06.2018)",
]

REPORT = SeedPage(
    seed="001_da35f37e6438011a.txt",
    url="/aktualnosci/raport-z-konsultacji-programu-2019-2022/",
    facts=[
        F(
            "Fundacja Biuro Inicjatyw Społecznych i Federacja Małopolska Pozarządowa ogłosiły "
            "raport z konsultacji społecznych zorganizowanych w celu wypracowania kierunków "
            "współpracy i propozycji zadań do Wieloletniego Programu Współpracy"
        ),
        F(
            "od 25 maja do 4 lipca 2018 r",
            "odbyło się 11 spotkań konsultacyjnych",
            "w których uczestniczyło łącznie 94 osoby, będących przedstawicielami 72 "
            "krakowskich organizacji pozarządowych",
        ),
        F(
            "Spotkania branżowe zostały zorganizowane dla organizacji działających w obszarach",
            REPORT_MEETINGS[0],
        ),
        *[F(meeting) for meeting in REPORT_MEETINGS[1:]],
        F(
            "ogólnobranżow",
            "wszystkie organizacje, które nie miały okazji wziąć udziału w poprzednich (4.07.2018)",
        ),
        F(
            "Celem przeprowadzenia konsultacji było zebranie uwag i opinii przedstawicieli "
            "organizacji pozarządowych dotyczących doświadczeń w dotychczasowej współpracy "
            "z Urzędem Miasta Krakowa"
        ),
        F("nowych zadań publicznych, które mogłyby być zlecane NGO-som"),
        F(
            "Konsultacje zostały zrealizowane przez Fundację Biuro Inicjatyw Społecznych oraz "
            "Federację Małopolska Pozarządowa"
        ),
        F("we współpracy z Miejskim Ośrodkiem Wspierania Inicjatyw Społecznych w Krakowie"),
        F("Zadanie publiczne zostało współfinansowane ze środków Miasta Krakowa."),
        F("Zapraszamy do zapoznania się z raportem stanowiącym podsumowanie procesu konsultacji"),
        F("Raport z konsultacji", NOT_IN_DEMO, source=("raport z konsultacji",)),
    ],
    absent=[
        "29 maja",
        "29.05.2018",
        "ostatniej szansy",
        "17 września 2018",
        "Krakowską Radą Działalności Pożytku Publicznego",
        "uczestników i uczestniczek",
    ],
)

# The advisory point's topics as the WiP page lists them (seed 004).
ADVISORY_TOPICS = ["Prawo", "Podatki i rachunkowość", "Nowe media", "Finanse zwrotne i bezzwrotne"]
ADVISORY = SeedPage(
    seed="004_a33ab63193c15b2b.txt",
    url="/punkt-doradczy/",
    facts=[
        F(
            "prawo, podatki i rachunkowość, nowe media oraz finanse zwrotne i bezzwrotne",
            source=("prawo, podatki i rachunkowość, nowe media, finanse zwrotne i bezzwrotne",),
        ),
        *[F(topic, source=("doradztwo w zakresie m.in.", topic)) for topic in ADVISORY_TOPICS],
    ],
    absent=["księgowość"],
)
