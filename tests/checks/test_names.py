"""Cases for the names check: tests/data/checks/names/cases.csv (no known-names list) and
tests/data/checks/names_known/cases.csv (the shipped data/names.csv); columns explained in
tests/checks/cases.py."""

from pathlib import Path

import pytest

from qa.checks import CheckContext
from qa.checks.names import check, default_names_path, load_known_names
from qa.errors import TermbaseError
from tests.checks.cases import findings_of, load_cases

NAMES = Path(__file__).parent.parent / "data" / "names"


@pytest.mark.parametrize("source,target,expected", load_cases("names"))
def test_cases(source, target, expected):
    assert findings_of(check, source, target, CheckContext()) == expected


@pytest.mark.parametrize("source,target,expected", load_cases("names_known"))
def test_known_names_must_survive(source, target, expected):
    ctx = CheckContext(known_names=load_known_names(default_names_path()))
    assert findings_of(check, source, target, ctx) == expected


def test_known_names_list_is_read_with_every_accepted_form():
    assert load_known_names(NAMES / "good.csv") == {"gemma": ("젬마", "제마"),
                                                    "mixtral": ("믹스트랄",)}


def test_a_row_without_a_name_is_one_clear_error():
    with pytest.raises(TermbaseError) as err:
        load_known_names(NAMES / "no_name.csv")
    assert str(err.value) == (f"{NAMES / 'no_name.csv'}, line 3: a row has no name; every row "
                              "needs name and korean")


@pytest.mark.parametrize("source, target", [
    ("You're basically robbing Peter to pay Paul.", "결국 아랫돌 빼서 윗돌 괴는 셈이에요."),
])
def test_names_inside_an_idiom_said_as_approved_need_not_survive(source, target, ctx):
    assert findings_of(check, source, target, ctx) == []


@pytest.mark.parametrize("name, hangul, said", [
    ("Nair", "나이르", True),  # Korean may say a final r
    ("Gershwin", "거슈윈", True),  # a hard g before e
    ("Gemma", "젬마", True),  # a soft one
    ("Priya", "프리야", True),
    ("Priya", "프로젝트", False),  # starting with its sounds is not saying it
    ("Youth", "회사", False),  # one consonant each (s): too little to go on
])
def test_a_name_said_whole_in_hangul(name, hangul, said):
    from qa.checks.names import says_name
    assert says_name(name, hangul) is said
