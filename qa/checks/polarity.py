"""Check: a negated source is negated in the target, and a plain one is not negated.

English negation: not, n't, never, no, none, nothing, nobody, nowhere,
neither/nor, without, cannot, hardly, scarcely — minus phrases whose Korean
rendering usually has no negation ("not only", "nothing but", "no matter",
"not until", tag questions "isn't it?") and double negatives ("not unusual").

Korean negation: 안/못 (adverbs), -지 않다, -지 못하다, -지 말다, 없다,
아니다, 모르다, 불-/비-/무-/미- (prefixes), 금지. With a Kiwi analyser (passed
in ctx.korean) these are read from morpheme tags; without one, from a surface
pattern (a little less exact).

A negation in the Korean with none in the English is a weaker signal: English
says many negative things without "not" (hard to, unable, fail, only, -less...),
so that direction fires only when the English has no negative-looking word at
all, and with a low weight.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from qa.checks.base import CheckContext
from qa.checks.sounds import sounded, transliterates
from qa.checks.verbs import VERBS
from qa.model import AlignedPair, Finding
from qa.termbase import rendering_pattern, without_spans

NAME = "polarity"

_EN_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|nowhere|neither|nor|without|cannot|"
    r"hardly|scarcely)\b|n['’]t\b", re.IGNORECASE)
# Phrases that contain a negation word but are usually translated without one.
_EN_NOT_NEGATION = re.compile(
    r"\bnot only\b|\bnot just\b|\bnot merely\b|\bnothing but\b|\bnone other than\b|"
    r"\bnot (?:counting|including)\b|"  # "not counting equity" is 지분을 빼고
    r"\bno matter\b|\bnot until\b|\bno sooner\b|\bno less than\b|\bno more than\b|"
    r"\bnothing more\b|\bnothing else\b|\bin no uncertain terms\b|"
    r"\bnot to mention\b|\bwhether or not\b|\bor not\b|\bif not\b|\bnot bad\b|"
    r"\bfor nothing\b|"  # "made training slower for nothing" is 괜히 느려진
    r"(?<![\w-])--?no-[\w-]+|\bno_\w+|"  # a flag or a name, --no-enable-prefix-caching
    r"\b\w+-or-nothing\b|\b(?:no|non|not)-\w+|"  # all-or-nothing, no-op, non-zero
    r"\bwhy not\b|\bwhy don['’]t\b|\bwhy didn['’]t\b|\bcan['’]t wait\b|"
    r"\bcan(?:['’]t|not) help (?:but|\w+ing)\b|\bnot long (?:ago|after|before)\b|\bcould(?:n['’]t| not) be (?:more|better|happier)\b|"
    r"n['’]t (?:it|you|they|we|he|she|i|there|that|this)\b[^.!?]*\?|"
    # a double negative, "not unusual"; not "not involved" or "not understood"
    r"\bnot (?:un(?!der|til|ique|it|iver|ion|less|lock|pack|zip)|"
    r"in(?:correct|accurate|valid|sufficient|significant|expensive|frequent|consistent|"
    r"appropriate|adequate|capable|complete|evitabl|efficient|effective|exact|finite|formal|"
    r"visible|secure|sane|credible|direct|different|nocent|tuitive)|"
    r"im(?:possible|perfect|plausible|practical|probable|proper|material|mature|patient|"
    r"balanced|moral|precise)|"
    r"dis(?:similar|honest|organi[sz]ed|loyal|agreeable|pleas|respectful|interested|"
    r"proportionate|advantage|tinct|able)|"
    r"ir(?:relevant|regular|rational|responsible|reversible|replaceable|reparable)|"
    r"il(?:legal|logical|legitimate|literate))\w*|\bnot without\b|"
    r"\bnever (?:fail(?:s|ed)?|stop(?:s|ped)?|quit(?:s)?|gave up|give up)(?: to\b| \w+ing\b)|"
    r"\bnothing (?:like|compared)\b|\bno (?:wonder|doubt|problem)\b|"
    r"\b(?:don['’]t|do not|never) forget\b|"
    # a rhetorical question, "Who wouldn't want that?" (누가 마다하겠어요?)
    r"\bwho (?:wouldn|doesn|didn|isn|hasn|won|can)['’]t\b[^.!?]*\?|"
    # a filler, "split across, I don't know, six teams"
    r"(?:^|,\s*)I don['’]t know(?=\s*[,—–])",
    re.IGNORECASE)
# "A, not B" is often said "B 대신 A" (instead of B) or "B보다는 A" (rather than B): the
# contrast carries the negation.
# (a cue may open with the "not" of a contrast its previous cue began: "sample real
# queries, / not queries you invented")
_EN_CONTRAST_NOT = re.compile(r",\s*(?:and\s+)?not\b|\bnot\b[^.!?]*\bbut\b|^\s*not\b",
                              re.IGNORECASE)
_KO_CONTRAST = re.compile(r"대신|보다는|보단|기보다|말고")
# Verbs of avoiding and stopping, by which Korean often says a "don't" or "never".
_KO_AVOIDING = re.compile(r"피하|피해|말리|말려|말렸|차단|곤란|삼가|방지|금지|거부|거절|멈추|멈춰|그만두|그만하|막아|막는|막을|막기|"
                          r"비밀로|숨기|숨겨|감추|감춰")  # ("don't tell" is 비밀로 해 주세요)
# ... unless the English has the word it renders: "refusals" is 거부, no negation
_EN_AVOIDING = re.compile(r"\b(?:avoid|prevent|refus|reject|declin|ban|prohibit|forbid|stop|"
                          r"halt|block|hid|hide|secret|quit)\w*", re.IGNORECASE)
# "Without streaming" said 스트리밍을 사용하면 ("with streaming") turns it round.
_EN_WITHOUT_WHAT = re.compile(r"\bwithout (?:the |a |an |any )?([a-z][a-z-]{3,})", re.IGNORECASE)
_KO_USING = re.compile(r"([가-힣A-Za-z]{2,}?)(?:을|를)?\s?(?:사용하|이용하|적용하|켜|쓰|하)(?:면|고서?|니까)")


_EN_WITHOUT_DOING = re.compile(r"\bwithout (?:\w+ )?(\w+ing)\b", re.IGNORECASE)
# a Korean verb done before the rest: 다시 배포한 다음에, 배포하고 나서
_KO_DONE_FIRST = r"(?:한|하고|해|된|되고|돼|시킨)\s?(?:다음|뒤|후|나서|나면)"


def _without_said_done(source: str, target: str) -> tuple[str, str] | None:
    """(the English verb, the Korean) where "without redeploying" is said as done first
    (다시 배포한 다음에): the Korean translates the very verb the English does without."""
    for m in _EN_WITHOUT_DOING.finditer(source):
        verb = m.group(1)
        bare = verb[2:].lstrip("-") if verb.lower().startswith("re") else verb
        for ko, en in VERBS:
            if en.fullmatch(verb) or en.fullmatch(bare):
                done = re.search(rf"(?:{ko}){_KO_DONE_FIRST}", target)
                if done:
                    return verb, done.group()
    return None


# "without human approval" said 사람의 승인을 거쳐: a sign-off the Korean goes through
_EN_WITHOUT_SIGN_OFF = re.compile(r"\bwithout (?:\w+ ){0,2}(?:approval|review|sign-off|"
                                  r"consent|permission|confirmation)\b", re.IGNORECASE)
_KO_SIGNED_OFF = re.compile(r"(?:승인|검토|허락|동의|허가|확인)(?:을|를)?\s?(?:거쳐|거친|거치고|받아|받고|받은|"
                            r"받은 뒤|받은 후)")


def _without_said_with(source: str, target: str) -> bool:
    """Whether the cue says "using X" for the English's "without X"."""
    if _EN_WITHOUT_SIGN_OFF.search(source) and _KO_SIGNED_OFF.search(target):
        return True
    missing = " ".join(m.group(1) for m in _EN_WITHOUT_WHAT.finditer(source)).lower()
    return bool(missing) and any(
        m.group(1).lower() in missing.split() or sounded(missing, m.group(1))
        for m in _KO_USING.finditer(target))


# "can / be able to" in the English against "-ㄹ 수 없다" (cannot) in the Korean.
_EN_MORE_THAN_CAN = re.compile(r"\bthan (?:[\w-]+ ){1,4}(?:can|could)\b|"
                               # "the best lesson I could ever ask for": 바랄 수도 없었어요
                               r"\b(?:can|could) (?:ever )?(?:ask|hope|wish) for\b",
                               re.IGNORECASE)
_EN_CAN = re.compile(r"\b(?:can(?!['’]t|not)|could(?!n['’]t)|able to)\b", re.IGNORECASE)
_KO_CANNOT = re.compile(r"([가-힣]+)\s수(?:가|는|도)?\s?없[가-힣]*")
# English words that carry a negative meaning without "not"; Korean often negates them.
_EN_NEGATIVE_MEANING = re.compile(
    # (not discount, discuss, display, distribution: no "not" in them)
    r"\b(?:un\w{3,}|non\w*|dis(?!count|cuss|play|tribut|tanc|till|cover|crete|patch|tinct)\w{3,}|"
    r"in(?:capable|complete|correct|ability|visible|finite|"
    r"sufficient|evitabl\w+|stead|nocent|ability|active|adequate|appropriate|valid)\w*|"
    r"im(?:possible|patient|mature|mobile|perfect|proper|probable|balance)\w*|"
    r"ir\w{4,}|il(?:legal|logical|literate)\w*|\w{3,}less(?:ly|ness)?|"
    # ("a few hours" is 몇 시간: no negation)
    r"fail\w*|lack\w*|absen\w+|only|unless|until|till|before|(?<!\ba )few|fewer|fewest|little|"
    r"rarely|"
    r"seldom|zero|"
    r"refus\w+|den(?:y|ies|ied)|avoid\w*|prevent\w*|stop\w*|quit\w*|ceas\w+|forg[eo]t\w*|"
    r"ignor\w+|neglect\w*|hard|difficult\w*|free|beyond|instead|rather|except|barely|"
    r"too(?!\s*(?:[,.;:!?]|$))|"  # (not "fine too", which is "also")
    r"miss\w*|los[et]|lost|empty|silen\w+|alone|doubt\w*|wonder\w*|whether|lest|"
    r"unknown|anything|anyone|anybody|any|ever|yet|remain\w*|forbid\w*|ban\w*|"
    r"prohibit\w*|may|might|afraid|fear\w*|worr\w+|gone|away|off|out|rid|nobody|"
    r"die[ds]?|dead|death|wrong|mistake\w*|error\w*|less|least|short\w*|shortage|"
    r"lazy|poor|apart|against|reject\w*|deprive\w*|escape\w*|far|vanish\w*|disappear\w*|"
    r"leave|left|abandon\w*|cancel\w*|block\w*|limit\w*|keep\w*|kept|rare|unless|quiet\w*|"
    r"refrain|resist\w*|oppos\w+|hate[sd]?|dislike\w*|reluctant\w*|hesitat\w+|sorry|"
    # ("either method" is 두 방법 모두; "not that one either" ends its clause)
    r"nor|neither|either(?=\s*(?:[.,;:!?]|$))|unable|impossible|incapable|badly|poorly|"
    # (a made-up citation is 있지도 않은 출처)
    r"hallucinat\w*|fabricat\w*|fake\w*|made[- ]up|invent\w*|"

    # (junk is 쓸모없는 것)
    r"junk|garbage|trash|rubbish|noise|noisy|"
    # ("who am I to judge?" is 제가 뭐라 할 입장은 아니에요)
    r"who am I to|who are we to|who's to say)\b",
    re.IGNORECASE)

# Kiwi tags of Korean negation, strict (a negated statement) and lenient (anything that
# could render an English negation).
_STRICT_KIWI = {("안", "MAG"), ("못", "MAG"), ("않", "VX"), ("못하", "VX"), ("말", "VX"),
                ("아니", "VCN"), ("없", "VA"), ("모르", "VV"), ("금지", "NNG"),
                ("아니", "IC"), ("아뇨", "IC"), ("아니요", "IC")}
_LENIENT_KIWI_FORMS = {"불", "비", "무", "미", "몰"}  # XPN prefixes: 불가능, 비공식, 무관심
# Words Kiwi splits into such a prefix and a noun that English says without a "not":
# 무작위 is "random", 무료 "free", 무한 "infinite"; "never random" said 대개 무작위 is a flip.
_PREFIXED_PLAIN = {"무작위", "무료", "무선", "무한", "무제한", "무한대", "불과", "비상"}
# A noun and 없다 that Kiwi reads as one adjective and that says "no" of the sentence
# (소용없어요: "it is no use"); not an adjective of a noun such as 재미없는 답 ("a boring
# answer"), 끊임없는 ("constant") or the adverb 상관없이 ("regardless"); the adjective
# 상관없다 ("it doesn't matter", "not my problem") is one.
# (어림없죠: "not a chance"; 전혀 문제없을: "perfectly fine")
_NOUN_WITHOUT = {"소용없", "필요없", "상관없", "관계없", "어림없", "문제없"}
_SURFACE_STRICT = re.compile(
    r"(?<![가-힣])(?:안|못)\s|(?:지|진|질|징)(?:는|도)?\s?(?:않|못하|못해|못합|못했|마|말)|"
    r"않[아았는은을고으]|없[다어었는이을고으지음습죠네게기던잖겠]|없$|아니(?!면)|아닌|아닙|아냐|아뇨|"
    r"모르|모른|모를|모릅|몰라|몰랐|금지|불가|(?<![가-힣])마(?:세요|십시오|라|요)|"
    r"(?<![가-힣])말(?:고|라|아요|아)(?![가-힣])")
_SURFACE_LENIENT = re.compile(r"(?<![가-힣])(?!" + "|".join(sorted(_PREFIXED_PLAIN)) + r")"
                              r"(?:불|비|무|미)(?=[가-힣]{2})|싫|거부|거절|실패|부족")
# Korean phrases with a negative word that say no negation: "might" (~지도 모르다),
# "soon after" (얼마 안 있어), "as soon as ... (하자마자)".
_MIGHT = re.compile(r"지도\s?모르|지도\s?모른|ㄹ지\s?모르|얼마\s?안\s?(?:있|가|되)")
# 될지 모를 is "might" too, but after a question word it does not know: 어떻게 처리할지 모를 수
# 있거든요 ("may not know how to handle")
_MIGHT_UNLESS_ASKED = re.compile(r"지\s?모를")
_KO_QUESTION_WORD = re.compile(r"(?<![가-힣])(?:어떻게|무엇|뭘|뭐|어디|언제|왜|누가|누구|얼마나|어느)")


def _without_might(text: str) -> str:
    text = _MIGHT.sub(" ", text)
    return _MIGHT_UNLESS_ASKED.sub(
        lambda m: m.group() if _KO_QUESTION_WORD.search(
            re.split(r"[,.!?]", text[:m.start()])[-1]) else " ", text)


# A question put as "isn't it that ...": 써 준 거 아니냐고요 ("did ChatGPT write it?").
_TAG_QUESTION = re.compile(r"(?:거|것|게)\s?아니(?:냐(?:고요?)?|겠냐|(?:야|에요|예요|니|겠어요|지)\s*[?？])")


# Negative-polarity adverbs: Korean uses them only with a negated verb (결코 ... 않다,
# 전혀 ... 없다), so one standing without a negation is a negation that was dropped.
# Left out: 전혀 before 다르다/새롭다/반대 ("completely different"), 별로 as a predicate
# (별로예요, "not great") or a noun (A, B, 둘 다 별로 중 하나), which are standard without a
# negation.
_NEGATIVE_POLARITY = re.compile(
    r"(?<![가-힣])(?:결코|전혀(?!\s?(?:다르|다른|달라|달랐|다릅|다를|새로|새롭|반대|딴|엉뚱))|"
    # (아무것도 …하기 전에 is "before anything", no negation: "before decompressing anything")
    # (layer별로 is "per layer")
    r"(?<![A-Za-z0-9)])별로(?![예야다네지였인요죠])(?! 중)(?!\s*[,.]|$)|그다지|좀처럼|도저히|조금도|절대로|아무도|"
    r"아무것도(?![^,.!?]*기\s?전에)|더 이상(?=\s))")
# "Not only" in Korean: 뿐만 아니라, 뿐 아니라 — a negative word that negates nothing.
_NOT_ONLY = re.compile(r"뿐\s?(?:만\s?)?아니라|(?:^|[,.?!]\s*)아니면\s")  # (아니면: "or else")


def _english_negations(text: str) -> set[str]:
    """The negation words of the English that Korean would normally negate too."""
    if not _EN_NEGATION.search(text):  # most sentences: no need to strip the exceptions
        return set()
    return {m.group().lower() for m in _EN_NEGATION.finditer(_EN_NOT_NEGATION.sub(" ", text))}


def english_negated(text: str) -> bool:
    """Whether the English says "not" in a way Korean would normally negate too."""
    return bool(_english_negations(text))


def korean_negated(text: str, ctx: CheckContext | None = None, strict: bool = False) -> bool:
    """Whether the Korean has a negation; `strict` leaves out prefixes. "Might" (지도 모르다)
    and "not only" (뿐만 아니라) negate nothing."""
    return next(_korean_negations(text, ctx, strict), None) is not None


def korean_negation_count(text: str, ctx: CheckContext | None = None) -> int:
    """How many negations the Korean has (끝나지 않은 응답은 검사할 수가 없잖아요: two)."""
    return sum(1 for _ in _korean_negations(text, ctx, strict=False))


def english_negation_count(text: str) -> int:
    """How many negations of english_negated the English has."""
    return len(_EN_NEGATION.findall(_EN_NOT_NEGATION.sub(" ", text)))


def _korean_negations(text: str, ctx: CheckContext | None, strict: bool) -> Iterator[str]:
    """Each negation of the Korean, as it is found."""
    cleaned = _TAG_QUESTION.sub(" ", _NOT_ONLY.sub(" ", _without_might(text)))
    if _KO_ELLIPTICAL_NEGATION.search(cleaned) or "는커녕" in cleaned.replace(" ", ""):
        yield "elliptical"  # 단 한 번도요. ("not once"); 줄기는커녕 ("far from going down")
    if ctx is not None and ctx.korean is not None:
        tokens = ctx.korean.tokens(cleaned)
        for k, token in enumerate(tokens):
            form, tag = token.form, token.tag
            if (form, tag) == ("말", "VX") and k and tokens[k - 1].form == "고":
                continue  # 반짝하고 말 일: "-고 말다" is "end up", not "do not"
            if (form, tag) in _STRICT_KIWI or tag == "VA" and form in _NOUN_WITHOUT:
                yield form
            elif not strict and (
                    tag == "XPN" and form in _LENIENT_KIWI_FORMS
                    and not (k + 1 < len(tokens) and form + tokens[k + 1].form in _PREFIXED_PLAIN)
                    or tag == "MAG" and form.endswith("없이")):
                yield form
        return
    yield from (m.group() for m in _SURFACE_STRICT.finditer(cleaned))
    if not strict:
        yield from (m.group() for m in _SURFACE_LENIENT.finditer(cleaned))


# "쓸 수는 없을까?" (couldn't we use...?) asks "can we use...?": a suggestion, not a cannot.
_KO_ASKING = re.compile(r"없(?:을까|나요?|는가|습니까|을지|는지)")


# A negative-polarity phrase standing for a whole negated answer: 단 한 번도요, 전혀요.
_KO_ELLIPTICAL_NEGATION = re.compile(r"(?<![가-힣])(?:(?:한 ?번|하나|한 ?명|한 ?마디|아무것|아무|조금)"
                                     r"(?:도|이라도)요?|(?:전혀|절대로?|결코)요?)\s*[.!]|"
                                     # "Please not in Jira." -> 제발 Jira로는 말고요.
                                     r"\s말고요\s*(?:[.!]|$)|"
                                     # "it wasn't rough" -> 엉성하긴요 ("rough? not at all")
                                     r"[가-힣]긴요\s*[.!,]|"
                                     # "Hardly." -> 천만에요 ("not at all")
                                     r"천만에요|천만의 말씀")
_KO_UNTRUSTED = re.compile(r"(?:신뢰할|믿을|알) 수 없는 ")


def _korean_cannot(text: str) -> re.Match | None:
    """-ㄹ 수 없다 (볼 수 없습니다), not 함수 없이 ("without a function") nor a question."""
    for m in _KO_CANNOT.finditer(text):
        if _KO_UNTRUSTED.match(text, m.start(1)):
            continue  # 신뢰할 수 없는 is "untrusted", an adjective, not a "cannot"
        if (ord(m.group(1)[-1]) - 0xAC00) % 28 == 8 and not _KO_ASKING.search(m.group(0)):
            return m  # the verb ends in the adnominal ㄹ
    return None


# A word or two in quotes is mentioned, not used: 'If the question says "never", ...'
# negates nothing. (Longer quotes are speech, whose negations count.)
_MENTION = r"[^\s\"“”'‘’]{1,15}(?:\s[^\s\"“”'‘’]{1,15})?"
_QUOTED = re.compile(rf'"{_MENTION}"|“{_MENTION}”|‘{_MENTION}’')
# Korean quotes a mention in single quotes as well ('유해하지 않음'); English would not tell
# them from apostrophes.
_KO_QUOTED = re.compile(rf"{_QUOTED.pattern}|'{_MENTION}'")
# Phrases built on a negation that affirm: "can't do without" means "essential" (빠질 수
# 없는 for "good old", 없어서는 안 될), "no exception" means "always" (예외는 없습니다 for
# "period").
_KO_AFFIRMING = re.compile(r"(?:빠질|빼놓을|빼먹을|뺄)\s?수\s?없|없(?:어서는|으면)\s?안\s?(?:될|되|돼)|"
                           r"예외(?:는|가|도)?\s?없|틀림없|어김없|"
                           # "has to give" is 희생될 수밖에 없고 (no choice but); "asked if we could
                           # just have it" is 하면 안 되냐고 물었죠 (a request)
                           r"수밖에\s?없|면\s?안\s?(?:되냐|될까|되나|되겠냐|되겠느냐|돼\?)|"
                           # litotes: 나쁘지 않은 수치 is "decent"
                           r"나쁘(?:지|진)\s?(?:는\s?)?않")
_EN_QUALITY = re.compile(r"\b(?:fine|well|good|enough|easy|easily|great|smoothly|reliabl[ey]|"
                         r"works?|worked|valid|correct|accurate|safe|stable|useful|"
                         r"matters?|important|crucial)\b",
                         re.IGNORECASE)
_KO_QUALITY_DENIED = re.compile(r"(?:잘|제대로)\s?(?:안|못)\s?|"
                                r"(?:충분하|좋|쉽|괜찮|훌륭하|원활하|안정적이|유효하|정확하|안전하|유용하|"
                                r"올바르|중요하)지\s?(?:는|도)?\s?(?:않|못)")
_KO_HARD_TO = re.compile(r"(?:기\s?(?:가\s?|는\s?)?|긴\s)(?:어렵|어려|힘들|힘듭|힘든)")
_EN_NOT_SAME = re.compile(r"\bnot (?:the same|identical|equal|equivalent)\b|"
                          # "you're not leaving this beach the same person"
                          # (not "not exactly the same": only a little different)
                          r"(?:\bnot|n['’]t) (?!(?:exactly|quite|entirely|completely|"
                          r"necessarily|always|really)\b)(?:[\w']+ ){1,4}the same\b|"
                          r"(?:\bnot|n['’]t) match\b|"
                          r"(?:\bnot|n['’]t) (?:look |be |seem |sound )?(?:anything |at all )?"
                          r"like\b|"
                          r"(?:\bnot|n['’]t) resemble\b", re.IGNORECASE)
_KO_DIFFERENT = re.compile(r"다르|달라|달랐|다릅|다른|딴판|차이가|별개|별도의? (?:문제|얘기|이야기)")
# The long negation, -지 않다 / -지 못하다 (쉬워지지는 않습니다), says "not" in so many words;
# a short 안 되다 is as often "must not" for an English that says "avoid" or "be careful".
_KO_LONG_NEGATION = re.compile(r"지\s?(?:는|도|가)?\s?(?:않|못하|못해|못합|못했|못한|못할)")


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


_EN_COORDINATE = re.compile(r",\s+(?:and|but)\s+")
_KO_CLAUSE_LINK = re.compile(r"(?:는데|은데|인데|지만|고|며|면서|으나|어서|아서|해서)$")
_EN_SUBORDINATE = re.compile(r"\b(?:because|since|if|when|unless|until|although|though|while|"
                             r"which|so that|whereas)\b", re.IGNORECASE)


def _sentence_pairs(source: str, target: str) -> list[tuple[str, str]]:
    """(English sentence, Korean sentence) in order, where both sides say the same number of
    sentences, two or more, or (English clause, Korean clause) for one sentence of two
    coordinate clauses; [] otherwise."""
    english = [s for s in _SENTENCE_BREAK.split(source.strip()) if s]
    korean = [s for s in _SENTENCE_BREAK.split(target.strip()) if s]
    if len(english) == 1 and len(korean) == 1:
        # one sentence of two coordinate clauses, "X is not Y, and this case was no
        # exception", keeps its clause order in Korean (X가 되는데, 예외는 아니었어요); a
        # subordinate clause ("because", "if") is often put first, so no pairing then
        english = _EN_COORDINATE.split(source.strip())
        korean = target.strip().split(", ")
        if (len(english) != 2 or len(korean) != 2 or _EN_SUBORDINATE.search(source)
                or not _KO_CLAUSE_LINK.search(korean[0])):  # (not 뭐, "Well,")
            return []
        return list(zip(english, korean))
    if len(english) < 2 or len(english) != len(korean):
        return []
    return list(zip(english, korean))


# (a short prohibition is no echo: "Don't do that." said 그렇게 하셔도 돼요 permits it)
_EN_PROHIBITION = re.compile(r"\s*(?:don['’]t|do not)\s+[a-z]", re.IGNORECASE)


def _sentence_by_sentence(source: str, target: str, ctx) -> list[Finding]:
    """Both sides are negated somewhere; where both say the same number of sentences, each
    English sentence that is negated needs a negated Korean one: "The model isn't lying. It
    has no idea." -> 모델은 거짓말을 하고 있는 것입니다. 전혀 모릅니다. lost the first."""
    for said, rendered in _sentence_pairs(source, target):
        # An echo ("Never.", "There never is.") is said freely: 절대로요, 늘 그래요.
        if ((len(said.split()) >= 4 or _EN_PROHIBITION.match(said)) and english_negated(said)
                and not korean_negated(rendered, ctx)
                and not _KO_AVOIDING.search(rendered)
                and not _said_by_meaning(_english_negations(said), said, rendered)):
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'"{said}" is negated but its Korean sentence is not: the '
                            "meaning may be flipped", weight=0.6)]
    return []


# A partial negation, "they don't always transfer", "not every model": Korean keeps its
# 항상, 꼭 or 모두 (항상 ... 건 아니에요); without one the cue says "never" or "none".
_EN_PARTIAL = re.compile(r"(?:\bnot|n't) (?:always|necessarily|every|all)\b", re.IGNORECASE)
# (매주가 아니라: "not every week" contrasted; 꽃길만은 아니었어요: "weren't all sweetness
# and light")
_KO_PARTIAL = re.compile(r"항상|(?<![가-힣])(?:늘|다)(?![가-힣])|언제나|꼭|반드시|무조건|매번|모두|"
                         r"모든|전부|일부|매[주일달년]|(?:건|것은|게|지는|진) (?:아니|않)|"
                         r"아니라|보장|수도 있|만은 (?:아니|않)")
# A double negation, "you can't throw a stone without hitting a startup" (어딜 가나 ...
# 발에 차일 정도): Korean says it with two negations or with none.
_EN_DOUBLE_NEGATION = re.compile(r"\b(?:can['’]t|cannot|could(?:n['’]t| not)|never)\b[^.!?]*?"
                                 r"\bwithout\b", re.IGNORECASE)


# "Otherwise" said 그렇지 않으면 ("if that is not so"), the usual rendering: no negation of
# the English's claim.
# ("Set it to True, or you'll pay the startup cost" is "otherwise" too)
_EN_OTHERWISE = re.compile(r"\b(?:otherwise|or else)\b|,\s*or (?:you|we|they|it|he|she|the)\b",
                           re.IGNORECASE)
_KO_OTHERWISE = re.compile(r"(?:그렇|그러)지\s?(?:않|못하)(?:으면|다면)|안 그러면")
# "It must be a real tug-of-war" said 줄다리기가 따로 없겠죠 ("there is no other X"): praise or
# mockery, no negation.
_EN_A_REAL = re.compile(r"\b(?:a real|a true|quite a|what a|such a|a regular|a proper)\b",
                        re.IGNORECASE)
_KO_A_REAL = re.compile(r"(?:가|이) 따로 없(?:겠|네|구|었|어|죠|지|다|습)")
# "I counted. Well, my husband counted." said 아니, 남편이 세 봤죠: 아니 correcting oneself
_EN_SELF_CORRECTION = re.compile(r"\b(?:well|actually|i mean|or rather|sorry|correction)\b",
                                 re.IGNORECASE)
_KO_SELF_CORRECTION = re.compile(r"(?:^|(?<=[.?!]\s))아니(?:지)?,\s")
# "you went the extra mile, and then some" said 기대 이상으로, 아니 그보다 훨씬 더: 아니 that
# raises the bid denies nothing.
_KO_NAY_MORE = re.compile(r"(?<![가-힣])아니,?\s(?=그보다|오히려|훨씬|그 이상)")
# "a small fortune" said 적지 않은 돈: a litotes says "considerable" (unless the English says
# "small" itself, which the litotes turns round).
_KO_LITOTES = re.compile(r"(?:적지|작지|만만치|심상치|가볍지|녹록지|녹록하지)\s?않(?:은|게|아|다|죠|습)|적잖")
# (보통이 아니에요, 장난이 아니에요: "remarkable", "a memory like a sieve"; unless the English
# says "not normal" itself)
_KO_NOT_ORDINARY = re.compile(r"(?:보통|예사|장난)(?:이|은)?\s?아니")
_EN_ORDINARY = re.compile(r"\b(?:normal|ordinary|usual|typical|average|joke|joking|kidding|"
                          r"common)\b", re.IGNORECASE)
_EN_SMALL = re.compile(r"\b(?:small(?! fortune)|little|few|light|minor|easy|cheap|trivial|"
                       r"modest)\b", re.IGNORECASE)
# "If the judge is below that, don't tune the model first" said 기준에 못 미치면, 모델 튜닝부터
# 먼저 하세요: 못 미치다 says "below", not the English's "not".
_EN_BELOW = re.compile(r"\b(?:below|under|short of|less than|fewer than)\b", re.IGNORECASE)
_KO_SHORT_OF_IT = re.compile(r"못\s?(?:미치|미쳐|미친|미칠|미칩)")
# "Without trouble" (무리 없이, 문제없이) says it works: a "won't scale" said 무리 없이
# 확장돼요 lost its negation.
_KO_WITHOUT_TROUBLE = re.compile(r"(?:무리|문제|어려움|탈|차질|지장|막힘|끊김)\s?(?:도\s?)?없이")


# A title or a quotation the cue copies in English: its "not" is the cue's too ("How NOT to
# Measure Latency" kept as it is)
_EN_QUOTED = re.compile(r"[\"“'‘]([^\"”'’]{4,80})[\"”'’]")


def _copied_quotes_removed(source: str, target: str) -> str:
    return _EN_QUOTED.sub(lambda m: " " if m.group(1).strip(" .,!?") in target else m.group(0),
                          source)


# A negation word the cue keeps in Latin letters is code or a name it copies ("In Docker,
# that's --network none" said Docker에서는 --network none이죠), not one to translate.
_LATIN_NEGATION = re.compile(r"(?<![A-Za-z0-9_-])(?:none|no|not|never|null|nothing)"
                             r"(?![A-Za-z0-9_-])", re.IGNORECASE)


def _copied_negations_removed(source: str, target: str) -> str:
    for word in {m.group().lower() for m in _LATIN_NEGATION.finditer(target)}:
        source = re.sub(rf"(?<![\w-]){word}(?![\w-])", " ", source, flags=re.IGNORECASE)
    return source


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source.strip() or not target.strip():
        return []
    if ("'" in source or '"' in source or "“" in source) and _EN_QUOTED.search(source):
        source = _copied_quotes_removed(source, target)
    if _LATIN_NEGATION.search(target):
        source = _copied_negations_removed(source, target)
    if _EN_OTHERWISE.search(source):
        target = _KO_OTHERWISE.sub(" ", target)
    if _EN_A_REAL.search(source):
        target = _KO_A_REAL.sub(" ", target)
    if _EN_SELF_CORRECTION.search(source):
        target = _KO_SELF_CORRECTION.sub(" ", target)
    if "아니" in target:
        target = _KO_NAY_MORE.sub(" ", target)
    if ("않" in target or "적잖" in target) and not _EN_SMALL.search(source):
        target = _KO_LITOTES.sub(" ", target)
    if "아니" in target and not _EN_ORDINARY.search(source):
        target = _KO_NOT_ORDINARY.sub(" ", target)
    if '"' in source or "“" in source:
        source, target = _QUOTED.sub(" ", source), _KO_QUOTED.sub(" ", target)
    if _EN_DOUBLE_NEGATION.search(source):
        return []
    if _EN_BOTH_WAYS.search(source) and _KO_BOTH_WAYS.search(target):
        source = _EN_BOTH_WAYS.sub(" ", source)  # "with and without caching": 켠 상태와 끈 상태
    negations = _english_negations(source)
    idiom_negated = False
    if negations and ctx is not None and ctx.idioms is not None:
        # A negated idiom rendered as approved without a negation says it positively: "Not
        # a great look" is 모양 빠지죠. Its "not" is not for the Korean to keep.
        positive = [match.span() for _, match, form in ctx.idioms.rendered_in(source, target)
                    if not korean_negated(form, ctx)]
        if positive:
            source = without_spans(source, positive)
            # The idiom's own "not" may be said by the words around its Korean rendering:
            # "can't have your cake and eat it" -> 두 마리 토끼를 다 잡을 순 없죠.
            idiom_negated = bool(negations) and not _english_negations(source)
            negations = _english_negations(source)
    short = len(source.split()) < 5
    stranded = _NEGATIVE_POLARITY.search(target)
    source_negated = bool(negations)
    # Analysed only when it matters (most cues: no negation on either side).
    if (negations == {"not"} and _EN_CONTRAST_NOT.search(source)
            and _KO_CONTRAST.search(target)):
        return []
    if source_negated and _said_by_meaning(negations, source, target):
        return []
    can = _cannot_said_can(source, target) if source_negated else None
    if can:
        return can
    partial = _EN_PARTIAL.search(source) if source_negated else None
    if partial and not _KO_PARTIAL.search(target) and korean_negated(target, ctx):
        said = re.sub(r"n't\b", "not", partial.group().lower())
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        f'the English says "{said}" (only sometimes, or only some); the '
                        "cue's negation has no 항상, 꼭 or 모두 and says never or none",
                        weight=0.6)]
    if source_negated and _EN_DOES_NOT_MEAN.search(source):
        affirmed = _KO_IT_MEANS.search(target)
        if affirmed and not _KO_NOT_MEANT.search(target):
            # "Blameless doesn't mean nobody is accountable" said 아무도 책임지지 않는다는
            # 뜻이에요: the cue's one negation is the inner one, the "doesn't mean" is gone
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'the English says "doesn\'t mean"; the cue says it does mean '
                            f"({affirmed.group()}): the meaning is flipped",
                            span=affirmed.span(), weight=0.75)]
    if source_negated and "without" not in negations:
        target = _KO_WITHOUT_TROUBLE.sub(" ", target)
    if source_negated and _EN_BELOW.search(source):
        target = _KO_SHORT_OF_IT.sub(" ", target)
    if source_negated and _EN_ONLY.search(source):
        # 밖에 안 says the English's "only": the English's "not" needs another negation
        # ("Don't split it, even if your chunks are only 300 tokens" said 300토큰밖에 안
        # 된다면 그에 맞춰 나누세요)
        target = _KO_ONLY_NEGATION.sub(" ", target)
    if (source_negated or stranded) and _korean_says_a_not(source, target, ctx):
        if source_negated:
            # (and a sentence with nothing negative said negated: "Nothing is lost. The
            # decoder can always reassemble it." said … 항상 복원할 수 있는 건 아니에요)
            return (_sentence_by_sentence(source, target, ctx)
                    or _unless_said_as_if(source, target, ctx)
                    or _quality_denied(source, target)
                    or _denied_verb_asserted(source, target, ctx)
                    or _asserted_verb_denied_too(source, target, ctx)
                    or _added_in_a_sentence(source, target, ctx))
        stranded = None  # its negated verb is there
    if source_negated:
        if stranded:
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f"the source is negated but the cue is not: {stranded.group()} "
                            "needs a negated verb, so the negation was dropped",
                            span=stranded.span(), weight=0.9)]
        # "without" is rendered positively as often as not (without losing sleep -> 마음 편히),
        # and "you don't want to" as 피하고 싶다 (want to avoid): alone, these only add to
        # other doubt.
        done = _without_said_done(source, target) if "without" in negations else None
        if done:
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'the English says "without {done[0]}", the cue says it is done '
                            f"first ({done[1]}): the meaning is flipped", weight=0.75)]
        doubt = (negations == {"without"} and not _without_said_with(source, target)
                 or _KO_AVOIDING.search(target) and not _EN_AVOIDING.search(source))
        weight = 0.4 if doubt else 0.62 if short else 0.75
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        "the source is negated but the cue is not: the meaning may be flipped",
                        weight=weight)]
    if stranded:
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        f"{stranded.group()} needs a negated verb and the cue has none: "
                        "a negation was dropped or the sentence is broken",
                        span=stranded.span(), weight=0.7)]
    if idiom_negated:
        return []
    if _KO_AFFIRMING.search(target):
        target = _KO_AFFIRMING.sub(" ", target)
    if not korean_negated(target, ctx, strict=True):
        return (_impossible_said_possible(source, target, ctx)
                or _denying_word_dropped(source, target, ctx))
    if _EN_MORE_THAN_CAN.search(source):
        return []  # "more than one H100 can hold" is what it cannot hold: 다 들어가지 않는
    cannot = _korean_cannot(target)
    # ("more than I can count" and "more than we could chew" are said with a cannot)
    if cannot and _EN_CAN.search(_EN_MORE_THAN_CAN.sub(" ", source)):  # no doubt then
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        f"the English says it can, the cue says it cannot "
                        f"({cannot.group()}): the meaning is flipped",
                        span=cannot.span(), weight=0.75)]
    # A negation word in a phrase Korean usually says plainly ("if not", "not only") may
    # still be said with a negation: 사람이 아니라면 for "if not humans". An idiom may mean
    # a negation: "the elephant in the room" is the problem nobody mentions (꺼내지 않는).
    meant = source
    if ctx is not None and ctx.idioms is not None:
        meant += "".join(f" {entry.note}" for entry, _ in ctx.idioms.entries_in(source))
    if _EN_NOTHING_COMPARED.search(meant) and not _KO_NOTHING.search(target):
        # "nothing compared with" says "trivial", no "not": "$40 a day, which is nothing
        # compared with an outage" said 결코 적은 금액이 아니에요 turns it round
        meant = _EN_NOTHING_COMPARED.sub(" ", meant)
    plain = not _negative_meaning(meant, target) and not _EN_NEGATION.search(meant)
    # (the same words whether the English has a negative word in another clause or none, so
    # that a finding stands when a neighbour's English is read with it)
    denial = (_asserted_verb_denied(source, target)
              if not plain or _translated_verb_denied(source, target) else None)
    if denial:
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        f'the English says "{denial[0]}", the cue denies it ({denial[1]}): '
                        "the meaning may be flipped", weight=0.7)]
    if plain and _idiom_said_with_a_negation(source, target, ctx):
        return []
    if plain:
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        "the cue is negated but the source is not: the meaning may be flipped",
                        weight=_added_negation_weight(source, target))]
    added = _added_in_a_sentence(source, target, ctx)
    if added:
        return added
    denied = _KO_QUALITY_DENIED.search(target)
    if denied and not _EN_NEGATION.search(meant) and _quality_asserted(source):
        # "Question marks are rare, but they matter a lot" said 그다지 중요하지 않아요: the
        # English's negative word ("rare") is said of something else
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        f"the English says it plainly, the cue denies it ({denied.group()}): "
                        "the meaning may be flipped", span=denied.span(), weight=0.6)]
    return []


_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\b(?:but|and|while|whereas)\b", re.IGNORECASE)


# "Whether that's worth it depends on your traffic. At 50 QPS, it usually is."
_EN_ELLIPTICAL = re.compile(r"\b(?:it|that|this|they|he|she|we|you)\s+(?:\w+ly\s+)?(?:is|are|was|"
                            r"were|does|do|did|will|would|can|could|has|have)\s*[.!]?$",
                            re.IGNORECASE)


def _added_in_a_sentence(source: str, target: str, ctx) -> list[Finding]:
    """Where both sides say the same number of sentences, a Korean sentence negated whose
    English says nothing negative, though another English sentence does: "unless your server
    supports prefix caching. vLLM does, but you have to turn it on." said ... 따로 켤
    필요도 없어요."""
    for said, rendered in _sentence_pairs(source, target):
        if (not _negative_meaning(said, rendered) and not _EN_NEGATION.search(said)
                and korean_negated(rendered, ctx, strict=True)
                and not _KO_AFFIRMING.search(rendered)):
            weight = _added_negation_weight(said, rendered)
            if _EN_ELLIPTICAL.search(said):  # "it usually is" says the sentence before it
                weight = max(weight, _added_negation_weight(source, rendered))
            if weight >= 0.6:  # (only the readings that leave little doubt)
                return [Finding(NAME, "accuracy/mistranslation", "major",
                                f'"{said}" says nothing negative, but its Korean sentence is '
                                "negated: the meaning may be flipped", weight=weight)]
    return []


# "Out" in a phrase that says nothing negative: "supports it out of the box", "figure out",
# "roll out" (a Korean negation renders none of them).
_EN_OUT_POSITIVE = re.compile(
    r"\bout[- ]of[- ]the[- ]box\b|\b(?:figur|carr|check|turn|point|find|found|tr|roll|scal|"
    r"stand|work|lay|laid|spell|sort|print|map|reach|help|fill|hand|spread|test|pick|sound|"
    r"reason|think|watch|look)\w* out\b", re.IGNORECASE)
# "Only four" is 4건밖에 안 돼요 as often as 4건뿐이에요; without 밖에 the "only" explains no
# negation ("only four were real regressions" said 회귀가 아니었던 건 4건뿐).
_EN_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
_KO_ONLY_NEGATED = re.compile(r"밖에")
_KO_ONLY_NEGATION = re.compile(r"밖에\s?(?:안|못)\s?[가-힣]*|밖에\s?없[가-힣]*")


def _negative_meaning(english: str, korean: str) -> bool:
    """Whether the English has a word a Korean negation may render ("fail", "only", "few")."""
    english = _EN_OUT_POSITIVE.sub(" ", english)
    if not _KO_ONLY_NEGATED.search(korean):
        english = _EN_ONLY.sub(" ", english)
    if _EN_UNCHANGING.search(english) and _KO_UNCHANGED_DENIED.search(korean):
        return True  # "a stable prefix" is 변하지 않는 prefix
    if any(en.search(english) and ko.search(korean) for en, ko in _SAID_WITH_A_DENIAL):
        return True
    return bool(_EN_NEGATIVE_MEANING.search(english))


# Words Korean says with a denial of their opposite, and only that denial renders them: "one
# cheap trick" is 돈 안 드는 요령, "remember to apply" 적용하는 걸 잊지 마세요, "memorably"
# 잊지 못할 ("five times cheaper" said 품질 저하도 전혀 없었어요 adds a claim).
_SAID_WITH_A_DENIAL = [
    (re.compile(r"\bcheap\w*", re.IGNORECASE),
     re.compile(r"(?:돈|비용)(?:이|은|도)?\s?(?:안|별로 안|거의 안|들지 않|하나 안)")),
    (re.compile(r"\b(?:remember\w*|memorabl\w*|unforgettabl\w*|remind\w*)", re.IGNORECASE),
     re.compile(r"잊지|잊을 수(?:가)? 없|잊으면 안")),
]


# Words Korean says as "not changing"; only that denial renders them (불안정 for "stable"
# is still a flip).
_EN_UNCHANGING = re.compile(r"\b(?:stable|steady|constant|fixed|static|frozen|immutable|"
                            r"unchanged|invariant|permanent)\b", re.IGNORECASE)
_KO_UNCHANGED_DENIED = re.compile(r"(?:변하|바뀌|달라지)지\s?(?:는\s?)?않|안 (?:변하|바뀌|달라지)")


# Qualities the English may assert in one clause while it denies another ("necessary, but
# not sufficient"), with the Korean stem that says each.
_QUALITY_STEMS = [
    (re.compile(r"\b(?:necessary|needed|required|essential|mandatory)\b", re.IGNORECASE),
     "필요|필수"),
    (re.compile(r"\b(?:sufficient|enough)\b", re.IGNORECASE), "충분"),
    (re.compile(r"\b(?:important|crucial|critical)\b", re.IGNORECASE), "중요"),
    (re.compile(r"\b(?:possible|feasible)\b", re.IGNORECASE), "가능"),
    (re.compile(r"\b(?:safe)\b", re.IGNORECASE), "안전"),
    (re.compile(r"\b(?:useful|helpful)\b", re.IGNORECASE), "유용|도움이 되|도움 되"),
]


def _denial_of(stem: str) -> re.Pattern:
    return re.compile(rf"(?:{stem})(?:하|한|할|해|적이|적인)?(?:지|진)\s?(?:는|도|가)?\s?(?:않|못)|"
                      rf"(?:{stem})(?:한|할|하는|적인|인)?\s?(?:건|게|것은|거는|것이)\s?(?:꼭\s)?아니|"
                      rf"(?:{stem})(?:는|은|이|가|도)?\s?없")


_QUALITY_DENIALS = [(english, _denial_of(stem)) for english, stem in _QUALITY_STEMS]


def _negative_before(source: str, m: re.Match) -> bool:
    """Whether one of the three words of its clause before `m` looks negative ("rarely
    matters")."""
    clause = _CLAUSE_BREAK.split(source[:m.start()])[-1]
    return bool(_EN_NEGATIVE_MEANING.search(" ".join(clause.split()[-3:])))


def _denied_in_english(source: str, m: re.Match) -> bool:
    """A negative-looking word just before `m`, or a negation anywhere in its clause."""
    return _negative_before(source, m) or bool(
        _EN_NEGATION.search(_CLAUSE_BREAK.split(source[:m.start()])[-1]))


def _quality_denied(source: str, target: str) -> list[Finding]:
    """A quality the English asserts in one clause that the Korean denies, where the English
    denies something else: "offline evals are necessary, but they're not sufficient" said 꼭
    필요한 건 아니고, 그것만으로 충분하지도 않아요."""
    for english, denial in _QUALITY_DENIALS:
        said = list(english.finditer(source))
        if not said or any(_denied_in_english(source, m) for m in said):
            continue  # (denied in English too: "may not be very important, but ...")
        denied = denial.search(target)
        if denied:
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'the English says "{said[0].group()}"; the cue denies it '
                            f"({denied.group()}): the meaning is flipped",
                            span=denied.span(), weight=0.65)]
    return []


def _quality_asserted(source: str) -> bool:
    """Whether the English asserts a quality (_EN_QUALITY) with no negative-looking word in
    the three words of its clause before it ("rarely matters" does not)."""
    return any(not _negative_before(source, m) for m in _EN_QUALITY.finditer(source))


# English words negative by a prefix or suffix (unstructured, harmless): Korean renders them
# with a prefix of its own (비정형, 무해), which then says nothing of the English "not".
_EN_AFFIXED_NEGATIVE = re.compile(r"\b(?:un\w{4,}|non-?\w{4,}|\w{3,}less)\b", re.IGNORECASE)


def _korean_says_a_not(source: str, target: str, ctx: CheckContext | None) -> bool:
    """Whether the Korean has a negation that can render the English's "not"."""
    if not korean_negated(target, ctx):
        return False
    return korean_negated(target, ctx, strict=True) or not _EN_AFFIXED_NEGATIVE.search(source)


_EN_NOT_WANT = re.compile(r"\b(?:do|does|did)(?:n't|n’t| not)\s+(?:\w+\s+)?(?:want|like|enjoy)\b",
                          re.IGNORECASE)
_KO_UNWILLING = re.compile(r"싫|꺼리|꺼려|내키지")


# A double negative, "wouldn't be possible without you", thanks someone: 여러분 덕분이에요,
# 빌 씨가 계셔서 지금의 클럽이 있어요.
_EN_NOT_WITHOUT = re.compile(r"(?:\b(?:not|none|no|never|nothing|nobody)|n['’]t)\b[^.!?]*?"
                             r"\bwithout\b", re.IGNORECASE)
# (and "won't be the same without you" misses you: 허전할 거예요, 그리울 거예요)
_KO_THANKS_TO = re.compile(r"덕분|덕에|덕택|계셔서|계시기에|있었기에|있었기 때문|"
                           r"없었다면|없었으면|없이는|허전|그리울|그리워|빈자리")
# ... and "never has trouble doing it" does it easily
_EN_NO_TROUBLE = re.compile(r"(?:\b(?:not|no|never)|n['’]t)\b(?:\s\w+){0,3}?\s(?:any |much )?"
                            r"(?:trouble|difficulty|problem|issue)s?\b", re.IGNORECASE)
_KO_EASILY = re.compile(r"수월|쉽게|쉽|무난|거뜬|손쉽|척척|문제없|문제 없")
# "Never missed a day" says "always there": an "always" word and not the failing verb itself
# (a Korean that keeps 건너뛰 for "never skip" turned it round).
_EN_NEVER_FAILED = re.compile(r"(?:\bnever|\bnot(?: once)?|n['’]t)\b[^.!?]*?\b(?:miss(?:ed|es)?|"
                              r"fail(?:ed|s)?|forg[eo]t\w*|skip(?:ped|s)?|dropp?(?:ed|s)?|"
                              r"gave up|give up|given up|let (?:\w+ )?down|quit|"
                              r"complain(?:ed|s)?|grumbl(?:ed|es)?|moan(?:ed|s)?|giving up|"
                              r"r[au]n out|running out)\b",
                              re.IGNORECASE)
_KO_ALWAYS_DID = re.compile(r"늘|항상|언제나|한결같이|빠짐없이|꼬박꼬박|끝까지|어김없이|전부|모두|"
                            r"묵묵히|군말 없이|불평 (?:한마디 )?없이|내내|넉넉")
_EN_NOT_EASY = re.compile(r"(?:\bnot|n['’]t) (?:\w+ )?(?:easy|simple|a walk in the park)\b",
                          re.IGNORECASE)
_KO_HARD = re.compile(r"힘들|힘드|힘든|어렵|어려|고생|만만치|녹록")
_EN_NEVER_SEEN = re.compile(r"\bnever (?:\w+ )?(?:seen|heard|met|tried|used|been|held|done|played|"
                            r"happened|"
                            r"touched|made|had|driven|ridden|cooked|flown|sung|won|written|"
                            r"climbed|visited|owned|built|caught|sailed|thrown|set foot)\b|"
                            # ("has never laughed so much in her life": 이렇게 웃어 보긴 처음)
                            r"\bnever\b[^.!?]*\b(?:so (?:much|hard|many)|in (?:my|her|his|their|"
                            r"our|your) (?:whole )?life)\b|"
                            r"n['’]t (?:\w+ )?(?:seen|heard) (?:\w+ )?before\b", re.IGNORECASE)
_KO_FIRST_TIME = re.compile(r"처음|생전|난생")
_EN_NOBODY_THOUGHT = re.compile(r"\b(?:nobody|no one) (?:ever )?(?:thought|believed|expected|"
                                r"imagined|dreamed)\b", re.IGNORECASE)
_KO_HARD_OR_IMPOSSIBLE = re.compile(r"어렵|어려울|힘들|불가능|무리|못 할|못할")
_EN_NOT_DISAPPOINTED = re.compile(r"(?:\bnot|n['’]t) (?:\w+ )?(?:disappoint|let (?:\w+ )?down)\w*",
                                  re.IGNORECASE)
_KO_PLEASED = re.compile(r"마음에 드|만족|기대에 부응|흡족|기뻐")
_EN_NO_MORE = re.compile(r"\bno more \w+ing\b", re.IGNORECASE)
_KO_OVER = re.compile(r"끝이|끝났|끝나|그만|안녕")
# A verbless "not in X, and not during Y" goes on with the sentence before it
_EN_NOT_DURING = re.compile(r"\A\s*(?:and |or )?not (?:even )?(?:in|during|on|at|after|when|"
                            r"once)\b", re.IGNORECASE)


def _verb_said(source: str, target: str) -> bool:
    """Whether the cue says the Korean of a verb the English denies (건너뛰 for "skip")."""
    return any(re.search(ko, target) for ko, en in VERBS if en.search(source))


# "Nobody does it better than you" says you do it best: 최고, 가장, 제일, 누구보다.
_EN_NONE_BETTER = re.compile(r"\b(?:nobody|no one|nothing|none|no \w+)\b[^.!?]*?"
                             r"\b(?:better|more \w+|\w{3,}er)\s+than\b|"
                             # "there's nobody I'd rather have beside me"
                             r"\b(?:nobody|no one)\b (?:I|we)['’]d rather\b|"
                             # "You won't find cheaper!", "nothing came close to his run"
                             r"(?:won['’]t|can['’]t|couldn['’]t|will not|cannot) (?:find|get|buy) "
                             r"(?:\w+ )?(?:better|\w{3,}er)\b|"
                             # "nobody has come close to beating Colin" -> 압도적인 차이로
                             r"\b(?:nothing|nobody|no one|none)\b(?: \w+)? (?:comes?|came) close\b",
                             re.IGNORECASE)
_KO_BEST = re.compile(r"최고|가장|제일|누구보다|무엇보다|단연|압도적")
# "haven't seen this many since 2009" is "the first time since 2009", 이후로 처음 (the
# "since" may open the next cue)
_EN_NOT_SINCE = re.compile(r"\b(?:have|has|had)(?:n['’]t| not)\b|\bnot since\b|"
                           r"\b(?:nobody|no one)\b[^.!?]*\bsince\b", re.IGNORECASE)
# (or the span itself: "hasn't been played in public for over forty years" is 40여 년 만에)
_KO_FIRST_SINCE = re.compile(r"(?:이후|이래|만에)(?:로)?\s?(?:처음|최초)|"
                             r"(?:\d|여|몇|수십)\s?(?:년|개월|달|주|일) 만에")
# A clause left at "X, not so much." denies what the sentence before said of another thing
# ("He's fine. His pride, not so much."): Korean says the opposite word (다쳤지만요).
_EN_NOT_SO_MUCH = re.compile(r",\s*not so much\s*[.!]", re.IGNORECASE)
_KO_CONCEDED = re.compile(r"(?:좀|조금|약간|살짝)\s?[가-힣]+(?:었|았|였|졌|쳤|났)|(?:지만|는데)요?\s*[.!]?\s*$")


# A verbless "Not a small X." says "a big X": Korean says the other adjective, no negation.
_EN_LITOTES = re.compile(r"(?:^|[.!?]\s+)Not (?:a|an) (?:cheap|small|minor|trivial|easy|short|"
                         r"quick|tiny|light|low|simple|modest)\b[^.!?,;]*[.!?]|"
                         # "That is not small change, ladies and gentlemen." (정말 큰돈)
                         r"(?:^|[.!?]\s+)(?:That|This|It)(?: i|['’])s not (?:a )?(?:small|cheap|"
                         r"minor|trivial)\b[^.!?;]*[.!?]")
# "so that they didn't have to" is said "in their place", 대신
_EN_SPARED = re.compile(r"(?:n['’]t|\bnot) (?:have|need) to\b", re.IGNORECASE)
_KO_INSTEAD = re.compile(r"대신")
# (but not where the cue says "must": "blocks don't have to sit next to each other" said
# 붙어 있어야 해요 is the very flip, whatever 대신 a neighbour says)
_KO_MUST = re.compile(r"(?:어|아|여|해|봐|와|줘|워|춰|둬|져|써|꿔|겨|러)야\s?(?:해|하|돼|되|됩|합|했|할)")
_EN_NOT_BAD = re.compile(r"\bnot (?:a |too |half |that |so )?(?:bad|shabby)\b", re.IGNORECASE)
_KO_GOOD = re.compile(r"괜찮|좋(?:은|아|네|죠|다|습)|훌륭|쏠쏠|남는 장사|이득")


_EN_NOT_CHANGED = re.compile(r"(?:\bnot|n['’]t) (?:change|changed|shift|shifted|move|moved|drift|"
                             r"budge|go up|go down|rise|fall)\b|\bno change\b|"
                             r"\b(?:shift|change|drift|move)\w*\b[^.!?]*\b(?:did|does|do|has|have|"
                             r"will|wo)n['’]t\b(?!\s+\w+ing\b)", re.IGNORECASE)
# "She never panicked. Not when the prototype ..., and not when ..." -> ... 때도, ... 때도요.
_EN_NOT_EVEN_WHEN = re.compile(r"\bnot (?:even )?(?:when|if|after|once)\b", re.IGNORECASE)
_EN_CHANGED = re.compile(r"\b(?:dropped|fell|rose|increased|decreased|improved|grew|shrank|"
                         r"doubled|halved|went (?:up|down)|changed|changes)\b", re.IGNORECASE)
_KO_CHANGE_DENIED = re.compile(r"(?:(?:떨어|올라|늘어|줄어|높아|낮아|좋아|나빠|커|작아)지|바뀌|변하|변경되)"
                               r"지\s?(?:는|도)?\s?않")
_EN_ALWAYS = re.compile(r"\b(?:always|every time|invariably|without exception)\b", re.IGNORECASE)
_KO_NOT_ALWAYS = re.compile(r"(?:항상|늘|언제나|꼭|반드시|매번)[^.?!]{0,20}(?:건|게|것은|거는)\s?아니")
_EN_MORE_THAN_THOUGHT = re.compile(r"\bmore (?:often )?than (?:you|we|people|most people)"
                                   r"(?:['’]d| would)? (?:think|expect|imagine)", re.IGNORECASE)
_KO_NOT_AS_THOUGHT = re.compile(r"생각(?:만큼|했던 것만큼|하는 것만큼)[^.?!]{0,20}(?:않|없|아니)")
# "not every" is Korean's 모든 ... 지는 않다 or 모두 ... 건 아니다
_EN_EVERY = re.compile(r"\b(?:every|all|each)\b", re.IGNORECASE)
_KO_NOT_EVERY = re.compile(r"(?:모든|모두|전부|다들)[^.?!]{0,24}(?:지는\s?않|(?:건|게|것은|거는)\s?아니)")
# "Is that healthy? Hardly." said 건강에 좋냐고요? 별로요.
# ("Bus duty in February? Hardly." said 설마요)
_KO_NOT_REALLY = re.compile(r"(?<![가-힣])(?:별로(?:요|죠)|설마(?:요)?)(?![가-힣])|"
                            r"(?:ㄹ|을|일) 리가(?:요|\s?있)|[가-힣] 리가요")  # 그랬을 리가요
# "Hardly a champion" said 챔피언감과는 거리가 멀었지만
_KO_FAR_FROM = re.compile(r"거리가\s?(?:멀|먼)")
_EN_NOTHING_COMPARED = re.compile(r"\bnothing (?:compared|next to)\b", re.IGNORECASE)
_KO_NOTHING = re.compile(r"아무것도 아니|별것 아니|별거 아니|아무 것도 아니")
_EN_DOES_NOT_MEAN = re.compile(r"\b(?:does|do|did|will|would)(?:n['’]t| not) (?:\w+ )?mean\b",
                               re.IGNORECASE)
_KO_IT_MEANS = re.compile(r"(?:뜻|의미|말)(?:이에요|이예요|입니다|이죠|이지요|이다|인 거예요|인 겁니다)")
_KO_NOT_MEANT = re.compile(r"(?:뜻|의미|말|건|것은|게|거)\s?(?:은|는|이|가)?\s?(?:아니|아닙|아닌)")
_EN_NOT_ENOUGH = re.compile(r"(?:\bnot|n['’]t) (?:\w+ ){0,2}enough\b", re.IGNORECASE)
_KO_SHORT_OF = re.compile(r"부족|모자라|모자란|모자랄|모자랍|못 미치")
# "neither is X" / "nor does Y": the negation before it said again, which Korean says with
# 마찬가지 ("likewise")
_EN_NEITHER_IS = re.compile(r"\b(?:neither|nor) (?:is|are|was|were|do|does|did|can|could|"
                            r"will|would|has|have|had|should|am)\b", re.IGNORECASE)
# A sentence that answers no by a reason ("Not when Margaret has baked 140 scones"), which
# Korean gives as the reason itself (구우셨는데요, "given that she has baked")
_EN_NOT_WHEN_ANSWER = re.compile(r"\A\W*not (?:when|with|after|since|now that|while)\b",
                                 re.IGNORECASE)
_KO_GIVEN_THAT = re.compile(r"(?:는데|은데|ㄴ데|니까|잖아)요?[.!?…\s]*$")
_EN_NOT_YET = re.compile(r"(?:\bnot|n['’]t)\b[^.!?]*\byet\b", re.IGNORECASE)
# (and "we're not there yet" is 아직 목표까지 남았지만: what is left)
_KO_TOO_EARLY = re.compile(r"(?:기|긴|기엔|기에는)\s(?:아직\s)?(?:일러|이르|이릅|이른)|"
                           r"아직\s(?:[가-힣]+\s){0,2}?(?:남았|남아|멀었|멀어|갈 길이)")
_EN_NOT_BLAME = re.compile(r"(?:\bnot|n['’]t) (?:really |entirely )?blame\b", re.IGNORECASE)
_KO_UNDERSTOOD = re.compile(r"이해(?:가 )?(?:돼|되|가|해|할|합)|그럴 만|그럴 수도 있|무리(?:도|가) 아니")
_KO_LIKEWISE = re.compile(r"마찬가지|여전히|그래도|때도|에도요|어도요|해도요|조차")
_KO_UNCHANGED = re.compile(r"그대로|변함없|변하지 않|바뀌지 않|안 바뀌|똑같|동결")
# "X won't do Y unless Z" is "X does Y only when Z": (경우|때)에만
_EN_UNLESS = re.compile(r"\bunless\b(?!\s+otherwise)", re.IGNORECASE)
_KO_ONLY_WHEN = re.compile(r"(?:경우|때)에?만|(?:해|어|아)야만")
# "Margaret has never been one for fuss" -> 요란한 건 질색하시는
_EN_NEVER_ONE_FOR = re.compile(r"\bnever (?:been|was|is) (?:one|much) for\b|"
                               r"\b(?:is|was|am|are)n['’]t (?:one|much) for\b", re.IGNORECASE)
_KO_DISLIKED = re.compile(r"질색|싫어하|꺼리|꺼려|별로 안 좋아")
# "Nobody was hurt" -> 다들 무사했어요
_EN_NOBODY_HURT = re.compile(r"\b(?:nobody|no one|none of (?:us|them))\b (?:was|were|got|is|has been) "
                             r"(?:\w+ )?(?:hurt|injured|harmed)\b", re.IGNORECASE)
_KO_SAFE = re.compile(r"무사|다친 (?:사람|분) 하나 없|멀쩡")
# "who has never once got a sum wrong", "not once did he put a letter through the wrong
# door" -> 늘 칼같이 정확했죠, 언제나 정확히 찾아갔습니다
_EN_NEVER_WRONG = re.compile(r"\b(?:never|not once)\b[^.!?]*\bwrong\b", re.IGNORECASE)
_KO_RIGHT = re.compile(r"정확|틀림없|오차 (?:없|하나)|빈틈없|실수 (?:하나 )?없")
# "I promise I won't keep you long" -> 짧게 끝낼게요
_EN_NOT_LONG = re.compile(r"(?:won['’]t|will not|not) (?:keep|take|be) (?:you )?(?:\w+ )?long\b",
                          re.IGNORECASE)
_KO_SHORT = re.compile(r"짧게|간단히|금방 끝|빨리 끝|길게 (?:안|하지)")
# "A postman doesn't just carry letters" -> 편지 그 이상을 전해 줍니다
_EN_NOT_JUST = re.compile(r"(?:n['’]t|\bnot) (?:\w+ )?(?:just|only|merely|simply)\b", re.IGNORECASE)
_EN_NEVER_ONLY = re.compile(r"\bnever (?:\w+ ){0,2}(?:just|only|merely|simply)\b", re.IGNORECASE)
_KO_MORE_THAN = re.compile(r"그 이상|이상의|이상을|이상이|이상입|뿐(?:만)? 아니라|만이 아니")
# "the one nobody else wanted" -> 다들 마다하던
_EN_NOBODY_WANTED = re.compile(r"\b(?:nobody|no one)\b(?: else)? (?:wanted|wants|liked|likes)\b",
                               re.IGNORECASE)
_KO_REFUSED = re.compile(r"마다하|꺼리|꺼려|싫어하|기피")
# "£1,800 we didn't have to find ourselves" -> 1,800파운드를 아낄 수 있었습니다
_KO_SAVED = re.compile(r"아낄|아꼈|아낀|아끼게|절약|굳었|굳힐")
# "the greenhouse roof won't fix itself" -> 누군가 손을 봐야 합니다
_EN_NOT_BY_ITSELF = re.compile(r"(?:won['’]t|doesn['’]t|will not|does not|can['’]t) "
                               r"(?:\w+ ){1,2}(?:itself|themselves)\b", re.IGNORECASE)
# "Nobody who was there will forget the concert" -> 모두 생생히 기억하실 겁니다
_EN_NOBODY_FORGETS = re.compile(r"\b(?:nobody|no one)\b[^.!?]*\bforget", re.IGNORECASE)
_KO_REMEMBERED = re.compile(r"기억하|기억할|기억나|기억에 남")
# "nobody else understands how" -> 아는 사람은 데릭 씨뿐입니다
_EN_NOBODY_ELSE = re.compile(r"\b(?:nobody|no one) else\b", re.IGNORECASE)
_KO_ONLY_ONE = re.compile(r"뿐(?![가-힣])|뿐이|뿐입|만이|밖에|혼자")
# "nobody ever saw him without his flat cap" -> 언제 봐도 헌팅캡을 쓰고 계셨죠
_EN_NEVER_WITHOUT = re.compile(r"\b(?:nobody|no one|never)\b[^.!?]*\bwithout\b", re.IGNORECASE)
_KO_EVERY_TIME = re.compile(r"언제 봐도|언제나|늘|항상|한결같이|어김없이")
# "luckily, you're not leaving" -> 다행히 계속 함께하십니다
_EN_NOT_LEAVING = re.compile(r"(?:n['’]t|\bnot) (?:really )?(?:leaving|going anywhere|retiring)\b",
                             re.IGNORECASE)
_KO_STAYING = re.compile(r"계속 (?:함께|남|계시|일하)|남아 계|남으시|함께하|곁에 (?:계|있|남)")
# "most of the parents weren't even at school yet" -> 학교에 들어가기도 전이었습니다
_KO_BEFORE_IT = re.compile(r"기도 전|전이었|전이던|전이라|전일")
# "I won't tell you what she's on now" -> 지금 시급은 비밀로 하겠습니다
# ("please don't tell him I said that" -> 본인한테 비밀로 해 주십시오)
_EN_WONT_TELL = re.compile(r"(?:won['’]t|will not|not going to|let['’]s not|don['’]t|do not) "
                           r"(?:tell|say|reveal|share|"
                           r"talk about|go into|get into)\b", re.IGNORECASE)
_KO_SECRET = re.compile(r"비밀|밝히지 않|말씀드리지 않|말하지 않|공개하지 않|넘어가|생략")
# "Nobody has managed it yet" -> 아직까지는 전원 실패입니다
_EN_NOBODY_MANAGED = re.compile(r"\b(?:nobody|no one)\b[^.!?]*\b(?:managed|succeeded|pulled it off|"
                                r"done it|cracked it)\b", re.IGNORECASE)
_KO_FAILED = re.compile(r"실패|못 했|못했|성공한 (?:사람|분)(?:이|은) 없")
# "you're no good at speeches" -> 연설은 질색이라고; "be careful not to make them too strict"
# -> 너무 엄격하게 만들면 … 조심하세요
_EN_NO_GOOD_AT = re.compile(r"\bno good at\b|\bnot (?:very )?good at\b", re.IGNORECASE)
_KO_BAD_AT = re.compile(r"질색|서툴|소질이 없|자신이 없|못하|잘 못")
_EN_CAREFUL_NOT = re.compile(r"\b(?:careful|take care|be sure) not to\b", re.IGNORECASE)
_KO_CAREFUL = re.compile(r"조심|주의하|유의하")
# "a man who needs no introduction" -> 모두가 잘 아는 분
_EN_NO_INTRODUCTION = re.compile(r"\bneeds? no introduction\b", re.IGNORECASE)
_KO_WELL_KNOWN = re.compile(r"잘 아는|잘 아시는|모르는 (?:분|사람)(?:이|은) 없|소개가 필요 없|유명한")
# "Walt is not a man of many words" -> 말수가 적은 분
_EN_FEW_WORDS = re.compile(r"\bnot (?:a|one) (?:man|woman|person|one) of many words\b",
                           re.IGNORECASE)
_KO_QUIET = re.compile(r"말수가 적|과묵|말이 없")
# "who have never finished lower than fourth" -> 매번 4위 안에 든
_EN_NEVER_BELOW = re.compile(r"\bnever (?:\w+ )?(?:lower than|below|worse than|outside)\b",
                             re.IGNORECASE)
_KO_WITHIN = re.compile(r"안에|이내|이상|매번|늘|항상|변함없이")
# "Walt didn't push him. He just gave him small jobs" -> 재촉하는 대신 작은 일을 맡기셨습니다
_EN_NOT_THIS_JUST_THAT = re.compile(r"n['’]t [^.!?]*[.!?]\s+(?:\w+ )?(?:just|only|simply)\b",
                                    re.IGNORECASE)
# "Marcus isn't the only one" -> 그 밖에도 수십 개가 넘습니다
_EN_NOT_THE_ONLY = re.compile(r"(?:n['’]t|\bnot) the only\b", re.IGNORECASE)
_KO_BESIDES = re.compile(r"그 밖에도|말고도|외에도|뿐만 아니라|뿐 아니라")
# "We couldn't fit everyone's name on the front" -> 이름이 앞면에 넘쳐서
_EN_COULDNT_FIT = re.compile(r"(?:couldn['’]t|can['’]t|could not|cannot|didn['’]t) fit\b",
                             re.IGNORECASE)
_KO_OVERFLOWING = re.compile(r"넘쳐|넘치|모자라|부족")
# "has never, not once, been on time" -> 한결같이 지각하셨습니다; "never been late" -> 늘
# 제일 먼저 와 계셨습니다
_EN_NEVER_ON_TIME = re.compile(r"\bnever\b[^.!?]*\bon time\b", re.IGNORECASE)
_KO_LATE = re.compile(r"지각|늦")
_EN_NEVER_LATE = re.compile(r"\bnever (?:\w+ ){0,2}late\b|\bnot once\b[^.!?]*\blate\b",
                            re.IGNORECASE)
_KO_EARLY = re.compile(r"먼저 와|일찍|제시간|제때|정시|시간을 (?:칼같이 )?지키|시간을 (?:칼같이 )?지켰")
# "a kettle that never worked" -> 늘 고장 나 있던
_EN_NEVER_WORKED = re.compile(r"(?:\bnever|n['’]t) (?:\w+ )?work(?:ed|s)?\b", re.IGNORECASE)
_KO_BROKEN = re.compile(r"고장|먹통|망가져|망가진")
# "couldn't swim a width" -> 건너는 것조차 버거워했습니다
_EN_CANNOT = re.compile(r"(?:couldn['’]t|can['’]t|could not|cannot)\b", re.IGNORECASE)
_KO_HARD_TO_DO = re.compile(r"버거|벅차|엄두|힘들|어렵|어려워")
# "recall still wasn't great" -> recall이 여전히 별로였어요
_EN_NOT_GREAT = re.compile(r"(?:n['’]t|\bnot) (?:that |so |very |all that )?(?:great|good|ideal|"
                           r"pretty|stellar|impressive)\b", re.IGNORECASE)
_KO_SO_SO = re.compile(r"별로(?!\s?(?:안|않|없|못))|시원찮|신통치|그저 그|그냥 그래|아쉬웠|아쉬운 수준")


@dataclass(frozen=True)
class _SaidByMeaning:
    """One way Korean says an English negation without one: the English's negation words
    (all of them among `words`, or exactly `words`), what the English says around them, and
    the Korean word of the opposite meaning that says it."""
    words: frozenset[str] | None  # None: any negation word
    english: re.Pattern | None  # None: the words alone decide
    korean: re.Pattern | None  # None: the English alone decides
    exactly: bool = False
    unless: Callable[[str, str], bool] | None = None  # (source, target): not when this holds

    def says(self, negations: set[str], source: str, target: str) -> bool:
        if self.words is not None and not (negations == self.words if self.exactly
                                           else negations <= self.words):
            return False
        return ((self.english is None or self.english.search(source) is not None)
                and (self.korean is None or self.korean.search(target) is not None)
                and not (self.unless and self.unless(source, target)))


def _several_negations(source: str, target: str) -> bool:
    return english_negation_count(source) > 1


# "They didn't win a single match until February" -> 2월이 돼서야 첫 승을 거뒀죠
_EN_NOT_UNTIL = re.compile(r"(?:n['’]t|\bnot|\bnever)\b[^.!?]*\buntil\b", re.IGNORECASE)
_KO_ONLY_THEN = re.compile(r"(?:서|에)야(?=\s|$|[,.!?])")
# "your users won't stick around" -> 금방 떠나 버릴 거예요
_EN_NOT_STAY = re.compile(r"(?:n['’]t|\bnot|\bnever) (?:\w+ )?(?:stick around|stay|hang around|"
                          r"stick with|come back)\b", re.IGNORECASE)
_KO_LEAVE = re.compile(r"떠나|떠날|떠난|이탈|등을 돌|발길을 끊")
# "The coach trip to Blackpool doesn't count" -> 블랙풀 버스 여행은 빼고요
_EN_NOT_COUNT = re.compile(r"(?:n['’]t|\bnot) count\b", re.IGNORECASE)
_KO_LEFT_OUT = re.compile(r"빼고|빼면|빼야|제외|치지|안 쳐")
# "No experience needed." -> 경험 무관.
_EN_NO_NEED = re.compile(r"\bno (?:\w+ ){1,2}(?:needed|required|necessary)\b", re.IGNORECASE)
_KO_NO_MATTER = re.compile(r"무관|상관없|상관 없|불필요|불문")
# "16 gigabytes you don't have to hold" -> 16GB 덜 들고 있어도 되는
_EN_NOT_HAVE_TO = re.compile(r"(?:n['’]t|\bnot|\bno) (?:have|need|has) to\b", re.IGNORECASE)
_KO_LESS = re.compile(r"(?<![가-힣])덜(?![가-힣])")
# "Nobody has improved that much in a single season." -> 이만큼 는 분은 처음이에요
_EN_NOBODY_EVER_HAS = re.compile(r"\b(?:nobody|no one|no \w+) (?:has|had|have) (?:ever )?\w+ed\b",
                                 re.IGNORECASE)
# "nobody in this room expected that" -> 모든 분이 놀라셨을 겁니다
_EN_NOBODY_EXPECTED = re.compile(r"\b(?:nobody|no one)\b[^.!?]*\b(?:expected|saw (?:it|that) "
                                 r"coming|predicted|guessed)\b", re.IGNORECASE)
_KO_SURPRISED = re.compile(r"놀라|놀랐|뜻밖|예상 밖|의외|깜짝")
# "pretending not to notice when we stayed" -> 눈감아 주셔서
_EN_NOT_NOTICE = re.compile(r"\bnot to (?:notice|see|hear)\b", re.IGNORECASE)
_KO_LOOKED_AWAY = re.compile(r"눈감|눈을 감|모른 척|못 본 척|못 들은 척|넘어가")
# "I'm not exaggerating." -> 정말입니다.
_EN_NOT_EXAGGERATING = re.compile(r"(?:n['’]t|\bnot) (?:exaggerating|kidding|joking|lying|"
                                  r"making (?:this|it) up)\b|\bno (?:lie|joke|kidding)\b",
                                  re.IGNORECASE)
_KO_TRULY = re.compile(r"정말|진짜|참말|진심|사실이|사실입")
# "Steve hasn't stopped talking about it since." -> 입만 열면 그 얘기입니다
_EN_NOT_STOPPED = re.compile(r"(?:n['’]t|\bnot|\bnever) stopp?(?:ed)? \w+ing\b", re.IGNORECASE)
_KO_ON_AND_ON = re.compile(r"계속|내내|줄곧|입만 열면|끊임없이|틈만 나면|노상")
# "Nobody got question twelve right" -> 전원이 틀렸는데
_EN_NOBODY_RIGHT = re.compile(r"\b(?:nobody|no one)\b[^.!?]*\b(?:right|correct)\b",
                              re.IGNORECASE)
_KO_WRONG = re.compile(r"틀렸|틀린|틀려|오답|못 맞")
# "One or two dropped tokens won't hurt you." -> 괜찮아요; "don't worry if your first crop is
# a disaster" -> 망쳐도 괜찮습니다
_EN_NO_HARM = re.compile(r"(?:won['’]t|wouldn['’]t|doesn['’]t|don['’]t|will not|does not) "
                         r"(?:hurt|harm|matter)\b|\bdon['’]t worry\b", re.IGNORECASE)
_KO_FINE = re.compile(r"괜찮|문제없|문제가 없|상관없|지장 없")
# "..., not once did you raise your voice. Well, not once in rehearsal." -> 연습 시간에는요;
# "... never missed. Not even the week his grandson was born" -> 손자가 태어난 그 주에도요:
# a fragment that goes on with the sentence before it, negation and all
_EN_NOT_EVEN_FRAGMENT = re.compile(
    r"^\W*(?:(?:well|and|but|or|oh),?\s+)?not (?:even|once)\b"
    r"(?! (?:did|does|do|has|have|had|was|were|is|are|will|would|could)\b)", re.IGNORECASE)
_KO_EVEN_THEN = re.compile(r"(?:에|때|서|날|주|도)(?:도|는)요?\W*$")

_EN_NOT_TRUST = re.compile(r"(?:n['’]t|\bnot) (?:really |fully |quite )?(?:trust|believe)\b",
                           re.IGNORECASE)
_KO_DOUBT = re.compile(r"믿기 (?:어려|힘들)|미덥|의심스러|의심이 (?:들|가)")
_NOT = frozenset({"not", "n't"})
_NEVER = frozenset({"never", "not", "n't"})
_SAID_BY_MEANING = [
    # "hardly a gray area" -> 애매한 영역이라고 보기 어려워요, "Hardly." -> 그랬을 리가요
    _SaidByMeaning(frozenset({"hardly", "scarcely"}), None, _KO_HARD_TO),
    _SaidByMeaning(frozenset({"hardly", "scarcely"}), None, _KO_NOT_REALLY),
    _SaidByMeaning(frozenset({"hardly", "scarcely"}), None, _KO_FAR_FROM),
    # "don't want to do the boring part" -> 지루한 작업을 하기 싫은
    _SaidByMeaning(_NOT, _EN_NOT_WANT, _KO_UNWILLING),
    # "even if the data didn't (shift)" -> 데이터는 그대로여도
    _SaidByMeaning(_NEVER, _EN_NOT_CHANGED, _KO_UNCHANGED),
    # "I haven't seen this many people since 2009" -> 2009년 이후로 처음이에요
    _SaidByMeaning(_NEVER, _EN_NOT_SINCE, _KO_FIRST_SINCE),
    # "Nobody has won the league in their debut season since 2006" -> 2006년 이후 처음이에요
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOT_SINCE, _KO_FIRST_SINCE),
    # "He's fine. His pride, not so much." -> 자존심은 좀 다쳤지만요
    _SaidByMeaning(frozenset({"not"}), _EN_NOT_SO_MUCH, _KO_CONCEDED, exactly=True),
    # "and neither is a decent Sicilian" -> 시실리안 디펜스도 마찬가지예요; "subs won't go
    # up. The bad news is, neither will the biscuits" -> 비스킷 수준도 그대로
    _SaidByMeaning(frozenset({"neither", "nor"}), _EN_NEITHER_IS, _KO_LIKEWISE),
    _SaidByMeaning(frozenset({"neither", "nor"}), _EN_NEITHER_IS, _KO_UNCHANGED),
    # "Don't go below 4 bits unless you've measured it" -> 측정한 경우에만 내려가세요
    _SaidByMeaning(_NEVER, _EN_UNLESS, _KO_ONLY_WHEN),
    _SaidByMeaning(_NEVER, _EN_NEVER_ONE_FOR, _KO_DISLIKED),
    _SaidByMeaning(_NOT, _EN_NOT_GREAT, _KO_SO_SO),
    _SaidByMeaning(frozenset({"no"}), _EN_NO_INTRODUCTION, _KO_WELL_KNOWN),
    _SaidByMeaning(_NOT, _EN_FEW_WORDS, _KO_QUIET),
    _SaidByMeaning(_NEVER, _EN_NEVER_BELOW, _KO_WITHIN),
    _SaidByMeaning(_NOT, _EN_NOT_THIS_JUST_THAT, _KO_INSTEAD),
    _SaidByMeaning(_NOT, _EN_NOT_THE_ONLY, _KO_BESIDES),
    _SaidByMeaning(_NOT, _EN_COULDNT_FIT, _KO_OVERFLOWING),
    _SaidByMeaning(frozenset({"never", "not", "once"}), _EN_NEVER_ON_TIME, _KO_LATE),
    _SaidByMeaning(frozenset({"never", "not", "once"}), _EN_NEVER_LATE, _KO_EARLY),
    _SaidByMeaning(_NEVER, _EN_NEVER_WORKED, _KO_BROKEN),
    # (these two say one negation only: "You can't put a figure on it, and you shouldn't
    # try" said 매기기는 어렵지만, 그래도 시도는 해 봐야 has lost the second)
    _SaidByMeaning(_NOT, _EN_CANNOT, _KO_HARD_TO_DO, unless=_several_negations),
    # "They may not win many races yet" -> 아직은 우승과 거리가 멀지만
    _SaidByMeaning(_NOT, None, _KO_FAR_FROM, unless=_several_negations),
    # "nobody, not one of you, gave up" -> 여러분 모두 끝까지 버텨 냈습니다; "Nobody
    # complained" -> 다들 군말 없이
    _SaidByMeaning(frozenset({"nobody", "no", "not", "never"}), _EN_NEVER_FAILED, _KO_ALWAYS_DID,
                   unless=lambda source, target: _verb_said(source, target)),
    _SaidByMeaning(_NOT, _EN_NOT_YET, _KO_BEFORE_IT),
    _SaidByMeaning(_NOT, _EN_WONT_TELL, _KO_SECRET),
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOBODY_MANAGED, _KO_FAILED),
    _SaidByMeaning(frozenset({"no", "not"}), _EN_NO_GOOD_AT, _KO_BAD_AT),
    _SaidByMeaning(_NOT, _EN_CAREFUL_NOT, _KO_CAREFUL),
    _SaidByMeaning(_NOT, _EN_SPARED, _KO_SAVED),
    _SaidByMeaning(_NOT, _EN_NOT_BY_ITSELF, _KO_MUST),
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOBODY_FORGETS, _KO_REMEMBERED),
    _SaidByMeaning(frozenset({"nobody", "no", "none"}), _EN_NOBODY_HURT, _KO_SAFE),
    _SaidByMeaning(frozenset({"never", "not", "once"}), _EN_NEVER_WRONG, _KO_RIGHT),
    _SaidByMeaning(_NOT, _EN_NOT_LONG, _KO_SHORT),
    _SaidByMeaning(_NOT, _EN_NOT_JUST, _KO_MORE_THAN),
    _SaidByMeaning(frozenset({"never"}), _EN_NEVER_ONLY, _KO_MORE_THAN, exactly=True),
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOBODY_ELSE, _KO_ONLY_ONE),
    _SaidByMeaning(frozenset({"nobody", "no", "never", "without"}), _EN_NEVER_WITHOUT,
                   _KO_EVERY_TIME),
    _SaidByMeaning(_NOT, _EN_NOT_LEAVING, _KO_STAYING),
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOBODY_WANTED, _KO_REFUSED),
    # "(I don't think so.) Not when she has baked 140 scones" -> 구우셨는데요
    _SaidByMeaning(frozenset({"not"}), _EN_NOT_WHEN_ANSWER, _KO_GIVEN_THAT, exactly=True),
    # "Honestly, I don't blame it." -> 솔직히 이해돼요
    _SaidByMeaning(_NOT, _EN_NOT_BLAME, _KO_UNDERSTOOD),
    # "don't hang up your pencils just yet" -> 연필 내려놓긴 일러요
    _SaidByMeaning(_NOT, _EN_NOT_YET, _KO_TOO_EARLY),
    # "Not once. Not even when Jira said ..." -> ... 떠도 마찬가지였어요
    _SaidByMeaning(None, _EN_NOT_EVEN_WHEN, _KO_LIKEWISE),
    # "not in the snow of 1963, and not during the floods" -> … 때도 마찬가지
    _SaidByMeaning(None, _EN_NOT_DURING, _KO_LIKEWISE),
    # "your GPU doesn't have enough memory" -> GPU 메모리가 부족하다
    _SaidByMeaning(_NOT, _EN_NOT_ENOUGH, _KO_SHORT_OF),
    # "Not a bad deal." -> 꽤 괜찮은 거래예요
    _SaidByMeaning(_NOT, _EN_NOT_BAD, _KO_GOOD),
    # "Not a cheap afternoon." -> 돈 꽤 깨진 오후였죠
    _SaidByMeaning(frozenset({"not"}), _EN_LITOTES, None, exactly=True),
    # "answer questions so our volunteers didn't have to" -> 봉사자분들 대신
    _SaidByMeaning(_NOT, _EN_SPARED, _KO_INSTEAD,
                   unless=lambda source, target: _KO_MUST.search(target) is not None),
    # "nobody knows those courts better than you" -> 톰 씨가 단연 최고예요
    _SaidByMeaning(frozenset({"nobody", "no", "none", "nothing", "not", "n't"}),
                   _EN_NONE_BETTER, _KO_BEST),
    # "None of this would be possible without our volunteers" -> 덕분에
    _SaidByMeaning(None, _EN_NOT_WITHOUT, _KO_THANKS_TO),
    # "not once did Frank miss a market day" -> 한결같이 자리를 지키셨습니다 (but "never skip"
    # said 항상 건너뛰세요 keeps the verb: turned round)
    _SaidByMeaning(_NEVER, _EN_NEVER_FAILED, _KO_ALWAYS_DID,
                   unless=lambda source, target: _verb_said(source, target)),
    # "I know it wasn't easy" -> 얼마나 힘드셨을지 알아요
    _SaidByMeaning(_NOT, _EN_NOT_EASY, _KO_HARD),
    # "text it has never seen before" -> 처음 보는 텍스트
    _SaidByMeaning(_NEVER, _EN_NEVER_SEEN, _KO_FIRST_TIME),
    # "I hope our onions didn't disappoint you" -> 마음에 드셨으면
    _SaidByMeaning(_NOT, _EN_NOT_DISAPPOINTED, _KO_PLEASED),
    # "no more carrying watering cans" -> 들고 내려올 일도 끝이에요
    _SaidByMeaning(frozenset({"no"}), _EN_NO_MORE, _KO_OVER, exactly=True),
    # "Nobody thought a village could find that money" -> 다들 어렵다고 생각했습니다
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOBODY_THOUGHT, _KO_HARD_OR_IMPOSSIBLE),
    # "The committee never has trouble choosing" -> 수월하게 정하는데
    _SaidByMeaning(None, _EN_NO_TROUBLE, _KO_EASILY),
    # "not the same as" -> 다릅니다
    _SaidByMeaning(_NOT, _EN_NOT_SAME, _KO_DIFFERENT),
    _SaidByMeaning(None, _EN_NOT_UNTIL, _KO_ONLY_THEN),
    _SaidByMeaning(_NEVER, _EN_NOT_STAY, _KO_LEAVE),
    _SaidByMeaning(_NOT, _EN_NOT_COUNT, _KO_LEFT_OUT),
    _SaidByMeaning(frozenset({"no"}), _EN_NO_NEED, _KO_NO_MATTER),
    _SaidByMeaning(frozenset({"no", "not", "n't"}), _EN_NOT_HAVE_TO, _KO_LESS),
    _SaidByMeaning(frozenset({"nobody", "no", "not", "n't"}), _EN_NOBODY_EVER_HAS,
                   _KO_FIRST_TIME),
    _SaidByMeaning(frozenset({"not", "once", "never"}), _EN_NOT_EVEN_FRAGMENT, _KO_EVEN_THEN),
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOBODY_EXPECTED, _KO_SURPRISED),
    _SaidByMeaning(_NOT, _EN_NOT_NOTICE, _KO_LOOKED_AWAY),
    _SaidByMeaning(frozenset({"not", "n't", "no"}), _EN_NOT_EXAGGERATING, _KO_TRULY),
    _SaidByMeaning(_NEVER, _EN_NOT_STOPPED, _KO_ON_AND_ON),
    _SaidByMeaning(frozenset({"nobody", "no"}), _EN_NOBODY_RIGHT, _KO_WRONG),
    _SaidByMeaning(_NOT, _EN_NO_HARM, _KO_FINE),
    # "when you don't trust the closed-form math" -> 공식을 믿기 어려울 때
    _SaidByMeaning(_NOT, _EN_NOT_TRUST, _KO_DOUBT),
    # "with no change in the outputs" -> 출력은 그대로인데
    _SaidByMeaning(frozenset({"no"}), _EN_NOT_CHANGED, _KO_UNCHANGED),
]


def _said_by_meaning(negations: set[str], source: str, target: str) -> bool:
    """A negation Korean says with a word of the opposite meaning: "hardly a gray area" ->
    애매한 영역이라고 보기 어려워요, "not the same as" -> 다릅니다 (_SAID_BY_MEANING)."""
    return bool(negations) and any(way.says(negations, source, target)
                                   for way in _SAID_BY_MEANING)


_EN_WORTH = re.compile(r"\bworth (?:it|the|every|a|doing|paying|trying|keeping)\b", re.IGNORECASE)
_KO_NOT_WORTH = re.compile(r"가치(?:가|는|도)?\s?없|보람(?:이|도)?\s?없")


def _added_negation_weight(source: str, target: str) -> float:
    # The Korean denies the very quality the English asserts ("runs fine" -> 잘 안 돌아가요,
    # "good enough" -> 충분하지 않다): little else reads that way.
    if _EN_QUALITY.search(source) and _KO_QUALITY_DENIED.search(target):
        return 0.7
    if _EN_NOTHING_COMPARED.search(source):
        return 0.7  # "nothing compared with an outage" (trivial) said 적은 금액이 아니에요
    if _EN_CHANGED.search(source) and _KO_CHANGE_DENIED.search(target):
        return 0.7  # "dropped it back down to 75 percent" said 떨어지지는 않았어요
    if _EN_ALWAYS.search(source) and _KO_NOT_ALWAYS.search(target):
        return 0.7  # "a second epoch almost always hurts" said 늘 손해인 건 아니에요
    if _EN_MORE_THAN_THOUGHT.search(source) and _KO_NOT_AS_THOUGHT.search(target):
        return 0.7  # "it happens more than you'd think" said 생각만큼 자주 일어나진 않아요
    if _EN_EVERY.search(source) and _KO_NOT_EVERY.search(target):
        return 0.7  # "every query touches every machine" said 모든 머신을 거치지는 않는다
    if _KO_NEVER_HAVE.search(target):
        return 0.6  # 본 적이 없어요 is "never have seen", for an English "I've seen"
    if _EN_CERTAIN.search(source) and _KO_UNCERTAIN.search(target):
        return 0.75  # "it almost certainly trained on them" said 단정할 수는 없어요
    if _EN_WORTH.search(source) and _KO_NOT_WORTH.search(target):
        return 0.75  # "which the team decided was worth it" said 그만한 가치가 없다고
    if _EN_MUST.search(source) and _KO_NO_NEED.search(target):
        return 0.7  # "both had to be fine-tuned" said 파인튜닝할 필요는 없었어요
    if _own_verb_denied(source, target) or _translated_verb_denied(source, target):
        return 0.7  # "proxies buffer responses" said 버퍼링하지 않아요
    if _KO_ASSERTED_THEN_DENIED.search(target) and not _EN_CONTRASTED.search(source):
        return 0.7  # "Both vLLM and SGLang support it" said vLLM은 지원하지만 SGLang은 지원하지 않고
    return 0.5 if _KO_LONG_NEGATION.search(target) else 0.35


# "With and without X" is two runs, which Korean names both: 켠 상태와 끈 상태, 적용 전후,
# 있을 때와 없을 때. A Korean that names one run has lost the "without".
_EN_BOTH_WAYS = re.compile(r"\bwith (?:and|or) without\b", re.IGNORECASE)
_KO_BOTH_WAYS = re.compile(r"끈|끄고|유무|전후|없을 때|없는 경우|없이|안 (?:켠|쓴|한|건)|않은|않았을")


# One verb said and then denied (지원하지만 ... 지원하지 않고): a contrast, which the English,
# with no "but", does not draw
_KO_ASSERTED_THEN_DENIED = re.compile(r"([가-힣]{2,})(?:하|해|돼|되)(?:지만|는데|고|며)\s[^.?!]*?"
                                      r"\1(?:하|되)지\s?(?:는\s?|도\s?)?않")
_EN_CONTRASTED = re.compile(r"\b(?:but|while|whereas|unlike|only|though|although|except|"
                            r"yet|instead)\b", re.IGNORECASE)
# A verb the Korean denies: 버퍼링하지 않아요, 안 캐싱돼요
_KO_VERB_DENIED = re.compile(r"([가-힣]{2,})(?:을|를)?\s?(?:하|되|해|돼)(?:지|진)\s?(?:는\s?|도\s?)?않|"
                             r"안\s?([가-힣]{2,}?)(?:해|하|돼|되)")


def _own_verb_denied(source: str, target: str) -> bool:
    """Whether the Korean denies a verb it writes as the sound of an English word of the cue:
    little but an added negation reads that way. Korean borrows a verb by its -ing form
    (버퍼링하다 for "buffer", 캐싱하다 for "cache")."""
    denied = [m.group(1) or m.group(2) for m in _KO_VERB_DENIED.finditer(target)]
    if not denied:
        return False
    words = re.findall(r"[a-z]{4,}", source.lower())
    # (the verb's -ing form from any of its forms: buffer, buffers, caches -> caching)
    stems = [re.sub(r"(?:e|es|s|ed|d)$", "", w) for w in words]
    said = " ".join(words + [stem + "ing" for stem in stems])
    return any(sounded(said, stem) for stem in denied)


# A cue that denies the very verb its English asserts has turned the claim round
# ("supports per-key metadata" said 지원하지 않고, "changing the world size changes your
# batch size" said 달라지지 않는다); a negation of some other verb is most often an idiom
# ("stale" said 최신이 아니게, "worth every late night" said 아깝지 않을, "breaks" said
# 작동하지 않아요).
_VERBS_DENIED = [
    (re.compile(rf"(?<![가-힣])(?:{ko})(?:하|되|해|돼|시키)?지\s?(?:는\s?|도\s?|조차\s?|가\s?)?"
                rf"(?:않|못)|(?:안|못)\s(?:{ko})"), en)
    for ko, en in VERBS]
# "works for math answers, but it breaks for ..." said 잘 맞지만 ... 작동하지 않아요: the
# English denies it too, by its other clause; so do "unless", "until" and "only" ("only the
# new kernels support it" said 새 커널만 지원하고 나머지는 지원하지 않아요)
_EN_OTHER_CLAUSE = re.compile(r"\b(?:but|while|whereas|unlike|though|although|except|yet|"
                              r"instead|unless|until|rather than|only)\b", re.IGNORECASE)
_EN_OPENING_CONNECTIVE = re.compile(r"^\W*(?:but|and|so|yet|now)\b,?", re.IGNORECASE)


def _translated_verb_denied(source: str, target: str) -> bool:
    """Whether the Korean denies a verb that translates a verb the English asserts, in an
    English of one clause (a "But" opening the cue draws no contrast inside it)."""
    if _EN_OTHER_CLAUSE.search(_EN_OPENING_CONNECTIVE.sub("", source)):
        return False
    return any(ko.search(target) and en.search(source) for ko, en in _VERBS_DENIED)


def _asserted_verb_denied(source: str, target: str) -> tuple[str, str] | None:
    """(English verb, Korean denial) where the Korean denies the verb that translates an
    English verb whose own clause has nothing negative: a negative word in another clause
    ("restart with fewer nodes, but remember that changing the world size changes your
    batch size" said 달라지지 않는다) renders no denial of it."""
    for ko, en in _VERBS_DENIED:
        denial = ko.search(target)
        if denial is None:
            continue
        for verb in en.finditer(source):
            clause = _clause_around(source, verb.start())
            if not (_EN_NEGATION.search(clause) or _EN_OTHER_CLAUSE.search(clause)
                    or _negative_meaning(clause, target)):
                return verb.group(), denial.group()
    return None


# How far after an idiom's approved Korean its negation may come: 한 글자도 바꾸지 않고
# ("word for word"), 눈 하나 깜짝 않고 ("without batting an eye")
_IDIOM_NEGATION_REACH = 12


def _idiom_said_with_a_negation(source: str, target: str, ctx) -> bool:
    """Whether the cue's negation belongs to an English idiom rendered as approved, one that
    Korean says with a negation: "read it word for word" said 한 글자도 바꾸지 않고."""
    if ctx is None or ctx.idioms is None:
        return False
    for _, _, form in ctx.idioms.rendered_in(source, target):
        said = rendering_pattern(form).search(target)
        if said and korean_negated(target[said.start():said.end() + _IDIOM_NEGATION_REACH], ctx):
            return True
    return False


# "A double-bit error is uncorrectable" said 정정은 가능하지만: an "un-...-able" said possible
# (un- and non- only: in-, im- and ir- open as many words that deny nothing, interpretable)
_EN_UNABLE = re.compile(r"\b(?:un(?!der)|non-?)[a-z]{3,}(?:able|ible)\b", re.IGNORECASE)
_KO_POSSIBLE = re.compile(r"(?<!불)(?<!불 )가능(?:하|해|합|한|할|은|도|이|$|\s)")


# "it can't tell you when nothing is relevant" said 없을 때도 알려 줄 수 있어요: the cue's
# one negation is the "nothing", and the "can't" became a "can"
_EN_CANNOT_ONLY = re.compile(r"\b(?:can['’]?t|cannot|can not|couldn['’]?t)\b", re.IGNORECASE)
_EN_MAYBE = re.compile(r"\b(?:can(?!['’]?t|not)|could(?!n['’]?t)|able|may|might|possibl\w*)\b"
                       r"|\?", re.IGNORECASE)
_KO_CAN = re.compile(r"[가-힣]\s수(?:도)?\s?있")
_KO_CANNOT_SAID = re.compile(r"수(?:가|는|도)?\s?없|못|불가|어렵|어려워|힘들|힘듭|리(?:가|는)? 없")


def _cannot_said_can(source: str, target: str) -> list[Finding]:
    """An English "can't" (and no "can" or "may" beside it) whose cue says it can (ㄹ 수
    있) and has no cannot (수 없, 못, 불가, 어렵)."""
    if not _EN_CANNOT_ONLY.search(source) or _EN_MAYBE.search(source):
        return []
    can = _KO_CAN.search(target)
    if not can or (ord(target[can.start()]) - 0xAC00) % 28 != 8 or \
            _KO_CANNOT_SAID.search(target):
        return []
    span = (can.start() + 2, can.end())  # 수 있, without the verb before it
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English says it cannot, the cue says it can ({target[slice(*span)]}): "
                    "the meaning is flipped", span=span, weight=0.7)]


def _impossible_said_possible(source: str, target: str, ctx) -> list[Finding]:
    """An English "un-...-able" whose cue says 가능 (possible) and denies nothing."""
    unable = _EN_UNABLE.search(source)
    possible = _KO_POSSIBLE.search(target) if unable else None
    if not possible or korean_negated(target, ctx):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English says "{unable.group()}", the cue says it is possible '
                    f"(가능): the meaning is flipped",
                    span=(possible.start(), possible.start() + 2), weight=0.7)]


# English that denies with a prefix or a conjunction, no "not": "non-English prompts",
# "for non-commercial use only", "a warning unless you set it". Korean says these with a
# negation (영어가 아닌, 지정하지 않으면), a prefix (비영어, 비상업적) or an exception (영어 외,
# 상업용 제외); a cue with none of them says the opposite (영어 프롬프트, 지정하면 경고가
# 떠요). (Not the non- words that deny nothing in Korean: non-trivial is 만만치 않은 or
# 꽤 어려운, nonstop 계속.)
_EN_DENYING_WORD = re.compile(
    r"\bnon-?(?!trivial|negotiable|stop|sense|theless|chalant|descript|issue|starter|profit|"
    r"e\b|ce\b)[a-z]{3,}|\bunless\b(?!\s+otherwise)", re.IGNORECASE)
_KO_EXCEPTION = re.compile(r"외(?:의|에|에는|엔)?(?![가-힣])|이외|제외|예외|말고|빼고|뺀|뿐|"
                           r"(?:경우|때)에?만|야만|[가-힣]야\s|한해|한정|불가|불능|non|Non|NON|"
                           r"논[가-힣]|(?<![가-힣])비-")
# 비 before a word said by its sound, which Kiwi reads as one noun: 비프라이빗 for "non-private"
_KO_NON_LOANWORD = re.compile(r"(?<![가-힣])비([가-힣]{2,})")


def _denying_word_dropped(source: str, target: str, ctx) -> list[Finding]:
    """An English "non-..." or "unless" whose cue has no negation, prefix or exception."""
    denying = _EN_DENYING_WORD.search(source)
    if not denying or _KO_EXCEPTION.search(target):
        return []
    if korean_negated(target, ctx):
        return []
    word = denying.group().lower().removeprefix("non").lstrip("-")
    if any(transliterates(word, m.group(1)) for m in _KO_NON_LOANWORD.finditer(target)):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English says "{denying.group()}", the cue has no negation, '
                    "prefix (비, 불) or exception (외, 제외): the meaning may be flipped",
                    weight=0.6)]


_KO_IF = re.compile(r"[가-힣](?:다면|으면|면)(?![가-힣])")


def _unless_said_as_if(source: str, target: str, ctx) -> list[Finding]:
    """"Don't go below 4 bits unless you've measured it" said 측정했다면 … 내려가지 마세요:
    the Korean keeps the English's own negation but says "unless" as a plain "if"."""
    if not _EN_UNLESS.search(source) or not _KO_IF.search(target) \
            or _KO_EXCEPTION.search(target):
        return []
    if korean_negation_count(target, ctx) > english_negation_count(source):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    'the English says "unless", the cue says "if" (면) with no negation or '
                    "exception: the condition is turned round", span=_KO_IF.search(target).span(),
                    weight=0.6)]


_EN_DENIED_BEFORE = re.compile(r"(?:n['’]t|\bnot|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)
_KO_CLAUSE_END = re.compile(r"[,.!?]|(?:지만|는데|고)\s")


def _denied_verb_asserted(source: str, target: str, ctx) -> list[Finding]:
    """"It doesn't crash, and it doesn't drop the request" said 크래시가 나지는 않지만,
    요청은 버려져요: the English denies two verbs, the Korean one, and asserts the Korean of
    the other (its clause holds no negation)."""
    if korean_negation_count(target, ctx) >= english_negation_count(source):
        return []
    for ko, en in VERBS:
        for verb in en.finditer(source):
            if not _EN_DENIED_BEFORE.search(source, 0, verb.start()):
                continue
            for said in re.finditer(ko, target):
                end = _KO_CLAUSE_END.search(target, said.end())
                clause = target[said.start():end.start() if end else len(target)]
                # (the clause from the stem on, and an 안 or 못 right before the stem)
                before = target[max(0, said.start() - 2):said.start()]
                if not korean_negated((before if before.strip() in ("안", "못") else "")
                                      + clause, ctx):
                    return [Finding(NAME, "accuracy/mistranslation", "major",
                                    f'the English says "not {verb.group()}", the cue says it '
                                    f"does ({clause.strip()}): the meaning is flipped",
                                    weight=0.7)]
    return []


def _asserted_verb_denied_too(source: str, target: str, ctx) -> list[Finding]:
    """"We didn't fire them. We retrained them, and both got above 0.7" said 해고하지는
    않았어요 … 0.7을 넘기지는 못했어요: the Korean denies more often than the English, and
    one of its denials is of a verb the English asserts in a clause with nothing negative."""
    if korean_negation_count(target, ctx) <= english_negation_count(source):
        return []
    denial = _asserted_verb_denied(source, target)
    if denial is None:
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English says "{denial[0]}", the cue denies it ({denial[1]}): '
                    "the meaning may be flipped", weight=0.7)]


def _clause_around(text: str, at: int) -> str:
    breaks = list(_CLAUSE_BREAK.finditer(text))
    start = max((m.end() for m in breaks if m.end() <= at), default=0)
    end = min((m.start() for m in breaks if m.start() >= at), default=len(text))
    return text[start:end]


# ("Every change gets a new version, even if it's just fixing three rows" said 그 정도라면
# 그럴 필요 없어요: what holds even then said not needed then)
_EN_MUST = re.compile(r"\b(?:had|have|has|need(?:s|ed)?) to\b|\bmust\b|\brequire[sd]?\b|"
                      r"\beven (?:if|when|for)\b", re.IGNORECASE)
_KO_NO_NEED = re.compile(r"필요(?:는|가|도)?\s?없|않아도\s?(?:돼|된|되|괜찮)")
_EN_CERTAIN = re.compile(r"\b(?:certainly|definitely|surely|for sure|without (?:a )?doubt|"
                         r"guaranteed|undoubtedly)\b", re.IGNORECASE)
_KO_UNCERTAIN = re.compile(r"(?:단정|확신|장담|확정|결론)(?:할|하기|짓기|지을|내릴)?\s?수(?:는|도)?\s?없|"
                           r"(?:단정|확신|장담)하기(?:는)?\s?어렵|알 수 없")
_KO_NEVER_HAVE = re.compile(r"[가-힣]\s적(?:이|은|도)?\s?없")
