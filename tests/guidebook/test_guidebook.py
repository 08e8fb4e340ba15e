import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from guidebook.models import GuidebookPage
from home.models import HomePage
from tests.guidebook.factories import make_guide_page
from tests.home.factories import make_home_page, make_standard_page
from tests.query_budget import empty_cache_after


@pytest.fixture
def guide(home_page):
    """A guide with two chapters; the first has two sections."""
    root = make_guide_page(home_page, title="Przewodnik", slug="przewodnik")
    finance = make_guide_page(root, title="Współpraca finansowa", slug="finansowa")
    calls = make_guide_page(
        finance,
        title="Otwarte konkursy ofert",
        slug="konkursy",
        body=[
            (
                "faq",
                {
                    "title": "Pytania",
                    "questions": [
                        {
                            "question": "Czy grupa nieformalna może złożyć ofertę?",
                            "answer": "<p>Nie, ale może złożyć wniosek o inicjatywę lokalną.</p>",
                        }
                    ],
                },
            )
        ],
        legal_basis=[
            (
                "reference",
                {
                    "act": "Ustawa o działalności pożytku publicznego",
                    "provision": "art. 13",
                    "url": "",
                },
            )
        ],
    )
    grants = make_guide_page(finance, title="Małe granty", slug="male-granty")
    other = make_guide_page(root, title="Współpraca pozafinansowa", slug="pozafinansowa")
    return {"root": root, "finance": finance, "calls": calls, "grants": grants, "other": other}


class GuidebookTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()
        cls.guide = make_guide_page(cls.home, title="Przewodnik", slug="przewodnik")
        cls.chapter = make_guide_page(cls.guide, title="Rozdział", slug="rozdzial")
        cls.section = make_guide_page(cls.chapter, title="Sekcja", slug="sekcja")

    def test_guide_chapters_and_sections_are_one_page_type_three_levels_deep(self):
        self.assertAllowedParentPageTypes(GuidebookPage, {HomePage, GuidebookPage})
        self.assertAllowedSubpageTypes(GuidebookPage, {GuidebookPage})
        self.assertTrue(GuidebookPage.can_create_at(self.guide))
        self.assertTrue(GuidebookPage.can_create_at(self.chapter))
        self.assertFalse(GuidebookPage.can_create_at(self.section))

    def test_editor_creates_a_section_with_a_faq(self):
        self.login()
        self.assertCanCreate(
            self.chapter,
            GuidebookPage,
            nested_form_data(
                {
                    "title": "Inicjatywa lokalna",
                    "slug": "inicjatywa-lokalna",
                    "intro": rich_text("<p>Mieszkańcy i Miasto razem.</p>"),
                    "body": streamfield(
                        [
                            (
                                "faq",
                                {
                                    "title": "FAQ",
                                    "questions": streamfield(
                                        [
                                            (
                                                "item",
                                                {
                                                    "question": "Kto składa wniosek?",
                                                    "answer": rich_text("<p>Mieszkańcy.</p>"),
                                                },
                                            )
                                        ]
                                    ),
                                },
                            )
                        ]
                    ),
                    "legal_basis": streamfield([]),
                    "last_reviewed": "2026-11-22",
                    "review_notice": "",
                    "publishing_body": "",
                }
            ),
        )
        page = GuidebookPage.objects.get(slug="inicjatywa-lokalna")
        html = self.client.get(page.url).text
        assert "<summary>Kto składa wniosek?</summary>" in html


@pytest.mark.django_db
def test_every_page_shows_the_whole_table_of_contents_with_the_current_place_marked(client, guide):
    html = client.get(guide["calls"].url).text
    toc = html[html.index('class="toc"') :]
    for title in ("Współpraca finansowa", "Małe granty", "Współpraca pozafinansowa"):
        assert title in toc
    assert '<a href="/przewodnik/finansowa/konkursy/" aria-current="page">' in toc
    assert toc.count('aria-current="page"') == 1


@pytest.mark.django_db
def test_previous_and_next_follow_the_reading_order(client, guide):
    html = client.get(guide["calls"].url).text
    assert 'href="/przewodnik/finansowa/" rel="prev"' in html
    assert 'href="/przewodnik/finansowa/male-granty/" rel="next"' in html
    html = client.get(guide["grants"].url).text
    assert 'href="/przewodnik/pozafinansowa/" rel="next"' in html
    html = client.get(guide["root"].url).text
    assert 'rel="prev"' not in html


@pytest.mark.django_db
def test_faq_is_a_disclosure_with_review_date_and_legal_basis(client, guide):
    html = client.get(guide["calls"].url).text
    assert "<summary>Czy grupa nieformalna może złożyć ofertę?</summary>" in html
    assert "Treść sprawdzono" in html and "22 listopada 2026" in html
    assert "art. 13 – Ustawa o działalności pożytku publicznego" in html
    assert 'aria-label="Ścieżka nawigacji"' in html


@pytest.mark.django_db
def test_guide_search_finds_only_guide_pages(client, home_page, guide):
    make_standard_page(home_page, title="Konkursy poza przewodnikiem", slug="inne")
    html = client.get(guide["grants"].url + "szukaj/?q=Konkursy").text
    assert '<meta name="robots" content="noindex">' in html
    start = html.index('class="search-results"')
    results = html[start : html.index("</ol>", start)]
    assert "Otwarte konkursy ofert" in results
    assert "poza przewodnikiem" not in results


@pytest.mark.django_db
def test_guide_search_matches_polish_word_forms(client, guide):
    def found(query):
        html = client.get(guide["grants"].url + "szukaj/", {"q": query}).text
        if 'class="search-results"' not in html:
            return []
        start = html.index('class="search-results"')
        results = html[start : html.index("</ol>", start)]
        return [title for title in guide_titles if f">{title}</a>" in results]

    guide_titles = ["Otwarte konkursy ofert", "Współpraca finansowa", "Przewodnik"]
    # "konkursów" finds "konkursy" in a title; "oferty lokalnej" finds the FAQ's "ofertę" and
    # its answer's "lokalną".
    assert found("konkursów") == ["Otwarte konkursy ofert"]
    assert found("oferty lokalnej") == ["Otwarte konkursy ofert"]
    assert found("finansowej współpracy") == ["Współpraca finansowa"]
    # A query without a single word finds nothing, and says so.
    response = client.get(guide["grants"].url + "szukaj/", {"q": "%!?"})
    assert response.status_code == 200
    assert "W przewodniku nie ma nic dla „%!?”." in response.text


@pytest.mark.django_db
def test_review_notice_is_shown_on_top(client, home_page):
    page = make_guide_page(home_page, review_notice="Treść demonstracyjna – do weryfikacji.")
    assert "Treść demonstracyjna – do weryfikacji." in client.get(page.url).text


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_guide_page_costs_the_same_queries_for_5_and_50_sections(
    client, guide, django_assert_num_queries, count
):
    for number in range(count):
        make_guide_page(guide["other"], title=f"Sekcja {number}", slug=f"sekcja-{number}")
    url = guide["calls"].url
    empty_cache_after(client, url)
    with django_assert_num_queries(GUIDE_QUERIES):
        assert client.get(url).status_code == 200


GUIDE_QUERIES = 11  # budget 15 (issue 8)


class GuidebookPreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()
        cls.guide = make_guide_page(cls.home, title="Przewodnik", slug="przewodnik")
        cls.chapter = make_guide_page(cls.guide, title="Rozdział", slug="rozdzial")

    def test_preview_of_a_chapter_shows_the_guide_navigation(self):
        post_data = nested_form_data(
            {
                "title": "Rozdział zmieniony",
                "slug": "rozdzial",
                "intro": rich_text("<p>Wstęp.</p>"),
                "body": streamfield([]),
                "legal_basis": streamfield([]),
                "last_reviewed": "2026-11-22",
                "review_notice": "",
                "publishing_body": "",
            }
        )
        self.assertPageIsPreviewable(self.chapter, post_data=post_data)


@pytest.mark.django_db
def test_the_title_comes_before_the_table_of_contents_and_the_text_after_it(client, guide):
    """On a phone the contents sit under the title (collapsed by content.js), not above it."""
    html = client.get(guide["calls"].url).text
    assert html.index("<h1") < html.index('class="toc"') < html.index('class="guide-content"')
    assert "data-collapse-on-phone" in html
