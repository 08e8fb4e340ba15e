"""Demo content of the news app: the index, the news item announcing the report from the 2018
consultations of the multi-annual cooperation programme 2019–2022 (../shared/seeds/001), and one
news item marked as demo content, dated with the demonstration project, so that the home page's
newest item is current.

The report item carries the source's facts and nothing else. The source gives no publication
date, so the item is dated with the day the demo first loads it and says so. Idempotent (by
slug); an item whose content differs from the facts below is brought up to date.
"""

from django.utils import timezone

from home.demo import get_or_create_home, page_differs, update_page

from .models import NewsIndexPage, NewsPage

REPORT_SLUG = "raport-z-konsultacji-programu-2019-2022"
DEMO_SLUG = "demo-zapisy-na-spotkania-forum-wspolpracy"

REPORT_INTRO = (
    "<p>Fundacja Biuro Inicjatyw Społecznych i Federacja Małopolska Pozarządowa ogłosiły raport "
    "z konsultacji społecznych zorganizowanych w celu wypracowania kierunków współpracy "
    "i propozycji zadań do Wieloletniego Programu Współpracy Gminy Miejskiej Kraków "
    "z organizacjami pozarządowymi na lata 2019-2022.</p>"
)

REPORT_BODY = [
    (
        "paragraph",
        "<p>W okresie od 25 maja do 4 lipca 2018 r. odbyło się 11 spotkań konsultacyjnych, "
        "w których uczestniczyło łącznie 94 osoby, będących przedstawicielami 72 krakowskich "
        "organizacji pozarządowych.</p>",
    ),
    ("heading", {"text": "Spotkania branżowe", "level": "h2"}),
    (
        "paragraph",
        "<p>Spotkania branżowe zostały zorganizowane dla organizacji działających "
        "w obszarach:</p>"
        "<ul>"
        "<li>kultura i sztuka (25.05.2018)</li>"
        "<li>pomoc społeczna i osoby z niepełnosprawnościami (05.06.2018)</li>"
        "<li>wsparcie seniorów (06.06.2018)</li>"
        "<li>rewitalizacja, przestrzeń, Nowa Huta (07.06.2018)</li>"
        "<li>młodzież i edukacja (11.06.2018)</li>"
        "<li>sport, zdrowie, profilaktyka (14.06.2018)</li>"
        "<li>antydyskryminacja, mniejszości, prawa kobiet, prawa człowieka (15.06.2018)</li>"
        "</ul>",
    ),
    ("heading", {"text": "Pozostałe spotkania", "level": "h2"}),
    (
        "paragraph",
        "<ul>"
        "<li>spotkanie tematyczne „Polityka lokalowa i zasady korzystania z mienia gminy” "
        "(21.06.2018)</li>"
        "<li>spotkanie tematyczne „Tworzenie warunków do współpracy NGO i biznesu” "
        "(22.06.2018)</li>"
        "<li>spotkanie dedykowane organizacjom, które do tej pory nie współpracowały z miastem "
        "(26.06.2018)</li>"
        "<li>ostatnie spotkanie, o charakterze „ogólnobranżowym” – do udziału w nim zaproszono "
        "wszystkie organizacje, które nie miały okazji wziąć udziału w poprzednich "
        "(4.07.2018)</li>"
        "</ul>",
    ),
    ("heading", {"text": "Cel konsultacji", "level": "h2"}),
    (
        "paragraph",
        "<p>Celem przeprowadzenia konsultacji było zebranie uwag i opinii przedstawicieli "
        "organizacji pozarządowych dotyczących doświadczeń w dotychczasowej współpracy "
        "z Urzędem Miasta Krakowa, pomysłów na współpracę w przyszłości oraz nowych zadań "
        "publicznych, które mogłyby być zlecane NGO-som.</p>"
        "<p>Konsultacje zostały zrealizowane przez Fundację Biuro Inicjatyw Społecznych oraz "
        "Federację Małopolska Pozarządowa w ramach projektu „Opracowanie Wieloletniego Programu "
        "Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata 2019-2022” we "
        "współpracy z Miejskim Ośrodkiem Wspierania Inicjatyw Społecznych w Krakowie. Zadanie "
        "publiczne zostało współfinansowane ze środków Miasta Krakowa.</p>",
    ),
    ("heading", {"text": "Raport", "level": "h2"}),
    (
        "paragraph",
        "<p>Zapraszamy do zapoznania się z raportem stanowiącym podsumowanie procesu konsultacji "
        "z przedstawicielami sektora krakowskich organizacji pozarządowych, służących "
        "wypracowaniu kierunków współpracy i propozycji zadań do Wieloletniego Programu "
        "Współpracy na lata 2019-2022.</p>"
        "<ul><li>Raport z konsultacji (plik niedostępny w wersji demonstracyjnej)</li></ul>"
        "<p><em>Wersja demonstracyjna: źródło nie podaje daty publikacji tej wiadomości; data "
        "przy tytule to dzień dodania jej do wersji demonstracyjnej.</em></p>",
    ),
]


def demo_news_body(*, project_url):
    link = (
        f'<a href="{project_url}">projektu demonstracyjnego</a>'
        if project_url
        else ("projektu demonstracyjnego")
    )
    return [
        (
            "paragraph",
            "<p><strong>Treść demonstracyjna</strong> – ta wiadomość nie pochodzi od Miasta. "
            f"Pokazuje, jak wygląda aktualność na portalu. Na stronie {link} można wypróbować "
            "zapisy na spotkania i pobrać plik kalendarza.</p>",
        )
    ]


def _index(home):
    index = home.get_children().filter(slug="aktualnosci").first()
    if index is not None:
        return index.specific, 0
    index = NewsIndexPage(
        title="Aktualności",
        slug="aktualnosci",
        show_in_menus=True,
        intro="<p>Wiadomości o współpracy Miasta z organizacjami pozarządowymi.</p>",
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index, 1


def _report(index):
    from projects.models import ProjectPage

    fields = {
        "title": "Raport z konsultacji Wieloletniego Programu Współpracy na lata 2019–2022",
        "intro": REPORT_INTRO,
        "body": REPORT_BODY,
    }
    project = ProjectPage.objects.filter(slug="wiecej-pomyslow-na-wspolprace").first()
    existing = index.get_children().filter(slug=REPORT_SLUG).first()
    if existing is not None:
        # The date is the day the demo added the item; it moves only with corrected facts.
        news = existing.specific
        fields["date"] = news.date if not page_differs(news, fields) else timezone.localdate()
        return update_page(news, fields)
    news = NewsPage(slug=REPORT_SLUG, date=timezone.localdate(), **fields)
    if project is not None:
        news.related_projects = [project]
    news.tags.add("konsultacje", "program współpracy")
    index.add_child(instance=news)
    news.save_revision().publish()
    return 1


def _demo_news(index):
    """The demo item, dated with the demonstration project so it stays the newest."""
    from projects.demo import DEMO_SLUG as PROJECT_SLUG
    from projects.models import ProjectPage

    project = ProjectPage.objects.filter(slug=PROJECT_SLUG).first()
    fields = {
        "title": "[DEMO] Zapisz się na spotkania forum współpracy",
        "intro": (
            "<p>Treść demonstracyjna: zapisy on-line na spotkania przykładowego projektu.</p>"
        ),
        "date": (project.start_date if project else None) or timezone.localdate(),
        "body": demo_news_body(project_url=project.url if project else ""),
    }
    existing = index.get_children().filter(slug=DEMO_SLUG).first()
    if existing is not None:
        return update_page(existing.specific, fields)
    news = NewsPage(slug=DEMO_SLUG, **fields)
    if project is not None:
        news.related_projects = [project]
    news.tags.add("demo")
    index.add_child(instance=news)
    news.save_revision().publish()
    return 1


def load(*, stdout=None):
    home, _ = get_or_create_home(stdout=stdout)
    index, created = _index(home)
    created += _report(index)
    created += _demo_news(index)
    return created
