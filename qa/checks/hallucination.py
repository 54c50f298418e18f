"""Check: a phrase speech-recognition and translation models are known to make up, where the
English says nothing of it (구독과 좋아요 부탁드립니다, 시청해 주셔서 감사합니다, 자막 제공).

Models trained on video subtitles learnt the sign-offs of video channels, and produce
them at the end of a lecture or over silence. The Korean is fluent and the rest of the
cue may be right, so only the phrase itself gives it away.
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "hallucination"

# (the made-up Korean phrase, the English that would license it, what the phrase says)
KNOWN_PHRASES = [
    (re.compile(r"구독(?:과|하고|이랑|와| 버튼| 부탁|해\s?주|을 눌)|좋아요(?:와| 버튼|를 눌|, 구독)|"
                r"알림\s?설정"),
     re.compile(r"subscri|\blike button|\bhit like|\bsmash|notification|\bbell\b", re.IGNORECASE),
     "asks viewers to subscribe or like"),
    (re.compile(r"(?:시청해|봐|들어)\s?주셔서\s?(?:정말\s?)?감사|시청\s?감사"),
     re.compile(r"thanks?(?: you)? (?:so much |very much )?for (?:watching|listening|viewing)",
                re.IGNORECASE),
     "thanks viewers for watching"),
    (re.compile(r"자막\s?(?:제공|제작|by)|한글\s?자막|번역\s?자막"),
     re.compile(r"subtitle|caption", re.IGNORECASE),
     "credits the subtitles"),
]


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    findings = []
    for korean, english, says in KNOWN_PHRASES:
        m = korean.search(target)
        if m and not english.search(source):
            findings.append(Finding(
                NAME, "addition", "major",
                f"the cue {says} ({m.group()}…), which the English does not: a phrase "
                "translation models are known to make up; delete it",
                span=m.span(), weight=0.8))
    return findings
