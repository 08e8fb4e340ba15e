"""Demo content of the base app: the home page, about, contact and the accessibility statement.

`manage.py load_demo` calls `load()`; other apps add their own `demo.py` to the command's list.
Every step looks for what it would create and leaves it alone if it is there, so a second run
changes nothing.
"""

from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage, SiteSettings, StandardPage

PORTAL_NAME = "Kraków dla NGO"
OPERATOR = (
    "Urząd Miasta Krakowa – Wydział Polityki Społecznej i Zdrowia, Referat ds. Współpracy z NGO"
)
ADDRESS = "al. Powstania Warszawskiego 10\n31-549 Kraków"
EMAIL = "ngo@example.org"
PHONE = "12 616 78 21"


def _paragraph(html):
    return ("paragraph", html)


def _heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def get_or_create_home(*, stdout=None):
    """The site's HomePage, replacing Wagtail's placeholder "Welcome" page on a fresh database."""
    home = HomePage.objects.first()
    if home is not None:
        return home, False
    root = Page.get_first_root_node()
    with transaction.atomic():
        for placeholder in root.get_children().filter(slug="home"):
            if not isinstance(placeholder.specific, HomePage):
                placeholder.delete()
        home = HomePage(
            title="Kraków dla organizacji pozarządowych",
            slug="home",
            seo_title=PORTAL_NAME,
            search_description=(
                "Portal współpracy Miasta Krakowa z organizacjami pozarządowymi: projekty, "
                "aktualności, przewodnik po współpracy, mapa organizacji i punkt doradczy."
            ),
            intro=(
                "<p>Miejsce, w którym Miasto i organizacje pozarządowe współpracują: projekty "
                "i konsultacje, przewodnik po formach współpracy, mapa organizacji i inicjatyw "
                "oraz bezpłatne konsultacje w punkcie doradczym.</p>"
            ),
            body=[
                _heading("Jak możemy pomóc"),
                _paragraph(
                    "<p>Sprawdź, jak wygląda finansowa i pozafinansowa współpraca z Miastem, "
                    "znajdź organizacje działające w Twojej okolicy albo umów się na bezpłatną "
                    "konsultację z doradcą.</p>"
                ),
            ],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        # The demo site answers at the address `make run` serves (WAGTAILADMIN_BASE_URL).
        base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
        site.root_page = home
        site.site_name = PORTAL_NAME
        site.save()
    return home, True


def _without_block_ids(value):
    """A StreamField's stored JSON without the random block ids, to compare content."""
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    return value


def _stored(page_class, name, value):
    """What the database would hold for `value` in the field `name` of `page_class`."""
    field = page_class._meta.get_field(name)
    probe = page_class()
    setattr(probe, name, value)
    return _without_block_ids(field.get_prep_value(field.value_from_object(probe)))


def page_differs(page, fields):
    """Whether any of `fields` (name → value, as for the page's constructor) differs."""
    page_class = type(page)
    return any(
        _stored(page_class, name, value) != _stored(page_class, name, getattr(page, name))
        for name, value in fields.items()
    )


def update_page(page, fields, *, force=False):
    """Bring an existing demo page to `fields` with a new published revision; 1 if it changed.

    Databases loaded by earlier versions of the demo hold facts that have since been corrected;
    a page whose content already matches gets no revision, so `load_demo` stays idempotent.
    `force` publishes even when only child objects (set by the caller) changed.
    """
    if not force and not page_differs(page, fields):
        return 0
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return 1


def _child(home, *, slug, **fields):
    existing = home.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = StandardPage(slug=slug, show_in_menus=fields.pop("show_in_menus", True), **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page, True


ABOUT_BODY = [
    _heading("Po co jest ta platforma"),
    _paragraph(
        "<p>Platforma zbiera w jednym miejscu to, czego organizacje pozarządowe i mieszkańcy "
        "potrzebują do współpracy z Miastem: opisy projektów i ich rezultaty, harmonogramy "
        "spotkań, aktualności, przewodnik po formach współpracy, mapę organizacji oraz zapisy "
        "na bezpłatne konsultacje.</p>"
    ),
    _heading("Dla kogo"),
    _paragraph(
        "<ul><li>dla organizacji pozarządowych i grup nieformalnych,</li>"
        "<li>dla mieszkańców, którzy szukają organizacji działających w ich okolicy,</li>"
        "<li>dla pracowników Urzędu, którzy prowadzą współpracę z sektorem.</li></ul>"
    ),
    (
        "quote",
        {
            "text": "Współpraca Miasta z organizacjami opiera się na zasadach pomocniczości, "
            "suwerenności stron, partnerstwa, efektywności, uczciwej konkurencji i jawności.",
            "attribution": (
                "art. 5 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie"
            ),
        },
    ),
]

DEMO_NOTE = _paragraph(
    "<p><strong>Treść demonstracyjna</strong> – dane na tej stronie są przykładowe i wymagają "
    "weryfikacji przez Urząd Miasta Krakowa przed publikacją.</p>"
)

CONTACT_BODY = [
    DEMO_NOTE,
    _heading("Referat ds. Współpracy z Organizacjami Pozarządowymi"),
    _paragraph(
        "<p>al. Powstania Warszawskiego 10, 31-549 Kraków<br>"
        'telefon: 12 616 78 21<br>e-mail: <a href="mailto:ngo@example.org">ngo@example.org</a></p>'
    ),
    _heading("Godziny pracy"),
    (
        "table",
        {
            "data": [
                ["Dzień", "Godziny"],
                ["poniedziałek", "8:00–18:00"],
                ["wtorek–piątek", "8:00–16:00"],
            ],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Godziny pracy referatu",
        },
    ),
]


def accessibility_statement_body(*, published_on, reviewed_on):
    return [
        DEMO_NOTE,
        _paragraph(
            f"<p>{OPERATOR} zobowiązuje się zapewnić dostępność swojej strony internetowej "
            "zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron "
            "internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności "
            f"dotyczy strony internetowej „{PORTAL_NAME}”.</p>"
        ),
        _heading("Daty"),
        _paragraph(
            f"<ul><li>Data publikacji strony internetowej: {published_on:%Y-%m-%d}.</li>"
            f"<li>Data ostatniej istotnej aktualizacji: {reviewed_on:%Y-%m-%d}.</li></ul>"
        ),
        _heading("Stan dostępności cyfrowej"),
        _paragraph(
            "<p>Strona internetowa jest częściowo zgodna z ustawą o dostępności cyfrowej stron "
            "internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności "
            "lub wyłączeń wymienionych poniżej.</p>"
        ),
        _heading("Treści niedostępne", "h3"),
        _paragraph(
            "<ul><li>Część dokumentów opublikowanych przed 23 września 2018 r. nie jest "
            "dostępna cyfrowo (wyłączenie: dokumenty opublikowane przed tą datą).</li>"
            "<li>Filmy opublikowane przez partnerów mogą nie mieć napisów.</li>"
            "<li>Podkład mapy pochodzi z serwisu zewnętrznego; te same dane są dostępne "
            "w postaci listy pod mapą.</li></ul>"
        ),
        _heading("Przygotowanie deklaracji dostępności"),
        _paragraph(
            f"<ul><li>Data sporządzenia deklaracji: {published_on:%Y-%m-%d}.</li>"
            f"<li>Data ostatniego przeglądu deklaracji: {reviewed_on:%Y-%m-%d}.</li>"
            "<li>Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot "
            "publiczny.</li></ul>"
        ),
        _heading("Skróty klawiaturowe"),
        _paragraph(
            "<p>Na stronie można korzystać ze standardowych skrótów klawiaturowych przeglądarki. "
            "Pierwszy klawisz Tab na każdej stronie pokazuje odnośnik „Przejdź do treści”.</p>"
        ),
        _heading("Informacje zwrotne i dane kontaktowe"),
        _paragraph(
            "<p>Wszystkie problemy z dostępnością cyfrową tej strony internetowej prosimy "
            "zgłaszać do koordynatora do spraw dostępności: e-mail "
            '<a href="mailto:dostepnosc@example.org">dostepnosc@example.org</a>, '
            "telefon 12 616 12 34.</p>"
            "<p>Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony "
            "internetowej lub jakiegoś jej elementu. Można także zażądać udostępnienia informacji "
            "w alternatywnym formacie. Żądanie powinno zawierać dane kontaktowe osoby "
            "zgłaszającej, wskazanie strony lub elementu strony oraz sposób kontaktu. Jeżeli "
            "osoba żądająca zgłasza potrzebę otrzymania informacji w formie alternatywnej, "
            "powinna także określić formę tej informacji.</p>"
        ),
        _heading("Procedura wnioskowo-skargowa", "h3"),
        _paragraph(
            "<p>Podmiot publiczny powinien zrealizować żądanie niezwłocznie, nie później niż "
            "w ciągu 7 dni od jego otrzymania. Jeżeli dotrzymanie tego terminu nie jest możliwe, "
            "podmiot publiczny niezwłocznie informuje o tym, kiedy realizacja żądania będzie "
            "możliwa, przy czym termin ten nie może być dłuższy niż 2 miesiące od złożenia "
            "żądania. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny "
            "może zaproponować alternatywny sposób dostępu do informacji.</p>"
            "<p>W przypadku, gdy podmiot publiczny odmówi realizacji żądania, można złożyć "
            "skargę na brak zapewnienia dostępności cyfrowej. Po wyczerpaniu tej procedury "
            "można także złożyć wniosek do Rzecznika Praw Obywatelskich.</p>"
        ),
        _heading("Dostępność architektoniczna"),
        _paragraph(
            "<p>Budynek przy al. Powstania Warszawskiego 10 ma wejście na poziomie chodnika "
            "i windę obsługującą wszystkie kondygnacje. Toaleta dostosowana do potrzeb osób "
            "z niepełnosprawnościami znajduje się na parterze. Do budynku można wejść z psem "
            "asystującym i psem przewodnikiem. Przed budynkiem wyznaczono miejsca parkingowe "
            "dla osób z niepełnosprawnościami.</p>"
        ),
        _heading("Aplikacje mobilne"),
        _paragraph("<p>Podmiot nie udostępnia aplikacji mobilnych.</p>"),
        _heading("Dostępność tłumacza języka migowego"),
        _paragraph(
            "<p>W Urzędzie można skorzystać z pomocy tłumacza polskiego języka migowego (PJM), "
            "systemu językowo-migowego (SJM) oraz sposobu komunikowania się osób głuchoniewidomych "
            "(SKOGN) po wcześniejszym zgłoszeniu, co najmniej 3 dni robocze przed wizytą.</p>"
        ),
    ]


def load(*, stdout=None):
    """Create the base pages and settings; return how many objects were created."""
    created = 0
    home, was_created = get_or_create_home(stdout=stdout)
    created += was_created

    _, was_created = _child(
        home,
        slug="o-platformie",
        title="O platformie",
        intro="<p>Czym jest platforma współpracy i komu służy.</p>",
        body=ABOUT_BODY,
    )
    created += was_created
    contact, was_created = _child(
        home,
        slug="kontakt",
        title="Kontakt",
        intro="<p>Jak skontaktować się z zespołem ds. współpracy z organizacjami.</p>",
        body=CONTACT_BODY,
    )
    created += was_created or update_page(contact, {"body": CONTACT_BODY})
    statement_body = accessibility_statement_body(
        published_on=date(2026, 11, 1), reviewed_on=date(2026, 11, 22)
    )
    statement, was_created = _child(
        home,
        slug="deklaracja-dostepnosci",
        title="Deklaracja dostępności",
        show_in_menus=False,
        intro="<p>Deklaracja dostępności portalu „Kraków dla NGO”.</p>",
        body=statement_body,
    )
    created += was_created or update_page(statement, {"body": statement_body})

    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.operator_name:
        site_settings.portal_name = PORTAL_NAME
        site_settings.operator_name = OPERATOR
        site_settings.address = ADDRESS
        site_settings.email = EMAIL
        site_settings.phone = PHONE
        site_settings.publishing_body = OPERATOR
        site_settings.accessibility_statement = statement
        site_settings.save()
        created += 1
    if site_settings.operator_name == OPERATOR:
        created += _sync_footer(site_settings, contact=contact)
    return created


def _footer_links(*, contact):
    """Footer links to real pages only: the contact page, the city's public information
    bulletin and www.krakow.pl (which ../shared/seeds/000 links). No social profiles: no source
    names the city's profiles, and a network's front page is not one."""
    return [
        ("Kontakt", contact, ""),
        ("Biuletyn Informacji Publicznej", None, "https://www.bip.krakow.pl/"),
        ("Miasto Kraków – www.krakow.pl", None, "https://www.krakow.pl/"),
    ]


def _sync_footer(site_settings, *, contact):
    wanted = _footer_links(contact=contact)
    current = [
        (
            block.value["label"],
            block.value["page"].pk if block.value["page"] else None,
            block.value["url"],
        )
        for block in site_settings.footer_links
    ]
    wanted_keys = [(label, page.pk if page else None, url) for label, page, url in wanted]
    if current == wanted_keys and not len(site_settings.social_profiles):
        return 0
    site_settings.footer_links = [
        ("link", {"label": label, "page": page, "url": url}) for label, page, url in wanted
    ]
    site_settings.social_profiles = []
    site_settings.save()
    return 1
