"""Demo content of public consultations: the 2018 consultation of the Multi-annual Cooperation
Programme 2019–2022 (closed, as its report describes it) and an open, clearly marked demo
consultation of next year's annual programme with a structured draft and comments in every state,
so that the whole flow can be tried from `make run`. Idempotent: an existing page (by slug) is
left alone."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

from home.demo import get_or_create_home, update_page
from home.ical import WARSAW
from news.models import NewsPage
from projects.demo import WPNW_MEETINGS, _meeting
from projects.models import Meeting, ProjectPage

from . import services
from .models import Comment, ConsultationIndexPage, ConsultationPage

PROGRAMME_2018_SLUG = "wieloletni-program-wspolpracy-2019-2022"
DEMO_SLUG = "demo-roczny-program-wspolpracy"

# The meetings of the 2018 consultation as real past meetings (projects.Meeting rows on its
# page). The report (../shared/seeds/001_...) lists eleven: 25.05 and 05.06–04.07. The project's
# published schedule (../shared/seeds/000_..., projects.demo.WPNW_MEETINGS) gives the time and
# venue of the first five it announced, 29.05 among them, which the report's list does not name:
# it is kept, with a note saying so. For the other six the sources give no time or venue, so
# none is shown. Per-meeting attendance is not published: only the totals (94 people, 72
# organisations) are, and they are the page's published figures.
NOTE_29_05 = (
    "Spotkanie zapowiedziane w opublikowanym harmonogramie projektu „Więcej Pomysłów na "
    "Współpracę”; lista spotkań w raporcie z konsultacji go nie wymienia (raport mówi o 11 "
    "spotkaniach)."
)
REPORT_ONLY_MEETINGS = [
    (date(2018, 6, 11), "Młodzież i edukacja"),
    (date(2018, 6, 14), "Sport, zdrowie, profilaktyka"),
    (date(2018, 6, 15), "Antydyskryminacja, mniejszości, prawa kobiet, prawa człowieka"),
    (date(2018, 6, 21), "Polityka lokalowa i zasady korzystania z mienia gminy"),
    (date(2018, 6, 22), "Tworzenie warunków do współpracy NGO i biznesu"),
    (
        date(2018, 6, 26),
        "Spotkanie dla organizacji, które do tej pory nie współpracowały z miastem",
    ),
    (
        date(2018, 7, 4),
        "Spotkanie ogólnobranżowe dla wszystkich organizacji, które nie miały okazji wziąć "
        "udziału w poprzednich",
    ),
]
COURSE_NOTE_2018 = (
    "Według raportu od 25 maja do 4 lipca 2018 r. odbyło się 11 spotkań konsultacyjnych, w "
    "których uczestniczyło łącznie 94 osoby z 72 organizacji. Liczby uczestników "
    "poszczególnych spotkań nie zostały opublikowane.\n\n" + NOTE_29_05
)
MEETING_FACTS = (
    "date",
    "start_time",
    "end_time",
    "topic",
    "venue",
    "address",
    "room",
    "latitude",
    "longitude",
    "note",
    "attendance_info",
    "registration_open",
    "capacity",
)


def meetings_2018():
    """The twelve meetings, unsaved, in date order."""
    meetings = []
    for item in WPNW_MEETINGS:
        meeting = _meeting(item)
        if meeting.date == date(2018, 5, 29):
            meeting.note = NOTE_29_05
        meetings.append(meeting)
    meetings += [Meeting(date=day, topic=topic) for day, topic in REPORT_ONLY_MEETINGS]
    return sorted(meetings, key=lambda meeting: meeting.date)


def _facts(meetings):
    def value(meeting, name):
        found = getattr(meeting, name)
        return (
            Decimal(found).quantize(Decimal("0.000001"))
            if found is not None
            and name
            in (
                "latitude",
                "longitude",
            )
            else found
        )

    return [tuple(value(m, name) for name in MEETING_FACTS) for m in meetings]


def _meetings_2018(page):
    """Give the 2018 consultation its meetings, once. A database loaded by an earlier demo holds
    five of them on the project page: those rows (and anything pointing to them) are moved to
    the consultation, not duplicated; the project page still lists them through it."""
    wanted = meetings_2018()
    dates = [meeting.date for meeting in wanted]
    project = page.project.specific if page.project_id else None
    on_project = list(Meeting.objects.filter(page=project, date__in=dates)) if project else []
    current = list(Meeting.objects.filter(consultation=page).order_by("date", "start_time"))
    if not on_project and _facts(current) == _facts(wanted):
        return 0
    if on_project:
        Meeting.objects.filter(pk__in=[m.pk for m in on_project]).update(
            page=None, consultation=page
        )
        # The project's next revision no longer holds them (an older one would put them back).
        project.meetings = list(Meeting.objects.filter(page=project))
        project.save_revision().publish()
    by_date = {m.date: m for m in [*on_project, *current]}
    meetings = []
    for meeting in wanted:
        existing = by_date.get(meeting.date)
        if existing is not None:
            for name in MEETING_FACTS:
                setattr(existing, name, getattr(meeting, name))
            existing.page = None
            meeting = existing
        meetings.append(meeting)
    page.meetings = meetings
    page.save_revision().publish()
    return len(meetings)


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
    existing = index.get_children().filter(slug=PROGRAMME_2018_SLUG).first()
    if existing is not None:
        page = existing.specific
        changed = update_page(
            page, {"course_note": COURSE_NOTE_2018, "forms_of_consultation": FORMS_2018}
        )
        return changed + _meetings_2018(page)
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
        forms_of_consultation=FORMS_2018,
        opens_at=datetime.combine(datetime(2018, 5, 25), time(0, 0), tzinfo=WARSAW),
        closes_at=datetime.combine(datetime(2018, 7, 4), time(23, 59), tzinfo=WARSAW),
        participants_count=94,
        organizations_count=72,
        course_note=COURSE_NOTE_2018,
        project=ProjectPage.objects.filter(slug="wiecej-pomyslow-na-wspolprace").first(),
        report_news=NewsPage.objects.filter(slug="raport-z-konsultacji-programu-2019-2022").first(),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return 1 + _meetings_2018(page)


FORMS_2018 = (
    "Spotkania konsultacyjne (według raportu 11: branżowe i jedno ogólnobranżowe)\nUwagi "
    "zbierane na spotkaniach"
)


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
