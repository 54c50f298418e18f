"""Cases for the particle_agreement check: tests/data/checks/particle_agreement/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.particle_agreement import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("particle_agreement"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


def test_message_names_the_right_particle(ctx):
    [finding] = check(make_pair("Weights and biases.", "가중치과 편향"), ctx)
    assert finding.message == ("가중치과: after 가중치 the particle is 와, not 과 "
                               "(a replaced word often leaves this behind)")


def test_silent_without_an_analyser():
    assert check(make_pair("He bought a car.", "그는 자동차을 샀다."), CheckContext()) == []
