"""Cases for the sentence_mood check: tests/data/checks/sentence_mood/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.sentence_mood import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("sentence_mood"))
def test_cases(source, target, expected):
    assert findings_of(check, source, target, CheckContext()) == expected


def test_message_quotes_the_question():
    [finding] = check(make_pair("Let's see how it predicts the next word.",
                                "다음 단어를 어떻게 예측하시나요?"), CheckContext())
    assert finding.message == ("the Korean asks a question (예측하시나요?) "
                               "where the English makes a statement")
