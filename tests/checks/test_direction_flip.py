"""Cases for the direction_flip check: tests/data/checks/direction_flip/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.direction_flip import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("direction_flip"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


def test_message_says_which_way_it_turned(ctx):
    [finding] = check(make_pair("Move in the opposite direction.", "같은 방향으로 움직이세요."), ctx)
    assert finding.message == ("the English says the opposite, the cue says the same (같은): "
                               "turned round")
