"""Fill the Polish catalogue from the translations kept in scripts/translations_pl*.py.

Workflow: `make messages` extracts new strings; add their Polish to translations_pl.py (or the
app's own scripts/translations_pl_<app>.py); this script writes them into
locale/pl/LC_MESSAGES/django.po and compiles the .mo. Run by `make messages`.
"""

import importlib.util
import sys
from pathlib import Path

import polib

SCRIPTS = Path(__file__).resolve().parent
CATALOGUE = SCRIPTS.parent / "locale" / "pl" / "LC_MESSAGES" / "django.po"


def load_translations():
    """Merge TRANSLATIONS and PLURALS of every scripts/translations_pl*.py file."""
    translations, plurals = {}, {}
    for path in sorted(SCRIPTS.glob("translations_pl*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        translations.update(getattr(module, "TRANSLATIONS", {}))
        plurals.update(getattr(module, "PLURALS", {}))
    return translations, plurals


def main():
    TRANSLATIONS, PLURALS = load_translations()  # noqa: N806
    po = polib.pofile(str(CATALOGUE))
    po.metadata["Plural-Forms"] = (
        "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
    )
    po.metadata["Language"] = "pl"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    missing = []
    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.msgstr = ""
            entry.msgstr_plural = {k: "" for k in entry.msgstr_plural}
        if entry.msgid_plural:
            forms = PLURALS.get(entry.msgid)
            if forms:
                entry.msgstr_plural = dict(enumerate(forms))
            elif not all(entry.msgstr_plural.values()):
                missing.append(entry.msgid)
        elif entry.msgid in TRANSLATIONS:
            entry.msgstr = TRANSLATIONS[entry.msgid]
        elif not entry.msgstr:
            missing.append(entry.msgid)
    po.save()
    po.save_as_mofile(str(CATALOGUE.with_suffix(".mo")))
    if missing:
        print("Missing Polish for:\n  " + "\n  ".join(missing))
        return 1
    print(f"{len(po)} entries translated and compiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
