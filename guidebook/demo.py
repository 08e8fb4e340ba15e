"""Demo content of the guidebook: how an NGO cooperates with a Polish city, in two chapters.

The texts are short explanations written for the demo from the act of 24 April 2003 on public
benefit activity and volunteering (ustawa o działalności pożytku publicznego i o wolontariacie,
"u.d.p.p.w.") and the public finance act; every page says it is demo content to be reviewed by
the city. Idempotent (by slug).
"""

from datetime import date

from home.demo import get_or_create_home

from .models import GuidebookPage

REVIEWED = date(2026, 11, 22)
NOTICE = (
    "Treść demonstracyjna – wymaga weryfikacji merytorycznej i prawnej przez Urząd Miasta "
    "Krakowa przed publikacją."
)
ACT = "Ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie"
ACT_URL = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20030960873"
FINANCE_ACT = "Ustawa z dnia 27 sierpnia 2009 r. o finansach publicznych"


def _p(html):
    return ("paragraph", html)


def _h(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def _faq(*pairs):
    return (
        "faq",
        {
            "title": "Najczęściej zadawane pytania",
            "questions": [{"question": q, "answer": a} for q, a in pairs],
        },
    )


def _law(provision, act=ACT, url=ACT_URL):
    return ("reference", {"act": act, "provision": provision, "url": url})


GUIDE = {
    "slug": "przewodnik",
    "title": "Przewodnik po współpracy z Miastem",
    "intro": (
        "<p>Jak organizacja pozarządowa może współpracować z Miastem: formy finansowe "
        "(dotacje) i pozafinansowe (konsultacje, dialog, lokale, patronat).</p>"
    ),
    "body": [
        _p(
            "<p>Gmina współpracuje z organizacjami pozarządowymi oraz podmiotami wymienionymi "
            "w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie "
            "(np. spółdzielniami socjalnymi i stowarzyszeniami jednostek samorządu). "
            "Współpraca opiera się na zasadach pomocniczości, suwerenności stron, partnerstwa, "
            "efektywności, uczciwej konkurencji i jawności (art. 5 ust. 3 ustawy).</p>"
            "<p>Przewodnik ma dwa rozdziały: współpracę finansową, czyli zlecanie organizacjom "
            "zadań publicznych wraz z dotacją, oraz współpracę pozafinansową.</p>"
        ),
    ],
    "legal_basis": [_law("art. 5 i art. 5a")],
    "children": [
        {
            "slug": "wspolpraca-finansowa",
            "title": "Współpraca finansowa",
            "intro": (
                "<p>Miasto zleca organizacjom realizację zadań publicznych i przekazuje na nie "
                "dotację – najczęściej w otwartym konkursie ofert.</p>"
            ),
            "body": [
                _p(
                    "<p>Zlecenie zadania publicznego ma dwie formy (art. 5 ust. 4 pkt 1 i art. "
                    "11 ust. 1 ustawy): <strong>wspieranie</strong>, czyli dofinansowanie "
                    "zadania, do którego organizacja dokłada własne środki lub pracę, oraz "
                    "<strong>powierzenie</strong>, czyli sfinansowanie całego zadania.</p>"
                ),
            ],
            "legal_basis": [_law("art. 11–19b")],
            "children": [
                {
                    "slug": "otwarte-konkursy-ofert",
                    "title": "Otwarte konkursy ofert",
                    "intro": "<p>Podstawowy tryb przyznawania dotacji organizacjom.</p>",
                    "body": [
                        _p(
                            "<p>Prezydent Miasta ogłasza otwarty konkurs ofert z wyprzedzeniem "
                            "co najmniej 21 dni przed terminem składania ofert (art. 13 ust. 1). "
                            "Ogłoszenie publikuje się w Biuletynie Informacji Publicznej, "
                            "w siedzibie urzędu i na stronie internetowej; podaje ono m.in. "
                            "rodzaj zadania, wysokość środków, zasady przyznawania dotacji, "
                            "terminy i warunki realizacji oraz kryteria wyboru ofert.</p>"
                            "<p>Oferty ocenia komisja konkursowa, w której zasiadają także "
                            "przedstawiciele organizacji pozarządowych (art. 15 ust. 2a–2d). "
                            "Ofertę składa się według wzoru określonego w rozporządzeniu; "
                            "po wyborze oferty Miasto zawiera z organizacją umowę o realizację "
                            "zadania publicznego.</p>"
                        ),
                        _faq(
                            (
                                "Czy grupa nieformalna może złożyć ofertę w konkursie?",
                                "<p>Nie. Ofertę składa organizacja pozarządowa albo podmiot "
                                "z art. 3 ust. 3 ustawy. Grupa mieszkańców może natomiast "
                                "złożyć wniosek o realizację inicjatywy lokalnej.</p>",
                            ),
                            (
                                "Czy kilka organizacji może złożyć wspólną ofertę?",
                                "<p>Tak, ustawa dopuszcza ofertę wspólną (art. 14 ust. 2); "
                                "organizacje odpowiadają wtedy solidarnie za wykonanie "
                                "zadania.</p>",
                            ),
                        ),
                    ],
                    "legal_basis": [_law("art. 11–16, art. 18–19")],
                },
                {
                    "slug": "male-granty",
                    "title": "Małe granty – tryb z pominięciem konkursu",
                    "intro": (
                        "<p>Szybka ścieżka dla niewielkich zadań o charakterze lokalnym lub "
                        "regionalnym (art. 19a).</p>"
                    ),
                    "body": [
                        _p(
                            "<p>Na wniosek organizacji Miasto może zlecić zadanie z pominięciem "
                            "otwartego konkursu ofert, jeżeli łącznie spełnione są warunki: "
                            "dofinansowanie lub finansowanie nie przekracza "
                            "<strong>10 000 zł</strong>, a zadanie trwa nie dłużej niż "
                            "<strong>90 dni</strong>. Ta sama organizacja może otrzymać w tym "
                            "trybie w jednym roku kalendarzowym łącznie nie więcej niż "
                            "20 000 zł, a suma takich dotacji nie może przekroczyć 20% środków "
                            "przeznaczonych przez gminę w danym roku na dotacje dla "
                            "organizacji.</p>"
                            "<p>Urząd publikuje ofertę na 7 dni (w BIP, w siedzibie urzędu "
                            "i na stronie internetowej), aby każdy mógł zgłosić uwagi. Po "
                            "rozpatrzeniu uwag zawiera umowę.</p>"
                        ),
                        _faq(
                            (
                                "Czy mała dotacja wymaga wkładu własnego?",
                                "<p>Ustawa tego nie wymaga, ale przy formie wspierania "
                                "organizacja dokłada do zadania własne środki lub pracę; "
                                "szczegóły określa Miasto w swoich zasadach.</p>",
                            ),
                        ),
                    ],
                    "legal_basis": [_law("art. 19a")],
                },
                {
                    "slug": "inicjatywa-lokalna",
                    "title": "Inicjatywa lokalna",
                    "intro": (
                        "<p>Mieszkańcy wspólnie z Miastem realizują zadanie ważne dla ich "
                        "okolicy (art. 19b–19h).</p>"
                    ),
                    "body": [
                        _p(
                            "<p>Wniosek o realizację inicjatywy lokalnej mogą złożyć mieszkańcy "
                            "bezpośrednio albo za pośrednictwem organizacji pozarządowej. "
                            "Inicjatywa może dotyczyć m.in. budowy lub remontu infrastruktury, "
                            "działalności charytatywnej, edukacji, kultury, sportu, ekologii "
                            "czy porządku publicznego (art. 19b ust. 1).</p>"
                            "<p>Miasto nie przekazuje dotacji – wykonuje zadanie razem "
                            "z mieszkańcami, którzy wnoszą wkład pracą społeczną, "
                            "świadczeniami pieniężnymi lub rzeczowymi (art. 19e). Tryb "
                            "i szczegółowe kryteria oceny wniosków określa uchwała Rady Miasta "
                            "(art. 19c).</p>"
                        ),
                    ],
                    "legal_basis": [_law("art. 19b–19h")],
                },
                {
                    "slug": "regranting",
                    "title": "Regranting",
                    "intro": (
                        "<p>Organizacja-operator przekazuje środki dalej, w mniejszych "
                        "grantach.</p>"
                    ),
                    "body": [
                        _p(
                            "<p>W trybie otwartego konkursu ofert Miasto może wybrać "
                            "organizację, która jako <strong>operator</strong> sama wyłania "
                            "realizatorów projektów i przekazuje im środki na realizację "
                            "zadania (art. 16a). Zasady wyboru projektów i ich rozliczania "
                            "określa umowa z operatorem. Tak często finansuje się działania "
                            "młodych organizacji i grup nieformalnych.</p>"
                        ),
                    ],
                    "legal_basis": [_law("art. 16a")],
                },
                {
                    "slug": "sprawozdania-i-rozliczenie",
                    "title": "Sprawozdania i rozliczenie dotacji",
                    "intro": "<p>Co trzeba zrobić po zakończeniu zadania.</p>",
                    "body": [
                        _p(
                            "<p>W ciągu <strong>30 dni</strong> od zakończenia realizacji "
                            "zadania organizacja składa sprawozdanie według wzoru z "
                            "rozporządzenia (art. 18). Miasto może też wezwać do złożenia "
                            "sprawozdania częściowego i kontrolować realizację zadania "
                            "(art. 17).</p>"
                            "<p>Niewykorzystaną część dotacji zwraca się w terminie "
                            "określonym w umowie – nie później niż 15 dni od zakończenia "
                            "zadania (art. 251 ustawy o finansach publicznych). Dotację "
                            "wykorzystaną niezgodnie z przeznaczeniem lub pobraną w nadmiernej "
                            "wysokości zwraca się z odsetkami (art. 252).</p>"
                        ),
                        _faq(
                            (
                                "Czy mogę przesuwać środki między pozycjami kosztorysu?",
                                "<p>W granicach, które określa umowa; większe zmiany wymagają "
                                "zgody Miasta i aneksu do umowy.</p>",
                            ),
                        ),
                    ],
                    "legal_basis": [
                        _law("art. 17–18"),
                        ("reference", {"act": FINANCE_ACT, "provision": "art. 251–252", "url": ""}),
                    ],
                },
            ],
        },
        {
            "slug": "wspolpraca-pozafinansowa",
            "title": "Współpraca pozafinansowa",
            "intro": (
                "<p>Informowanie, konsultowanie, wspólne zespoły, rada pożytku, lokale "
                "i patronat – współpraca, w której nie chodzi o dotację.</p>"
            ),
            "body": [
                _p(
                    "<p>Formy współpracy pozafinansowej wymienia art. 5 ust. 2 ustawy: "
                    "wzajemne informowanie się o planowanych kierunkach działalności, "
                    "konsultowanie projektów aktów normatywnych, tworzenie wspólnych zespołów "
                    "doradczych i inicjatywnych, umowy o wykonanie inicjatywy lokalnej "
                    "i umowy partnerskie.</p>"
                ),
            ],
            "legal_basis": [_law("art. 5 ust. 2")],
            "children": [
                {
                    "slug": "konsultacje-aktow-prawa-miejscowego",
                    "title": "Konsultacje aktów prawa miejscowego",
                    "intro": "<p>Jak organizacje opiniują projekty uchwał.</p>",
                    "body": [
                        _p(
                            "<p>Miasto konsultuje z organizacjami i z radą działalności "
                            "pożytku publicznego projekty aktów prawa miejscowego w dziedzinach "
                            "dotyczących działalności statutowej organizacji. Szczegółowy "
                            "sposób konsultowania określa uchwała Rady Miasta (art. 5 ust. 5). "
                            "Organizacje zgłaszają uwagi na formularzu w wyznaczonym terminie; "
                            "wyniki konsultacji publikuje się w raporcie.</p>"
                        ),
                    ],
                    "legal_basis": [_law("art. 5 ust. 2 pkt 3 i ust. 5")],
                },
                {
                    "slug": "programy-wspolpracy",
                    "title": "Roczny i wieloletni program współpracy",
                    "intro": "<p>Dokumenty, które określają zasady współpracy (art. 5a).</p>",
                    "body": [
                        _p(
                            "<p>Rada Miasta uchwala, po konsultacjach z organizacjami, "
                            "<strong>roczny program współpracy</strong> – do 30 listopada "
                            "roku poprzedzającego okres jego obowiązywania (art. 5a ust. 1). "
                            "Może też uchwalić <strong>wieloletni program współpracy</strong> "
                            "(art. 5a ust. 2). Prezydent przedstawia Radzie sprawozdanie "
                            "z realizacji programu do 31 maja następnego roku i publikuje je "
                            "w BIP (art. 5a ust. 3).</p>"
                        ),
                        _faq(
                            (
                                "Jak wpłynąć na program współpracy?",
                                "<p>Zgłaszając uwagi w konsultacjach projektu programu, "
                                "przez komisje dialogu obywatelskiego albo Radę Działalności "
                                "Pożytku Publicznego.</p>",
                            ),
                        ),
                    ],
                    "legal_basis": [_law("art. 5a")],
                },
                {
                    "slug": "komisje-dialogu-obywatelskiego",
                    "title": "Komisje dialogu obywatelskiego",
                    "intro": "<p>Wspólne zespoły organizacji i urzędu w jednej dziedzinie.</p>",
                    "body": [
                        _p(
                            "<p>Komisje dialogu obywatelskiego (KDO) to wspólne zespoły "
                            "o charakterze doradczym i inicjatywnym, złożone z przedstawicieli "
                            "organizacji i urzędu (art. 5 ust. 2 pkt 4). Działają przy "
                            "wydziałach urzędu w poszczególnych dziedzinach, np. kultury, "
                            "pomocy społecznej czy ekologii: opiniują projekty dokumentów, "
                            "zgłaszają inicjatywy i pomagają planować konkursy. Zasady ich "
                            "tworzenia i działania określa Miasto.</p>"
                        ),
                    ],
                    "legal_basis": [_law("art. 5 ust. 2 pkt 4")],
                },
                {
                    "slug": "rada-dzialalnosci-pozytku-publicznego",
                    "title": "Rada działalności pożytku publicznego",
                    "intro": "<p>Organ konsultacyjny i opiniodawczy przy Prezydencie Miasta.</p>",
                    "body": [
                        _p(
                            "<p>Gminną radę działalności pożytku publicznego tworzy organ "
                            "stanowiący gminy; zasiadają w niej przedstawiciele rady gminy, "
                            "prezydenta oraz organizacji pozarządowych i podmiotów z art. 3 "
                            "ust. 3. Rada opiniuje m.in. projekty strategii rozwoju, projekty "
                            "uchwał i aktów prawa miejscowego dotyczących sfery zadań "
                            "publicznych oraz projekt programu współpracy, a także wyraża "
                            "opinie w sprawach dotyczących działalności pożytku publicznego. "
                            "W Krakowie działa Krakowska Rada Działalności Pożytku "
                            "Publicznego.</p>"
                        ),
                    ],
                    "legal_basis": [_law("art. 41a–41i")],
                },
                {
                    "slug": "lokale-i-mienie-miasta",
                    "title": "Lokale i mienie Miasta",
                    "intro": "<p>Jak organizacja może korzystać z miejskich lokali i sal.</p>",
                    "body": [
                        _p(
                            "<p>Miasto może oddawać organizacjom lokale użytkowe w najem lub "
                            "użyczenie na preferencyjnych zasadach, określonych w uchwałach "
                            "Rady Miasta; zasady gospodarowania nieruchomościami wynikają "
                            "z ustawy o gospodarce nieruchomościami. Na spotkania i szkolenia "
                            "organizacje mogą też korzystać z sal w miejskich centrach "
                            "obywatelskich.</p>"
                        ),
                    ],
                    "legal_basis": [
                        (
                            "reference",
                            {
                                "act": "Ustawa z dnia 21 sierpnia 1997 r. o gospodarce "
                                "nieruchomościami",
                                "provision": "",
                                "url": "",
                            },
                        )
                    ],
                },
                {
                    "slug": "patronat-prezydenta",
                    "title": "Patronat Prezydenta Miasta",
                    "intro": "<p>Honorowe wyróżnienie wydarzenia organizacji.</p>",
                    "body": [
                        _p(
                            "<p>Organizacja może prosić o honorowy patronat Prezydenta Miasta "
                            "Krakowa nad wydarzeniem o znaczeniu dla miasta i jego "
                            "mieszkańców. Wniosek składa się z odpowiednim wyprzedzeniem, "
                            "według zasad określonych przez Prezydenta. Patronat jest "
                            "wyróżnieniem i nie oznacza finansowania wydarzenia.</p>"
                        ),
                        _faq(
                            (
                                "Czy patronat daje prawo do używania herbu Miasta?",
                                "<p>Organizator może informować o patronacie i używać "
                                "wskazanego logotypu w materiałach wydarzenia, zgodnie "
                                "z warunkami podanymi w decyzji o przyznaniu patronatu.</p>",
                            ),
                        ),
                    ],
                    "legal_basis": [],
                },
            ],
        },
    ],
}


def _add(parent, spec):
    spec = dict(spec)
    children = spec.pop("children", [])
    created = 0
    existing = parent.get_children().filter(slug=spec["slug"]).first()
    if existing is None:
        page = GuidebookPage(
            last_reviewed=REVIEWED, review_notice=NOTICE, show_in_menus=parent.depth <= 2, **spec
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    else:
        page = existing.specific
    for child in children:
        created += _add(page, child)
    return created


def load(*, stdout=None):
    home, _ = get_or_create_home(stdout=stdout)
    return _add(home, GUIDE)
