"""Fixtures shared by the check tests: the Korean analyser and the default check context."""

import pytest

from qa.checks import CheckContext
from qa.checks.names import default_names_path, load_known_names
from qa.korean import KoreanAnalyzer
from qa.termbase import default_idioms_path, default_termbase_path, load_termbase


@pytest.fixture(scope="session")
def korean():
    """One analyser for all check tests: loading Kiwi takes seconds."""
    return KoreanAnalyzer()


@pytest.fixture(scope="session")
def ctx(korean):
    """What a scan gives the checks by default: the shipped termbase, idiom list and names
    list, the Korean analyser."""
    return CheckContext(termbase=load_termbase(default_termbase_path()),
                        idioms=load_termbase(default_idioms_path()), korean=korean,
                        known_names=load_known_names(default_names_path()))
