"""Fill the Polish catalogue from the translations kept in scripts/translations_pl.py.

Workflow: `make messages` extracts new strings; add their Polish to translations_pl.py; this
script writes them into locale/pl/LC_MESSAGES/django.po and compiles the .mo. Entries already
translated in the .po are kept as they are. Run by `make messages`.
"""

import sys
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_pl import PLURALS, TRANSLATIONS  # noqa: E402

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "pl" / "LC_MESSAGES" / "django.po"


def main():
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
