"""The Polish catalogues (the server's `django` and the scripts' `djangojs`) are complete,
compiled, and cover every string marked for translation."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
LOCALE = BASE_DIR / "locale" / "pl" / "LC_MESSAGES"
DOMAINS = ["django", "djangojs"]
# What each domain extracts from (as in the Makefile's `make messages`).
IGNORED = {
    "django": ["--ignore=tests", "--ignore=docs", "--ignore=static", "--ignore=bench"],
    "djangojs": ["--ignore=tests", "--ignore=./static", "--ignore=bench", "--ignore=node_modules"],
}


def _untranslated(po):
    return [entry.msgid for entry in po.untranslated_entries() + po.fuzzy_entries()]


@pytest.mark.parametrize("domain", DOMAINS)
def test_polish_catalogue_has_no_untranslated_or_fuzzy_entries(domain):
    po = polib.pofile(str(LOCALE / f"{domain}.po"))
    assert len(po) > (50 if domain == "django" else 1)
    assert _untranslated(po) == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_compiled_catalogue_matches_the_source(domain):
    po = polib.pofile(str(LOCALE / f"{domain}.po"))
    mo = polib.mofile(str(LOCALE / f"{domain}.mo"))
    source = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in po if not e.obsolete}
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo if e.msgid}
    assert compiled == source, f"run `make messages` to recompile {domain}.mo"


def test_both_catalogues_use_the_three_polish_plural_forms():
    forms = {polib.pofile(str(LOCALE / f"{d}.po")).metadata["Plural-Forms"] for d in DOMAINS}
    assert len(forms) == 1 and forms.pop().startswith("nplurals=3;")


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_marked_string_is_in_the_catalogue(tmp_path, domain):
    """Extract the strings anew from a copy of the code; none may be left without Polish."""
    if shutil.which("xgettext") is None:
        raise AssertionError("GNU gettext (xgettext) is needed: `make test` installs it")
    copy = tmp_path / "src"
    shutil.copytree(
        BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "media", ".test-media", "node_modules", "*.sqlite3", "bench"
        ),
    )
    shutil.rmtree(copy / "static", ignore_errors=True)  # collectstatic's output, if any
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-d",
            domain,
            "-l",
            "pl",
            "--no-obsolete",
            *IGNORED[domain],
        ],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "ngosite.settings.test", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(copy / "locale" / "pl" / "LC_MESSAGES" / f"{domain}.po"))
    assert _untranslated(fresh) == []
