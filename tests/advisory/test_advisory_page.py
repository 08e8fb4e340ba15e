"""The advisory page's place in the page tree and its creation in the admin."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advisory.models import AdvisoryPage
from home.models import HomePage, StandardPage
from tests.advisory.factories import make_advisory_page
from tests.home.factories import make_home_page


class AdvisoryPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()

    def test_advisory_page_lives_only_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(AdvisoryPage, {HomePage})
        self.assertAllowedSubpageTypes(AdvisoryPage, set())
        self.assertCanNotCreateAt(StandardPage, AdvisoryPage)

    def test_an_editor_creates_the_advisory_page_with_an_introduction(self):
        self.login()
        self.assertCanCreate(
            self.home,
            AdvisoryPage,
            nested_form_data(
                {
                    "title": "Punkt doradczy",
                    "slug": "punkt-doradczy",
                    "intro": rich_text("<p>Bezpłatne konsultacje.</p>"),
                    "body": streamfield([]),
                }
            ),
        )

    def test_there_is_only_one_advisory_page(self):
        make_advisory_page(self.home)
        self.assertFalse(AdvisoryPage.can_create_at(self.home))

    def test_the_advisory_page_renders(self):
        page = make_advisory_page(self.home)
        self.assertPageIsRenderable(page)
