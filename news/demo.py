"""Demo content of the news app: the index and the news item announcing the report from the
consultations of the multi-annual cooperation programme 2019–2022. Idempotent (by slug)."""

from datetime import date

from home.demo import get_or_create_home
from projects.models import ProjectPage

from .models import NewsIndexPage, NewsPage

REPORT_BODY = [
    (
        "paragraph",
        "<p>Od 25 maja do 4 lipca 2018 roku odbyło się 11 spotkań konsultacyjnych, na których "
        "krakowskie organizacje pozarządowe pracowały nad założeniami nowego Wieloletniego "
        "Programu Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata "
        "2019–2022. Wzięło w nich udział 94 uczestników i uczestniczek z 72 organizacji.</p>",
    ),
    ("heading", {"text": "Spotkania sektorowe", "level": "h2"}),
    (
        "paragraph",
        "<ul>"
        "<li>25 maja 2018 – Kultura i sztuka</li>"
        "<li>29 maja 2018 – Ochrona środowiska i ekologia</li>"
        "<li>5 czerwca 2018 – Pomoc społeczna i osoby z niepełnosprawnością</li>"
        "<li>6 czerwca 2018 – Seniorzy</li>"
        "<li>7 czerwca 2018 – Rewitalizacja, przestrzeń, Nowa Huta</li>"
        "<li>Młodzież i edukacja</li>"
        "<li>Sport, zdrowie, profilaktyka</li>"
        "<li>Antydyskryminacja, mniejszości, prawa kobiet, prawa człowieka</li>"
        "<li>Polityka lokalowa i korzystanie z mienia gminy</li>"
        "<li>Tworzenie warunków do współpracy organizacji i biznesu</li>"
        "<li>4 lipca 2018 – spotkanie „ostatniej szansy” dla organizacji, które nie mogły "
        "przyjść wcześniej</li>"
        "</ul>",
    ),
    (
        "paragraph",
        "<p>Raport podsumowuje pomysły, doświadczenia i wnioski organizacji z poprzednich lat "
        "współpracy z Miastem. Projekt założeń trafił do wydziałów miejskich, a następnie był "
        "konsultowany z Krakowską Radą Działalności Pożytku Publicznego.</p>",
    ),
]


def load(*, stdout=None):
    home, _ = get_or_create_home(stdout=stdout)
    created = 0
    index = home.get_children().filter(slug="aktualnosci").first()
    if index is None:
        index = NewsIndexPage(
            title="Aktualności",
            slug="aktualnosci",
            show_in_menus=True,
            intro="<p>Wiadomości o współpracy Miasta z organizacjami pozarządowymi.</p>",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        created += 1
    else:
        index = index.specific
    if not index.get_children().filter(slug="raport-z-konsultacji-programu-2019-2022").exists():
        news = NewsPage(
            title="Raport z konsultacji Wieloletniego Programu Współpracy na lata 2019–2022",
            slug="raport-z-konsultacji-programu-2019-2022",
            date=date(2018, 9, 17),
            intro=(
                "<p>Jest już raport ze spotkań konsultacyjnych projektu „Więcej Pomysłów na "
                "Współpracę”: 11 spotkań, 94 uczestników z 72 organizacji.</p>"
            ),
            body=REPORT_BODY,
        )
        project = ProjectPage.objects.filter(slug="wiecej-pomyslow-na-wspolprace").first()
        if project is not None:
            news.related_projects = [project]
        news.tags.add("konsultacje", "program współpracy")
        index.add_child(instance=news)
        news.save_revision().publish()
        created += 1
    return created
