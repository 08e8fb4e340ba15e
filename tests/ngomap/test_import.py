from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ngomap.models import Organization
from tests.ngomap.factories import area, make_organization

pytestmark = pytest.mark.django_db
HEADER = (
    "name,kind,legal_form,krs,nip,regon,is_public_benefit,areas,street,building_number,"
    "postcode,district\n"
)


def write(tmp_path, rows):
    path = tmp_path / "organizacje.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


GOOD = [
    "Fundacja Jeden,ngo,foundation,0000000001,5260250274,123456785,tak,1;17,"
    "ul. Gołębia,24,31-007,1\n",
    "Grupa Dwa,informal,other,,,,nie,Ekologia i ochrona zwierząt,ul. Lipowa,4,30-702,13\n",
]


def run(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_organizations", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_valid_file_creates_published_organizations_and_queues_geocoding(
    tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        out, _err = run(write(tmp_path, GOOD))
    assert "2 created, 0 updated" in out
    first = Organization.objects.get(krs="0000000001")
    assert first.live and first.is_public_benefit
    assert set(first.areas.all()) == {area("1"), area("17")}
    assert first.district.number == 1
    assert len(callbacks) >= 2
    assert first.__class__.objects.get(pk=first.pk).geocode_status == "ok"


def test_rows_matched_by_krs_update_the_existing_organization(tmp_path):
    existing = make_organization(krs="0000000001", name="Stara nazwa")
    out, _err = run(write(tmp_path, GOOD))
    assert "1 created, 1 updated" in out
    existing.refresh_from_db()
    assert existing.name == "Fundacja Jeden"
    assert Organization.objects.filter(krs="0000000001").count() == 1


def test_one_bad_row_reports_every_error_with_its_line_and_writes_nothing(tmp_path):
    rows = [
        *GOOD,
        "Zły NIP,ngo,foundation,0000000003,5260250275,,nie,,ul. Gołębia,1,31-007,1\n",
        "Zły kod,ngo,foundation,0000000004,,,nie,99x,ul. Gołębia,1,31007,42\n",
    ]
    path = write(tmp_path, rows)
    with pytest.raises(CommandError, match="nothing was imported"):
        err = StringIO()
        call_command("import_organizations", str(path), stdout=StringIO(), stderr=err)
    report = err.getvalue()
    assert "line 4: nip:" in report
    assert "line 5: postcode:" in report
    assert "line 5: areas: unknown area(s): 99x" in report
    assert "line 5: district: unknown district number" in report
    assert not Organization.objects.exists()


def test_a_repeated_krs_in_the_file_is_an_error(tmp_path):
    path = write(tmp_path, [GOOD[0], GOOD[0]])
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_organizations", str(path), stdout=StringIO(), stderr=err)
    assert "line 3: krs: 0000000001 repeats line 2" in err.getvalue()


def test_dry_run_only_reports(tmp_path):
    out, _err = run(write(tmp_path, GOOD), "--dry-run")
    assert "2 valid rows (2 new, 0 updates)" in out
    assert not Organization.objects.exists()
