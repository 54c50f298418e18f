"""Cases for the code_identifiers check: tests/data/checks/code_identifiers/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.code_identifiers import check, source_identifiers
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("code_identifiers"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


@pytest.mark.parametrize("source, identifiers", [
    ("set tool_choice and max_iterations=10", ["tool_choice", "max_iterations"]),
    ("call model.generate() or generate()", ["model.generate", "generate"]),
    ("open train_v2.py and os.path.join", ["train_v2.py", "os.path.join"]),
    ("It is U.S. based, e.g. in Node.js or GPT-4o.", []),
])
def test_only_unmistakable_code_counts(source, identifiers):
    assert source_identifiers(source) == identifiers


def test_without_an_analyser_the_particle_stays_in_the_span_and_nothing_is_suggested():
    [finding] = check(make_pair("Say we have a function called get_weather.",
                                "날씨_가져오기라는 함수가 있어요."), CheckContext())
    assert finding.message == ("the code name get_weather must stay as written; the cue has "
                               "날씨_가져오기라는")
    assert finding.replacement is None
