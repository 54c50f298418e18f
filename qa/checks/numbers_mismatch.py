"""Check: the quantities of the source survive in the target, with no counter it lacks.

The source and target quantities are matched by value, so formatting does not
matter (1.5 billion == 15억 == 1,500,000,000; "ten times" == 10배). What is
left over on either side is reported. Version digits are not quantities: a
bare number in the target equal to a digit of a source version (the 1 of
GPT-1) is left to the names check.

Subtitle cues are fragments and Korean word order differs, so a number can sit
in the neighbouring cue: one-sided leftovers get a lower weight than a value
that visibly changed into another value.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.checks.base import CheckContext, findings_with_idioms_set_aside
from qa.checks.sounds import sounded
from qa.model import AlignedPair, Finding
from qa.numbers import (ENGLISH_MONTHS, ENGLISH_ORDINALS, ENGLISH_SOFT_WORDS,
                        KOREAN_COUNTER_AFTER, KOREAN_DAY_COUNTS, KOREAN_ORDINAL_WORDS,
                        KOREAN_RANGE_WORDS,
                        MONTH_NAMES, Quantity, english_labels, english_quantities,
                        korean_quantities, korean_rendering, labels_counting, plain_value)

NAME = "numbers_mismatch"

# Korean counters that claim something the source must also say, with the English words
# that license them. Anything else (개, 번, 배 ...) is a neutral counter.
UNIT_FAMILIES = {
    "money": (("달러", "불", "원", "엔", "유로", "파운드", "위안"),
              r"\$|€|£|¥|\b(?:dollars?|bucks?|grand|owed?|usd|cents?|won|yen|euros?|pounds?|"
              r"yuan|money|"
              r"price[sd]?|costs?|costing|paid|pay|pays|spen[dt]|budget|funds?|funding|"
              r"revenue|salar(?:y|ies)|fees?|worth|sold|sells?|earn(?:s|ed)?|profits?|"
              r"income|invest\w*|raised?|valued?|valuation|fines?|fined|turnover|"
              r"penalt(?:y|ies))\b"),
    "people": (("명", "사람", "분들"),
               r"\b(?:people|persons?|populations?|users?|students?|child(?:ren)?|kids?|"
               r"(?:of|for|between) (?:us|you|them)|"  # ("140 of us" is 140명)
               r"[\w-]+-(?:year|month)-olds?|"  # ("thirty eleven-year-olds" is 서른 명)
               r"m[ae]n|wom[ae]n|workers?|employees?|members?|players?|customers?|visitors?|"
               r"residents?|citizens?|soldiers?|patients?|participants?|friends?|folks?|fans?|"
               r"readers?|viewers?|developers?|engineers?|scientists?|researchers?|adults?|"
               r"attorneys?|lawyers?|annotators?|labell?ers?|raters?|reviewers?|experts?|"
               r"analysts?|managers?|founders?|panelists?|speakers?|interviewers?|candidates?|"
               r"boys?|girls?|bab(?:y|ies)|humans?|individuals?|voters?|staff|tourists?|"
               r"volunteers?|teachers?|doctors?|nurses?|athletes?|authors?|writers?|artists?|"
               r"recruits?|firefighters?|officers?|crew|crews|cadets?|trainees?|apprentices?|"
               r"passengers?|guests?|audiences?|crowds?|famil(?:y|ies)|brothers?|sisters?|"
               r"sons?|daughters?|parents?|twins?|victims?|survivors?|inhabitants?|pupils?|"
               r"gods?|spirits?|ghosts?|angels?|heroe?s?|kings?|queens?|princes?|knights?|monks?|priests?|"
               r"applicants?|candidates?|winners?|teams?|subscribers?|learners?|attendees?|"
               r"graduates?|alumni|faculty|colleagues?|clients?|hires|interns?|fellows?|"
               r"scholars?|trainees?|classmates?|sign-?ups|registrations|enrol?lments|"
               r"speakers?|owners?|leaders?|officers?|police|troops?|crew|workforce|"
               r"heads?|lives|souls|dead|died|killed|injured|born|who|whom|everyone|anyone|"
               r"riders?|cyclists?|runners?|swimmers?|rowers?|singers?|dancers?|climbers?|"
               r"hikers?|drivers?|pensioners?|retirees?|neighbou?rs?|abreast|"
               # events that happen to people: "zero drownings" is 익사자 0명
               r"drownings?|deaths?|fatalit(?:y|ies)|casualt(?:y|ies)|injur(?:y|ies)|"
               r"rescues?|births?|arrests?|\w*guards?|"
               r"someone|somebody|each|\w+(?:ist|ian|ee|eer)s?)\b"),
    # (not 주, which is also "shares", nor 일, also "one")
    "time": (("초", "밀리초", "분", "시간", "개월"),
             r"\d\s?(?:ms|s|sec|secs|h|hrs?|min|mins|µs)\b|\b(?:seconds?|minutes?|hours?|days?|"
             r"weeks?|months?|years?|(?:milli|micro|nano)seconds?|latency|latencies|time[sd]?|"
             r"timeouts?|"
             r"timing|long|longer|duration|clock|daily|weekly|monthly|o'clock|am|pm|"
             r"overnight|night|morning|afternoon|evening|sprint|deadline|wait\w*)\b|:\d\d"),
}
_KO_CLOCK_HOUR = re.compile(r"\d\s?시\s?$")
# What may follow a unit of time that is one: a particle, a postposition, or no Hangul.
_KO_UNIT_ENDS = re.compile(r"(?![가-힣])|(?:이나|이면|이라|에서|부터|까지|으로|로|에|은|는|이|가|을|를|"
                           r"도|만|씩|째|요|간|정도|동안|이내|안에|후|뒤|전|쯤|가량|이상|이하|미만|"
                           r"밖에|마다|당|짜리|대)")


# ("forty-one of them" too: 41분 is forty-one people, honorific)
_EN_COUNTED_PEOPLE = re.compile(r"\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|"
                                r"eighty|ninety)(?:-\w+)?|\w+teen|ten|eleven|twelve)\s+"
                                r"(?:of (?:you|us|them)|people|students|participants|attendees|"
                                r"learners)\b", re.IGNORECASE)


def _after_unit(text: str, q: Quantity) -> str:
    """The text after the counter that follows a Korean number (10초로요 -> 로요)."""
    at = text.index(q.unit, q.span[1])
    return text[at + len(q.unit):]
_FAMILY_CLAIM = {"money": "an amount of money", "people": "a number of people",
                 "time": "a length of time"}
NOT_PEOPLE = {"parameters", "layers", "numbers", "letters", "characters", "computers",
              "containers", "transformers", "filters", "clusters", "centers", "vectors",
              "tensors", "factors", "errors", "colors", "sensors", "processors", "servers",
              "meters", "liters", "dollars", "others", "orders", "answers", "papers", "chapters",
              "headers", "markers", "powers", "waters", "hours", "floors", "doors"}
_SHORT_SOURCE_WORDS = 4
_SHORT_TARGET_CHARS = 8
_NUMERIC_PART = re.compile(r"[\d,.\s십백천만억조]*[\d십백천만억조]")


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _same_quantity(a: Quantity, b: Quantity) -> bool:
    """Equal values; a percentage equals its fraction (50 percent == 절반), not the bare
    number (a 4x reduction is not a 4% one), unless it is percentage points (9%p)."""
    for decade, other in ((a, b), (b, a)):  # "since the nineties" is 1990년대부터
        if decade.text.lower().endswith("ties") and other.value in (1900 + decade.value,
                                                                    2000 + decade.value):
            return True
    if (a.kind == "percent") != (b.kind == "percent"):
        percent, other = (a, b) if a.kind == "percent" else (b, a)
        if percent.text.endswith(("%p", "포인트")) and _same(percent.value, other.value):
            return True  # 9%p is "nine points"
        return _same(percent.value / 100, other.value)
    return _same(a.value, b.value)


def _version_digits(source: str) -> list[float]:
    """Values a bare target number may take when it is really a version digit."""
    digits: list[float] = []
    for label in english_labels(source):
        version = re.sub(r"[A-Za-z]$", "", label.version)
        digits.append(float(version) if version.count(".") <= 1 else -1.0)
        digits.extend(float(part) for part in version.split(".") if part)
    return digits


def _counting(source: Quantity, counter: str | None, english: str) -> bool:
    """Whether the English counts `source` in the unit the Korean counter says (UNITS):
    "80 hours on a single 80-gigabyte A100" -> 80GB짜리 A100 한 장을 80시간."""
    unit = _UNIT_OF_KOREAN.get(counter or "")
    said = _source_unit(english, source) if unit else None
    return said is not None and said[0] == unit


def _match(sources: list[Quantity], targets: list[Quantity], english: str = ""):
    """Pair equal values; return (matched pairs, unmatched sources, unmatched targets)."""
    free_sources = sorted(sources, key=lambda q: q.soft)  # hard source values match first

    def preferred(target: Quantity) -> list[Quantity]:
        # 11월 is the month: "November 11" has its 11 left for 11일; 80시간 is "80 hours".
        if target.unit == "월":
            return [s for s in free_sources if s.text.lower() in ENGLISH_MONTHS]
        return [s for s in free_sources if _counting(s, target.unit, english)]

    # A target whose unit names its English figure takes it first: 3초 is "3 seconds", and
    # 세 번 before it in the cue must not take that 3 ("two rounds" said 세 번).
    pairs, left_targets = [], []
    for target in sorted(targets, key=lambda q: (q.soft, not any(
            _same_quantity(s, q) for s in preferred(q)))):
        partner = next((s for s in preferred(target) + free_sources
                        if _same_quantity(s, target)), None)
        if partner is None:
            left_targets.append(target)
        else:
            free_sources.remove(partner)
            pairs.append((partner, target))
    return pairs, free_sources, left_targets


def _number_span(q: Quantity) -> tuple[int, int]:
    """The span of the digits and units only (without % or a Latin size suffix)."""
    m = _NUMERIC_PART.match(q.text)
    return (q.span[0], q.span[0] + m.end()) if m else q.span


def _suggested(source: Quantity) -> str:
    """The Korean way to write a source value: digits as written, scale words as 만/억/조."""
    digits_only = re.fullmatch(r"\$?\s?([\d,]+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?:%| ?percent)?",
                               source.text)
    if digits_only:
        return digits_only.group(1)
    return korean_rendering(source.value)


def _weight(base: float, pair: AlignedPair) -> float:
    short = (len(pair.source_text.split()) < _SHORT_SOURCE_WORDS
             or len(pair.target.text.strip()) < _SHORT_TARGET_CHARS)
    return round(base * (0.75 if short else 1.0), 2)


_TIMES_AFTER = re.compile(r"\s?(?:x|×|times|-?fold)\b")


_SIZE = re.compile(r"([\d,.]+)([KMBTkmbt])")

# Orders of magnitude said without digits: "a few hundred" is 수백, "dozens" 수십.
_EN_MAGNITUDES = (
    (re.compile(r"\bhundreds of billions\b", re.IGNORECASE), "수천억"),
    (re.compile(r"\btens of billions\b", re.IGNORECASE), "수백억"),
    (re.compile(r"\bhundreds of millions\b", re.IGNORECASE), "수억"),
    (re.compile(r"\btens of millions\b", re.IGNORECASE), "수천만"),
    (re.compile(r"\b(?:hundreds of thousands|(?:a few|several|a couple of) hundred thousand)\b",
                re.IGNORECASE), "수십만"),
    (re.compile(r"\b(?:tens of thousands|(?:a few|several) tens of thousands)\b",
                re.IGNORECASE), "수만"),
    (re.compile(r"\b(?:billions|(?:a few|several|a couple of) billion)\b", re.IGNORECASE),
     "수십억"),
    (re.compile(r"\b(?:millions|(?:a few|several|a couple of) million)\b", re.IGNORECASE),
     "수백만"),
    (re.compile(r"\b(?:thousands|(?:a few|several|a couple of) thousand)\b", re.IGNORECASE),
     "수천"),
    (re.compile(r"\b(?:hundreds|(?:a few|several|a couple of) hundred)\b", re.IGNORECASE),
     "수백"),
    (re.compile(r"\b(?:dozens|tens|a few dozen|several dozen)\b", re.IGNORECASE), "수십"),
)
# English plurals are open upwards: "millions" of features may be 수천만 (tens of millions).
_MAGNITUDE_ALSO = {"수백만": ("수천만",), "수천": ("수만",), "수십억": ("수억", "수백억"),
                   "수백": ("수천",)}
# (몇천 is 수천: "a few hundred dollars" said 몇천 달러)
_KO_MAGNITUDE = re.compile(r"수(?:십만|백만|천만|십억|백억|천억|십|백|천|만|억|조)|"
                           r"몇(?:십만|백만|천만|십억|백억|천억|십|백|천|만|억)")


def _magnitude_changes(pair: AlignedPair) -> list[Finding]:
    """"a few hundred human labels" said 수십 개 (a few dozen): another order of magnitude."""
    source, target = pair.source_text, pair.target.text
    written = list(_KO_MAGNITUDE.finditer(target))  # one search settles most cues (수 있다)
    if not written:
        return []
    said: list[tuple[re.Match, str]] = []  # longest first: "hundreds of millions" is not 수백
    for pattern, ko in _EN_MAGNITUDES:
        said += [(m, ko) for m in pattern.finditer(source)
                 if not any(m.start() < o.end() and o.start() < m.end() for o, _ in said)]
    if not said:
        return []
    allowed = {form for _, ko in said for form in (ko, *_MAGNITUDE_ALSO.get(ko, ()))}
    wrong = next((m for m in written if "수" + m.group()[1:] not in allowed), None)
    if wrong is None:
        return []
    meant = next(((m, ko) for m, ko in said if ko not in target), said[0])
    return [Finding(NAME, "numbers", "major",
                    f'"{meant[0].group()}" became {wrong.group()}; write {meant[1]}',
                    span=wrong.span(), replacement=meant[1], weight=_weight(0.75, pair))]


_EN_FRACTION = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(half|halves|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|tenth|tenths|"
    r"twentieth|thirtieth|fortieth|fiftieth|"
    r"hundredth|hundredths|thousandth|thousandths)\b",
    re.IGNORECASE)
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9}
# (an ordinal names the part: "one-thirtieth" is 1/30)
_DENOMINATORS = {**ENGLISH_ORDINALS, "half": 2, "quarter": 4, "thousandth": 1000}


_EN_HALVING = re.compile(r"\bhalv(?:e|es|ed|ing)\b|\bcuts? (?:\w+ ){0,2}in half\b|"
                         # "roughly half of the answers" said 약 3분의 1 (not half precision)
                         r"\bhalf\b(?![- ](?:precision|life|open|baked|hearted|way|time\b))",
                         re.IGNORECASE)


def _fraction_changes(targets: list[Quantity], pair: AlignedPair) -> list[Finding]:
    """"a third" said 3분의 2: a fraction the English writes in words, changed."""
    fractions = [t for t in targets if t.kind == "fraction"]
    said = {m.group(0): _fraction_value(m)
            for m in _EN_FRACTION.finditer(pair.source_text)} if fractions else {}
    if fractions:  # "FP8 halves the footprint" said 4분의 1로 줄고
        said.update({m.group(0): 0.5 for m in _EN_HALVING.finditer(pair.source_text)})
    if not said:
        return []
    return [Finding(NAME, "numbers", "major",
                    f'"{next(iter(said))}" became {t.text} ({plain_value(t.value)})',
                    span=t.span, weight=_weight(0.8, pair))
            for t in fractions if not any(_same(t.value, v) for v in said.values())]


def _fraction_by_said_to(targets: list[Quantity], pair: AlignedPair) -> list[Finding]:
    """"reduced reports by a third" said 3분의 1로 줄였어요, "to a third" (the English writes
    the fraction in words, so it is matched here, not with the figures)."""
    source = pair.source_text
    by = [m for m in _EN_FRACTION.finditer(source) if _EN_BY.search(source[:m.start()])]
    findings = []
    for t in targets:
        said = next((m.group(0) for m in by if _same(t.value, _fraction_value(m))), None)
        if said and t.kind == "fraction":
            findings.extend(_by_said_to(said, t, pair))
    return findings


def _fraction_value(m: re.Match) -> float:
    return (_NUMERATORS[m.group(1).lower()]
            / _DENOMINATORS[m.group(2).lower().rstrip("s").replace("halve", "half")])


def _fraction_as_multiplier(sources: list[Quantity], targets: list[Quantity],
                            pair: AlignedPair) -> list[Finding]:
    """"cut failures by a third" said 3배 줄었어요: the fraction's denominator became a
    multiplier, a three-fold cut where the English cuts a third."""
    said = {_DENOMINATORS[m.group(2).lower().rstrip("s").replace("halve", "half")]: m.group(0)
            for m in _EN_FRACTION.finditer(pair.source_text)
            if m.group(2).lower() not in ("half", "halves")}
    if not said:
        return []
    source = pair.source_text
    times = {s.value for s in sources if _TIMES_AFTER.match(source, s.span[1])
             or s.text.lower().startswith(_MULTIPLYING_WORDS)}
    return [Finding(NAME, "numbers", "major",
                    f'"{said[t.value]}" became {t.text}배 ({plain_value(t.value)} times)',
                    span=(t.span[0], pair.target.text.index("배", t.span[1]) + 1),
                    weight=_weight(0.8, pair))
            for t in targets if t.unit == "배" and t.value in said and t.value not in times]


_MULTIPLYING_WORDS = ("double", "twice", "tripl", "quadrupl", "halv")
_EN_RANGE = re.compile(r"\s*(?:to|-|–|~|or|and)\s*")


def _multiplier_changes(sources: list[Quantity], targets: list[Quantity],
                        pair: AlignedPair) -> list[Finding]:
    """A multiplier turned into its inverse ("ten times" -> 10분의 1) or traded places with
    another number of the cue ("a 16x SAE on layer 6" -> 16번 레이어에 6배 SAE)."""
    source, target = pair.source_text, pair.target.text
    times = {s.value for s in sources if _TIMES_AFTER.match(source, s.span[1])
             or s.text.lower().startswith(_MULTIPLYING_WORDS)}
    if not times:
        return []
    for a, b in zip(sources, sources[1:]):  # "3 to 10 times": 3 multiplies too
        if b.value in times and _EN_RANGE.fullmatch(source, a.span[1], b.span[0]):
            times.add(a.value)
    findings = []
    for t in targets:
        if t.kind == "fraction" and t.text.endswith("1") and _same(1 / t.value, max(times)) \
                and not any(u.unit == "배" and u.value in times for u in targets):
            findings.append(Finding(
                NAME, "numbers", "major",
                f"{plain_value(1 / t.value)} times became {t.text} "
                f"({plain_value(t.value)}): turned round", span=t.span,
                weight=_weight(0.8, pair)))
        elif t.unit == "배" and t.value not in times and any(
                _same(s.value, t.value) for s in sources if s.value not in times):
            findings.append(Finding(
                NAME, "numbers", "major",
                f"{t.text}배 multiplies by a number the English gives to something else; the "
                f"English multiplies by {', '.join(plain_value(v) for v in sorted(times))}",
                span=(t.span[0], target.index("배", t.span[1]) + 1), weight=_weight(0.8, pair)))
    return findings


def _changed(source: Quantity, target: Quantity, pair: AlignedPair) -> Finding:
    plain = re.fullmatch(r"[\d,.]+%?", target.text)
    shown = target.text if plain else f"{target.text} ({plain_value(target.value)})"
    span = _number_span(target)
    said = source.text
    replacement = None if source.kind == "year" and target.kind != "year" else _suggested(source)
    advice = replacement
    sizes = _SIZE.fullmatch(target.text), _SIZE.fullmatch(source.text)
    if replacement is not None and all(sizes) and \
            sizes[0].group(2).upper() == sizes[1].group(2).upper():
        # A size kept in Latin (Chinchilla 7B for 70B) keeps its letter: only the digits change.
        replacement, advice = sizes[1].group(1), sizes[1].group(1) + sizes[0].group(2)
    if target.text in KOREAN_DAY_COUNTS and replacement is not None:  # "ten days" said 사흘
        replacement = advice = f"{replacement}일"
    if target.text in KOREAN_ORDINAL_WORDS:  # "Second" said 셋째: write 둘째
        replacement = advice = next((word for word, value in KOREAN_ORDINAL_WORDS.items()
                                     if value == source.value), None)
    if (source.kind == "percent") != (target.kind == "percent"):
        # 4x -> 4%: the digits are right, what they measure is not; no digit to suggest.
        times = _TIMES_AFTER.match(pair.source_text, source.span[1])
        said, replacement, advice = said + (times.group() if times else ""), None, None
    return Finding(NAME, "numbers", "major",
                   f'"{said}" became {shown}' + (f"; write {advice}" if advice else ""),
                   span=span, replacement=replacement, weight=_weight(0.9, pair))


def _implied_percent(source: Quantity, target: Quantity, english: str) -> bool:
    """"experts came in near 88" after "56%": the English leaves the percent implied, the
    Korean writes 88%. (4x rendered 4% is still a change.)"""
    # ("Sixty-nine to eighty-eight" after "between 69% and 88%" too)
    spelled = re.fullmatch(r"[a-z]+(?:-[a-z]+)*", source.text.lower()) and source.value >= 10
    return (target.kind == "percent" and source.kind == "number"
            and (not source.soft or spelled) and _same(source.value, target.value)
            and not _TIMES_AFTER.match(english, source.span[1]))


def _missing(source: Quantity, pair: AlignedPair) -> Finding:
    """A figure of the English the cue does not say. Boundary confirmation drops it where a
    neighbour's Korean says it (word order moved it); one that survives is a clause left out,
    and flags the cue on its own unless the cue is short."""
    return Finding(NAME, "numbers", "major",
                   f'"{source.text}" from the source is not in the cue '
                   "(check the neighbouring cue)", weight=_weight(0.6, pair))


def _added(target: Quantity, pair: AlignedPair) -> Finding:
    return Finding(NAME, "numbers", "major",
                   f"{target.text} ({plain_value(target.value)}) is not in the source",
                   span=_number_span(target), weight=_weight(0.62, pair))


def _counted_noun(source: str, quantity: Quantity | None) -> str:
    """The word a source number counts: "117 million weights" -> "weights"."""
    if quantity is None:
        return ""
    m = re.match(r"\W*(?:[a-z]+\W+){0,2}?([a-z]+(?:ers|ors|ists|men))\b|\W*([a-z]+)",
                 source[quantity.span[1]:], re.IGNORECASE)
    return (m.group(1) or m.group(2) or "").lower() if m else ""


def _licensed(family: str, licence: str, source: str, counted: str) -> bool:
    if re.search(licence, source, re.IGNORECASE):
        return True
    # Any -er/-or/-ist/-men noun counted by the number may be people (hikers, visitors,
    # fishermen).
    return family == "people" and counted.endswith(("ers", "ors", "ists", "men")) \
        and counted not in NOT_PEOPLE


def _unit_findings(matched, left_targets, source: str, pair: AlignedPair) -> list[Finding]:
    findings = []
    partner_of = {id(t): s for s, t in matched}
    for q in [t for _, t in matched] + left_targets:
        if q.soft:
            continue  # 한 명, 두 사람: spelled numbers of people are usually right
        counted = _counted_noun(source, partner_of.get(id(q)))
        for family, (counters, licence) in UNIT_FAMILIES.items():
            if family == "time" and q.unit in counters and (
                    _KO_CLOCK_HOUR.search(pair.target.text, 0, q.span[0])
                    or not _KO_UNIT_ENDS.match(_after_unit(pair.target.text, q))
                    or q.unit == "분" and _EN_COUNTED_PEOPLE.search(source)):
                continue  # 7시 30분 is a time of day; 두 분포, 1만 분의 1 are no durations;
                # 340분이 함께하시는 is "340 of you"
            if q.unit in counters and not _licensed(family, licence, source, counted):
                start = pair.target.text.index(q.unit, q.span[1])
                what = _FAMILY_CLAIM[family]
                findings.append(Finding(
                    NAME, "accuracy/mistranslation", "major",
                    f"{q.text} {q.unit} makes it {what}, but the source has no {family}",
                    span=(start, start + len(q.unit)), weight=_weight(0.8, pair)))
    return findings


# "two of those three", "3 out of 10": a part of a whole; Korean says the whole first, 세 개
# 중 하나, 10개 중 3개
_EN_PARTITIVE = re.compile(r"\s(?:times |of them |\w+s )?(?:out )?of (?:those |the |these |"
                           r"them,? |our |their |its |all |every )?", re.IGNORECASE)
_EN_RANGE_TO = re.compile(r"\s*(?:to|-|–|or)\s*")
_KO_AMONG = re.compile(r"\s?(?:개|명|가지|건|번|장|문제)?\s?(?:중|가운데)(?:에서|에)?\s?")


def _partitive_changes(sources: list[Quantity], targets: list[Quantity],
                       pair: AlignedPair) -> list[Finding]:
    """The part of a whole changed: "mark two of those three wrong" said 세 개 중 하나를."""
    source, target = pair.source_text, pair.target.text
    # (a part in digits that changed is already a changed number; "more than two times out of
    # three" may be said 세 번 중 세 번: the part has two readings)
    wholes = [(part, whole) for part, whole in zip(sources, sources[1:])
              if part.soft and _EN_PARTITIVE.fullmatch(source[part.span[1]:whole.span[0]])]
    for part, whole in wholes:
        readings = [q.value for q in sources if q.span == part.span]
        # ("two to six of the eight": the part is a range, either end of it)
        readings += [q.value for q in sources
                     if _EN_RANGE_TO.fullmatch(source[q.span[1]:part.span[0]])]
        for among, said in zip(targets, targets[1:]):
            if (_same(among.value, whole.value)
                    and not any(_same(said.value, v) for v in readings)
                    and _KO_AMONG.fullmatch(target[among.span[1]:said.span[0]])):
                return [Finding(NAME, "numbers", "major",
                                f'the English says {part.text} of {whole.text}; the cue says '
                                f"{said.text} of them", span=said.span,
                                weight=_weight(0.8, pair))]
    return []


_MEASURES = {"milliseconds", "seconds", "minutes", "hours", "days", "weeks", "months", "years",
             "bits", "bytes", "megabits", "gigabits", "kilobytes", "megabytes", "gigabytes",
             "terabytes"}


def _unit_moved(matched, sources: list[Quantity], source: str,
                pair: AlignedPair) -> list[Finding]:
    """A unit given to another figure of the cue: "two annotators about six hours" said
    annotator 여섯 명이 약 두 시간. Each figure is there, but the English's hours belong to 6
    and the cue's 시간 to 2."""
    findings = []
    for s, t in matched:
        unit = _UNIT_OF_KOREAN.get(t.unit or "")
        if (unit not in _MEASURES  # (tokens and words: English often leaves them unsaid)
                or unit == "years" and max(t.value, s.value) >= 1000  # 1966년: a year
                or unit == "days" and "월" in pair.target.text[max(0, t.span[0] - 4):t.span[0]]):
            continue  # (3월 5일: a date)
        own = _source_unit(source, s)
        if own is not None and own[0] == unit:
            continue
        if s.text.lower() in ENGLISH_SOFT_WORDS:
            continue  # (half a second, twice a year: no count of its own)
        holders = [o for o in sources if o is not s and not _same(o.value, s.value)
                   and o.text.lower() not in ("a", "an")
                   and o.text.lower() not in ENGLISH_SOFT_WORDS
                   and (_source_unit(source, o) or ("",))[0] == unit]
        if len(holders) == 1 and not any(
                _same(h.value, other.value) and _UNIT_OF_KOREAN.get(other.unit or "") == unit
                for h in holders for _, other in matched):
            holder = holders[0]
            start = pair.target.text.find(t.unit, t.span[1])
            if start < 0:
                continue
            findings.append(Finding(
                NAME, "numbers", "major",
                f'the English says {holder.text} {unit}; the cue gives {t.unit} to {t.text} '
                f'({s.text} in the English counts something else)',
                span=(start, start + len(t.unit)), weight=_weight(0.8, pair)))
    return findings


# Units after a number: what each is called in English and the Korean counters that render
# it. The same value with another unit is another claim:
# 30 seconds is not 30분, 140 gigabytes is not 140메가바이트, 4.8 bits is not 4.8바이트,
# 15 cents is not 15달러.
UNITS = {
    "milliseconds": (("milliseconds", "millisecond", "ms"), ("밀리초",)),
    # (not "us" nor "ns": "25 million US dollars")
    "microseconds": (("microseconds", "microsecond", "µs"), ("마이크로초", "µs")),
    "nanoseconds": (("nanoseconds", "nanosecond"), ("나노초",)),
    "seconds": (("seconds", "second", "secs", "sec"), ("초",)),
    "minutes": (("minutes", "minute", "mins", "min"), ("분",)),
    "hours": (("hours", "hour", "hrs", "hr"), ("시간",)),
    "days": (("days", "day"), ("일",)),
    "weeks": (("weeks", "week"), ("주",)),
    "months": (("months", "month"), ("개월", "달")),
    "years": (("years", "year"), ("년", "주년")),  # (60주년: a 60th anniversary)
    "bits": (("bits", "bit"), ("비트",)),
    "nats": (("nats", "nat"), ("내트", "nats", "nat")),
    "bytes": (("bytes", "byte"), ("바이트",)),
    "megabits": (("megabits", "megabit", "Mbps", "Mb"), ("Mbps", "메가비트", "Mb")),
    "gigabits": (("gigabits", "gigabit", "Gbps", "Gb"), ("Gbps", "기가비트", "Gb")),
    "kilobytes": (("kilobytes", "kilobyte", "KB"), ("KB", "킬로바이트")),
    "megabytes": (("megabytes", "megabyte", "MB"), ("MB", "메가바이트", "메가")),
    "gigabytes": (("gigabytes", "gigabyte", "gigs", "gig", "GB"), ("GB", "기가바이트", "기가")),
    "terabytes": (("terabytes", "terabyte", "TB"), ("TB", "테라바이트", "테라")),
    "cents": (("cents", "cent"), ("센트",)),
    "dollars": (("dollars", "dollar", "bucks"), ("달러", "불")),
    "won": (("won",), ("원",)),
    "euros": (("euros", "euro"), ("유로",)),
    "yen": (("yen",), ("엔",)),
    "pounds": (("pounds sterling",), ("파운드",)),
    # (400 tokens is not 400단어)
    "tokens": (("tokens", "token"), ("토큰",)),
    "words": (("words", "word"), ("단어",)),
}
# A currency sign before the figure: $12,000 is dollars (12,000원 is another claim).
_CURRENCY_SIGNS = {"$": "dollars", "€": "euros", "¥": "yen", "£": "pounds", "₩": "won"}
_UNIT_OF_ENGLISH = {word.lower(): unit for unit, (words, _) in UNITS.items() for word in words}
_UNIT_OF_KOREAN = {counter: unit for unit, (_, counters) in UNITS.items()
                   for counter in counters}
_UNIT_OF_KOREAN["월"] = "a month of the year"
# (a word may stand between: "12 extra bytes", "30 more seconds")
_EN_UNIT = re.compile(r"\s?-?\s?(?:(?:extra|more|additional|full|whole|fewer|less)\s)?("
                      + "|".join(sorted(_UNIT_OF_ENGLISH, key=len, reverse=True))
                      + r")\b", re.IGNORECASE)
# "cut by 40%" is 40% 줄었다; "40%로 줄었다" says cut *to* 40%.
# (the figure may close a range: "shrinks the input by 95 to 99 percent")
_EN_BY = re.compile(r"\bby\s+(?:about|roughly|around|nearly|almost|over|some|just)?\s*"
                    r"(?:[\d.,]+\s?(?:%|percent)?\s?(?:to|-|–)\s?)?$", re.IGNORECASE)
_KO_TO_CHANGE = re.compile(r"\s?(?:정도|가량|수준으)?로\s?(?:\S+\s)?"
                           r"(?:줄|늘|감소|증가|떨어|올라|올랐|낮아|낮췄|높아|높였|향상|개선|단축|축소)")


def _same_units_first(sources: list[Quantity], targets: list[Quantity],
                      source: str) -> tuple[list[Quantity], list[Quantity]]:
    """The leftover numbers in the order they are paired: a source and a target of the same
    unit first ("ten days" with 사흘, before "89" with 89퍼센트), then the rest in order."""
    sources, targets = list(sources), list(targets)
    first_sources, first_targets = [], []
    for t in [t for t in targets if t.unit in _UNIT_OF_KOREAN]:
        s = next((s for s in sources if (_source_unit(source, s) or ("",))[0]
                  == _UNIT_OF_KOREAN[t.unit]), None)
        if s is not None:
            sources.remove(s)
            targets.remove(t)
            first_sources.append(s)
            first_targets.append(t)
    return first_sources + sources, first_targets + targets


def _source_unit(source: str, quantity: Quantity) -> tuple[str, int] | None:
    """The unit of a source number (a key of UNITS), and where it ends."""
    if quantity.text[:1] in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[quantity.text[0]], quantity.span[1]
    m = _EN_UNIT.match(source, quantity.span[1])
    return (_UNIT_OF_ENGLISH[m.group(1).lower()], m.end()) if m else None


# What Korean says as 1위 (first place) without a digit in the English.
_EN_TOP = re.compile(r"\b(?:top\w*|first|best|number one|leading|lead|won|wins?|winners?|"
                     r"leaders?|leaderboards?|beat|beats|#1)\b", re.IGNORECASE)
# 2위 for "the runner-up": a rank the English says in words
_KO_PLACE_AFTER = re.compile(r"\s?등(?![가-힣])|\s?등(?=[은는이을의에])")  # (2등: "the runner-up")
_EN_SECOND_PLACE = re.compile(r"\b(?:runners?-up|second place|silver)\b", re.IGNORECASE)
# What Korean says with 1 or 한 where English has no digit: "a batch" is 한 배치, "within a
# point" 1포인트 안팎.
# ("soggy dollar bills" are 1달러 지폐)
_EN_ONE = re.compile(r"\b(?:a|an|one|single|once|dollar (?:bills?|coins?|notes?))\b",
                     re.IGNORECASE)


def _repeats(target: Quantity, value: float, unit: str | None) -> bool:
    """Whether a leftover Korean quantity says again a value already accounted for: of the
    same unit, or both counting people (어노테이터 두 명 ... 두 사람의 라벨)."""
    people = UNIT_FAMILIES["people"][0]
    return _same(target.value, value) and (unit is None or target.unit in (None, unit)
                                           or target.unit in people and unit in people)


def _inside_a_name(number: Quantity, source: str, target: str) -> bool:
    """Whether the Korean writes the English number inside a name (AIME 2024, temperature 0.7,
    ImageNet 256×256), not counting a name the English writes the same way with the digits
    glued on: the BF16 of BF16 가중치 says nothing of "about 16 gigabytes in BF16"."""
    after_a_word = re.compile(rf"[A-Za-z][A-Za-z0-9]*?([\s-]?){re.escape(number.text)}"
                              r"(?![\d.,]*\d)")
    for m in after_a_word.finditer(target):
        glued = m.group(0).split()[-1] if m.group(1) == "" else None
        if glued and re.search(rf"(?<![A-Za-z0-9]){re.escape(glued)}(?![\d.,]*\d)", source):
            continue
        return True
    return False


def _one_without_digit(target: Quantity, source: str, korean: str) -> bool:
    """A Korean 1 that renders English words, not a number the English lacks: "a", or a
    unit the English names alone ("go the extra mile" joked as 1마일 더). A numbered step
    (1단계, 1번째) never renders "a"."""
    if target.unit in ("단계", "번째"):
        return False
    unit_after = _HANGUL_AFTER.match(korean, target.span[1])
    return (_EN_ONE.search(source) is not None
            or (target.unit == "위" and _EN_TOP.search(source) is not None)
            or (target.unit is None and unit_after is not None
                and bool(sounded(source, unit_after.group(1)))))


_HANGUL_AFTER = re.compile(r"\s?([가-힣]{2,})")
_EN_VERSION_BEFORE = re.compile(r"\b(?:version|ver\.?|v)\s?$", re.IGNORECASE)
# "from 92% to 85%" and "92%에서 85%로": the two ends of a change or a range.
_EN_FROM_TO = re.compile(r"\s*(?:(?:all the way |way )?(?:down|up) )?(?:to|-|–|—)\s*$")
_KO_FROM_TO = re.compile(r"\s*(?:에서|부터)\s*$")


def _reversed_changes(sources: list[Quantity], targets: list[Quantity],
                      pair: AlignedPair) -> list[Finding]:
    """"from 92% to 85%" rendered "85%에서 92%로": both values there, the change turned round."""
    source, target = pair.source_text, pair.target.text
    findings = []
    for a, b in zip(sources, sources[1:]):
        if not _EN_FROM_TO.match(source[a.span[1]:b.span[0]]) or _same(a.value, b.value):
            continue
        for x, y in zip(targets, targets[1:]):
            if (_KO_FROM_TO.match(target[x.span[1]:y.span[0]])
                    and _same_quantity(a, y) and _same_quantity(b, x)):
                findings.append(Finding(
                    NAME, "numbers", "major",
                    f'"{source[a.span[0]:b.span[1]]}" became '
                    f'"{target[x.span[0]:y.span[1]]}": the change is turned round',
                    span=(x.span[0], y.span[1]), weight=_weight(0.85, pair)))
    return findings


_ANY_CLOCK_OR_RATIO = re.compile(r"\d\s?(?:[ap]\.?m\b|to\s?\d|:\s?\d)", re.IGNORECASE)
_EN_CLOCK = re.compile(r"\b(\d{1,2})(?::\d{2})?\s?(a\.?m\.?|p\.?m\.?)(?![a-z])", re.IGNORECASE)
_KO_MORNING, _KO_AFTERNOON = "오전|새벽|아침", "오후|저녁|밤"


def _clock_changes(pair: AlignedPair) -> list[Finding]:
    """"3 a.m." said 오후 3시 (3 p.m.): the hour is right, the half of the day is not."""
    source, target = pair.source_text, pair.target.text
    findings = []
    halves = [(m.group(1), m.group(2).lower().startswith("a")) for m in _EN_CLOCK.finditer(source)]
    for m in _EN_CLOCK.finditer(source):
        morning = m.group(2).lower().startswith("a")
        if halves.count((m.group(1), not morning)):
            continue  # (the English has this hour in both halves of the day)
        said, other = (_KO_MORNING, _KO_AFTERNOON) if morning else (_KO_AFTERNOON, _KO_MORNING)
        # ("9 a.m. ... until 9 a.m. the next day" said 오전 9시 ... 오후 9시: one of the two)
        wrong = re.search(rf"(?:{other})\s?{m.group(1)}\s?시", target)
        if wrong and wrong.start() not in [f.span[0] for f in findings]:
            findings.append(Finding(
                NAME, "numbers", "major",
                f'"{m.group(0)}" became {wrong.group()}: '
                f"write {'오전' if morning else '오후'} {m.group(1)}시",
                span=wrong.span(), weight=_weight(0.85, pair)))
    return findings


_EN_RATIO = re.compile(r"\b(\d+)\s?(?:to|:)\s?(\d+)\b")
_KO_RATIO = re.compile(r"(\d+)\s?(?:대|:)\s?(\d+)")


def _ratio_changes(pair: AlignedPair) -> list[Finding]:
    """"a ratio of 7 to 1" said 1대 7: the same two numbers, the other way round."""
    source, target = pair.source_text, pair.target.text
    if "ratio" not in source.lower() and "비율" not in target:
        return []
    findings = []
    for m in _EN_RATIO.finditer(source):
        a, b = m.group(1), m.group(2)
        if a == b:
            continue
        for k in _KO_RATIO.finditer(target):
            if (k.group(1), k.group(2)) == (b, a) and not re.search(
                    rf"{a}\s?(?:대|:)\s?{b}", target):
                findings.append(Finding(
                    NAME, "numbers", "major",
                    f'"{m.group(0)}" became {k.group(0)}: the ratio is turned round; '
                    f"write {a}대 {b}", span=k.span(), weight=_weight(0.8, pair)))
    return findings


# "two percentage points", "3.2 points of nDCG": the unit after a number read without it
_EN_POINTS = re.compile(r"[\s-]?(?:percentage[\s-])?points?\b", re.IGNORECASE)
_KO_POINTS_AFTER = re.compile(r"\s?(?:포인트|p(?![A-Za-z]))")


def _points_or_percent(s, t, pair: AlignedPair) -> list[Finding]:
    """12 percentage points (12%p) and 12 percent (12%) are different claims: a rise from
    50% to 62% against one from 50% to 56%."""
    target = pair.target.text
    said_points = "point" in s.text.lower() or bool(_EN_POINTS.match(pair.source_text, s.span[1]))
    after = _KO_POINTS_AFTER.match(target, t.span[1])
    written_points = t.text.endswith(("%p", "포인트")) or after is not None
    if said_points == written_points:
        return []
    digits = re.match(r"[\d.,]*", t.text).group(0) or t.text
    in_words = "퍼센트" in t.text
    if said_points:  # loose rather than wrong: often what the writer meant anyway
        points = f"{t.text}포인트" if in_words else f"{digits}%p"
        return [Finding(NAME, "numbers", "minor",
                        f'"{s.text}" became {t.text}, a percent; percentage points are '
                        f"written {points}", span=t.span, replacement=points,
                        weight=_weight(0.45, pair))]
    end = after.end() if after else t.span[1]
    percent = f"{digits}퍼센트" if in_words else f"{digits}%"
    return [Finding(NAME, "numbers", "major",
                    f'"{s.text}" became {target[t.span[0]:end]}, percentage points; '
                    f"a percent is written {percent}",
                    span=(t.span[0], end), replacement=percent, weight=_weight(0.8, pair))]


def _meaning_changes(matched, pair: AlignedPair) -> list[Finding]:
    """Same value, different claim: 30 seconds -> 30분, 140 GB -> 140MB, cut by 40% ->
    40%로 줄었다, version 1.40 -> 1.4."""
    source, target = pair.source_text, pair.target.text
    findings = []
    for s, t in matched:
        if (_EN_VERSION_BEFORE.search(source[:s.span[0]]) and "." in s.text
                and s.text != t.text):  # a version is a name, not a value: 1.40 is not 1.4
            findings.append(Finding(
                NAME, "names", "major", f'version "{s.text}" became {t.text}; write {s.text}',
                span=t.span, replacement=s.text, weight=_weight(0.85, pair)))
        unit = _source_unit(source, s)
        said = _UNIT_OF_KOREAN.get(t.unit)
        if unit and said and said != unit[0] and not _also_with_unit(t, unit[0], target):
            english_unit, unit_end = unit
            # in the script the cue writes its units in (GB or 기가바이트)
            korean_unit = next((c for c in UNITS[english_unit][1]
                                if c.isascii() == t.unit.isascii()), UNITS[english_unit][1][0])
            # 이틀, 나흘: the day count is the unit, no 일 after it; write the figure then
            unit_at = target.find(t.unit, t.span[1])
            end = unit_at + len(t.unit) if unit_at >= 0 else t.span[1]
            figure = t.text if unit_at >= 0 else korean_rendering(t.value)
            findings.append(Finding(
                NAME, "numbers", "major",
                f'"{source[s.span[0]:unit_end]}" became {target[t.span[0]:end]} '
                f"({said}); write {figure}{korean_unit}",
                span=(t.span[0], end), replacement=f"{figure}{korean_unit}",
                weight=_weight(0.85, pair)))
        if s.kind == "percent" and t.kind == "percent":
            findings.extend(_points_or_percent(s, t, pair))
        if s.kind == "percent" and t.kind == "percent" and _EN_BY.search(source[:s.span[0]]):
            findings.extend(_by_said_to(s.text, t, pair))
    return findings


def _also_with_unit(t: Quantity, english_unit: str, target: str) -> bool:
    """Whether the cue also writes t's figure with the English's unit: "felt more like forty
    years" said 그 40분이 40년처럼 (the minutes are the cue before's)."""
    units = UNITS[english_unit][1]
    # (the whole counter: 900기가비트 is no 900기가)
    return any((counter := KOREAN_COUNTER_AFTER.match(target, m.end()))
               and counter.group(1) in units
               for m in re.finditer(rf"(?<![\d.,]){re.escape(t.text)}", target))


def _by_said_to(said: str, t: Quantity, pair: AlignedPair) -> list[Finding]:
    """"cut by 40%" said 40%로 줄었다, "by a third" said 3분의 1로: with 로 a Korean change
    names where it ends, without it how much it moved."""
    target = pair.target.text
    after = _KO_TO_CHANGE.match(target, t.span[1])
    if after is None:
        return []
    return [Finding(NAME, "numbers", "major",
                    f'"by {said}" became "{target[t.span[0]:after.end()]}…", which means to '
                    f"{said}; without 로 it means by", span=(t.span[0], after.end()),
                    weight=_weight(0.75, pair))]


# A count no figure gives, which Korean says 한두, 두세 ("give or take a few" said 한두 마리
# 오차는 있을 수 있습니다)
_EN_VAGUE_COUNT = re.compile(r"\b(?:a few|a couple|a handful|several|give or take|or so|"
                             r"one or two|two or three)\b", re.IGNORECASE)


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    if not pair.source_text.strip():
        return []
    return findings_with_idioms_set_aside(_findings, pair, ctx)  # 두 마리 토끼 counts nothing


# "Step one: run ibstat" and "One, ..., two, ..." count steps as 첫째, 둘째 do.
_EN_ENUMERATOR = re.compile(
    r"(?:^|[.:;]\s+)(?:(?:step|and)\s+)?(?:one|two|three|four|five|six)\b[,:]", re.IGNORECASE)
_FACTOR_OF = re.compile(r"\bfactor of (?:about |roughly |around |nearly |almost )?$",
                        re.IGNORECASE)
_EN_REDUCTION = re.compile(r"\b(?:cut(?:s|ting)?|reduc\w+|shrink\w*|shrank|compress\w*|"
                           r"decreas\w+|divid\w+|dropp?(?:s|ed|ing)?|f[ae]ll(?:s|ing)?|"
                           r"(?:times|x) (?:smaller|less|fewer|cheaper|lower))\b",
                           re.IGNORECASE)


# Years counted in decades or centuries, which Korean counts in years: "ten decades" is
# 100년, "a century" 100년.
_EN_DECADES = re.compile(r"\s(?:decades?\b)", re.IGNORECASE)
_EN_CENTURIES = re.compile(r"\s(?:centur(?:y|ies)\b)", re.IGNORECASE)
_EN_A_CENTURY = re.compile(r"\b(?:a|one) century\b", re.IGNORECASE)
_EN_PARTS = re.compile(r"\s(tenth|hundredth)s?\b", re.IGNORECASE)
_EN_NONZERO = re.compile(r"\bnon-?zero\b", re.IGNORECASE)
_EN_COSTS_NOTHING = re.compile(r"\b(?:essentially|basically|practically|effectively|almost|"
                               r"nearly|virtually) (?:free|nothing)\b|\bfor free\b|"
                               r"\bcosts? (?:you |us )?nothing\b|\bno cost\b", re.IGNORECASE)


_EN_MORE_THAN = re.compile(r"\bmore than\s$", re.IGNORECASE)
_EN_OVER_FRACTION = re.compile(r"\b(\d+(?:\.\d+)?) over (\d+(?:\.\d+)?)\b")


def _spoken_fractions(source: str, sources: list[Quantity]) -> list[Quantity]:
    """ "1 over 61" read as the fraction 1/61 (61분의 1), its two figures soft."""
    spans = [m.span() for m in _EN_OVER_FRACTION.finditer(source)]
    if not spans:
        return sources
    inside = [q for q in sources if any(a <= q.span[0] < b for a, b in spans)]
    fractions = [Quantity(float(m.group(1)) / float(m.group(2)), m.span(), m.group(), "fraction",
                          soft=True)
                 for m in _EN_OVER_FRACTION.finditer(source) if float(m.group(2))]
    return [replace(q, soft=True) if q in inside else q for q in sources] + fractions


def _more_than_said_as_at_least(source: str, sources: list[Quantity]) -> list[Quantity]:
    """A count spelled after "more than" may be said as the next count and 이상: "more than
    one" is 두 개 이상. Both values are then soft."""
    read = []
    for q in sources:
        if _EN_MORE_THAN.search(source, 0, q.span[0]) and not q.text[:1].isdigit() \
                and q.value == int(q.value) and 0 < q.value < 100:
            read += [replace(q, soft=True), replace(q, value=q.value + 1, soft=True)]
        else:
            read.append(q)
    return read


def _in_years(source: str, sources: list[Quantity]) -> list[Quantity]:
    """The quantities with decades and centuries read as years."""
    years = []
    for q in sources:
        if q.kind == "ordinal" or q.text[-2:].lower() in ("st", "nd", "rd", "th"):
            pass  # the 21st century is 21세기
        elif _EN_DECADES.match(source, q.span[1]):
            q = replace(q, value=q.value * 10)
        elif _EN_CENTURIES.match(source, q.span[1]):
            q = replace(q, value=q.value * 100)
        years.append(q)
    return years


def _findings(pair: AlignedPair) -> list[Finding]:
    source = pair.source_text
    sources = english_quantities(source)
    if "couple" in source.lower():  # "a couple of minutes" is said 2~3분 as often as 2분
        sources += [Quantity(3.0, q.span, q.text, soft=True) for q in sources
                    if q.text.lower() == "couple"]
    # "pairs of GPUs" is 두 개씩, "binary labels" 두 가지; Q3 is 3분기
    sources += [Quantity(2.0 if m.group(1) else float(m.group(2)), m.span(), m.group(), soft=True)
                for m in _EN_PAIRS_OR_QUARTER.finditer(source)]
    if "tenth" in source or "hundredth" in source:  # "nine tenths of a cent" is 0.9센트
        sources = [replace(q, value=q.value / (10 if m.group(1) == "tenth" else 100))
                   if (m := _EN_PARTS.match(source, q.span[1])) else q for q in sources]
    if _EN_NONZERO.search(source):  # "a nonzero code" is 0이 아닌 코드
        sources = sources + [Quantity(0.0, m.span(), m.group(), soft=True)
                             for m in _EN_NONZERO.finditer(source)]
    # "the copy is essentially free" is 비용은 사실상 0
    sources += [Quantity(0.0, m.span(), m.group(), soft=True)
                for m in _EN_COSTS_NOTHING.finditer(source)]
    if " over " in source:  # "1 over 61" is 61분의 1
        sources = _spoken_fractions(source, sources)
    if "more than" in source.lower():  # "more than one" is as often 두 개 이상 as 1개 넘게
        sources = _more_than_said_as_at_least(source, sources)
    if "decade" in source or "centur" in source:
        sources = _in_years(source, sources)
        sources += [Quantity(100.0, m.span(), m.group(), soft=True)
                    for m in _EN_A_CENTURY.finditer(source)
                    if not any(q.span[0] < m.end() and m.start() < q.span[1] for q in sources)]
    targets = [t for t in korean_quantities(pair.target.text)
               if not _the_two_of_them(t, pair.target.text, source)
               and not _a_magnitude_named(t, source)
               and not _metric_conversion(t, pair.target.text, source)]
    targets = sorted(targets + labels_counting(source, pair.target.text, sources),
                     key=lambda q: q.span)
    targets = _and_a_half_said(pair.target.text, targets, sources)
    targets = _compound_durations(pair.target.text, targets, sources)
    if not sources and not targets:  # (three cues in four): only what needs no quantity
        return _quantity_free_changes(pair)
    if not (any(s.text.lower() in ENGLISH_ORDINALS for s in sources)
            or _EN_ENUMERATOR.search(source)):
        # 둘째 may say "Next," or "Also,": only against an English ordinal (or "One, ...") is
        # it a number
        targets = [t for t in targets if t.text not in KOREAN_ORDINAL_WORDS]
    if _EN_REDUCTION.search(source):  # "cuts the cost by 8x" is 8분의 1로 줄어요
        times = {s.value for s in sources if _TIMES_AFTER.match(source, s.span[1])
                 or s.text.lower().endswith("fold")  # ("a twelvefold cut")
                 or _FACTOR_OF.search(source, 0, s.span[0])}  # ("by a factor of 64")
        targets = [replace(t, value=1 / t.value)
                   if t.kind == "fraction" and t.text.endswith("1")
                   and any(_same(1 / t.value, v) for v in times) else t for t in targets]
    matched, left_sources, left_targets = _match(sources, targets, source)
    left_sources, left_targets = _without_conversions(
        left_sources, left_targets, korean_quantities(pair.target.text), source)
    # A bare version digit (the 1 of GPT-1) is the names check's business, and a value the
    # cue repeats ("이 10년이") was already accounted for, if it counts the same thing: 8배
    # and then 8개 are two claims.
    versions = _version_digits(source)
    left_targets = [t for t in left_targets
                    if not t.soft and not (t.value == 1
                                           and _one_without_digit(t, source, pair.target.text))
                    and not (t.value == 2 and (t.unit == "위" or _KO_PLACE_AFTER.match(
                        pair.target.text, t.span[1])) and _EN_SECOND_PLACE.search(source))
                    and not (t.unit is None and any(_same(t.value, v) for v in versions))]
    repeats = [t for t in left_targets
               if any(_repeats(t, s.value, m.unit) for s, m in matched)]
    left_targets = [t for t in left_targets if t not in repeats]
    # A spelled-out source number left over ("ten minutes" -> 19분) is what a leftover
    # target value changed from; alone it is never required (a/an are not numbers here).
    # A number the cue writes as the English does, inside a name (AIME 2024, 'R1-0528'),
    # is there even though it was not read as a quantity.
    # (Not one the English has inside a name too: BF16 in "16 gigabytes in BF16" is the BF16.)
    hard_left = [s for s in left_sources if not s.soft
                 and not _inside_a_name(s, source, pair.target.text)]
    # ("single" and "once" last: "a single call ... two rounds" said 세 번 changed the two)
    spelled_left = sorted((s for s in left_sources
                           if s.soft and s.text.lower() not in ("a", "an")),
                          key=lambda s: s.text.lower() in ("single", "once", "both"))
    before = hard_left + spelled_left
    if not before and _EN_VAGUE_COUNT.search(source):
        left_targets = [t for t in left_targets if t.text not in KOREAN_RANGE_WORDS]
    # ...unless a source number (not an ordinal: "the first ten years" -> 이 10년) is still
    # unexplained: "double it and you quadruple the count" said 두 배 ... 두 배 has the
    # second 두 배 where "quadruple" should be.
    unexplained = [s for s in before if s.text.lower() not in ENGLISH_ORDINALS
                   and s.text.lower() not in ("single", "once", "both")]
    left_targets += repeats[:max(0, len(unexplained) - len(left_targets))]
    left_targets.sort(key=lambda t: t.span)

    before, left_targets = _same_units_first(before, left_targets, source)
    findings: list[Finding] = []
    for s, t in zip(before, left_targets):
        if not _implied_percent(s, t, source):
            findings.append(_changed(s, t, pair))
        elif _EN_POINTS.match(source, s.span[1]):  # "3.2 points" said 3.2%
            findings.extend(_points_or_percent(s, t, pair))
    for s in hard_left[len(left_targets):]:
        if any(_same(s.value, m.value) for m, _ in matched):
            continue  # "all 16 right, or all 16 wrong" said 16개 ... 전부 틀리면: said once
        findings.append(_missing(s, pair))
    for t in left_targets[len(before):]:
        findings.append(_added(t, pair))
    findings.extend(_unit_findings(matched, left_targets, source, pair))
    findings.extend(_unit_moved(matched, sources, source, pair))
    findings.extend(_partitive_changes(sources, targets, pair))
    findings.extend(_meaning_changes(matched, pair))
    findings.extend(_reversed_changes(sources, targets, pair))
    findings.extend(_multiplier_changes(sources, targets, pair))
    findings.extend(_fraction_changes(targets, pair))
    findings.extend(_fraction_by_said_to(targets, pair))
    findings.extend(_fraction_as_multiplier(sources, targets, pair))
    findings.extend(_quantity_free_changes(pair))
    findings.extend(_share_said_as_discount(pair))
    if targets:
        findings.extend(_added_periods(pair))
        # (a date whose day alone changed is already a changed number)
        findings.extend(d for d in _date_changes(pair) if not any(
            f.span and f.span[0] < d.span[1] and d.span[0] < f.span[1] for f in findings))
    return findings


# 4분 30초, 2시간 15분: one duration in two units ("four and a half minutes")
_NEXT_UNIT = {"시간": "분", "분": "초"}


def _compound_durations(target: str, targets: list[Quantity],
                        sources: list[Quantity]) -> list[Quantity]:
    """The targets with a duration of two units read as one value where the English says that
    value: "four and a half minutes" said 4분 30초."""
    merged, skip = [], set()
    for k, t in enumerate(targets):
        if k in skip:
            continue
        nxt = targets[k + 1] if k + 1 < len(targets) else None
        if (nxt is not None and t.unit in _NEXT_UNIT and nxt.unit == _NEXT_UNIT[t.unit]
                and not target[t.span[1]:nxt.span[0]].replace(t.unit, "").strip()):
            value = t.value + nxt.value / 60
            if any(_same(s.value, value) for s in sources):
                merged.append(replace(t, value=value))
                skip.add(k + 1)
                continue
        merged.append(t)
    return merged


# 4일 반, 1시간 반: a count and a half, 반 after the counter ("four and a half days")
_KO_AND_A_HALF = re.compile(r"\s?반(?![가-힣])")


def _and_a_half_said(target: str, targets: list[Quantity],
                     sources: list[Quantity]) -> list[Quantity]:
    """The targets with a count and its 반 read as one value where the English says that
    value ("four and a half days" said 4일 반). (Only then: a figure that differs is reported
    as written, so that its fix replaces the figure, not the 반 after it.)"""
    halves = []
    for k, t in enumerate(targets):
        if t.unit is None or t.soft or not any(_same(s.value, t.value + 0.5) for s in sources):
            continue
        at = target.find(t.unit, t.span[1])
        half = _KO_AND_A_HALF.match(target, at + len(t.unit)) if 0 <= at - t.span[1] <= 1 \
            else None
        if half:
            targets[k] = replace(t, value=t.value + 0.5)
            halves.append((half.end() - 1, half.end()))
    return [t for t in targets if t.span not in halves]


# "They crossed the line together" is 두 사람은 … 함께: Korean names a pair by its number.
_KO_THE_TWO = re.compile(r"두\s?(?:사람|분)(?!\s?(?:이상|이하|씩|중|정도|가량))")
_EN_A_PAIR = re.compile(r"\b(?:they|them|their|both|together|each other|the two|the pair|"
                        r"the couple|twins?)\b|\b[A-Z][a-z]+ and [A-Z][a-z]+\b")


# A translator converts imperial measures for Korean viewers: "twenty-three pounds, four
# ounces" said 23파운드 4온스, 약 10.5킬로그램. The metric figure is an aside, not a claim.
_EN_IMPERIAL = re.compile(r"\b(?:pounds?|lbs?|ounces?|oz|miles?|feet|foot|ft|inch(?:es)?|"
                          r"yards?|gallons?|pints?|stones?|acres?|fahrenheit|°F)\b", re.IGNORECASE)
_KO_ABOUT_BEFORE = re.compile(r"(?:약|대략|환산하면|\(|=)\s?$")


# Imperial units and their metric equivalents, for a figure the translator converted
# ("three hundred thousand miles" said 약 48만 킬로미터).
_CONVERSIONS = {
    "mile": (1.609, {"킬로미터", "km", "킬로"}), "pound": (0.4536, {"킬로그램", "kg", "킬로"}),
    "ounce": (28.35, {"그램", "g"}), "foot": (0.3048, {"미터", "m"}),
    "inch": (2.54, {"센티미터", "cm"}), "gallon": (3.785, {"리터"}), "yard": (0.9144, {"미터", "m"}),
}
_EN_IMPERIAL_AFTER = re.compile(r"\s?(?:-\s?)?(miles?|pounds?|lbs?|ounces?|oz|feet|foot|ft|"
                                r"inch(?:es)?|gallons?|yards?)\b", re.IGNORECASE)
_IMPERIAL_NAMES = {"lb": "pound", "lbs": "pound", "oz": "ounce", "feet": "foot", "ft": "foot",
                   "inches": "inch"}
_KO_METRIC = set().union(*(units for _, units in _CONVERSIONS.values())) | {"mm"}


def _without_conversions(sources: list[Quantity], targets: list[Quantity],
                         written: list[Quantity], english: str
                         ) -> tuple[list[Quantity], list[Quantity]]:
    """The unmatched figures without those the translator converted to metric: an English
    figure in miles, pounds, ounces... and a Korean one (of all those `written`) in the
    metric unit, its value times the factor (within 10%)."""
    for s in list(sources):
        unit = _EN_IMPERIAL_AFTER.match(english, s.span[1])
        if unit is None:
            continue
        word = unit.group(1).lower()
        factor, metric = _CONVERSIONS[_IMPERIAL_NAMES.get(word, word.rstrip("s"))]
        # (within 10%: "two miles" is 3킬로미터 넘게)
        converted = next((t for t in written if t.unit in metric
                          and abs(t.value - s.value * factor) <= 0.1 * s.value * factor), None)
        if converted is not None:
            sources.remove(s)
            targets = [t for t in targets if t.span != converted.span]
    return sources, targets


def _metric_conversion(t: Quantity, target: str, source: str) -> bool:
    return (t.unit in _KO_METRIC and _EN_IMPERIAL.search(source) is not None
            and _KO_ABOUT_BEFORE.search(target, 0, t.span[0]) is not None)


# "don't line up with thousands, millions, and so on" said 천, 백만 같은 단위: magnitudes named,
# no figures
_EN_MAGNITUDES_NAMED = re.compile(r"\b(?:hundreds|thousands|millions|billions|trillions)\b",
                                  re.IGNORECASE)
_KO_BARE_MAGNITUDES = {"백", "천", "만", "십만", "백만", "천만", "억", "십억", "조"}


def _a_magnitude_named(t: Quantity, source: str) -> bool:
    return (t.text in _KO_BARE_MAGNITUDES and t.unit is None
            and _EN_MAGNITUDES_NAMED.search(source) is not None
            and not any(_same(q.value, t.value) for q in english_quantities(source)))


def _the_two_of_them(t: Quantity, target: str, source: str) -> bool:
    return (t.value == 2 and _KO_THE_TWO.match(target, t.span[0]) is not None
            and _EN_A_PAIR.search(source) is not None)


# "billed at 10% of the normal price" is a 90% discount; 10% 저렴하게 is a 10% one (and the
# other way round: "10% off" is not 정가의 10%).
_EN_SHARE_OF_PRICE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent) of (?:the |its |their |our |your |"
                                r"a )?(?:normal |usual |full |regular |base |list |original |"
                                r"standard )?(?:price|cost|rate)\b", re.IGNORECASE)
_KO_DISCOUNT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|퍼센트)\s?(?:더\s)?(?:저렴|싸|싼|할인|낮|적게)")
_EN_DISCOUNT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent) (?:off|cheaper|discount|less)\b",
                          re.IGNORECASE)
_KO_SHARE_OF_PRICE = re.compile(r"(?:가격|요금|비용|단가)의\s?(\d+(?:\.\d+)?)\s?(?:%|퍼센트)")


# A count said vaguely keeps its unit: "several hundred milliseconds" is 몇백 밀리초, never
# 몇백 초; "hundreds of terabytes" is 수백 테라바이트, never 수백 기가바이트; "it takes
# microseconds" is 몇 마이크로초.
_VAGUE_UNITS_KO = {"nanoseconds": ("나노초",), "microseconds": ("마이크로초",),
                   "milliseconds": ("밀리초",), "seconds": ("초",), "minutes": ("분",),
                   "hours": ("시간",), "days": ("일",), "weeks": ("주",),
                   "months": ("개월", "달"), "years": ("년",),
                   "bytes": ("바이트",), "kilobytes": ("킬로바이트", "KB"),
                   "megabytes": ("메가바이트", "MB"), "gigabytes": ("기가바이트", "GB"),
                   "terabytes": ("테라바이트", "TB"), "petabytes": ("페타바이트", "PB")}
# (a bare plural only for the units too small to count by eye: "takes microseconds")
_EN_VAGUE_UNIT = re.compile(r"\b(?:(?:several|a few|few|many|hundreds of|thousands of|tens of|"
                            r"dozens of)\s(?:hundred\s|thousand\s)?(" + "|".join(_VAGUE_UNITS_KO)
                            + r")|(?:takes?|took|within|in|of) (nanoseconds|microseconds|"
                            r"milliseconds))\b", re.IGNORECASE)
_KO_VAGUE_UNIT = re.compile(r"(?:몇|수)\s?(?:십|백|천)?\s?(" + "|".join(sorted(
    {k for ks in _VAGUE_UNITS_KO.values() for k in ks}, key=len, reverse=True))
    + r")(?=[\s,.씩간동에을를이가은는의도만면예이]|$)")


def _vague_unit_changes(pair: AlignedPair) -> list[Finding]:
    """A vague count whose unit changed: "several hundred milliseconds" said 몇백 초,
    "hundreds of terabytes" said 수백 기가바이트."""
    written = list(_KO_VAGUE_UNIT.finditer(pair.target.text))
    if len(written) != 1:
        return []
    said = [a or b for a, b in _EN_VAGUE_UNIT.findall(pair.source_text)]
    if len(said) != 1 or written[0].group(1) in _VAGUE_UNITS_KO[said[0].lower()]:
        return []
    m = written[0]
    right = _VAGUE_UNITS_KO[said[0].lower()][0]
    return [Finding(NAME, "numbers", "major",
                    f'"{said[0]}" became {m.group(1)}: {m.group(0)} is another unit; '
                    f"write {right}", span=m.span(1),
                    replacement=right, weight=_weight(0.85, pair))]


def _share_said_as_discount(pair: AlignedPair) -> list[Finding]:
    """A share of the price said as a discount of the same figure, or the reverse."""
    source, target = pair.source_text, pair.target.text
    if "%" not in target and "퍼센트" not in target:
        return []
    for en, ko, said in ((_EN_SHARE_OF_PRICE, _KO_DISCOUNT, "of the price"),
                         (_EN_DISCOUNT, _KO_SHARE_OF_PRICE, "off the price")):
        figures = {float(m.group(1)) for m in en.finditer(source)}
        for m in ko.finditer(target):
            if float(m.group(1)) in figures:
                return [Finding(NAME, "numbers", "major",
                                f"the English says {m.group(1)}% {said}; the cue says "
                                f"{m.group(0)}: a share of the price and a discount are not "
                                "the same figure", span=m.span(), weight=_weight(0.85, pair))]
    return []


def _quantity_free_changes(pair: AlignedPair) -> list[Finding]:
    """The readings that need no quantity read on either side: a clock's half of the day, a
    ratio's order, an order of magnitude (수십 for "a few hundred"), a vague count's unit
    (몇 시간 for "a few minutes")."""
    findings = []
    if _ANY_CLOCK_OR_RATIO.search(pair.source_text):
        findings.extend(_clock_changes(pair) + _ratio_changes(pair))
    return (findings + _magnitude_changes(pair) + _vague_unit_changes(pair)
            + _recurrence_changed(pair))


# "Every September", "each Christmas": a month or a season comes round once a year
_EVERY_YEARLY_OCCASION = (r"(?:every|each) (?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|spring|summer|autumn|fall|"
                          r"winter|Christmas|Easter)")

# How often a thing recurs, in the English and the Korean words that say it: "yearly
# seasonality" said 주간 계절성 ("weekly") is another period. (Not 하루 or 1년, which also
# say one day or one year; not 주간 근무, a day shift.)
_RECURRENCES = {name: (re.compile(en, re.IGNORECASE), re.compile(ko)) for name, (en, ko) in {
    "daily": (r"\b(?:daily|day-over-day|(?:per|each|every) day)\b", r"일간|일별|매일|일 단위"),
    "weekly": (r"\b(?:weekly|week-over-week|(?:per|each|every) week)\b",
               r"(?<![가-힣])주간(?! ?근무)|주별|매주|주 단위"),
    "monthly": (r"\b(?:monthly|month-over-month|(?:per|each|every) month)\b",
                r"월간|월별|매달(?![리렸려린릴])|매월|월 단위"),
    # ("Every September" comes once a year: 해마다 9월이면)
    "yearly": (r"\b(?:yearly|annual(?:ly)?|year-over-year|(?:per|each|every) year|"
               + _EVERY_YEARLY_OCCASION + r")\b",
               r"연간|연별|매년|연 단위|해마다"),
}.items()}


def _recurrence_changed(pair: AlignedPair) -> list[Finding]:
    """One period in the English ("yearly"), only another in the cue (주간)."""
    said = [name for name, (en, _) in _RECURRENCES.items() if en.search(pair.source_text)]
    if len(said) != 1:
        return []
    found = [(name, m) for name, (_, ko) in _RECURRENCES.items()
             if (m := ko.search(pair.target.text))]
    if not found or any(name == said[0] for name, _ in found):
        return []
    name, m = found[0]
    return [Finding(NAME, "numbers", "major",
                    f"the English says {said[0]}, the cue says {name} ({m.group()})",
                    span=m.span(), weight=_weight(0.7, pair))]


_EN_DATE = re.compile(rf"\b({MONTH_NAMES})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_KO_DATE = re.compile(r"(\d{1,2})\s?월\s?(\d{1,2})\s?일")


# A date written as digits (a model snapshot "2024-08-06") is copied, never translated.
_ISO_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")


def _date_changes(pair: AlignedPair) -> list[Finding]:
    """A date whose month and day came out otherwise (March 1st -> 1월 3일, 2024-08-06 ->
    2024-06-08): each number is in the cue, so only reading them as a date shows it."""
    findings = []
    iso_said = set(_ISO_DATE.findall(pair.source_text))
    for m in _ISO_DATE.finditer(pair.target.text) if iso_said else ():
        if m.group() not in iso_said:
            was = sorted(iso_said)[0]
            findings.append(Finding(
                NAME, "numbers", "major", f"the date {m.group()} is not the English's ({was})",
                span=m.span(), replacement=was, weight=_weight(0.9, pair)))
    said = {(ENGLISH_MONTHS[m.group(1).lower()], int(m.group(2)))
            for m in _EN_DATE.finditer(pair.source_text)}
    if not said:
        return findings
    for m in _KO_DATE.finditer(pair.target.text):
        written = (int(m.group(1)), int(m.group(2)))
        if written not in said:
            month, day = sorted(said)[0]
            findings.append(Finding(
                NAME, "numbers", "major",
                f"the date {m.group(0)} is not the English's ({month}월 {day}일)",
                span=m.span(), replacement=f"{month}월 {day}일", weight=_weight(0.9, pair)))
    return findings


_EN_PAIRS_OR_QUARTER = re.compile(r"\b(pairs of|binary)\b|\bQ([1-4])\b")


# A rate's period: "$20,000" said 한 달에 2만 달러 is another claim (a monthly bill). Each
# period with what the English says and the Korean that says it (not 1초에서, "from 1 second").
_PERIODS = {
    "a second": (r"\b(?:per|a|each|every) second\b|/s(?:ec)?\b|\b[A-Z]PS\b",
                 r"초당|1초에(?!서)|매초"),
    "an hour": (r"\b(?:per|an|each|every|a) (?:[\w]+[- ])?hour\b|\bhourly\b|/h(?:r|our)?\b",
                r"시간당|한 ?시간에(?!서)|매시간"),
    # ("week after week, for 22 years" is 22년 동안 매주)
    # ("every school day" is 매일 too)
    "a day": (r"\b(?:per|a|each|every) (?:single )?(?:day|night|morning|evening)\b|"
              r"\b(?:each|every) (?:school|work|working|business|trading|week) ?day\b|"
              r"\bday (?:after|by|in,? and) day\b|"
              r"\b(?:daily|nightly)\b|/day\b",
              # (하루 before its figure: 비용은 하루 약 1.20달러)
              r"하루에|하루 ?(?:당|마다)|매일|밤마다|하루(?= (?:(?:약|대략|평균|최대|고작) )?[\d$₩])|"
              r"(?<![가-힣])일당"),
    # ("We met every Tuesday" is weekly too)
    "a week": (r"\b(?:per|a|each|every) (?:single )?(?:week|weekend|"
               r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bweekly\b|/wk\b|"
               r"\bon (?:mon|tues|wednes|thurs|fri|satur|sun)days\b|"
               r"\bweek (?:after|by|in,? and) week\b|"
               r"\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day "
               r"(?:morning|afternoon|evening|night)s\b",
               r"매주|주당|일주일에(?!서)|한 ?주에(?!서)"),
    # ("$4 per gigabyte-month" is 기가바이트당 월 4달러)
    "a month": (r"\b(?:per|a|each|every) (?:[\w]+[- ])?month\b|\bmonthly\b|/mo(?:nth)?\b|"
                r"\bmonth (?:after|by|in,? and) month\b",
                r"한 ?달에(?!서)|매달(?![리렸려린릴])|매월|(?<!개)월간|(?<![몇두세네\d] )달마다|(?<![\d가-힣])월 \d"),
    "a year": (r"\b(?:per|a|each|every) year\b|\b(?:annual(?:ly)?|yearly)\b|/y(?:ea)?r\b|"
               r"\byear (?:after|by|in,? and) year\b|\b" + _EVERY_YEARLY_OCCASION + r"\b",
               # (작년 한 해에만: "last year alone")
               r"(?<!\d)1년에(?!서)|(?<!작년 )(?<!올해 )(?<!지난해 )(?<!그해 )한 ?해에(?!서)|매년|"
               r"연간|해마다|(?<![\d가-힣])연 \d"),
}
# "Today we bake about six hundred, and on Saturdays closer to nine hundred" counts a day's
# work: a routine by the day of the week is daily.
_EN_WEEKLY_ROUTINE = re.compile(r"\bon (?:mon|tues|wednes|thurs|fri|satur|sun)days\b|"
                                r"\b(?:on )?weekdays\b|\bon weekends\b", re.IGNORECASE)
# ("Twice. In the same week." is 한 주에 두 번: the English names the period too)
_WITHIN_ONE = r"|\b(?:in|within|during) (?:the same|the one|a single|one|a|that) {}\b"
_PERIOD_PATTERNS = {name: (re.compile(en + _WITHIN_ONE.format(name.split()[-1]), re.IGNORECASE),
                           re.compile(ko))
                    for name, (en, ko) in _PERIODS.items()}


def _added_periods(pair: AlignedPair) -> list[Finding]:
    """A period the cue gives its figures ("per month") that the English does not say."""
    findings = []
    for name, (en, ko) in _PERIOD_PATTERNS.items():
        said = ko.search(pair.target.text)
        if said and not en.search(pair.source_text) and not (
                name == "a day" and _EN_WEEKLY_ROUTINE.search(pair.source_text)):
            findings.append(Finding(
                NAME, "addition", "major",
                f'the cue says {said.group()} ("{name}"), which the English does not say: '
                "the figure becomes a rate", span=said.span(), weight=_weight(0.6, pair)))
    return findings
