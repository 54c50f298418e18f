"""Find quantities in English and Korean text, as values with character spans.

Two kinds of things look like numbers but are not quantities:

* *labels*: version numbers and model-name digits (GPT-4, Llama 3.1, "GPT 41"
  in a Korean cue). They are returned separately (`english_labels`,
  `korean_labels`) so the names check can compare them and the numbers check
  can tell that a bare "1" in the target is the 1 of a source "GPT-1".
* *soft* numbers: small number words ("one", "three", Korean 한/세/하나) are
  often not rendered as numbers at all ("one of the things" -> "...중 하나",
  or nothing). A soft number may satisfy the other side but its absence is
  never an error. Digits and scale words ("2 billion", "a million") are hard.

Years are quantities (a changed year is an error) with kind "year", so that
the Korean counter 년 after them is not mistaken for a duration.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Quantity:
    value: float
    span: tuple[int, int]  # [start, end) in the text it was found in
    text: str  # the characters of the span
    kind: str = "number"  # "number", "percent", "year", "ordinal", "fraction"
    soft: bool = False  # a spelled-out small number: may match, never required
    unit: str | None = None  # Korean: the counter right after the number (명, 달러, 개...)


@dataclass(frozen=True)
class Label:
    """A name with a version or size glued to it: GPT-4, Llama 3.1, GPT 41."""

    base: str  # "GPT", "Llama"
    version: str  # "4", "3.1", "41", "4o"
    span: tuple[int, int]
    text: str


ENGLISH_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                  "trillion": 1e12}
ENGLISH_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Words that stand for a number on their own; always soft.
ENGLISH_SOFT_WORDS = {"half": 0.5, "twice": 2, "double": 2, "triple": 3, "dozen": 12,
                      "single": 1, "both": 2, "once": 1, "couple": 2, "pair": 2,
                      "doubles": 2, "doubled": 2, "doubling": 2, "triples": 3, "tripled": 3,
                      "tripling": 3, "quadruple": 4, "quadruples": 4, "quadrupled": 4,
                      "halve": 0.5, "halves": 0.5, "halved": 0.5, "halving": 0.5,
                      # "in the high eighties" is 80점대 후반
                      "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
                      "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
                      "teens": 10, "teenager": 10, "teenagers": 10, "teenage": 10,  # 십 대
                      "toddler": 3, "toddlers": 3,  # 세 살배기
                      # "our annual budget" is 1년 예산, "a daily cap" 하루 (1일) 한도
                      "annual": 1, "annually": 1, "yearly": 1, "monthly": 1, "weekly": 1,
                      "daily": 1, "hourly": 1,
                      "zeros": 0, "zeroes": 0, "nothing": 0, "dime": 10,
                      "nickel": 5, "tenner": 10, "fiver": 5,  # (a £10 note, a £5 note)
                      "centenary": 100, "centennial": 100, "bicentenary": 200,  # 100주년
                      # a rating's steps: "keep only fours and fives" is 4점과 5점
                      "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6,
                      "sevens": 7, "eights": 8, "nines": 9,
                      # the order of a curve: "quadratic cost" is 2차 비용
                      "quadratic": 2, "quadratically": 2, "cubic": 3,
                      # "an order of magnitude faster" is 10배 빠르다
                      "magnitude": 10}
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
KOREAN_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
KOREAN_SMALL = {"십": 10, "백": 100, "천": 1000}

# A number written with digits: 128,000 / 1.5 / 0.7 / .5 is not accepted (rare, ambiguous).
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUMBER = "|".join(sorted(list(ENGLISH_UNITS) + list(ENGLISH_SCALES), key=len, reverse=True))

# English ----------------------------------------------------------------------------------

# GPT-4, GPT-4o, COVID-19, Qwen-2.5 (letters, hyphen, digit...)
_EN_HYPHEN_LABEL = re.compile(
    r"\b([A-Za-z][A-Za-z0-9]*)-(\d+(?:\.\d+)*(?:[a-z]|[A-Z](?<![BKMT]))?)\b(?!-?\d)")
# Llama 3.1, Python 3.11 (a capitalised word and a dotted version)
# (or a name in camel case that starts small: spaCy 3.7, vLLM 0.6)
_EN_DOTTED_LABEL = re.compile(
    r"\b([A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,}|[a-z]+[A-Z][A-Za-z]*)\s(\d+(?:\.\d+)+)\b")
# Gemma 2, Claude 3, GPT 4 (a capitalised word and a one-or-two digit number that is not
# followed by a scale word or a unit suffix). Function words and the like are excluded.
# (a figure a unit follows is an amount, not a version: "Add 14 gigabytes of gradients")
_EN_UNIT_AFTER = (r"(?:giga|mega|kilo|tera)?bytes?|[GMKT]i?B|bits?|tokens?|seconds?|minutes?|"
                  r"hours?|days?|weeks?|months?|years?|ms|dollars?|cents?|times|steps?|epochs?|"
                  r"layers?|samples?|examples?|requests?|GPUs?|nodes?|points?")
_EN_SPACED_LABEL = re.compile(
    r"\b([A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,})\s(\d{1,2})\b"
    r"(?![.,]\d)(?!\s*(?:%|percent|" + "|".join(ENGLISH_SCALES) + r"|[KMBT]\b|(?:"
    + _EN_UNIT_AFTER + r")\b))")
# Mistral 7B v0.3, YOLO v8 (a name, maybe its size, and a version marked v)
_EN_V_LABEL = re.compile(r"\b([A-Z][A-Za-z]+(?:[\s-]\d+(?:\.\d+)?[BMK])?)\sv(\d+(?:\.\d+)*)\b")
# TRL version 0.9, whisper.cpp version 1.7 (a name, the word "version", a number)
_EN_WORD_VERSION_LABEL = re.compile(r"\b([A-Z][\w.+-]*|[a-z][\w+-]*\.[a-z][\w.+-]*)\s+version\s+"
                                    r"(\d+(?:\.\d+)+|\d+)\b")
# "In Hugging Face Transformers, version 4.40": a comma only after a name inside the sentence,
# not after the word opening it ("Finally, version 2")
_EN_COMMA_VERSION_LABEL = re.compile(r"(?<=[A-Za-z] )([A-Z][\w.+-]*),\s+version\s+"
                                     r"(\d+(?:\.\d+)+|\d+)\b")
# Qwen2.5, Phi3, Llama3 (a capitalised word with the version glued on; Word2Vec is a word)
_EN_GLUED_LABEL = re.compile(r"\b([A-Z][a-z]{2,})(\d+(?:\.\d+)*)\b(?![.,]\d)")
_NOT_LABEL_WORDS = {
    "In", "On", "At", "By", "For", "From", "To", "With", "Of", "And", "Or", "But", "The", "A",
    "An", "About", "Around", "After", "Before", "Since", "Until", "Over", "Under", "Only",
    "Just", "Almost", "Nearly", "Step", "Part", "Chapter", "Page", "Figure", "Table",
    "Stage", "Phase", "Round", "Lesson", "Lecture", "Module", "Episode", "Tier", "Epoch",
    "Task", "Case", "Option", "Method", "Rule", "Slide", "Example", "Problem", "Item",
    "Section", "Question", "Exercise", "Day", "Week", "Year", "Level", "Room", "Number",
    "Version",
    # verbs that open an instruction: "Add 20 to 30% synthetic textbooks"
    "Add", "Use", "Set", "Take", "Give", "Keep", "Cut", "Run", "Try", "Pick", "Train", "Call",
    "Allow", "Expect", "Plan", "Budget", "Reserve", "Spend", "Save", "Allocate", "Double",
    "Buy", "Rent", "Load", "Sample", "Remove", "Drop", "Skip", "Wait", "Batch", "Shard",
    "Split", "Cap", "Limit", "Retry", "Repeat", "Send", "Multiply", "Divide", "Raise", "Increase",
    "Reduce", "Move",
    "No", "Top", "Its", "Their", "His", "Her", "Our", "My", "Your", "Than", "Is", "Are",
    "Was", "Were", "Has", "Have", "Had", "It", "They", "We", "You", "He", "She", "I",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday",
    # words that open a phrase before a number ("Not 10 - that just burns tokens")
    "Not", "Like", "Maybe", "Roughly", "Approximately", "Exactly", "Even", "Then", "So",
    "Now", "Say", "Also", "Up", "Within", "Below", "Above", "Per", "Every", "Each", "Plus",
    "Minus", "Times", "Still", "Beyond", "Past", "Across", "Between", "Against", "Toward",
    "Towards", "Through", "Via", "Near",
    # conjunctions that open a clause: "If version 3.5 wrote malformed records"
    "If", "When", "Once", "Because", "While", "Whether", "Unless", "Although", "Though",
    "Where", "Whereas", "That", "This", "These", "Those", "Which", "What",
    # numbered places and units: "Station 7" is 7번 소방서
    "Station", "Gate", "Floor", "Platform", "Building", "Route", "Highway", "Engine", "Ladder",
    "Squad", "Unit", "District", "Ward", "Lane", "Terminal", "Hall", "Zone", "Sector", "Grade",
    "Pier", "Dock", "Bay", "Aisle", "Seat", "Row", "Exit", "Pitch", "Court", "Field",
}

# A verb before a number opens a phrase ("Checking 5 tokens", "Added 3 layers"), not a name.
_VERB_FORM = re.compile(r"[A-Z][a-z]+(?:ing|ed)")

# Words before a hyphen and a number that make a phrase, not a name: mid-2023 (2023년 중반),
# top-5, pre-2020, post-training-1.
_NOT_LABEL_PREFIXES = {"mid", "early", "late", "pre", "post", "top", "bottom", "non", "over",
                       "under", "sub", "multi", "first", "last", "next", "past", "circa",
                       "to", "from", "in", "of", "by", "per", "and", "or", "vs"}  # (1-to-5)

# "13 percentage points" is 13%p in Korean: a percent too.
_EN_PERCENT = r"%|percentage points?\b|percent\b|per cent\b"
# A size suffix stays one even when a hyphen glues a noun on: a 70B-parameter model, 8K-token
# context, and a model's variant after its size: Qwen2.5-7B-Instruct (but B-tree, 4K-UHD are
# not sizes).
_COUNTED_AFTER_SUFFIX = (r"(?:param|token|scale|size|model|word|row|dimension|context|sample|"
                         r"example|document|image|step|line|user|request|"
                         r"Instruct|instruct|Chat|chat|Base|base|Coder|Vision|hf\b|it\b)")
_EN_NUMBER = re.compile(
    r"(?P<dollar>\$\s?)?"
    r"(?P<num>" + _DIGITS + r")"
    r"(?:(?P<suffix>[KMBTkmbt])\b(?![-'](?!" + _COUNTED_AFTER_SUFFIX + r")\w)"
    r"|(?P<ordinal>st|nd|rd|th)\b"
    r"|[\s-]?(?P<scale>" + "|".join(ENGLISH_SCALES) + r")\b(?!s\b)"
    r"|\s?(?P<percent>" + _EN_PERCENT + r"))?")
ENGLISH_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}
ENGLISH_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
# The month names as an alternation, capitalised as English writes them (March, not march).
MONTH_NAMES = "|".join(m.capitalize() for m in ENGLISH_MONTHS)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Soft: ordinals (thirty-eighth), months (July = 7월), Roman numerals (Louis XIV = 14세),
# "half an hour" (30분), "a year" (1년), and the words of ENGLISH_SOFT_WORDS.
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_EN_SOFT_WORD = re.compile(
    r"\b(?:" + _ONES + r")[ -](?:hundredth|thousandth)\b"  # the four-hundredth time: 400
    r"|\b(?:(?:" + _TENS + r")-?)?(?:" + "|".join(ENGLISH_ORDINALS) + r")\b"
    r"|\b(?:" + "|".join(ENGLISH_MONTHS) + r")\b"
    r"|\b(?=[IVXLC]{2,}\b)M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\b"
    r"|\b(?:the|this|last|past)\s(?=(?:year|month|week|day|hour)\b)"  # over the year: 지난 1년
    r"|\bhalf an? hour\b|\b(?:a|an|one)\s(?=(?:year|month|week|day|hour|minute|second|"
    r"century|decade|mile|meter|metre|kilometer|dollar|pound)\b)"
    r"|\b(?:every|each)\s(?=(?:dollar|penny|cent|pound|euro)\b)"  # "every dollar" is 1달러도
    r"|\bquarters?\b|\bfortnights?\b|\b(?:high school|college|university) (?:freshman|sophomore|junior|senior)\b"
    r"|\bblue ribbons?\b|\bgold medals?\b|\b(?:top|grand) prize\b"  # 1등, 금메달
    r"|\b(?:" + "|".join(ENGLISH_SOFT_WORDS) + r")\b", re.IGNORECASE)
_EN_NUMBER_WORD = re.compile(
    r"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion)\b))?"
    # twenty-first is an ordinal; three-second (a duration) is not
    r"(" + _WORD_NUMBER + r")\b(?!s\b)(?!-(?:"
    + "|".join(o for o in ENGLISH_ORDINALS if o != "second") + r"))",
    re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


_ORDINAL_SECOND = re.compile(r"second\s+(?!(?:and|or|ago|later|to|per|in|of|for|at|on|each|"
                             r"every|before|after|is|was|or two)\b)[a-z]", re.IGNORECASE)


def _soft_values(word: str) -> list[float]:
    w = word.lower().strip()
    if w in ENGLISH_SOFT_WORDS:
        return [ENGLISH_SOFT_WORDS[w]]
    if w in ENGLISH_MONTHS and word[0].isupper():
        return [ENGLISH_MONTHS[w]]
    if w.startswith("half an") or w.startswith("half a"):
        return [30, 0.5]
    if w == "quarter":
        return [15, 0.25, 25]  # minutes, a fourth, cents
    school_year = re.fullmatch(r"(?:high school|college|university) (\w+)", w)
    if school_year:  # "a high school junior" is 고등학교 2학년 (Korea's three-year school)
        return {"freshman": [1], "sophomore": [1, 2], "junior": [2, 3],
                "senior": [3, 4]}[school_year.group(1)]
    if w in ("fortnight", "fortnights"):
        return [2, 14]  # 2주, 14일 (a count of them stays the other numbers' business)
    if w == "quarters":
        return [25]  # coins: "mostly in quarters" is 25센트 동전 (a year's quarters are 분기)
    if w in ("a", "an", "one", "the", "this", "last", "past", "every", "each") or \
            re.fullmatch(r"(?:blue ribbon|gold medal|top prize|grand prize)s?", w):
        return [1]
    if re.fullmatch(r"[IVXLC]+", word):
        values = [_ROMAN[c] for c in word]
        return [sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                    for i, v in enumerate(values))]
    times = re.fullmatch(rf"({_ONES})[ -](hundredth|thousandth)", w)
    if times:
        return [ENGLISH_UNITS[times.group(1)] * (100 if times.group(2) == "hundredth" else 1000)]
    tens = re.match(_TENS, w)
    rest = w[tens.end():].lstrip("-") if tens else w
    if rest in ENGLISH_ORDINALS:
        return [(ENGLISH_UNITS[tens.group(0)] if tens else 0) + ENGLISH_ORDINALS[rest]]
    return []


def _word_number_groups(text: str) -> list[tuple[int, int]]:
    """Spans of spelled numbers, grouped as English builds them: twenty-five, two hundred
    thousand, a million; but "eight forty" (a time) stays two numbers."""
    groups: list[list] = []  # [start, end, last value, last was scale]
    for m in _EN_NUMBER_WORD.finditer(text):
        word = m.group(1).lower()
        value = ENGLISH_SCALES.get(word) or ENGLISH_UNITS[word]
        is_scale = word in ENGLISH_SCALES
        joiner = text[groups[-1][1]:m.start()] if groups else None
        joins = joiner is not None and (
            re.fullmatch(r"[-\s]+", joiner) and (
                is_scale or groups[-1][3]
                or (groups[-1][2] >= 20 and groups[-1][2] % 10 == 0 and value < 10))
            or re.fullmatch(r"\s+and\s+", joiner) and groups[-1][3] and not is_scale
            # "one-sixty-one" is 161
            or joiner == "-" and groups[-1][2] < 10 and value >= 60 and value % 10 == 0
            and value < 100 and text[groups[-1][0]:groups[-1][1]].isalpha()
            # "eighteen thousand, five hundred" is 18,500
            or re.fullmatch(r",\s+", joiner) and groups[-1][3] and groups[-1][2] >= 1000
            and re.match(r"[a-z]+[- ]hundred\b", text[m.start():], re.IGNORECASE) is not None)
        if joins:
            groups[-1][1:] = [m.end(), value, is_scale]
        else:
            groups.append([m.start(), m.end(), value, is_scale])
    return [(g[0], g[1]) for g in groups]


def english_labels(text: str) -> list[Label]:
    """Version numbers glued to names in English: GPT-4, Llama 3.1, Gemma 2, Qwen2.5."""
    labels: list[Label] = []
    if not _ANY_DIGIT.search(text):  # most cues: every label has a digit
        return labels
    taken: list[tuple[int, int]] = []
    for pattern in (_EN_V_LABEL, _EN_WORD_VERSION_LABEL, _EN_COMMA_VERSION_LABEL,
                    _EN_HYPHEN_LABEL, _EN_DOTTED_LABEL,
                    _EN_SPACED_LABEL, _EN_GLUED_LABEL):
        for m in pattern.finditer(text):
            if pattern is not _EN_HYPHEN_LABEL and (m.group(1) in _NOT_LABEL_WORDS
                                                    or _VERB_FORM.fullmatch(m.group(1))):
                continue
            if pattern is _EN_HYPHEN_LABEL and m.group(1).lower() in _NOT_LABEL_PREFIXES:
                continue
            if _overlaps(m.span(), taken):
                continue
            taken.append(m.span())
            # (the size of "Mistral 7B v0.3" is a quantity of its own: the label is the v0.3)
            span = (m.start(2) - 1, m.end()) if pattern is _EN_V_LABEL else m.span()
            labels.append(Label(m.group(1), m.group(2), span, m.group(0)))
    return sorted(labels, key=lambda label: label.span)


# "the one-sixty-one", "a one-eighty": a darts score or a speed said in hundreds and tens
# (not "seven-thirty" or "eight-forty", a time: only tens no minute has)
_SPOKEN_HUNDREDS = re.compile(r"(one|two|three|four|five|six|seven|eight|nine)-"
                              r"(sixty|seventy|eighty|ninety)"
                              r"(?:-(one|two|three|four|five|six|seven|eight|nine))?",
                              re.IGNORECASE)


def _words_value(words: str) -> float:
    """Value of a run of English number words: "two hundred thousand" -> 200000."""
    spoken = _SPOKEN_HUNDREDS.fullmatch(words.strip())
    if spoken:
        hundreds, tens, units = (ENGLISH_UNITS[w.lower()] if w else 0 for w in spoken.groups())
        return 100 * hundreds + tens + units
    total, current = 0.0, 0.0
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in ENGLISH_UNITS:
            current += ENGLISH_UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ENGLISH_SCALES:
            total += max(current, 1) * ENGLISH_SCALES[word]
            current = 0
    return total + current


def _is_year(number_text: str, value: float, rest: str) -> bool:
    return (re.fullmatch(r"\d{4}", number_text) is not None and 1000 <= value <= 2100
            and not rest)


# A number right before "second" makes it a duration ("a three-second sample"); "a second
# check" is the ordinal.
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:" + _WORD_NUMBER + r"))[\s-]$", re.IGNORECASE)
_PER_BEFORE = re.compile(r"\b(?:per|each|every)\s$", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)


_SCALE_AFTER_HALF = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)


def _and_a_half(text: str, value: float, span: tuple[int, int]) -> tuple[float, tuple[int, int]]:
    """"two and a half" is 2.5, one quantity."""
    half = _AND_A_HALF.match(text, span[1])
    return (value + 0.5, (span[0], half.end())) if half else (value, span)


_EN_FOLD = re.compile(r"\b(" + _WORD_NUMBER + r")-?fold\b", re.IGNORECASE)
_EN_PART_OF_PERCENT = re.compile(
    r"\b(half|a quarter)(?: of)? an? (?:percent|per cent|percentage point)\b", re.IGNORECASE)


_PARTS = {"tenth": 10, "hundredth": 100, "thousandth": 1000}
_EN_PART_OF_A_SCALE = re.compile(r"\b(half|a half|a quarter|a third|three quarters) (?:of )?an? "
                                 r"(thousand|million|billion|trillion)\b", re.IGNORECASE)
# (and "one-thousandth of the cost" alone; "a tenth" alone is a fraction, see numbers_mismatch)
# ("three tenths of a cent" is 0.3센트)
_EN_PART_OF_A_UNIT = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine)[ -]"
                                r"(tenth|hundredth|thousandth)s? of an?\b|"
                                r"\b(a|one)[ -](hundredth|thousandth)s?\b",
                                re.IGNORECASE)


def _parts_of_a_unit(m: re.Match) -> float:
    count, part = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    return (1 if count.lower() in ("a", "one") else _words_value(count)) / _PARTS[part.lower()]


_EN_DECADES = re.compile(r"\b(?:(two|three|four|five|six|seven|eight|nine) decades|"
                         r"(?:a|one|the|first|last|past|next|this|that) decade)\b", re.IGNORECASE)
_EN_DOLLAR_AND_CENTS = re.compile(
    r"\b(?:a|one) dollar[- ]((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|fifteen)\b", re.IGNORECASE)
# "at 2 dollars 49 an hour" is $2.49 (2.49달러)
_EN_DOLLARS_THEN_CENTS = re.compile(r"\b(\d+) dollars? (?:and )?(\d{2})\b(?=\s*(?:$|[,.;:!?)]|"
                                    r"(?:an?|per|each|every)\b))", re.IGNORECASE)
_EN_A_UNIT_AND_A_HALF = re.compile(r"\b(?:a|an|one) [a-z]+ and a half\b", re.IGNORECASE)
# "nine grand" is $9,000 (9천 달러); not a grand opening, prize or total
_GRAND = r"\s+grand\b(?!\s+(?:opening|prize|total|scheme|jury|slam|piano|canyon|finale|tour|" \
         r"master|parents?|children|child|sons?|daughters?|mother|father|central|theft|old|" \
         r"design|plan|strategy|challenge|gesture|entrance|ballroom|hotel|hall))"
_EN_WORDS_GRAND = re.compile(r"\b((?:(?:" + _WORD_NUMBER + r")[\s-]?)+)" + _GRAND, re.IGNORECASE)
_GRAND_AFTER = re.compile(_GRAND, re.IGNORECASE)


# "the top decile" is 상위 10%: a share said by its count of parts
_EN_QUANTILE = re.compile(r"\b(decile|quintile|quartile|tercile)s?\b", re.IGNORECASE)
_QUANTILE_SHARES = {"decile": 10, "quintile": 20, "quartile": 25, "tercile": 100 / 3}


_PARTS_OF_A_SCALE = {"half": 0.5, "a half": 0.5, "a quarter": 0.25, "a third": 1 / 3,
                     "three quarters": 0.75}
# (pattern, match -> (value, soft) or (value, soft, kind)), tried in this order
# "zero point one" is 0.1, "two point five" 2.5 (digits after "point" are read one by one)
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORDS) + ")"
_EN_POINT_DECIMAL = re.compile(r"\b(" + _DIGIT_WORD + r"|ten) point ((?:" + _DIGIT_WORD
                               + r"(?: |\b))+)", re.IGNORECASE)


# "Point four!" (0.4), "by just point two": a decimal said without its zero, where a
# sentence or an amount's adverb opens it (not "at that point two teams")
_EN_BARE_POINT_DECIMAL = re.compile(
    r"(?:(?<![^.!?\s])(?<![a-z,;:] )|"
    + "|".join(rf"(?<=\b{w} )" for w in ("just", "only", "by", "about", "roughly", "nearly",
                                         "around", "another"))
    + rf")[Pp]oint ({_DIGIT_WORD}(?: {_DIGIT_WORD})*)\b")


def _bare_point_decimal(m: re.Match) -> tuple[float, bool]:
    digits = "".join(str(_DIGIT_WORDS.index(w.lower())) for w in m.group(1).split())
    return float(f"0.{digits}"), False


def _point_decimal(m: re.Match) -> tuple[float, bool]:
    whole = 10 if m.group(1).lower() == "ten" else _DIGIT_WORDS.index(m.group(1).lower())
    digits = "".join(str(_DIGIT_WORDS.index(w.lower())) for w in m.group(2).split())
    return float(f"{whole}.{digits}"), False


# Each with a word every match holds (lower-cased): a text without it is not searched.
# "the forty-second annual dinner" is the 42nd (제42회); "a forty-second clip" is a duration
_EN_TENS_SECOND = re.compile(r"(?:" + "|".join(
    rf"(?<=\b{w} )" for w in ("the", "its", "our", "their", "his", "her", "my", "your", "this"))
    + r")(" + _TENS + r")-second\b", re.IGNORECASE)
_WORDED_AMOUNTS = [
    (_EN_TENS_SECOND, "-second",
     lambda m: (ENGLISH_UNITS[m.group(1).lower()] + 2, True, "ordinal")),
    (_EN_WORDS_GRAND, "grand", lambda m: (_words_value(m.group(1)) * 1e3, False)),
    (_EN_POINT_DECIMAL, " point ", _point_decimal),
    (_EN_BARE_POINT_DECIMAL, "point ", _bare_point_decimal),
    (_EN_QUANTILE, "ile", lambda m: (_QUANTILE_SHARES[m.group(1).lower()], True, "percent")),
    (_EN_PART_OF_A_SCALE, " a", lambda m: (_PARTS_OF_A_SCALE[m.group(1).lower()]
                                              * ENGLISH_SCALES[m.group(2).lower()], False)),
    (_EN_PART_OF_A_UNIT, "th", lambda m: (_parts_of_a_unit(m), False)),
    (_EN_DECADES, "decade", lambda m: (10 * (_words_value(m.group(1)) if m.group(1) else 1),
                                       not m.group(1))),
    (_EN_DOLLAR_AND_CENTS, "dollar", lambda m: (1 + _words_value(m.group(1)) / 100, False)),
    (_EN_A_UNIT_AND_A_HALF, " and a half", lambda m: (1.5, True)),
]


# A learning rate written 2e-4 is one figure, in either language.
_SCIENTIFIC = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?[eE][-+]?\d+(?![A-Za-z0-9]|\.\d)")


def _scientific(text: str, blocked: list[tuple[int, int]]) -> list[Quantity]:
    """The figures written in scientific notation; their spans are added to `blocked`."""
    found = []
    for m in _SCIENTIFIC.finditer(text) if "e" in text.lower() else ():
        found.append(Quantity(float(m.group()), m.span(), m.group()))
        blocked.append(m.span())
    return found


def english_quantities(text: str) -> list[Quantity]:
    """Every quantity in an English text, in order, labels (GPT-4) excluded."""
    return list(_english_quantities(text))


# (cached: several checks read the same cue's quantities, and boundary confirmation reads
# them again; a Quantity is frozen, and each caller gets its own list)
# The words without which a pattern cannot match: most sentences have none, and the
# case-blind alternations are the costliest searches of the parser, so a sentence is
# searched only where it has one of them (as whole runs of letters, lower-cased).
_LETTER_RUN = re.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset(ENGLISH_UNITS) | frozenset(ENGLISH_SCALES)
_SOFT_WORD_KEYS = (frozenset(ENGLISH_ORDINALS) | frozenset(ENGLISH_MONTHS)
                   | frozenset(ENGLISH_SOFT_WORDS)
                   | {tens + ordinal for tens in _TENS.split("|") for ordinal in ENGLISH_ORDINALS}
                   | {"hundredth", "thousandth", "quarter", "quarters", "fortnight", "fortnights",
                      "freshman", "sophomore", "junior", "senior", "ribbon", "ribbons", "medal", "medals", "prize",
                      "year", "month", "week", "day", "hour", "minute",
                      "second", "century", "decade", "mile", "meter", "metre", "kilometer",
                      "dollar", "pound", "penny", "cent"})
_ROMAN_LETTERS = re.compile(r"[ivxlc]{2,}")


def _may_say_soft_word(words: set[str]) -> bool:
    """Whether a sentence of these letter runs may hold a match of _EN_SOFT_WORD."""
    return not _SOFT_WORD_KEYS.isdisjoint(words) or any(map(_ROMAN_LETTERS.fullmatch, words))


@functools.lru_cache(maxsize=4096)
def _english_quantities(text: str) -> tuple[Quantity, ...]:
    lowered = text.lower()
    letter_runs = set(_LETTER_RUN.findall(lowered))
    has_digits = bool(_ANY_DIGIT.search(text))
    blocked = [label.span for label in english_labels(text)] if has_digits else []
    found: list[Quantity] = _scientific(text, blocked) if has_digits else []
    for m in _EN_DOLLARS_THEN_CENTS.finditer(text) if has_digits and "dollar" in lowered else ():
        found.append(Quantity(int(m.group(1)) + int(m.group(2)) / 100, m.span(), m.group(0),
                              "number"))
        blocked.append(m.span())
    for m in _EN_NUMBER.finditer(text) if has_digits else ():
        span = (m.start("num"), m.end())
        if _overlaps((m.start("num"), m.end("num")), blocked) or _glued_to_word(text, span):
            continue
        if re.match(r"0+$", m.group("num")) and text[:m.start("num")].endswith(":"):
            continue  # the :00 of 5:00 is not said in Korean (5시)
        number_text = m.group("num")
        value = float(number_text.replace(",", ""))
        kind = "number"
        if m.group("suffix"):
            value *= SUFFIX_SCALES[m.group("suffix").lower()]
        elif m.group("scale"):
            value *= ENGLISH_SCALES[m.group("scale")]
        elif m.group("percent"):
            kind = "percent"
        elif m.group("ordinal"):
            kind = "ordinal"
        elif _is_year(number_text, value, ""):
            kind = "year"
        end = m.end()
        grand = _GRAND_AFTER.match(text, end) if not m.group("scale") else None
        if grand:  # "10 grand": $10,000
            value, kind, end = value * 1e3, "number", grand.end()
        span = (m.start("dollar") if m.group("dollar") else m.start("num"), end)
        value, span = _and_a_half(text, value, span)
        found.append(Quantity(value, span, text[span[0]:span[1]].strip(), kind))
        blocked.append(span)
    for m in _EN_FOLD.finditer(text) if "fold" in lowered else ():  # "ninefold" is 9배
        found.append(Quantity(_words_value(m.group(1)), m.span(), m.group(0), "number"))
        blocked.append(m.span())
    for m in _EN_PART_OF_PERCENT.finditer(text):  # "half a percent" is 0.5%, not a half
        value = 0.5 if m.group(1).lower() == "half" else 0.25
        found.append(Quantity(value, m.span(), m.group(0), "percent"))
        blocked.append(m.span())
    # amounts said in words: "a quarter of a million" is 25만, "a tenth of a cent" 0.1센트,
    # "my first decade" 처음 10년, "a dollar-twenty" 1.2달러, "a cent and a half" 1.5센트
    for pattern, needed, amount in _WORDED_AMOUNTS:
        for m in pattern.finditer(text) if needed in lowered else ():
            if not _overlaps(m.span(), blocked):
                value, soft, *kind = amount(m)
                found.append(Quantity(value, m.span(), m.group(0), *kind, soft=soft))
                blocked.append(m.span())
    spelled = not _NUMBER_WORDS.isdisjoint(letter_runs)
    for start, end in _word_number_groups(text) if spelled else ():
        if _overlaps((start, end), blocked):
            continue
        words = text[start:end]
        value, (start, end) = _and_a_half(text, _words_value(words), (start, end))
        scale = _SCALE_AFTER_HALF.match(text, end) if end > start + len(words) else None
        if scale:  # "one and a half million" is 1.5 million
            value, end = value * ENGLISH_SCALES[scale.group(1).lower()], scale.end()
        words = text[start:end]
        big = re.search(r"thousand|million|billion|trillion", words, re.IGNORECASE)
        # "several thousand" is a magnitude (수천), not a figure the cue must write
        vague = _VAGUE_AMOUNT.search(text, 0, start)
        percent = re.match(r"\s?(?:" + _EN_PERCENT + ")", text[end:])
        found.append(Quantity(value, (start, end), words, "percent" if percent else "number",
                              soft=(not big or vague is not None)
                              and not _NUMBERED_LABEL.search(text, 0, start)))
        blocked.append((start, end))
    for m in _EN_SOFT_WORD.finditer(text) if _may_say_soft_word(letter_runs) else ():
        if m.group(0).lower() == "second" and (_NUMBER_BEFORE.search(text, 0, m.start())
                                               or _PER_BEFORE.search(text, 0, m.start())):
            continue  # "a three-second sample", "600 gigabytes per second": the unit
        if m.group(0).lower() in ("a ", "an ", "one ") and _ORDINAL_SECOND.match(text, m.end()):
            continue  # "a second vendor" is another one, not a second of time
        if not _overlaps(m.span(), blocked):
            word = m.group(0).strip()
            for value in _soft_values(word):
                found.append(Quantity(value, (m.start(), m.start() + len(word)), word, soft=True))
    return tuple(_shared_scales(text, sorted(found, key=lambda q: q.span)))


# "Step three" is a label the Korean writes as a figure (3단계): its number must match.
# (Not "day one", which is 처음부터.)
_NUMBERED_LABEL = re.compile(r"\b(?:step|stage|phase|part|chapter|lesson|module|section|"
                             r"rule|tip|option|reason|level|tier|round)\s+$",
                             re.IGNORECASE)
_VAGUE_AMOUNT = re.compile(r"\b(?:a few|few|several|many|some|a couple(?: of)?)\s+$",
                           re.IGNORECASE)


# "1 to 3 billion", "between 1 and 3B": the first end of the range takes the second's scale.
_RANGE_JOIN = re.compile(r"\s*(?:to|and|or|-|–|~)\s*$", re.IGNORECASE)
_SCALE_AT_END = re.compile(r"(?:hundred|thousand|million|billion|trillion|[KMBTkmbt])$")


def _shared_scales(text: str, found: list[Quantity]) -> list[Quantity]:
    for i, (a, b) in enumerate(zip(found, found[1:])):
        digits_alone = re.fullmatch(r"\d+(?:\.\d+)?", a.text) and not a.soft
        word_alone = a.text.lower() in ENGLISH_UNITS  # "two to five thousand", not "fifty
        # to a hundred"
        if (a.kind == "number" and (digits_alone or word_alone)
                and _SCALE_AT_END.search(b.text) and _RANGE_JOIN.match(text[a.span[1]:b.span[0]])):
            digits = re.match(r"[\d.,]+", b.text.lstrip("$"))
            scale = re.search(r"[a-z]+$", b.text.lower())
            shown = (float(digits.group().replace(",", "")) if digits
                     else b.value / ENGLISH_SCALES[scale.group()] if scale
                     and scale.group() in ENGLISH_SCALES else 0.0)
            # (and only below it: "from 512 to 64K" starts at 512, not at 512K)
            if shown > 0 and a.value < shown:
                found[i] = replace(a, value=a.value * b.value / shown)
    return found


# Korean -----------------------------------------------------------------------------------

# One group of a Korean number: digits, optionally 십/백/천, optionally 만/억/조: 7조 / 6천억 / 1,700만
# A group with a big unit may be followed by more groups ("1억 1,700만"); plain digits end it,
# so "20 200" stays two numbers.
# not 만큼 (as much as), 만약 (if), 만들다 (make), 만족, 만료, 억지, 억제; 조건 (condition),
# 조정, 조합, 조사, 조금, 조직, 조치, 조심, 조용
_KO_BIG = r"(?:만(?![큼약들족료나])|억(?![지제울압])|조(?![건정합사금직치심용작항율달성절언각립]))"
# (4천2백 and 3천5백만 are single figures: a digit and a smaller unit may follow 천 or 백)
_KO_SMALL = r"(?:\s?[십백천](?:[1-9][백십])*)"
# (and 천4백, 백2십: a bare 천 or 백 opens a figure when a digit follows it)
_KO_LEAD = r"(?:" + _DIGITS + r"|(?<![가-힣])(?=[천백][1-9][백십]))"
_KO_GROUP = _KO_LEAD + _KO_SMALL + r"?(?:\s?" + _KO_BIG + r")?"
_KO_BIG_GROUP = _KO_LEAD + _KO_SMALL + r"?\s?" + _KO_BIG
_KO_NUMBER = re.compile(
    r"(?P<num>(?:" + _KO_BIG_GROUP + r"\s?)*" + _KO_GROUP + r")"
    r"(?P<suffix>[kKMBT](?![A-Za-z]))?"
    r"(?P<percent>\s?(?:%(?:p(?![A-Za-z])|\s?포인트)?|퍼센트(?:\s?포인트)?|프로(?![그젝듀포모세])))?")
_KO_GROUP_PARTS = re.compile(r"(" + _DIGITS + r")?\s?([십백천]?)\s?([만억조]?)")
# Counters and units after a number, longest first so 개월 wins over 개.
KOREAN_COUNTERS = sorted([
    "명", "사람", "분들", "달러", "불", "원", "엔", "유로", "파운드", "위안", "개월", "개", "년",
    "월", "일", "시간", "분", "초", "주년", "주", "살", "세", "배", "번째", "번", "가지", "권", "마리",
    "단계", "턴", "라운드", "스텝", "에폭", "에포크", "쌍", "분위",  # (10분위: a decile)
    "토큰", "단어",
    "대", "장", "위", "밀리초", "마이크로초", "나노초", "내트", "킬로그램", "킬로미터", "킬로", "미터",
    "센티미터", "킬로와트",
    "그램", "리터", "달", "비트", "바이트", "킬로바이트", "메가바이트", "기가바이트", "테라바이트",
    "메가", "기가", "테라", "KB", "MB", "GB", "TB", "메가비트", "기가비트", "Mbps", "Gbps",
    "km", "kg", "cm", "mm", "m", "g",
], key=len, reverse=True)
_KO_COUNTER = re.compile(r"\s?(" + "|".join(KOREAN_COUNTERS) + r")")
KOREAN_COUNTER_AFTER = _KO_COUNTER  # (for the checks: a counter right after a figure)
# Latin name followed by a number that is not a Korean amount: "GPT 41", "GPT-4", "GPT4o".
# (A counter or a unit after the number makes it an amount: ASR 8퍼센트, GPU 8개.)
_KO_LATIN_LABEL = re.compile(
    r"\b([A-Za-z][A-Za-z]*)[\s-]?(\d+(?:\.\d+)*[a-z]?)(?![\d,.]*\s?(?:[십백천만억조%\d]|퍼센트|"
    r"포인트|배(?![가-힣])|개|명|장|대(?![가-힣])|번|초|분(?![가-힣])|시간))"
    r"(?![A-Za-z])")

# Spelled numbers: native (하나, 둘, 세, 스무) and sino (백, 천, 만) words.
KOREAN_NUMBER_WORDS = {
    "하나": 1, "한": 1, "첫": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스물": 20, "스무": 20,
    "서른": 30, "마흔": 40, "쉰": 50, "백": 100, "천": 1000, "만": 1e4, "억": 1e8,
    "절반": 0.5, "반": 0.5, "십": 10, "수십": None, "수백": None,
    "십만": 1e5, "백만": 1e6, "천만": 1e7, "십억": 1e9, "백억": 1e10, "천억": 1e11,
}
# Native tens with their units in one word: 열네 살 is 14, 스물다섯 25, 서른두 32.
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60,
                "일흔": 70, "여든": 80, "아흔": 90}
_NATIVE_UNITS = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4,
                 "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
KOREAN_NUMBER_WORDS.update({"예순": 60, "일흔": 70, "여든": 80, "아흔": 90})
KOREAN_NUMBER_WORDS.update({tens + unit: tv + uv for tens, tv in _NATIVE_TENS.items()
                            if tens != "스무" for unit, uv in _NATIVE_UNITS.items()})
# The ordinals of a list of steps: 첫째, 둘째, 셋째 (not 둘째 아이, "the second child", which
# the English says too).
KOREAN_ORDINAL_WORDS = {"첫째": 1, "둘째": 2, "셋째": 3, "넷째": 4, "다섯째": 5, "여섯째": 6,
                        "일곱째": 7, "여덟째": 8, "아홉째": 9, "열째": 10}
_KO_ORDINAL_WORD = re.compile(r"(?<![가-힣])(" + "|".join(KOREAN_ORDINAL_WORDS)
                              + r")(?=\s|[,.:]|로|는|$)")
# Approximate counts of two numbers: 두세 배 ("two or three times"), 서너 명
KOREAN_RANGE_WORDS = {"한두": (1, 2), "두세": (2, 3), "서너": (3, 4), "네다섯": (4, 5),
                      "너덧": (4, 5), "대여섯": (5, 6), "예닐곱": (6, 7)}
# (not 한두 번이 아니에요, "more than once")
_KO_RANGE_WORD = re.compile(r"(?<![가-힣])(" + "|".join(KOREAN_RANGE_WORDS)
                            + r")(?=\s|[가-힣])(?!\s?번이?\s?아니)")
# Counts of days in one native word: 사흘 is three days ("ten days" said 사흘 is a changed
# number). (Not 하루, which says "a day" and "daily" as often as one day.)
KOREAN_DAY_COUNTS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7,
                     "여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15}
_KO_DAY_COUNT = re.compile(r"(?<![가-힣])(" + "|".join(KOREAN_DAY_COUNTS)
                           + r")(?=\s|[을를이가은는의도에과와로만째간]|$)")
_NATIVE_NUMBER_WORDS = ({"한", "두", "세", "석", "네", "다섯", "여섯", "일곱", "여덟", "아홉"}
                        | set(_NATIVE_TENS)
                        | {tens + unit for tens in _NATIVE_TENS for unit in _NATIVE_UNITS})
# (세 봤어요, 세 보세요: 세어 "counting", before the helping verb 보다 / 주다 / 두다 / 놓다)
_BEFORE_A_NOUN = re.compile(r" (?!봤|봐|보[세면고니았자]|봅|볼 |본 |줘|줬|주세|둬|뒀|놓|놨)[가-힣]")
# Written-out large numbers are unambiguous, unlike 한 (one / a) or 세 (three / age).
_UNAMBIGUOUS_WORD_NUMBERS = {"십만", "백만", "천만", "십억", "백억", "천억", "절반"}
_KO_WORD_NUMBER = re.compile(  # (not 71%만 일치 or logprob만: "only")
    r"(?<![가-힣%\dA-Za-z])("
    + "|".join(k for k in sorted(KOREAN_NUMBER_WORDS, key=len, reverse=True)
               if KOREAN_NUMBER_WORDS[k] is not None)
    + r")(?=\s|[을를이가은는의도에과와로으]|$)")
# Forms that only stand before a counter or noun (두 배, 세 가지): with a particle glued on
# they are other words (두는 "putting", 세는 "counting").
_KO_DETERMINER_NUMBERS = {"한", "두", "세", "석", "네", "스무", "첫"}
# 둘 before a noun is a verb (체스 둘 사람, 둘 곳): the number says 두 there; 둘 다, 둘 중,
# 둘씩 are the number
_TWO_AS_A_VERB = re.compile(r" (?!다|중|모두|뿐|밖에|만|도|이서|사이|다가|정도|이상|이하|"
                                 r"또는|혹은|아니면|그리고|하나|한|두|세|셋|네|넷|다섯|여섯|일곱|"
                                 r"여덟|아홉|열|스물|스무)[가-힣]")
# 천만에요, 천만의 말씀 ("not at all"), not 천만에 달하는 ("reaching ten million")
_NOT_AT_ALL = re.compile(r"에요|의 말씀|에[.!?]")


def korean_value(number_text: str) -> float:
    """Value of a Korean number expression: "1억 1,700만" -> 117000000, "7조 6천억" -> 7.6e12,
    "3천5백만" -> 35000000."""
    total = pending = 0.0  # pending: the figure below 만 not yet multiplied by its big unit
    for digits, small, big in _KO_GROUP_PARTS.findall(number_text):
        if not (digits or small):
            continue
        pending += float(digits.replace(",", "") or 1) * KOREAN_SMALL.get(small, 1)
        if big:
            total += pending * KOREAN_BIG[big]
            pending = 0.0
    return total + pending


def korean_labels(text: str) -> list[Label]:
    """Latin names with digits glued to them in a Korean text: "GPT 41", "GPT-4o"."""
    return [Label(m.group(1), m.group(2), m.span(), m.group(0))
            for m in _KO_LATIN_LABEL.finditer(text)]


_KO_FRACTION = re.compile(
    r"(?<![\d.,])([1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)\s?분의\s?(\d+)(?!\d|[.,]\d)")


_KO_PER_ONE_UNIT = re.compile(r"\s?[가-힣]{1,3}\s?(?:단위|마다)")


def labels_counting(source: str, target: str, sources: list[Quantity]) -> list[Quantity]:
    """The figures of Korean "labels" that are plain figures: "8 accumulation steps on 2 GPUs"
    said accumulation step 8, GPU 4장, or "temperature 0.7" said temperature 0.7, read like
    names with versions, but the English says 8, 2 and 0.7 as plain figures and has no
    "step 8" or "GPU 4". Such a figure is a quantity."""
    said = {q.value for q in sources if not q.soft}
    found = []
    for label in korean_labels(target):
        if not re.fullmatch(r"\d+(?:\.\d+)?", label.version):
            continue
        if float(label.version) not in said and not (label.version.isdigit() and re.search(
                rf"\b{re.escape(label.version)}\s?(?:장|대|개)", target)):
            continue
        if re.search(rf"\b{re.escape(label.base)}[\s-]?{re.escape(label.version)}\b", source,
                     re.IGNORECASE):
            continue  # the English has the label too
        start = label.span[1] - len(label.version)
        found.append(Quantity(float(label.version), (start, label.span[1]), label.version,
                              "number"))
    return found


def korean_quantities(text: str) -> list[Quantity]:
    return list(_korean_quantities(text))


_PARTICLE_MAN = re.compile(r"0\.\d+만")


@functools.lru_cache(maxsize=4096)
def _korean_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in a Korean text, in order, Latin labels ("GPT 4") excluded."""
    blocked = [(m.start(2), m.end(2)) for m in _KO_LATIN_LABEL.finditer(text)]
    found: list[Quantity] = _scientific(text, blocked)
    # 4분의 3 is one value (3/4); English writes it in words ("three quarters"), so soft.
    for m in _KO_FRACTION.finditer(text):
        # (1,000분의 1 too; 1만 분의 1 stays two numbers, as "1 in 10,000" is)
        whole = int(m.group(1).replace(",", ""))
        found.append(Quantity(int(m.group(2)) / whole, m.span(), m.group(), "fraction",
                              soft=True))
        blocked.append(m.span())
    for m in _KO_NUMBER.finditer(text):
        number = m.group("num").rstrip()
        if _PARTICLE_MAN.fullmatch(number):  # 0.0161만 받게 is "only 0.0161", not 161
            number = number[:-1]
        span = (m.start(), m.start() + len(number))
        if _overlaps(span, blocked) or _glued_to_word(text, span, korean=True):
            continue
        value = korean_value(number)
        kind, unit, soft_range = "number", None, False
        if m.group("suffix"):  # model sizes stay in Latin in Korean too: 405B
            value *= SUFFIX_SCALES[m.group("suffix").lower()]
            span = (span[0], m.end("suffix"))
        elif m.group("percent"):
            kind, span = "percent", (span[0], m.end())
            # 10퍼센트대 is "in the teens", a range: never a claim of exactly 10.
            soft_range = text.startswith("대", m.end())
        elif value == 1 and _KO_PER_ONE_UNIT.match(text, span[1]):
            soft_range = True  # 1밀리초 단위로 is "every millisecond", 1초마다 "every second"
        else:
            counter = _KO_COUNTER.match(text, span[1])
            if counter:
                unit = counter.group(1)
                if unit == "년" and re.fullmatch(r"\d{4}", number):
                    kind = "year"
                elif unit in ("번째",):
                    kind = "ordinal"
                elif unit == "분위" and value:  # 10분위 (a decile) is a tenth's share: 10%
                    value, kind = 100 / value, "percent"
        found.append(Quantity(value, span, text[span[0]:span[1]], kind, unit=unit,
                              soft=soft_range))
        blocked.append(span)
    for m in _KO_RANGE_WORD.finditer(text):  # 두세 배 is 2~3 times: two values
        counter = _KO_COUNTER.match(text, m.end())
        for value in KOREAN_RANGE_WORDS[m.group(1)]:
            found.append(Quantity(float(value), m.span(), m.group(1),
                                  unit=counter.group(1) if counter else None, soft=not counter))
        blocked.append(m.span())
    for m in _KO_DAY_COUNT.finditer(text):
        found.append(Quantity(float(KOREAN_DAY_COUNTS[m.group(1)]), m.span(), m.group(1),
                              unit="일"))
        blocked.append(m.span())
    for m in _KO_ORDINAL_WORD.finditer(text):  # 셋째, "third"
        found.append(Quantity(float(KOREAN_ORDINAL_WORDS[m.group(1)]), m.span(), m.group(1),
                              "ordinal"))
        blocked.append(m.span())
    for m in _KO_WORD_NUMBER.finditer(text):
        if _overlaps(m.span(), blocked):
            continue
        if m.group(1) in _KO_DETERMINER_NUMBERS and not text[m.end():m.end() + 1].isspace():
            continue
        if m.group(1) == "천만" and _NOT_AT_ALL.match(text, m.end()):
            continue  # 천만에요, 천만의 말씀: "not at all"
        if m.group(1) == "둘" and _TWO_AS_A_VERB.match(text, m.end()):
            continue  # 체스 둘 사람: 두다 ("to play") before a noun; the number is 두 사람
        counter = _KO_COUNTER.match(text, m.end())
        unit = counter.group(1) if counter else None
        if unit == "분" and m.group(1) in _NATIVE_NUMBER_WORDS:
            unit = None  # 네 분 is four people, honorific (minutes are 4분)
        # 두 배 ("twice") is a number for sure, and so is 두 or 세 before a counter (모델 세
        # 개), and 세 before a noun (세 홉; but 두 모델 may say "both", 네 편지 "your
        # letter"); 한 alone may be "a", and 한 번 is as often "a try" as "once".
        hard = (m.group(1) in _UNAMBIGUOUS_WORD_NUMBERS or unit == "배"
                or unit not in (None, "토큰", "단어") and KOREAN_NUMBER_WORDS[m.group(1)] >= 2
                or m.group(1) == "세" and _BEFORE_A_NOUN.match(text, m.end())
                and not text[:m.start()].rstrip().endswith(tuple("0123456789")))
        found.append(Quantity(float(KOREAN_NUMBER_WORDS[m.group(1)]), m.span(), m.group(1),
                              soft=not hard, unit=unit))
    return tuple(sorted(found, key=lambda q: q.span))


def korean_rendering(value: float) -> str:
    """How a Korean subtitle writes a value: 1.75e11 -> "1,750억", 1.17e8 -> "1억 1,700만".

    Values below 10,000 and values that are not whole numbers keep digits only.
    """
    if value < 1e4 or value != int(value):
        return f"{value:,.10g}" if value != int(value) else f"{int(value):,}"
    parts = []
    rest = int(value)
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        count, rest = divmod(rest, size)
        if count:
            parts.append(f"{count:,}{unit}")
    if rest:
        parts.append(f"{rest:,}")
    return " ".join(parts)


def plain_value(value: float) -> str:
    """A value written out in full for a message: 375000000000 -> "375,000,000,000"."""
    return f"{int(value):,}" if value == int(value) else f"{value:,.10g}"


# Helpers ----------------------------------------------------------------------------------

def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _glued_to_word(text: str, span: tuple[int, int], korean: bool = False) -> bool:
    """True for digits inside a word (MP3, H2O, x86): they are part of a name."""
    before = text[span[0] - 1] if span[0] > 0 else " "
    if before.isalpha() and before.isascii():
        return True
    # GPT-4는: a version after a hyphen; but a size after a hyphen (Qwen2.5-Math-7B) is a
    # quantity, as the English reads it.
    if korean and before in "-" and span[0] > 1 and text[span[0] - 2].isascii() \
            and text[span[0] - 2].isalpha() and not text.startswith(tuple("KMBT"), span[1]):
        return True
    return False
