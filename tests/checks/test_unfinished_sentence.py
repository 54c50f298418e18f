"""Cases for the unfinished_sentence check: tests/data/checks/unfinished_sentence/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.unfinished_sentence import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("unfinished_sentence"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


def test_message_quotes_where_the_korean_stops(ctx):
    [finding] = check(make_pair("Women in Afghanistan are taking off their burkas.",
                                "아프가니스탄의 여성들은 부르카를"), ctx)
    assert finding.message == ('the English sentence ends here but the Korean stops in '
                               'mid-sentence at "부르카를": the rest of the sentence is missing')


def test_silent_without_an_analyser():
    assert check(make_pair("They took them off.", "그들은 부르카를"), CheckContext()) == []
