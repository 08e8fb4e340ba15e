"""Demo content of the advisory point: the page, four topics, three advisors with weekly
availability, a closure and a few bookings, with dates relative to today so that `make run`
always shows free times.

The topics are those of the city's advisory point as the WiP project describes it
(../shared/seeds/004: "prawo, podatki i rachunkowość, nowe media, finanse zwrotne
i bezzwrotne"); the advisors, hours, places and bookings are demo content and the page says so.
Idempotent: what exists (by slug or e-mail) is left alone, except a topic an earlier demo named
differently, which is renamed; a new closure and new bookings are added only when none lies
ahead."""

from datetime import time, timedelta

from django.utils import timezone

from home.demo import get_or_create_home

from . import selectors, services
from .models import (
    Advisor,
    AdvisoryPage,
    AvailabilityRule,
    Booking,
    BookingPolicy,
    Closure,
    Topic,
)
from .slots import WARSAW

TOPICS = [
    {
        "slug": "prawo",
        "name": "Prawo",
        "description": "Zakładanie stowarzyszenia i fundacji, statut, zmiany w KRS, umowy.",
        "what_to_bring": "Statut organizacji i wypis z KRS, jeśli już istnieje.",
        "offers_phone": True,
    },
    {
        "slug": "podatki-i-rachunkowosc",
        "name": "Podatki i rachunkowość",
        "description": "Sprawozdania finansowe, VAT, CIT-8, rozliczanie dotacji, działalność "
        "odpłatna i gospodarcza.",
        "what_to_bring": "Ostatnie sprawozdanie finansowe i pytania do księgowej.",
    },
    {
        "slug": "nowe-media",
        "name": "Nowe media",
        "description": "Strona internetowa, media społecznościowe, komunikacja z odbiorcami.",
        "what_to_bring": "Adresy strony i profili organizacji.",
        "offers_in_person": False,
    },
    {
        "slug": "finanse-zwrotne-i-bezzwrotne",
        "name": "Finanse zwrotne i bezzwrotne",
        "description": "Dotacje, granty, pożyczki i poręczenia dla organizacji pozarządowych.",
        "what_to_bring": "Opis projektu, na który szukasz pieniędzy.",
    },
]

ADVISORS = [
    {
        "email": "ewa.nowak@example.org",
        "name": "Ewa Nowak",
        "bio": "Przykładowa doradczyni (treść demonstracyjna): radczyni prawna.",
        "topics": ["prawo"],
        "rules": [(0, "09:00", "13:00", "in_person"), (2, "12:00", "16:00", "phone")],
    },
    {
        "email": "piotr.zielinski@example.org",
        "name": "Piotr Zieliński",
        "bio": "Przykładowy doradca (treść demonstracyjna): księgowy i trener finansów NGO.",
        "topics": ["podatki-i-rachunkowosc", "finanse-zwrotne-i-bezzwrotne"],
        "rules": [(1, "10:00", "14:00", "in_person"), (3, "14:00", "18:00", "online")],
    },
    {
        "email": "marta.wisniewska@example.org",
        "name": "Marta Wiśniewska",
        "bio": "Przykładowa doradczyni (treść demonstracyjna): komunikacja i fundusze.",
        "topics": ["nowe-media", "finanse-zwrotne-i-bezzwrotne"],
        "rules": [(0, "14:00", "17:00", "online"), (4, "09:00", "12:00", "online")],
    },
]

PLACES = {
    "in_person": "Centrum Obywatelskie, ul. Reymonta 20, Kraków, sala 3",
    "online": "https://meet.example.org/punkt-doradczy",
    "phone": "Doradca zadzwoni na podany numer telefonu.",
}

PRIVACY_NOTICE = (
    "<p>Administratorem danych osobowych jest Gmina Miejska Kraków – Urząd Miasta Krakowa. "
    "Dane przetwarzamy wyłącznie w celu umówienia i przeprowadzenia konsultacji, przez rok od "
    "konsultacji; potem usuwamy je, zostawiając tylko dane statystyczne. Masz prawo dostępu "
    "do danych, ich sprostowania i usunięcia.</p>"
)

INTRO = (
    "<p>Bezpłatne konsultacje dla organizacji pozarządowych i inicjatyw obywatelskich: prawo, "
    "podatki i rachunkowość, nowe media oraz finanse zwrotne i bezzwrotne. Wybierz temat, "
    "termin i wypełnij krótki formularz.</p>"
    "<p><strong>Treść demonstracyjna:</strong> doradcy, godziny, miejsca konsultacji "
    "i rezerwacje w tej wersji portalu są przykładowe.</p>"
)
# Topics an earlier demo named differently: old slug → new slug.
RENAMED_TOPICS = {"podatki-i-ksiegowosc": "podatki-i-rachunkowosc"}


def load(*, stdout=None):
    created = 0
    home, _ = get_or_create_home()
    if not AdvisoryPage.objects.exists():
        page = AdvisoryPage(
            title="Punkt doradczy", slug="punkt-doradczy", intro=INTRO, show_in_menus=True
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    else:
        created += _update_intro(AdvisoryPage.objects.first().specific)

    created += _rename_topics()
    topics = {}
    for order, data in enumerate(TOPICS):
        data = dict(data)
        topic, was_created = Topic.objects.get_or_create(
            slug=data.pop("slug"), defaults={**data, "sort_order": order}
        )
        topics[topic.slug] = topic
        created += was_created

    advisors = []
    for data in ADVISORS:
        advisor, was_created = Advisor.objects.get_or_create(
            email=data["email"], defaults={"name": data["name"], "bio": data["bio"]}
        )
        advisors.append(advisor)
        if not was_created and advisor.bio != data["bio"]:
            advisor.bio = data["bio"]
            advisor.save(update_fields=["bio"])
            created += 1
        if was_created:
            created += 1
            advisor.topics.set([topics[slug] for slug in data["topics"]])
            for weekday, start, end, mode in data["rules"]:
                AvailabilityRule.objects.create(
                    advisor=advisor,
                    weekday=weekday,
                    start_time=time.fromisoformat(start),
                    end_time=time.fromisoformat(end),
                    mode=mode,
                    place=PLACES[mode],
                )
                created += 1

    policy = BookingPolicy.for_site(home.get_site())
    if not policy.privacy_notice:
        policy.privacy_notice = PRIVACY_NOTICE
        policy.save()
        created += 1

    today = timezone.localdate()
    if not Closure.objects.filter(reason="Szkolenie doradców", end_date__gte=today).exists():
        start = today + timedelta(days=21)
        Closure.objects.create(
            advisor=advisors[0],
            start_date=start,
            end_date=start + timedelta(days=2),
            reason="Szkolenie doradców",
        )
        created += 1

    upcoming_demo_bookings = Booking.objects.filter(
        email__endswith="@demo.example.org", starts_at__gte=timezone.now()
    )
    if not upcoming_demo_bookings.exists():
        created += _demo_bookings(topics)
    if stdout is not None:
        stdout.write("  advisory: topics, advisors, availability, a closure and bookings")
    return created


def _update_intro(page):
    """A page loaded by an earlier demo gets the corrected introduction (one revision)."""
    from home.demo import update_page

    return update_page(page, {"intro": INTRO})


def _rename_topics():
    renamed = 0
    by_slug = {data["slug"]: data for data in TOPICS}
    for old_slug, new_slug in RENAMED_TOPICS.items():
        topic = Topic.objects.filter(slug=old_slug).first()
        if topic is None or Topic.objects.filter(slug=new_slug).exists():
            continue
        topic.slug, topic.name = new_slug, by_slug[new_slug]["name"]
        topic.save(update_fields=["slug", "name"])
        renamed += 1
    return renamed


def _demo_bookings(topics):
    """Book the second free time of each of three topics next week (through booking_create)."""
    today = timezone.localtime(timezone.now(), WARSAW).date()
    monday = today + timedelta(days=7 - today.weekday())
    count = 0
    for number, slug in enumerate(["prawo", "podatki-i-rachunkowosc", "nowe-media"]):
        slots = selectors.free_slots(
            topic=topics[slug], date_from=monday, date_to=monday + timedelta(days=6)
        )
        if len(slots) < 2:
            continue
        services.booking_create(
            topic=topics[slug],
            starts_at=slots[1].starts_at,
            advisor=None,
            organization_name=[
                "Stowarzyszenie Zielony Kazimierz",
                "Fundacja Nowa Huta Kultury",
                "Klub Sportowy Podgórze",
            ][number],
            contact_name=["Agnieszka Kowal", "Tomasz Lis", "Katarzyna Mazur"][number],
            email=f"kontakt{number + 1}@demo.example.org",
            question="Przykładowa rezerwacja z danych demonstracyjnych.",
            by_staff=True,
        )
        count += 1
    return count
