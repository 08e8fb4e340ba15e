"""Reading organizations from a CSV file: every row validated before anything is written.

Columns (header row, UTF-8, comma-separated; a BOM is fine): name, kind, legal_form, krs, nip,
regon, is_public_benefit (tak/nie), areas (points of the act or short names, separated by ";"),
description, website, email, phone, street, building_number, postcode, city, district (its
number 1-18), location_precision, last_verified (YYYY-MM-DD). Only `name` is required; a row
whose KRS matches an existing organization updates it.
"""

import csv
from dataclasses import dataclass, field

from django import forms
from django.db import transaction

from home.forms import KrsField
from home.validators import digits_only

from .forms import formfield
from .models import ActivityArea, District, Organization
from .services import unique_slug

IMPORT_FIELDS = [
    "name",
    "kind",
    "legal_form",
    "krs",
    "nip",
    "regon",
    "is_public_benefit",
    "description",
    "website",
    "email",
    "phone",
    "street",
    "building_number",
    "postcode",
    "city",
    "location_precision",
    "last_verified",
]
TRUE_WORDS = {"1", "tak", "t", "true", "yes", "y", "opp"}


class OrganizationImportForm(forms.ModelForm):
    class Meta:
        model = Organization
        fields = [*IMPORT_FIELDS, "district"]
        formfield_callback = formfield
        field_classes = {"krs": KrsField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("kind", "legal_form", "city", "location_precision"):
            self.fields[name].required = False

    def clean(self):
        cleaned = super().clean()
        for name in ("kind", "legal_form", "location_precision"):
            if not cleaned.get(name):
                cleaned[name] = Organization._meta.get_field(name).default
        cleaned["city"] = cleaned.get("city") or "Kraków"
        return cleaned


@dataclass
class ImportReport:
    errors: list = field(default_factory=list)  # (line number, message)
    rows: list = field(default_factory=list)  # (line, form, areas, existing organization)
    created: int = 0
    updated: int = 0

    @property
    def valid(self):
        return not self.errors


def _areas(text, by_key):
    found, unknown = [], []
    for part in (text or "").split(";"):
        key = part.strip().casefold()
        if not key:
            continue
        area = by_key.get(key)
        (found if area else unknown).append(area or part.strip())
    return found, unknown


def validate_file(handle):
    """Read and validate every row; nothing is written."""
    report = ImportReport()
    reader = csv.DictReader(handle)
    if not reader.fieldnames or "name" not in [n.strip() for n in reader.fieldnames]:
        report.errors.append((1, "the header must name the columns, at least `name`"))
        return report
    by_key = {}
    for area in ActivityArea.objects.all():
        by_key[area.pkt.casefold()] = area
        by_key[area.name.casefold()] = area
        by_key[area.slug] = area
    districts = {str(d.number): d.pk for d in District.objects.all()}
    existing = {o.krs: o for o in Organization.objects.exclude(krs="")}
    seen_krs = {}
    line = 1
    for row in reader:
        line = reader.line_num
        row = {(key or "").strip(): (value or "").strip() for key, value in row.items()}
        data = {name: row.get(name, "") for name in IMPORT_FIELDS}
        for name in ("krs", "nip", "regon"):
            data[name] = digits_only(data[name])
        data["is_public_benefit"] = data["is_public_benefit"].casefold() in TRUE_WORDS
        district = row.get("district", "")
        if district and district not in districts:
            report.errors.append((line, f"district: unknown district number “{district}”"))
        data["district"] = districts.get(district)
        areas, unknown = _areas(row.get("areas"), by_key)
        if unknown:
            report.errors.append((line, f"areas: unknown area(s): {', '.join(unknown)}"))
        krs = data["krs"]
        if krs and krs in seen_krs:
            report.errors.append((line, f"krs: {krs} repeats line {seen_krs[krs]}"))
        if krs:
            seen_krs.setdefault(krs, line)
        instance = existing.get(krs) if krs else None
        form = OrganizationImportForm(data=data, instance=instance)
        if not form.is_valid():
            for name, messages in form.errors.items():
                for message in messages:
                    report.errors.append((line, f"{name}: {message}"))
            continue
        report.rows.append((line, form, areas, instance))
    if not report.rows and not report.errors:
        report.errors.append((line, "the file has no rows"))
    return report


def import_rows(report, *, progress=None):
    """Write every validated row in one transaction: all or nothing. Geocoding is queued after
    commit by the organizations' own save signal."""
    with transaction.atomic():
        for _line, form, areas, instance in report.rows:
            organization = form.save(commit=False)
            if instance is None:
                organization.slug = unique_slug(organization.name)
                organization.live = True
                report.created += 1
            else:
                report.updated += 1
            organization.areas.set(areas)
            organization.save()
            organization.save_revision().publish()
            if progress:
                progress()
    return report
