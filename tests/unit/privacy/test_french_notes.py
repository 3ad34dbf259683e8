"""The guard on notes written in French: plain French stays plain, names and ages are caught.

Figures on the French corpus (``tests/unit/privacy/realistic_fr/``):
``uv run python benchmarks/bench_guard_fr.py``.
"""

from __future__ import annotations

import pytest

from biy_tui.core.privacy import find
from tests.unit.privacy.realistic_fr import notes
from tests.unit.privacy.scoring import score


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.text_in(text), s.kind) for s in find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On a parlé de la honte avec le groupe, c'était très fort.",
        "Le groupe du mardi a bien aimé l'activité de collage.",
        "Elle est arrivée fatiguée, mais elle a participé à toute la rencontre.",
        "J'ai pris de ses nouvelles, elle n'a pas dormi depuis une semaine.",
        "Qu'elle soit là chaque fois, c'est déjà beaucoup. D'autres femmes l'ont remarqué.",
        "Elles ont partagé leur colère et leur peine, puis on a fait le suivi avec lui.",
        "Sa robe rose était belle. La lumière était claire et douce ce matin-là.",
    ],
)
def test_plain_french_is_not_flagged(text: str) -> None:
    assert _found(text) == []


def test_a_name_after_a_daughter_is_the_name_alone_and_the_age_is_an_age() -> None:
    assert _found("Sa fille Océane a 6 ans.") == [("Océane", "name"), ("6 ans", "age")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sa sœur Rose est venue la chercher.", "Rose"),
        ("Son chum Pierre l'attendait dehors.", "Pierre"),
        ("Son ex Claire l'a appelée hier.", "Claire"),
        ("Sa travailleuse Aimée est en congé.", "Aimée"),
        ("Son conjoint Gaétan est parti.", "Gaétan"),
        ("Son proxénète Ti-Loup la cherche.", "Ti-Loup"),
        ("Elle est venue avec l'amie d'Océane.", "Océane"),
    ],
)
def test_a_name_after_a_french_person_word_is_flagged_alone(text: str, name: str) -> None:
    assert _found(text) == [(name, "name")]


@pytest.mark.parametrize("name", ["Josée", "Marie-Ève", "Chantal", "Gaétan", "Nathalie", "Ti-Loup"])
def test_french_given_names_are_still_caught(name: str) -> None:
    assert _found(f"On a parlé avec {name} après la rencontre.") == [(name, "name")]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Âgée de 34 ans, elle est revenue aux études.", "34 ans"),
        ("Elle a 19 ans et elle vit seule.", "19 ans"),
        ("Elle avait 16 ans quand c'est arrivé.", "16 ans"),
        ("Son fils de 9 ans est en famille d'accueil.", "9 ans"),
    ],
)
def test_french_ages_are_ages(text: str, age: str) -> None:
    assert (age, "age") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il y a cinq ans, elle vivait dans la rue.",
        "Il y a 5 ans, elle vivait dans la rue.",
        "Elle est sobre depuis 3 ans.",
        "Elle a travaillé pendant 10 ans au même endroit.",
    ],
)
def test_a_french_duration_is_not_an_age(text: str) -> None:
    assert _found(text) == []


def test_held_out_french_notes_meet_their_targets() -> None:
    s = score(notes("test"))
    assert s.clean_rate <= 0.10
    assert s.recall(("name",)) >= 0.95
    assert s.recall(("age",)) >= 0.90
    assert s.recall(("phone", "email", "postal")) == 1.0
    assert s.precision() >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Il y avait une buanderie au sous-sol. Elle a fait du bénévolat.",
        "Sa consommation a baissé, elle va souffler un peu.",
        "Elle a rendez-vous à la Régie du logement.",
    ],
)
def test_french_grammar_shows_an_ordinary_word(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("9 ppl, claire late b/c of the bus.", "claire"),
        ("Session: 15 tonight incl. Des w/ her baby.", "Des"),
        ("The others clapped for Nee, and she went red.", "Nee"),
        ("She said she was 16 when t-bone first put her on the stroll.", "t-bone"),
    ],
)
def test_english_names_spelt_like_french_words_are_still_names(text: str, name: str) -> None:
    assert (name, "name") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle a 2 ans de sobriété.",
        "Elle a fait 3 ans de prison.",
        "Elle avait 20 ans d'expérience.",
    ],
)
def test_years_of_something_are_not_an_age(text: str) -> None:
    assert [kind for _, kind in _found(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dans la rue, c'est celle qu'on appelle Cerise.", "Cerise"),
        ("Elle se fait appeler Bambi au bar.", "Bambi"),
        ("On l'appelait Bijou quand elle travaillait.", "Bijou"),
        ("Elle était surnommée Caramel dans le milieu.", "Caramel"),
    ],
)
def test_a_french_working_name_is_a_name(text: str, name: str) -> None:
    assert (name, "name") in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rose a dit qu'elle reviendrait.", "Rose"),
        ("Claire nous a parlé de sa mère.", "Claire"),
        ("Aimée est partie plus tôt.", "Aimée"),
        ("On a pris un café avec Joséphine.", "Joséphine"),
        ("Pierre est venu la chercher.", "Pierre"),
    ],
)
def test_given_names_that_are_french_words_stay_checked(text: str, name: str) -> None:
    assert _found(text) == [(name, "name")]


@pytest.mark.parametrize(
    "text",
    [
        "Elle s'est sentie aimée par le groupe.",
        "Elle avait une robe rose et une tuque blanche.",
        "Ses idées étaient claires ce soir.",
    ],
)
def test_those_words_in_lower_case_in_french_are_words(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On a parlé avec Rose après la rencontre.", "Rose"),
        ("J'ai gardé une place pour Hope la semaine prochaine.", "Hope"),
        ("Elle est venue avec Grace et elles sont reparties ensemble.", "Grace"),
        ("Le café était chez Marie cette fois.", "Marie"),
    ],
)
def test_a_given_name_that_is_a_word_in_mid_sentence_in_french_is_a_name(
    text: str, name: str
) -> None:
    assert (name, "name") in _found(text)


def test_a_city_after_a_french_preposition_is_no_name() -> None:
    assert "name" not in [kind for _, kind in _found("Elle est partie à Victoria pour deux jours.")]


# --- the French corpus --------------------------------------------------------------


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_french_split_is_about_a_hundred_notes_and_a_third_clean(split: str) -> None:
    corpus = notes(split)
    assert len(corpus) >= 100
    assert sum(n.clean for n in corpus) >= 0.3 * len(corpus)
    kinds = [kind for n in corpus for _, _, kind in n.spans]
    assert kinds.count("name") >= 60
    assert kinds.count("age") >= 10


def test_french_labels_cover_their_words_exactly() -> None:
    for note in notes("dev") + notes("test"):
        for start, end, _ in note.spans:
            piece = note.text[start:end]
            assert piece and piece == piece.strip(), piece


def test_french_splits_share_no_template_nor_working_name_and_are_fixed() -> None:
    from tests.unit.privacy.realistic_fr import templates

    assert not set(templates.DEV + templates.DEV_CLEAN) & set(templates.TEST + templates.TEST_CLEAN)
    assert not set(templates.WORKING["dev"]) & set(templates.WORKING["test"])
    assert [(n.text, n.spans) for n in notes("test")] == [(n.text, n.spans) for n in notes("test")]
