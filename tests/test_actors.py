"""Actor vocabulary: aliases resolve to canonical actors with their countries."""

from __future__ import annotations

import pytest

from koreadiplo.actors import Actor, load_actors
from koreadiplo.errors import VocabularyError


@pytest.fixture(scope="module")
def vocab():
    return load_actors()


def names(vocab, text):
    return [(m.text, m.actor.name) for m in vocab.find(text)]


@pytest.mark.parametrize(
    "alias, name, country",
    [
        ("Pyongyang", "North Korea", "PRK"),
        ("the North", "North Korea", "PRK"),
        ("DPRK", "North Korea", "PRK"),
        ("Seoul", "South Korea", "KOR"),
        ("the Blue House", "Blue House", "KOR"),
        ("the White House", "White House", "USA"),
        ("Cheong Wa Dae", "Blue House", "KOR"),
        ("the presidential office", "presidential office", "KOR"),
        ("Washington", "United States", "USA"),
        ("the U.S.", "United States", "USA"),
        ("Beijing", "China", "CHN"),
        ("Moscow", "Russia", "RUS"),
        ("Tokyo", "Japan", "JPN"),
        ("the rivals", "the two Koreas", "KOR+PRK"),
        ("both Koreas", "the two Koreas", "KOR+PRK"),
        ("Kim Jong Un", "Kim Jong-un", "PRK"),
        ("Moon Jae-in", "Moon Jae-in", "KOR"),
        ("Yoon Suk-yeol", "Yoon Suk Yeol", "KOR"),
        ("Korean Central News Agency", "KCNA", "PRK"),
        ("Unification Ministry", "Ministry of Unification", "KOR"),
    ],
)
def test_alias_resolves_to_canonical_actor_and_country(vocab, alias, name, country):
    actor = vocab.get(alias)
    assert actor is not None and actor.name == name and actor.country == country
    assert names(vocab, f"Officials in {alias} said so.") == [(alias, name)]


def test_people_carry_country_role_and_kind(vocab):
    kim = vocab.get("Kim Jong-un")
    assert isinstance(kim, Actor) and kim.kind == "person" and kim.country == "PRK" and kim.role
    assert vocab.get("KCNA").kind == "outlet"
    assert vocab.get("UN Command").kind == "org"
    assert vocab.get("the two Koreas").kind == "group"


def test_longest_alias_wins_and_offsets_point_into_text(vocab):
    text = "South Korean President Moon Jae-in met North Korean leader Kim Jong Un."
    found = vocab.find(text, offset=100)
    assert [(m.text, m.actor.name) for m in found] == [
        ("South Korean", "South Korea"),
        ("Moon Jae-in", "Moon Jae-in"),
        ("North Korean", "North Korea"),
        ("Kim Jong Un", "Kim Jong-un"),
    ]
    assert all(text[m.start - 100:m.end - 100] == m.text for m in found)


def test_group_beats_its_parts(vocab):
    assert names(vocab, "North and South Korea restored the hotline.") == [
        ("North and South Korea", "the two Koreas")]


def test_sentence_initial_capital_and_curly_apostrophe(vocab):
    assert names(vocab, "The North cut the lines.") == [("The North", "North Korea")]
    assert names(vocab, "Kim Jong Un\u2019s sister spoke.") == [("Kim Jong Un\u2019s sister", "Kim Yo-jong")]


def test_case_and_word_boundaries(vocab):
    assert names(vocab, "Tell us about the house of Seoulites.") == []
    assert names(vocab, "It said US troops stay.") == [("US", "United States")]


def test_bare_kim_is_ambiguous_not_resolved(vocab):
    assert names(vocab, "Kim said the talks were over.") == []
    assert vocab.get("Kim") is None
    kims = {a.name for a in vocab.people_with_surname("Kim")}
    assert {"Kim Jong-un", "Kim Yo-jong", "Kim Yong-chol"} <= kims


def test_get_is_case_insensitive_and_returns_none_for_unknown(vocab):
    assert vocab.get("north korea").name == "North Korea"
    assert vocab.get("Atlantis") is None
    assert vocab.country_of("Pompeo") == "USA"


def test_extra_file_extends_vocabulary(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n  - name: Hyon Song-wol\n    country: PRK\n    role: Workers' Party official\n"
        "countries:\n  - name: North Korea\n    aliases: [the hermit kingdom]\n",
        encoding="utf-8",
    )
    vocab = load_actors(extra=[extra])
    assert vocab.get("Hyon Song Wol").country == "PRK"
    assert names(vocab, "The hermit kingdom fired a missile.") == [("The hermit kingdom", "North Korea")]
    assert vocab.get("North Korea").country == "PRK"


def test_alias_naming_two_actors_is_an_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("countries:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [X]\n",
                   encoding="utf-8")
    with pytest.raises(VocabularyError, match="names both"):
        load_actors(bad)


def test_malformed_file_is_a_vocabulary_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("planets:\n  - name: Mars\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="unknown section"):
        load_actors(bad)


@pytest.mark.parametrize("text, want", [
    ("Kwon Ho Ung, a Cabinet councilor, spoke.", []),  # not Kwon Young-se, whose alias is "Kwon"
    ("Yoon Do-han briefed reporters.", []),  # not Yoon Suk Yeol
    ("Finance Minister Kwon O-kyu led the delegation.", []),  # a one-letter syllable before the hyphen
    ("Kwon O. Kyu led the delegation.", ["Kwon Young-se"]),  # an initial with a period is no given name
    ("Rep. Yoon Sang-hyun met the minister.", []),
    ("Kwon said on Monday the talks would go on.", ["Kwon Young-se"]),
    ("Yoon Monday rejected the offer.", ["Yoon Suk Yeol"]),  # a weekday is no given name
    ("Yoon Suk Yeol and Moon Jae-in met.", ["Yoon Suk Yeol", "Moon Jae-in"]),
])
def test_a_surname_alias_followed_by_a_given_name_is_someone_else(vocab, text, want):
    assert [m.actor.name for m in vocab.find(text) if m.actor.kind == "person"] == want


@pytest.mark.parametrize("text, want", [
    ("Independent lawmaker Park Moon-soo spoke.", []),  # "Moon" is a syllable of his given name, not Moon Jae-in
    ("Rep. Choi Kwon-ho met the minister.", []),  # nor "Kwon" Kwon Young-se
    ("Moon spoke after Park Moon-soo.", ["Moon Jae-in"]),
    ("Moon-era officials met.", ["Moon Jae-in"]),  # a compound, after no family name: still the alias
])
def test_a_surname_alias_inside_a_hyphenated_given_name_is_someone_else(vocab, text, want):
    assert [m.actor.name for m in vocab.find(text) if m.actor.kind == "person"] == want


def test_a_lower_case_alias_opening_a_sentence_is_found(vocab):
    (m,) = vocab.find("Both Koreas want peace.")
    assert (m.actor.name, m.start, m.end) == ("the two Koreas", 0, 11)
    assert [x.actor.name for x in vocab.find("They say both Koreas want peace.")] == ["the two Koreas"]


def test_a_place_named_after_a_person_is_not_that_person():
    vocab = load_actors()
    assert [m.actor.name for m in vocab.find("A parade in Kim Il Sung Square.")] == []
    assert [m.actor.name for m in vocab.find("He studied at Kim Il-sung University.")] == []
    assert [m.actor.name for m in vocab.find("Kim Il-sung founded the state.")] == ["Kim Il-sung"]


@pytest.mark.parametrize("text", [
    "N. Korean leader's sister said Wednesday the South would pay dearly.",
    "The powerful sister of North Korea's leader warned of destruction.",
    "The powerful sister of North Korean leader Kim Jong Un warned Seoul.",
])
def test_the_leaders_sister_described_is_kim_yo_jong(vocab, text):
    # the longest alias wins: "sister of North Korean leader Kim Jong Un" is not Kim Jong-un
    assert [m.actor.name for m in vocab.find(text) if m.actor.kind == "person"] == ["Kim Yo-jong"]
