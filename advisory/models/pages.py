"""The advisory page, whose routes are the public booking flow."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home import pagecache
from home.models import ContentPage


class AdvisoryPage(RoutablePageMixin, ContentPage):  # noqa: DJ008 (Page defines __str__)
    """The public booking flow: topic, advisor, a week of free slots, the form, the confirmation.

    The routes live in advisory/views.py; this page gives editors the place and the introduction.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_cache_sections = (pagecache.PAGES, pagecache.ADVISORY)
    max_count = 1

    class Meta:
        verbose_name = _("advisory page")
        verbose_name_plural = _("advisory pages")

    @path("", name="index")
    def index_route(self, request):
        # Function-local: .views imports these models (a cycle).
        from ..views import topic_list

        return topic_list(request, page=self)

    @path("temat/<slug:topic_slug>/", name="topic_slots")
    def topic_route(self, request, topic_slug):
        # Function-local: .views imports these models (a cycle).
        from ..views import topic_slots

        return topic_slots(request, page=self, topic_slug=topic_slug)

    @path("temat/<slug:topic_slug>/rezerwacja/", name="book")
    def book_route(self, request, topic_slug):
        # Function-local: .views imports these models (a cycle).
        from ..views import booking_form

        return booking_form(request, page=self, topic_slug=topic_slug)

    @path("potwierdzenie/<str:token>/", name="done")
    def done_route(self, request, token):
        # Function-local: .views imports these models (a cycle).
        from ..views import booking_done

        return booking_done(request, page=self, token=token)
