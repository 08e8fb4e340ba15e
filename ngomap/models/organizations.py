"""Organizations: the NGOs, initiatives and groups shown on the map (a snippet)."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from home.models import SocialProfileBlock
from home.places import Place, place_panel
from home.validators import validate_krs

from ..markers import MARKER_FIELDS, area_sort_key, marker_json
from ..validators import validate_nip, validate_postcode, validate_regon
from .areas import ActivityArea, District


def round_coordinate(value, places):
    if value is None:
        return None
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


class Organization(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    Place,
    ClusterableModel,
):
    """An NGO, civic initiative or informal group shown on the map.

    A Wagtail snippet (registered in ngomap/wagtail_hooks.py) with drafts, revisions, locking and
    the moderation workflow, so public submissions and corrections reach the editors as drafts.
    The point the public sees is `public_latitude`/`public_longitude`, rounded here according to
    `location_precision`; the exact point never leaves the admin when the precision is reduced.
    Its point (`latitude`, `longitude`, the editor's map) comes from home.places.Place.
    """

    # The type the site search shows beside a result (home.selectors.search_results).
    search_result_type = pgettext_lazy("search result type", "Organization")

    class Kind(models.TextChoices):
        NGO = "ngo", _("non-governmental organization")
        INITIATIVE = "initiative", _("civic initiative")
        INFORMAL = "informal", _("informal group")

    class LegalForm(models.TextChoices):
        FOUNDATION = "foundation", _("foundation")
        ASSOCIATION = "association", _("registered association")
        ORDINARY_ASSOCIATION = "ordinary_association", _("ordinary association")
        HOUSEWIVES_CIRCLE = "housewives_circle", _("rural housewives' circle")
        SOCIAL_COOPERATIVE = "social_cooperative", _("social cooperative")
        SPORTS_CLUB = "sports_club", _("sports club")
        OTHER = "other", _("other")

    class Precision(models.TextChoices):
        EXACT = "exact", _("exact point")
        STREET = "street", _("street only (about 100 m)")
        DISTRICT = "district", _("district only (about 1 km)")

    class GeocodeStatus(models.TextChoices):
        PENDING = "pending", _("waiting for geocoding")
        OK = "ok", _("geocoded")
        NOT_FOUND = "not_found", _("address not found")
        FAILED = "failed", _("geocoding failed")
        MANUAL = "manual", _("point set by hand")
        NO_ADDRESS = "no_address", _("no address")

    # Decimal places of the public point for each precision (3 places ≈ 100 m, 2 ≈ 1 km).
    PUBLIC_DECIMAL_PLACES = {Precision.EXACT: 6, Precision.STREET: 3, Precision.DISTRICT: 2}

    name = models.CharField(_("name"), max_length=255, help_text=_("The full, official name."))
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        unique=True,
        allow_unicode=False,
        help_text=_("The last part of the organization's address on the map page."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.NGO,
        help_text=_("An NGO, a civic initiative or an informal group."),
    )
    legal_form = models.CharField(
        _("legal form"),
        max_length=30,
        choices=LegalForm.choices,
        default=LegalForm.ASSOCIATION,
        help_text=_("Choose “other” for informal groups and initiatives."),
    )
    krs = models.CharField(
        _("KRS number"),
        max_length=10,
        blank=True,
        validators=[validate_krs],
        help_text=_("10 digits, from the National Court Register; empty if not registered."),
    )
    nip = models.CharField(
        _("NIP"),
        max_length=13,
        blank=True,
        validators=[validate_nip],
        help_text=_("Tax identification number, 10 digits."),
    )
    regon = models.CharField(
        _("REGON"),
        max_length=14,
        blank=True,
        validators=[validate_regon],
        help_text=_("Statistical number, 9 or 14 digits."),
    )
    is_public_benefit = models.BooleanField(
        _("public benefit organization (OPP)"),
        default=False,
        help_text=_("Has the status of a public benefit organization (OPP)."),
    )
    areas = ParentalManyToManyField(
        ActivityArea,
        verbose_name=_("areas of activity"),
        blank=True,
        related_name="organizations",
        help_text=_("The areas of public-benefit activity the organization works in."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the organization does, for whom.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional; shown on the organization's page."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The full address."))
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("A public contact address."))
    phone = models.CharField(
        _("phone"), max_length=50, blank=True, help_text=_("A public phone number.")
    )
    social_links = StreamField(
        [("profile", SocialProfileBlock())],
        verbose_name=_("social media"),
        blank=True,
        help_text=_("Profiles in social media."),
    )
    street = models.CharField(
        _("street"), max_length=200, blank=True, help_text=_("E.g. ul. Floriańska.")
    )
    building_number = models.CharField(
        _("building number"),
        max_length=30,
        blank=True,
        help_text=_("Building and flat number, e.g. 3/5."),
    )
    postcode = models.CharField(
        _("postcode"),
        max_length=6,
        blank=True,
        validators=[validate_postcode],
        help_text=_("NN-NNN."),
    )
    city = models.CharField(_("city"), max_length=100, default="Kraków", help_text=_("City."))
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organizations",
        help_text=_("Filled by geocoding when empty; editors may correct it."),
    )
    point_set_by_hand = models.BooleanField(
        _("point set by hand"),
        default=False,
        help_text=_("When ticked, geocoding never moves the point."),
    )
    location_precision = models.CharField(
        _("location precision shown to the public"),
        max_length=10,
        choices=Precision.choices,
        default=Precision.EXACT,
        help_text=_(
            "An informal group may hide its exact place; the public then sees a rounded point."
        ),
    )
    public_latitude = models.DecimalField(
        _("public latitude"), max_digits=9, decimal_places=6, null=True, editable=False
    )
    public_longitude = models.DecimalField(
        _("public longitude"), max_digits=9, decimal_places=6, null=True, editable=False
    )
    # The public point again as doubles, for the map's queries over many rows (the view's
    # box, grid clusters, nearest first): PostgreSQL's numeric arithmetic and casts cost five
    # times as much as the whole query over 100,000 rows. Written with the public point.
    map_latitude = models.FloatField(_("map latitude"), null=True, editable=False)
    map_longitude = models.FloatField(_("map longitude"), null=True, editable=False)
    # The organization's map marker as GeoJSON text, written with the fields it shows
    # (ngomap.markers): the map's endpoint joins these instead of building each feature.
    map_marker = models.TextField(_("map marker"), blank=True, default="", editable=False)
    geocode_status = models.CharField(
        _("geocoding status"),
        max_length=12,
        choices=GeocodeStatus.choices,
        default=GeocodeStatus.PENDING,
        editable=False,
    )
    geocode_message = models.CharField(
        _("geocoding message"), max_length=500, blank=True, editable=False
    )
    geocoded_at = models.DateTimeField(_("geocoded at"), null=True, blank=True, editable=False)
    geocoded_address = models.CharField(
        _("geocoded address"), max_length=400, blank=True, editable=False
    )
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("When an editor last confirmed the entry with the organization."),
    )
    is_example = models.BooleanField(
        _("example entry"),
        default=False,
        help_text=_("Demo data: shown with a note that the entry is an example."),
    )
    submitter_email = models.EmailField(
        _("submitter's e-mail"),
        blank=True,
        help_text=_("Who submitted or last corrected the entry; never shown to the public."),
    )
    moderation_note = models.TextField(
        _("note for the moderators"),
        blank=True,
        help_text=_("What a submitter asked to change or add; never shown to the public."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organization")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organization",
        for_concrete_model=False,
    )

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("live"),
    ]

    panels = [
        TabbedInterface(
            [
                ObjectList(
                    [
                        FieldPanel("name"),
                        FieldPanel("slug"),
                        FieldRowPanel([FieldPanel("kind"), FieldPanel("legal_form")]),
                        FieldRowPanel([FieldPanel("krs"), FieldPanel("nip"), FieldPanel("regon")]),
                        FieldPanel("is_public_benefit"),
                        FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                        FieldPanel("description"),
                        FieldPanel("logo"),
                        FieldPanel("last_verified"),
                        FieldPanel("is_example"),
                    ],
                    heading=_("Organization"),
                ),
                ObjectList(
                    [
                        FieldPanel("website"),
                        FieldPanel("email"),
                        FieldPanel("phone"),
                        FieldPanel("social_links"),
                        FieldPanel("submitter_email"),
                        FieldPanel("moderation_note"),
                    ],
                    heading=_("Contact"),
                ),
                ObjectList(
                    [
                        MultiFieldPanel(
                            [
                                FieldPanel("street"),
                                FieldRowPanel(
                                    [FieldPanel("building_number"), FieldPanel("postcode")]
                                ),
                                FieldPanel("city"),
                                FieldPanel("district"),
                            ],
                            heading=_("Address"),
                        ),
                        place_panel(
                            extra=[
                                FieldPanel("point_set_by_hand"),
                                FieldPanel("location_precision"),
                            ]
                        ),
                    ],
                    heading=_("Location"),
                ),
            ]
        )
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        indexes = [
            models.Index(
                fields=["live", "map_latitude", "map_longitude"], name="ngomap_org_point_idx"
            ),
            models.Index(fields=["krs"]),
            # The public list: published, by name; with the key, a deep page is read from the
            # index alone (PostgreSQL does not add the key to an index by itself).
            models.Index(fields=["live", "name", "id"], name="ngomap_org_list_idx"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # A denormalised copy, so every public read selects the rounded point and never the
        # exact one.
        self.set_public_point()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            update_fields = set(update_fields)
            if {"latitude", "longitude", "location_precision"} & update_fields:
                update_fields |= set(self.PUBLIC_POINT_FIELDS)
            if MARKER_FIELDS & update_fields:
                update_fields.add("map_marker")
            kwargs["update_fields"] = update_fields
        writes_marker = update_fields is None or "map_marker" in update_fields
        # A new organization has no key before its INSERT, and its marker carries the key: it is
        # written right after (one UPDATE, only on creation; with areas, the areas' m2m_changed
        # handler has just written the same marker from the database, a few queries more).
        creating = self.pk is None
        if writes_marker and not creating:
            self.map_marker = self.marker_json()
        super().save(*args, **kwargs)
        if writes_marker and creating:
            self.map_marker = self.marker_json()
            type(self).objects.filter(pk=self.pk).update(map_marker=self.map_marker)

    def marker_json(self):
        """The map marker of the values this instance holds, its areas included (in memory
        when the form or revision set them, else one query)."""
        areas = sorted(self.areas.all(), key=area_sort_key)
        return marker_json(
            pk=self.pk,
            name=self.name,
            slug=self.slug,
            kind=self.kind,
            latitude=self.map_latitude,
            longitude=self.map_longitude,
            street=self.street,
            building_number=self.building_number,
            precision=self.location_precision,
            area_keys=[area.pkt for area in areas],
        )

    PUBLIC_POINT_FIELDS = ("public_latitude", "public_longitude", "map_latitude", "map_longitude")

    def set_public_point(self):
        """The rounded public point, and its copy as doubles for the map's queries."""
        self.public_latitude, self.public_longitude = self.rounded_point()
        located = self.public_latitude is not None and self.public_longitude is not None
        self.map_latitude = float(self.public_latitude) if located else None
        self.map_longitude = float(self.public_longitude) if located else None

    @property
    def revisions(self):
        return self._revisions

    def rounded_point(self):
        places = self.PUBLIC_DECIMAL_PLACES.get(self.location_precision, 2)
        return (
            round_coordinate(self.latitude, places),
            round_coordinate(self.longitude, places),
        )

    @property
    def address_line(self):
        street = " ".join(part for part in [self.street, self.building_number] if part)
        town = " ".join(part for part in [self.postcode, self.city] if part)
        return ", ".join(part for part in [street, town] if part)

    @property
    def shows_exact_address(self):
        return self.location_precision == self.Precision.EXACT

    def get_preview_template(self, request, mode_name):
        return "ngomap/organization_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["organization"] = self
        return context

    def get_url(self, request=None):
        # Function-local: .selectors imports these models (a cycle).
        from ..selectors import map_page_for

        map_page = map_page_for(request=request)
        if map_page is None:
            return None
        return map_page.url + map_page.reverse_subpage(
            "organization_detail", kwargs={"slug": self.slug}
        )
