"""Demo content of public consultations: the 2018 consultation of the Multi-annual Cooperation
Programme 2019–2022 (closed, as its report describes it) and an open, clearly marked demo
consultation of next year's annual programme with a structured draft and comments in every state,
so that the whole flow can be tried from `make run`. Idempotent: an existing page (by slug) is
left alone."""

from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from home.demo import get_or_create_home
from home.ical import WARSAW
from news.models import NewsPage
from projects.models import ProjectPage

from . import services
from .models import Comment, ConsultationIndexPage, ConsultationPage

PROGRAMME_2018_SLUG = "wieloletni-program-wspolpracy-2019-2022"
DEMO_SLUG = "demo-roczny-program-wspolpracy"

# The meetings the 2018 report lists (project "Więcej Pomysłów na Współpracę").
MEETINGS_2018 = [
    "25.05.2018 – kultura i sztuka",
    "05.06.2018 – pomoc społeczna i osoby z niepełnosprawnościami",
    "06.06.2018 – seniorzy",
    "07.06.2018 – rewitalizacja, przestrzeń, Nowa Huta",
    "11.06.2018 – młodzież i edukacja",
    "14.06.2018 – sport, zdrowie, profilaktyka",
    "15.06.2018 – przeciwdziałanie dyskryminacji, mniejszości, prawa kobiet, prawa człowieka",
    "21.06.2018 – polityka lokalowa i korzystanie z mienia gminy",
    "22.06.2018 – tworzenie warunków do współpracy organizacji i biznesu",
    "26.06.2018 – organizacje, które dotąd nie współpracowały z miastem",
    "04.07.2018 – spotkanie ogólne dla wszystkich",
]
NOTE_29_05 = (
    "Opublikowany harmonogram projektu zapowiadał również spotkanie 29.05.2018 (ochrona "
    "środowiska i ekologia), którego lista spotkań w raporcie nie wymienia. Podajemy obie "
    "informacje, bo źródła się tu różnią; raport mówi o 11 spotkaniach."
)

# The draft in the paste format (one unit per line with its number); {year} is next year.
DEMO_DRAFT_FILE = Path(__file__).resolve().parent / "data" / "demo_draft.txt"

DEMO_COMMENTS = [
    # (organization, email, unit number or None, proposal, justification, confirmed, position)
    (
        "Fundacja Przykładowa (demo)",
        "fundacja.demo@example.org",
        "§ 3 ust. 2 pkt 1",
        "wzmacnianie potencjału organizacji, w tym organizacji młodzieżowych;",
        "Organizacje młodzieżowe potrzebują osobnego wsparcia.",
        True,
        Comment.Position.ACCEPTED,
    ),
    (
        "Stowarzyszenie Sąsiedzi (demo)",
        "sasiedzi.demo@example.org",
        "§ 5 ust. 2 pkt 4",
        "udostępnianie lokali na preferencyjnych warunkach, w tym na zasadzie użyczenia;",
        "Użyczenie pozwala małym organizacjom działać bez czynszu.",
        True,
        Comment.Position.PARTLY_ACCEPTED,
    ),
    (
        "Klub Sportowy Przykład (demo)",
        "klub.demo@example.org",
        "§ 6 pkt 4",
        "wspierania i upowszechniania kultury fizycznej i sportu dzieci;",
        "Sport dzieci jest najważniejszy.",
        True,
        Comment.Position.REJECTED,
    ),
    (
        "Fundacja Ogólna (demo)",
        "ogolna.demo@example.org",
        None,
        "",
        "Prosimy o dłuższy termin konsultacji w okresie wakacyjnym.",
        True,
        Comment.Position.OUTSIDE,
    ),
    (
        "Stowarzyszenie Bez Odpowiedzi (demo)",
        "bez.odpowiedzi.demo@example.org",
        "§ 9 ust. 1 pkt 2",
        "liczba zawartych umów i ich łączna wartość;",
        "Sama liczba umów niewiele mówi.",
        True,
        "",
    ),
    (
        "Inicjatywa Niepotwierdzona (demo)",
        "niepotwierdzona.demo@example.org",
        "§ 2",
        "",
        "Ta uwaga czeka na potwierdzenie adresu e-mail.",
        False,
        "",
    ),
]


def _index(home):
    index = home.get_children().filter(slug="konsultacje").first()
    if index is not None:
        return index.specific, 0
    index = ConsultationIndexPage(
        title="Konsultacje",
        slug="konsultacje",
        show_in_menus=True,
        intro=(
            "<p>Konsultacje z organizacjami pozarządowymi projektów dokumentów miasta: "
            "zgłaszaj uwagi do konkretnych zapisów i czytaj raporty z odpowiedziami miasta.</p>"
        ),
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, 1


def _programme_2018(index):
    if index.get_children().filter(slug=PROGRAMME_2018_SLUG).exists():
        return 0
    page = ConsultationPage(
        title="Konsultacje Wieloletniego Programu Współpracy na lata 2019–2022",
        slug=PROGRAMME_2018_SLUG,
        intro=(
            "<p>Konsultacje projektu Wieloletniego Programu Współpracy Miasta Krakowa z "
            "organizacjami pozarządowymi na lata 2019–2022, prowadzone w 2018 roku.</p>"
        ),
        subject="Projekt Wieloletniego Programu Współpracy Miasta Krakowa z organizacjami "
        "pozarządowymi na lata 2019–2022.",
        document_title="Projekt Wieloletniego Programu Współpracy na lata 2019–2022",
        legal_basis="Art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie.",
        responsible_unit="Urząd Miasta Krakowa",
        forms_of_consultation="Spotkania konsultacyjne (11 spotkań tematycznych i ogólne)\n"
        "Uwagi zbierane na spotkaniach",
        opens_at=datetime.combine(datetime(2018, 5, 25), time(0, 0), tzinfo=WARSAW),
        closes_at=datetime.combine(datetime(2018, 7, 4), time(23, 59), tzinfo=WARSAW),
        participants_count=94,
        organizations_count=72,
        course_note="Spotkania wymienione w raporcie:\n"
        + "\n".join(MEETINGS_2018)
        + "\n\n"
        + NOTE_29_05,
        project=ProjectPage.objects.filter(slug="wiecej-pomyslow-na-wspolprace").first(),
        report_news=NewsPage.objects.filter(slug="raport-z-konsultacji-programu-2019-2022").first(),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return 1


def _demo_consultation(index, *, today):
    if index.get_children().filter(slug=DEMO_SLUG).exists():
        return 0
    year = today.year + 1
    opens = datetime.combine(today - timedelta(days=7), time(0, 0), tzinfo=WARSAW)
    closes = datetime.combine(today + timedelta(days=21), time(23, 59), tzinfo=WARSAW)
    page = ConsultationPage(
        title=f"Program współpracy na rok {year} – konsultacje (DEMO)",
        slug=DEMO_SLUG,
        intro=(
            "<p><strong>Treść demonstracyjna</strong>: przykładowe konsultacje do wypróbowania "
            "zgłaszania uwag, potwierdzania ich e-mailem, odpowiedzi miasta i raportu.</p>"
        ),
        subject=f"Projekt rocznego programu współpracy z organizacjami pozarządowymi na rok {year} "
        "(przykład, treść demonstracyjna).",
        document_title=f"Projekt uchwały w sprawie Programu współpracy na rok {year} (DEMO)",
        legal_basis="Art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie; "
        "uchwała Rady Miasta w sprawie trybu konsultacji.",
        responsible_unit="Wydział Polityki Społecznej i Zdrowia (przykład)",
        contact="Zespół ds. konsultacji (demo), konsultacje.demo@example.org",
        forms_of_consultation="Uwagi pisemne przez formularz na tej stronie\n"
        "Spotkanie otwarte (demo)",
        opens_at=opens,
        closes_at=closes,
        comments_public=True,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    draft = DEMO_DRAFT_FILE.read_text(encoding="utf-8").replace("{year}", str(year))
    services.draft_import_text(page=page, text=draft)
    units = {unit.number: unit for unit in page.units.all()}
    created = 1 + len(units)
    submitted_at = min(timezone.now(), opens + timedelta(days=2))
    for organization, email, number, proposal, why, confirmed, position in DEMO_COMMENTS:
        submission = services.comment_submit(
            page=page,
            organization_name=organization,
            contact_name="Osoba Przykładowa (demo)",
            email=email,
            consent=True,
            rows=[
                {
                    "unit": units[number] if number else None,
                    "proposed_wording": proposal,
                    "justification": why,
                }
            ],
            now=timezone.now() if not confirmed else submitted_at,
        )
        created += 1
        if confirmed:
            services.comment_confirm(token=services.confirmation_token(submission))
        comment = submission.comments.get()
        if position:
            services.comment_answer(
                comment=comment,
                position=position,
                justification="Stanowisko przykładowe (demo).",
                is_published=True,
            )
    return created


def load(*, stdout=None):
    home, _ = get_or_create_home(stdout=stdout)
    index, created = _index(home)
    created += _programme_2018(index)
    created += _demo_consultation(index, today=timezone.localdate(timezone.now(), WARSAW))
    return created
