"""Check: two actions of one sentence done in the other order ("compress the cache, and only
then start decoding" -> 디코딩을 시작한 뒤에 캐시를 압축해요).

English orders two actions with a connective: "X, then Y" and "X before Y" do X first,
"Y after X" and "after X, Y" do X first too. Korean says "X'한 다음/뒤에/후에 Y'" or
"Y' 전에 X'". Each side of the English connective is matched to a side of the Korean one
by its anchors (termbase renderings, Latin words, figures: see qa/checks/anchors.py); when
the action the English does first holds only anchors of the Korean second side and the
other way round, the order was reversed. A cue with no anchor on a side decides nothing.

A sequence of three steps or more ("seeds, generate, filter, then train") is read the same
way: each step is placed in the cue by anchors no other step has, and the places must keep
the English order. Steps listed without a connective ("read the disagreements, revise the
rubric, and repeat") are in order too: a later one the Korean marks 먼저 was put first.
Steps numbered in both languages (Step three / 3단계) must keep their numbers. A step is
found by its anchors or, in the last two, by sound (루브릭 for "rubric").
"""

from __future__ import annotations

import re

from qa.checks.anchors import OPPOSITE_STEMS, anchors, held, places
from qa.checks.sounds import sounded, transliterates
from qa.checks.base import CheckContext
from qa.checks.verbs import VERBS
from qa.model import AlignedPair, Finding
from qa.numbers import ENGLISH_ORDINALS, ENGLISH_UNITS, KOREAN_ORDINAL_WORDS

NAME = "step_order"

# English connectives: the side before "then" / "before" is done first, the side after
# "after" is.
_EN_THEN = re.compile(r",?\s+(?:and\s+)?(?:only\s+)?then\b|"
                      # (not a sentence opening "Before X, Y": _EN_BEFORE_OPENS)
                      r"(?<![.!?:;])\s+before\b(?!\s+(?:then|that|now|\d))|"
                      # "a reduce-scatter followed by an all-gather"
                      r",?\s+(?:and\s+)?followed by\b|"
                      # "sweep temperature, and only after that adjust top-p"
                      r",\s+(?:and\s+)?(?:only\s+)?(?:after that|after this|afterwards)\b,?|"
                      # "run the checks there, and merge into main only if they pass"
                      r",\s+and\s+(?=[^,.;]*\bonly (?:if|when|after|once)\b)", re.IGNORECASE)
_EN_THEN_PROPER = re.compile(r",\s+(?:and\s+)?(?:only\s+)?then\b", re.IGNORECASE)
_EN_THEN_WORDS = ("then", "before", "after", "only", "followed")  # one is in every match
_EN_AFTER = re.compile(r"\s+after\b(?!\s+(?:that|this|all|then))", re.IGNORECASE)
# Korean: the side before these is done first ...
# (not 다음 시간, 다음 주에: "next time", "next week")
_KO_THEN = re.compile(r"(?:다음에?(?!\s(?:시간|번|주|달|해|강의|단계|세션|회|날|장|편|주제|차례)"
                      r"(?:에|에는|엔|은|는|의|도|까지|부터)?(?![가-힣]))|뒤에|후에|고\s?나서)"
                      r"(?=[\s,]|요|$)|"
                      # 조정하고, 마지막으로 스윕하세요
                      r"(?<=[가-힣]고),?\s(?:마지막으로|이어서)(?=\s)")
# ... and the side before 전에 is done second.
_KO_BEFORE = re.compile(r"(?:기|하기)\s?(?:도\s?)?전에(?=[\s,])")  # (하기도 전에: "before even")


# "Filter first, mix second": both steps marked by their place.
_EN_FIRST_SECOND = re.compile(r"(?P<a>[^,.;:!?]+?)\s+first\s*,\s*(?:and\s+)?(?:then\s+)?"
                              r"(?P<b>[^,.;:!?]+?)\s+(?:second|next|afterwards?|later)\b",
                              re.IGNORECASE)
# "To sum up: optimize TTFT first, make sure nothing buffers your stream, ...": a list of
# steps whose first is marked first (not "look at it first, because ...")
_EN_FIRST_LISTED = re.compile(r"(?:^|[:;]\s*)(?P<a>[^,.;:!?]+?)\s+first\s*,\s*(?:and\s+)?"
                              r"(?:then\s+)?(?!(?:because|since|so|which|but|as|if|when|"
                              r"while|though|although|otherwise|or)\b)(?P<b>[^,.;:!?]+)",
                              re.IGNORECASE)
# 먼저 섞고, 필터링은 그다음에: the same in Korean.
_KO_FIRST_SECOND = re.compile(r"먼저\s(?P<a>[^,.;:!?]+?)(?:고|한 뒤에?|한 다음에?),?\s"
                              r"(?P<b>[^,.;:!?]+?)(?:은|는)\s(?:그\s?다음|나중|그 뒤|그 후|이후)|"
                              # 최적화를 먼저 하고 측정은 그다음에
                              r"(?P<a2>[^\s,.;:!?]+?)(?:을|를)?\s먼저\s(?:하고|한 뒤에?|"
                              r"한 다음에?|해 두고),?\s(?P<b2>[^,.;:!?]+?)(?:은|는)\s"
                              r"(?:그\s?다음|나중|그 뒤|그 후|이후)")


# A numbered step of two actions joined by "and": in an instruction they are done in order.
# ("Then open the incident channel and declare a severity level": a step of a procedure)
_EN_STEP_AND = re.compile(r"^\s*(?:(?:step\s+\w+|first|second|third|fourth|fifth|sixth|finally|"
                          r"next)\s*[:,]|then,?)\s*(?P<a>[^,.;:!?]+?)\s+and\s+(?:then\s+)?"
                          r"(?P<b>[^.;:!?]+)", re.IGNORECASE)


# A sentence that opens with "Before X, Y" does Y first.
_EN_BEFORE_OPENS = re.compile(r"(?:^|[.!?]\s+)before\s+(?P<a>[^,.;:!?]+),\s*(?P<b>[^.;:!?]+)",
                              re.IGNORECASE)
# One that opens with "Once X, Y" does X first: "Once the shadow results look good, we move
# on to staged percentages."
# ("Step three: only once the rate is below 0.1%, turn on blocking")
_EN_ONCE_OPENS = re.compile(r"(?:^|[.!?:]\s+)(?:only\s+)?once\s+(?P<a>[^,;:!?]+?),\s*"
                            r"(?P<b>[^.;:!?]+)", re.IGNORECASE)


def _english_order(source: str) -> tuple[str, str] | None:
    """(first action, second action) of the English, or None."""
    # (each pattern is tried only where its word is: most cues have none of them, and the
    # patterns that open with a clause try it at every position)
    words = source.casefold()
    says_first = "first" in words
    marked = _EN_FIRST_SECOND.search(source) if says_first else None
    if marked:
        return marked.group("a"), marked.group("b")
    # (a list opened by its first step, before any "then" or "before" inside a later one:
    # "Turn on X first, bucket your shapes, and measure before you tune")
    listed = _EN_FIRST_LISTED.search(source) if says_first else None
    if listed and not _EN_THEN.search(source, 0, listed.end("a")):
        # ("Matryoshka truncation first, down to 512 dims, then binary quantization": what
        # "then" brings is done after the first too, and surely an action)
        then = (_EN_THEN_PROPER.search(source, listed.end("b"))
                if "then" not in source[listed.end("a"):listed.start("b")].lower() else None)
        return listed.group("a"), source[then.end():] if then else listed.group("b")
    then = _EN_THEN.search(source) if any(w in words for w in _EN_THEN_WORDS) else None
    if then:
        if "followed" in then.group().lower():
            # "followed by" joins two things, not two clauses: what comes first is the
            # phrase right before it ("replaces X with a reduce-scatter followed by ...")
            return " ".join(source[:then.start()].split()[-3:]), source[then.end():]
        # (what a colon announces is the first action: "The fix is boring: check X before Y")
        return source[:then.start()].split(": ")[-1], source[then.end():]
    after = _EN_AFTER.search(source) if "after" in words else None
    if after and source[:after.start()].strip():
        # (what is done first ends at its clause: "one combine after them, so two
        # all-to-alls ..." combines after "them")
        return source[after.end():].split(",")[0], source[:after.start()]
    opening = _EN_BEFORE_OPENS.search(source) if "before" in words else None
    if opening:  # "Before you embed the query, you ask an LLM to rewrite it."
        return opening.group("b"), opening.group("a")
    once = _EN_ONCE_OPENS.search(source) if "once" in words else None
    if once:
        return once.group("a"), once.group("b")
    step = _EN_STEP_AND.match(source)
    if step:  # "Fifth, export the integer weights and evaluate on your held-out set."
        return step.group("a"), step.group("b")
    if listed:
        return listed.group("a"), listed.group("b")
    return _two_actions(source)


_EN_AND_BREAK = re.compile(r",?\s+and\s+(?:then\s+)?", re.IGNORECASE)
_EN_SUBJECT = re.compile(r"^(?:so\s+)?(?:we|you|they|I)\s+(?:were\s+|are\s+)?", re.IGNORECASE)


def _two_actions(source: str) -> tuple[str, str] | None:
    """Two actions of one sentence joined by ", and", each opening with its verb: "then
    shrinks the short side to 768, and counts 512-pixel tiles" does them in that order."""
    sentence = _OPENING_AND.sub("", _EN_THEN_OPENING.sub("", source.strip()))
    # ("so we tag every cache entry ..., and invalidate on update": the subject said once)
    parts = [_EN_SUBJECT.sub("", part) for part in _EN_AND_BREAK.split(sentence)]
    if len(parts) != 2 or "," in parts[0] or not all(
            any(en.match(part) for _, en in VERBS) for part in parts):
        return None
    return parts[0], parts[1]


def _korean_orders(target: str) -> list[tuple[str, str]]:
    """Each (first action, second action) the Korean's connectives give, in order: a cue
    may chain two (별도 브랜치로 수집한 다음, main에 머지한 뒤에 ...). A connective with
    nothing before it (그다음 opening the cue) links to the previous cue and says nothing
    here."""
    marked = _KO_FIRST_SECOND.search(target) if "먼저" in target else None
    if marked:
        return [(marked.group("a") or marked.group("a2"), marked.group("b") or marked.group("b2"))]
    orders = [(target[:m.start()], target[m.end():]) for m in _KO_THEN.finditer(target)
              if _says_something(target[:m.start()])]
    before = _KO_BEFORE.search(target)
    if before and target[:before.start()].strip():
        orders.append((target[before.end():], target[:before.start()]))
    return orders


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source or not target:
        return []
    termbase = ctx.termbase if ctx is not None else None
    # (both readings of a "before", when both see it turned round: a sentence read whole
    # across cues may show one where the cue alone shows the other)
    return (_pair_swapped(source, target, termbase)
            + _before_said_after(source, target, termbase)
            or _second_said_first(source, target, termbase)
            or _listed_step_put_first(source, target, termbase)
            or _sequence_reordered(source, target, termbase)
            or _numbered_steps_swapped(source, target, termbase))


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# A step's label is no part of either action: "Step two: write the answers before ..." is
# 2단계, ... 다음에 ...
_EN_STEP_LABEL = re.compile(r"^\s*(?:step\s+\w+|first|second|third|fourth|fifth|finally|next)"
                            r"\s*[:,.]\s*", re.IGNORECASE)
_KO_STEP_LABEL = re.compile(r"^\s*(?:\d+\s?단계|첫째|둘째|셋째|넷째|다섯째|마지막으로|다음으로)"
                            r"\s*[:,.]?\s*")


# (an adverb opening the instruction is said of every step: "Always deduplicate first, then
# rerank" said 항상 먼저 리랭킹하고 keeps 항상 first whatever the order)
_OPENING_AND = re.compile(r"^\s*(?:(?:and|but|so|always|usually|generally|just|simply)\s+)+",
                          re.IGNORECASE)
_EN_LIST_BREAK = re.compile(r",\s*(?:and\s+)?", re.IGNORECASE)


def _says_something(text: str) -> bool:
    """More than the 그 of 그다음에: two letters or digits in a row."""
    return re.search(r"[가-힣A-Za-z0-9]{2}", text.replace("그", "")) is not None


def _last_clause(clauses: list[str]) -> str:
    """The last clause that says something, with what follows it."""
    for k in range(len(clauses) - 1, -1, -1):
        if _says_something(clauses[k]):
            return ",".join(clauses[k:])
    return ",".join(clauses)


def action_sides(source: str, target: str) -> list[tuple[str, str, str, str]]:
    """(English first action, English second, Korean first, Korean second), one per Korean
    connective, each side cut to its own sentence and clause; [] where either language
    orders no two actions."""
    english = _english_order(source)
    if english is None:
        return []
    orders = _korean_orders(target)
    if not orders:
        return []
    # (each side within the connective's sentence: a neighbour's Korean, joined on for
    # boundary confirmation, is no side of it)
    english = (_EN_STEP_LABEL.sub("", _SENTENCE_END.split(english[0])[-1]),
               _SENTENCE_END.split(english[1])[0])
    # (and the first action is the clause right before the connective: in "have two people
    # label each item, and measure their agreement before you look at the judge", labelling
    # is no side of "before")
    english = (_OPENING_AND.sub("", _last_clause(_EN_LIST_BREAK.split(english[0]))), english[1])
    # (and the second action ends at its clause: "if you rebalance before measuring, you're
    # just shooting in the dark" measures, no more)
    english = (english[0], english[1].split(",")[0])
    return [(*english,
             _last_clause(_KO_STEP_LABEL.sub("", _SENTENCE_END.split(ko_first)[-1]).split(",")),
             _SENTENCE_END.split(ko_second)[0])
            for ko_first, ko_second in orders]


def _pair_swapped(source: str, target: str, termbase) -> list[Finding]:
    sides = action_sides(source, target)
    if not sides:
        return []
    english = sides[0][:2]
    first, second = (anchors(side, termbase, verbs=True) for side in english)
    shared = first & second
    first, second = first - shared, second - shared
    # (where both languages mark each step's place, first/second and 먼저/그다음, one side's
    # anchors are enough: the other may be a plain verb, mix said 섞고)
    marked = bool(_EN_FIRST_SECOND.search(source) and _KO_FIRST_SECOND.search(target))
    opposite_first, opposite_second = first & OPPOSITE_STEMS, second & OPPOSITE_STEMS
    for _, _, ko_first, ko_second in sides:
        first_moved = _said(ko_second, first, 5) and not _said(ko_first, first, 5)
        second_moved = _said(ko_first, second, 5) and not _said(ko_second, second, 5)
        # Two opposites trading places decide alone, whatever else each side says: "Backfill
        # upstream stages first, then downstream" said 다운스트림 단계를 먼저 백필하고, 그다음에
        # 업스트림을 (the verb is said with the first step only)
        traded = (opposite_first and opposite_second
                  and held(ko_second, opposite_first) and not held(ko_first, opposite_first)
                  and held(ko_first, opposite_second) and not held(ko_second, opposite_second))
        if first_moved and second_moved or traded or marked and (
                first_moved and not held(ko_first, second)
                or second_moved and not held(ko_second, first)):
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'the English does "{english[0].strip(" ,")}" first and '
                            f'"{english[1].strip(" ,.")}" after it; the cue gives the other '
                            "order", weight=0.6)]
    return []


# the clause (between punctuation, from its first letter) that holds 먼저
_KO_FIRST_CLAUSE = re.compile(r"[^,.;:!?\s][^,.;:!?]*(?<![가-힣])먼저(?![가-힣])[^,.;:!?]*|"
                              r"(?<![가-힣])먼저(?![가-힣])[^,.;:!?]*")


_EN_BEFORE_ALL = re.compile(r"\bbefore (?:anything|everything|all) else\b|\bfirst of all\b",
                            re.IGNORECASE)


def _second_said_first(source: str, target: str, termbase) -> list[Finding]:
    """The clause the Korean marks 먼저 holds the English's second action, and the first is
    said elsewhere in the cue: "cheap extractor first, and only fall back to OCR" said 먼저
    OCR이나 레이아웃 모델을 돌리고, 저렴한 추출기는 (a Korean order with no connective)."""
    clause = _KO_FIRST_CLAUSE.search(target) if "먼저" in target else None
    english = _english_order(source) if clause else None
    if english is None:
        return []
    # (each side its own clause, as in action_sides: "Combining both, rewriting first")
    english = (_OPENING_AND.sub("", _last_clause(_EN_LIST_BREAK.split(english[0]))),
               english[1].split(",")[0])
    if _EN_BEFORE_ALL.search(english[1]):
        return []  # "then try X before anything else" said 무엇보다 먼저: the English says it
    first, second = (anchors(side, termbase, verbs=True) for side in english)
    first, second = first - second, second - first
    rest = target[:clause.start()] + " " + target[clause.end():]
    if not (first and _said(clause.group(), second, 5) and not _said(clause.group(), first, 5)
            and _said(rest, first, 5)):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English does "{english[0].strip(" ,")}" first and '
                    f'"{english[1].strip(" ,.")}" after it; the cue puts the latter first '
                    "(먼저)", weight=0.6, span=clause.span())]


# The "before" half of a sentence, to the end of its clause: often a cue of its own, whose
# main clause is in the previous cue ("... review the diff / before they're allowed to
# request an override.")
_EN_BEFORE_CLAUSE = re.compile(r"\bbefore\s+(?P<b>[^,;:.!?]+)", re.IGNORECASE)


def _before_said_after(source: str, target: str, termbase) -> list[Finding]:
    """The action the English does later ("before it can emit a single output token")
    that the cue does first, ahead of 다음에 / 뒤에 (출력 토큰을 하나 내보낸 다음에)."""
    if "before" not in source.lower() or _KO_BEFORE.search(target):
        return []
    for before in _EN_BEFORE_CLAUSE.finditer(source):
        # (a side's verb is an anchor too: "before execution" is 실행)
        later = anchors(before.group("b"), termbase, verbs=True)
        # (and the action the English does first, in its own clause: "Redact before you
        # write to disk" said 디스크에 기록한 다음에 마스킹하세요)
        earlier = anchors(re.split(r"[,.;:!?]\s", source[:before.start()])[-1], termbase,
                          verbs=True)
        for m in _KO_THEN.finditer(target):
            done_first = re.split(r"[,.?!]\s", target[:m.start()])[-1]
            done_then = re.split(r"[,.?!]\s", target[m.end():])[0]
            if _said(done_first, later, 5) and not _said(target[m.end():], later, 5) or (
                    _said(done_then, earlier, 5) and not _said(done_first, earlier, 5)
                    and not _said(done_then, later, 5)):
                return [Finding(NAME, "accuracy/mistranslation", "major",
                                f'the English says "before {before.group("b").strip()}"; the '
                                f"cue does that first ({done_first.strip()} "
                                f"{m.group().strip()}): the order is turned round",
                                span=m.span(), weight=0.6)]
    return []


# Korean that puts one action first (X를 먼저 고친 다음, ...): the clause up to its connective.
_KO_PUT_FIRST = re.compile(r"[^,.;:!?]*먼저[^,.;:!?]*?(?:[가-힣]\s(?:다음|뒤|후)에?|고\s?나서)"
                           r"(?=[\s,])")


def _said(korean: str, anchors_: set, min_letters: int = 4) -> bool:
    """Whether `korean` holds one of the anchors, or says by sound one of their words of
    `min_letters` or more, a hyphenated one whole (홀드아웃 for "held-out"). The pair check
    asks for five: shorter words sound like too much there (마무리 like "more")."""
    words = [a.replace("-", "") for a in anchors_ if isinstance(a, str)]
    return bool(held(korean, anchors_)
                or sounded(" ".join(w for w in words if len(w) >= min_letters), korean))


# "first" that marks a step ("check it first"), not the first few of something ("generate
# the first 50 tokens", "the first layer")
_EN_FIRST_ADVERB = re.compile(r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\byour )\bfirst\b"
                              r"(?!\s+(?:\d|few|couple|one|two|three|four|five|ten)\b)",
                              re.IGNORECASE)


def _listed_step_put_first(source: str, target: str, termbase) -> list[Finding]:
    """Actions listed in order ("read the disagreements, revise the rubric, and repeat")
    where the cue puts a later one first (루브릭을 먼저 수정한 다음, 불일치 사례를 읽어): the
    clause the Korean marks 먼저 holds anchors of a later action only."""
    put_first = _KO_PUT_FIRST.search(target) if "먼저" in target else None
    if put_first is None or _english_order(source) is not None or \
            _EN_FIRST_ADVERB.search(source):
        return []
    listing = next((s for s in _EN_SENTENCE.split(source) if s.count(",") >= 1), "")
    steps = [s.strip(" .;:") for s in _EN_LIST_BREAK.split(
        _EN_STEP_LABEL.sub("", listing).split(":")[-1]) if s.strip(" .;:")]
    if len(steps) < 2:
        return []
    found = [anchors(step, termbase) for step in steps]
    own = [f - set().union(*(g for j, g in enumerate(found) if j != k))
           for k, f in enumerate(found)]
    first_clause = _KO_STEP_LABEL.sub("", put_first.group())
    # (steps are common words, often transliterated: 루브릭 for "rubric")
    said = [_said(first_clause, own[k]) for k in range(len(steps))]
    if said[0]:
        return []
    later = next((k for k in range(1, len(steps)) if said[k]), None)
    # (a step the cue has already done, before the clause, leaves the next one first:
    # 회의를 녹음하고, 먼저 레이블을 단 다음 ...)
    before = target[:put_first.start()]
    if later is None or _said(before, own[later - 1]):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English does "{steps[later - 1]}" first and "{steps[later]}" after '
                    f"it; the cue puts the latter first (먼저)", weight=0.6,
                    span=(put_first.end() - len(put_first.group().lstrip()), put_first.end()))]


# A sequence of three steps or more: "paragraphs first, then newlines, then sentences",
# "seeds, generate, filter, then train". Korean keeps the order of such a list.
# (a list's "then" follows a comma: "Then you nudge the model, ..." is no list)
_EN_SEQUENCE = re.compile(r",\s*(?:and\s+)?(?:only\s+)?then\b|,?\s*followed by\b|→|->",
                          re.IGNORECASE)
_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_EN_STEP_BREAK = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:only\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+|"
                            r"\s+followed by\s+|\s*(?:→|->)\s*)", re.IGNORECASE)


_EN_THEN_OPENING = re.compile(r"^(?:and\s+)?then\s+", re.IGNORECASE)
_EN_LISTED_AND = re.compile(r"[^,]+,[^,]+,\s*and\s+\w+", re.IGNORECASE)


def _sequence_reordered(source: str, target: str, termbase) -> list[Finding]:
    """Three steps or more of an English sentence listing a sequence (", then") found in the
    cue (each by anchors of its own, each once) in another order."""
    listing = next((s for s in _EN_SENTENCE.split(source) if _EN_SEQUENCE.search(s)), None)
    listed_only = listing is None  # "Persist the state, release the worker, and resume"
    if listed_only:
        listing = next((s for s in _EN_SENTENCE.split(source) if _EN_LISTED_AND.search(s)), "")
    # (what a colon introduces is the list: "to recap: seeds, generate, ...")
    steps = [_EN_THEN_OPENING.sub("", s.strip(" .;:"))
             for s in _EN_STEP_BREAK.split(listing.split(":")[-1]) if s.strip(" .;:")]
    # (a list with no "then" is in order only if it is a list of actions, each opening with
    # its verb)
    if len(steps) < 3 or listed_only and not all(
            any(en.match(step) for _, en in VERBS) for step in steps):
        return []
    # (a step is often one verb: "plan, act, observe, then reflect" is 계획, 행동, 관찰)
    found = [anchors(step, termbase, verbs=True) for step in steps]
    squeezed = target.replace(" ", "").lower()
    placed = []
    for k, (step, own) in enumerate(zip(steps, found)):
        own = own - set().union(*(f for j, f in enumerate(found) if j != k))
        spots = [places(squeezed, a) for a in own]
        spots = [s for s in spots if s]
        if not spots:  # (a step said by sound: "timeouts" as 타임아웃, "network" 네트워크)
            spots = [s for s in (_sound_places(target, a) for a in own if isinstance(a, str))
                     if s]
        if spots and all(len(s) == 1 for s in spots):  # every anchor once: one place
            placed.append((min(s[0] for s in spots), step))
    if len(placed) < 3 or [p for p, _ in placed] == sorted(p for p, _ in placed):
        return []
    if listed_only and (len(placed) < len(steps)
                        or [p for p, _ in placed] != sorted((p for p, _ in placed), reverse=True)):
        return []  # (without a "then", only a list said wholly backwards is surely turned round)
    said = " → ".join(step for _, step in placed)
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English goes {said}; the cue gives these steps in another order",
                    weight=0.6)]


_HANGUL_RUN = re.compile(r"[가-힣]{2,}")


def _sound_places(target: str, word: str) -> list[int]:
    """Where (in the target with spaces squeezed out) a Hangul word says `word` by sound."""
    if len(word) < 4 or not word.isascii() or not word.isalpha():
        return []
    return [len(target[:m.start()].replace(" ", "")) for m in _HANGUL_RUN.finditer(target)
            if transliterates(word, m.group())]


# Steps numbered in both languages: "first, rank the last twenty; second, move the window up
# by ten" against 첫째, 창을 10만큼 위로 옮기고, 둘째, 마지막 20개의 순위를 매기고.
# ("Level one is exact dedup. Level two is ..." against 1단계는 ..., 2단계는 ...)
_EN_NUMBERED = re.compile(r"\b(?:(?:step|level|stage|phase|tier)\s+)?(first|second|third|fourth|"
                          r"fifth|(?:(?<=step )|(?<=level )|(?<=stage )|(?<=phase )|(?<=tier ))"
                          r"(?:one|two|three|four|five|\d))(?:\s*[,:;]|\s+is\b)", re.IGNORECASE)
_KO_NUMBERED = re.compile(r"(?<![가-힣])(첫째|둘째|셋째|넷째|다섯째|(?:첫|두|세|네|다섯) 번째|"
                          # (3단계는 … too)
                          r"\d\s?단계)(?:(?:로|는)?\s*[,:]|(?<=계)(?:는|은|에서는)\s)")
_KO_NTH = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5}  # 두 번째 is 둘째


def _step_number(mark: str) -> int | None:
    """The number a step mark gives: Second, step two, 둘째, 두 번째, 2단계 are all 2."""
    word = mark.lower()
    if word in ENGLISH_ORDINALS or word in ENGLISH_UNITS:
        return ENGLISH_ORDINALS.get(word) or ENGLISH_UNITS.get(word)
    if word in KOREAN_ORDINAL_WORDS:
        return KOREAN_ORDINAL_WORDS[word]
    if word.endswith("번째"):
        return _KO_NTH.get(word.split()[0])
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def opening_step(text: str, korean: bool) -> int | None:
    """The step number a cue opens with ("Second, precompute ..." / 둘째, ...), or None."""
    m = (_KO_NUMBERED if korean else _EN_NUMBERED).match(text.lstrip())
    return _step_number(m.group(1)) if m else None


def _numbered(text: str, pattern: re.Pattern) -> dict[int, str]:
    """Step number -> its words, for steps numbered in the text (each number once)."""
    marks = list(pattern.finditer(text))
    steps = {}
    for k, m in enumerate(marks):
        n = _step_number(m.group(1))
        if n is None or n in steps:
            return {}
        steps[n] = text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)]
    return steps


def _numbered_steps_swapped(source: str, target: str, termbase) -> list[Finding]:
    if not any(c.isdigit() for c in target) and "째" not in target:
        return []
    english, korean = _numbered(source, _EN_NUMBERED), _numbered(target, _KO_NUMBERED)
    shared = sorted(set(english) & set(korean))
    if len(shared) < 2:
        return []
    found = {n: anchors(english[n], termbase) for n in shared}
    own = {n: found[n] - set().union(*(found[m] for m in shared if m != n)) for n in shared}

    # (numbered on both sides, one step found under the other's number is enough: the other
    # may be a plain verb, re-check said 다시 확인하고)
    def moved(a: int, b: int) -> bool:  # step a said under number b (by sound too: 임베딩)
        return _said(korean[b], own[a]) and not _said(korean[a], own[a]) \
            and not _said(korean[b], own[b])

    for a in shared:
        for b in shared:
            if a < b and (moved(a, b) or moved(b, a)):
                return [Finding(NAME, "accuracy/mistranslation", "major",
                                f'the English numbers "{english[a].strip(" ,;.")}" step {a} '
                                f'and "{english[b].strip(" ,;.")}" step {b}; the cue gives '
                                "them the other way round", weight=0.6)]
    return []
