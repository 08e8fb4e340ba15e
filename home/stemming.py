"""Polish word forms for the site search: "konsultacji" and "konsultacje" share the stem
"konsultacja", "seniorów" and "Seniorzy" the stem "senior".

The stemmer is Stempel (pystempel, a port of Lucene's Polish stemmer) with the same stemming
table (`stemmer_20000.tbl`) that OpenSearch's `polish` analyzer (the analysis-stempel plugin)
uses, so the database search and OpenSearch reduce words alike. A text becomes a set of terms:
each word, lower-cased and without diacritics, and its stem, likewise. Keeping the word beside
its stem means a name the stemmer mangles still matches itself, and folding the diacritics
means "podworko" finds "Podwórko".
"""

import gzip
import re
import unicodedata
from functools import cache
from importlib.resources import files

WORD = re.compile(r"[^\W_]+")
# Words shorter than this are kept as they are: Stempel guesses wildly on "w", "z", "na".
SHORTEST_STEMMED = 3
# Function words that say nothing about what a person looks for; dropped from a query unless
# the query has nothing else ("i", "w", "z" would otherwise have to appear in every result).
STOP_WORDS = frozenset(
    "a albo ale bez by co czy dla do i jak jest lub na nad nie o od oraz po pod przez przy "
    "się są to u w we z za ze że".split()
)
# A query's words beyond this are ignored: each word is one more condition in the query.
MOST_QUERY_WORDS = 10


@cache
def _stemmer():
    """Stempel with its original table, loaded once per process (about half a second)."""
    # Function-local: the stemmer and its table load only in processes that search or index.
    from pystempel import Stemmer
    from pystempel.streams import DataInputStream

    table = files("pystempel.data.original") / "stemmer_20000.tbl.gz"
    # Reading the stream without its length keeps pystempel from drawing a progress bar.
    with table.open("rb") as raw, gzip.open(raw, "rb") as stream:
        return Stemmer.from_stream(DataInputStream(stream))


def fold(word):
    """The word without Polish diacritics ("ł" has no decomposition, so it is mapped)."""
    decomposed = unicodedata.normalize("NFKD", word.replace("ł", "l").replace("Ł", "L"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def word_terms(word):
    """The terms of one word: the folded word and its folded stem (one term when they agree)."""
    word = word.lower()
    terms = {fold(word)}
    if len(word) >= SHORTEST_STEMMED and not word.isdigit():
        stem = _stemmer()(word)
        if stem:
            terms.add(fold(stem))
    return terms


def words(text):
    return WORD.findall(text or "")


def text_terms(*texts):
    """All terms of the texts as one string: " term term … ", each term once, so that a term is
    matched as `" term "` (a whole term, never a part of another)."""
    terms = set()
    for text in texts:
        for word in words(text):
            terms |= word_terms(word)
    return " " + " ".join(sorted(terms)) + " " if terms else ""


def query_terms(query):
    """The query's words, each as the set of its terms: a result must match every word (one of
    its terms). Function words are dropped unless the query has nothing else."""
    found = words(query)
    meaningful = [word for word in found if word.lower() not in STOP_WORDS] or found
    unique = []
    for word in meaningful:
        terms = word_terms(word)
        if terms not in unique:
            unique.append(terms)
    return unique[:MOST_QUERY_WORDS]
