import json
import re
from datetime import date

import feedparser
import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.home.factories import make_home_page
from tests.news.factories import make_news, make_news_index
from tests.projects.factories import make_project, make_project_index
from tests.query_budget import empty_cache_after


@pytest.fixture
def news_index(home_page):
    return make_news_index(home_page)


@pytest.fixture
def project(home_page):
    return make_project(make_project_index(home_page), title="WPnW", slug="wpnw")


class NewsPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()
        cls.index = make_news_index(cls.home)

    def test_page_tree_has_one_news_index_holding_news_pages(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, {})
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def test_editor_creates_a_news_item_with_tags(self):
        self.login()
        self.assertCanCreate(
            self.index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Raport z konsultacji",
                    "slug": "raport",
                    "date": "2018-09-17",
                    "intro": rich_text("<p>11 spotkań, 94 uczestników.</p>"),
                    "body": streamfield([("paragraph", rich_text("<p>Treść raportu.</p>"))]),
                    "attachments": inline_formset([]),
                    "tags": "konsultacje, raport",
                    "publishing_body": "",
                }
            ),
        )
        page = NewsPage.objects.get(slug="raport")
        self.assertPageIsRenderable(page)
        html = self.client.get(page.url).text
        assert "94 uczestników" in html and "konsultacje" in html

    def test_news_page_has_news_article_json_ld_and_article_open_graph(self):
        page = make_news(self.index, title="Raport", slug="raport")
        html = self.client.get(page.url).text
        [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = json.loads(block)
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == "Raport"
        assert data["datePublished"] == "2018-09-17"
        assert '<meta property="og:type" content="article">' in html


@pytest.mark.django_db
def test_index_filters_by_tag_and_by_project(client, news_index, project):
    make_news(news_index, title="O konsultacjach", slug="a", tags=["konsultacje"])
    make_news(news_index, title="O projekcie", slug="b", projects=[project])
    html = client.get("/aktualnosci/?tag=konsultacje").text
    assert "O konsultacjach" in html and "O projekcie" not in html
    html = client.get("/aktualnosci/?projekt=wpnw").text
    assert "O projekcie" in html and "O konsultacjach" not in html


@pytest.mark.django_db
def test_index_is_paginated_newest_first(client, news_index):
    for day in range(1, 13):
        make_news(news_index, title=f"Wiadomość {day}", slug=f"w-{day}", date=date(2026, 1, day))
    html = client.get("/aktualnosci/").text
    assert html.index("Wiadomość 12") < html.index("Wiadomość 11")
    assert "Wiadomość 2<" not in html
    assert "Wiadomość 2<" in client.get("/aktualnosci/?page=2").text


@pytest.mark.django_db
def test_related_news_appear_on_the_project_page(client, news_index, project):
    make_news(news_index, title="Raport z konsultacji", slug="raport", projects=[project])
    assert "Raport z konsultacji" in client.get(project.url).text


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_of_all_news_and_of_one_project_parse(client, news_index, project, kind):
    make_news(news_index, title="Dla wszystkich", slug="a", tags=["konsultacje"])
    make_news(news_index, title="O projekcie", slug="b", projects=[project])
    feed = feedparser.parse(client.get(f"/aktualnosci/{kind}/").content)
    assert not feed.bozo
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    titles = {entry.title for entry in feed.entries}
    assert titles == {"Dla wszystkich", "O projekcie"}
    assert all(entry.link.startswith("http://localhost/aktualnosci/") for entry in feed.entries)
    project_feed = feedparser.parse(client.get(f"/aktualnosci/projekt/wpnw/{kind}/").content)
    assert not project_feed.bozo
    assert [entry.title for entry in project_feed.entries] == ["O projekcie"]
    assert "WPnW" in project_feed.feed.title


@pytest.mark.django_db
def test_feed_of_an_unknown_project_is_not_found(client, news_index):
    assert client.get("/aktualnosci/projekt/nie-ma/rss/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_news_index_costs_the_same_queries_for_5_and_50_items(
    client, news_index, project, django_assert_num_queries, count
):
    for number in range(count):
        make_news(
            news_index, title=f"W {number}", slug=f"w-{number}", tags=["a", "b"], projects=[project]
        )
    empty_cache_after(client, "/aktualnosci/")
    with django_assert_num_queries(NEWS_INDEX_QUERIES):
        assert client.get("/aktualnosci/").status_code == 200


NEWS_INDEX_QUERIES = 14  # budget 15 (issue 8)


class NewsPreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()
        cls.index = make_news_index(cls.home)
        cls.project = make_project(make_project_index(cls.home), title="WPnW", slug="wpnw")
        cls.news = make_news(cls.index, title="Raport", slug="raport", tags=["raport"])

    def test_preview_of_a_news_item_with_tags_and_projects(self):
        post_data = nested_form_data(
            {
                "title": "Raport",
                "slug": "raport",
                "date": "2018-09-17",
                "intro": rich_text("<p>Wstęp.</p>"),
                "body": streamfield([]),
                "attachments": inline_formset([]),
                "tags": "raport, konsultacje",
                "related_projects": [self.project.pk],
                "publishing_body": "",
            }
        )
        self.assertPageIsPreviewable(self.news, post_data=post_data)
