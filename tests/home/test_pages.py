from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advisory.models import AdvisoryPage
from consultations.models import ConsultationIndexPage
from guidebook.models import GuidebookPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage
from ngomap.models import MapPage
from projects.models import ProjectIndexPage, UpcomingMeetingsPage
from tests.home.factories import make_home_page, make_standard_page


def page_form_data(page, **overrides):
    """The edit form's POST data for a content page (StreamFields need their own encoding)."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro or "<p></p>"),
        "body": streamfield([(block.block_type, block.value) for block in page.body]),
        "publishing_body": page.publishing_body,
    }
    data.update(overrides)
    return nested_form_data(data)


class HomePageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page(title="Kraków dla NGO")
        cls.about = make_standard_page(cls.home, title="O platformie", slug="o-platformie")

    def test_home_page_is_renderable_and_shows_its_introduction(self):
        self.assertPageIsRenderable(self.home)
        response = self.client.get("/")
        self.assertContains(response, "<h1>Kraków dla NGO</h1>", html=True)
        self.assertContains(response, "Portal współpracy z organizacjami.")

    def test_home_page_is_editable_in_the_admin(self):
        self.assertPageIsEditable(self.home, post_data=page_form_data(self.home))

    def test_home_page_is_a_singleton_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_home_page_takes_standard_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                MapPage,
                ProjectIndexPage,
                UpcomingMeetingsPage,
                NewsIndexPage,
                GuidebookPage,
                AdvisoryPage,
                ConsultationIndexPage,
            },
        )


class StandardPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()
        cls.page = make_standard_page(cls.home, title="Kontakt", slug="kontakt")

    def test_standard_page_is_renderable_and_editable(self):
        self.assertPageIsRenderable(self.page)
        self.assertPageIsEditable(self.page, post_data=page_form_data(self.page))

    def test_standard_page_lives_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editor_can_create_a_standard_page_with_blocks(self):
        self.login()
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Dyżury doradców",
                    "slug": "dyzury",
                    "intro": rich_text("<p>Kiedy pracują doradcy.</p>"),
                    "body": streamfield(
                        [
                            ("heading", {"text": "Harmonogram", "level": "h2"}),
                            ("quote", {"text": "Zapraszamy", "attribution": "Zespół"}),
                        ]
                    ),
                    "publishing_body": "",
                }
            ),
        )
        page = StandardPage.objects.get(slug="dyzury")
        response = self.client.get(page.url)
        self.assertContains(response, "<h2>Harmonogram</h2>", html=True)
        self.assertContains(response, "Zapraszamy")

    def test_blocks_render_their_templates(self):
        page = make_standard_page(
            self.home,
            title="Bloki",
            body=[
                ("heading", {"text": "Sekcja", "level": "h3"}),
                ("paragraph", "<p>Akapit <b>tekstu</b>.</p>"),
                (
                    "call_to_action",
                    {
                        "title": "Umów konsultację",
                        "text": "",
                        "page": None,
                        "url": "https://example.org/",
                        "button_label": "Zarezerwuj",
                    },
                ),
                (
                    "table",
                    {
                        "data": [["Dzielnica", "Liczba"], ["I", "12"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Organizacje",
                    },
                ),
            ],
        )
        response = self.client.get(page.url)
        self.assertContains(response, "<h3>Sekcja</h3>", html=True)
        self.assertContains(
            response, '<a class="button" href="https://example.org/">Zarezerwuj</a>'
        )
        self.assertContains(response, '<th scope="col">Dzielnica</th>', html=True)
        self.assertContains(response, "<caption>Organizacje</caption>", html=True)
