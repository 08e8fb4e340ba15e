"""A Word document (.docx) turned into the paste format of the draft (`draft_parse_text`).

The editor then sees the result as a preview and saves it like a pasted draft, so the rules of
re-pasting (identifiers kept by number, no unit with comments dropped) apply unchanged.

- A paragraph in a heading style ("Heading 1…9", "Nagłówek…", "Title"/"Tytuł") becomes a
  chapter: "Rozdział 2 Cele" stays as written; a heading without such a number is numbered on
  ("Rozdział <n+1> <heading>"); "Rozdział 2" alone followed by a heading takes it as its title.
- Word's automatic numbering (numPr on the paragraph or its style) is written out as the level's
  text: "%1." gives "1." (ust.), "%1)" "1)" (pkt), a lowerLetter level "a)" (lit.), "§ %1." "§ 1.",
  counted per list and level, deeper levels restarting; bullets add nothing.
- A number typed by hand ("§ 3.", "1)") is kept as it is.

Limits: tables, text boxes, footnotes and comments of the document are not read; multi-level
numbers such as "1.1." become units of plain text; numbering continued across separate lists
that share one definition, and numbering by field codes (LISTNUM, SEQ), are not reproduced.
"""

import re
import zipfile

from docx import Document
from docx.oxml.ns import qn

HEADING_STYLE_RE = re.compile(r"^(heading|nagłówek|title|tytuł)\b", re.IGNORECASE)
CHAPTER_NUMBER_RE = re.compile(r"^(Rozdział|Dział|Część)\s+([\dIVXLC]+)\.?\s*(.*)$", re.IGNORECASE)


class DocxError(Exception):
    pass


def _roman(number):
    values = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ]
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _letters(number):
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def _format(number, fmt):
    if fmt == "lowerLetter":
        return _letters(number)
    if fmt == "upperLetter":
        return _letters(number).upper()
    if fmt == "lowerRoman":
        return _roman(number)
    if fmt == "upperRoman":
        return _roman(number).upper()
    return str(number)


class _Numbering:
    """Word's list definitions and the running counters of each list."""

    def __init__(self, document):
        self.levels = {}  # (numId, ilvl) -> (numFmt, lvlText, start)
        self.counters = {}  # numId -> {ilvl: count}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            # A document without any list has no numbering part; python-docx raises
            # NotImplementedError for it. Its paragraphs then carry no automatic numbers.
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    _val(lvl, "w:numFmt", "decimal"),
                    _val(lvl, "w:lvlText", ""),
                    int(_val(lvl, "w:start", "1") or 1),
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            abstract_id = _val(num, "w:abstractNumId", "")
            levels = dict(abstract.get(abstract_id, {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = _val(override, "w:startOverride", "")
                if start and ilvl in levels:
                    fmt, text, _start = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start))
            for ilvl, level in levels.items():
                self.levels[(num_id, ilvl)] = level

    def label(self, num_id, ilvl):
        """The next number of list `num_id` at level `ilvl`, as Word shows it ("" for none)."""
        level = self.levels.get((num_id, ilvl))
        if level is None:
            return ""
        counters = self.counters.setdefault(num_id, {})
        fmt, _text, start = level
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [key for key in counters if key > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none"):
            return ""
        text = level[1]

        def substitute(match):
            index = int(match.group(1)) - 1
            other = self.levels.get((num_id, index))
            if other is None:
                return ""
            count = counters.get(index, other[2])
            return _format(count, other[0])

        return re.sub(r"%(\d)", substitute, text).strip()


def _val(node, tag, default):
    child = node.find(qn(tag))
    if child is None:
        return default
    return child.get(qn("w:val"), default)


def _num_pr(paragraph):
    """(numId, ilvl) of the paragraph's automatic numbering, from itself or its styles."""
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for ppr in sources:
        if ppr is None or ppr.numPr is None:
            continue
        num_pr = ppr.numPr
        num_id = num_pr.numId.val if num_pr.numId is not None else None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        if num_id is None:
            continue
        if num_id == 0:  # numbering switched off
            return None
        return str(num_id), int(ilvl)
    return None


def _is_heading(paragraph):
    style = paragraph.style
    while style is not None:
        if HEADING_STYLE_RE.match(style.name or ""):
            return True
        style = style.base_style
    return False


def docx_to_text(file):
    """The draft of a .docx file (a path or a file object) in the paste format: one unit per
    line. Raises DocxError when the file is not a Word document."""
    try:
        if hasattr(file, "seek"):
            file.seek(0)
        if not zipfile.is_zipfile(file):
            raise DocxError("not a zip")
        if hasattr(file, "seek"):
            file.seek(0)
        document = Document(file)
    except DocxError:
        raise
    except Exception as error:  # noqa: BLE001 - any parse failure is "not a Word document"
        raise DocxError(str(error)) from error
    numbering = _Numbering(document)
    lines = []
    chapters = 0
    pending_chapter = None  # "Rozdział 2" waiting for its title on the next heading
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        num = _num_pr(paragraph)
        label = numbering.label(*num) if num else ""
        if not text:
            continue
        if _is_heading(paragraph) and not label:
            if pending_chapter is not None:
                lines.append(f"{pending_chapter} {text}")
                pending_chapter = None
                continue
            if match := CHAPTER_NUMBER_RE.match(text):
                chapters = int(match.group(2)) if match.group(2).isdigit() else chapters + 1
                if not match.group(3):
                    pending_chapter = text.rstrip(".")
                    continue
                lines.append(text)
            else:
                chapters += 1
                lines.append(f"Rozdział {chapters} {text}")
            continue
        if pending_chapter is not None:
            lines.append(pending_chapter)
            pending_chapter = None
        lines.append(f"{label} {text}" if label else text)
    if pending_chapter is not None:
        lines.append(pending_chapter)
    return "\n".join(lines)
