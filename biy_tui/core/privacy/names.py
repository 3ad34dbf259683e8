"""Names: recall first. A word is suspect unless it is known to be safe.

How a word becomes a name (see ``curriculum/README.md`` for the short version):

1. A word in no dictionary and on no safe list ("Becca", "Yellowhorn", "harjit",
   "zelphira") is a name, capitalised or not: what is not known to be safe is
   suspect. Chat shorthand ("convo", "appt") and the safe proper nouns of
   ``data/safe_proper.txt`` (cities, nations, languages, holidays, services)
   are known.
2. A word on a name list that is *not* an ordinary word ("Tasha", "Okafor") is
   a name in any case.
3. A word that is both a name and an ordinary word ("Hope", "Grace", "Ginger",
   "Peaches", "Lucky") is a name with a person around it: "goes by", "named",
   "aka" before it; a title ("Officer Brown"); a person word ("her worker Sam",
   "her ex Tyler"); a verb only a person does after it ("ginger said", in any
   case); "with"/"told"/"asked" before it in mid-sentence; a name beside it
   ("Treasure and Harjit"). A determiner before it ("the Grace of", "her Faith")
   rules it out, as does a place-word after it ("Victoria Day", "Hope Street").
4. A name takes its whole run: capitalised words after it ("Sarah Many Grey
   Horses", "[name] Yellowhorn"), particles ("Ana de la Cruz"), a capitalised
   word or a nickname prefix before it ("Little Dre"), so that no surname is
   left behind. Two capitalised words that open with a nickname prefix or a listed
   name and are followed by a verb only a person does are a name ("Baby Girl shared",
   "Sugar Baby called"), as is a street name ending in a person word ("Candy Girl").
5. A title or a stop word ("Justice", "Will") is a name when the sentence ties it to
   kin: "her sister Justice", "my friend Will", "Justice came with her sister".
Titles and a possessive "'s" stay outside the span: "Ms. [name]", "[name]'s sister".

Plain English stays plain: contractions ("don't", "I'm", "we'll"), number words,
a capitalised run ending in a title word ("Orange Shirt Day", "the Crisis Line",
"the Good Samaritan Drug Overdose Act"), a city after "in"/"from", a plural noun
before a verb ("Dawn walks came up"), a short known word alone in capitals ("AISH",
"she was SO tired"; beside another word in capitals it is read: "BABY GIRL"), a phrase
in capitals for emphasis ("her KIDS BACK", "GIRL POWER"), and in lower case a dictionary
word listed only as a surname ("harm", "weeks") are never names on their own.

French stays plain too (``data/french_words.txt``): an elided article or pronoun is read
apart from its word ("l'activité", "c'était", "d'Océane"); a French person word and a
possessive come before a name ("sa fille Océane", "son chum Pierre"); an unknown word in
lower case after an article, a participle after "a"/"est" or an infinitive after
"va"/"pour" is an ordinary word ("une buanderie", "a baissé"). A French word that is also
a given name ("Claire", "Aimée") is a name when capitalised, since French capitalises
little else; a capitalised French word in mid-sentence ("à la Maison Bleue") is checked as a name.
"""

from __future__ import annotations

from biy_tui.core.privacy.lexicon import lexicon as _lex
from biy_tui.core.privacy.name_tokens import (
    PLACEHOLDER,
    Token,
    adjacent,
    fold,
    gap,
    near,
    protected_ranges,
    tokens,
    variant_of_word,
)
from biy_tui.core.privacy.names_context import (
    and_her_kin as _and_her_kin,
)
from biy_tui.core.privacy.names_context import (
    and_i as _and_i,
)
from biy_tui.core.privacy.names_context import (
    apposition as _apposition,
)
from biy_tui.core.privacy.names_context import (
    labelled as _labelled,
)
from biy_tui.core.privacy.names_context import (
    object_of_care as _object_of_care,
)
from biy_tui.core.privacy.names_context import (
    person_verb as _person_verb,
)
from biy_tui.core.privacy.names_context import (
    plural_noun as _plural_noun,
)
from biy_tui.core.privacy.names_context import (
    verb_after as _verb_after,
)
from biy_tui.core.privacy.names_things import EPONYM_NOUNS, is_thing
from biy_tui.core.privacy.names_words import (
    ADVERBS,
    AGENCY_WORDS,
    CALENDAR,
    DETERMINERS,
    FEELINGS,
    FR_PERSON_VERBS,
    FUNCTION,
    JURISDICTIONS,
    KIN_BEFORE,
    LOCATIVE,
    NAMING,
    NEVER,
    NICK_PREFIXES,
    NOUNISH_VERBS,
    OBJECT_VERBS,
    PARTICLES,
    PERSON_NOUNS,
    PERSON_OBJECT_VERBS,
    PERSON_PREV,
    PERSON_PREV2,
    PERSON_PREV_UNKNOWN,
    PERSON_VERBS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLES,
    WEAK_VERBS,
)
from biy_tui.core.privacy.spans import Span, wordset

__all__ = ["PLACEHOLDER", "find_names", "fold", "protected_ranges"]

_STRONG_TITLES = wordset("ms mrs mr mx dr mme mlle madame monsieur")
_PRONOUNS = wordset(
    "i we you they she he it me her him us them my your our their his its this that who"
)
_CLAUSE_OPENERS = wordset(
    "and but then when so because while until after before or if whether that since"
)
_CLAUSE_VERBS = wordset(
    """
    worried worry worries think thinks thought heard hear hears hope hoping hoped glad afraid
    scared sure guess feel felt know knew relieved noticed said says told tells"""
)
"""Verbs and states that take a clause without "that": "worried angel is using again"."""
_NOT_AFTER_KIN = wordset(
    """
    home back out away again too also later first instead today tonight over up down in on
    off anyway though along together around there now"""
)
_POSS = ("'s ", "’s ")
_NEWCOMER = wordset("woman women girl newcomer newcomers new participant participants")
_CALL_VERBS = wordset("called calls call calling named names name naming")
_NOT_A_NAME_AFTER_CALL = _NOT_AFTER_KIN | wordset(
    """
    ahead around about forward one two three four five six seven eight nine ten each every
    something someone somebody anything anyone nothing everything things it several many few
    all both names name"""
)
_FR_NAMING = wordset("surnommée surnommé surnommee surnomme dite alias appeler appelait appelle")
"""French words before a name: "surnommée Cerise", "se fait appeler Bambi", "on
l'appelait Bijou" ("appeler" after "fait"; only a capitalised word is taken)."""
_NAMING_BEFORE = (
    NAMING | _FR_NAMING | wordset("by as herself himself themself themselves is was call")
)
_MAY_FOLLOW_A_PERSON = PERSON_VERBS | ADVERBS
_CALLERS = wordset("they we people everyone everybody guys girls i you")
_NEWS_FROM = wordset(
    """
    heard hear text texts texted call calls message messages note letter card hug hugs news
    update word voicemail email dm"""
)
_IS_STATES = wordset(
    """
    back home sick pregnant upset scared safe homeless missing using sober clean late tired
    crying angry worried housed evicted arrested here gone staying living working moving
    struggling expecting"""
)
_NOT_STATES = wordset("coming doing feeling here back well okay ok sleeping eating answering")


def _is_state_after(toks: list[Token], i: int) -> bool:
    """After "X's" ("X is"): a state of a person, or "not" and one ("Topaz's not coming")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.low in _IS_STATES:
        return True
    after = toks[i + 2] if i + 2 < len(toks) else None
    return nxt.low == "not" and after is not None and after.low in _IS_STATES | _NOT_STATES


def _her_kin_after(text: str, toks: list[Token], verb: Token) -> bool:
    """True for "brought her sister", "left with his kids": a verb, "her"/"his" (after
    "with" or not), a person word."""
    k = toks.index(verb)
    if k + 2 >= len(toks) or verb.low not in SPEECH_VERBS:
        return False
    before = verb
    if toks[k + 1].low == "with" and adjacent(text, verb, toks[k + 1]):
        k += 1  # "came with her sister", "stayed with her mom"
        before = toks[k]
        if k + 2 >= len(toks):
            return False
    owner, kin = toks[k + 1], toks[k + 2]
    return (
        owner.low in ("her", "his")
        and adjacent(text, before, owner)
        and adjacent(text, owner, kin)
        and kin.low in KIN_BEFORE
        and kin.low not in ("guy", "man", "boy", "girl", "social")
    )


"""The words :func:`_naming_context` looks at before a token (a quick test first)."""
_HANDLE_OWNERS = wordset(
    "her his my their the a an new old work street online ig insta instagram tiktok snap"
)
_PLURAL_KIN = wordset(
    "friends kids sisters brothers cousins sons daughters twins parents girls guys boys"
)
_FEAR_WORDS = wordset("scared afraid terrified frightened fearful wary careful")
_ARTICLES = wordset(
    "the a an this that these those our my your her his their its some any every no"
)
_ABBREVIATED_TITLES = wordset("ms mrs mr mx dr sr st det sgt cst rev mme mlle")
_SENTENCE_WORDS = (
    OBJECT_VERBS
    | PERSON_PREV
    | PERSON_PREV_UNKNOWN
    | SPEECH_VERBS
    | FUNCTION
    | ADVERBS
    | wordset("thanks thank welcome hi hello dear congrats later also maybe")
)


def _strong(tok: Token) -> bool:
    """Suspect without context: unknown words, and listed names that are not words."""
    if tok.known:
        return False
    if tok.first or tok.last:
        return tok.cap or len(tok.low) >= 3
    # In no dictionary and on no list: capitalised, or typed in lower case.
    if tok.cap and not tok.sentence_start:
        return len(tok.low) >= 2
    # Lower case, or capitalised only because it opens a sentence: a form of a dictionary
    # word ("messaging", "Journaling", "daycare") is not suspect.
    return len(tok.low) >= 3 and not variant_of_word(tok.low.replace("'", ""))


_PLURAL_PEOPLE = _PLURAL_KIN | wordset(
    """
    people women men folks ladies children parents mothers fathers moms mums dads aunties
    aunts uncles grandmas grandmothers elders nieces nephews partners workers"""
)
"""Plural person words: never one woman's name ("Big Brothers Big Sisters called")."""
_OWNERS = wordset(
    "her his my their our your sa son ses ma mon mes ta ton tes leur leurs notre votre"
)
_NAME_HEADS = wordset("guy girl boy man lady mama")
"""Person words that end a street name: "Candy Girl", "fly guy", "Pretty Boy", "ice man"."""


_FR_ARTICLES = wordset("le la les un une des du au aux ce cet cette ces")
_FR_AUX = wordset(
    "a ai avons avez ont avait avais avaient aura est suis sont était étaient été être"
)
_FR_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us")
_FR_INFINITIVE_BEFORE = wordset(
    "va vais vont allait veut voulait peut pouvait doit devait faut fallait pour de à sans"
)


_FR_LOCATIVE = wordset("à a au aux en dans de d du des vers près depuis par sur sous")


_FR_ALSO_ENGLISH = wordset("pour par sans")
"""French prepositions that are English words too, yet before a name are French."""


def _after_french(prev: Token | None) -> bool:
    """True after a French word that English does not have ("avec", "chez", "à"), or "pour"."""
    if prev is None or prev.cap:
        return False
    lex = _lex()
    low = prev.low
    return low in lex.french and (low not in lex.words or low in _FR_ALSO_ENGLISH)


def _french_common(text: str, toks: list[Token], i: int) -> bool:
    """An unknown word in lower case that French grammar shows to be an ordinary word: after
    an article ("une buanderie", "du bénévolat"), a past participle after "a"/"est" ("a
    fabriqué", "est arrivée"), an infinitive after "va"/"pour" ("va souffler")."""
    tok, prev = toks[i], toks[i - 1]
    if not adjacent(text, prev, tok) or tok.first or tok.last:
        return False
    if prev.low in _FR_ARTICLES and not prev.cap and prev.low not in ("a", "an"):
        return text[prev.start : prev.end].islower()
    if prev.low in _FR_AUX and tok.low.endswith(_FR_PARTICIPLE) and prev.low != "a":
        return True
    if prev.low == "a" and tok.low.endswith(("é", "ée", "és", "ées")):
        return True  # "a baissé": an accent English names rarely end in
    return prev.low in _FR_INFINITIVE_BEFORE and tok.low.endswith(("er", "ir", "re"))


def _kin_bound(text: str, toks: list[Token], i: int) -> bool:
    """A word blocked as a title or a stop word that the sentence ties to kin: a person.

    Capitalised (not in capitals: "her ex WILL NOT" is emphasis), not a pronoun or a
    day. Right after a possessed person word (or set off by commas after it: "her sister,
    Justice,"), any such word: "her sister Justice", "my friend Will", "her friend Lady".
    Elsewhere only a title on a name list, not before a
    capitalised name (then it is a title: "Justice Smith"): "Justice came with her sister",
    "Justice, her cousin, came", "Justice and her baby".
    """
    tok = toks[i]
    if not tok.cap or tok.upper or tok.low in _PRONOUNS or tok.low in CALENDAR:
        return False
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    before_cap = nxt is not None and nxt.cap and adjacent(text, tok, nxt)
    if tok.low in TITLES and before_cap:
        return False  # "her lawyer Justice Moreau": a title before a name
    owned_kin = (
        prev is not None
        and prev.low in KIN_BEFORE
        and (prev.possessive or (i > 1 and toks[i - 2].low in _OWNERS))
    )
    if owned_kin and prev is not None:
        right_after = not tok.sentence_start and adjacent(text, prev, tok)
        set_off = (  # "her sister, Justice,"
            nxt is not None
            and gap(text, prev, tok).strip() == ","
            and gap(text, tok, nxt).strip() == ","
        )
        if right_after or set_off:
            return tok.low not in KIN_BEFORE and tok.low not in PERSON_NOUNS
    if tok.low not in TITLES or tok.low in NEVER or tok.low in KIN_BEFORE:
        return False
    if not (tok.first or tok.last):
        return False  # "Detective came with her partner": a role
    if _apposition(text, toks, i) or _and_her_kin(text, toks, i):
        return True
    verb = _verb_after(text, toks, i)
    return verb is not None and _her_kin_after(text, toks, verb)


def _run_then_person_verb(text: str, toks: list[Token], i: int) -> bool:
    """True for "Baby Girl shared", "Sugar Baby called", "BIG MAMA said": a name of two words.

    The first word opens a street name ("Baby", "Big", "Lil") or is a listed first or
    working name; the second is capitalised beside it (for a word never a name alone,
    such as "Girl" or "Man", only after a nickname prefix); a verb only a person does
    follows the pair. Not a place or a title ("Hope Mission called", "Big Sister
    Program"), nor plural people ("Big Brothers called").
    """
    tok = toks[i]
    nick = tok.low in NICK_PREFIXES
    if not (nick or tok.first) or i + 2 >= len(toks):
        return False
    second = toks[i + 1]
    if not second.cap or not adjacent(text, tok, second):
        return False
    low = second.low
    if (second.safe and not second.first) or low in CALENDAR or low in _PLURAL_PEOPLE:
        return False
    if low in PLACE_NOUNS or low in TITLE_HEADS or low in _PRONOUNS:
        return False
    if second.blocked and not (
        (nick and low not in FUNCTION and low not in DETERMINERS) or low in _NAME_HEADS
    ):
        return False  # "Girl" or "Man" ends a street name ("Baby Girl", "Candy Girl")
    if second.possessive:
        after = toks[i + 2]  # "Baby Girl's worker", "BIG MAMA's kids"
        return text[second.end : after.start] in _POSS and after.low in PERSON_NOUNS
    if _apposition(text, toks, i + 1) or _and_her_kin(text, toks, i + 1):
        return True  # "Baby Girl, her cousin, came", "Sugar Baby and her kids"
    verb = _verb_after(text, toks, i + 1)
    return verb is not None and (verb.low in PERSON_VERBS or _person_verb(text, toks, verb))


def _naming_context(toks: list[Token], i: int, text: str) -> bool:
    """True after "goes by", "named", "known as", "calls herself", "aka", "name is"."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.low in ("aka", "a.k.a") and near(text, toks[i], nxt):
        return True  # "Tiny aka Roo": both are her names
    if prev is None or not near(text, prev, toks[i]):
        return False
    before = toks[i - 2].low if i > 1 else ""
    if prev.low in _FR_NAMING and prev.low not in NAMING:
        if prev.low == "appeler":
            return before in ("fait", "faire", "faisait", "fais") and toks[i].cap
        if prev.low in ("appelle", "appelait"):
            return toks[i].cap  # "on l'appelait Bijou", "qu'on appelle Cerise"
        return toks[i].cap  # "surnommée Cerise", "dite Bijou"
    if prev.low in ("handle", "alias") and before not in _HANDLE_OWNERS:
        return False  # "how we handle anger": a verb, not her handle
    if prev.low in NAMING and not (prev.low in ("called", "calls") and toks[i].low in NEVER):
        # not "Victim Services called back", "each woman named one strength"
        return not (prev.low in _CALL_VERBS and toks[i].low in _NOT_A_NAME_AFTER_CALL)
    if prev.low == "by":
        return before in ("goes", "go", "going", "went", "gone")
    if prev.low == "call" and before in _CALLERS:
        return toks[i].low not in _NOT_A_NAME_AFTER_CALL  # "the one they call smokey"
    if prev.low == "as":
        return before in ("known", "know")
    if prev.low in ("herself", "himself", "themself", "themselves"):
        return before in ("calls", "called", "call", "calling", "named", "names")
    if prev.low == "is" or prev.low == "was":
        return before in ("name", "handle", "alias")
    return False


def _ordinary_opener(prev: Token) -> bool:
    """An ordinary word, capitalised because it opens the sentence (not one a name follows)."""
    return (
        prev.cap
        and prev.sentence_start
        and prev.word
        and not (prev.first or prev.last)
        and prev.low not in OBJECT_VERBS
        and prev.low not in PERSON_PREV_UNKNOWN
    )


def _person_context(text: str, toks: list[Token], i: int) -> bool:
    """True when the words around capitalised ``toks[i]`` say it is a person."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev_adj = prev is not None and adjacent(text, prev, tok)
    next_adj = nxt is not None and adjacent(text, tok, nxt)
    listed = tok.first or tok.last
    # A word listed only as a surname ("Coffee", "Cardinal") opening a sentence needs a
    # person's doing ("Cardinal came late"), not any verb ("Coffee brought everyone").
    weak = tok.last and not tok.first and tok.word and tok.sentence_start
    if tok.low in NICK_PREFIXES and next_adj and nxt is not None and not nxt.cap:
        return False  # "Big laughs during the warm-up": an adjective, not "Big Mike"
    if tok.word and not tok.first and tok.low in FEELINGS:
        return False  # "Guilt says…", "Shame tells her…": a feeling made to speak
    if tok.word and tok.low in _PLURAL_PEOPLE:
        return False  # "Big Brothers Big Sisters called": people, not a name
    if tok.known and _in_title(text, toks, i):
        return False  # "Orange Shirt Day", "National Indigenous Peoples Day": a title
    if tok.safe and prev_adj and prev is not None and prev.low in LOCATIVE:
        return False  # "in Alberta", "from Cochrane": a place
    if tok.safe and prev_adj and prev is not None and prev.cap and not prev.sentence_start:
        return False  # "Legal Aid Alberta said": the end of a service's name
    safe_word = tok.safe and not tok.first  # a language or a city that is also a surname
    if prev is not None and prev.low in TITLES and gap(text, prev, tok).strip() in ("", "."):
        if gap(text, prev, tok).strip() == "." and prev.low not in _ABBREVIATED_TITLES:
            return False  # "thanks to the Elder. Joy came back": a new sentence
        return not (tok.low in CALENDAR or tok.low in PLACE_NOUNS)
    if listed and nxt is not None and nxt.low == "who" and gap(text, tok, nxt).strip() == ",":
        return True  # "Victoria, who is nine"
    if listed and _apposition(text, toks, i):
        return True  # "Shadow, her pimp, was outside"
    if listed and _and_her_kin(text, toks, i):
        return True  # "coffee for Blossom and her baby"
    if listed and (_and_i(text, toks, i) or _object_of_care(text, toks, i)):
        return True  # "Honey and I talked", "Missed Honey today", "f/u w/ Honey re court"
    if (
        listed
        and prev is not None
        and prev.low in _NEWCOMER
        and gap(text, prev, tok).strip() == ":"
    ):
        return True  # "New woman: Honey."
    if listed and nxt is not None and nxt.low == "welcome" and gap(text, tok, nxt).strip() == ",":
        return True  # "Honey, welcome!"
    if listed and tok.first and tok.sentence_start and _labelled(text, toks, i):
        return True  # "Honey - court Monday", "Honey: needs bus tickets"
    if (
        prev is not None
        and prev.low in KIN_BEFORE
        and gap(text, prev, tok).strip() == ","
        and nxt is not None
        and gap(text, tok, nxt).strip() == ","
    ):
        return True  # "her pimp, Spider, took her phone"
    if prev_adj and prev is not None and prev.low in KIN_BEFORE:
        before = toks[i - 2] if i > 1 else None
        possessed = before is not None and before.low in DETERMINERS | {"'s"}
        # A capitalised person word not owned is part of a title: "Big Brothers Big Sisters".
        if possessed or prev.possessive or not (prev.sentence_start or prev.cap):
            if tok.low in CALENDAR:
                return False
            if tok.upper and prev.upper and tok.word and not tok.first:
                return False  # "her KIDS BACK": a phrase in capitals, for emphasis
            # "her worker Service Canada" is no one; "her ex Jordan Many Guns" is someone
            return not (next_adj and nxt is not None and nxt.cap and not listed)
    if (
        prev_adj
        and prev is not None
        and prev.low == "of"
        and i > 1
        and toks[i - 2].low in _FEAR_WORDS
    ):
        return True  # "she is scared of Edward"
    if (
        prev_adj
        and prev is not None
        and prev.low == "that"
        and _run_then_person_verb(text, toks, i)
    ):
        return True  # "we heard that Baby Girl got a spot"
    if prev_adj and prev is not None and prev.low == "that" and listed:
        verb = _verb_after(text, toks, i)
        if verb is not None and _person_verb(text, toks, verb):
            return True  # "we heard that Kitten got a spot"
    if prev_adj and prev is not None and prev.low in DETERMINERS:
        if prev.low in _ARTICLES or not (next_adj and nxt is not None):
            return False
        return nxt.low in PERSON_VERBS  # "one of Angel said": only a person says
    if _run_then_person_verb(text, toks, i):
        return True  # "Baby Girl shared", "Sugar Baby called": the verb follows the pair
    if next_adj and nxt is not None and nxt.cap and nxt.low in PLACE_NOUNS:
        return False
    if tok.possessive:
        if nxt is not None and not tok.safe and _is_state_after(toks, i):
            return True  # "Topaz's not coming back": "'s" is "is"
        return nxt is not None and nxt.low in PERSON_NOUNS and (listed or not tok.safe)
    if tok.low in PLACE_NOUNS or tok.low in CALENDAR:
        return False  # "Victoria Day", "Mother's Day", "Hope Street"
    if (
        prev is not None
        and tok.first
        and not tok.sentence_start
        and prev_adj
        and _after_french(prev)
    ):
        # "avec Rose", "pour Hope", "chez Marie": French capitalises little but names
        return not (tok.safe and prev.low in _FR_LOCATIVE)  # not "à Victoria"
    noun_after = nxt is not None and _plural_noun(text, toks, i + 1)
    if (
        next_adj
        and nxt is not None
        and tok.first
        and tok.sentence_start
        and nxt.low in FR_PERSON_VERBS
        and i + 2 < len(toks)
        and toks[i + 2].low in _lex().french
    ):
        return True  # "Marie veut que", "Rose a dit": a given name before a French verb
    if next_adj and nxt is not None and nxt.low in PERSON_VERBS and not noun_after:
        return True  # "the Welcome Angel said": only a person says
    follows_cap = (
        prev is not None
        and prev.cap
        and not prev.sentence_start
        and gap(text, prev, tok).strip() == ""
    )
    if follows_cap and not tok.sentence_start:
        return False  # part of a capitalised phrase: "Food Bank", "Legal Aid"
    opener = prev_adj and prev is not None and _ordinary_opener(prev)
    if opener and tok.word and not listed:
        return False  # "Gentle Yoga went ahead": a title of two ordinary words (not "Gave Jelly")
    if (
        opener
        and prev is not None
        and prev.low not in TITLES
        and tok.word
        and tok.last
        and not tok.first
        and not (next_adj and nxt is not None and nxt.low in PERSON_VERBS)
    ):
        return False  # "Girl Power was the theme": a word listed only as a surname, in a phrase
    verb = _verb_after(text, toks, i)
    if verb is not None and listed and _person_verb(text, toks, verb, strict=weak):
        return True  # "Sparkle still works", "Honey found it long", "Wren opened up"
    if (
        verb is not None
        and not tok.sentence_start
        and not tok.safe
        and prev_adj
        and _person_verb(text, toks, verb)
    ):
        return True  # "when Moth first put her on the stroll": capitalised mid-sentence
    if verb is not None and not tok.safe and _her_kin_after(text, toks, verb):
        return True  # "Tinsel brought her sister along"
    if nxt is not None and next_adj and not nxt.cap and not noun_after:
        if nxt.low in PERSON_VERBS:
            return True
        if nxt.low in SPEECH_VERBS and not tok.sentence_start:
            return not tok.safe  # a city "went up"; a listed city is a name by PERSON_VERBS
        if nxt.low in WEAK_VERBS and not tok.sentence_start and listed:
            return True
    if tok.sentence_start or prev is None or not prev_adj:
        return False
    if prev.low in PERSON_PREV and prev.low != "and":
        return not tok.safe or listed
    if prev.low == "from" and i > 1 and toks[i - 2].low in _NEWS_FROM and not tok.safe:
        return True  # "Heard from Starlight", "Text from Cherry"
    if listed and (prev.low in OBJECT_VERBS or prev.low == "about") and not safe_word:
        return True  # "Send Star the link", "Worried about Candy" (not "about English")
    if (
        prev.low in OBJECT_VERBS
        and not tok.safe
        and nxt is not None
        and (nxt.low in DETERMINERS or nxt.low in FUNCTION)
    ):
        return True  # "pair Sash with someone newer", "owes Dollar money"
    if (not tok.word or not listed) and prev.low in PERSON_PREV_UNKNOWN and not tok.safe:
        return True
    before = toks[i - 2] if i > 1 else None
    if prev.low == "of" and before is not None and before.low in _FEAR_WORDS:
        return True  # "she is scared of Edward"
    if tok.safe and not listed:
        return False
    return prev.low == "to" and before is not None and before.low in PERSON_PREV2


def _lower_person(text: str, toks: list[Token], i: int) -> bool:
    """A lower-case word that acts as a person: "ginger said she is not ready"."""
    tok = toks[i]
    # A dictionary word whose only listing is as a surname ("harm", "weeks", "music") is
    # a word in lower case; a surname in lower case comes after a first name (_joins).
    listed = tok.first or (tok.last and not tok.word)
    if tok.word and not tok.first and tok.low in FEELINGS:
        return False  # "grief told her to stay": a feeling made to speak
    prev = toks[i - 1] if i > 0 else None
    if tok.safe and prev is not None and prev.low in _SERVICE_ENDS and adjacent(text, prev, tok):
        return False  # "legal aid alberta said": the end of a service's name
    if tok.first and _lower_listed_person(text, toks, i):
        return True
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    if listed and tok.possessive and nxt_tok is not None and nxt_tok.low in PERSON_NOUNS:
        return not (prev is not None and prev.low in DETERMINERS)  # "cupcake's worker"
    if (
        listed
        and prev is not None
        and prev.low in KIN_BEFORE
        and i > 1
        and toks[i - 2].low in _POSSESSIVES
        and gap(text, prev, tok).strip() == ","
        and nxt_tok is not None
        and gap(text, tok, nxt_tok).strip() == ","
    ):
        return True  # "her pimp, bishop, took her phone" (not "a safe friend, music, a walk")
    if tok.first and (_and_i(text, toks, i) or _object_of_care(text, toks, i)):
        return True  # "honey and i talked", "missed honey today", "f/u w/ honey"
    if tok.first and tok.sentence_start and _labelled(text, toks, i):
        return True  # "honey - court monday"
    possessed = i > 1 and toks[i - 2].low in DETERMINERS  # "my support person"
    if (
        tok.first
        and prev is not None
        and not possessed
        and adjacent(text, prev, tok)
        and prev.low in (PERSON_OBJECT_VERBS if tok.word else OBJECT_VERBS)
    ):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is None
            or nxt.low in DETERMINERS
            or nxt.low in CALENDAR
            or nxt.low in (_AFTER_OBJECT if tok.word else FUNCTION)
        ):
            return True  # "send honey the link", "call angel on thursday"
    verb = _verb_after(text, toks, i)
    if verb is None:
        return False
    if verb.low not in PERSON_VERBS and not (listed and _person_verb(text, toks, verb)):
        return False
    if (
        tok.word
        and verb.low in NOUNISH_VERBS
        and nxt_tok is verb  # "lucky still works": an adverb between says it is a verb
        and not _object_pronoun_after(text, toks, verb)
    ):
        return False  # "invite volunteers", "big promises": a noun, not a verb ("texts me" is)
    if tok.word and verb.low.endswith("ed") and verb.low not in SPEECH_VERBS:
        return False  # "control and harm linked to": an -ed word says too little in lower case
    if prev is not None and prev.low in _NUMBERS:
        return False  # "for two weeks says": a count
    if tok.sentence_start or prev is None:
        return True
    on_a_list = tok.first or tok.last  # a surname too: "arenas said" (only a person says)
    if on_a_list and verb.low in PERSON_VERBS and prev.low not in _ARTICLES and not prev.possessive:
        return True  # "… angel said": only a person says
    between = gap(text, prev, tok).strip()
    if between.endswith((",", ";")) or (between == "" and prev.low in _CLAUSE_OPENERS | ADVERBS):
        return True  # ", sad said,": a clause of its own (also after a number: "Week 8, …")
    if between == "" and tok.first and prev.low in _CLAUSE_VERBS:
        return True  # "worried angel is using again": "that" left out
    return between == "" and prev.low in KIN_BEFORE and i > 1 and toks[i - 2].low in DETERMINERS


def _lower_listed_person(text: str, toks: list[Token], i: int) -> bool:
    """A listed first or working name in lower case in a frame only a person fits."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    before = toks[i - 2].low if i > 1 else ""
    if prev is not None and adjacent(text, prev, tok) and not tok.possessive:
        if prev.low == "from" and before in _NEWS_FROM:
            return True  # "heard from starlight"
        if prev.low == "to" and before in PERSON_PREV2:
            return True  # "happy birthday to peach"
    if tok.possessive and _is_state_after(toks, i):
        return True  # "ruby's not coming back"
    verb = _verb_after(text, toks, i)
    return verb is not None and _her_kin_after(text, toks, verb)  # "duchess brought her sister"


def _after_kin(text: str, toks: list[Token], i: int) -> bool:
    """A listed word in lower case right after a person word: "her worker arenas said"."""
    tok, prev = toks[i], toks[i - 1]
    if not adjacent(text, prev, tok) or tok.low in ADVERBS or tok.low in CALENDAR:
        return False
    if tok.low in _NOT_AFTER_KIN:
        return False  # "getting her daughter back,"
    if tok.word and (tok.low in SPEECH_VERBS or tok.low in WEAK_VERBS):
        return False  # "her partner said.", "her worker was"
    owned = i > 1 and toks[i - 2].low in _POSSESSIVES  # "her friend", not "social media"
    listed = tok.first or tok.last
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        prev.low in _PLURAL_KIN
        and tok.word
        and nxt is not None
        and adjacent(text, tok, nxt)
        and not nxt.cap
        and nxt.low not in _CONJUNCTIONS
    ):
        return False  # "her friends hang out there": a plural subject and its verb
    if tok.first and not tok.safe:
        return True
    if (
        tok.low in NICK_PREFIXES
        and nxt is not None
        and adjacent(text, tok, nxt)
        and nxt.low not in FUNCTION
        and nxt.low not in DETERMINERS
        and nxt.low not in SPEECH_VERBS
        and nxt.low not in WEAK_VERBS
        and not nxt.low.endswith(("ed", "ing"))
    ):
        return True  # "her ex big country keeps calling": a street name
    if nxt is None or not adjacent(text, tok, nxt):
        # followed by a comma, a full stop or the end: "her worker sad, ..."
        end = tok.end + (2 if tok.possessive else 0)
        verb_form = tok.low.endswith(("ed", "ing", "ly")) or tok.low in SPEECH_VERBS
        return listed or (owned and end < len(text) and text[end] in ",.;:" and not verb_form)
    return listed and (nxt.low in SPEECH_VERBS or nxt.low in WEAK_VERBS)


def _decide(text: str, toks: list[Token]) -> None:
    # Pass 1: names that need no context.
    for i, tok in enumerate(toks):
        if not tok.blocked:
            tok.name = _strong(tok) and not is_thing(text, toks, i)
            if tok.name and not tok.cap and i and _french_common(text, toks, i):
                tok.name = False
            if (
                tok.name
                and tok.cap
                and not (tok.first or tok.last)
                and i
                and toks[i - 1].cap
                and toks[i - 1].known
                and adjacent(text, toks[i - 1], tok)
                and _in_title(text, toks, i)
            ):
                tok.name = False  # "the Good Samaritan Drug Overdose Act": inside a title
    for i, tok in enumerate(toks[:-1]):
        after = toks[i + 1]
        if tok.possessive and after.low in EPONYM_NOUNS and text[tok.end : after.start] in _POSS:
            # "Clare's Law", "Jordan's Principle", "Maslow's hierarchy"
            tok.name = after.name = False
            tok.thing = after.thing = True
        elif tok.possessive and text[after.start : after.end] in ("Day", "Eve"):
            tok.name = False  # "Saint Patrick's Day", "Valentine's Day": a holiday
            tok.thing = True
    # Pass 2: known words, in context.
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok.name or tok.thing:
            continue
        naming = (i and toks[i - 1].low in _NAMING_BEFORE) or (
            i < last and toks[i + 1].low in ("aka", "a.k.a")
        )
        if naming and _naming_context(toks, i, text):
            # "goes by baby girl": whatever follows is her name, unless a pronoun or a stop word.
            tok.name = tok.low not in _PRONOUNS and tok.low not in FUNCTION
            tok.name = tok.name and tok.low not in DETERMINERS
            continue
        if tok.blocked:
            tok.name = _kin_bound(text, toks, i)  # "her sister Justice", "my friend Will"
            continue
        elif tok.cap:
            tok.name = _person_context(text, toks, i)
        elif i and toks[i - 1].low in KIN_BEFORE and _after_kin(text, toks, i):
            tok.name = True  # "her friend grace", "her worker arenas,"
        elif tok.first or tok.last or (i < last and toks[i + 1].low in _MAY_FOLLOW_A_PERSON):
            # A word on no list is a person in lower case only before a verb only a
            # person does (possibly after "still", "just"…): a quick test first.
            tok.name = _lower_person(text, toks, i)
    # Pass 3: neighbours of names (runs and lists), until nothing changes.
    todo = {j for i, tok in enumerate(toks) if tok.name for j in range(i - 3, i + 4)}
    while todo:
        nxt: set[int] = set()
        for i in sorted(todo):
            if not 0 <= i < len(toks):
                continue
            tok = toks[i]
            if tok.name or tok.thing or tok.low in TITLES or tok.low in _PRONOUNS:
                continue
            if tok.low in DETERMINERS and tok.low not in PARTICLES:
                continue  # "The Gladue report": "The" is never part of a name
            if _joins(text, toks, i):
                tok.name = True
                nxt.update(range(i - 3, i + 4))
        todo = nxt
    _clear_agencies(text, toks)


def _clear_agencies(text: str, toks: list[Token]) -> None:
    """Unflag a run of capitalised words that is a jurisdiction and what it does.

    "Service Canada", "Alberta Works", "Legal Aid Ontario", "Nova Scotia Health": an
    agency, not a person. A run with any other word ("Shannon Canada") is left as it is.
    """
    size = len(toks)
    for k, tok in enumerate(toks):
        if not tok.cap or tok.low not in JURISDICTIONS:
            continue
        i = j = k  # the run of capitalised words side by side around the jurisdiction
        while i > 0 and toks[i - 1].cap and adjacent(text, toks[i - 1], toks[i]):
            i -= 1
        while j + 1 < size and toks[j + 1].cap and adjacent(text, toks[j], toks[j + 1]):
            j += 1
        run = toks[i : j + 1]
        if (
            len(run) >= 2
            and any(t.low in AGENCY_WORDS and t.low not in JURISDICTIONS for t in run)
            and all(t.low in JURISDICTIONS or t.low in AGENCY_WORDS for t in run)
        ):
            for t in run:
                t.name = False
                t.thing = True


_CONJUNCTIONS = wordset("and or et y")
_SERVICE_ENDS = wordset("aid services service works health justice transit housing court police")
_POSSESSIVES = wordset(
    "her his my their our your sa son ses ma mon mes ta ton tes leur leurs notre votre"
)
_NUMBERS = wordset(
    """
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    few several many couple"""
)
_OBJECT_PRONOUNS = wordset("me her him us them you")


def _object_pronoun_after(text: str, toks: list[Token], verb: Token) -> bool:
    """True for "texts me", "calls her": the word before was a person doing it."""
    k = toks.index(verb)
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is not None and adjacent(text, verb, after) and after.low in _OBJECT_PRONOUNS


_AFTER_OBJECT = wordset(
    "to about on at for back home up with after before tomorrow tonight goodbye bye again"
)
"""After "send honey", "call angel": what follows a person, not a thing ("make money when")."""


def _title_adjacent(text: str, a: Token, b: Token) -> bool:
    """Side by side in a title, across a possessive too: "Saint Patrick's Day"."""
    if a.possessive:
        return text[a.end : b.start] in ("'s ", "’s ")
    return adjacent(text, a, b)


def _in_title(text: str, toks: list[Token], i: int) -> bool:
    """True when ``toks[i]`` opens or sits in a capitalised run that ends in a title word."""
    j, last = i, None
    while j + 1 < len(toks) and j - i < 6 and _title_adjacent(text, toks[j], toks[j + 1]):
        after = toks[j + 1]
        if after.cap:
            last = after
        elif after.low not in ("of", "for", "the", "and", "on", "against"):
            break
        j += 1
    return last is not None and last.low in TITLE_HEADS


def _list_neighbour(text: str, toks: list[Token], i: int, step: int) -> Token | None:
    """Return the token listed beside ``toks[i]``: "A, B", "A and B", "A & B"."""
    j = i + step
    if not 0 <= j < len(toks):
        return None
    a, b = (toks[i], toks[j]) if step > 0 else (toks[j], toks[i])
    if a.possessive:
        return None
    if toks[j].low in _CONJUNCTIONS:
        k = j + step
        if not 0 <= k < len(toks):
            return None
        first, second = (toks[i], toks[j]) if step > 0 else (toks[j], toks[i])
        third, fourth = (toks[j], toks[k]) if step > 0 else (toks[k], toks[j])
        if gap(text, first, second).strip(" ,") == "" and gap(text, third, fourth).strip() == "":
            return toks[k]
        return None
    return toks[j] if gap(text, a, b).strip() in (",", "&", "/") else None


def _run_word(tok: Token) -> bool:
    """A capitalised word that can be part of a name run."""
    return tok.cap and tok.low not in CALENDAR and not (tok.safe and not (tok.first or tok.last))


def _joins(text: str, toks: list[Token], i: int) -> bool:
    """True when ``toks[i]`` belongs with a neighbouring name."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if tok.low in PARTICLES and not tok.cap:
        # "Ana de la Cruz": a particle between capitalised parts of one name.
        return (
            prev is not None
            and prev.name
            and (prev.cap or prev.low in PARTICLES)
            and adjacent(text, prev, tok)
            and nxt is not None
            and adjacent(text, tok, nxt)
            and (nxt.cap or nxt.low in PARTICLES)
        )
    if prev is not None and prev.low in DETERMINERS and adjacent(text, prev, tok):
        return False
    if (
        prev is not None
        and prev.name
        and prev.low in NICK_PREFIXES
        and adjacent(text, prev, tok)
        and tok.low not in FUNCTION
        and tok.low not in CALENDAR
        and (tok.cap or not (tok.low in SPEECH_VERBS or tok.low in WEAK_VERBS))
    ):
        return (
            True  # "baby girl", "lil smoke", "Big Country": the whole street name (not "Lil said")
        )
    if not tok.cap:
        if nxt is not None and nxt.name and adjacent(text, tok, nxt) and tok.low in NICK_PREFIXES:
            return True  # "little dre"
        if (
            tok.low in _NAME_HEADS
            and prev is not None
            and prev.name
            and not prev.cap
            and adjacent(text, prev, tok)
        ):
            return True  # "goes by candy girl", "fly guy": the whole street name
        if (
            nxt is not None
            and nxt.name
            and not nxt.known
            and not nxt.cap
            and tok.first
            and adjacent(text, tok, nxt)
            and tok.low not in _SENTENCE_WORDS
            and tok.low not in WEAK_VERBS
            and not tok.blocked
        ):
            return True  # "destiny yellowbird": a first name before a surname in no dictionary
        if tok.low not in FUNCTION and tok.low not in NEVER and not tok.safe:
            # "Hadiza, Crys and butterfly": a listed name, or a word between two names.
            left = _list_neighbour(text, toks, i, -1)
            right = _list_neighbour(text, toks, i, 1)
            named = [o for o in (left, right) if o is not None and o.name]
            if len(named) == 2 or (tok.first and not tok.word and named):
                return True
            if (
                tok.first
                and tok.low not in ADVERBS
                and any(o.cap and not o.sentence_start for o in named)
            ):
                return True  # "Mai and honey stayed late": a listed name beside a name
            if tok.first and left is not None and left.name:
                # "Hadiza, Crys and butterfly": the end of a list of names.
                k = toks.index(left)
                further = _list_neighbour(text, toks, k, -1)
                return further is not None and further.name
        # "tasha smith": a listed surname after a lower-case name; "harpreet gill": even a
        # surname that is a word, after a name that is none.
        return (
            prev is not None
            and prev.name
            and not prev.cap
            and (tok.last or tok.first)
            and tok.low not in FUNCTION  # "heather from the library": "from" is no surname here
            and not (tok.word and tok.low in PERSON_VERBS)  # "kat said": the verb, not a surname
            and (not tok.known or (tok.last and not prev.word and not tok.safe))
            and adjacent(text, prev, tok)
        )
    # "Maria Brown", "Sarah Many Grey Horses": capitalised words after a name; a month or
    # a holiday too when it is also a name ("Aadi Noël", "Tamika May": the surname stayed).
    if prev is not None and prev.name and prev.cap and adjacent(text, prev, tok):
        named_date = tok.cap and tok.low in CALENDAR and (tok.first or tok.last)
        return _run_word(tok) or tok.low in PARTICLES or named_date
    # "Grace Kim", "Little Dre": a capitalised word before a name; a month or a holiday
    # that is also a given name too ("Noël Tremblay", "April Smith").
    given_date = tok.cap and tok.low in CALENDAR and tok.first
    if (
        nxt is not None
        and nxt.name
        and nxt.cap
        and adjacent(text, tok, nxt)
        and (_run_word(tok) or given_date)
    ):
        if given_date:
            return True
        if not tok.sentence_start or tok.low in NICK_PREFIXES:
            return True
        if tok.low in _SENTENCE_WORDS and tok.word:
            return False  # "Call Maria", "Ask Tasha": an imperative, not a first name
        if not tok.word or tok.first or tok.last:
            return True
        # "Gabs Mnqayi, born…": a word before a surname in no dictionary, unless it is
        # an imperative or a sentence word ("Call Mnqayi", "Then Mnqayi").
        return not nxt.known and tok.low not in _SENTENCE_WORDS
    # "Maria and Joy", "Treasure and Harjit": listed beside a name.
    if not _run_word(tok):
        return False
    for step in (-1, 1):
        other = _list_neighbour(text, toks, i, step)
        if other is not None and other.name and other.cap:
            return True
    return False


def find_names(text: str, protected: list[tuple[int, int]] | None = None) -> list[Span]:
    """Return a span for each run of names in ``text``.

    Args:
        text: the note.
        protected: character ranges never to flag (program words).
    """
    toks = tokens(text, protected or [])
    _decide(text, toks)
    spans: list[Span] = []
    run: Token | None = None
    for tok in toks:
        if not tok.name:
            continue
        if run is not None and spans and adjacent(text, run, tok):
            spans[-1] = Span(spans[-1].start, tok.end, "name")
        else:
            spans.append(Span(tok.start, tok.end, "name"))
        run = tok
    return spans
