"""What a person reads on an admin page, and the English in it.

`visible_text` keeps the text between tags and the attributes people read or hear (title,
aria-label, placeholder, alt, a button's value, a tooltip), drops scripts and styles, and adds
the strings that Wagtail's scripts show later (the admin's `wagtail-config` JSON: "Saved",
"Loading…"). `english` finds words and phrases of English UI text in it; proper names and
technical terms that read the same in Polish are allowed explicitly.
"""

import json
import re
from html import unescape
from html.parser import HTMLParser

READ_ATTRIBUTES = {
    "title",
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "placeholder",
    "alt",
    "data-w-tooltip-content-value",
    "data-w-dropdown-content-value",
}
SKIPPED_ELEMENTS = {"script", "style", "noscript"}

# Words of the admin's English that never occur in Polish text; capitalised ones match as written
# (a button, a heading, a column), the lower-case ones as words inside a sentence. Words that are
# also Polish ("Status", "Menu", "to", "on", "no", "do", "Data") are left out on purpose.
ENGLISH_WORDS = (
    """
    None True False Yes Saved Save Saving Add Edit Editing Delete Search Filter Filters Choose
    Show Hide Results Result Images Image Documents Document Cancel Close Back Next Previous
    Page Pages Title Name Created Updated Live Draft Select Sort Actions View Inspect
    Inspecting History Export Download Upload Create New Sorry There Loading Error Errors
    Clear Apply Submit Settings Dashboard Help Toggle Locale Language Workflow Moderation
    Comment Comments Preview Publish Unpublish Copy Move Revisions Changes Lock Unlock Usage
    Owner Collection Tags Enter Required Confirm Reports Snippets Users Groups Sites Redirects
    Account Mark More Other All Any Today Tomorrow Week Month Approve Reject Task Tasks
    Scheduled Expired Order Ordering Current Field Fields Latest Recent Your You This These
    What Why When Which Please Are Is The An the and of with has have been is are this that
    your you not for from in at all any none item items more updated published created deleted
    unpublished saved added edited submitted approved rejected copied moved locked unlocked
    selected upload uploaded choose search results here now why one page pages image images
    document documents workflow moderation snippet snippets changes unsaved delete edit add
    approval Moderators Editors
    view show
""".split()
    + ["Log out"]
)
ENGLISH_PHRASES = ["Why not", "upload one now", "updated and published", "0 Images"]
# Names and terms that read the same in a Polish interface.
ALLOWED = {"Wagtail", "OpenStreetMap", "Leaflet", "Markdown", "Gravatar"}

ENGLISH = re.compile(
    "|".join(
        [re.escape(phrase) for phrase in ENGLISH_PHRASES]
        + [rf"(?<![\w\-.@/]){re.escape(word)}(?![\w\-@/])" for word in ENGLISH_WORDS]
    )
)


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.config = []
        self.headers = []
        self._skip = 0
        self._config_script = False
        self._header = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("id") == "wagtail-config":
            self._config_script = True
        if tag in SKIPPED_ELEMENTS:
            self._skip += 1
        if tag == "th":
            self._header = []
        if self._skip:
            return
        for name, value in attrs.items():
            if value and name in READ_ATTRIBUTES:
                self.parts.append(value)
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in SKIPPED_ELEMENTS and self._skip:
            self._skip -= 1
        if tag == "script":
            self._config_script = False
        if tag == "th" and self._header is not None:
            self.headers.append(" ".join("".join(self._header).split()))
            self._header = None

    def handle_data(self, data):
        if self._config_script:
            self.config.append(data)
        elif not self._skip:
            self.parts.append(data)
            if self._header is not None:
                self._header.append(data)


def visible_text(html):
    parser = _TextParser()
    parser.feed(html)
    parts = parser.parts
    for config in parser.config:
        try:
            strings = json.loads(config).get("STRINGS", {})
        except ValueError:
            continue
        parts.extend(_strings(strings))
    return "\n".join(" ".join(unescape(part).split()) for part in parts if part.strip())


def column_headers(html):
    """The text of the table headers (<th>) of a page."""
    parser = _TextParser()
    parser.feed(html)
    return [header for header in parser.headers if header]


def _strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def english(text):
    """The lines of `text` with English in them, each with what matched."""
    found = []
    for line in text.splitlines():
        cleaned = line
        for name in ALLOWED:
            cleaned = cleaned.replace(name, "")
        words = [match.group(0) for match in ENGLISH.finditer(cleaned)]
        if words:
            found.append(f"{line!r}: {', '.join(dict.fromkeys(words))}")
    return found
