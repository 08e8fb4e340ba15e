"""The Polish catalogue is complete, compiled, and covers every string marked for translation."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parents[2]
CATALOGUE = BASE_DIR / "locale" / "pl" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOGUE.with_suffix(".mo")


def _untranslated(po):
    return [entry.msgid for entry in po.untranslated_entries() + po.fuzzy_entries()]


def test_polish_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(CATALOGUE))
    assert len(po) > 50
    assert _untranslated(po) == []


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(CATALOGUE))
    mo = polib.mofile(str(COMPILED))
    source = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in po if not e.obsolete}
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo if e.msgid}
    assert compiled == source, "run `make messages` to recompile locale/pl/LC_MESSAGES/django.mo"


def test_every_marked_string_is_in_the_catalogue(tmp_path):
    """Extract the strings anew from a copy of the code; none may be left without Polish."""
    if shutil.which("xgettext") is None:
        raise AssertionError("GNU gettext (xgettext) is needed: `make test` installs it")
    copy = tmp_path / "src"
    shutil.copytree(
        BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "static", "media", ".test-media", "node_modules", "*.sqlite3", "bench"
        ),
    )
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "pl",
            "--no-obsolete",
            "--ignore=tests",
            "--ignore=docs",
        ],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "ngosite.settings.test", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(copy / "locale" / "pl" / "LC_MESSAGES" / "django.po"))
    assert _untranslated(fresh) == []
