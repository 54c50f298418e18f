"""Check: the two sides of a contrast swapped ("your code calls the function, not the model"
-> 함수를 호출하는 건 모델이지, 여러분의 코드가 아니에요).

English says "X, not Y", "not Y but X", "Not Y, X.", "It's not Y, it's X" or "X rather than /
instead of Y";
Korean says "Y'가 아니라 X'", "Y' 말고 X'", "Y'보다는 X'" or "Y' 대신 X'". Fluent either way,
and the embedding cannot tell which side is denied. The words right before the Korean 아니
(말고, 보다는, 대신) are the side it denies: when they hold an anchor of X (the side the
English affirms) and none of Y, or the side the cue affirms holds one of Y only, the contrast
was turned round. Anchors are termbase renderings, Latin words, figures and the Korean stems
of opposites (qa/checks/anchors.py).
"""

from __future__ import annotations

import re

from qa.checks.anchors import anchors, held
from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "contrast_swap"

# A character of one side of a contrast: no punctuation that ends a phrase, but a point or
# comma inside a figure (DALI 1.36, 1,000 tokens) is no end.
_P = r"(?:[^,.;:!?—–]|(?<=\d)[.,](?=\d))"
_KP = r"(?:[^,.;:!?]|(?<=\d)[.,](?=\d))"  # the same in Korean

_EN_X_NOT_Y = re.compile(r"(?P<x>" + _P + r"+),\s*(?:and\s+|but\s+)?(?:not|never)\s+"
                         r"(?!even\b)(?!(?:so|too|quite|very)\s)(?!as\s+\w+\s+as\b)"
                         r"(?!that\s+(?:often|much|many|big|bad|hard|long|far|good|different)\b)"
                         r"(?P<y>" + _P + r"+)",
                         re.IGNORECASE)  # ("not even": more; "but not so often that": a degree)
_EN_NOT_Y_BUT_X = re.compile(r"\bnot\s+(?P<y>" + _P + r"+?),?\s+but\s+(?P<x>" + _P + r"+)",
                             re.IGNORECASE)
# "Not the weights, the cache."
_EN_NOT_Y_THEN_X = re.compile(r"(?:^|[.!?]\s+)not\s+(?P<y>" + _P + r"+?)\s*(?:,|—|–|--)\s*"
                              r"(?!(?:and|but|so|or|because|which|if|when)\b)(?P<x>" + _P + r"+)",
                              re.IGNORECASE)
# "That's not a bug in the model, that's a bug in your setup."
_EN_ITS_NOT_Y_ITS_X = re.compile(r"\b(?P<it>that's|it's|this is|that is|it is)\s+not\s+"
                                 r"(?P<y>" + _P + r"+),\s*(?P=it)\s+(?P<x>" + _P + r"+)",
                                 re.IGNORECASE)
# "Fail loudly rather than retry silently": X preferred, Y passed over (X instead of Y).
_EN_X_RATHER_THAN_Y = re.compile(r"(?P<x>" + _P + r"+?),?\s+(?:rather than|instead of)\s+"
                                 r"(?P<y>" + _P + r"+)|"
                                 # "I'd pick Firecracker over Docker": the same
                                 r"\b(?:pick|picks|choose|chooses|prefer|prefers|take|takes)\s+"
                                 r"(?P<x2>[^,.;:!?]+?)\s+over\s+(?P<y2>(?:the\s+|a\s+|an\s+)?"
                                 r"[\w.-]+(?:\s+(?-i:[A-Z0-9])[\w.-]*)*)", re.IGNORECASE)
# "AWQ holds up better than GPTQ": X compared with Y, which Korean marks Y보다 as it marks
# the side passed over. (Not "rather than" or "other than"; not a figure or a moment, "more
# than 700 grams", "faster than ever".)
_EN_X_THAN_Y = re.compile(
    r"(?P<x>" + _P + r"+?)\s+(?<!rather )(?<!other )than\s+(?!\d|(?:a |an |one |two |three |half"
    r"|four |five |six |seven |eight |nine |ten |twelve |fifteen |twenty |thirty |forty |fifty "
    r"|a few |several |a dozen |dozens |hundreds |thousands |a couple "
    r"|twice|ever|before|usual|expected|needed|necessary|you |we |I |they |it |that |this "
    r"|most|any|anyone|anything|all|average|last|we'd|you'd)\b)(?P<y>" + _P + r"+)",
    re.IGNORECASE)
# "BM25 still beats the two-tower model": the same, with the one beaten as Y.
_EN_X_BEATS_Y = re.compile(r"(?P<x>" + _P + r"+?)\s+(?:beats|beat|outperforms|outperformed|"
                           r"outdoes|outdid|edges out|trounces)\s+(?P<y>" + _P + r"+)",
                           re.IGNORECASE)
# The words the Korean denies: up to four words before 아니(라/에요/다...) or 말고, after any comma
# and after the topic.
# (Y뿐 아니라 X도 is "not only Y but X": it keeps Y)
_KO_DENIED = re.compile(r"(" + _KP + r"{1,40}?)(?:\s?(?:이|가)?\s?(?<!뿐)(?<!뿐만)(?<!뿐 )(?<!뿐만 )"
                        r"아니(?!면)|\s말고(?![가-힣]))")
# ... and what it passes over: Y보다는 X, Y 대신 X, Y하기보다 X.
_KO_PASSED_OVER = re.compile(r"(" + _KP + r"{1,40}?)(?:보다는?|\s대신에?)(?![가-힣])")
_LOCATIVE_TOPIC = re.compile(r"(?:에서|에게|에|으로|로)(?:는|은)$")
_COMPARISON_TAIL = re.compile(r"\s+(?:by|on|in|at|for|across|when|while|if)\s+", re.IGNORECASE)
# (and a distributive, expert마다 공평한 몫보다: "than each expert's fair share")
_LOCATIVE = re.compile(r"(?:에서|에게|에|으로|로|와|과|하고|마다)$")
# ... and what it says is unfit: Y에는 적합하지 않아요, Y 데는 못 써요.
_KO_UNFIT = re.compile(r"(" + _KP + r"{1,40}?)\s?(?:데는|데에는|에는|에선|에서는)\s(?:별로\s|전혀\s)?"
                       r"(?:(?:적합하|좋|맞|알맞|유용하)지\s?않|쓸 수 없|못 써|부적합)")
# ... and what it does not do something to: 스키마는 주지 않는 (a noun and its particle, one
# word between at most, then a verb negated with -지 않)
_KO_NOT_DONE = re.compile(r"(?<![가-힣])([가-힣A-Za-z0-9]+)(?:은|는|을|를|도)\s(?:[가-힣]+\s)?"
                          r"[가-힣]+지\s?(?:는\s|도\s)?않")
# ... and what it says must not be done: 재임베딩한 후에 하세요. 전에 하면 안 돼요 ("do it before
# you re-embed, not after")
_KO_MUST_NOT = re.compile(r"(" + _KP + r"{1,40}?)\s?(?:하|되|두|쓰|넣)?면\s?안\s?(?:돼|되|됩)")
# Adjectives before a noun that end as a topic does (같은 머신: "the same machine").
_ADNOMINAL = frozenset("같은 다른 좋은 작은 많은 높은 낮은 적은 넓은 깊은 있는 없는 하는 되는 "
                       "않는 맞는 나은".split())
# Endings that close a clause before the side: 모델이 클수록 더 작은 학습률이 아니라 ("the
# bigger the model", said of both sides), and the affirmed side said first, 도구이지 기본
# 설정이 아니에요 ("a tool, not a default setting")
# (and a condition: 0이면 우연보다 ..., "if 0, than chance")
_CLAUSE_ENDS = ("수록", "니까", "는데", "은데", "이지", "이면", "하면", "으면", "라면", "다면", "되면",
                "두면", "쓰면", "주면", "보면")
_EN_DENIAL_OPENS = re.compile(r"\s*(?:not|no|never)\b", re.IGNORECASE)
_EN_BARE_COUNT = re.compile(r"\s*(?:just |only )?(?:a|an|one|two|three|four|five|six|seven|eight|"
                            r"nine|ten|\d[\d.,]*)\s*[.,;!?]?\s*", re.IGNORECASE)


def _all_sides(source: str) -> list[tuple[str, str, re.Pattern, bool, bool]]:
    """Each contrast of the English, by kind ("not" first, then "rather than", then a
    comparison): (affirmed, denied) English, how the Korean marks the denied side, whether
    it is a comparison ("X better than Y": Y is the side 보다 marks) and whether the affirmed
    side comes first. A sentence may hold two: "If reserved is much higher than allocated,
    ..., you're looking at fragmentation, not a real shortage"."""
    found = []
    if "not" in source.lower() or "never" in source.lower():
        m = (_EN_NOT_Y_BUT_X.search(source) or _EN_ITS_NOT_Y_ITS_X.search(source)
             or _EN_X_NOT_Y.search(source) or _EN_NOT_Y_THEN_X.search(source))
        if m:
            found.append((m.group("x"), m.group("y"), _KO_DENIED, False,
                          m.start("x") < m.start("y")))
    m = _EN_X_RATHER_THAN_Y.search(source)
    if m:
        found.append((m.group("x") or m.group("x2"), m.group("y") or m.group("y2"),
                      _KO_PASSED_OVER, False, True))
    m = (_EN_X_THAN_Y.search(source) if " than " in source else None) or \
        _EN_X_BEATS_Y.search(source)
    if m:
        # (the one compared with ends where the margin or the setting begins: "the baseline
        # by 11 points", "the two-tower model on exact matches")
        found.append((m.group("x"), _COMPARISON_TAIL.split(m.group("y"))[0], _KO_PASSED_OVER,
                      True, True))
    return found


# Words that open a clause, before an answering 아니에요 ("no"): no side of a contrast
_CONNECTIVES = frozenset("그러니 그러니까 그래서 그럼 그러면 네 아 음 뭐 자".split())
_COMPARED_ROUND = "the cue compares the other way round"
_MARKERS = ("아니", "말고", "보다", "대신", "지 않", "지않", "부적합", "쓸 수 없", "못 써", "면 안")


def _korean_denial(target: str, ko_denied: re.Pattern, compared: bool):
    """(how the Korean marks the side it denies, the match) or None."""
    denied_ko = ko_denied.search(target)
    if denied_ko is None and ko_denied is _KO_DENIED:
        # "test bigger changes, not tiny tweaks" may come out as 작은 수정보다는 큰 변화를
        ko_denied = _KO_PASSED_OVER
        denied_ko = ko_denied.search(target)
    if denied_ko is None and ko_denied is _KO_PASSED_OVER and not compared \
            and _KO_DENIED.search(target):
        # "from the current policy rather than the old one" may come out as 예전 정책이
        # 아니라 현재 정책: 아니라 marks the side passed over too
        ko_denied = _KO_DENIED
        denied_ko = ko_denied.search(target)
    if denied_ko is None and ko_denied is _KO_PASSED_OVER and not compared:
        # "good for ranking, but not for certifying" may come out as 인증하는 데는 좋지만,
        # 순위를 매기는 데는 적합하지 않아요: the side said unfit is the one denied
        ko_denied = _KO_UNFIT
        denied_ko = ko_denied.search(target)
        if denied_ko is None:
            # or plainly not done: "give the model the schema, not the rows" said 행을 주고,
            # 스키마는 주지 않는: the thing of the negated verb is the one denied
            ko_denied = _KO_NOT_DONE
            denied_ko = ko_denied.search(target)
        if denied_ko is None:
            ko_denied = _KO_MUST_NOT
            denied_ko = ko_denied.search(target)
    return None if denied_ko is None else (ko_denied, denied_ko)


_QUOTED_SIDE = re.compile(r"[\"“'‘]([^\"“”'‘’]+)[\"”'’]\s*$")


def _denied_chunk(denied_ko: re.Match, ko_denied: re.Pattern,
                  compared: bool) -> tuple[list[str], list[int], str]:
    """The Korean words before the denial, which of them are topics, and the side denied."""
    quoted = _QUOTED_SIDE.search(denied_ko.group(1))
    if quoted:  # a quotation is one side whole: "스크립트가 날려 먹었어요"보다는
        return quoted.group(1).split(), [], quoted.group(1)
    words = denied_ko.group(1).split()[-4:] if ko_denied not in (_KO_UNFIT, _KO_NOT_DONE) \
        else [denied_ko.group(1).strip()]  # (a whole phrase: its object is the side)
    # A topic (윈도우는) is what both sides are said of, not the side denied, and so is the
    # subject of "X instead of Y" (모델이 일반 텍스트 대신 인수를). (Not the 는 of a clause
    # a noun follows: 잘하는 게 아니라.)
    said_of = ("은", "는", "이", "가") if ko_denied is _KO_PASSED_OVER else ("은", "는")
    if not any(w.startswith(("게", "것", "거", "건", "걸")) for w in words):
        # and so are the subject and the object the Korean says both sides of: 평가가
        # 마지막이 아니라 맨 처음이에요 ("evals come first, not last"), 큰 모델을 서빙용이
        # 아니라 교사로 쓰는 거죠 ("use the big model as a teacher, not as the server")
        said_of = ("은", "는", "이", "가", "을", "를")
    topics = [i for i, w in enumerate(words[:-1]) if (w.endswith(said_of)
              and w not in _ADNOMINAL
              and not words[i + 1].startswith(("게", "것", "거", "건", "걸"))
              or w.endswith(_CLAUSE_ENDS))]
    side = words[topics[-1] + 1:] if topics else words
    if compared:
        # what 보다 compares is the noun right before it, not a place or a partner said
        # before that: 저희 벤치마크에서 베이스라인보다 ("on our benchmark, than the baseline")
        marked = [k for k, w in enumerate(side[:-1]) if _LOCATIVE.search(w)]
        side = side[marked[-1] + 1:] if marked else side
    return words, topics, " ".join(side)


def _clause_end(target: str, after: int) -> int:
    return min((i for i in (target.find(mark, after) for mark in ".?!") if i >= 0),
               default=len(target))


# What follows 아니 before the affirmed side: 아니라, 아니고, 아니에요.
_DENIAL_ENDING = re.compile(r"^(?:라|고|라고|에요|예요|죠)?[,\s]*")


def contrast_sides(source: str, target: str) -> tuple[str, str, str, str] | None:
    """(affirmed English, denied English, affirmed Korean, denied Korean) of a contrast said
    as "X, not Y" in English and Y'가 아니라 X' (보다는, 대신) in Korean, or None. The
    English affirmed side is cut to as many words as the denied one has, and two, next to
    the denial; the Korean sides to about as many words: what both sides are said of (the
    subject, a shared verb) tells no side from the other."""
    if not any(marker in target for marker in _MARKERS):
        return None
    candidates = _all_sides(source)
    if not candidates:
        return None
    affirmed, denied, ko_denied, compared, affirmed_first = candidates[0]
    found = _korean_denial(target, ko_denied, compared)
    if found is None or found[0] in (_KO_UNFIT, _KO_NOT_DONE, _KO_MUST_NOT) or \
            _EN_DENIAL_OPENS.match(affirmed):
        return None
    ko_denied, denied_ko = found
    chunk = _denied_chunk(denied_ko, ko_denied, compared)[2]
    n = len(denied.split())
    words = affirmed.split()
    affirmed = " ".join(words[-(n + 2):] if affirmed_first else words[:n + 2])
    ko_affirmed = _DENIAL_ENDING.sub("", target[denied_ko.end():_clause_end(target,
                                                                         denied_ko.end())])
    return (affirmed, denied, " ".join(ko_affirmed.split()[:n + 2]),
            " ".join(chunk.split()[-(n + 1):]))


def _marks_a_side(korean: str) -> bool:
    """Whether the Korean has a word that marks a side passed over or denied (보다, 아니라,
    대신 ...): only such a cue can turn a contrast round."""
    return any(marker in korean for marker in _MARKERS)


def compares(korean: str) -> bool:
    """Whether the Korean compares (보다): only a comparison is read over several cues."""
    return "보다" in korean


def stands_across_cues(finding: Finding, english: str, korean: str) -> bool:
    """Whether a contrast found turned round in a sentence read whole stands on the cue
    whose Korean it points at: only a comparison (X보다), whose two sides the English often
    splits over two cues. A "not" read over several cues finds sides in clauses that are no
    contrast ("cheaper than blowing your SLO", said across cues, against a "not" later)."""
    return _COMPARED_ROUND in finding.message


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not _marks_a_side(target):
        return []
    for affirmed, denied, ko_denied, compared, _ in _all_sides(source):
        turned = _turned_round(target, affirmed, denied, ko_denied, compared, ctx)
        if turned:
            return turned
    return []


def _turned_round(target: str, affirmed: str, denied: str, ko_denied: re.Pattern,
                  compared: bool, ctx: CheckContext) -> list[Finding]:
    """The finding where the Korean denies the side the English affirms, or []."""
    found = _korean_denial(target, ko_denied, compared)
    if found is None:
        return []
    ko_denied, denied_ko = found
    if _EN_DENIAL_OPENS.match(affirmed):  # "Not the model, not the reranker: the parser."
        return []
    if _EN_BARE_COUNT.fullmatch(denied):
        # "Three tokens instead of one": the count's noun is the affirmed side's, said once
        # (토큰 하나 대신 세 개); a changed figure is the numbers check's to see
        return []
    termbase = ctx.termbase if ctx is not None else None
    words, topics, chunk = _denied_chunk(denied_ko, ko_denied, compared)
    if chunk.strip() in _CONNECTIVES:  # "So no, this speech was not ..." said 그러니 아니에요
        return []
    # (an anchor of both English sides, "bug" in "not a bug in the model, a bug in your
    # setup", tells no side from the other)
    of_denied = anchors(denied, termbase, against=affirmed)
    of_affirmed = anchors(affirmed, termbase, against=denied)
    if held(chunk, of_denied - of_affirmed):
        return []
    start = denied_ko.start(1) + len(denied_ko.group(1)) - len(chunk)
    # A word both Korean sides hold (모델 in "4비트 모델이 아니라 전체 정밀도 모델") decides
    # nothing; both sides are of the contrast's own clause, not of a neighbouring cue's.
    clause_start = max(target.rfind(mark, 0, start) for mark in ".?!,") + 1
    clause_end = _clause_end(target, denied_ko.end())
    rest = target[clause_start:start] + " " + target[start + len(chunk):clause_end]
    decisive = [a for a in held(chunk, of_affirmed - of_denied) if not held(rest, {a})]
    if not decisive:
        # Or the side the cue affirms (after 아니라) holds what the English denies: "people's
        # time, not API calls" -> 사람 인건비가 아니라 API 호출 비용으로.
        decisive = [a for a in held(target[denied_ko.end():], of_denied - of_affirmed)
                    if not held(chunk, {a})]
    if not decisive and compared and topics and not _LOCATIVE_TOPIC.search(words[topics[-1]]):
        # Or the comparison's subject (GPU가 사람보다) is what the English compares with:
        # "The humans are 750 times more expensive than the GPU". (Not a place or a means
        # made topic, 손실에서는 구매에 클릭보다: "in the loss" is no side.)
        decisive = held(words[topics[-1]], of_denied - of_affirmed)
    if not decisive:
        return []
    if compared:
        message = (f'the English compares "{affirmed.strip()}" with "{denied.strip()}"; '
                   f"{_COMPARED_ROUND} ({chunk.strip()}보다)")
    else:
        message = (f'the English says "{affirmed.strip()}", not "{denied.strip()}"; the cue '
                   f"denies {chunk.strip()}: the contrast is turned round")
    return [Finding(NAME, "accuracy/mistranslation", "major", message,
                    span=(start, start + len(chunk)), weight=0.6)]
