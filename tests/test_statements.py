"""Statements: attribution forms, speakers, via chains, kinds, dates, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from koreadiplo import schema
from koreadiplo.reader import read_article
from koreadiplo.statements import extract_statements, load_cues

SEED = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "raw"
    / "2021-07-27_axios_north-south-korea-restart-hotline.txt"
)


def statements(text: str, published: str = "2021-07-27") -> pd.DataFrame:
    return extract_statements(read_article(text, published=published))


def one(text: str, published: str = "2021-07-27") -> dict:
    df = statements(text, published)
    assert len(df) == 1, df[["speaker", "quote"]].to_dict("records")
    return df.iloc[0].to_dict()


# ------------------------------------------------------------------------------------------ the seed article


@pytest.fixture(scope="module")
def seed():
    return extract_statements(read_article(SEED))


def test_seed_statements_and_speakers(seed):
    # the "Go deeper..." headline links to another story: its quote is that story's, not a row of this one
    assert list(seed["speaker"]) == ["Park Soo Hyun", "KCNA", "KCNA", "Joe Biden"]
    park = seed.iloc[0]
    assert park["speaker_role"] == "Blue House spokesperson"
    assert park["via"] == "AP"
    assert park["quote"].startswith("restore mutual confidence")
    assert seed.iloc[2]["cue"] == "added"
    assert seed.iloc[2]["quote"].startswith("In this regard")
    assert (
        seed.iloc[3]["quote"] == "a calibrated, practical approach that is open to and will explore diplomacy"
    )
    assert seed.iloc[3]["kind"] == "partial"
    assert "Go deeper" not in set(seed["section"])


def test_seed_table_matches_schema_and_offsets(seed):
    schema.validate(seed, "statements")
    text = read_article(SEED).text
    for row in seed.itertuples():
        span = text[row.char_start : row.char_end]
        assert span.strip('"\u201c\u201d').rstrip(",").startswith(row.quote[:20])
    assert list(seed["statement_id"]) == [f"{seed.article_id.iloc[0]}:S{i}" for i in range(1, len(seed) + 1)]
    assert len(seed) == 4


def test_empty_article_gives_empty_table():
    df = statements("The two Koreas held no talks this week.")
    assert df.empty
    schema.validate(df, "statements")


# ------------------------------------------------------------------------------------------ attribution forms


def test_quote_then_speaker_said():
    row = one('"We will not sit down with Seoul again," Kim Yo-jong said on Sunday.')
    assert (row["speaker"], row["kind"], row["cue"]) == ("Kim Yo-jong", "direct", "said")
    assert row["quote"] == "We will not sit down with Seoul again"


def test_speaker_said_then_quote():
    row = one('Kim Yo-jong said "the South will pay dearly for the leaflets."')
    assert (row["speaker"], row["kind"]) == ("Kim Yo-jong", "direct")


def test_inverted_said_speaker_who():
    row = one('"The line is open again," said Park Soo Hyun, who briefed reporters at the Blue House.')
    assert (row["speaker"], row["kind"]) == ("Park Soo Hyun", "direct")


def test_said_in_a_statement_that_full_clause_is_direct():
    row = one('The Unification Ministry said in a statement that "both lines were tested at 10 a.m."')
    assert row["speaker"] == "Ministry of Unification"
    assert row["kind"] == "direct"


def test_according_to_is_indirect_speech():
    row = one(
        "The North has not picked up the morning call since Aug. 10, according to the Unification Ministry."
    )
    assert (row["speaker"], row["kind"], row["cue"]) == (
        "Ministry of Unification",
        "indirect",
        "according to",
    )
    assert row["quote"] == "The North has not picked up the morning call since Aug. 10"


def test_per_outlet_relays_a_speaker_and_speaks_for_a_bare_report():
    row = one("North Korea said it would cut the hotline at noon, per AP.")
    assert (row["speaker"], row["via"], row["kind"]) == ("North Korea", "AP", "indirect")
    # with no speaker of its own the report is the outlet's (tests/corpus/README.md: "per X" introduces a statement)
    row = one("Pyongyang demolished the office on Tuesday afternoon, per AP.")
    assert (row["speaker"], row["quote"], row["kind"]) == ("AP", "Pyongyang demolished the office on Tuesday afternoon",
                                                           "indirect")
    assert pd.isna(row["via"])
    row = one("The six-car train left Dorasan station around 9 a.m., Yonhap reported.")
    assert row["speaker"] == "Yonhap"


@pytest.mark.parametrize("verb", ["warned", "noted", "added", "stressed"])
def test_other_reporting_verbs(verb):
    row = one(f'"Dialogue is the only way forward," Unification Minister Lee In-young {verb}.')
    assert row["speaker"] == "Lee In-young"
    assert row["speaker_role"] == "Unification Minister"
    assert row["cue"] == verb


def test_told_reporters_with_colon():
    row = one('Lee In-young told reporters: "We hope Pyongyang will answer our calls soon."')
    assert (row["speaker"], row["kind"]) == ("Lee In-young", "direct")


def test_the_statement_added_is_the_previous_speaker():
    df = statements(
        'KCNA said in a statement that "the lines were restored at 10 a.m."\n\n'
        '  \u2022 "The two leaders agreed to rebuild trust," the statement added.'
    )
    assert list(df["speaker"]) == ["KCNA", "KCNA"]
    assert df.iloc[1]["cue"] == "added"


def test_colon_lead_in_with_participle():
    row = one('North Korea cut the lines on Tuesday, saying: "There is no need to talk to Seoul."')
    assert (row["speaker"], row["cue"], row["kind"]) == ("North Korea", "saying", "direct")


def test_bullets_continue_a_lead_in_ending_in_a_colon():
    df = statements(
        "Kim Yo-jong said in a statement on Sunday:\n\n"
        '  \u2022 "The South Korean authorities will pay for the leaflets."\n\n'
        '  \u2022 "We will take the next step soon."'
    )
    assert list(df["speaker"]) == ["Kim Yo-jong", "Kim Yo-jong"]
    assert list(df["kind"]) == ["direct", "direct"]


def test_what_shes_saying_section():
    df = statements(
        "Why it matters: Relations soured again.\n\n"
        "What she's saying: Kim Yo-jong issued a statement on Thursday.\n\n"
        '  \u2022 "It is time to break off ties with the South."'
    )
    assert list(df["speaker"]) == ["Kim Yo-jong"]
    assert df.iloc[0]["section"] == "What she's saying"


def test_pull_quote_with_speaker_line():
    row = one(
        'North Korea issued a warning.\n\n"We have no more business with the South."\n\n'
        "\u2014 Kim Yo-jong, vice department director"
    )
    assert (row["speaker"], row["speaker_role"]) == ("Kim Yo-jong", "vice department director")


def test_headline_form_resolves_office_holder_by_date():
    row = one('South Korean president: Trump "broke his promises" on North Korea\n\nMore text follows here.')
    assert row["speaker"] == "Moon Jae-in"
    later = one(
        'South Korean president: North Korea "must answer the calls"\n\nMore text follows here.',
        published="2023-04-10",
    )
    assert later["speaker"] == "Yoon Suk Yeol"


@pytest.mark.parametrize(
    "links",
    [
        'Go deeper... South Korean president: Trump "broke his promises" on North Korea',
        'RELATED COVERAGE\nNorth Korea says it will "never" talk to Seoul\nSouth Korea says the lines are dead',
    ],
)
def test_links_to_other_stories_give_no_statements(links):
    df = statements(f"North Korea cut the hotline on Tuesday, Seoul said.\n\n{links}\n\nThe South protested.")
    assert list(df["speaker"]) == ["South Korea"]


def test_section_label_is_never_a_speaker():
    df = statements('Details: The agreement is "historic" for the peninsula.')
    assert "Details" not in set(df["speaker"])


def test_scare_quotes_without_speaker_give_no_row():
    assert statements('The so-called "hostile policy" remains an obstacle to talks.').empty


# ------------------------------------------------------------------------------------------ speakers


def test_bare_kim_is_the_speaking_kim():
    df = statements(
        "Kim Yo-jong, the sister of leader Kim Jong-un, said in a statement that "
        '"Seoul should stop dreaming." Kim added that the South had "lost its chance."'
    )
    assert list(df["speaker"]) == ["Kim Yo-jong", "Kim Yo-jong"]
    assert df.iloc[0]["speaker_role"] == "sister of leader Kim Jong-un"


def test_bare_kim_is_the_most_recent_full_name():
    row = one(
        "Kim Jong-un inspected a munitions factory on Monday.\n\n"
        'Kim said the country "must be ready for both dialogue and confrontation."'
    )
    assert (row["speaker"], row["speaker_country"], row["kind"]) == ("Kim Jong-un", "PRK", "partial")


def test_unknown_korean_name_then_surname():
    df = statements(
        "Unification Ministry spokesperson Lee Jong-joo said the North did not answer.\n\n"
        '"We will try again tomorrow," Lee said.'
    )
    assert list(df["speaker"]) == ["Lee Jong-joo", "Lee Jong-joo"]
    assert df.iloc[0]["speaker_role"] == "Unification Ministry spokesperson"
    assert df.iloc[0]["kind"] == "indirect"


def test_unnamed_speakers_keep_their_description():
    df = statements(
        "A South Korean military officer said the North did not answer the morning call.\n\n"
        '"It was a routine call," the officer said.\n\n'
        "Officials said the two sides used to talk twice a day."
    )
    assert list(df["speaker"]) == [
        "a South Korean military officer",
        "a South Korean military officer",
        "officials",
    ]
    assert df.iloc[0]["speaker_country"] == "KOR"


def test_pronoun_refers_to_previous_speaker():
    df = statements(
        '"The door to dialogue is open," Moon Jae-in said.\n\nHe said he hoped Kim would respond.'
    )
    assert list(df["speaker"]) == ["Moon Jae-in", "Moon Jae-in"]


def test_organisation_speaker_through_possessive_description():
    row = one(
        "Pyongyang's state-run Korean Central News Agency said in a statement that "
        '"the nation wants relations restored as early as possible."'
    )
    assert (row["speaker"], row["speaker_country"], row["kind"]) == ("KCNA", "PRK", "direct")


# ------------------------------------------------------------------------------------------ via chains


def test_via_chain_reported_according_to():
    row = one('Kim Yo-jong called the drills "reckless," KCNA reported, according to Yonhap.')
    assert (row["speaker"], row["via"], row["kind"]) == ("Kim Yo-jong", "Yonhap < KCNA", "partial")


def test_via_carried_by():
    row = one('"We are ready," Kim Yo-jong said in a statement carried by KCNA, according to Yonhap.')
    assert row["via"] == "Yonhap < KCNA"


def test_outlet_speaker_is_not_its_own_relay():
    row = one("KCNA said the lines would reopen at 10 a.m., according to Yonhap.")
    assert (row["speaker"], row["via"]) == ("KCNA", "Yonhap")


def test_agency_named_earlier_is_resolved():
    df = statements(
        "Yonhap reported the news on Tuesday.\n\n"
        '"It is a good sign," the South Korean news agency said, citing a government official.'
    )
    row = df.iloc[-1]
    assert (row["speaker"], row["via"]) == ("a government official", "Yonhap")


def test_quoted_as_saying():
    row = one('KCNA quoted Kim Yo-jong as saying: "Seoul is responsible for the collapse."')
    assert (row["speaker"], row["via"], row["kind"]) == ("Kim Yo-jong", "KCNA", "direct")


# ------------------------------------------------------------------------------------------ kinds and dates


def test_partial_quote_inside_writers_clause():
    row = one('The North called the drills "a rehearsal for invasion" and warned of a response.')
    assert (row["speaker"], row["kind"], row["cue"]) == ("North Korea", "partial", "called")


def test_indirect_speech_with_date_in_attribution():
    row = one("North Korea said on Tuesday it will cut all communication lines with the South.")
    assert row["kind"] == "indirect"
    assert row["quote"] == "it will cut all communication lines with the South"
    assert row["date"] == pd.Timestamp("2021-07-27") and row["date_precision"] == "day"


def test_date_inside_the_quote_is_not_the_statement_date():
    row = one('"The line was cut on June 9," the officer said.')
    assert row["date_precision"] == "reported"


def test_announcement_of_an_action_is_not_speech():
    assert statements("Seoul announced the restoration of the lines on Tuesday.").empty


def test_cues_file_loads_and_lists_offices():
    cues = load_cues()
    assert "said" in cues.reporting and "pledged" in cues.speech_act
    assert {o["country"] for o in cues.offices} >= {"KOR", "PRK", "USA"}


# ------------------------------------------------------------------------------------------ harder sentences


def test_participle_reports_speech_of_the_subject():
    row = one("KCNA also carried the news, saying the two leaders had agreed to rebuild trust.")
    assert (row["speaker"], row["kind"], row["cue"]) == ("KCNA", "indirect", "saying")
    assert row["quote"] == "the two leaders had agreed to rebuild trust"


def test_coordinated_said_shares_the_subject():
    row = one(
        "On June 9, North Korea cut every line with the South and said it would treat Seoul as an enemy.",
        published="2020-06-16",
    )
    assert (row["speaker"], row["quote"]) == ("North Korea", "it would treat Seoul as an enemy")


def test_parenthetical_abbreviation_in_speaker():
    row = one("The North fired two shells near the border on Tuesday, the Joint Chiefs of Staff (JCS) said.")
    assert (row["speaker"], row["kind"]) == ("Joint Chiefs of Staff", "indirect")


def test_relative_description_keeps_bare_surname_for_the_other_person():
    df = statements(
        "North Korean leader Kim Jong-un gave a speech on Wednesday.\n\n"
        'Kim\'s sister, Kim Yo-jong, said on Saturday that Seoul should drop its "double standards."\n\n'
        'In his speech, Kim called the U.S. offer "a cover for hostility."'
    )
    assert list(df["speaker"]) == ["Kim Yo-jong", "Kim Jong-un"]


def test_country_and_noun_known_under_another_alias():
    row = one(
        'Seoul\'s presidential office said it would "respond firmly" to any provocation.',
        published="2020-06-16",
    )
    assert (row["speaker"], row["speaker_country"]) == ("presidential office", "KOR")
    row = one("South Korea's presidential office said it would keep the hotline open.", published="2024-06-10")
    assert (row["speaker"], row["speaker_country"]) == ("presidential office", "KOR")
    row = one('"We condemn the attack," the White House said.', published="2010-11-23")
    assert (row["speaker"], row["speaker_country"]) == ("White House", "USA")


def test_quote_belongs_to_the_speaker_of_its_own_clause():
    df = statements(
        "The North has ignored the calls since Friday, Seoul said on Tuesday, and Unification "
        'Minister Kwon Young-se called the silence "deeply regrettable."',
        published="2023-04-11",
    )
    got = {(r.speaker, r.kind) for r in df.itertuples()}
    assert got == {("South Korea", "indirect"), ("Kwon Young-se", "partial")}
    assert list(df["char_start"]) == sorted(df["char_start"])


def test_yaml_booleans_are_rejected_in_word_lists(tmp_path):
    from koreadiplo.errors import VocabularyError

    bad = tmp_path / "cues.yaml"
    bad.write_text("reporting_verbs: [said, no]\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="quote words"):
        load_cues(bad)


def test_outlet_cited_by_another_outlet_is_the_inner_link():
    row = one('Kim Yo-jong said the South had "crossed the line," Yonhap reported, citing KCNA.')
    assert (row["speaker"], row["via"]) == ("Kim Yo-jong", "Yonhap < KCNA")


def test_outlet_citing_a_source_relays_it():
    row = one("Yonhap, citing a government source, reported that the North had not answered the call.")
    assert (row["speaker"], row["via"], row["kind"]) == ("a government source", "Yonhap", "indirect")


def test_two_named_speakers_are_kept_together():
    row = one("Moon and Biden said they would coordinate closely on North Korea.")
    assert row["speaker"] == "Moon Jae-in and Joe Biden"


# ------------------------------------------------------------------------------------------ wire-copy forms


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Officials in Seoul said North Korea did not pick up the morning call on the liaison line.",
            "North Korea did not pick up the morning call on the liaison line",
        ),
        (
            "The military hotline stayed silent for a third day, officials in Seoul said.",
            "The military hotline stayed silent for a third day",
        ),
        (
            "Pyongyang ignored the call, and officials in Seoul said they would keep trying twice a day.",
            "they would keep trying twice a day",
        ),
        (
            "North Korea stopped answering the phone, officials in Seoul said, a week after the lines reopened.",
            "North Korea stopped answering the phone",
        ),
    ],
)
def test_unnamed_officials_with_a_place(text, quote):
    row = one(text, published="2021-08-12")
    assert (row["speaker"], row["speaker_country"], row["kind"]) == ("officials in Seoul", "KOR", "indirect")
    assert row["quote"] == quote


@pytest.mark.parametrize("speaker", [
    "a former Unification Ministry official now teaching in Seoul",
    "a Unification Ministry official based in Seoul",
    "an analyst now teaching in Seoul",
])
def test_someone_described_with_a_participle_and_a_place_is_not_the_place(speaker):
    # the place at the end of the description is where the person is, not who speaks
    row = one(f'"Pyongyang usually waits to see what a new government does," said {speaker}.', published="2022-03-10")
    assert (row["speaker"], row["speaker_country"], row["kind"]) == (speaker, "KOR", "direct")


def test_attribution_followed_by_a_trailing_clause():
    row = one(
        "North Korea demolished the liaison office in Kaesong, state media reported Wednesday, "
        "a day after Kim Yo-jong threatened to do so.",
        published="2020-06-17",
    )
    assert (row["speaker"], row["quote"]) == ("state media", "North Korea demolished the liaison office in Kaesong")
    assert row["date"] == pd.Timestamp("2020-06-17")


def test_adverb_after_the_reporting_verb():
    row = one("South Korean troops remain on heightened alert along the border, the defense ministry said separately.")
    assert (row["speaker"], row["quote"]) == (
        "Ministry of National Defense",
        "South Korean troops remain on heightened alert along the border",
    )


def test_statement_carried_by_an_outlet_is_a_relay_not_the_quote():
    row = one(
        "The North will no longer be bound by the 2018 military agreement, the DPRK Ministry of National "
        "Defence said in a statement carried by KCNA on Thursday.",
        published="2023-11-24",
    )
    assert (row["speaker"], row["speaker_country"], row["via"]) == (
        "Ministry of National Defence of the DPRK",
        "PRK",
        "KCNA",
    )
    assert row["quote"] == "The North will no longer be bound by the 2018 military agreement"
    assert row["date"] == pd.Timestamp("2023-11-23")


def test_direct_quote_with_relay_published_by():
    row = one('"We will restore all military measures," the ministry said in a statement published by KCNA.')
    assert (row["kind"], row["via"], row["quote"]) == ("direct", "KCNA", "We will restore all military measures")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("North Korea's defense ministry said it would deploy new weapons along the border.",
         "Ministry of National Defence of the DPRK"),
        ("The DPRK Ministry of Foreign Affairs said the drills were a rehearsal for war.",
         "Ministry of Foreign Affairs of the DPRK"),
        ("The Committee for the Peaceful Reunification of the Fatherland said the talks were over.",
         "Committee for the Peaceful Reunification of the Country"),
        ("The General Staff of the KPA said its units would fire on any leaflet balloons.",
         "General Staff of the Korean People's Army"),
    ],
)
def test_north_korean_bodies(text, speaker):
    row = one(text, published="2024-01-10")
    assert (row["speaker"], row["speaker_country"]) == (speaker, "PRK")


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Moon told reporters the North had also agreed to send athletes to the Olympics.",
         "the North had also agreed to send athletes to the Olympics"),
        ("Moon told a news conference it was the first step toward lasting peace.",
         "it was the first step toward lasting peace"),
    ],
)
def test_told_listener_then_clause_without_that(text, quote):
    row = one(text, published="2018-01-10")
    assert (row["speaker"], row["kind"], row["quote"]) == ("Moon Jae-in", "indirect", quote)


def test_reported_clause_after_a_subordinator():
    row = one("- Oct. 4: the lines come back on, days after Kim Jong-un said he was willing to restore them.",
              published="2021-10-04")
    assert (row["speaker"], row["quote"]) == ("Kim Jong-un", "he was willing to restore them")


def test_date_words_after_said_end_the_attribution():
    row = one("Kim Jong-un said on Tuesday the South was the principal enemy.", published="2024-01-17")
    assert row["quote"] == "the South was the principal enemy"
    row = one("Kim Jong-un said on Sept. 29 that he was willing to restore the hotlines.", published="2021-09-30")
    assert row["quote"] == "he was willing to restore the hotlines"
    assert row["date"] == pd.Timestamp("2021-09-29")


def test_warned_with_an_object_is_not_reported_speech():
    assert statements("Kim Yo-jong warned Seoul on Saturday.").empty
    row = one("Kim Yo-jong warned Seoul would pay a high price for the leaflets.")
    assert row["quote"] == "Seoul would pay a high price for the leaflets"


def test_participle_after_a_role_with_the_name_in_apposition():
    row = one(
        "The chief North Korean delegate, Ri Son-gwon, brushed off the question, saying the talks had gone well.",
        published="2018-01-09",
    )
    assert (row["speaker"], row["speaker_role"]) == ("Ri Son-gwon", "chief North Korean delegate")
    assert row["quote"] == "the talks had gone well"


def test_time_adverbial_at_sentence_start_is_never_the_speaker():
    row = one(
        "Late Thursday, North Korean Foreign Minister Ri Yong Ho disputed the U.S. account, saying Pyongyang "
        "had sought only partial relief from sanctions.",
        published="2019-03-01",
    )
    assert row["speaker"] == "Ri Yong-ho"
    assert row["quote"] == "Pyongyang had sought only partial relief from sanctions"


def test_pronoun_subject_before_a_speech_act():
    df = statements(
        "Kim Jong-un toured the Mount Kumgang resort. He also ordered the removal of its South Korean-built "
        'hotels, and called the buildings "shabby."',
        published="2019-10-23",
    )
    assert list(df["speaker"]) == ["Kim Jong-un"]
    assert df.iloc[0]["quote"] == "shabby."


def test_defined_as_is_a_speech_act():
    row = one('Kim Jong-un defined inter-Korean ties as relations between "two states hostile to each other."',
              published="2024-01-01")
    assert (row["speaker"], row["kind"]) == ("Kim Jong-un", "partial")


def test_document_named_after_its_issuer():
    df = statements(
        "North Korea cut the hotlines at noon, KCNA said. The KCNA statement added that the South would "
        "be treated as an enemy from now on.",
        published="2020-06-09",
    )
    assert list(df["speaker"]) == ["KCNA", "KCNA"]
    assert df.iloc[1]["quote"] == "the South would be treated as an enemy from now on"
    row = one("A Unification Ministry statement said the morning call went through at 9 a.m.")
    assert row["speaker"] == "Ministry of Unification"


def test_according_to_a_statement_the_subject_speaks():
    row = one(
        "Pyongyang will deploy new weapons along the military demarcation line, according to a statement "
        "carried by state media.",
        published="2023-11-23",
    )
    assert (row["speaker"], row["via"], row["kind"]) == ("North Korea", "state media", "indirect")
    assert row["quote"].startswith("Pyongyang will deploy new weapons")


def test_country_named_in_front_of_another_countrys_body():
    row = one("Pyongyang's Ministry of National Defense said it would respond to the drills.", published="2023-11-23")
    assert (row["speaker"], row["speaker_country"]) == ("Ministry of National Defence of the DPRK", "PRK")
    row = one("China's Defense Ministry said it opposed the drills near the peninsula.", published="2023-11-23")
    assert row["speaker_country"] == "CHN" and row["speaker"] != "Ministry of National Defense"


def test_unqualified_body_in_a_statement_carried_by_state_media():
    row = one(
        '"We will take countermeasures," the defense ministry said in a statement carried by KCNA.',
        published="2023-11-23",
    )
    assert (row["speaker"], row["via"], row["kind"]) == ("Ministry of National Defence of the DPRK", "KCNA", "direct")


def test_pronoun_prefers_the_subject_and_respects_gender():
    df = statements(
        "Kim Yo-jong, the sister of leader Kim Jong-un, issued a statement on Saturday.\n\n"
        "She said the South would pay a dear price for the leaflets.",
        published="2020-06-13",
    )
    assert list(df["speaker"]) == ["Kim Yo-jong"]
    df = statements(
        "The sister of leader Kim Jong-un, Kim Yo-jong, spoke on Saturday.\n\n"
        "She said the South would pay a dear price for the leaflets.",
        published="2020-06-13",
    )
    assert list(df["speaker"]) == ["Kim Yo-jong"]
    df = statements(
        '"The door is open," Moon Jae-in said.\n\nKim Jong-un inspected a missile factory on Friday. '
        "He said the North needed more weapons.",
        published="2021-01-10",
    )
    assert list(df["speaker"]) == ["Moon Jae-in", "Kim Jong-un"]


def test_quote_broken_by_its_attribution_is_one_direct_quote():
    df = statements(
        "Kim Yo-jong issued a warning on Saturday.\n\n"
        '"Before long," she said in a statement, "the useless liaison office will be seen completely collapsed."',
        published="2020-06-13",
    )
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["speaker"], row["kind"]) == ("Kim Yo-jong", "direct")
    assert row["quote"] == "Before long, the useless liaison office will be seen completely collapsed."


@pytest.mark.parametrize(
    "text",
    [
        '"He looks just like our father," said a retired clerk who met her brother on screen, "only much older."',
        '"The door is small," said an official who asked not to be named, "but it is open."',
    ],
)
def test_a_description_of_the_speaker_between_the_parts_keeps_the_quote_direct(text):
    row = one(text, published="2005-08-15")
    assert row["kind"] == "direct"
    assert row["speaker"].startswith(("a retired clerk", "an official"))


@pytest.mark.parametrize(
    "text",
    [
        '"A new history begins now," Kim Jong-un said, standing beside Moon Jae-in at the border.',
        '"Sometimes you have to walk away," Trump told reporters in Hanoi before flying home.',
    ],
)
def test_trailing_phrase_after_the_attribution_keeps_the_quote_direct(text):
    assert one(text, published="2019-02-28")["kind"] == "direct"


def test_phrase_of_the_writers_clause_stays_partial():
    row = one('Kim Jong-un said the meeting was "a new start" for the two Koreas.', published="2018-04-27")
    assert row["kind"] == "partial"


@pytest.mark.parametrize(
    "text, speaker, via",
    [
        ('"We will never beg for dialogue," Kim Yo-jong was quoted as saying by KCNA.', "Kim Yo-jong", "KCNA"),
        ("A ministry official was quoted by Yonhap as saying the morning call went through.",
         "a ministry official", "Yonhap"),
    ],
)
def test_passive_quoted_as_saying(text, speaker, via):
    row = one(text, published="2023-04-11")
    assert (row["speaker"], row["via"]) == (speaker, via)


def test_speech_verb_in_a_relative_clause_is_its_own_statement():
    df = statements(
        "Trump said he walked away because the North wanted all sanctions lifted, a demand which Pompeo "
        "said would have rewarded Pyongyang for nothing.",
        published="2019-02-28",
    )
    assert list(df["speaker"]) == ["Donald Trump", "Mike Pompeo"]
    assert df.iloc[0]["quote"] == "he walked away because the North wanted all sanctions lifted"
    assert df.iloc[1]["quote"] == "would have rewarded Pyongyang for nothing"


def test_bare_surname_in_a_headline_is_the_only_one_named_later():
    df = statements(
        "Kim says the South is the main enemy\n\n"
        "North Korean leader Kim Jong-un said on Monday the South was the country's principal enemy.",
        published="2024-01-16",
    )
    assert set(df["speaker"]) == {"Kim Jong-un"}


# ------------------------------------------------------------------ round 2: two speakers, "it" in a sentence


def test_second_reporting_verb_after_and_is_its_own_statement():
    df = statements(
        "The Unification Ministry said on Tuesday it deeply regretted the demolition, and it warned that "
        "the North would bear full responsibility.",
        published="2020-06-16",
    )
    assert list(df["speaker"]) == ["Ministry of Unification", "Ministry of Unification"]
    assert list(df["cue"]) == ["said", "warned"]
    assert df.iloc[0]["quote"] == "it deeply regretted the demolition"
    assert df.iloc[1]["quote"] == "the North would bear full responsibility"


def test_while_another_speaker_said_splits_the_sentence():
    df = statements(
        "Kim Yo-jong said the liaison office would soon vanish, while the Unification Ministry said it "
        "would respond sternly to any provocation.",
        published="2020-06-16",
    )
    assert list(df["speaker"]) == ["Kim Yo-jong", "Ministry of Unification"]
    assert df.iloc[0]["quote"] == "the liaison office would soon vanish"
    assert df.iloc[1]["quote"] == "it would respond sternly to any provocation"


def test_though_it_called_gives_a_partial_quote_of_the_same_body():
    df = statements(
        'The Defense Ministry said it would not comment on the launch, though it called the test '
        '"a clear violation" of Security Council resolutions.',
        published="2022-01-05",
    )
    assert list(zip(df["cue"], df["kind"], df["quote"], strict=True)) == [
        ("said", "indirect", "it would not comment on the launch"),
        ("called", "partial", "a clear violation"),
    ]
    assert df.iloc[1]["speaker"] == df.iloc[0]["speaker"]


def test_it_after_and_is_the_body_that_opens_the_sentence():
    row = one(
        "The Unification Ministry issued a statement on Tuesday, and it said the morning calls had gone "
        "unanswered.",
        published="2023-04-11",
    )
    assert row["speaker"] == "Ministry of Unification"
    assert row["quote"] == "the morning calls had gone unanswered"


# ------------------------------------------------------------------ round 2: documents, outlets, parentheticals


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Moon Jae-in and Kim Jong-un met at Panmunjom on Friday. Moon said the day was historic. The two "
         "Koreas will seek a formal end to the war this year, the joint declaration said.", "the joint declaration"),
        ('Moon Jae-in and Kim Jong-un signed the pact in Pyongyang. Moon said it was a new start. Kim Jong-un '
         'will visit Seoul "in the near future," according to the agreement.', "the agreement"),
    ],
)
def test_a_signed_document_speaks_for_itself(text, speaker):
    df = statements(text, published="2018-09-19")
    assert df.iloc[-1]["speaker"] == speaker


def test_the_statement_alone_still_refers_back():
    df = statements(
        "KCNA said on Tuesday the liaison office had been blown up. The statement said the army would act next.",
        published="2020-06-16",
    )
    assert list(df["speaker"]) == ["KCNA", "KCNA"]


@pytest.mark.parametrize(
    "subject",
    ["North Korea's official KCNA news agency", "North Korea's KCNA state news agency", "the state-run KCNA agency"],
)
def test_a_known_outlet_described_as_an_agency_is_that_outlet(subject):
    row = one(f"{subject} said the army would redeploy troops to the border.", published="2020-06-17")
    assert row["speaker"] == "KCNA"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A senior Japanese official, speaking on condition of anonymity, said Tokyo would follow the summit "
         "closely.", "a senior Japanese official"),
        ("A South Korean official, who asked not to be named, said the summit would go ahead.",
         "a South Korean official"),
    ],
)
def test_a_parenthetical_between_speaker_and_verb_is_skipped(text, speaker):
    row = one(text, published="2018-06-11")
    assert row["speaker"] == speaker
    assert row["kind"] == "indirect"


# ------------------------------------------------------------------ round 2: names and descriptions


def test_bare_surname_of_a_korean_name_the_vocabulary_does_not_know():
    df = statements(
        "Hwang Pyong So led the North Korean delegation at the truce village. Officials said the talks ran "
        "past midnight. Hwang said the two sides had reached a deal.",
        published="2015-08-25",
    )
    assert df.iloc[-1]["speaker"] == "Hwang Pyong So"


def test_bare_surname_takes_the_latest_hyphenated_korean_name():
    df = statements(
        "Kim Yang-gon sat across from Kim Kwan-jin at Panmunjom. Kim said the loudspeakers would fall silent.",
        published="2015-08-25",
    )
    assert df.iloc[-1]["speaker"] == "Kim Kwan-jin"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We have waited five months for this," said the owner of a shoe factory.',
         "the owner of a shoe factory"),
        ('"The orders are coming back," said a manager at a textile plant, who declined to be named.',
         "a manager at a textile plant"),
    ],
)
def test_inverted_description_runs_to_the_end_of_the_phrase(text, speaker):
    row = one(text, published="2013-09-16")
    assert row["speaker"] == speaker
    assert row["kind"] == "direct"


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Seoul halted all operations at the Kaesong complex on Wednesday, saying the rocket launch broke "
         "the spirit of the agreements.", "the rocket launch broke the spirit of the agreements"),
        ("South Korea suspended the tours on Saturday, saying North Korean guards violated basic "
         "humanitarian norms.", "North Korean guards violated basic humanitarian norms"),
    ],
)
def test_saying_with_a_past_tense_clause_after_a_long_main_clause(text, quote):
    row = one(text, published="2016-02-11")
    assert (row["speaker"], row["cue"], row["quote"]) == ("South Korea", "saying", quote)


def test_stressing_an_object_noun_phrase_is_no_statement():
    assert statements("Seoul praised the allies, stressing the importance of dialogue.").empty


# ------------------------------------------------------------------ round 3: collective speakers, companies


def test_collective_speaker_the_two_sides():
    row = one("The two sides said they would hold military talks at Panmunjom next week.", "2018-04-20")
    assert row["speaker"] == "the two sides"
    assert row["quote"].startswith("they would hold military talks")


def test_company_name_is_an_org_and_the_company_refers_back():
    df = statements(
        "Daeyang Shipping Corp. said it had halted tours to Mount Kumgang. "
        "The company said it expected losses of several million dollars.",
        "2008-07-14",
    )
    assert list(df["speaker"]) == ["Daeyang Shipping Corp.", "Daeyang Shipping Corp."]
    assert df.iloc[1]["quote"].startswith("it expected losses")
    # a company of the actor vocabulary, under its canonical name
    df = statements("Hyundai Asan Corp. said it had halted the tours. The company said it expected losses.",
                    "2008-07-14")
    assert list(df["speaker"]) == ["Hyundai Asan", "Hyundai Asan"]


def test_subject_of_told_outlet_speaks_and_the_outlet_relays():
    row = one(
        "A Unification Ministry official, who declined to be named, told Yonhap that the liaison office "
        "had been demolished.",
        "2020-06-16",
    )
    assert row["speaker"] == "a Unification Ministry official"
    assert row["via"] == "Yonhap"
    assert row["quote"] == "the liaison office had been demolished"
    row = one('"We are watching the border closely," a military official told Reuters.', "2020-06-16")
    assert row["speaker"] == "a military official" and row["via"] == "Reuters" and row["kind"] == "direct"


def test_prepositional_or_which_parenthetical_between_speaker_and_verb_is_skipped():
    row = one("The Unification Ministry, in a statement, said the North had broken the 2018 agreement.", "2020-06-16")
    assert row["speaker"] == "Ministry of Unification"
    assert row["quote"] == "the North had broken the 2018 agreement"
    row = one(
        "The Unification Ministry, which handles relations with Pyongyang, said the demolition was regrettable.",
        "2020-06-16",
    )
    assert row["speaker"] == "Ministry of Unification"


def test_told_a_capitalised_listener_with_the():
    row = one("North Korea told the United Nations it would not attend the session.", "2019-09-10")
    assert row["speaker"] == "North Korea"
    assert row["quote"] == "it would not attend the session"


def test_according_to_a_statement_by_someone_names_its_author():
    row = one(
        "According to a statement by a spokesman for the Unification Ministry, the reunions will be held in "
        "August at Mount Kumgang.",
        "2018-06-22",
    )
    assert row["speaker"] == "Ministry of Unification"
    assert row["quote"].startswith("the reunions will be held")


def test_trailing_according_to_a_name_opening_with_a_number_after_a_which_clause():
    row = one(
        "Commercial satellite images show new construction at the Sohae site, which had been quiet in March, "
        "according to 38 North.",
        "2019-03-07",
    )
    assert row["speaker"] == "38 North"
    assert row["quote"] == (
        "Commercial satellite images show new construction at the Sohae site, which had been quiet in March"
    )


def test_possessive_body_speaks_for_the_owners_country():
    row = one("Moon's government announced it would send 50,000 tons of rice to the North.", "2019-06-19")
    assert row["speaker"] == "South Korea"
    row = one("Biden's administration said it remained open to talks without preconditions.", "2021-05-21")
    assert row["speaker"] == "United States"
    df = statements(
        "President Moon Jae-in returned to Seoul on Sunday. Trump and Kim would shake hands at the border "
        "village, per the president's office.",
        "2019-06-30",
    )
    assert list(df["speaker"]) == ["South Korea"]


def test_speaker_noun_of_a_lower_case_body_before_the_verb():
    row = one("The owner of a clothing firm in the zone said his workers had lost their jobs overnight.", "2016-02-12")
    assert row["speaker"].lower().startswith("the owner of a clothing firm")
    row = one("A worker at a shoe factory said the machines were left behind.", "2016-02-12")
    assert row["speaker"] == "a worker at a shoe factory"


def test_said_in_a_text_message_to_reporters_that():
    row = one(
        "The Unification Ministry said in a text message to reporters that the liaison office had been destroyed.",
        "2020-06-16",
    )
    assert row["speaker"] == "Ministry of Unification"
    assert row["quote"] == "the liaison office had been destroyed"


def test_the_official_is_the_official_the_text_introduced():
    df = statements(
        "A senior South Korean defense official briefed lawmakers on Friday. "
        "The official said the North had fired two short-range missiles.",
        "2019-07-26",
    )
    assert list(df["speaker"]) == ["a senior South Korean defense official"]
    assert df.iloc[0]["speaker_country"] == "KOR"


def test_adverb_between_commas_after_the_speaker_is_skipped():
    row = one("The Unification Ministry, meanwhile, said it regretted the North's decision.", "2020-06-16")
    assert row["speaker"] == "Ministry of Unification"
    assert row["quote"] == "it regretted the North's decision"


@pytest.mark.parametrize(
    "text, speaker, country",
    [
        ("An aide to President Moon Jae-in said the North had not replied.", "an aide to President Moon Jae-in",
         "KOR"),
        ("An aide to the president said the North had not replied.", "an aide to the president", None),
        ('"We can start now," said a senior official in Yoon Suk Yeol\'s office.',
         "a senior official in Yoon Suk Yeol's office", "KOR"),
        ('The head of one of the 120 South Korean companies in the zone said, "We waited for months."',
         "the head of one of the 120 South Korean companies in the zone", "KOR"),
        ('"We waited for months," said the head of one of the firms.', "the head of one of the firms", None),
    ],
)
def test_someone_described_through_a_person_or_a_group_keeps_the_description(text, speaker, country):
    row = one(text, published="2025-08-15")
    assert row["speaker"] == speaker
    assert (row["speaker_country"] if isinstance(row["speaker_country"], str) else None) == country


def test_a_denial_by_someone_else_ends_the_reported_clause_and_owns_its_participle():
    df = statements(
        "SEOUL (AP) — South Korean officials said the North had removed some loudspeakers, but Kim Yo Jong "
        "denied it on Thursday, saying the North had not removed any.\n",
        published="2025-08-15",
    )
    assert list(zip(df["speaker"], df["quote"], strict=True)) == [
        ("South Korean officials", "the North had removed some loudspeakers"),
        ("Kim Yo-jong", "the North had not removed any"),
    ]
    # the same speaker going on ("but he dismissed ...") keeps one statement
    df = statements(
        "SEOUL (AP) — Kim Jong Un said he is willing to restore the lines in October, but he dismissed U.S. "
        "offers of talks, KCNA reported.\n",
        published="2021-09-30",
    )
    assert list(df["speaker"]) == ["Kim Jong-un"]


def test_the_statement_is_from_whoever_issued_one_not_from_a_person_characterised_in_between():
    df = statements(
        "SEOUL (AP) — North Korea's military said Wednesday it will shut off its southern border.\n\n"
        'The announcement came after leader Kim Jong Un called the South a "primary foe" this year.\n\n'
        '"We will cut off the roads connected to the ROK," the statement said.\n',
        published="2024-10-09",
    )
    direct = df[df["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Korean People's Army"]
    assert "Kim Jong-un" in set(df["speaker"])  # the characterised words stay his


def test_a_dashed_pull_quote_line_may_describe_its_speaker():
    df = statements(
        " date 2025-08-15 Lee vows to restore the pact\n\nPresident Lee Jae-myung said on Friday he would restore "
        "the pact.\n\n“We can start by ourselves, without waiting for Pyongyang.”\n— A senior official in Lee's "
        "office, speaking to reporters\n",
        published="2025-08-15",
    )
    direct = df[df["kind"] == "direct"].iloc[0]
    assert direct["speaker"] == "a senior official in Lee's office"
    assert direct["speaker_role"] is None or direct["speaker_role"] != direct["speaker_role"]  # no role: how he spoke


def test_a_bullet_date_label_before_the_speaker_and_a_second_verb_of_the_same_speaker():
    df = statements(
        " date 2024-06-09 Balloons\n\nThe North has sent balloons.\n\n- May 28: The North began sending balloons "
        "loaded with trash, saying it was retaliating for leaflets launched by activists.\n- June 2: Pyongyang said "
        "it would stop, but warned that it would resume if the leaflets kept coming.\n",
        published="2024-06-09",
    )
    assert list(zip(df["speaker"], df["quote"], strict=True)) == [
        ("North Korea", "it was retaliating for leaflets launched by activists"),
        ("North Korea", "it would stop"),
        ("North Korea", "it would resume if the leaflets kept coming"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The border will stay quiet," said a lecturer in security studies at a university in Busan.',
         "a lecturer in security studies at a university in Busan"),
        ('"I waited 60 years for this," said an 88-year-old woman from Gangneung as she boarded the bus.',
         "an 88-year-old woman from Gangneung"),
        ('"I waited 60 years for this," an 88-year-old woman from Gangneung said before boarding.',
         "an 88-year-old woman from Gangneung"),
        ('"The talks matter," said a fellow at a private research institute in Seoul on Tuesday.',
         "a fellow at a private research institute in Seoul"),
        ('"The talks matter," said a defense ministry official in a briefing.', "a defense ministry official"),
        ('"The sanctions bite," said a professor of North Korean politics at a Seoul university.',
         "a professor of North Korean politics at a Seoul university"),
        # a capitalised description stops before its subordinator too
        ('"We waited all day," said a South Korean Red Cross delegate as the bus pulled away.',
         "a South Korean Red Cross delegate"),
    ],
)
def test_an_unnamed_speaker_keeps_the_whole_description_with_its_place(text, speaker):
    row = one(text)
    assert (row["speaker"], row["kind"]) == (speaker, "direct")


def test_a_korean_name_with_a_one_syllable_given_name_before_an_appositive():
    df = statements(
        "Pyongyang rejected the offer that he and President Kim Il Sung meet.\n\n"
        "The rejection came in a statement by Pak Il, a vice president, read over Pyongyang radio.\n\n"
        "Pak said the North would talk only to a new government in Seoul.\n",
        published="1981-01-19",
    )
    assert list(zip(df["speaker"], df["quote"], strict=True)) == [
        ("Pak Il", "the North would talk only to a new government in Seoul"),
    ]


@pytest.mark.parametrize(("text", "speaker"), [
    ("An Chol Ho said his side was willing to resume the Red Cross talks.", "An Chol Ho"),
    ("An Chol-ho, the delegation's spokesman, said his side was willing to resume the Red Cross talks.", "An Chol-ho"),
])
def test_the_family_name_an_opening_a_full_korean_name_is_no_article(text, speaker):
    row = one(text, "1990-09-06")
    assert (row["speaker"], row["quote"]) == (speaker, "his side was willing to resume the Red Cross talks")


def test_a_bare_an_before_said_is_the_family_name_of_the_an_named_before():
    df = statements(
        "An Chol-ho, the delegation's spokesman, said his side was ready to talk.\n\n"
        "An said the South had to act first.\n",
        published="1990-09-06",
    )
    assert list(zip(df["speaker"], df["quote"], strict=True)) == [
        ("An Chol-ho", "his side was ready to talk"), ("An Chol-ho", "the South had to act first"),
    ]


def test_he_or_she_refers_back_to_the_unnamed_official_who_spoke_last():
    df = statements(
        "Prime Minister Han Seung-soo said the tours would go on.\n\n"
        "A defense ministry official said troops were on alert. \"Nobody wants a clash,\" he said.\n\n"
        "A Unification Ministry spokeswoman said the ministry had sent a message. \"We are waiting,\" she said.\n"
    )
    got = dict(zip(df["quote"], df["speaker"], strict=True))
    assert got["Nobody wants a clash"] == "a defense ministry official"
    assert got["We are waiting"] == "a Unification Ministry spokeswoman"


def test_a_document_from_someone_speaks_for_its_author():
    row = one('"The line will be open at 9 a.m.," the notice from the North\'s Red Cross said.')
    assert row["kind"] == "direct" and "Red Cross" in row["speaker"]
    row = one("A statement from the Ministry of Unification said the talks would go ahead on Friday.")
    assert row["speaker"] == "Ministry of Unification"


def test_a_bare_surname_is_not_the_relative_named_in_an_appositive():
    df = statements(
        "Kim Yo-jong, the powerful younger sister of leader Kim Jong-un, has turned down Seoul's offer, "
        "state media said.\n\nKim said the offer was \"naive\" and that Pyongyang would not reply.\n"
    )
    assert set(df.loc[df["quote"].str.contains("naive|reply"), "speaker"]) == {"Kim Yo-jong"}
    # the person named as the object of a sentence is still the bare surname of the next one
    row = one("President Moon met Kim Jong-un at Panmunjom.\n\nKim said the talks had been frank.\n")
    assert row["speaker"] == "Kim Jong-un"


def test_an_appositive_with_a_relative_clause_keeps_the_named_speaker():
    row = one('"We will keep in close contact," Ri Son Gwon, chairman of a state agency that handles '
              'inter-Korean affairs, said on state TV.')
    assert (row["speaker"], row["kind"], row["via"]) == ("Ri Son-gwon", "direct", "state TV")


def test_responding_by_an_action_is_no_statement_but_by_saying_is():
    assert statements("North Korea responded by cutting the military hotline.").empty
    row = one("Seoul responded by saying it would keep the liaison office open.")
    assert (row["speaker"], row["quote"]) == ("South Korea", "it would keep the liaison office open")


@pytest.mark.parametrize(
    "text",
    [
        '"There is nothing left to discuss," a South Korean official said after the delegates returned to Seoul.',
        '"A signature does not disarm anyone," said a Western diplomat in Seoul who follows the North closely.',
        '"Closing the park would be the last card," said an analyst at a research institute who asked not to be '
        'named.',
    ],
)
def test_a_quotation_opening_the_sentence_is_direct_whatever_follows_the_attribution(text):
    assert one(text)["kind"] == "direct"


def test_according_to_someone_who_is_no_outlet_the_inner_speaker_speaks():
    row = one("According to Seoul's chief negotiator, Lee Jae-hwan, the North Korean delegate, Pak Chol, said "
              "during a heated exchange over the agenda that the talks were over.")
    assert (row["speaker"], row["quote"]) == ("Pak Chol", "the talks were over") and pd.isna(row["via"])
    row = one("According to Yonhap, the North said it would cut the line.")
    assert (row["speaker"], row["via"]) == ("North Korea", "Yonhap")


def test_an_auxiliary_after_an_appositive_keeps_the_speaker():
    row = one('Kim Yo-jong, the leader\'s powerful sister, had warned on Saturday that "before long the office '
              'would be seen collapsing."')
    assert (row["speaker"], row["kind"]) == ("Kim Yo-jong", "direct")


def test_a_letter_described_by_its_author_speaks_for_them_and_it_goes_on():
    df = statements(
        "North Korea said Tuesday it was cancelling the talks.\n\n"
        "In a message to the South's negotiator, the North's chief delegate, Kim Ryong-song, called the drills "
        '"a grave provocation," KCNA said.\n\n'
        "The talks will not be rescheduled, the message said. It added that the South must apologise first."
    )
    rows = df[["speaker", "quote"]].values.tolist()
    assert rows[0][0] == "North Korea"
    assert [r[0] for r in rows[1:]] == ["Kim Ryong-song"] * 3
    assert rows[3][1].startswith("the South must apologise")


def test_it_after_a_statement_from_a_body_is_still_the_body():
    df = statements("North Korea said Tuesday it was cancelling the talks. It added that Seoul was to blame.")
    assert list(df["speaker"]) == ["North Korea", "North Korea"]


def test_an_instruction_told_to_someone_is_an_indirect_statement():
    row = one("In a speech on Friday, Kim Jong-un told officials to prepare for a long standoff, "
              "according to the Korean Central News Agency (KCNA).")
    assert (row["speaker"], row["kind"], row["cue"], row["via"]) == ("Kim Jong-un", "indirect", "told", "KCNA")
    assert row["quote"].startswith("to prepare for a long standoff")  # the instruction keeps its "to"


def test_a_quotation_in_the_clause_someone_reports_is_theirs_not_the_closing_sources():
    row = one('The North\'s chief delegate, Kim Ryong-song, told the South in a message that his side could not '
              'come because of "unavoidable reasons", South Korean officials said.')
    assert (row["speaker"], row["kind"], row["cue"]) == ("Kim Ryong-song", "partial", "told")
    # with no reporting clause before it, the closing attribution is the speaker
    row = one('The talks were put off because of "unavoidable reasons", South Korean officials said.')
    assert row["speaker"] == "South Korean officials"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The border is open again," said a South Korean engineer.', "a South Korean engineer"),
        ('"The border is open again," a South Korean engineer said.', "a South Korean engineer"),
        ('"The border is open again," said a retired South Korean navy captain.',
         "a retired South Korean navy captain"),
    ],
)
def test_someone_described_by_a_noun_the_lists_do_not_know_is_not_their_country(text, speaker):
    assert one(text)["speaker"] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The park could be closed, a diplomat in Seoul said on condition of anonymity.",
        "The park could be closed, said a diplomat who spoke on condition of anonymity.",
    ],
)
def test_a_closing_attribution_with_an_adjunct_after_it_reports_what_comes_before(text):
    row = one(text)
    assert row["speaker"].startswith("a diplomat") and row["quote"] == "The park could be closed"


def test_one_of_a_group_is_the_speaker_and_goes_on_in_the_next_quotation():
    df = statements('"The factories will come," said one of the South Korean engineers, who gave only his '
                    'family name. "I never thought I would see it."')
    assert list(df["speaker"]) == ["one of the South Korean engineers"] * 2


def test_a_condition_before_a_parenthetical_attribution_keeps_the_main_clause():
    df = statements('"It is over," said Moon Jae-in.\n\nIf the North refused, he added, the talks would end.')
    assert df.iloc[1]["quote"] == "If the North refused, the talks would end"


def test_the_spokesman_is_the_one_introduced_with_his_body():
    df = statements("A spokesman for the Unification Ministry said Friday that the talks were off, per Yonhap.\n\n"
                    "The office would stay closed, the spokesman said.")
    assert list(df["speaker"]) == ["Ministry of Unification"] * 2
    assert pd.isna(df.iloc[1]["via"])  # his second statement names no relay


def test_the_statement_is_the_one_the_text_named_by_its_author():
    df = statements(
        "The decision came in a statement by Kim Yong Ju, the North's co-chairman of the committee.\n\n"
        "Kim Dae-jung was released five days later, saying he had been bound.\n\n"
        "The statement said the North would not continue the talks."
    )
    assert df.iloc[-1]["speaker"] == "Kim Yong Ju"


@pytest.mark.parametrize(
    "issued",
    [
        "Kim Yo Jong, the powerful sister of leader Kim Jong Un, issued a statement on Tuesday criticizing Seoul.",
        "The North's Committee for the Peaceful Reunification of the Country released a lengthy statement.",
    ],
    ids=["person-with-appositive", "body"],
)
def test_the_statement_is_that_of_whoever_issued_it(issued):
    df = statements(
        f"{issued}\n\n"
        "Unification Minister Kim Yeon-chul offered to resign on Wednesday. He said he took responsibility for the "
        "worsening ties.\n\n"
        "The statement also demanded that Seoul punish the activists, KCNA said."
    )
    last = df.iloc[-1]
    assert last["quote"] == "Seoul punish the activists"
    assert last["speaker"] != "Kim Yeon-chul"  # the last to speak did not write the statement
    assert last["via"] == "KCNA"


def test_a_bare_surname_is_not_the_relative_named_after_his_or_her():
    df = statements(
        "North Korean leader Kim Jong Un said on Thursday he was open to talks with the South.\n\n"
        "It was the first time Kim, who took over after his father Kim Jong Il died in 2011, had raised the idea.\n\n"
        "Kim also said the drills staged by the South had to stop."
    )
    assert df.iloc[-1]["quote"] == "the drills staged by the South had to stop"
    assert df.iloc[-1]["speaker"] == "Kim Jong-un"


def test_a_described_speaker_with_a_hyphenated_modifier_and_an_of_phrase():
    row = one('"She is setting the terms," a Seoul-based analyst of North Korean politics told Axios.')
    assert row["speaker"] == "a Seoul-based analyst of North Korean politics"
    df = statements("South Korea's Wi Sung-lac and Ri Yong-ho, a North Korean vice foreign minister newly confirmed "
                    "as Pyongyang's chief envoy, talked for two hours in Bali.")
    assert df.empty  # "confirmed" after an adverb reports nothing


def test_a_bare_surname_with_its_side_is_the_name_of_that_side():
    df = statements(
        "South Korea's Kim Jang-soo and the North's Kim Il-chol signed a statement on Thursday.\n\n"
        "South Korea's Kim told reporters that the gap between the two sides was wide.\n\n"
        "The North's Kim said the sea border had to be redrawn."
    )
    assert list(df["speaker"]) == ["Kim Jang-soo", "Kim Il-chol"]


def test_less_common_surnames_and_an_age_among_the_modifiers():
    df = statements(
        "Prime Minister Chung Won-shik and his northern counterpart Yon Hyong-muk signed the documents.\n\n"
        "Yon rejected the demand, saying the North had already opened its sites.\n\n"
        'At the station, a 67-year-old retired railway worker said he was bitterly disappointed. "My father rode '
        'this line as a boy," he said.'
    )
    assert list(df["speaker"]) == ["Yon Hyong-muk"] + ["a 67-year-old retired railway worker"] * 2


def test_a_bare_title_appositive_and_an_unknown_service_or_office():
    row = one("Kim Tae-hyo, first deputy director of the National Security Office, said Thursday that the presidential "
              "office would wait.")
    assert row["speaker"] == "Kim Tae-hyo"
    df = statements("The Presidential Security Service said a team examined the debris and found nothing dangerous. "
                    "It said it was watching for further balloons.")
    assert list(df["speaker"]) == ["Presidential Security Service"] * 2


def test_us_funded_broadcasters_are_outlets_not_the_united_states():
    row = one("Voice of America reported Tuesday that satellite images showed vehicles around the buildings.")
    assert (row["speaker"], row["speaker_country"]) == ("Voice of America", "USA")
    assert one("RFA said the North had moved the boats.")["speaker"] == "Radio Free Asia"


@pytest.mark.parametrize(
    "outlet, name",
    [("Kyodo News", "Kyodo"), ("the Korea Times", "The Korea Times"), ("Agence France-Presse", "AFP"),
     ("the Hankook Ilbo", "Hankook Ilbo")],
)
def test_more_agencies_and_korean_dailies_are_outlets(outlet, name):
    row = one(f'Ri Son Gwon spoke on Friday.\n\nRi likened the ties to "a cart that runs toward peace," {outlet} '
              "reported.")
    assert (row["speaker"], row["via"], row["kind"]) == ("Ri Son-gwon", name, "partial")
    row = one(f"Satellite images show the roof has been removed, per {outlet}.")
    assert row["speaker"] == name


def test_a_long_appositive_after_a_name_that_names_no_one_else():
    row = one("Kim Yang Gon, a senior ruling party secretary in charge of relations with the South, said during a "
              "visit to the zone that what happened next depended on the South.")
    assert (row["speaker"], row["quote"]) == ("Kim Yang Gon", "what happened next depended on the South")
    # an appositive that names another person is not read this way
    df = statements("North Korea's National Defense Commission, the country's top governing body led by Kim Jong Il, "
                    'dismissed the report as a "fabrication" in a statement.')
    assert "Kim Jong-il" not in set(df["speaker"])


def test_an_honorific_before_a_name_is_not_part_of_the_speaker():
    df = statements(
        "North Korea's chief delegate Pak Song-chol spoke first. Mr Pak said military representatives should meet "
        "first.\n\n"
        "Mr. Chang Ki-young said reconvening the committee would be pointless.\n\n"
        "Mr Juan Antonio Samaranch said he may ask for help."
    )
    assert list(df["speaker"]) == ["Pak Song-chol", "Chang Ki-young", "Juan Antonio Samaranch"]


def test_the_role_noun_after_a_titled_name_is_that_person():
    df = statements(
        "Unification Minister Kim Yeon-chul met reporters on Monday. The minister said talks would resume.\n\n"
        "The North demanded an apology for comments by General Kim Tae-young, the new chairman of the Joint Chiefs "
        "of Staff. At a hearing, the general said the South would strike.\n\n"
        "A military officer said the drills would go on. The officer said they were defensive."
    )
    assert list(df["speaker"]) == ["Kim Yeon-chul", "Kim Tae-young", "a military officer", "a military officer"]


def test_the_norths_military_general_staff_is_the_kpa_general_staff():
    row = one("The North's military General Staff said it would send troops back to the zone, per KCNA.")
    assert (row["speaker"], row["via"]) == ("General Staff of the Korean People's Army", "KCNA")


def test_he_after_a_sentence_opening_with_someone_described_is_that_person():
    df = statements(
        "Kim Dae-jung was released on Monday, saying he had been bound.\n\n"
        "A senior government official reached by telephone dismissed the broadcast.\n\n"
        '"The kidnapping is a pretext," he said.'
    )
    assert df.iloc[-1]["speaker"] == "a senior government official"


def test_a_named_person_after_a_countrys_possessive_speaks():
    row = one("North Korea's Yon Hyong Muk said political and military confrontation had to end first.")
    assert (row["speaker"], row["speaker_country"]) == ("Yon Hyong Muk", "PRK")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Kim Jong-un demanded that the South stop the drills.", 1),
        ("Kim Jong-un demanded an apology.", 0),  # an act, not reported speech
        ("The notice was an apology, which Seoul had demanded since the clash.", 0),
    ],
)
def test_demanded_that_reports_speech(text, n):
    assert len(statements(text)) == n


def test_the_spokesman_is_not_the_person_whose_words_he_relayed():
    df = statements("Kim Jong-un said the talks were over, according to a South Korean spokesman.\n\n"
                    "Seoul rejected the demands, the spokesman said.")
    assert list(df["speaker"]) == ["Kim Jong-un", "a South Korean spokesman"]


def test_a_message_signed_by_someone_speaks_for_them_and_state_radio_is_state_media():
    df = statements('The brief message was handed over at Panmunjom. It was signed by Kim Yong Sun, the chief '
                    'negotiator, officials said.\n\nThe message said the meeting "will not be held as scheduled".')
    assert df.iloc[-1]["speaker"] == "Kim Yong Sun"
    row = one("The leader died early Friday, state radio announced Saturday.")
    assert (row["speaker"], row["kind"]) == ("state media", "indirect")


@pytest.mark.parametrize("text", [",SAID", "said a", "said one of", "The statement by"])
def test_fragments_ending_where_a_speaker_should_start_give_no_row_and_no_error(text):
    assert statements(text).empty


def test_an_office_is_held_by_whoever_held_it_when_the_sentence_says():
    row = one("During Jimmy Carter's visit to Pyongyang last month, the North Korean leader told him he was ready "
              "to meet his southern counterpart.", published="1994-07-11")
    assert row["speaker"] == "Kim Il-sung"
    row = one("The North Korean leader said on Tuesday that the talks were off.", published="1994-07-11")
    assert row["speaker"] == "Kim Jong-il"


def test_described_speakers_with_a_place_or_a_field_of_study():
    r = one("An analyst at a think tank in Seoul said the North had reasons to keep talking.")
    assert r["speaker"] == "an analyst at a think tank in Seoul" and r["speaker_country"] == "KOR"
    r = one("A researcher at a state-run institute in Seoul said the inspections would decide it.")
    assert r["speaker"] == "a researcher at a state-run institute in Seoul"
    # a country named as an adjective inside the description is not the speaker
    r = one('"Talks will not resume soon," said a professor of North Korean studies at a university in Busan.')
    assert r["speaker"] == "a professor of North Korean studies at a university in Busan"
    assert pd.isna(r["speaker_country"])  # the field of study gives no nationality, and Busan is not known


def test_a_known_body_with_its_seat_and_a_person_after_a_title_with_a_complement():
    r = one('The Unification Ministry in Seoul voiced "deep regret" over the move.')
    assert r["speaker"] == "Ministry of Unification" and r["kind"] == "partial"
    r = one("Secretary of State Warren Christopher said last week that Washington backed Seoul.")
    assert r["speaker"] == "Warren Christopher"
    r = one("Minister of Foreign Affairs Kang Kyung-wha said the talks would go ahead.")
    assert r["speaker"] == "Kang Kyung-wha"


def test_a_trailing_in_a_statement_carried_by_names_the_relay_and_is_not_quoted():
    r = one("Kim Yo-jong said ties depended on Seoul's attitude, in a statement carried by KCNA.")
    assert r["quote"] == "ties depended on Seoul's attitude" and r["via"] == "KCNA"


def test_warned_with_a_listener_reports_an_instruction_or_a_clause():
    df = statements("Kim Yong-chol warned the South's defense minister to be careful with his words.\n\n"
                    "Kim Yo-jong warned Seoul that the leaflets would hurt relations.\n\n"
                    "The ministry warned the move would backfire.")
    assert df["quote"].tolist() == ["to be careful with his words", "the leaflets would hurt relations",
                                    "the move would backfire"]
    # a request ("urged X to") and a relative clause ("who asked not to be named") report nothing
    assert statements("The United States urged Seoul to keep up the pressure on the North.").empty
    df = statements("A South Korean official who asked not to be named was more cautious.")
    assert df.empty


def test_subjects_listeners_and_adjuncts_before_the_reported_clause():
    df = statements("The communique was read out in Seoul by Lee Hu-rak, the spy chief, and in Pyongyang by "
                    "Kim Yong Ju, a younger brother of Premier Kim Il Sung.\n\n"
                    'Lee disclosed that he had slipped into Pyongyang in May. He told reporters the two sides had '
                    'entered "a new era of dialogue."', "1972-07-04")
    assert df[["speaker", "kind"]].values.tolist() == [["Lee Hu-rak", "indirect"], ["Lee Hu-rak", "partial"]]
    # "disclosed" without "that" attributes nothing
    r = one('State media confirmed that the new text "clearly defines" the South as a hostile state, the first '
            'time Pyongyang has disclosed any part of it.')
    assert r["speaker"] == "state media"
    r = one("The South's chief delegate, Lee Yung-dug, told his northern counterpart, Li Chong Yul, that he hoped "
            "for an early reunion.")
    assert (r["speaker"], r["quote"]) == ("Lee Yung-dug", "he hoped for an early reunion")
    r = one("Former U.S. President Jimmy Carter said late last month, after a trip to Pyongyang, that Kim Jong-il "
            "was willing to meet Lee.")
    assert (r["speaker"], r["quote"]) == ("Jimmy Carter", "Kim Jong-il was willing to meet Lee")


def test_a_description_before_a_relative_clause_and_a_signed_text_named_again():
    r = one("In Kangnung, a 58-year-old fish seller whose nephew took part in the search said by telephone that "
            "she was relieved.")
    assert (r["speaker"], r["quote"]) == ("a 58-year-old fish seller", "she was relieved")
    r = one("A South Korean official who asked not to be named said the talks were over.")
    assert r["speaker"] == "a South Korean official"
    df = statements("The joint communique was read out in both capitals.\n\n"
                    "Reunification is to be achieved by peaceful means, according to the communique.")
    assert df["speaker"].tolist() == ["joint communique"]


def test_quantified_descriptions_modifiers_after_a_possessive_and_a_relatives_name():
    r = one('"We left the lights on in the office," one Hyundai Asan employee told reporters after crossing.')
    assert (r["speaker"], r["kind"]) == ("one Hyundai Asan employee", "direct")
    r = one("Another passenger, a retired teacher from Busan, said she had been told not to talk politics.")
    assert r["speaker"] == "another passenger"
    df = statements('On Monday, a spokesman for the North\'s tourism authorities said in a statement carried by KCNA '
                    'that the South had "completely given up" its rights. Nothing could be taken out of the zone, '
                    "he said.")
    assert set(df["speaker"]) == {"a spokesman for the North's tourism authorities"}
    assert set(df["via"]) == {"KCNA"}
    # the relation leads to the person ("known_relations" in cues.yaml), and "dismissed ... as" quotes
    df = statements('The powerful sister of North Korean leader Kim Jong Un on Friday dismissed the offer as "the '
                    'height of absurdity" and said the North would have nothing to do with him.')
    assert df[["speaker", "kind"]].values.tolist() == [["Kim Yo-jong", "partial"], ["Kim Yo-jong", "indirect"]]


def test_appositives_with_and_and_adjuncts_of_time_after_the_verb():
    r = one("Kim Yo-jong, the younger sister and close aide of leader Kim Jong-un, warned Thursday that Pyongyang "
            "could tear up the agreement, per state news agency KCNA.")
    assert (r["speaker"], r["quote"], r["via"]) == ("Kim Yo-jong", "Pyongyang could tear up the agreement", "KCNA")
    r = one("Seoul's Unification Ministry said hours later that it was already preparing legislation.")
    assert r["quote"] == "it was already preparing legislation"
    # "but he dismissed ..." goes on with the same speaker: the closing outlet is a relay, not a second speaker
    df = statements("North Korean leader Kim Jong Un said he is willing to restore the lines in early October, but "
                    "he dismissed U.S. offers of talks as a cover for hostility, the Korean Central News Agency "
                    "reported.")
    assert df["speaker"].tolist() == ["Kim Jong-un"]


def test_a_pronoun_after_which_or_what_is_the_last_actor_of_its_kind_before_it():
    df = statements("A defector group said it would send more leaflets.\n\n"
                    "Seoul's Unification Ministry said hours later that it was preparing a law to stop the launches, "
                    "which it said raise tension and litter border towns.")
    assert df["speaker"].tolist() == ["a defector group", "Ministry of Unification", "Ministry of Unification"]
    r = one("South Korea switched its loudspeakers back on two days after Pyongyang conducted a nuclear test, "
            "which it claimed was its first hydrogen bomb.")
    assert (r["speaker"], r["quote"]) == ("North Korea", "was its first hydrogen bomb")
    r = one('Yoon Suk Yeol laid out what he calls an "audacious initiative" in a speech on Monday.')
    assert (r["speaker"], r["kind"]) == ("Yoon Suk Yeol", "partial")


def test_ranks_before_names_repeated_that_and_one_after_the_verb():
    r = one('Gen. Vincent Brooks, the American who heads the command, said the armistice "was challenged."')
    assert r["speaker"] == "Vincent Brooks"
    r = one("Col. Chad Carroll, a spokesman, told reporters that the command had notified the North.")
    assert r["speaker"] == "Chad Carroll"
    df = statements("The State Department announced on Sept. 30 that diplomats would be allowed more contact, and it "
                    "repeated that Washington was willing to take part in talks.")
    assert df["quote"].tolist() == ["diplomats would be allowed more contact",
                                    "Washington was willing to take part in talks"]
    r = one('"We will wait," said one Western diplomat, who asked not to be named.')
    assert (r["speaker"], r["kind"]) == ("one Western diplomat", "direct")


def test_an_indirect_clause_and_a_quotation_held_by_a_second_verb_are_two_statements():
    df = statements("Kim Yo-jong said no one would trade the country's destiny for economic cooperation and mocked "
                    'Yoon as "really simple and still childish."')
    assert df[["speaker", "kind", "quote"]].values.tolist() == [
        ["Kim Yo-jong", "indirect", "no one would trade the country's destiny for economic cooperation"],
        ["Kim Yo-jong", "partial", "really simple and still childish."],
    ]


def test_a_gendered_pronoun_before_a_bare_family_name_picks_the_person_of_that_gender():
    df = statements("Kim Yo-jong, the sister of leader Kim Jong-un, issued a statement on Thursday. Kim Jong-un did "
                    "not comment.\n\nIn her statement, Kim said the North could pull out of the Kaesong park.")
    assert df["speaker"].tolist() == ["Kim Yo-jong"]


def test_a_participle_after_a_comma_gives_the_words_to_the_subject_not_to_the_noun_after_it():
    r = one('The ministry blamed the North for the clash, calling the patrol\'s entry "a grave provocation."')
    assert (r["speaker"], r["kind"], r["quote"]) == ("the ministry", "partial", "a grave provocation.")
    r = one("The North Korean delegates stayed away, complaining that Seoul had missed a deadline.")
    assert (r["speaker"], r["quote"]) == ("the North Korean delegates", "Seoul had missed a deadline")


def test_speakers_described_with_a_place_name_an_age_a_hyphenated_title_or_an_opening_time_phrase():
    r = one('"Nobody waits to be told twice," a Yeonpyeong resident in his 60s told reporters by phone.')
    assert r["speaker"] == "a Yeonpyeong resident in his 60s"
    r = one('Kim Song-il, a director-general at the Foreign Ministry, said Pyongyang had "no intention" of talks.')
    assert r["speaker"] == "Kim Song-il"
    r = one("On Friday Deputy Prime Minister Rha Woong-bae said no more rice would be shipped.")
    assert (r["speaker"], r["quote"]) == ("Rha Woong-bae", "no more rice would be shipped")
    r = one("The plant has about 300 workers on its lines, according to the shipping company.")
    assert r["speaker"] == "the shipping company"


def test_documents_released_by_a_body_and_joint_statements_speak_and_the_company_is_the_one_just_named():
    r = one("The two sides agreed to field a unified team, according to a statement released by the Unification "
            "Ministry.")
    assert r["speaker"] == "Ministry of Unification"
    assert one("The two sides agreed to field a unified team, according to a joint statement.")["speaker"] == (
        "a joint statement")
    r = one("The North will send a team, according to a statement carried by KCNA.")  # an outlet only carries it
    assert (r["speaker"], r["via"]) == ("North Korea", "KCNA")
    r = one("Hyundai Asan learned of the death six hours after the shooting, the company said.")
    assert r["speaker"] == "Hyundai Asan"
    df = statements("Hyundai Asan runs the tours. A new kitchenware maker opened a plant on Tuesday.\n\n"
                    "It employs 300 workers, the company said.")
    assert df["speaker"].tolist() == ["the company"]  # a company named sentences before is not assumed


def test_an_outlet_reporting_that_someone_said_something_relays_them():
    df = statements("KCNA reported late Thursday that the North's delegates had warned that its artillery was ready "
                    "to strike.")
    assert df[["speaker", "via", "quote"]].values.tolist() == [
        ["the North's delegates", "KCNA", "its artillery was ready to strike"]]
    r = one("Yonhap reported that Kim Yo-jong had said the talks were over.")
    assert (r["speaker"], r["via"]) == ("Kim Yo-jong", "Yonhap")
    r = one("The ministry said the talks were over.")  # no outlet: nothing relayed
    assert pd.isna(r["via"])


def test_an_opening_place_without_its_comma_is_not_part_of_the_speaker():
    r = one("In Seoul the ministry said it would resume aid.")
    assert (r["speaker"], r["quote"]) == ("the ministry", "it would resume aid")
    r = one("At Panmunjom the delegates said they would meet again.")
    assert r["speaker"] == "the delegates"
    assert one("The head of the Red Cross said it would resume aid.")["speaker"] == "the head of the Red Cross"


def test_a_bare_surname_is_the_person_of_that_name_the_article_named_not_the_vocabularys():
    df = statements(
        "Yoon Do-han, Moon's senior secretary for public communication, told reporters that Kim had voiced "
        "confidence.\n\nKim also shared \"frank\" thoughts on the situation, Yoon said.\n", "2020-03-05")
    assert list(df["speaker"]) == ["Yoon Do-han", "Yoon Do-han"]
    assert df["speaker_role"].iloc[0] == "Moon's senior secretary for public communication"


def test_an_appositive_title_between_commas_with_a_name_is_the_speaker_not_the_reported_clause():
    df = statements("His North Korean counterpart, senior Cabinet councilor Kwon Ho Ung, said the two sides "
                    "should not let anything derail their move.\n", "2007-05-17")
    assert list(df["speaker"]) == ["Kwon Ho Ung"]
    assert df["quote"].iloc[0].startswith("the two sides should not")


@pytest.mark.parametrize("text", [
    "The man from Kaesong, farmer Kim Ho, said the two sides should meet.",
    "Its chief, a man from Kaesong, said the talks would resume in May.",
])
def test_a_clause_after_said_is_never_read_as_an_inverted_speaker(text):
    df = statements(text + "\n", "2007-05-17")
    assert not df["speaker"].str.contains(r"\b(?:should|would)\b").any()
    assert not df["quote"].str.contains("Kaesong").any()


@pytest.mark.parametrize("text, first", [
    ("A diplomat said the North would not sign anything, adding that the real test would come later.",
     "the North would not sign anything"),
    ("The envoy told reporters that the talks had gone nowhere, adding that the real test would come later.",
     "the talks had gone nowhere"),
    ("\"We are ready,\" the committee said, adding that the real test would come later.", "We are ready"),
    ("The North called at 9 a.m., the ministry said, adding that the real test would come later.",
     "The North called at 9 a.m."),
    ("The ministry said the line was working, noting the real test would come later.", "the line was working"),
])
def test_adding_that_after_a_statement_is_the_same_speakers_second_statement(text, first):
    df = statements(text + "\n")
    assert df["quote"].tolist() == [first, "the real test would come later"]
    assert df["speaker"].nunique() == 1
    assert df["kind"].iloc[1] == "indirect"


def test_adding_a_quotation_is_not_read_again_as_reported_speech():
    df = statements("\"It is regrettable,\" the ministry said, adding that the move was \"a grave mistake\" by "
                    "the North.\n")
    assert not (df["kind"] == "indirect").any()


@pytest.mark.parametrize("text, speaker", [
    ("The talks ended early, according to reporters at the scene.", "reporters at the scene"),
    ("They agreed to meet again, but officials on both sides said there would be no more talks.",
     "officials on both sides"),
    ("Journalists on the ground said the delegation arrived at 10 a.m.", "Journalists on the ground"),
])
def test_a_phrase_of_place_after_an_unnamed_speaker_belongs_to_it(text, speaker):
    assert one(text + "\n")["speaker"].lower() == speaker.lower()


def test_a_phrase_of_place_after_the_listener_is_not_the_reported_clause():
    r = one("The ministry told reporters at the scene the North had not answered.\n")
    assert (r["speaker"], r["quote"]) == ("the ministry", "the North had not answered")


@pytest.mark.parametrize("text, speaker", [
    ("The team won the final, according to the Korea Table Tennis Association.", "Korea Table Tennis Association"),
    ("The aid will enter through Hungnam, according to the International Federation of Red Cross and Red "
     "Crescent Societies.", "International Federation of Red Cross and Red Crescent Societies"),
    ("The Korea Table Tennis Association said the team would play again.", "Korea Table Tennis Association"),
    # a description before the name, a party, a possessive country
    ("The main opposition Democratic Labor Party said the summit came too late.", "Democratic Labor Party"),
    ("South Korea's conservative Liberty Korea Party said the summit came too late.", "Liberty Korea Party"),
    ("The Liberty Korea Party, which has opposed the talks, called the date suspicious and said the summit came "
     "too late.", "Liberty Korea Party"),
])
def test_a_capitalised_name_ending_in_an_org_word_is_a_body(text, speaker):
    r = one(text + "\n")
    assert r["speaker"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("A resident of Ganghwa Island told a local broadcaster that she slept well.", "a resident of Ganghwa Island"),
    ("A resident of Seoul told reporters that she slept well.", "a resident of Seoul"),
    ("\"I slept through the night,\" a resident of Ganghwa Island, near the border, told a local broadcaster.",
     "a resident of Ganghwa Island"),
    ("A joint team won the title on Monday, officials here said.", "officials"),  # ("here": the dateline's place)
    ("Aid agencies have warned that millions of people face hunger.", "Aid agencies"),
])
def test_people_described_by_a_place_are_speakers_not_the_place(text, speaker):
    assert one(text + "\n")["speaker"] == speaker


def test_he_after_a_bullet_whose_main_clause_names_a_surname_is_that_person():
    df = statements(
        "Lee Jae-myung took office on June 4.\n\n"
        "\"I slept well,\" a resident of Ganghwa Island told a local broadcaster.\n\n"
        "On Thursday, in a speech marking the anniversary, Lee vowed to restore the channels.\n\n"
        "Seoul will resume dialogue, he said.\n", "2025-06-12")
    assert df["speaker"].tolist()[-1] == "Lee Jae-myung"


def test_its_ministry_is_the_ministry_of_the_country_the_text_is_about():
    df = statements("Pyongyang has been protesting the exercise with the United States. Its foreign ministry "
                    "warned on July 16 that the drills could affect the talks.\n", "2019-07-24")
    assert df["speaker"].tolist() == ["Ministry of Foreign Affairs of the DPRK"]
    assert df["speaker_country"].tolist() == ["PRK"]


@pytest.mark.parametrize("text, speaker, quote", [
    ("A retired navy officer said the crab season was the time to watch.", "a retired navy officer",
     "the crab season was the time to watch"),
    ("The conservative front-runner, Lee Myung-bak, has said he would tie aid to progress.", "Lee Myung-bak",
     "he would tie aid to progress"),
    ("The North had already declared that it was no longer bound by the deal.", "North Korea",
     "it was no longer bound by the deal"),
    ("North Korea denies any role and has warned that any punishment would mean war.", "North Korea",
     "any punishment would mean war"),
])
def test_speakers_past_unknown_adjectives_appositives_and_auxiliaries(text, speaker, quote):
    r = one("Headline\n\n" + text + "\n", "2007-12-11")
    assert (r["speaker"], r["quote"]) == (speaker, quote)


def test_a_noun_before_a_possessive_body_is_not_an_adjective_of_the_speaker():
    df = statements("Headline\n\nThe North accused the South of flying drones, a claim Seoul's military has not "
                    "confirmed.\n", "2024-10-15")
    assert not df["speaker"].str.startswith("a claim").any()


def test_british_spelling_boards_and_opening_adverbs_resolve_to_the_speaker():
    df = statements(
        "Headline\n\nSeven delegates sat down at Panmunjom, according to the National Unification Board.\n\n"
        "Both sides proposed a joint committee, the board said in a statement.\n\n"
        "The survey will end this year, South Korea's defence ministry said.\n\n"
        "Right after the session, Pak Chol-su, the North's chief delegate, told reporters the talks were "
        "\"in danger of breakdown.\"\n", "2018-11-05")
    assert df["speaker"].tolist() == ["National Unification Board", "National Unification Board",
                                      "Ministry of National Defense", "Pak Chol-su"]


def test_an_inverted_should_condition_around_the_attribution_keeps_both_halves():
    r = one("Headline\n\nShould either side turn the loudspeakers back on, a Western diplomat said, the agreement "
            "would be worth little.\n", "1972-11-04")
    assert r["quote"] == "Should either side turn the loudspeakers back on, the agreement would be worth little"


def test_a_title_case_name_in_quotes_before_its_noun_is_no_quotation():
    df = statements('North Korea called off the talks, saying the annual "Team Spirit" military exercise was a '
                    '"rehearsal for invasion."\n')
    assert list(df["quote"]) == ["rehearsal for invasion."]
    df = statements('The agency said the "Max Thunder" drill was "a flagrant challenge."\n')
    assert "Max Thunder" not in list(df["quote"])
    # one lower-case word before a noun is still someone's word
    assert one('Kim also shared "frank" thoughts on the talks, Yoon said.\n')["quote"] == "frank"


def test_a_long_role_description_before_the_name_gives_the_named_speaker():
    r = one("The North's chief delegate to the economic talks, Ri Son Gwon, called Seoul's behaviour \"a reckless "
            "act\" on Monday.\n")
    assert (r["speaker"], r["quote"]) == ("Ri Son-gwon", "a reckless act")  # (the vocabulary's spelling)


def test_what_someone_told_others_is_reported_by_the_closing_attribution():
    # the officials are the source of the whole act, the order included
    row = one("The North closed the plant on Monday and told the Chinese-Korean staff working there to leave by "
              "Friday, officials here said.")
    assert (row["speaker"], row["cue"]) == ("officials", "said")
    assert row["quote"].startswith("The North closed the plant")
    row = one("Pyongyang told Seoul of the decision in a fax, a ministry spokeswoman said.")
    assert (row["speaker"], row["quote"]) == ("a ministry spokeswoman", "Pyongyang told Seoul of the decision in a fax")
    # the listener who passes the words on ("the minister said") leaves them to the one who spoke
    row = one("Kim Jong-un told a visiting South Korean minister on Friday that his country could return to the "
              "talks, the minister said.", "2018-06-17")
    assert (row["speaker"], row["quote"]) == ("Kim Jong-un", "his country could return to the talks")


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Kim Jong-un told a visiting South Korean delegation the summit would go ahead.",
         "the summit would go ahead"),
        ("Kim Jong-un told the North Korean officials at the meeting that talks were over.", "talks were over"),
        ("Kim Jong-un told the South it would restore the line.", "it would restore the line"),
    ],
)
def test_told_a_listener_described_by_a_demonym(text, quote):
    row = one(text, published="2018-06-17")
    assert (row["speaker"], row["quote"]) == ("Kim Jong-un", quote)


@pytest.mark.parametrize("text, speaker", [
    ("No accidents were reported, the transport ministry said.", "the transport ministry"),
    ("The signals stopped on Sunday, the state telecom regulator said.", "the state telecom regulator"),
    ("Police can still stop launches that put residents at risk, the court said.", "the court"),
])
def test_an_unnamed_body_with_modifiers_the_lists_do_not_know(text, speaker):
    row = one(text, published="2012-05-15")
    assert (row["speaker"], row["kind"]) == (speaker, "indirect")


def test_the_commission_is_the_last_commission_the_text_named():
    df = statements("The North's National Defense Commission issued a statement on Monday.\n\n"
                    "The commission also repeated its warning that the military would take action without notice.",
                    published="2011-05-30")
    row = df.iloc[-1]
    assert (row["speaker"], row["speaker_country"]) == ("National Defense Commission", "PRK")
    row = one("The Constitutional Court struck down the ban. Police can still stop launches, the court said.",
              published="2023-09-26")
    assert row["speaker"] == "Constitutional Court"


def test_a_reporting_verb_under_negation_reports_nothing():
    assert statements("In May 2022, Pyongyang never replied when Seoul offered vaccines.").empty
    assert statements("Kim Jong-un never said the talks were over.").empty
    # a negation inside the clause before a coordinated verb is no negation of the verb
    row = one("Kim Yo-jong dismissed the step as one that should never have been taken, and said it deserved no "
              "credit.")
    assert (row["speaker"], row["quote"]) == ("Kim Yo-jong", "it deserved no credit")


@pytest.mark.parametrize("text, speaker", [
    ("Several opposition lawmakers said the deportation broke the constitution.", "several opposition lawmakers"),
    ('"The lights went out at once," one night guard told reporters at the gate.', "one night guard"),
    ("The men could face long prison terms if convicted, legal experts said.", "legal experts"),
    ("The freighter docked after a customs check, harbour officials said.", "harbour officials"),
])
def test_a_speaker_noun_after_a_quantifier_or_bare_modifiers_keeps_them(text, speaker):
    row = one(text, published="2019-11-07")
    assert row["speaker"].lower() == speaker


def test_conjunctions_and_wh_words_are_no_modifiers_of_a_speaker():
    row = one("The talks ended early, but officials said another round was planned for May.")
    assert row["speaker"] == "officials"
    # a relative clause's speaker keeps its own reading, with no "which" in the name
    df = statements("The North blared noises toward border villages, which residents have complained disrupt "
                    "their sleep.")
    assert "which" not in " ".join(df["speaker"]).lower()


def test_the_ministry_is_the_last_ministry_named_not_a_description_of_one():
    df = statements("The Unification Ministry said it would reopen the office. A senior ministry official told "
                    "reporters the decision was final. Critics said the ministry had acted like a support ministry "
                    "for the North.\n\nThe ministry said the changes would bring its work back to normal.",
                    published="2025-10-14")
    assert df.iloc[-1]["speaker"] == "Ministry of Unification"
    # a role noun still refers back to the described person
    df = statements("A military officer met reporters at the border. The officer said the guns had gone quiet.")
    assert df.iloc[-1]["speaker"] == "a military officer"


def test_a_name_with_a_part_of_a_group_after_it_speaks_and_told_never_inverts():
    row = one("Ri Chol, one of the freed fishermen, told reporters before boarding that he would write to "
              "his family.", published="2000-09-02")
    assert (row["speaker"], row["quote"]) == ("Ri Chol", "he would write to his family")


@pytest.mark.parametrize("text, quote", [
    ("Kim told reporters after the meeting that the talks were over.", "the talks were over"),
    ("Park told reporters gathered at the border that the gate would open at noon.", "the gate would open at noon"),
    ("Park told lawmakers during a closed session that the envoy had returned.", "the envoy had returned"),
    # no phrase, only a clause: the clause is what was told
    ("Kim told reporters the talks that ended Friday were useful.", "the talks that ended Friday were useful"),
])
def test_what_was_told_starts_after_the_that_past_a_phrase_after_the_listener(text, quote):
    assert one(text)["quote"] == quote


def test_a_family_name_opening_a_sentence_with_an_irregular_past_is_its_subject():
    df = statements("North Korea's leader Kim Il-sung answered within hours, the Korean Central News Agency reported. "
                    "A South Korean official called the offer empty.\n\n"
                    "Kim spoke at a rally in Pyongyang. He laid out three steps. Talks must come first, he said.",
                    published="1973-06-23")
    assert df.iloc[-1]["speaker"] == "Kim Il-sung"


def test_a_document_owned_by_an_outlet_named_before_relays_through_it():
    df = statements("The Korean Central News Agency carried the speech. An aide in Seoul called it old news.\n\n"
                    "Separate seats would divide Korea for good, he said, according to the agency's broadcast.",
                    published="1973-06-23")
    assert df.iloc[-1]["via"] == "KCNA"
    assert df.iloc[-1]["speaker"] != "KCNA"


@pytest.mark.parametrize("text, quote", [
    ("Vice Minister Song Min-ho denied that the crew had been spying.", "the crew had been spying"),
    ("The ministry said the next morning that the line would reopen.", "the line would reopen"),
    ("Vice Minister Song Min-ho denied the same day that the crew had been spying.", "the crew had been spying"),
])
def test_denied_that_reports_and_a_day_phrase_before_that_is_skipped(text, quote):
    assert one(text, published="1995-08-14")["quote"] == quote


def test_denied_without_that_reports_nothing():
    assert statements("North Korea denied the report on Tuesday.").empty


@pytest.mark.parametrize("text, first", [
    ("The White House said it condemned the attack and called on the North to halt its actions.",
     "it condemned the attack"),
    ("Song denied that the crew had been spying and demanded their return.", "the crew had been spying"),
])
def test_a_second_verb_of_speech_after_and_ends_the_reported_clause(text, first):
    df = statements(text, published="2010-11-23")
    assert df.iloc[0]["quote"] == first


def test_a_second_verb_of_speech_after_and_with_that_is_a_second_statement():
    df = statements("The Joint Chiefs of Staff said it was watching the North closely and warned that the North "
                    "would bear full responsibility for any provocation.", published="2024-10-09")
    assert list(df["quote"]) == ["it was watching the North closely",
                                 "the North would bear full responsibility for any provocation"]
    assert set(df["speaker"]) == {"Joint Chiefs of Staff"}


def test_the_government_is_no_government_a_modifier_introduced():
    df = statements("A South Korean pastor who spent a month in the North in defiance of a government ban crossed "
                    "back at Panmunjom on Monday and was detained.\n\nAgents flew him to Seoul for questioning, "
                    "officials said.\n\nThe government has said repeatedly that all contacts with the North must go "
                    "through official channels.", published="1989-08-15")
    assert df.iloc[-1]["speaker"] == "the government"


@pytest.mark.parametrize("text, speaker, quote", [
    ("South Korea on Thursday deported two fishermen who it said had killed their captain before fleeing south.",
     "South Korea", "had killed their captain before fleeing south"),
    ("The North voiced regret over the deaths, a gesture Seoul said it would accept as an apology.",
     "South Korea", "it would accept as an apology"),
    ("North Korea cut the Red Cross line on March 11, the day it said it would no longer honor the armistice.",
     "North Korea", "it would no longer honor the armistice"),
])
def test_a_relative_clause_with_a_speaker_and_no_relative_pronoun_or_it(text, speaker, quote):
    df = statements(text, published="2013-03-27")
    row = df[df["quote"] == quote]
    assert list(row["speaker"]) == [speaker], df[["speaker", "quote"]].to_dict("records")



def test_the_articles_own_outlet_is_never_a_relay(tmp_path):
    def only(quote_line: str) -> dict:
        path = tmp_path / "2019-01-01_axios_kim-offers-to-restart-kaesong.txt"
        path.write_text(" date 2019-01-01 Kim offers to restart Kaesong\n\n" + quote_line + "\n", encoding="utf-8")
        df = extract_statements(read_article(path))
        assert len(df) == 1, df[["speaker", "via"]].to_dict("records")
        return df.iloc[0].to_dict()

    row = only('"The offer is real," a senior South Korean official told Axios.')
    assert row["speaker"] == "a senior South Korean official" and pd.isna(row["via"])
    # another outlet stays a relay
    assert only('"The offer is real," a senior South Korean official told Yonhap.')["via"] == "Yonhap"


@pytest.mark.parametrize("text, speaker, quote", [
    ("North Korea's official Korean Central News Agency, monitored in Tokyo, said Chung left Pyongyang on "
     "Wednesday.", "KCNA", "Chung left Pyongyang on Wednesday"),
    ("State media says about 50 people have died.", "state media", "about 50 people have died"),
    ("South Korean newspapers speculated that tourists might eventually visit the mountains.",
     "South Korean newspapers", "tourists might eventually visit the mountains"),
    ("North Korea has agreed to resume reunions, presidential envoy Lim Dong-won said Saturday on his return "
     "from Pyongyang, ending a freeze that began in November.", "Lim Dong-won", "North Korea has agreed to resume "
     "reunions"),
    ("The soldiers turned back at 8:30 a.m., per the JCS, which said it saw no other unusual activity.",
     "Joint Chiefs of Staff", "it saw no other unusual activity"),
    ("The North Koreans replied that the South had dug the tunnel.", "North Korea", "the South had dug the tunnel"),
])
def test_more_attribution_forms(text, speaker, quote):
    df = statements(text, published="2002-04-06")
    assert (speaker, quote) in list(zip(df["speaker"], df["quote"], strict=True)), df[["speaker", "quote"]]


def test_an_unknown_body_owned_by_a_side_keeps_its_name_and_takes_the_country():
    row = one('In a statement carried by KCNA, the North\'s Central Special Zone Development Guidance General '
              'Bureau, which runs the park, declared the rules "null and void."', published="2009-05-15")
    assert (row["speaker"], row["speaker_country"], row["via"]) == (
        "Central Special Zone Development Guidance General Bureau", "PRK", "KCNA")


def test_a_document_of_a_described_spokesman_is_his_and_it_goes_on():
    df = statements("According to a press statement of a spokesman for the General Staff, army units will be "
                    "stationed in the Kaesong zone. It said that guard posts will be set up again.",
                    published="2020-06-17")
    assert list(df["speaker"]) == ["a spokesman for the General Staff"] * 2


def test_a_time_phrase_is_no_speech_and_the_closing_source_reports_the_sentence():
    row = one("Kim received Moon's letter on Wednesday and replied the next day, North Korea's KCNA reported.",
              published="2022-04-22")
    assert (row["speaker"], row["quote"]) == ("KCNA", "Kim received Moon's letter on Wednesday and replied the "
                                                      "next day")


def test_a_request_closed_by_another_speakers_attribution_is_that_speakers_report():
    row = one("In his letter, Moon urged Kim to resume talks with Washington, presidential spokesperson Park "
              "Kyung-mee told reporters.", published="2022-04-22")
    assert (row["speaker"], row["quote"]) == (
        "Park Kyung-mee", "In his letter, Moon urged Kim to resume talks with Washington")


def test_a_gerund_phrase_after_the_verb_is_no_speech():
    row = one("Kim has agreed to meet Moon at Panmunjom in late April, national security adviser Chung Eui-yong "
              "said Tuesday after returning from Pyongyang.", published="2018-03-06")
    assert row["quote"] == "Kim has agreed to meet Moon at Panmunjom in late April"
    row = one("Chung said after meeting Kim that the talks would go ahead.", published="2018-03-06")
    assert row["quote"] == "the talks would go ahead"


@pytest.mark.parametrize("text, speaker, quote", [
    ('"Freedom does not end at the border," a researcher with an international rights group told reporters.',
     "a researcher with an international rights group", "Freedom does not end at the border"),
    ("Supporters note that the leaders agreed in 2018 to halt leafleting.", "supporters",
     "the leaders agreed in 2018 to halt leafleting"),
    ("Conservatives argue the South is giving away its defenses.", "conservatives",
     "the South is giving away its defenses"),
    ("The opposition National Unity Party (NUP) walked out. The NUP said the law went too far.",
     "National Unity Party", "the law went too far"),
    ("The PPP said the law would gag activists.", "People Power Party", "the law would gag activists"),
])
def test_groups_of_people_acronyms_and_with_phrases_as_speakers(text, speaker, quote):
    df = statements(text, published="2020-12-14")
    assert (speaker, quote) in list(zip(df["speaker"], df["quote"], strict=True)), df[["speaker", "quote"]]


def test_here_after_an_unnamed_speaker_is_dropped():
    row = one("The two navies exchanged fire near the sea border on Tuesday, military officials here said.",
              published="2009-11-10")
    assert row["speaker"] == "military officials"


def test_it_after_a_sentence_opened_by_a_named_body_is_that_body():
    df = statements("Kim Yo-jong called the drills a rehearsal for war. South Korea's Joint Chiefs of Staff confirmed "
                    "the warning shots, per AP. It said North Korean soldiers had crossed the line on Tuesday.",
                    published="2025-08-23")
    assert df.iloc[-1]["speaker"] == "Joint Chiefs of Staff"


def test_a_capitalised_body_of_a_known_body_is_named_in_full():
    row = one("The North's Supreme Command of the Korean People's Army said South Korean warships had chased its "
              "patrol boat.", published="2009-11-10")
    assert (row["speaker"], row["speaker_country"]) == ("Supreme Command of the Korean People's Army", "PRK")
    assert one("The Ministry of Unification said the talks were off for now.")["speaker"] == "Ministry of Unification"


def test_that_after_and_opens_a_clause_and_told_about_reports_nothing():
    df = statements("Ko said the work had nothing to do with military action and that the North had told U.S. forces "
                    "in the South about it twice.", published="2025-08-23")
    assert list(df["speaker"]) == ["Ko"]
    assert statements("The North told U.S. forces about the plan on Monday.").empty
    assert one("Kim told reporters the head of the delegation had left.")["quote"] == (
        "the head of the delegation had left")


@pytest.mark.parametrize("text, speaker", [
    ("South Korea's government says it has no legal power to stop the activists.", "South Korea"),
    ("North Korea's government said the talks were off for now.", "North Korea"),
    ("Moon's government said the talks were off for now.", "South Korea"),
])
def test_a_countrys_government_is_the_country(text, speaker):
    assert one(text, published="2020-12-14")["speaker"] == speaker


def test_words_shouted_or_chanted_are_partial_quotes_of_who_shouted_them():
    row = one('Protesters shouted "Go home" at the delegates.', published="1989-08-15")
    assert (row["speaker"], row["quote"], row["kind"]) == ("Protesters", "Go home", "partial")
    row = one('Students chanted "Korea is one" as the delegation crossed.', published="1989-08-15")
    assert (row["speaker"], row["quote"]) == ("students", "Korea is one")  # a plural noun, as "officials"


def test_a_country_with_an_appositive_and_two_speakers_around_one_attribution():
    r = one("China, the North's main ally, said all sides should stay calm.", "2010-05-20")
    assert (r["speaker"], r["quote"]) == ("China", "all sides should stay calm")
    # an appositive has no verb of its own: the speaker is the researcher, not "South Koreans"
    r = one("If the boat had carried only South Koreans, the North might have held it longer, said a researcher "
            "at a state institute.", "2010-05-20")
    assert r["speaker"].startswith("a researcher")
    df = statements("A submarine fired the torpedo, international investigators said Thursday, and the North "
                    "warned that any punishment would bring war.", "2010-05-20")
    assert list(zip(df.speaker, df.quote, strict=True)) == [
        ("international investigators", "A submarine fired the torpedo"),
        ("North Korea", "any punishment would bring war"),
    ]


def test_a_report_of_people_is_theirs():
    df = statements('The North warned that any punishment would bring war.\n\n"There is no other plausible '
                    'explanation," the investigators\' report said.\n', "2010-05-20")
    assert df.speaker.tolist() == ["North Korea", "investigators"]


def test_a_named_body_or_country_in_the_appositive_of_a_description_speaks():
    r = one("South Korea's intelligence service, the Agency for National Security Planning, said she had acted on "
            "orders from Pyongyang.", "1988-01-15")
    assert r["speaker"] == "National Intelligence Service"  # the agency's name before 1999
    r = one("Seoul's closest ally, the United States, said it would consult Seoul.", "1988-01-15")
    assert r["speaker"] == "United States"
    r = one("The United States said it would consult Seoul.", "1988-01-15")
    assert (r["speaker"], r["quote"]) == ("United States", "it would consult Seoul")


def test_an_official_of_a_body_is_described_and_a_navy_speaks_for_itself():
    r = one('"We did our part," an official of the National Unification Board said.', "1990-08-13")
    assert (r["speaker"], r["speaker_country"]) == ("an official of the National Unification Board", "KOR")
    r = one("A spokesman for the Unification Ministry said the talks would go ahead.", "1990-08-13")
    assert r["speaker"] == "Ministry of Unification"  # a spokesman speaks for the body
    r = one("The South Korean navy said it fired warning shots.", "2002-07-03")
    assert r["speaker"] == "Republic of Korea Navy"  # not "the South"
    df = statements('North Korea blames the South for the clash. Its navy said in a statement carried by KCNA that '
                    'Seoul\'s demand was "the height of impudence."', "2002-07-03")
    assert (df.speaker.iloc[-1], df.via.iloc[-1]) == ("Korean People's Army Navy", "KCNA")


def test_a_person_of_a_body_speaks_as_that_person():
    df = statements("Lt. Gen. Ahn Young-ho of the Joint Chiefs of Staff told reporters the military condemned the "
                    "killing.\n\nKim Hyun-jong of the presidential office told reporters the talks would go ahead.\n\n"
                    "Moon Chung-in of Yonsei University said the talks would go ahead.", "2020-09-24")
    assert df.speaker.tolist() == ["Ahn Young-ho", "Kim Hyun-jong", "Moon Chung-in"]
    assert (df.speaker_org.iloc[0], df.speaker_country.iloc[0]) == ("Joint Chiefs of Staff", "KOR")
    # a body of a body stays the body
    r = one("The Supreme Command of the Korean People's Army said the talks would go ahead.", "2020-09-24")
    assert r["speaker"] == "Supreme Command of the Korean People's Army"


def test_a_speaker_tied_to_a_thing_or_a_person_by_a_postmodifier_is_described():
    # "familiar with the talks", "close to the matter": the thing after the postmodifier is no speaker
    r = one("An official familiar with the talks said the two sides were close.")
    assert (r["speaker"], r["quote"]) == ("an official familiar with the talks", "the two sides were close")
    r = one("A person close to the matter told Reuters the two sides were close.")
    assert (r["speaker"], r["via"]) == ("a person close to the matter", "Reuters")
    # a person named after the postmodifier is not the speaker
    df = statements("President Moon Jae-in spoke at the United Nations on Tuesday.\n\nA South Korean official "
                    "traveling with Moon told reporters the proposal was meant as an opening.", "2021-09-21")
    assert df.speaker.tolist() == ["a South Korean official"]  # the participle phrase only says where they were
    assert df.speaker_country.tolist() == ["KOR"]


def test_told_an_outlet_without_that_ends_the_outlet_at_the_clause():
    # "told Axios the government would ...": the article after the outlet's name opens the reported clause
    r = one("A Unification Ministry official told Yonhap the government would try again.", "2022-09-08")
    assert (r["speaker"], r["via"], r["quote"]) == (
        "a Unification Ministry official", "Yonhap", "the government would try again")


def test_he_after_a_spokesman_for_a_body_and_the_military_after_a_military_body():
    df = statements('In a statement carried by the official Korean Central News Agency, a spokesman for the General '
                    'Staff of the North\'s Korean People\'s Army called it "nonsensical" to keep the channel open. '
                    'The line will stay severed for as long as the drills last, he said.\n\n'
                    'The military also warned, in the same statement, that any attempt to shoot down the satellite '
                    'would be answered with war.', "2009-03-09")
    assert df.speaker.tolist() == ["General Staff of the Korean People's Army"] * 3
    assert df.via.tolist() == ["KCNA"] * 3
    # a spokesman speaks for the body, so "he" after him does too
    df = statements("A spokesman for the Unification Ministry said the talks were off. The line will stay cut for "
                    "now, he said.", "2009-03-09")
    assert df.speaker.tolist() == ["Ministry of Unification"] * 2


def test_marine_corps_places_listed_after_a_speaker_an_act_declared_void_and_a_statement_carried_by_kcna():
    r = one("Marines fired about 290 rounds into the sea, the Marine Corps said in a statement.", "2024-06-26")
    assert (r["speaker"], r["speaker_country"]) == ("Republic of Korea Marine Corps", "KOR")
    # a list of places after a described speaker is not an appositive naming a country
    r = one("Officials in Seoul, Tokyo and Washington said they were still assessing the launch.", "2023-11-22")
    assert (r["speaker"], r["quote"]) == (
        "officials in Seoul, Tokyo and Washington", "they were still assessing the launch")
    # "..., declared the 2018 military agreement void": an act, not an inverted speaker
    assert statements("North Korea stopped answering the lines in April 2023, declared the 2018 military agreement "
                      "void in November and blew up the roads.", "2025-08-20").empty
    # "the statement said" after "a statement from X ... carried by KCNA": X speaks, KCNA relays
    df = statements("The announcement, made in a statement from the General Staff of the Korean People's Army and "
                    "carried by the official KCNA news agency, came as warships staged an exercise.\n\nThe statement "
                    'said the North would "completely nullify" the 2004 accord.', "2010-05-27")
    assert df[["speaker", "via"]].values.tolist() == [["General Staff of the Korean People's Army", "KCNA"]]


def test_an_outlet_named_after_the_words_it_carried_relays_them():
    df = statements('The powerful sister of North Korean leader Kim Jong Un warned that South Korea would face a '
                    '"new counteraction" if it kept up loudspeaker broadcasts.\n\nKim Yo Jong made the threat in a '
                    'statement released late on Sunday and carried by state news agency KCNA. She called the '
                    'broadcasts "a prelude to a very dangerous situation".', "2024-06-10")
    assert df[["speaker", "via"]].values.tolist() == [["Kim Yo-jong", "KCNA"], ["Kim Yo-jong", "KCNA"]]
    # without such a sentence the words are first hand
    df = statements('Kim Yo Jong warned that South Korea would face a "new counteraction".', "2024-06-10")
    assert df.via.isna().all()
    # any outlet of the actor vocabulary, and a pronoun for the speaker named before
    df = statements("Kim Yo Jong warned the South would pay a price. She made the remarks in a statement carried by "
                    "the Rodong Sinmun, the party newspaper.", "2024-06-10")
    assert df[["speaker", "via"]].values.tolist() == [["Kim Yo-jong", "Rodong Sinmun"]]


def test_someone_prompted_or_led_to_say_something_says_it():
    df = statements("North Korea fired two missiles on Sunday, prompting President Yoon Suk Yeol to say that Seoul "
                    "would respond firmly.", "2023-03-20")
    assert df[["speaker", "kind", "quote"]].values.tolist() == [
        ["Yoon Suk Yeol", "indirect", "Seoul would respond firmly"]]
    df = statements("The launch led the Unification Ministry to warn that the North would pay a price.", "2023-03-20")
    assert df.speaker.tolist() == ["Ministry of Unification"]
    # an action the phrase was led to take is no speech
    assert statements("The shelling prompted residents to flee to shelters.", "2023-03-20").empty
    # "X-led" before a name is part of the subject
    df = statements("The U.S.-led United Nations Command said Wednesday that North Korean troops had violated the "
                    "armistice.", "2017-11-22")
    assert df.speaker.tolist() == ["UN Command"]


def test_delegations_both_koreas_and_participles_after_an_opening_clause():
    assert statements("The two delegations said they would keep discussing the issue.").speaker.tolist() == [
        "the two delegations"]
    # an alias that opens the sentence with a capital ("both Koreas" in the vocabulary)
    assert statements("Both Koreas say they want reunification.").speaker.tolist() == ["the two Koreas"]
    # "In 1948, when ..., Pyongyang stopped ..., saying ...": the main subject after the subordinate clause
    df = statements("In 1948, when most of the capacity lay in the North, Pyongyang stopped the power flowing "
                    "south, saying Seoul had not paid its bills.", "2005-03-16")
    assert df[["speaker", "quote"]].values.tolist() == [["North Korea", "Seoul had not paid its bills"]]
    # a bare noun and its verb after "saying" are what was said
    df = statements("Seoul turned down the request, saying electricity was a strategic resource.", "2005-03-16")
    assert df[["speaker", "quote"]].values.tolist() == [["South Korea", "electricity was a strategic resource"]]
    # an object after "saying" is not
    assert statements("Seoul turned down the request, saying nothing.", "2005-03-16").empty


def test_he_is_not_the_person_named_later_in_his_own_sentence():
    df = statements("South Korea's new Unification Minister Chung Dong-young visited Panmunjom on Friday.\n\n"
                    "Chung, a veteran lawmaker, served as minister in 2004-05 under President Roh Moo-hyun.\n\n"
                    "He said Friday that rebuilding the ministry's staff, cut sharply under former President Yoon "
                    "Suk Yeol, comes first.", "2025-07-25")
    assert df.speaker.tolist() == ["Chung Dong-young"]


def test_archived_ap_quotations_and_family_names_of_other_spellings():
    df = statements("``The place matters less than whether they come,\u2033 said a senior Unification Ministry "
                    "official, speaking on condition of anonymity. ``If they want fertilizer, they will have to hear "
                    "us.\u2033", "1998-04-05")
    assert df[["speaker", "kind"]].values.tolist() == [["a senior Unification Ministry official", "direct"]] * 2
    # "Baik", "Yoh", "Ryoo": a family name standing for the full name given before
    df = statements("Unification Ministry spokesman Baik Tae-hyun said the two sides would meet.\n\n"
                    "Baik said the two sides will settle the rest by exchanging documents.", "2018-01-05")
    assert df.speaker.tolist() == ["Baik Tae-hyun", "Baik Tae-hyun"]


def test_an_aide_to_a_titled_person_the_vocabulary_does_not_know_is_the_aide():
    df = statements("A senior aide to President Kim Young-sam said the government would lodge a protest.",
                    "1997-07-16")
    assert df.speaker.tolist() == ["a senior aide to President Kim Young-sam"]
    # a spokesman for a body named with a rank word is still the body's
    df = statements("A spokesman for the General Staff of the Korean People's Army said the line would stay cut.",
                    "2013-03-27")
    assert df.speaker.tolist() == ["General Staff of the Korean People's Army"]


def test_a_south_korean_presidents_office_is_the_blue_house_or_the_presidential_office():
    df = statements("Moon Jae-in's office said the president signed off on Friday.", "2020-06-19")
    assert df.speaker.tolist() == ["Blue House"]
    # the office moved to Yongsan in May 2022
    df = statements("President Yoon Suk Yeol's office said the president signed off on Friday.", "2023-06-19")
    assert df.speaker.tolist() == ["presidential office"]
    # another country's leader's office stays that country
    df = statements("U.S. President Joe Biden's office said the president signed off on Friday.", "2023-06-19")
    assert df.speaker.tolist() == ["United States"]


def test_its_ministry_closing_a_clause_belongs_to_the_country_opening_it():
    df = statements("South Korea began taking down the loudspeakers that have blared propaganda into North Korea, "
                    "its defence ministry said on Tuesday.", "2018-05-01")
    assert df.speaker.tolist() == ["Ministry of National Defense"]
    df = statements("North Korea sent a delegation to South Korea on Friday, its foreign ministry said.", "2018-05-01")
    assert df.speaker.tolist() == ["Ministry of Foreign Affairs of the DPRK"]


def test_a_body_the_vocabulary_does_not_know_is_named_without_its_countrys_possessive():
    r = one("North Korea's National Aerospace Development Administration said the rocket lost thrust.")
    assert (r["speaker"], r["speaker_country"]) == ("National Aerospace Development Administration", "PRK")
    # an apostrophe inside the body's own name stays ("Korean People's Army")
    assert one("North Korea's Korean People's Army said it would respond.")["speaker"] == "Korean People's Army"


def test_a_south_korean_presidents_office_told_by_his_is_the_presidential_office():
    text = "President Moon Jae-in spoke on Monday. He called for calm, his office said."
    assert one(text, "2021-03-24")["speaker"] == "Blue House"
    assert one(text.replace("Moon Jae-in", "Yoon Suk Yeol"), "2023-03-24")["speaker"] == "presidential office"
    # anyone else's office is left as written
    assert one("Kim Yo-jong spoke on Monday. She called for calm, her office said.", "2021-03-24")["speaker"] != (
        "Blue House")


def test_a_presidents_office_by_surname_is_the_office_of_the_president_named_before():
    text = "President Lee Myung-bak spoke on Monday. A statement from Lee's office said the government would stay calm."
    assert one(text, "2011-12-19")["speaker"] == "Blue House"
    assert one("President Lee Jae-myung spoke on Monday. Lee's office said the government would stay calm.",
               "2025-08-20")["speaker"] == "presidential office"
    # the surname of someone who is no president names no seat of government
    assert one("Kim Yo-jong spoke on Monday. Kim's office said the government would stay calm.",
               "2021-03-24")["speaker"] != "Blue House"


@pytest.mark.parametrize("text, speaker", [
    ("The North agreed to look into the fate of the missing, a step a South Korean official said on Friday could "
     "help settle the issue.", "a South Korean official"),
    ("The North reopened the line, a move analysts said could ease tensions.", "analysts"),
    # one phrase, not two: a noun of a group, a counting noun, a preposition
    ("The ship was torpedoed, a team of international investigators said.", "a team of international investigators"),
    ("The ship was torpedoed, a few officials said.", "a few officials"),
    ("The ship was torpedoed, a senior defense official said.", "a senior defense official"),
])
def test_a_noun_phrase_before_the_speaker_in_a_relative_clause_without_that(text, speaker):
    assert one(text, "2010-05-20")["speaker"] == speaker


def test_what_it_called_inside_a_reported_clause_is_the_main_subjects_phrase():
    df = statements('North Korea on Tuesday attacked the president by name for the first time since he took office, '
                    'branding him a "traitor" and warning that Seoul would answer for what it called the "catastrophic '
                    'consequences" of his policy.', "2008-04-01")
    got = dict(zip(df["quote"], df["speaker"], strict=True))
    assert got["catastrophic consequences"] == "North Korea"


def test_a_bare_surname_after_a_sentence_with_two_namesakes_is_its_subject():
    df = statements("Kim Dae-jung was sworn in as president on Wednesday and offered to meet the North's leader, Kim "
                    "Jong Il. Kim said his government would seek reconciliation.", "1998-02-25")
    assert df["speaker"].tolist() == ["Kim Dae-jung"]


# --------------------------------------------------------------------------- interviews

_INTERVIEW = """SEOUL, Sept. 14 (Yonhap) -- A former South Korean official who worked at the liaison office said
Thursday that the two Koreas need a line of contact that neither side can switch off.

Yun Tae-seop, 49, served on the South's staff at the office until early 2020.

The following are excerpts from the interview.

Q: What do you remember of the early days?

A: We could walk down one floor and talk to the other side. A question used to take a week of faxes.

Q: How did your time there end?

A: We came home in January 2020 because of the virus. Then the North cut every line.
"""


def test_each_answer_of_a_q_and_a_interview_is_a_direct_statement_of_the_person_interviewed():
    df = statements(_INTERVIEW, "2023-09-14")
    answers = df[df["cue"] == ":"]
    assert answers["speaker"].tolist() == ["Yun Tae-seop", "Yun Tae-seop"]
    assert set(answers["kind"]) == {"direct"}
    last = "We came home in January 2020 because of the virus. Then the North cut every line."
    assert answers["quote"].tolist()[1] == last
    # the questions are the outlet's
    assert not df["quote"].str.contains("What do you remember").any()
    # the lead's description is the person named with an age in the next paragraph
    lead = df[df["quote"].str.contains("line of contact")]
    assert lead["speaker"].tolist() == ["Yun Tae-seop"]


def test_answers_without_a_person_introduced_give_no_rows_and_a_lone_q_is_no_interview():
    text = _INTERVIEW.replace("Yun Tae-seop, 49, served", "He served")
    assert not (statements(text, "2023-09-14")["cue"] == ":").any()
    text = "Kim Min-su, 40, runs a shop.\n\nQ: Is it hard?\n\nA: Yes, it is hard.\n"
    assert statements(text, "2023-09-14").empty


# --------------------------------------------------------------------------- subjects, objects and time phrases


@pytest.mark.parametrize("opening", ["Three weeks later", "A day earlier", "Two months after the flood"])
def test_a_time_measure_opening_the_sentence_is_never_the_speaker(opening):
    text = (
        "Park Geun-hye toured the flooded towns. Engineers found on March 3 that a dam had failed. "
        f"{opening}, Park froze the joint projects and said the ministry would review every permit."
    )
    df = statements(text, "2014-06-02")
    row = df[df["quote"].str.startswith("the ministry would review")].iloc[0]
    assert row["speaker"] == "Park Geun-hye"
    # the same opening before the verb itself, and an opening that names no time, read as before
    assert one(f"{opening}, the ministry said the dam would be rebuilt.", "2014-06-02")["speaker"] == "the ministry"
    assert one("Days later, the ministry said the dam would be rebuilt.", "2014-06-02")["speaker"] == "the ministry"


def test_a_subordinate_clause_after_a_comma_gives_its_own_subject_to_a_coordinated_verb():
    text = ("The last tourists left the resort on Friday, two days after Pyongyang ordered them out and said it "
            "would seize the hotels.")
    row = one(text, "2011-08-27")
    assert (row["speaker"], row["quote"]) == ("North Korea", "it would seize the hotels")
    # a participle after the main clause speaks for its subject, lower-case words after "the" included
    assert one("The main opposition Democratic Party boycotted the vote, saying the bill had been rushed.",
               "2011-08-27")["speaker"] == "Democratic Party"


def test_the_agency_is_the_nearer_of_the_last_outlet_and_a_body_the_vocabulary_calls_an_agency():
    text = ("SEOUL, South Korea (AP) \u2014 Officials of the National Intelligence Service briefed lawmakers on "
            "Tuesday. The agency said it had tracked the freighter for weeks.")
    row = one(text, "2019-05-14")
    assert (row["speaker"], row["speaker_country"]) == ("National Intelligence Service", "KOR")
    # an outlet named after the body is nearer: the agency is the outlet
    text = ("Officials of the National Intelligence Service briefed lawmakers on Tuesday. KCNA denied the report. "
            "The agency said the freighter carried only coal.")
    df = statements(text, "2019-05-14")
    assert df[df["quote"].str.startswith("the freighter")]["speaker"].tolist() == ["KCNA"]
    # with no such body, the last outlet as before
    assert one("KCNA carried the speech. The agency said the drills would go on.", "2019-05-14")["speaker"] == "KCNA"


def test_an_alias_inside_another_persons_hyphenated_given_name_is_not_that_actor():
    row = one("The row began when independent lawmaker Park Moon-soo claimed that the minister had lied.",
              "2019-03-04")
    assert (row["speaker"], row["speaker_role"]) == ("Park Moon-soo", "independent lawmaker")
    assert one("Moon claimed that the minister had lied.", "2019-03-04")["speaker"] == "Moon Jae-in"


@pytest.mark.parametrize("text, speaker", [
    ("Trump's special envoy, Stephen Biegun, arrived in Seoul on Sunday and said the door to talks was open.",
     "Stephen Biegun"),
    ("Moon's chief of staff, Noh Young-min, said the door to talks was open.", "Noh Young-min"),
    ("Kim's powerful sister, Kim Yo Jong, said the door to talks was shut.", "Kim Yo-jong"),  # as before
    ("Moon Jae-in, the South Korean president, said the door to talks was open.", "Moon Jae-in"),  # as before
])
def test_the_name_after_a_possessive_role_is_the_speaker_not_the_possessor(text, speaker):
    row = one(text, "2019-02-04")
    assert row["speaker"] == speaker
    if speaker == "Stephen Biegun":
        assert row["speaker_role"] == "Trump's special envoy"


def test_a_definite_role_before_an_appositive_is_the_person_named_before():
    text = ("Defense Minister Han Min-koo met reporters on Monday.\n\nThe minister, a retired army general, said the "
            "North would pay for the attack.")
    df = statements(text, "2015-08-10")
    assert df[df["quote"].str.startswith("the North would pay")]["speaker"].tolist() == ["Han Min-koo"]
    # an unknown role still reads as its description
    text = "Reporters waited outside.\n\nThe spokesman, a former army officer, said the North would pay."
    assert one(text, "2015-08-10")["speaker"] == "the spokesman"


def test_lower_case_words_between_the_and_a_body_stay_in_a_described_speaker():
    text = ("Lawmakers from the conservative Liberty Korea Party, formed after the impeachment, had argued that the "
            "aid was premature.")
    row = one(text, "2018-11-12")
    assert row["speaker"] == "lawmakers from the conservative Liberty Korea Party"
    assert row["quote"] == "the aid was premature"
    assert one("Lawmakers from the Liberty Korea Party argued that the aid was premature.", "2018-11-12")[
        "speaker"] == "lawmakers from the Liberty Korea Party"


def test_an_amount_after_a_verb_of_speech_is_its_object_not_what_was_said():
    assert statements("The assembly approved the budget and added 3.2 billion won so that more families can meet "
                      "next year.", "2018-12-10").empty
    assert statements("The ministry added $40 million to the aid budget.", "2018-12-10").empty
    for text, quote in [
        ("The ministry added that 2 billion won would go to the reunions.", "2 billion won would go to the reunions"),
        ("The ministry said 3 billion won was spent on the reunions.", "3 billion won was spent on the reunions"),
        ("The ministry said 50 people died in the floods.", "50 people died in the floods"),
    ]:
        assert one(text, "2018-12-10")["quote"] == quote


def test_a_verb_of_speech_followed_by_a_time_and_by_with_a_gerund_is_an_act():
    text = "The North responded later that month by calling off the reunions."
    assert statements(text, "2006-10-25").empty
    # a second gerund after "and" that reports speech gives the subject's statement
    text = ("Park Geun-hye responded on Feb. 10 by closing the park and announcing that the South would pay the "
            "firms' losses.")
    row = one(text, "2016-02-12")
    assert (row["speaker"], row["cue"], row["quote"]) == (
        "Park Geun-hye", "announcing", "the South would pay the firms' losses")


def test_a_sentence_opening_with_he_keeps_the_person_he_refers_to_as_its_subject():
    text = ("Chung Mong-hun died on Monday. He left letters for his wife and his aide, Hyundai Asan president Kim "
            "Jong-kap. In them, he asked that the tours go on.")
    df = statements(text, "2003-08-05")
    assert df["speaker"].tolist() == ["Chung Mong-hun"]



def test_a_bare_family_name_of_a_chinese_name_is_the_full_name_written_family_name_first():
    df = statements("Chinese foreign ministry spokeswoman Mao Ning said on Monday that Beijing was watching closely. "
                    "Beijing wants calm on the peninsula, Mao said.", "2023-04-10")
    assert df["speaker"].tolist() == ["Mao Ning", "Mao Ning"]
    # a Western name still answers by its last word
    df = statements("Ambassador Mark Lippert said on Monday that the talks were useful. Seoul and Washington agree, "
                    "Lippert said.", "2015-04-10")
    assert df["speaker"].tolist() == ["Mark Lippert", "Mark Lippert"]


def test_a_prepositional_phrase_after_a_closing_attribution_is_no_reported_clause():
    text = ("Beijing has always backed dialogue between the two Koreas, the spokeswoman said in response to a "
            "query from a Japanese reporter.")
    assert one(text, "2023-04-10")["quote"] == "Beijing has always backed dialogue between the two Koreas"
    text = "The talks will resume in May, the envoy said in reply to a question about the dates."
    assert one(text, "2023-04-10")["quote"] == "The talks will resume in May"


def test_what_she_called_after_a_bare_surname_is_the_main_clauses_subject():
    text = ("Spokesman Tom Casey was asked about a statement by Kim Yo-jong. Casey said the drills were routine. In "
            "a statement carried by the official Korean Central News Agency, Kim "
            'voiced anger at what she called the "reckless moves" of Seoul and said the drills would backfire.')
    df = statements(text, "2022-08-20")
    got = dict(zip(df["quote"], df["speaker"], strict=True))
    assert got["reckless moves"] == "Kim Yo-jong"
    assert got["the drills would backfire"] == "Kim Yo-jong"


def test_a_hyphenated_military_rank_is_a_title_not_part_of_the_name():
    text = "Rear-Admiral John Doyle said the navy would keep patrolling the line."
    assert one(text, "1999-06-20")["speaker"] == "John Doyle"


def test_a_participle_after_a_statement_by_a_named_body_is_that_bodys():
    text = ("North Korea said on Monday that the talks were over. The statement by the North's powerful National "
            "Defense Commission, carried by the official Korean Central News Agency, ridiculed Seoul's officials for "
            'their claims, saying they were "blind to the facts."')
    df = statements(text, "2015-09-02")
    row = df[df["quote"].str.startswith("blind to the facts")].iloc[0]
    assert (row["speaker"], row["via"]) == ("National Defense Commission", "KCNA")


def test_the_ministry_with_no_ministry_named_is_the_ministry_of_a_minister_who_spoke():
    text = ("Unification Minister Kwon Young-se told lawmakers on Monday that the aid would go ahead. The North has "
            "not replied to the offer, according to the ministry.")
    df = statements(text, "2023-03-06")
    assert df["speaker"].tolist() == ["Kwon Young-se", "Ministry of Unification"]


def test_a_bare_family_name_before_a_who_clause_opens_the_sentence_as_its_subject():
    text = ("Defense Minister Suh Wook was named in September. Suh, who took office that month, spoke beside the "
            "monument Kim Dae-jung unveiled in 2000. He said the talks should resume soon.")
    assert one(text, "2020-11-02")["speaker"] == "Suh Wook"


def test_added_with_a_noun_object_is_no_reporting_verb():
    text = ("A defense ministry official told reporters that the North had added guns at coastal posts to extend "
            "their reach. The guns are old, the official said.")
    df = statements(text, "2021-03-04")
    assert df["speaker"].tolist() == ["a defense ministry official"] * 2
    assert df["quote"].tolist() == ["the North had added guns at coastal posts to extend their reach",
                                    "The guns are old"]
    assert one("Kim added the talks would resume in May.", "2021-03-04")["quote"] == "the talks would resume in May"


def test_an_opening_asked_phrase_is_the_question_before_the_speakers_answer():
    text = ("Asked whether Tokyo had said anything about the visit, the spokesman said the schedule was still open.")
    assert one(text, "2018-10-02")["quote"] == "the schedule was still open"
    text = "When asked about the drills, the ministry said they would go ahead in March."
    assert one(text, "2018-10-02")["quote"] == "they would go ahead in March"


def test_an_opening_adverb_without_its_comma_stands_before_the_speaker():
    text = ("Foreign Minister Park Jin-woo met his Chinese counterpart on Monday. Afterwards Park said the two had "
            "agreed to meet again in spring.")
    row = one(text, "2023-02-07")
    assert (row["speaker"], row["quote"]) == ("Park Jin-woo", "the two had agreed to meet again in spring")
    assert one("Later the agency said the flights would resume.", "2023-02-07")["speaker"] == "the agency"


def test_a_korean_name_of_one_given_syllable_after_a_title_is_a_full_name():
    text = ("The delegation, led by vice minister for trade policy Kang Min, left for Beijing on Monday. At the "
            "airport, Kang said the talks would cover tariffs.")
    assert one(text, "2019-04-02")["speaker"] == "Kang Min"


@pytest.mark.parametrize("text", [
    "Conservative presidential hopeful Park Min-su said Tuesday he would reopen the Kaesong complex.",
    "South Korean presidential front-runner Park Min-su said he would reopen the Kaesong complex.",
    "Opposition candidate Park Min-su said that he would reopen the Kaesong complex.",
])
def test_an_election_title_before_a_name_opens_the_speaker(text):
    row = one(text, "2022-02-08")
    assert (row["speaker"], row["quote"]) == ("Park Min-su", "he would reopen the Kaesong complex")


def test_an_office_the_lead_names_is_the_holder_the_next_paragraph_names():
    text = ("SEOUL -- South Korea's new defense minister said Monday that the border had grown calmer this year.\n\n"
            "Defense Minister Han Kyung-soo, who took office last week, made the remarks during a visit to "
            "Cheorwon.\n\nThe drills would go ahead in March, Han said.")
    df = statements(text, "2021-05-10")
    assert df["speaker"].tolist() == ["Han Kyung-soo", "Han Kyung-soo"]
    # a former holder, or a holder of another office, is someone else
    text = ("SEOUL -- South Korea's former defense minister said Monday that the border had grown calmer this "
            "year.\n\nDefense Minister Han Kyung-soo visited Cheorwon on Monday.")
    assert one(text, "2021-05-10")["speaker"] == "South Korea's former defense minister"
    text = ("SEOUL -- South Korea's unification minister said Monday that the border had grown calmer this "
            "year.\n\nDefense Minister Han Kyung-soo visited Cheorwon on Monday.")
    assert one(text, "2021-05-10")["speaker"] == "South Korea's unification minister"


def test_the_role_speaking_after_a_name_in_its_clause_is_no_appositive_of_that_name():
    text = ("Foreign Minister Cho Hyun-woo arrived in Tokyo on Monday. The final decision is up to President "
            "Park Ji-hoon, the minister said.")
    row = one(text, "2020-11-18")
    assert (row["speaker"], row["quote"]) == ("Cho Hyun-woo", "The final decision is up to President Park Ji-hoon")


def test_a_body_subject_before_a_parenthetical_phrase_is_the_antecedent_of_it():
    text = ("Seoul's Unification Ministry said the talks had stalled. Cash-strapped North Korea, hit hard by floods "
            "last summer, badly needs food aid. It said it would reopen the border crossing in May.")
    df = statements(text, "2012-03-05")
    assert df["speaker"].tolist() == ["Ministry of Unification", "North Korea"]


def test_a_calling_before_a_korean_name_of_one_given_syllable_is_a_title():
    text = ("The South's delegation was led by singer-songwriter Kim Hwan. Kim told reporters the rehearsals would "
            "start on Monday.")
    assert one(text, "2018-03-20")["speaker"] == "Kim Hwan"
    text = ("Seoul's chief delegate, the pianist and composer Kim Hwan, told reporters the rehearsals would start on "
            "Monday.")
    assert one(text, "2018-03-20")["speaker"] == "Kim Hwan"


def test_an_outlet_whose_verb_governs_the_quotation_beats_a_speaker_of_another_clause():
    text = ('KCNA described the drills as "a rehearsal for invasion" on Monday, while the North vowed to respond.')
    row = one(text, "2019-03-04")
    assert (row["speaker"], row["quote"]) == ("KCNA", "a rehearsal for invasion") and pd.isna(row["via"])
    text = 'Rodong Sinmun called the plan "a farce" that the ministry said would fail.'
    assert one(text, "2019-03-04")["speaker"] == "Rodong Sinmun"
    # an outlet closing the sentence still only relays the speaker of the quotation's clause
    text = ('North Korea said Monday it had found new cases and put the country under a "maximum alert" system, '
            'KCNA reported.')
    assert statements(text, "2019-03-04")["speaker"].tolist()[-1] == "North Korea"


def test_a_participle_phrase_after_an_unnamed_person_is_no_part_of_the_speaker():
    text = '"We will stay until morning," said a 30-year-old teacher holding a paper sign.'
    assert one(text, "2019-03-04")["speaker"] == "a 30-year-old teacher"
    text = "A South Korean official involved in the planning said the talks would go ahead."
    assert one(text, "2019-03-04")["speaker"] == "a South Korean official"
    text = "A retired diplomat watching the speech in Seoul said the offer was sincere."
    assert one(text, "2019-03-04")["speaker"] == "a retired diplomat"
    # a participle before the noun, or one that defines a group, stays
    text = '"It is over," a senior ruling party official told reporters.'
    assert one(text, "2019-03-04")["speaker"] == "a senior ruling party official"
    text = "A group representing families of abductees said the talks would go ahead."
    assert one(text, "2019-03-04")["speaker"] == "a group representing families of abductees"


def test_the_norths_radio_is_an_outlet_that_speaks():
    text = "The parade had been set for Monday, but Radio Pyongyang said Sunday it was delayed by a day."
    assert one(text, "1990-05-07")["speaker"] == "Radio Pyongyang"
    assert one("North Korea accepted the offer, Pyongyang radio said.", "1990-05-07")["speaker"] == "Pyongyang radio"


def test_a_cue_word_after_a_possessive_is_a_noun_not_a_verb():
    text = ("The Defense Ministry later said it could not verify whether the North's reports were accurate, and "
            "warned that it would retaliate if attacked.")
    df = statements(text, "2019-01-01")
    assert df["speaker"].tolist() == ["Ministry of National Defense", "Ministry of National Defense"]
    assert df["quote"].tolist()[1] == "it would retaliate if attacked"


def test_the_ministry_after_a_minister_of_no_known_org_is_the_body_of_the_title():
    text = ("The North will send a delegation, Unification Minister Park Sung-ho said Sunday. The talks will open on "
            "Monday, the ministry said.")
    assert statements(text, "2014-10-05")["speaker"].tolist() == ["Park Sung-ho", "Ministry of Unification"]
    text = ("The drills will go ahead, Defense Minister Park Sung-ho said Sunday. No date has been set, the ministry "
            "said.")
    assert statements(text, "2014-10-05")["speaker"].tolist()[-1] == "Ministry of National Defense"


def test_a_closing_attribution_reports_the_clause_of_any_verb_but_said_or_of_a_pronoun():
    text = ("During a two-hour lunch, Park stressed the need for calm and voiced hope that the talks would resume "
            "soon, the ministry said in a statement.")
    row = one(text, "2019-05-02")
    assert row["speaker"] == "the ministry" and row["quote"].endswith("voiced hope that the talks would resume soon")
    text = "The North insisted that the South lift its ban first, officials said."
    assert one(text, "2019-05-02")["speaker"] == "officials"
    # "said" (and "replied") keep their own speaker, and so does "he" going on after a speaker
    text = "Park said the talks would resume in June, officials said."
    assert one(text, "2019-05-02")["speaker"] == "Park"
    text = "Park said the talks would resume. He demanded that the South lift its ban first, officials said."
    assert statements(text, "2019-05-02")["speaker"].tolist() == ["Park", "Park"]


def test_a_speaker_described_by_one_of_many_firms_is_not_the_outlet_told():
    row = one('"The banks are already calling," the head of one garment maker told Reuters.', "2016-02-29")
    assert (row["speaker"], row["via"], row["kind"]) == ("the head of one garment maker", "Reuters", "direct")


def test_a_speaker_with_a_body_or_with_the_other_side_is_described_not_the_body_or_country():
    # "with" after a person noun says whom they work for or deal with, as "at" does: the description speaks
    row = one('"Every offer ends up in a drawer," a former negotiator with the North said.', "2025-12-04")
    assert (row["speaker"], row["kind"]) == ("a former negotiator with the North", "direct")
    assert pd.isna(row["speaker_country"])  # the North is the other side, not the negotiator's country
    row = one('"They will wait for Washington," a researcher with the Sejong Institute said.', "2025-12-04")
    assert row["speaker"] == "a researcher with the Sejong Institute"
    row = one('"They will wait," a South Korean negotiator with the North said.', "2025-12-04")
    assert row["speaker_country"] == "KOR"


def test_the_ministry_is_the_one_a_minister_who_spoke_since_heads():
    text = ("The defense ministry said its calls over the military lines went unanswered. Unification Minister Kwon "
            "Young-se warned that the silence would isolate the North. The ministry has said it is looking into why "
            "the North stopped answering.")
    assert statements(text, "2023-04-12")["speaker"].tolist() == [
        "Ministry of National Defense", "Kwon Young-se", "Ministry of Unification"]
    # the body that spoke last still wins over a minister who spoke before it
    text = ("Unification Minister Kwon Young-se warned that the silence would isolate the North. The defense "
            "ministry said its calls went unanswered. The ministry said the lines were checked.")
    assert statements(text, "2023-04-12")["speaker"].tolist()[-1] == "Ministry of National Defense"


def test_a_listener_of_lower_case_words_before_that_is_not_what_was_said():
    row = one("Ri told pool reporters that a date had been agreed.", "2018-08-13")
    assert (row["speaker"], row["quote"]) == ("Ri", "a date had been agreed")
    row = one("Kwon told reporters afterward that the wording was too vague.", "1985-09-25")
    assert row["quote"] == "the wording was too vague"
    # "urged" is no telling: "that" after its object opens a relative clause of the object
    df = statements("Choi urged other groups that send leaflets to the North to do the same.", "2020-06-29")
    assert not df["quote"].str.startswith("send leaflets").any()


def test_a_clause_reported_before_a_partial_quotation_of_the_same_speaker():
    df = statements('North Korea said Friday it has no intention of sitting down with South Korea again, brushing off '
                    'President Moon Jae-in\'s call for a "peace economy" with the North.', "2019-08-16")
    assert df[["kind", "quote"]].values.tolist() == [
        ["indirect", "it has no intention of sitting down with South Korea again"], ["partial", "peace economy"]]
    # the quotation inside the reported clause is the only statement ("the plan was" says nothing)
    df = statements('North Korea said the plan was "absurd."', "2019-08-16")
    assert df["kind"].tolist() == ["partial"]
    # the relay at the end of the sentence relays both
    df = statements('Kim Jong Un has declared that his country will no longer pursue reunification, describing the '
                    'two as "two states hostile to each other," state media reported Sunday.', "2023-12-31")
    assert df["kind"].tolist() == ["indirect", "partial"] and set(df["via"]) == {"state media"}


def test_a_relay_after_a_participle_clause_is_not_part_of_it():
    df = statements("Ri said a date had been agreed, adding that he would not reveal it, per AP.", "2018-08-13")
    assert df["quote"].tolist() == ["a date had been agreed", "he would not reveal it"]
    assert set(df["via"]) == {"AP"}


def test_claiming_credit_is_no_clause():
    assert statements("Trump claimed credit on Thursday for the talks.", "2018-01-05").empty
    assert one("North Korea claimed the South had fired first.", "2018-01-05")["quote"] == "the South had fired first"


def test_words_characterised_by_a_speech_act_and_relayed_by_an_outlet_are_the_subjects():
    row = one("Kim Yo Jong called the drills a rehearsal for invasion, per KCNA.", "2019-08-16")
    assert (row["speaker"], row["via"], row["quote"]) == ("Kim Yo-jong", "KCNA",
                                                          "called the drills a rehearsal for invasion")
    row = one("On Friday, the North Korean military accused Seoul of flying drones over Pyongyang, according to KCNA.",
              "2024-10-12")
    assert (row["speaker"], row["via"]) == ("Korean People's Army", "KCNA")
    # an act the outlet reports, and a deal or an offer, stay the outlet's report
    assert one("The North blew up the liaison office on Tuesday, per KCNA.", "2020-06-16")["speaker"] == "KCNA"
    assert one("Moon offered on Monday to send two envoys to Pyongyang, per KCNA.", "2018-03-05")["speaker"] == "KCNA"


def test_a_description_of_one_word_after_said_and_families_who_speak():
    row = one('"Every year the list of people waiting gets shorter," said a volunteer.', "2009-09-28")
    assert (row["speaker"], row["kind"]) == ("a volunteer", "direct")
    row = one('"We used to tell visitors they would come back," said a guide who once led the tours.', "2009-09-28")
    assert row["speaker"] == "a guide"
    row = one("Separated families in the South have pressed for more meetings, saying time is running out.",
              "2009-09-28")
    assert (row["speaker"], row["quote"]) == ("Separated families", "time is running out")


def test_a_sentence_opening_with_but_or_and_reports_the_clause_after_said():
    row = one("But South Korean officials said the North had brushed off the proposals.", "2015-12-16")
    assert (row["speaker"], row["quote"]) == ("South Korean officials", "the North had brushed off the proposals")
    assert one("And Kim said the talks would go on.", "2015-12-16")["quote"] == "the talks would go on"


def test_two_sides_named_together_speak_together():
    row = one("Seoul and Washington refused, saying the exercises were defensive.", "2014-02-20")
    assert (row["speaker"], row["quote"]) == ("Seoul and Washington", "the exercises were defensive")
    row = one("South Korea and the United States said the drills would go ahead.", "2014-02-20")
    assert row["speaker"] == "South Korea and the United States"
    assert one("Seoul said the drills would go ahead.", "2014-02-20")["speaker"] == "South Korea"


def test_an_opening_since_then_and_a_dispute_over_something():
    row = one("Since then the delegations have said the talks would go on.", "2013-07-29")
    assert (row["speaker"], row["quote"]) == ("the delegations", "the talks would go on")
    assert statements("Since then the delegations have argued over who was to blame for the shutdown.",
                      "2013-07-29").empty


def test_adjuncts_after_a_closing_attribution_and_a_phrase_cut_by_the_verbs_adjuncts():
    # "after the session at a hotel in eastern Seoul" closes the sentence: the clause before it was reported
    row = one("Chung proposed that the generals meet in July, ministry spokesman Kim Chun-sik told reporters after "
              "the session at a hotel in eastern Seoul.", "2005-06-22")
    assert (row["speaker"], row["quote"]) == ("Kim Chun-sik", "Chung proposed that the generals meet in July")
    # what was told starts after its "that" or its "to", past commas and a verb in the adjunct
    row = one("Hyun told a press conference at the customs office here, just south of the Demilitarized Zone, that "
              "she met Kim on Saturday.", "2009-08-17")
    assert row["quote"] == "she met Kim on Saturday"
    row = one("Japanese authorities told residents in the north of the country to take cover.", "2022-10-04")
    assert row["quote"] == "to take cover"
    row = one("Hong, then unification minister, claimed that year that most of the wages went to the party.",
              "2016-02-15")
    assert row["quote"] == "most of the wages went to the party"


def test_the_statement_is_the_one_handed_out_since_not_a_joint_statement_never_signed():
    text = ("The talks ended without a joint statement. Before leaving, the North Korean delegates handed reporters "
            "a statement that blamed the South. The talks were no military talks, the statement said.")
    assert statements(text, "2006-07-14")["speaker"].tolist() == ["the North Korean delegates"]
    text = text.replace("handed reporters", "handed the South Korean press")  # any short listener
    assert statements(text, "2006-07-14")["speaker"].tolist() == ["the North Korean delegates"]


def test_a_description_ends_before_its_whose_clause():
    row = one('"I was 19 when I walked south," said a 54-year-old Seoul shopkeeper whose parents stayed in Hamhung.',
              "1985-08-28")
    assert row["speaker"] == "a 54-year-old Seoul shopkeeper"


def test_an_outlet_quoted_in_the_next_clause_relays_nothing_before_it():
    df = statements('The North blew up the building on June 16, the unification ministry said, and KCNA said later '
                    'that day that the office had been "tragically ruined."', "2020-12-22")
    first = df.iloc[0]
    assert first["speaker"] == "Ministry of Unification" and pd.isna(first["via"])


def test_a_name_set_off_by_an_appositive_role_is_a_person_a_later_surname_or_pronoun_refers_to():
    text = ("Mark Hollis, a former U.S. diplomat, arrived in Seoul on Monday. He said the talks went well. "
            "Hollis spent four hours with Foreign Minister Ri Yong Ho, he told reporters.")
    df = statements(text, "2017-12-12")
    assert df["speaker"].tolist() == ["Mark Hollis", "Mark Hollis"]
    # no role in the appositive: a place, not a person ("Mount Kumgang, a resort ..."); nothing is said for "he"
    text = "Mount Paektu, a volcano on the border, erupted long ago. He said the talks went well."
    assert statements(text, "2017-12-12").empty


def test_a_speaker_with_a_participle_phrase_before_its_agent_between_commas():
    df = statements("The annual joint editorial, led by the party daily Rodong Sinmun, said the task was to end "
                    "hostility.", "2010-01-01")
    assert df["speaker"].tolist() == ["the annual joint editorial"]
    # an irregular past that is the clause's own verb is no aside: the inverted speaker still speaks
    row = one("The river, about 60 kilometers north of Seoul, rose to 4.6 meters early on Sunday, said Choi Min-su, "
              "a provincial official.", "2009-09-06")
    assert row["speaker"] == "Choi Min-su"


def test_plural_nouns_used_as_modifiers_stay_in_the_description():
    assert one("The human rights lawyer said peace would come.", "2003-02-25")["speaker"] == "the human rights lawyer"
    assert one("The arms control expert said talks would resume.", "2003-02-25")["speaker"] == (
        "the arms control expert")


def test_a_verb_coordinated_after_an_opening_participle_clause_shares_the_main_subject():
    df = statements("Addressing a crowd outside the National Assembly, the former lawyer said his government would "
                    "pursue peace and insisted that all disputes be settled through dialogue.", "2003-02-25")
    assert df["speaker"].tolist() == ["the former lawyer", "the former lawyer"]


def test_an_owners_role_with_modifiers_before_the_appositive_name():
    # "The official's older brother, Lee Rae-jin, said": the name speaks, whatever verb or participle follows
    for text in ("The official's older brother, Lee Rae-jin, said he doubts the finding.",
                 "His older brother, Lee Rae-jin, said he doubts the finding.",
                 "The official's older brother, Lee Rae-jin, asked the UN to investigate, saying he doubts the "
                 "finding."):
        row = one(text, "2020-10-15")
        assert (row["speaker"], row["quote"]) == ("Lee Rae-jin", "he doubts the finding")


def test_the_spokesman_speaks_for_the_body_named_with_him_and_a_relay_aside_before_that():
    text = ("The announcement came in a statement from a spokesman for the United Front Department. The spokesman "
            "said in the statement, carried by the official Korean Central News Agency, that the office would be "
            "withdrawn first.")
    row = one(text, "2020-06-06")
    assert (row["speaker"], row["via"], row["quote"]) == (
        "United Front Department", "KCNA", "the office would be withdrawn first")
    # no spokesperson of a body named before: the description stays
    assert one("The spokesman said the office would be withdrawn first.", "2020-06-06")["speaker"] == "the spokesman"


def test_bodies_named_through_the_norths_army_or_red_cross_society():
    row = one("The General Staff of the North's army said units would be deployed.", "2020-06-17")
    assert row["speaker"] == "General Staff of the Korean People's Army"
    row = one('A spokesman for the North\'s Red Cross Society called it "a hideous crime."', "2016-04-12")
    assert row["speaker"] == "Red Cross Society of the DPRK"


def test_that_day_after_the_listener_is_a_time_not_the_told_clause():
    row = one("North Korea had not responded by Tuesday, defence ministry spokesman Moon Sang-kyun told a briefing "
              "that day.", "2017-07-19")
    assert (row["speaker"], row["quote"]) == ("Moon Sang-kyun", "North Korea had not responded by Tuesday")
    row = one("Moon Sang-kyun told a briefing that day that the North had not responded.", "2017-07-19")
    assert row["quote"] == "the North had not responded"


def test_a_name_with_a_role_appositive_and_a_relative_clause_before_said():
    row = one("Chang Choong-shik, president of the South Korean Red Cross, who led the southern group, said he had "
              "raised the idea of a second round.", "2000-08-19")
    assert row["speaker"] == "Chang Choong-shik"


def test_he_after_a_person_described_after_a_phrase_of_place_is_that_person():
    text = ("A South Korean Red Cross official said the line was working.\n\n"
            "At Seoul railway station, a 64-year-old man who fled from Hamhung in 1950 stopped to read the reports "
            "posted on a wall.\n\n"
            "\"My wife and my son stayed behind,\" he said.\n")
    st = extract_statements(read_article(text, published="1971-09-21"))
    row = st[st["quote"].str.contains("stayed behind")].iloc[0]
    assert row["speaker"] == "a 64-year-old man"
    # without the phrase of place the same holds, and a lower-case opening is no place
    st = extract_statements(read_article(text.replace("At Seoul railway station, a", "A"), published="1971-09-21"))
    assert st[st["quote"].str.contains("stayed behind")].iloc[0]["speaker"] == "a 64-year-old man"


def test_a_name_inside_the_quotation_is_not_what_he_refers_to():
    text = ("Roh Tae-woo said on Tuesday he was willing to visit Pyongyang.\n\n"
            "A political scientist at a Seoul university said the offer was aimed at voters. \"People want the "
            "government to move. Roh has put the ball in Kim's court,\" he said.\n")
    st = extract_statements(read_article(text, published="1988-10-04"))
    row = st[st["quote"].str.contains("ball in Kim")].iloc[0]
    assert row["speaker"] == "a political scientist at a Seoul university"


@pytest.mark.parametrize(("text", "speaker"), [
    ("An editorial in the Rodong Sinmun newspaper said the talks were over.", "Rodong Sinmun"),
    ("The commentary in the Rodong Sinmun, the official daily of the ruling Workers' Party, said the talks were over.",
     "Rodong Sinmun"),
    ("A long commentary in Minju Joson, the North's Cabinet newspaper, said the talks were over.", "Minju Joson"),
])
def test_a_document_in_a_named_paper_is_the_papers_statement(text, speaker):
    row = one(text, "2020-06-22")
    assert (row["speaker"], row["quote"]) == (speaker, "the talks were over")


def test_the_north_korean_weekly_speaks_on_through_the_article_it_ran():
    df = statements(
        "The weekly Tongil Sinbo, one of the North's propaganda outlets, said in an article that by ignoring "
        "\"fundamental\" problems, Seoul was trying to show off.\n\n"
        "The article said the South had gone back on its promises by holding drills, a reference to its recent "
        "exercises with the United States.\n",
        published="2019-05-26",
    )  # (a North Korean paper is a speaking outlet: its article is its own statement, whatever words it holds)
    assert list(df.loc[df["quote"].str.startswith("the South had gone back"), "speaker"]) == ["Tongil Sinbo"]


@pytest.mark.parametrize(("text", "day"), [
    ("Friday's statement from KCNA said the South had betrayed the nation.", "2020-06-19"),
    ("Thursday's Rodong Sinmun editorial said the South had betrayed the nation.", "2020-06-18"),
    ("North Korea spoke on Friday. Thursday's editorial in Rodong Sinmun adds that the South had betrayed the nation.",
     "2020-06-18"),
])
def test_a_possessive_weekday_on_the_document_dates_the_statement(text, day):
    df = statements(text, "2020-06-22")
    row = df[df["quote"] == "the South had betrayed the nation"].iloc[0]
    assert (str(row["date"].date()), row["date_precision"]) == (day, "day")


def test_a_possessive_weekday_on_another_noun_does_not_date_the_statement():
    row = one("Friday's talks collapsed, and KCNA said the South was lying.", "2020-06-22")
    assert (str(row["date"].date()), row["date_precision"]) == ("2020-06-22", "reported")


@pytest.mark.parametrize("text", [
    "Elderly South Koreans said goodbye to their relatives in North Korea on Monday, most of them for the last time.",
    "The families said a prayer for relatives they would not see again.",
])
def test_said_goodbye_is_no_statement(text):
    assert statements(text, "2015-10-26").empty


def test_a_quotation_of_archived_ap_copy_closed_by_two_apostrophes_has_its_speaker():
    df = statements("``It is a small door, but it is the first one,'' said a Western diplomat in Seoul. ``The question "
                    "is whether anyone will walk through it again.''", "1985-09-17")
    assert list(df["speaker"]) == ["a Western diplomat in Seoul"] * 2
    assert list(df["kind"]) == ["direct", "direct"]
    assert df["quote"].iloc[1] == "The question is whether anyone will walk through it again."


def test_saying_then_a_noun_with_a_phrase_and_an_auxiliary_reports_speech():
    df = statements("President Kim Young-sam on Monday put economic exchanges with North Korea on hold, saying visits "
                    "by South Korean businessmen would be allowed only after the North reverses its decision.",
                    "1993-03-15")
    assert list(df["speaker"]) == ["Kim Young-sam"]
    assert df["quote"].iloc[0].startswith("visits by South Korean businessmen would be allowed")


def test_the_month_may_is_no_auxiliary_that_makes_an_object_a_clause():
    assert statements("The minister announced a meeting in May.", "1993-03-15").empty
    assert len(statements("Kim Dae-jung announced the North may return to talks soon.", "1993-03-15")) == 1


def test_a_bare_kim_relayed_by_state_media_is_the_norths_not_a_southerner_named_closer_before():
    df = statements(
        "The plan fits Kim Jong Un's new line that the South is a separate state.\n\n"
        "Work began on Sept. 18, 2000, with President Kim Dae-jung at the groundbreaking.\n\n"
        'In January, Kim called for the route to be cut off to an "irretrievable level," per KCNA.',
        published="2024-09-18",
    )
    assert list(zip(df["speaker"], df["via"], strict=True)) == [("Kim Jong-un", "KCNA")]
    # without the relay the bare surname stays the Kim named last
    df = statements(
        "The plan fits Kim Jong Un's new line.\n\n"
        "Work began in 2000, with President Kim Dae-jung at the groundbreaking.\n\n"
        'Kim called the rails "a road to reunification."',
        published="2024-09-18",
    )
    assert list(df["speaker"]) == ["Kim Dae-jung"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a day after a month without a comma opens the sentence: no part of the speaker
    ("On October 3 the head of the North's delegation said the meeting would go ahead.",
     "the head of the North's delegation"),
    # a relative clause between the speaker and the verb: the noun before "who"
    ("One shop owner who came back last week says the street has gone quiet.", "one shop owner"),
    # "who has said" after a name and its appositive: the name speaks
    ("Seoul picked Chung Se-hyun, a former minister who has said he wants the office reopened.", "Chung Se-hyun"),
])
def test_the_speaker_is_the_noun_phrase_not_a_date_or_a_relative_clause_around_it(text, speaker):
    assert one(text, "2019-10-20")["speaker"] == speaker


# ------------------------------------------------------------------------------------------ the fifty-seventh session
@pytest.mark.parametrize(("text", "speaker"), [
    # a description after the quotation whose modifiers mix a proper adjective or a name with lower-case words
    ('"The ships will now have to shout across the water," a South Korean coast guard officer said.',
     "a South Korean coast guard officer"),
    ('"The tables have been empty since Friday," a Paju city official said.', "a Paju city official"),
    ('"Every seat on the buses is booked," a Hyundai Asan tour manager said on Monday.', "a Hyundai Asan tour manager"),
    # what the speaker does or knows, after the speaker noun, before the verb: the quotation keeps its speaker
    ('"The date means nothing until they call," an official in charge of the talks said.',
     "an official in charge of the talks"),
    ('"The date means nothing until they call," a South Korean officer responsible for the line said.',
     "a South Korean officer responsible for the line"),
    # after the verb: the phrase is not cut inside ("a South Korean official familiar")
    ('"The date means nothing until they call," said a South Korean official familiar with the office.',
     "a South Korean official"),
    # (the fifty-eighth session) a role noun after an adjective the lists do not know: the description speaks, not
    # the outlet told
    ('"We watched them on radar for hours," a retired colonel told Axios.', "a retired colonel"),
    ('"Nobody answered at nine or at five," a retired air force sergeant said.', "a retired air force sergeant"),
    # a person of a company a relative clause tells about: neither the place in the clause nor the outlet speaks
    ('"Our sewing machines have sat idle since February," the head of a textile company that ran a plant in Kaesong '
     "told Axios.", "the head of a textile company that ran a plant in Kaesong"),
    ('"We want to know if the boilers survived the winter," the owner of a parts maker that had a factory in the park '
     "told Axios.", "the owner of a parts maker that had a factory in the park"),
])
def test_a_described_speaker_of_a_quotation_keeps_its_whole_description(text, speaker):
    row = one(text, "2016-02-12")
    assert (row["speaker"], row["kind"]) == (speaker, "direct")


@pytest.mark.parametrize(("text", "speaker"), [
    # a body described by what it does speaks as described; before, the statement was lost
    ("The North's agency in charge of the resort said on Friday it would seize the hotels.",
     "the North's agency in charge of the resort"),
    ("A spokesman for the North's agency in charge of the resort said on Friday the tours were over.",
     "a spokesman for the North's agency in charge of the resort"),
    # a person of a named body, with a head noun the lists do not know: described, not lost
    ('"The buses left empty this morning," said a Hyundai Asan guide.', "a Hyundai Asan guide"),
    ('"We will wait as long as it takes," said a Korean Red Cross nurse.', "a Korean Red Cross nurse"),
    ('"The road is closed until further notice," said a Hyundai Asan team.', "a Hyundai Asan team"),
])
def test_a_described_speaker_tied_to_a_body_is_not_lost(text, speaker):
    assert one(text, "2010-04-24")["speaker"] == speaker


def test_a_role_for_something_before_a_name_set_off_by_commas():
    # "The envoy on North Korea, Glyn Davies, said": the name set off after the role speaks; before, nothing did
    row = one('The U.S. envoy on North Korea, Sung Kim, said: "Threats will not bring anyone back to the table."',
              "2012-10-22")
    assert (row["speaker"], row["kind"]) == ("Sung Kim", "direct")


# ------------------------------------------------------------------------------------------ the fifty-eighth session
@pytest.mark.parametrize(("text", "speaker"), [
    # a body or person described by a relative clause speaks with its clause; before, nothing spoke
    ("On April 8, the North Korean agency that runs the tourist zone said its contract with Hyundai was void.",
     "the North Korean agency that runs the tourist zone"),
    # the names inside the clause never speak ("North Korea's Diamond Mountain", "the South")
    ("The head of the South Korean company that ran tours to North Korea's Diamond Mountain said Monday the trips "
     "could restart quickly.",
     "the head of the South Korean company that ran tours to North Korea's Diamond Mountain"),
    ("On Aug. 16, the North's committee that handles relations with the South said it would never again sit down "
     "for talks.", "the North's committee that handles relations with the South"),
])
def test_a_speaker_described_by_a_relative_clause_speaks_with_it(text, speaker):
    assert one(text, "2010-09-01")["speaker"] == speaker


def test_a_speaker_inside_a_relative_clause_of_an_object_still_speaks():
    # "an offer that officials in Seoul said would ease tension": "that" opens the object's clause; its subject speaks
    row = one("The North rejected an offer that officials in Seoul said would ease tension.", "2010-09-01")
    assert row["speaker"] == "officials in Seoul"


@pytest.mark.parametrize(("text", "speaker", "org"), [
    # a leader's name before "administration" or "government" tells whose officials speak, not who speaks
    ("A senior Biden administration official said Saturday that Washington had tried to reach Pyongyang.",
     "a senior Biden administration official", "United States"),
    ("Trump administration officials said Saturday that Washington had tried to reach Pyongyang.",
     "Trump administration officials", "United States"),
    ('"We called twice and heard nothing," a Moon government official told reporters.',
     "a Moon government official", "Blue House"),
    # the leader alone still speaks
    ("Moon said Saturday that Seoul had tried to reach Pyongyang.", "Moon Jae-in", "Blue House"),
])
def test_an_official_of_a_leaders_administration_is_not_the_leader(text, speaker, org):
    row = one(text, "2021-03-15")
    assert (row["speaker"], row["speaker_org"]) == (speaker, org)


@pytest.mark.parametrize(("text", "speaker", "via"), [
    # a description between the quotation and "told <outlet>" that no other rule reads: the description speaks
    # as the text gives it, the outlet relays; before, the outlet was the speaker of a partial quotation
    ('"Every night I listen for the sirens," a resident of Goyang, north of Seoul, told Axios.',
     "a resident of Goyang, north of Seoul", "Axios"),
    ('"Every truck now waits an hour," an official at the transit office near the border told Yonhap.',
     "an official at the transit office near the border", "Yonhap"),
    ('"Nobody here wants to hear the word delay again," a Hyundai engineer working on the line told Reuters.',
     "a Hyundai engineer working on the line", "Reuters"),
])
def test_the_description_before_told_an_outlet_speaks_not_the_outlet(text, speaker, via):
    row = one(text, "2020-06-10")
    assert (row["speaker"], row["kind"], row["via"]) == (speaker, "direct", via)
    # the same description before "said" speaks too (before, the statement was lost)
    row = one(text.replace(f"told {via}.", "said."), "2020-06-10")
    assert (row["speaker"], row["kind"]) == (speaker, "direct") and pd.isna(row["via"])


@pytest.mark.parametrize("text", [
    # where the words were published, without a determiner before a plural document: a relay, not what was said
    "A spokesman for the agency warned on Thursday that the zone could close, in comments carried by KCNA.",
    "A spokesman for the agency warned on Thursday that the zone could close, in remarks carried by KCNA.",
])
def test_comments_or_remarks_carried_by_an_outlet_relay_the_words(text):
    row = one(text, "2010-04-24")
    assert (row["quote"], row["via"]) == ("the zone could close", "KCNA")


# ------------------------------------------------------------------------------------------ the fifty-ninth session
@pytest.mark.parametrize(("text", "speaker"), [
    # a day between the participle and "by" ("carried Friday by", "released late on Monday by"): still a relay
    ("The committee said in a statement carried Friday by the official Korean Central News Agency that the "
     "tours were over.", "the committee"),
    ("In a statement released late on Monday by state news agency KCNA, the committee said the tours were over.",
     "the committee"),
    ("The committee said the tours were over, in a statement published on May 3 by KCNA.", "the committee"),
])
def test_a_relay_with_its_day_before_by_is_still_a_relay(text, speaker):
    row = one(text, "2008-08-11")
    assert (row["speaker"], row["via"]) == (speaker, "KCNA")


@pytest.mark.parametrize(("text", "speaker"), [
    # a military unit speaks for itself (before, nothing spoke)
    ("The army unit said on Sunday that it would expel the managers from the resort.", "the army unit"),
    # its relative clause's verb spelled as a plural noun ("guards", "patrols") is the clause's verb
    ("The North Korean army unit that guards the resort said on Sunday that it would expel the managers.",
     "the North Korean army unit that guards the resort"),
])
def test_a_military_unit_speaks_with_its_relative_clause(text, speaker):
    assert one(text, "2008-08-11")["speaker"] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a role before a name the lists did not know: the name speaks, without the role
    ("Organiser Kim Min-ho said the balloons would fly again next week.", "Kim Min-ho"),
    ("Minister-designate Lee Jae-won said the balloons would fly again next week.", "Lee Jae-won"),
])
def test_a_role_before_a_name_is_left_out_of_the_speaker(text, speaker):
    assert one(text, "2016-04-02")["speaker"] == speaker


# ------------------------------------------------------------------------------------------ the sixtieth session
@pytest.mark.parametrize(("text", "published", "speaker", "via"), [
    # a full name after a title ("U.S. envoy", "Secretary-General"), then the bare surname: that person
    ("The round followed talks with U.S. envoy Christopher Hill in Beijing. Hill called the meeting \"useful and "
     "substantive.\"", "2007-02-01", "Christopher Hill", None),
    ("U.N. Secretary-General Ban Ki-moon had planned to tour the park. Ban said the cancellation was \"very "
     "regrettable.\"", "2015-05-21", "Ban Ki-moon", None),
    # "Within hours", "Within days of ...": a time, never a speaker
    ("Within hours, the North answered, calling the proposal \"a hollow gesture.\"", "2016-05-24", "North Korea", None),
    ("Within days of the clash, Seoul suspended the aid shipments and said there would be no talks.", "1999-06-20",
     "South Korea", None),
    # a retired liaison officer is described whole
    ("\"The phone still rings on our side,\" a retired South Korean liaison officer said.", "2021-08-20",
     "a retired South Korean liaison officer", None),
    # "Name, the head of <body>, who told ...": the person speaks, not the body inside the appositive
    ("Seoul cited Kim Tae-young, the head of the Joint Chiefs of Staff, who told lawmakers that the military was "
     "ready.", "2010-03-30", "Kim Tae-young", None),
    # a bare number is no one: the closing attribution speaks
    ("Four or five officials arrived on Monday, saying they had come to work, the ministry said.", "2019-03-26",
     "the ministry", None),
    # an activist group whose name holds a country's
    ("Fighters for a Free North Korea said it had sent 20 balloons north on Thursday.", "2014-10-11",
     "Fighters for a Free North Korea", None),
    # an order is words of the one who gave it, relayed by the agency that reported it
    ("Kim Jong Un ordered the \"shabby\" hotels torn down, KCNA reported.", "2019-10-24", "Kim Jong-un", "KCNA"),
])
def test_names_after_titles_times_descriptions_and_orders(text, published, speaker, via):
    row = one(text, published)
    assert (row["speaker"], row["via"] if isinstance(row["via"], str) else None) == (speaker, via)


def test_a_news_agency_name_after_official_is_no_person_she_refers_to():
    # "the official Korean Central News Agency": "official" is no title before a person's name
    row = one("Kim Yo Jong denounced another batch of leaflets on Tuesday. In a statement carried by the official "
              "Korean Central News Agency, she said local officials were sealing off the areas.", "2024-05-30")
    assert (row["speaker"], row["via"]) == ("Kim Yo-jong", "KCNA")


def test_who_is_ordered_after_a_quotation_never_speaks():
    # '"a grave test," ordered army engineers': no inverted attribution after a directive
    df = statements("Kim Jong Un, who has called the flood \"a grave test,\" ordered army engineers on Monday to "
                    "rebuild the dikes.", "2024-08-05")
    assert not [s for s in df["speaker"] if "army" in s or "engineers" in s], df[["speaker", "quote"]]


# ---------------------------------------------------------------------------------------- the sixty-first session
@pytest.mark.parametrize("text, published, speaker", [
    # a participle after a "because" clause when the main clause names no party: the party of the reason speaks
    ("The talks stalled because the North walked out, saying the South had insulted its leader.", "2013-06-12",
     "North Korea"),
    ("The office has been empty for weeks because Seoul has kept its officials at home, saying it wants guarantees "
     "for their safety.", "2019-03-20", "South Korea"),
    # ... but a party in the main clause keeps the participle
    ("North Korea walked out because Seoul refused its demand, saying the South had insulted its leader.",
     "2013-06-12", "North Korea"),
    # ... a clause set off by ", when", past who leads the body
    ("A joint rail survey stalled in August, when the U.S.-led United Nations Command refused to let the train "
     "cross, saying it needed more details.", "2018-10-16", "UN Command"),
    # the name set off after "The leader of <party>," is who the participle speaks for
    ("The leader of the main opposition Grand National Party, Lee Hoi-chang, skipped Monday's ceremony, saying "
     "the North had done nothing to ease its threat.", "2003-02-18", "Lee Hoi-chang"),
])
def test_a_participle_after_a_because_clause(text, published, speaker):
    assert one(text, published)["speaker"] == speaker


def test_a_subordinate_clause_before_the_main_clause_does_not_speak_for_a_participle():
    # "after Yoon took office" opens the sentence; the main clause's subject reversed the finding and speaks
    df = statements("In June, after Yoon took office, the coast guard and the military reversed the finding, saying "
                    "there was no evidence for it.", "2022-07-01")
    assert "Yoon Suk Yeol" not in set(df["speaker"]), df[["speaker", "quote"]]


def test_a_security_council_in_lower_case_is_the_body_and_the_us_one_stays_apart():
    # wire copy writes "its national security council" in lower case: the body, not a description
    assert one("South Korea will suspend the pact, its national security council said on Monday.",
               "2024-06-03")["speaker"] == "National Security Council"
    # the U.S. council is not South Korea's
    row = one("The U.S. National Security Council said it was watching the border closely.", "2024-06-03")
    assert (row["speaker"], row["speaker_org"]) != ("National Security Council", "South Korea")


# --------------------------------------------------------------------------------------- the sixty-second session
@pytest.mark.parametrize("text", [
    "The North's goalkeeper walked past the cameras and said nothing to reporters.",
    "Asked about the talks, the envoy said little more about them.",
    "The minister said nothing.",
])
def test_saying_nothing_is_no_statement(text):
    # "said nothing to reporters", "said little more about": no reported clause
    assert statements(text, "2005-08-14").empty


@pytest.mark.parametrize("text, quote", [
    ("The ministry said nothing would change before the holiday.", "nothing would change"),
    ("A spokesman said nothing more had come from Pyongyang since Friday.", "nothing more had come"),
])
def test_a_clause_that_opens_with_nothing_is_still_a_statement(text, quote):
    assert one(text, "2005-08-14")["quote"].startswith(quote)


def test_the_committee_rendered_unification_is_the_same_body():
    # Seoul's agencies have written "Committee for the Peaceful Unification of the Fatherland"
    row = one("Family reunions will stay on hold, said a statement from the North's Committee for the Peaceful "
              "Unification of the Fatherland.", "2006-09-30")
    assert row["speaker"] == "Committee for the Peaceful Reunification of the Country"


def test_a_bare_surname_is_the_only_namesake_even_when_told_through_a_relative():
    # the headline tells her through her brother ("Kim's sister"), but no other Kim is named: "Kim" is she
    df = statements("Seoul keeps border pact after Kim's sister threatens to scrap it\n\n"
                    "South Korea will keep the 2018 pact, its defense ministry said on Thursday, two days after Kim Yo "
                    "Jong, the North Korean leader's sister, warned that Pyongyang might tear it up.\n\n"
                    "In a statement carried by KCNA on Tuesday, Kim said the North would also consider closing the "
                    "agency for dealing with the South.", "2021-03-18")
    rows = df[df["quote"].str.startswith("the North would also consider")]
    assert rows["speaker"].tolist() == ["Kim Yo-jong"], df[["speaker", "quote"]]


# -------------------------------------------------------------------------- the sixty-third session
@pytest.mark.parametrize("text", [
    '"Nobody rang us first," said the head of a shoe maker with a factory in Kaesong, who asked that his firm not be '
    'named.',
    'An aid worker, who asked that she not be identified, said the convoy had turned back.',
])
def test_a_request_for_anonymity_is_no_statement(text):
    df = statements(text, "2016-02-11")
    assert not df["quote"].str.contains("not be (?:named|identified)").any(), df[["speaker", "quote"]]
    assert len(df) == 1


def test_a_listener_outlet_of_two_words_ends_before_the_clause():
    # "told NK News the government would ...": the outlet is the listener, the ministry official the speaker
    row = one("A ministry official told NK News the government would look at the request next week.", "2017-06-30")
    assert (row["speaker"], row["via"], row["quote"]) == (
        "a ministry official", "NK News", "the government would look at the request next week")


def test_said_only_that_reports_the_clause_after_that():
    row = one("The North's delegates said only that they had no instructions from Pyongyang.", "2004-08-05")
    assert row["quote"] == "they had no instructions from Pyongyang"
