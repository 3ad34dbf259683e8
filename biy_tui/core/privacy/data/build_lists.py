"""Rebuild the guard's word lists (a maintainer's tool; never run by biy itself).

Usage (from the project root, with the three public sources unpacked)::

    uv run python biy_tui/core/privacy/data/build_lists.py CENSUS_DIR SCOWL_WORDS

The French word list needs no outside source (it is written for biy)::

    uv run python biy_tui/core/privacy/data/build_lists.py --french

``CENSUS_DIR`` holds ``dist.female.first``, ``dist.male.first`` and
``dist.all.last`` (the 1990 US Census name lists, public domain; the PyPI package
``names`` 0.3.0 bundles them). ``SCOWL_WORDS`` is the Canadian English word list
of SCOWL (Debian package ``wcanadian``, file ``canadian-english``). The curated
lists in ``sources/`` are added. See ``NOTICE.md`` for licences.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SURNAME_LIMIT = 40_000  # the census list is sorted by frequency; the tail is noise


def wordset(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Dictionary words that, in a facilitator's note, are nearly always someone's name.
MOSTLY_NAMES = wordset(
    "maria martin peter harry sally derrick jarred garret victor ken mike nick terry bobby billy "
    "jimmy johnny tony heather eddy earl glen john sherry marina hector roger homer"
)
# Not in the dictionary, yet ordinary words in these notes (drug slang, shorthand).
EXTRA_WORDS = wordset("molly percs xanax meth fent")


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _curated(name: str) -> set[str]:
    words: set[str] = set()
    for line in (HERE / "sources" / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for word in wordset(line):
            word = word.casefold()
            words.add(word)
            words.add(_ascii(word))
    words.discard("")
    return words


def _census(path: Path, limit: int | None = None) -> set[str]:
    lines = path.read_text(encoding="ascii").splitlines()[:limit]
    return {line.split()[0].casefold() for line in lines if line.strip()}


def _write(name: str, words: set[str]) -> None:
    text = "\n".join(sorted(words)) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(words)} entries, {len(text.encode())} bytes")


def _er_forms(verb: str) -> set[str]:
    """The usual forms of a regular -er verb: "parler" -> "parle", "parlé", "parlait"…"""
    stem = verb[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")  # "mangeait", "mangeons"
    soft = soft[:-1] + "ç" if stem.endswith("c") else soft  # "commençait"
    forms = {verb, stem + "ant" if stem == soft else soft + "ant"}
    forms |= {stem + end for end in ("e", "es", "ent", "ez", "é", "ée", "és", "ées", "iez")}
    forms |= {stem + end for end in ("ions", "er", "era", "erai", "eras", "erons", "erez")}
    forms |= {stem + end for end in ("eront", "erais", "erait", "erions", "eraient")}
    forms |= {soft + end for end in ("ons", "ais", "ait", "aient")}
    if stem.endswith(("ay", "oy", "uy")):
        weak = stem[:-1] + "i"  # "paie", "envoie", "essuie"
        forms |= {weak + end for end in ("e", "es", "ent", "era", "erait", "eront")}
    if stem.endswith(("el", "et")) and verb not in ("acheter", "geler", "harceler"):
        double = stem + stem[-1]  # "appelle", "jette"
        forms |= {double + end for end in ("e", "es", "ent", "era", "erait", "eront")}
    vowel = next((i for i in range(len(stem) - 2, -1, -1) if stem[i] in "eé"), None)
    if vowel is not None and stem[vowel + 1 :].isalpha() and len(stem) - vowel <= 3:
        grave = stem[:vowel] + "è" + stem[vowel + 1 :]  # "achète", "lève", "préfère"
        forms |= {grave + end for end in ("e", "es", "ent", "era", "erait", "eront")}
    return forms


def _ir_forms(verb: str) -> set[str]:
    """The usual forms of a -ir verb of the "finir" type."""
    stem = verb[:-2]
    ends = "ir is it i ie ies issons issez issent issait issaient issais ira irai iront irait"
    ends += " iraient isse issant"
    return {stem + end for end in ends.split()}


def _noun_forms(noun: str) -> set[str]:
    if noun.endswith(("s", "x", "z")):
        return {noun}
    if noun.endswith("al"):
        return {noun, noun[:-2] + "aux", noun + "s"}
    if noun.endswith(("eau", "au", "eu")):
        return {noun, noun + "x", noun + "s"}
    return {noun, noun + "s"}


_ADJ_FEMININE = (
    ("eux", "euse"),
    ("if", "ive"),
    ("el", "elle"),
    ("en", "enne"),
    ("on", "onne"),
    ("er", "ère"),
    ("et", "ette"),
    ("e", "e"),
)
_ADJ_IRREGULAR = {
    "nouveau": "nouvel nouvelle nouveaux nouvelles",
    "vieux": "vieil vieille vieilles",
    "beau": "bel belle beaux belles",
    "fou": "fol folle fous folles",
    "doux": "douce douces",
    "faux": "fausse fausses",
    "blanc": "blanche blanches blancs",
    "frais": "fraîche fraiche fraîches",
    "sec": "sèche sèches secs",
    "long": "longue longues longs",
    "gros": "grosse grosses",
    "gentil": "gentille gentils gentilles",
    "inquiet": "inquiète inquiets inquiètes",
    "complet": "complète complets complètes",
    "secret": "secrète secrets secrètes",
    "heureux": "heureuse heureuses",
    "mauvais": "mauvaise mauvaises",
    "franc": "franche franches francs",
}


def _adj_forms(adj: str) -> set[str]:
    if adj in _ADJ_IRREGULAR:
        return {adj, *_ADJ_IRREGULAR[adj].split()}
    for masc, fem in _ADJ_FEMININE:
        if adj.endswith(masc):
            feminine = adj[: -len(masc)] + fem
            break
    else:
        feminine = adj + "e"
    plural = adj if adj.endswith(("s", "x")) else adj + "s"
    if adj.endswith("al"):
        plural = adj[:-2] + "aux"
    return {adj, feminine, plural, feminine + "s"}


def french_words() -> tuple[set[str], set[str]]:
    """Expand ``sources/french_words.txt``: (every form, the function words)."""
    text = (HERE / "sources" / "french_words.txt").read_text(encoding="utf-8")
    forms: set[str] = set()
    function: set[str] = set()
    section = "words"
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@"):
            section = line[1:].strip()
            continue
        for word in line.casefold().split():
            if section == "function":
                function.add(word)
                forms.add(word)
            elif section == "er" and word.endswith("er"):
                forms |= _er_forms(word)
            elif section == "ir" and word.endswith("ir"):
                forms |= _ir_forms(word)
            elif section == "noun":
                forms |= _noun_forms(word)
            elif section == "adj":
                forms |= _adj_forms(word)
            else:
                forms.add(word)
    names = _listed("first_names.txt") | _listed("surnames.txt")
    # Typed without accents ("etait", "tres"), unless the bare spelling is a name ("nee").
    forms |= {_ascii(w) for w in forms if _ascii(w) and _ascii(w) not in names}
    function |= {_ascii(w) for w in function if _ascii(w) and _ascii(w) not in names}
    return forms, function


def _listed(name: str) -> set[str]:
    return set((HERE / name).read_text(encoding="utf-8").split())


def main_french() -> int:
    forms, function = french_words()
    _write("french_words.txt", forms)
    _write("french_function.txt", function)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--french"]:
        return main_french()
    census, scowl = Path(argv[0]), Path(argv[1])
    first = _census(census / "dist.female.first") | _census(census / "dist.male.first")
    first |= _curated("curated_first_names.txt")
    last = _census(census / "dist.all.last", SURNAME_LIMIT) | _curated("curated_surnames.txt")
    words = {
        w
        for w in scowl.read_text(encoding="utf-8", errors="replace").splitlines()
        if w and w.islower() and w.isalpha()
    }
    words |= _curated("not_names.txt") | EXTRA_WORDS
    words -= MOSTLY_NAMES
    _write("first_names.txt", first)
    _write("surnames.txt", last)
    _write("words.txt", words)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
