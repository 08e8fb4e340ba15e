"""Production's static storage: collectstatic passes although a package names a source map it
does not ship, a map that exists is still hashed, and a broken reference still fails."""

import re

import pytest
import xstatic.pkg.leaflet_markercluster as xstatic_markercluster
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command

MARKERCLUSTER = "xstatic/leaflet-markercluster/"


@pytest.fixture
def production_storage(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "collected"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "ngosite.storage.ManifestStaticFilesStorage"},
    }
    # Only the files these tests are about, so collectstatic takes a moment.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STATICFILES_DIRS = [(MARKERCLUSTER.rstrip("/"), xstatic_markercluster.BASE_DIR)]
    return settings


def test_a_missing_source_map_is_left_as_written(production_storage):
    call_command("collectstatic", interactive=False, verbosity=0)
    hashed = staticfiles_storage.stored_name(MARKERCLUSTER + "leaflet.markercluster.js")
    assert re.search(r"leaflet\.markercluster\.[0-9a-f]{12}\.js$", hashed)
    collected = production_storage.STATIC_ROOT / hashed
    content = collected.read_text(encoding="utf-8")
    assert content.rstrip().endswith("//# sourceMappingURL=leaflet.markercluster.js.map")
    assert collected.with_name(collected.name + ".gz").exists()


def test_a_source_map_that_exists_is_still_hashed(production_storage):
    call_command("collectstatic", interactive=False, verbosity=0)
    hashed = staticfiles_storage.stored_name(MARKERCLUSTER + "leaflet.markercluster-src.js")
    content = (production_storage.STATIC_ROOT / hashed).read_text(encoding="utf-8")
    assert re.search(
        r"//# sourceMappingURL=leaflet\.markercluster-src\.js\.[0-9a-f]{12}\.map\s*$", content
    )


def test_a_missing_image_in_css_still_fails(production_storage, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "broken.css").write_text('body { background: url("nowhere.png"); }')
    production_storage.STATICFILES_DIRS = [("broken", broken)]
    with pytest.raises(ValueError, match="nowhere.png"):
        call_command("collectstatic", interactive=False, verbosity=0)
