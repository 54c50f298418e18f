"""Termbase loading, errors, English matching and merging (files in tests/data/termbase/)."""

from pathlib import Path

import pytest

from qa.errors import TermbaseError
from qa.termbase import Termbase, TermEntry, default_termbase_path, load_termbase, merge

DATA = Path(__file__).parent / "data" / "termbase"


def test_good_file_is_read_with_variants_note_and_origin():
    termbase = load_termbase(DATA / "good.csv")
    assert [e.english for e in termbase.entries] == [("weight", "weights"), ("token", "tokens"),
                                                     ("frontier",)]
    weight = termbase.entries[0]
    assert weight.approved == ("가중치", "웨이트")
    assert weight.wrong == ("무게", "중량")
    assert weight.note == "physical weight"
    assert weight.suggestion == "가중치"
    assert weight.origin == f"{DATA / 'good.csv'}, line 2"
    assert termbase.entries[2].note == "pioneer era, not frontier"  # quoted comma kept


def test_wrong_and_note_columns_are_optional():
    entry = load_termbase(DATA / "two_columns.csv").entries[0]
    assert (entry.approved, entry.wrong, entry.note) == (("가중치",), (), "")


@pytest.mark.parametrize("name, message", [
    ("missing_column.csv", "missing_column.csv, line 1: the header has no 'approved' column; "
                           "it should read english,approved,wrong,note"),
    ("empty_english.csv", "empty_english.csv, line 3: the 'english' cell is empty"),
    ("bad_encoding.csv", "bad_encoding.csv, line 3: is not UTF-8 text; "
                         "save the termbase as UTF-8 CSV"),
    ("short_row.csv", "short_row.csv, line 3: the row has 2 columns but the header has 4 "
                      "(missing 'wrong')"),
    ("long_row.csv", "long_row.csv, line 3: the row has 5 columns but the header has 4; put "
                     'a cell that holds a comma in double quotes ("garbage in, garbage out")'),
    ("duplicate.csv", "duplicate.csv, line 4: 'Weights' is already defined on line 2"),
    ("approved_and_wrong.csv", "approved_and_wrong.csv, line 2: "
                               "'무게' is listed as both approved and wrong"),
    ("empty.csv", "empty.csv, line 1: is empty; it needs the header line "
                  "english,approved,wrong,note"),
])
def test_malformed_file_names_file_line_and_problem(name, message):
    with pytest.raises(TermbaseError) as caught:
        load_termbase(DATA / name)
    assert str(caught.value) == f"{DATA}/{message}"
    assert caught.value.line == int(message.split("line ")[1].split(":")[0])


def test_missing_file_is_a_termbase_error():
    with pytest.raises(TermbaseError, match="cannot read the termbase file"):
        load_termbase(DATA / "no-such-file.csv")


@pytest.mark.parametrize("variants, text, expected", [
    (("weight", "weights"), "These weights are set in training", "weights"),
    (("weight",), "a weighted average", "weighted"),
    (("weight",), "a lightweight model", None),  # word boundary
    (("train",), "when you TRAIN an LLM", "TRAIN"),
    (("train",), "the model was trained", "trained"),
    (("train",), "training data", "training"),
    (("fine-tune",), "we fine tuned it", "fine tuned"),
    (("fine-tune",), "after fine-tuning", "fine-tuning"),
    (("query",), "two queries", "queries"),
    (("LLM",), "open LLMs", "LLMs"),
    (("LLM",), "LLMOps", None),
    (("attention head",), "each attention heads", "attention heads"),
    (("head",), "ahead of time", None),
    (("open-source",), "the open source models", "open source"),
    # a phrase of three words or more may take an intensifier, a term of two may not
    (("punches above its weight",), "it punches way above its weight",
     "punches way above its weight"),
    (("attention head",), "attention really head", None),
])
def test_english_matching(variants, text, expected):
    entry = TermEntry(english=variants, approved=("x",), wrong=())
    match = entry.find_in(text)
    assert (match.group() if match else None) == expected


def test_user_entries_take_precedence_over_default():
    default = load_termbase(DATA / "good.csv")
    user = load_termbase(DATA / "user.csv")
    merged = merge(user, default)
    weight = merged.lookup("weights")
    assert weight.approved == ("웨이트",) and weight.wrong == ("무게", "저울")
    assert merged.lookup("token").approved == ("토큰",)  # default entries stay
    assert merged.lookup("latency").approved == ("레이턴시",)
    assert len(merged) == 4  # the default "weight" entry is gone, not duplicated


def test_entries_in_finds_every_term_of_a_sentence():
    termbase = load_termbase(DATA / "good.csv")
    found = termbase.entries_in("Frontier models have trillions of weights and tokens.")
    assert [(e.key, m.group()) for e, m in found] == [
        ("weight", "weights"), ("token", "tokens"), ("frontier", "Frontier")]


@pytest.mark.parametrize("text, found", [
    ("Now the heart of the transformer: attention.", True),
    ("Now pay attention to this part.", False),  # the everyday sense: 주의 is right there
    ("Thank you for your attention.", False),
])
def test_an_unless_phrase_gives_the_term_its_everyday_sense(text, found):
    termbase = load_termbase(DATA / "unless.csv")
    assert termbase.lookup("attention").unless == ("pay attention", "your attention")
    assert bool(termbase.entries_in(text)) == found


@pytest.mark.parametrize("text, found", [
    ("Pass the arguments to the function.", True),
    ("The tool call had the wrong arguments.", True),
    ("Dana treats every argument like a model evaluation.", False),  # a quarrel: 말다툼 is right
    ("a default argument that changed", True),  # a term of several words needs no context
])
def test_only_with_words_give_the_term_its_technical_sense(text, found):
    termbase = load_termbase(DATA / "only_with.csv")
    assert termbase.lookup("argument").only_with == ("function", "call", "pass", "schema")
    assert bool(termbase.entries_in(text)) == found


def test_default_termbase_is_broad_and_loads():
    termbase = load_termbase(default_termbase_path())
    assert default_termbase_path() == Path(__file__).resolve().parents[1] / "data" / "termbase.csv"
    assert len(termbase) >= 150
    for term in ("weights", "tokens", "frontier", "hallucination", "quantization", "RAG",
                 "context window", "fine-tuning", "embedding", "latency"):
        assert termbase.lookup(term) is not None, term
    assert all(entry.approved for entry in termbase.entries)


def test_default_termbase_entries_with_wrong_renderings_explain_them():
    termbase = load_termbase(default_termbase_path())
    unexplained = [e.key for e in termbase.entries if e.wrong and not e.note]
    assert unexplained == []


def test_empty_termbase_finds_nothing():
    assert Termbase().entries_in("weights") == []
