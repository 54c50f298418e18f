"""Check: a direction or one of a pair of opposites turned round (opposite -> 같은 방향,
input -> 출력, faster -> 느린, encoder -> 디코더).

Fluent Korean that says the opposite is the error an embedding sees least: the
sentence is about the same things. Each entry below is a pair of opposites, each side
with its English words and the Korean stems that render it. The check fires when the
English uses one side only and the Korean has the other side ("less memory than" ->
"더 많이"); an English cue that mentions both sides ("as the input grows, the output...")
is left alone by that rule. Two more read the order of things: a pairing swapped across two
pairs of opposites, roles (ROLES) or names ("easy to small, hard to large" said the other way
round), and three names or more given in reverse order ("ASR, then the LLM, then TTS").
"""

from __future__ import annotations

import functools
import re

from qa.checks import polarity
from qa.checks.base import ENGLISH_FUNCTION_WORDS, CheckContext
from qa.model import AlignedPair, Finding
from qa.numbers import MONTH_NAMES
from qa.prefilter import PatternIndex

NAME = "direction_flip"


# a date or a year, what "earlier than" and "later than" place a moment by
_A_DATE = rf"(?=(?:{MONTH_NAMES}|\d{{4}}\b|\d{{1,2}}(?:st|nd|rd|th)\b))"


def _en(words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)


def _ko(stems: str) -> re.Pattern:
    return re.compile(stems)


# 앞서 before a verb of speaking is "mentioned earlier" (앞서 이야기한 팀: "the team from my
# story"), no moment before anything.
_NOT_MENTIONED = r"(?! ?(?:이야기|얘기|말씀|말한|말했|언급|설명|소개|보여|보았|봤|본 |살펴|다룬|다뤘|나온|정리|논의))"
_ADDED = "turned round or added"  # the Korean says both sides where the English says one
_FEW_WORDS = "two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand"
# What may stand between 보다 and its adjective: a subject and a figure (보다 점수가 대략 6~9점
# 낮게, 보다 최대 25% 적게), no more.
_BETWEEN = (r"(?:[가-힣]+[이가] )?(?:(?:최대|최소|약|대략|거의) )?"
            r"(?:(?:[\d.,~]+|두|세|네|다섯|열|스무|백|수십|몇)\s?(?:%|퍼센트|배|점|포인트|개|명)?"
            r"(?:\s?(?:이상|정도|가량|나|이나))? )?")
# ... and the adverb before it: 보다 훨씬 높은, 보다 항상 낮게
_ADVERB = r"(?:(?:오히려|훨씬|조금|약간|좀|더|항상|늘|대체로|보통|대개) )?"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A span of time: "thirty minutes", "2 days", "a few weeks"
_SPAN_OF_TIME = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|"
                 r"thirty|forty|fifty|sixty|ninety|(?:a )?few|several|couple of) "
                 r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)")

# (name of one side, English, Korean), (name of the other side, English, Korean)

OPPOSITES = [
    (("the same", _en(r"same|identical"), _ko(r"같은|같아|같습|같죠|동일")),
     ("the opposite", _en(r"opposite|reverse[sd]?"), _ko(r"반대|역방향"))),
    # 다른 alone is also "other" and 같은 "like" (GPU 같은 하드웨어): only the unambiguous forms
    # ("if the two numbers have different lengths" said 길이가 같을 때)
    (("the same", _en(r"same|identical"), _ko(r"똑같|동일|서로 같|(?:^|[,.]\s|[을를에의도]\s)같은|"
                                               r"[가-힣]{1,4}(?:이|가) 같(?:을|은|으면|다면|아)")),
     ("different", _en(r"different(?:ly)?|differs?|differed|distinct"),
      _ko(r"(?:서로|각각|전혀|완전히) 다른|다르[게고다며지]|달라[요서지도]|다릅"))),
    # ("like GPT-4, groups up to three digits" said GPT-4와 달리)
    (("similar", _en(r"similar|alike|resembles?|exactly like|just like|"
                     r"(?<=, )like(?= [A-Z][\w.-]*(?: [\w.-]+)?,)"),
      _ko(r"비슷|유사|마찬가지")),
     # (not 달라져, "it changes", nor 달라고, "asks for")
     ("different", _en(r"different|differs?|differed|unlike|nothing like|distinct"),
      _ko(r"다르|달라(?=요|서|도)|다릅|달리|서로 다른|차이가 (?:크|나|있)"))),
    # ("prompt length" said 출력 길이)
    (("the input", _en(r"inputs?|fed (?:back )?in(?:to)?|feeds? (?:it )?(?:back )?in(?:to)?|"
                       r"prompt (?:length|tokens|size)|length of the prompt"),
      _ko(r"입력")),
     ("the output", _en(r"outputs?"), _ko(r"출력"))),
    # ("all native in the target language" said 원문 언어 원어민)
    (("the source language", _en(r"source (?:language|text|sentences?|side)s?"),
      _ko(r"원문|원본 (?:언어|문장|텍스트)|원천 언어|출발어|소스 (?:언어|문장|텍스트)")),
     ("the target language", _en(r"target (?:language|text|sentences?|side)s?"),
      _ko(r"대상 (?:언어|문장|텍스트)|목표 (?:언어|문장)|목적 언어|도착어|타깃 (?:언어|문장|텍스트)|"
          r"번역문"))),
    (("the encoder", _en(r"encoders?"), _ko(r"인코더|부호기")),
     ("the decoder", _en(r"decoders?"), _ko(r"디코더|복호기"))),
    (("the maximum", _en(r"max|maximum|maximize[sd]?|maximi[sz]ing|largest|highest|"
                         r"up to (?:\d+(?:\.\d+)?|one|two|three|four|five|ten)"),
      _ko(r"최대|최댓|최고(?! ?기록)")),  # (개인 최고 기록: a personal best)
     ("the minimum", _en(r"min|minimum|minimize[sd]?|minimi[sz]ing|smallest|lowest|"
                         r"at least (?:\d+(?:\.\d+)?|once|twice|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|an? (?:week|day|month|year|hour|minute))"),
      _ko(r"최소|최솟|최저|적어도"))),
    (("a rise", _en(r"increas\w*|rais(?:e[sd]?|ing)|ris(?:es|ing)|rose|grow(?:s|ing)?|grew|"
                   # ("double the rank" is 두 배로 늘리면; not a double check or quotes)
                   r"doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|(?:double|triple) (?:the|it|that|this|"
                   r"your|our|its|their)\b|"
                   r"go(?:es)? up|went up|boost\w*|bump(?:s|ed|ing)?|climb(?:s|ed|ing)?|"
                   r"(?:nudg|push|dial|crank|scal)\w* (?:\w+ ){0,3}up|inflat(?:e|es|ed|ing)|"
                   # "Accuracy went to 91 percent" (where it had been lower) is 91%까지 올랐고
                   r"(?:went|jumped|got) to (?:about |around |roughly |nearly )?\d+|"
                   # "pushed recall to 97%"; "going from 32K to 64K" (a vocabulary grown)
                   r"(?:pushed|lifted) (?:\w+ ){0,2}to (?:about |around |roughly |nearly )?\d+|"
                   # ("going from 32K to 64K": a rise only where the second is the larger,
                   # see _FROM_TO)
                   r"(?:go|going|goes|went|moving|jumping) from (?=[\d.]+[KM]? to [\d.]+[KM]?)|"
                   r"(?:creep|tick|inch|edge)(?:s|ed|ing)? up|crept up|"
                   r"spik(?:e|es|ed|ing)|soar\w*|skyrocket\w*|shoots? up|shot up|"
                   r"upweight\w*|(?:go|goes|going|went) higher|"
                   # ("tickets with long attachments actually got longer" said 줄었어요)
                   r"(?:got|get|gets|grew|became) (?:longer|bigger|larger|slower|more expensive)|"
                   # ("it multiplies your token bill" said 줄어들어요)
                   r"multipl(?:ies|ied) (?:your |the |our |their |its )?(?:\w+ ){0,2}"
                   r"(?:bill|cost|costs|spend|latency|load|traffic|memory|size)|"
                   # "ramping the learning rate from the small-batch value up to the target"
                   r"ramp(?:s|ed|ing)? up|ramp(?:s|ed|ing)? (?:[\w-]+ ){1,8}up to|"
                   # "gave us about 1.5 points more on accuracy" said 1.5점 떨어졌어요
                   r"(?:points?|percent|percentage points?) (?:more|higher|better)|"
                   # ("a 30% throughput gain")
                   r"(?:throughput|speed|accuracy|quality|performance|latency) gains?|"
                   r"\d+(?:%| percent|x) gains?|"
                   # ("That's a 13-point jump" said 13포인트가 오른 건데)
                   r"[\d.]+[- ](?:points?|percent|%) (?:jump|increase|rise|boost)"),
      # (더 높게 나왔어요: "scores came out higher")
      # (강해져: "grows stronger"; "RoPE decays with distance" said 멀어질수록 강해져서)
      _ko(r"증가|늘어|늘리|늘린|늘었|늘고|올라|올리|올린|올랐|올렸|올려|높아|높이|높였|높여|높인|높았|커지|커졌|"
          r"오르(?:면|고|는)|오른 |오를|오릅|"
          r"강해지|강해져|강해졌|강해진|"
          r"더 높게 나(?:왔|와|오)")),
     ("a fall", _en(r"decreas\w*|reduc\w*|drop(?:s|ped|ping)?|fall(?:s|ing)?|fell|fewer|"
                    # ("the student lost almost 8 points" said 8점 가까이 올랐어요)
                    r"los(?:e|es|t|ing) (?:almost |nearly |about |roughly |around |over |"
                    r"some )?(?:[\d.]+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"half a) (?:points?|percent|percentage points?)|"
                    r"go(?:es|ing)? (?:below|under)|went (?:below|under)|"
                    r"decay(?:s|ed|ing)?|downweight\w*|"
                    # ("nudges the router to lower the probability" said 높이도록)
                    r"shrink\w*|shrank|shorten\w*|lower(?:s|ed|ing)|"
                    r"to lower (?:the|its|their|it)\b|"
                    r"go(?:es)? down|went down|"
                    r"cut(?:s|ting)?|(?:nudg|push|dial|crank|scal)\w* (?:\w+ ){0,2}down|"
                    r"halv(?:e|es|ed|ing)|in half|"
                    r"up or down|down or up|"  # ("nudge it up or down" is 올리거나 내려요)
                    # ("less than 1 point of accuracy loss" said 1포인트 가까이 올랐어요)
                    r"(?:accuracy|quality|performance|score) (?:loss|drop|hit|degradation)|"
                    # ("you'll increase cudaMalloc calls and lose throughput")
                    r"los(?:e|es|ing) (?:some |much |a lot of )?(?:throughput|accuracy|speed|"
                    r"quality|performance|precision|recall)|"
                    # ("forces you from batch size 8 down to 4")
                    r"down to (?:about |around |roughly |just )?\d"),
      # (뿌리를 깊이 내려요: roots grow deep)
      _ko(r"감소|줄어|줄이(?!\s)|줄인|줄였|줄여|줄고|줄었|떨어|(?<!결단을 )(?<!결정을 )(?<!결론을 )(?<!판단을 )"
          r"(?<!깊이 )(?<!뿌리를 )(?<!뿌리가 )내려|"
          r"낮아|낮았|낮추|낮춘|낮췄|낮춰|낮출|낮춥|작아지|작아져|작아졌|축소|곤두박질|급락|폭락|추락"))),
    (("faster", _en(r"fast(?:er|est)?|quick(?:er|est|ly)?|speed(?:s|ed)? up"),
      _ko(r"빠르|빨라|빠른|빠를|빠릅|빨랐|빨리")),
     ("slower", _en(r"slow(?:er|est|ly|s|ed)?|slow(?:s|ed)? down"),
      _ko(r"느리|느려|느린|느릴|느립|느렸|천천히"))),
    (("more than", _en(r"(?<!no )(?<!not )more than|greater than|larger than|bigger than|longer than|"
                       # ("way past the Chinchilla point")
                       r"(?:way|well|far|long|just|times) past|"
                       r"higher than|above|at least|"
                       # ("over a few million tokens" said 수백만 토큰에 못 미치거나)
                       r"over (?=(?:a few|several|a couple of|hundreds|thousands|millions|"
                       r"billions|a (?:hundred|thousand|million|billion)) (?:\w+ )?"
                       r"(?:tokens|pages|documents|rows|users|requests|records|examples|"
                       r"parameters|words|files|items|samples|dollars|hours|GPUs)\b)|"
                       # ("produce higher scores than", not "more often than not")
                       r"(?:higher|more|larger|greater|bigger|longer) (?!often than not)"
                       r"(?:[a-z]+ ){1,2}than|exceed(?:s|ed|ing)?|over(?= \d)|"
                       r"over,? (?:say|about|roughly|around|like|maybe),? (?=\d)|"
                       r"(?:cross|top)(?:s|es|ped|ed|ping|ing)? (?=\d)|whichever is "
                       r"(?:higher|greater|larger)|(?:well |just )?over (?:half|a third|a quarter)|"
                       r"over the (?:threshold|limit|cutoff|line)|"
                       r"or (?:higher|more|above|greater|larger)"),
      # (다음 단계로 넘어가세요 is "move on": 넘어가 crosses a figure only)
      _ko(r"이상(?![한하해적치])|초과|넘(?:는|으|게|어(?!가)|을|었|은|고)|"
          r"\d[\d,.]*\s?(?:%|퍼센트|[가-힣]{1,5})?(?:을|를)\s?넘어가|남짓|보다 " + _BETWEEN + _ADVERB +
          # (적어도 before a count: "Well, shorter than last year" said 적어도 작년보다는 짧게)
          r"(?:많|크|큰|길|긴|높)|웃도|상회|적어도(?=\s?(?:[\d$]|한 |두 |세 |네 |다섯 |하나|절반|반))|"
          r"최소한|최소(?= ?(?:\d|한 |두 |세 |네 |다섯 ))|"
          r"중 (?:높은|큰|많은)")),
     ("less than", _en(r"less than|fewer than|smaller than|shorter than|lower than|below|"
                       r"at most|at best|under(?= \d)|no more than|not more than|"
                       r"(?:lower|less|fewer|smaller|shorter) (?:[a-z]+ ){1,2}than|"
                       r"under,? (?:say|about|roughly|around|like|maybe),? (?=\d)|"
                       r"under (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|a) "
                       r"(?:points?|percent|seconds?|minutes?|hours?|days?|dollars?|gigabytes?|"
                       r"megabytes?|milliseconds?)\b)|"
                       r"under an? (?:second|minute|hour|day|week|month|year|dollar|cent)\b|"
                       r"under (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                       r"eleven|twelve|\w+teen)\b|"
                       r"(?:well |just )?(?:under|below) (?:half|a third|a quarter)|whichever is "
                       r"(?:lower|smaller|less)|under the (?:threshold|limit|cutoff|line)|"
                       r"or (?:lower|less|below|fewer|smaller)|"
                       # ("lost nearly 60 percent" said 60% 가까이)
                       r"(?:nearly|almost|close to|just shy of) (?=\$?\d|(?:half|twice|three|"
                       r"four|five|ten)\b)"),
      _ko(r"미만|이하|보다 " + _BETWEEN + _ADVERB + r"(?:적|작|짧|낮)|밑도|하회|못 미치|"
          r"\d[\d,.]*\s?(?:%|퍼센트|[가-힣]{1,3})?\s?(?:아래로|밑으로)|"
          r"채 (?:안|못) (?:되|돼|됐|된)|(?:배|%|퍼센트) 가까이|"
          r"\d[\d,.]*\s?[가-힣]{0,3}(?:이|가) 안 (?:되|돼|된)|"
          r"중 (?:낮은|작은|적은)|"
          r"(?:아래|밑)으?로 (?:내리|낮추|떨어|가)"))),
    # ("more than 10 points lower" bounds a figure: it says lower only)
    (("more", _en(r"more(?! than (?:\d|a |an |one |two |three |four |five |ten |twenty |half ))|"
                   r"larger|bigger|greater|higher|heavier"),
      _ko(r"더 많|더 크|더 큰|더 커|더 컸|더 높|더 무거|더 자주|더 중요|많을수록|클수록|높을수록|"
          r"(?:배|훨씬) (?:더 )?(?:많|크|큰|높)|(?:약간|조금|살짝|다소) (?:더 )?높|"
          # ("more than 10 points lower" said 10포인트 이상 높다면)
          r"\d[\d.,]*\s?(?:포인트|%|퍼센트|점)\s?(?:이상|넘게|정도|가량|가까이)?\s?높")),
     ("less", _en(r"less|fewer|smaller|lower|lighter"),
      _ko(r"더 적|덜|더 작|더 낮|더 가벼|더 드물|적을수록|작을수록|낮을수록|"
          r"(?:배|훨씬) (?:더 )?(?:적|작|낮)|(?:약간|조금|살짝|다소) (?:더 )?낮|"
          r"\d[\d.,]*\s?(?:포인트|%|퍼센트|점)\s?(?:이상|넘게|정도|가량|가까이)?\s?낮"))),
    (("sharper", _en(r"sharp(?:er|en|ens|ened)?|peak(?:ed|ier|y)|spik(?:y|ier)"),
      _ko(r"뾰족|날카로|가팔라|가파르|가파른|가팔")),
     ("flatter", _en(r"flat(?:ter|ten|tens|tened)?|smooth(?:er|s|ed)?|uniform"),
      _ko(r"평평|평탄|완만|납작|고르게"))),
    (("complying", _en(r"compl(?:y|ies|ied|ying)|obey\w*"),
      _ko(r"응하|응했|따르(?!지 않|지 못)|따릅|따랐|준수")),
     ("refusing", _en(r"refus\w+|declin\w+|reject(?:s|ed|ing)?"), _ko(r"거부|거절"))),
    (("benign", _en(r"benign|harmless|innocuous"), _ko(r"무해|양성|악의 없는")),
     ("malicious", _en(r"malicious|harmful|adversarial"), _ko(r"악성|악의적|유해"))),
    # ("nearby tokens get harder to tell apart" said 멀리 떨어진: "tell apart" is no distance)
    (("further away", _en(r"further|farther|far from|far away|away from|"
                           r"(?<!tell )(?<!tell them )(?<!tell it )apart|far back|pushed away|"
                           r"push(?:es|ed)? (?:\w+ )?away|"
                           r"far ahead|far earlier|distant|long-range|"
                           r"drifts? (?:far|away)"),
      _ko(r"멀리|멀어|먼 곳|멀게")),
     # (90%에 가까운 is "nearly 90%")
     ("closer", _en(r"closer|close to|close together|near(?:er|by)?|stays? close"),
      _ko(r"가까이|가까워|가깝|(?<!에 )가까운|근처"))),
    (("extrapolating", _en(r"extrapolat\w*"), _ko(r"외삽")),
     ("interpolating", _en(r"interpolat\w*"), _ko(r"보간|내삽"))),
    # ("large language model" names a kind of model, not its size)
    (("bigger", _en(r"big|bigger|biggest|large(?! language models?)|larger|largest|huge|"
                     r"giant|enormous|massive|"
                     r"times (?:its|their|the|our|your) size|"
                     # ("start small and escalate the hard cases" to a bigger model)
                     r"escalat\w+|"
                     # ("Tiny, but it adds up" said 적지만, 쌓이면 커져요)
                     r"adds? up|added up|snowball\w*"),
      # (not 토큰; nor 가장 큰 타격, "suffer the most": the greatest blow, no size)
      _ko(r"(?<![가-힣])(?<!가장 )큰 |(?<=가장 )큰 (?!(?:타격|영향|피해|손해|도움|차이|문제|효과|이점|"
          r"장점|비중|역할|의미|부담|변화|폭)(?![가-힣]{2}))|더 큰|커다란|거대한|대형|클 때|커질|커지는|커집|커져|커졌|"
          # ("ten times smaller than the balance loss" said 열 배 커요)
          r"배\s?(?:더\s)?(?:커|크)")),
     ("smaller", _en(r"small|smaller|smallest|tiny|"
                     r"(?<!a )little(?! (?:bit|more|less|while|time|extra|longer|faster|slower))"),
      _ko(r"(?<![가-힣])작은 |더 작은|조그만|소형|작을 때|작아질|작아지는|작아집|작아져|작아졌|"
          r"배\s?(?:더\s)?작(?!은 )"))),
    (("easier", _en(r"easy|easier|easiest|trivial|simpler|simplest"),
      _ko(r"쉽(?!지\s?않)|쉬운|쉬워|간단(?!하지\s?않|치\s?않)")),
     ("harder",
      _en(r"hard(?:er|est)?(?![-\s](?:limit|drive|disk|cod|wired|ware|filter|cap|cutoff|"
          r"constraint|rule|negative|label|deadline|timeout|stop|reset|fork|link|copy|"
          r"threshold|gate|block|fail|delete|requirement))|difficult|tricky"),
      _ko(r"어렵(?!지\s?않)|어려운|어려워|까다로(?!운 게 아니|운 건 아니|지\s?않)"))),
    (("merging", _en(r"merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|fus(?:e|es|ed|ing)"),
      _ko(r"합치|합쳐|합친|병합|결합|융합|하나로 묶")),
     ("splitting", _en(r"split(?:s|ting)?|divid(?:e|es|ed|ing)|separat(?:e|es|ed|ing)"),
      _ko(r"쪼개|나누|나눠|나눈|분할|분리"))),
    # "If no test fails, the mutant survived" said 뮤턴트가 제거된 거예요
    (("surviving", _en(r"surviv(?:e|es|ed|ing|or|ors)|outlast\w*|stays? alive"),
      _ko(r"살아남|살아 남|생존")),
     ("killed", _en(r"kill(?:s|ed|ing)?|die[sd]?|dying|dead|eliminat\w+|wiped out|remov\w+|"
                    r"drop\w*|discard\w*|prun\w+|filter\w* out|deleted?"),
      _ko(r"(?<!중복 )제거(?:된|됐|돼|되|당)|죽(?:었|은|는다|어)|사멸|잡혔|잡힌"))),
    # ("the reference model ... kept frozen" said 같이 업데이트해요)
    # (고정 alone is also "pinned", "locked in": only with weights or a model)
    (("frozen", _en(r"frozen|freez(?:e|es|ing)|kept fixed"),
      _ko(r"동결|얼려|얼린|프리즈|(?:가중치|파라미터|백본|모델|체크포인트)(?:를|을|는|은|가|이)? 고정")),
     ("updated", _en(r"updat\w+|trains?|trained|training|fine-?tun\w+|learns?|learned"),
      _ko(r"업데이트(?:하|해|했|돼|되|된)|갱신(?:하|해|했|돼|되|된)|학습(?:시키|시킨|시켜|하|해|했|돼|되|된)|"
          r"훈련(?:시키|시킨|시켜|하|해|했)"))),
    # ("optimize against their minimum" said 그 평균값에)
    (("the minimum", _en(r"(?<!at )minimum|(?<!at )the min\b|smallest value"),
      _ko(r"최솟값|최소값|최소치")),
     ("the mean", _en(r"mean|average|averag\w+"), _ko(r"평균"))),
    (("lenient", _en(r"lenient|forgiving|permissive|looser|weaken(?:s|ed|ing)?|"
                     r"loosen(?:s|ed|ing)?|relax(?:es|ed|ing)?"), _ko(r"관대|너그러|느슨|후한|후하")),
     ("strict", _en(r"strict(?:er|est|ly)?|harsh(?:er|est)?|stringent|unforgiving"),
      _ko(r"엄격|까다로|깐깐|엄한|빡빡|예민|민감"))),
    (("linear", _en(r"linear(?:ly)?"), _ko(r"선형|1차")),
     ("quadratic", _en(r"quadratic(?:ally)?"), _ko(r"이차|2차|제곱"))),
    (("cheaper", _en(r"cheap(?:er|est|ly)?|inexpensive|less expensive|less costly"),
      _ko(r"(?<!비)(?:싸(?:다|고|게|요|지|서|며|면|죠|네)|싼|쌉)|저렴|비용이 (?:적게|거의 안|별로 안) (?:들|드)")),
     ("more expensive", _en(r"(?<!less )expensive|costly|costlier|pricier|"
                            r"costs? (?:\S+ )?(?:\S+ )?more"),
      _ko(r"비싸|비싼|비쌉|비쌌|비용(?:이|은|도)? (?:훨씬 |조금 |약간 )?더 (?:들|많이|커|크|늘)|"
          r"비용이 (?:큰|높은|많이 드는)|비용이 (?:꽤|많이|상당히|제법|만만치 않게) (?:많이 )?(?:들|드)"))),
    (("improving", _en(r"improv(?:e|es|ed|ing|ement|ements)|"
                        r"(?:gets?|got|getting|became|becomes?) (?:[\w.%-]+ ){0,3}better|"
                        # ("helps pass@100 but hurts pass@1" said pass@1에는 도움이 되지만)
                        r"helps(?= \S+ but\b)"),
      _ko(r"향상|개선|나아지|나아져|나아졌|나아집|좋아지|좋아져|좋아졌|좋아집|도움이 되")),
     # ("WQL got about 30 percent worse" said 30퍼센트 좋아졌어요)
     ("degrading", _en(r"degrad\w*|deteriorat\w*|worsen\w*|"
                       r"(?:gets?|got|getting|became|becomes?) (?:[\w.%-]+ ){0,3}worse|"
                       r"hurts?|hurting|harm(?:s|ed|ing)?"),
      _ko(r"저하|악화|나빠|퇴보|손해(?:예요|입니다|를 봐|를 보)"))),
    # ("the simple filter beat the elaborate pipelines" said 성능이 더 낮았어요)
    (("better", _en(r"better|best(?! practices?)|outperform\w*|"
                    r"beat(?:s)? (?:the|a|an|every|all|both|our|their|its|\w+['’]s)"),
      # (나아요 is "it is better"; 나아지다 is "improving", the pair above)
      _ko(r"더 잘|잘하(?!지 못|지 않|지는 않)|잘해(?:요|서|야)|나은|낫(?!지 않)|"
          r"(?<![가-힣])(?:더 |그나마 |훨씬 )?나아(?:요|서|야)(?![가-힣])|더 좋|우수|뛰어나")),
     # ("recall it much better than what is in the middle" said 훨씬 덜 정확하게)
     ("worse", _en(r"worse|worst|bad|poor(?:ly|er)?"),
      _ko(r"더 못|못해요|못합니다|못하는|나쁜|나빠|나쁘|뒤처|열등|덜 (?:정확|좋|잘|우수)|"
          # ("smaller groups mean better accuracy" said 정확도는 떨어지지만)
          r"(?:정확도|품질|성능)(?:가|는|이|도)? (?:더 |조금 |약간 )?(?:떨어|낮아|나빠)"))),
    (("proportional", _en(r"(?<!inversely )proportional(?:ly)?"), _ko(r"(?<!반)비례")),
     ("inversely proportional", _en(r"inversely"), _ko(r"반비례"))),
    # ("9.2 seconds end to end" said 중앙값 ... 엔드투엔드: a median, a whole trip)
    (("the middle", _en(r"middle|cent(?:er|re)|halfway|half-way|midway"),
      _ko(r"중간|가운데|중앙(?!값)")),
     # ("so the most relevant ones go first and last" said 가운데에 두는)
     ("the end", _en(r"(?<!end to )(?<!end-to-)ends?(?! to end)(?!-to-end)|ending|edges?|"
                     r"first and last|at the (?:start|beginning) (?:and|or) (?:at )?the end"),
      _ko(r"끝부분|끝에|끝으로|맨 끝|마지막 부분|양 끝|가장자리|처음과 끝|맨 앞과 맨 뒤|앞과 뒤"))),
    # "NOT IN, which breaks silently when there are NULLs" said NULL이 있어도 조용히 잘 동작
    (("breaking", _en(r"break(?:s|ing)?|broke|broken|crash(?:es|ed|ing)?|fails? silently"),
      _ko(r"깨지|깨져|깨진|고장|망가|크래시|다운되|뻗")),
     ("working", _en(r"works? (?:fine|well|correctly|perfectly)|runs? (?:fine|smoothly)"),
      _ko(r"잘 (?:동작|작동|돌아가|돌아)|제대로 (?:동작|작동)|정상(?:적으로)? (?:동작|작동)"))),
    # "sum those maxima across the query" said 쿼리 전체에 대해 평균 내요
    (("the sum", _en(r"sum(?:s|med|ming)?|add(?:s|ed)? (?:them |those |it )?up|summ(?:ed|ing)|"
                     r"totals?"),
      _ko(r"합산|합계|총합|합을 (?:구|내)|합해|합한")),
     ("the average", _en(r"averag(?:e|es|ed|ing)|the mean|mean of"), _ko(r"평균"))),
    # "the model is clearly overconfident" said 자신감이 부족한 편
    (("overconfident", _en(r"over-?confident|overconfidence|too confident"),
      _ko(r"과신|자신감이 (?:너무 |지나치게 )?(?:높|강|크|과하|넘치)|과도한 (?:자신감|확신)|과대 ?확신")),
     ("underconfident", _en(r"under-?confident|underconfidence|not confident enough"),
      _ko(r"자신감이 (?:너무 )?(?:부족|낮|없)|확신이 부족|과소 ?확신|자신 없"))),
    # "quality stopped improving once KL passed 12 nats" said 넘어간 뒤에야 좋아지기 시작했어요
    (("stopped improving", _en(r"(?:stopped|stops|stop|ceased) (?:improving|getting better|"
                               r"rising|going up)|plateau(?:s|ed|ing)?"),
      _ko(r"(?:개선|향상|좋아지|나아지|오르)(?:지|는 게|는 것이|기가) (?:멈|멎|그쳤)|정체|제자리")),
     ("started improving", _en(r"(?:started|starts|start|began|begins) (?:improving|to improve|"
                               r"getting better)"),
      _ko(r"(?:좋아지|개선되|나아지|향상되|오르)기 시작"))),
    # "up to 24 times higher throughput" said 평균 24배
    (("up to", _en(r"up to (?=[\d$])|as (?:much|high|many) as|at most"), _ko(r"최대")),
     ("on average", _en(r"on average|averag\w+"), _ko(r"평균"))),
    # "only with a stable corpus" said 코퍼스가 자주 바뀔 때만
    (("stable", _en(r"stable|static|unchanging|fixed corpus"),
      _ko(r"안정적|고정된|변하지 않|바뀌지 않|잘 안 바뀌|변동이 없")),
     ("changing often", _en(r"changes? (?:often|frequently|constantly|a lot|daily)|"
                            r"frequently (?:changing|updated)|volatile|churn\w*"),
      _ko(r"자주 (?:바뀌|바뀐|바뀔|변하|변한|변할|변경|업데이트|갱신)|수시로 (?:바뀌|바뀔|변)|"
          r"계속 바뀌|변동이 (?:심|잦|많)"))),
    # "Call it at the start of training" said 학습이 끝난 뒤에
    (("the start", _en(r"at the (?:start|beginning|outset)|before (?:training|the run|it) "
                       r"(?:starts|begins)|at startup"),
      _ko(r"시작할 때|시작하기 전|시작 시점|시작 부분|시작될 때|처음에|초반에|시작하자마자")),
     ("the end", _en(r"at the end|after (?:training|the run|it) (?:ends|finishes|is done)|"
                     r"once (?:training|the run) (?:ends|finishes|is done)"),
      _ko(r"끝난 (?:뒤|후|다음)|끝나고|끝날 때|마친 (?:뒤|후|다음)|종료 (?:후|뒤)|끝나면"))),
    # "push rejected responses down" said chosen 응답을 끌어내리는 (the names kept in Latin)
    (("the chosen answer", _en(r"chosen|preferred"), _ko(r"(?i:chosen)|선택된|선호된|선호 응답")),
     ("the rejected answer", _en(r"rejected|dispreferred"),
      _ko(r"(?i:rejected)|거부된|거절된|비선호"))),
    (("rarely", _en(r"rarely|seldom|infrequent(?:ly)?|hardly ever|almost no|hardly any|"
                    r"barely any|next to no"), _ko(r"드물|좀처럼|거의 없")),
     ("often or usually", _en(r"often|frequent(?:ly)?|constantly|tends? to|usually|typically|mostly|"
                   r"generally|normally|most of the time"),
      _ko(r"자주|빈번|흔히|수시로|대개|대체로|(?<![가-힣])보통(?:은)? |주로|일반적으로|대부분(?:의 경우|은)?|"
          r"(?<![가-힣])항상|(?<![가-힣])늘(?= )|"
          r"(?:경우|때|일)가 (?:많|잦|흔하|흔해|흔합)"))),
    # "They tend to love long answers" said 예외 없이 모두: a tendency made a rule.
    (("always", _en(r"always|every single time|without exception|invariably|never fails?"),
      # (not 늘 때마다, "whenever it grows")
      _ko(r"예외 ?없이|(?<![가-힣])항상|언제나|무조건|(?<![가-힣])늘(?![가-힣])(?! (?:때|수록|수|경우))")),
     # (not "usually", which translators do say 언제나)
     ("sometimes or often", _en(r"often|sometimes|occasionally|tends? to|more often than not|"
                                r"mostly"),
      _ko(r"대개|대체로|보통은|종종|때때로|가끔|경향이|(?:하는|인|한) 편이"))),
    # (not "at least", a bound; "the least important" may be 가장 중요하지 않은, so only
    # quantities count)
    (("the most", _en(r"most (?:likely|probable|common|frequent)|the most|highest|largest|"
                      r"longest|biggest|greatest"),
      _ko(r"(?:가장|제일) (?:높|많|크|큰|흔|길|긴)")),
     ("the least", _en(r"(?<!at )least|fewest|lowest|smallest|shortest"),
      _ko(r"(?:가장|제일) (?:낮|적|작|드물|짧)"))),
    (("dependent", _en(r"depend(?:s|ed|ing|ent|ence|ency|encies)?"), _ko(r"의존|종속")),
     ("independent", _en(r"independent(?:ly)?|independence"), _ko(r"독립"))),
    # The time of a step: "the big win at inference time" said 학습할 때 (only the Korean
    # that names a time: 추론 alone is also "reasoning", 학습 alone "learning")
    (("training", _en(r"train(?:s|ed|ing)?|pre-?train\w*|fine-?tun\w*|learn(?:s|ed|ing|t)?|"
                      r"epochs?|gradients?|backprop\w*|optimi[sz]\w*"),
      _ko(r"(?:학습|훈련|트레이닝)(?:할|하는|시킬|시키는) (?:때|동안|중)|(?:학습|훈련|트레이닝) "
          r"(?:시|중|단계|도중|시점|과정)(?![가-힣])")),
     ("inference", _en(r"inference|serving|serves?|at (?:test|run|query|request|decode|"
                       r"generation) time|in production|deploy\w*|generat\w+|decod\w+|runtime"),
      _ko(r"(?:추론|서빙|인퍼런스)(?:할|하는) (?:때|동안|중)|(?:추론|서빙|인퍼런스) "
          r"(?:시|중|단계|시점)(?![가-힣])"))),
    # ("most of the eleven datasets" said 11개 데이터셋 모두; not "all" said 거의 모든,
    # "nearly all", which Korean says for an "all" freely)
    (("most", _en(r"(?<!the )(?<!at )(?:most of|most (?=(?:[a-z]+s|people|folks)\b)(?!times\b))|"
                  r"the majority of|the bulk of"),
      _ko(r"대부분|대다수|과반")),
     # (not "three prefill GPUs for every decode GPU": a ratio)
     ("all", _en(r"(?<!at )(?<!not )all(?! but)|(?<!for )(?<!per )(?:every|each)|entire(?:ly)?|"
                 r"whole|without exception|both"),
      # (not 태어나기 전부터, "since before")
      _ko(r"(?<![가-힣])모두(?:가|를|에서|에게|의|는|도)?(?![가-힣])|(?<![가-힣])전부(?!터)|"
          r"(?<![가-힣])모든|빠짐없이"))),
    # "Mistral dropped the system block entirely" said 시스템 블록을 그대로 유지했어요. (Not
    # the other way round: "keep the good ones" may be said 나머지는 버리고.)
    (("dropping", _en(r"drop(?:s|ped|ping)? (?:the|it|them|that|this|its|their)\b"
                      r"(?! (?:\w+ )?(?:to|by|from)\b)|remov\w+|omit\w*|"
                      r"strip(?:s|ped|ping)?|delet\w+|discard\w*|got rid of|gets? rid of|"
                      r"leaves? out|left out"),
      _ko(r"(?!)")),
     ("keeping", _en(r"keep(?:s|ing)?|kept|retain\w*|preserv\w+|stay(?:s|ed|ing)?|remain\w*|"
                     r"maintain\w*|leaves? (?:it|them) (?:in|alone|as)"),
      # (verbs only: 법적 보존 조치 is a "legal hold")
      _ko(r"유지(?=하|해|했|한|할|돼|되|된|됐)|남겨|남겼|그대로 두|그대로 뒀|"
          r"보존(?=하|해|했|한|할|돼|되|된|됐)"))),
    # ("one all-reduce in the forward pass" said 역전파에서)
    (("the forward pass", _en(r"forward(?: pass(?:es)?)?|forward-pass"), _ko(r"순전파|포워드")),
     ("the backward pass", _en(r"backward(?: pass(?:es)?)?|backward-pass|backprop\w*|"
                               r"back-?propagat\w+|gradients?"), _ko(r"역전파|백워드"))),
    # ("the first linear layer is split by columns" said 행 방향으로)
    (("by rows", _en(r"rows?|row-wise|row-major"),
      _ko(r"(?<![가-힣])행(?!렬|동|사|복|운|정|위|진|성)(?:으로|별|단위|방향|을|를|이|은|마다)?(?![가-힣])")),
     ("by columns", _en(r"columns?|column-wise|column-major"),
      _ko(r"(?<![가-힣])열(?:로|별|단위|방향|을|이|은|마다)(?![가-힣])|컬럼|칼럼"))),
    (("an encoder-decoder", _en(r"encoder-decoder|seq2seq|sequence-to-sequence"),
      _ko(r"인코더[-‐ ]?디코더|인코더와 디코더")),
     ("decoder-only", _en(r"decoder-only|decoder only"), _ko(r"디코더 ?전용|디코더만|디코더 ?온리"))),
    # ("arrival rate times average time": a quantity times another is a product)
    (("multiplying", _en(r"multipl(?:y|ies|ied|ying)|scal(?:e|es|ed|ing) (?:\w+ )?by|"
                         r"(?:rate|size|count|number|length|latency|cost|price|width|rank|"
                         r"value|factor|probability|weight|average|mean) times(?= \w)|"
                         r"\d[\d,.]* times \$?\d|"
                         # ("divided by the number of experts, times a capacity factor")
                         r",? times (?:a|an|the) (?:\w+ )?(?:factor|constant|coefficient|"
                         r"multiplier|scale|ratio)"),
      _ko(r"곱하|곱해|곱한|곱합|곱했")),
     # ("scales by alpha over the square root of rank" divides)
     # (and "multiplied by alpha over rank": a ratio of two hyperparameters)
     ("dividing", _en(r"divid(?:e|es|ed|ing)|\w+ over (?:the )?(?:square root|sqrt|sum|total|"
                      r"number|count|norm|rank|r|n|k|d|batch size)"),
      _ko(r"나누|나눠|나눈|나눕|나눴"))),
    (("user space", _en(r"user[ -]?(?:space|land|mode)"), _ko(r"사용자 공간|유저 ?공간|유저 ?스페이스|사용자 모드")),
     ("kernel space", _en(r"kernel[ -]?(?:space|mode)"), _ko(r"커널 공간|커널 ?스페이스|커널 모드"))),
    (("egress", _en(r"egress|outbound"), _ko(r"이그레스|아웃바운드|송신")),
     ("ingress", _en(r"ingress|inbound"), _ko(r"인그레스|인바운드|수신"))),
    # ("If it fails either check" said 두 검사를 모두 통과하지 못하면)
    (("at least one", _en(r"at least one|any one of|any single one|either (?:check|test|one|side|"
                          r"gate|condition|of (?:them|these|those|the))"),
      _ko(r"하나라도|하나만이라도|어느 하나|한 번이라도")),
     # ("only count a win if the judge agrees with itself both times" said 한 번이라도)
     ("all of them", _en(r"(?<!at )all (?:of )?(?:the |them|these|those|\w+ )|every (?:one|single|"
                         r"\w+)|both times|both runs|both orders"),
      _ko(r"모두|전부|다 같이|모든"))),
    (("on one try at least", _en(r"(?:at least one|any one) of (?:the )?(?:\w+ )?"
                                 r"(?:attempts|tries|runs|samples)"),
      _ko(r"한 번이라도|한 번만이라도|적어도 한 번")),
     ("on every try", _en(r"(?:on |in )?(?:all|every) (?:\w+ )?"
                          r"(?:attempts|tries|runs|samples|attempt|try|run)"),
      _ko(r"(?:모든|매) (?:시도|실행|샘플|번)|모두 성공|전부 성공|매번"))),
    (("by hand", _en(r"by hand|manually|hand-(?:label|check|review|annotat)\w*|"
                     r"(?:spot-check|check|review)\w* (?:them |it )?(?:with|by) humans?"),
      _ko(r"직접|수작업|손으로|수동")),
     ("automatically", _en(r"automat\w*|auto-\w+"), _ko(r"자동"))),
    (("ignoring", _en(r"ignor(?:e|es|ed|ing)|disregard\w*"), _ko(r"무시")),
     ("following", _en(r"follow(?:s|ed|ing)? (?:the |all |your |its |any |these |those )?"
                       r"(?:\w+ )?(?:instructions?|rules?|orders?|prompts?)|obey\w*"),
      _ko(r"따르(?!지 않|지 말)|따라(?:야|서|요)|따릅|따랐|준수"))),
    (("ahead", _en(r"ahead of|one step ahead|in the lead|beat(?:s|ing)?|outperform(?:s|ed|ing)?|"
                   r"surpass(?:es|ed|ing)?"),
      _ko(r"앞서 (?:있|나가|가)|한발 앞|앞서가|앞질러|앞서 나|앞서요|앞서죠|앞섭니다|앞선다|"
          r"앞섰(?:어|다|고|는데|죠|습)")),
     # (within three points of GPT-4o: close behind it)
     ("behind", _en(r"behind(?! the scenes)|lag(?:s|ging|ged)? behind|trail(?:s|ing)?|"
                    r"within (?:about |roughly |around )?[\w.-]+ (?:points?|percent|%) of"),
      _ko(r"뒤처|뒤쳐|뒤떨어|한발 늦|뒤따라|뒤졌|뒤질|뒤지(?:는|고|며|지)|밀렸|못 미쳤|못 미치|"
          r"못 미쳐"))),
    (("disagreeing", _en(r"disagree\w*"),
      _ko(r"불일치|의견이 (?:갈리|갈린|다르|다른|엇갈)")),
     ("agreeing", _en(r"(?<!dis)agree(?:s|d|ing)?\b"),
      _ko(r"(?<!불)일치하(?!지 않)|의견이 (?:같|일치)|동의하(?!지 않)"))),
    # uncertainty sampling picks what the model is least confident about
    (("the least confident", _en(r"least (?:confident|certain|sure)"),
      _ko(r"가장 (?:불확실|확신이 없|확신이 낮|자신 없)|확신이 가장 낮|덜 확신|가장 확신하지 못")),
     ("the most confident", _en(r"most (?:confident|certain|sure)"),
      _ko(r"가장 확신하(?!지)|가장 확신이 (?:높|큰)|확신이 가장 높|가장 자신 있"))),
    # "validate it on each task type, not just on the average" said 평균 기준으로만요
    (("not only", _en(r"not (?:just|only|merely)"),
      _ko(r"뿐(?:만)? 아니|만이 아니|만은 아니|에 그치지 않|말고도|뿐 아니")),
     ("only", _en(r"(?<!not )(?<!not just )\bonly\b"),
      _ko(r"(?:기준으로|으로|로|에서|에)만(?:요|이에요|이죠)?(?=[\s.,!?]|$)"))),
    (("necessary", _en(r"necessary|a prerequisite"), _ko(r"필요조건|필요 조건|전제 조건|전제조건")),
     ("sufficient", _en(r"sufficient|enough on its own|enough by itself"),
      _ko(r"충분조건|충분 조건|그것만으로(?:도)? 충분"))),
    (("linear growth", _en(r"linear(?:ly)?"), _ko(r"선형|정비례")),
     ("exponential growth", _en(r"exponential(?:ly)?"), _ko(r"기하급수|지수적|지수 함수적"))),
    (("a weak correlation", _en(r"correlat\w* (?:\w+ )?(?:poorly|weakly|badly)|weak(?:ly)? correlat\w*|"
                                r"low correlation|uncorrelated|no correlation"),
      _ko(r"상관(?:관계|성)[이가]? (?:\S+ )?(?:낮|약)|상관(?:관계|성)?[이가]? (?:거의 |전혀 )?없")),
     ("a strong correlation", _en(r"correlat\w* (?:\w+ )?(?:strongly|highly|well)|"
                                  r"(?:strong|heavi|high|close|tight)(?:ly)? correlat\w*|"
                                  r"high correlation"),
      _ko(r"상관(?:관계|성)[이가]? (?:\S+ )?(?:높|강)"))),
    (("weaker", _en(r"weak(?:er|est|ly)?"), _ko(r"약한|약해|더 약|약하게|취약")),
     ("stronger", _en(r"strong(?:er|est|ly)?|more powerful"), _ko(r"강한|강해|더 강|강하게|강력"))),
    (("consistent", _en(r"(?<!in)consistent(?:ly)?|reliably the same"),
      _ko(r"일관(?:성이 (?:높|있)|되게|적으로|된)")),
     ("inconsistent", _en(r"inconsistent(?:ly)?|erratic(?:ally)?"),
      _ko(r"일관성이 (?:\S+ )?(?:떨어|낮|없)|들쭉날쭉|오락가락|비일관"))),
    (("public", _en(r"public"), _ko(r"(?<!비)공개(?!적)|퍼블릭")),
     ("private", _en(r"private|internal"), _ko(r"비공개|사설|프라이빗|내부"))),
    # ("persist blocks that have been hit at least twice" said 미스가 난 블록만)
    (("cache hits", _en(r"(?:cache )?hits(?! rate)|(?:been|was|were|gets?|got) hit\b"),
      _ko(r"히트|적중")),
     ("cache misses", _en(r"(?:cache )?misses"), _ko(r"미스"))),
    (("loudly", _en(r"loud(?:ly)?|noisily"), _ko(r"요란|시끄럽|시끄러|떠들썩")),
     ("silently", _en(r"silent(?:ly)?|quiet(?:ly)?"), _ko(r"조용히|소리 없이|몰래|조용하게|조용한"))),
    (("a pinned version", _en(r"pin(?:s|ned|ning)?\b|a fixed version|a specific version"),
      _ko(r"고정(?:해|하|된|시)")),
     ("the latest version", _en(r"latest|newest"), _ko(r"최신"))),
    (("underrated", _en(r"underrated|underappreciated|undervalued|overlooked"),
      _ko(r"과소평가|저평가")),
     ("overrated", _en(r"overrated|overhyped|overvalued"), _ko(r"과대평가|고평가"))),
    # "and only then" is said last; 맨 먼저 or 하기 전에 makes it the first step
    # ("Finally, evaluate on your own data before you trust any number" is 믿기 전에 먼저)
    (("only then", _en(r"only then|only after (?:that|this)|only once that|and finally|"
                       r"^finally(?![^.?!]*\bbefore\b)"), _ko(r"(?!)")),
     ("first of all", _en(r"first of all|before anything else|first thing"),
      _ko(r"맨 먼저|가장 먼저|제일 먼저|하기 전에 먼저|(?<![가-힣])먼저 |것보다 먼저|무엇보다(?:도)? 먼저|"
          r"맨 처음에?|제일 처음에?|모든 (?:과정|것|단계)(?:에|보다) 앞서"))),
    # "next Tuesday" said 지난 화요일
    (("the coming one", _en(rf"next (?:week|month|year|quarter|{_WEEKDAYS})"),
      _ko(r"다음 ?주|다음 ?달|내년|다음 분기|다음 [월화수목금토일]요일|오는 [월화수목금토일]요일")),
     ("the past one", _en(rf"last (?:week|month|year|quarter|{_WEEKDAYS})"),
      _ko(r"지난 ?주|지난 ?달|작년|지난해|지난 분기|지난 [월화수목금토일]요일"))),
    (("overstated", _en(r"overstat\w*|overestimat\w*|exaggerat\w*|inflat(?:es|ed|ing) the"),
      _ko(r"과대\s?평가|과대\s?추정|부풀|과장")),
     ("understated", _en(r"understat\w*|underestimat\w*"), _ko(r"과소\s?평가|과소\s?추정|축소해"))),
    (("independent of it", _en(r"regardless of|irrespective of|independent of|"
                                r"no matter (?:how|what)|(?:does|do)(?:n't| not) depend on"),
      _ko(r"상관없이|관계없이|무관하게|상관이 없|관계가 없")),
     ("depending on it", _en(r"depends? on|depending on|varies with|scales with"),
      _ko(r"에 따라 달라|에 따라 다르|좌우|에 달려"))),
    (("the start of it", _en(r"at the (?:start|beginning|top|front|head) of"),
      _ko(r"앞부분|맨 앞|맨 위|처음 부분|시작 부분|첫머리")),
     ("the end of it", _en(r"at the (?:end|bottom|back|tail) of"),
      _ko(r"끝부분|끝 부분|맨 끝|맨 뒤|맨 아래|마지막 부분|뒷부분"))),
    (("never", _en(r"never"), _ko(r"(?!)")),
     ("hardly ever", _en(r"hardly ever|almost never|rarely|seldom|"
                         r"(?:hardly|scarcely) any(?:one|body|thing)?|almost no(?:one|body| one)?"),
      _ko(r"거의 (?:[가-힣]+ )?(?:않|안 |없)"))),
    (("a complement", _en(r"complement(?:s|ary|ing)?|on top of|alongside|in addition to"),
      _ko(r"보완|보조|함께 쓰|같이 쓰")),
     ("a replacement", _en(r"replac(?:e|es|ed|ing|ement)|substitut\w*|instead of"),
      _ko(r"대체|대신|교체"))),
    (("the teacher", _en(r"teachers?"), _ko(r"교사|티처")),
     ("the student", _en(r"students?"), _ko(r"(?<![가-힣])학생|스튜던트"))),
    # (not 앞에서 말한: only where something is attached)
    (("at the front", _en(r"prepend(?:s|ed|ing)?|at the (?:start|beginning|front)"),
      _ko(r"(?:앞|앞부분|맨 앞|처음)에 (?:붙|덧붙|추가|넣|달)")),
     ("at the end", _en(r"append(?:s|ed|ing)?|at the end"),
      _ko(r"(?:끝|뒤|뒷부분|맨 뒤|맨 끝|마지막)에 (?:붙|덧붙|추가|넣|달)"))),
    (("false positives", _en(r"false positives?"), _ko(r"거짓 ?양성|위양성|오탐")),
     ("false negatives", _en(r"false negatives?"), _ko(r"거짓 ?음성|위음성|미탐"))),
    (("adding", _en(r"plus|added to"), _ko(r"더하기|덧셈")),
     ("multiplying", _en(r"times(?! (?:more|less|faster|slower|bigger|smaller|cheaper|larger|"
                          r"longer|shorter|as|over|per|in)\b)(?! a (?:day|week|month|year|"
                          r"second|minute|row|lot)\b)|multiplied by"),
      _ko(r"곱하기|곱셈"))),
    (("newer ones", _en(r"newer|and later|or later|and up\b|onwards?"), _ko(r"이후 (?:모델|기기|버전)|신형|최신 기기")),
     ("older ones", _en(r"older|and earlier|or earlier|and below"), _ko(r"이전 (?:모델|기기|버전)|구형"))),
    (("sooner", _en(r"sooner|earlier|(?:too|so|very|quite) early"), _ko(r"일찍|더 빨리|먼저|이른|이르게")),
     ("later", _en(r"later|belatedly"), _ko(r"늦게|늦은|늦어|나중에"))),
    (("much", _en(r"by a wide margin|by far|significantly|dramatically|substantially|"
                  r"considerably|quite a bit|a lot (?:more|less|better|worse|faster|slower)"),
      _ko(r"훨씬|크게|대폭|압도적|상당히|꽤 많이")),
     ("slightly", _en(r"slightly|marginally|a tiny bit|a little bit|a little(?=[,.;]| but\b)|"
                      r"(?:only )?(?:a bit|a little|somewhat) (?:\w+er|worse|better|more|less)\b"),
      _ko(r"약간|살짝|소폭|꽤 조금|조금(?:만)? (?:더|덜|높|낮|나은|좋)"))),
    (("too little", _en(r"too (?:low|small|few|little|short)|insufficient"),
      _ko(r"부족|모자라|모자란|모자랍|너무 (?:낮|작|적|짧)")),
     # "not enough" is 부족: only an English "enough" that no negation can precede
     ("enough", _en(r"plenty|more than enough|ample"), _ko(r"충분(?!하지|치|히 않)|넉넉"))),
    (("most", _en(r"most|(?:the )?(?:vast )?majority|nearly all|almost all|the bulk of|"
                  r"the lion's share"),
      _ko(r"대부분|대다수|거의 모든|거의 다")),
     # ("a few experts get most of the tokens" is 몇몇 expert에 토큰 대부분이)
     ("some", _en(r"only some|only a few|a few(?! (?:more|less|times|seconds|minutes|hours|days|"
                  r"weeks|months|years|percent|points)\b)|a handful|a minority|"
                  r"some of (?:them|these|those|the)|"
                  r"a (?:small |tiny )?fraction of|a small number of"),
      _ko(r"(?<!의 )일부(?:만|분)?|몇몇|소수"))),  # (not X의 일부, "part of X")
    (("longer", _en(r"longer|lengthier|more verbose|wordier"),
      _ko(r"더 긴|더 길|길수록|긴 (?:요약|답|정답|응답|출력)|(?:%|퍼센트|배)\s?(?:더\s)?(?:길|긴)")),
     ("shorter", _en(r"shorter|briefer|more concise|terser"),
      _ko(r"더 짧|짧을수록|짧은 (?:요약|답|정답|응답|출력)|(?:%|퍼센트|배)\s?(?:더\s)?짧"))),
    # ("the first dimensions", "the very last layer")
    # (not "for the last nineteen years", a span of time, 19년째)
    (("the last ones", _en(r"(?:the )?(?:last|latest|most recent) (?:\d+|few|" + _FEW_WORDS + ")"
                           r"(?! (?:years?|months?|weeks?|days?|decades?|hours?|minutes?|"
                           r"seasons?)\b)|"
                           r"the very last|the last (?:\w+ )?\w+s|"
                           # "keep only the last record for each hash"
                           r"the last \w+ (?=(?:for|per|in|of) each\b)"),
      _ko(r"최근|마지막|맨 뒤|뒤에서부터|후반|막바지")),
     ("the first ones", _en(r"(?:the )?(?:first|earliest|oldest) (?:\d+|few|" + _FEW_WORDS + ")|"
                            r"the very first|the first (?:\w+ )?\w+s|"
                            r"the first \w+ (?=(?:for|per|in|of) each\b)"),
      # (not 처음 뵙는 분들, "those who don't know me")
      _ko(r"처음(?! 뵙| 보시| 오신)|맨 앞|앞에서부터|첫 \d|가장 오래된|초반"))),
    # "upweight high-quality sources" said 비중을 낮춰요
    (("weighting up", _en(r"upweight\w*|upsampl\w*|oversampl\w*"),
      _ko(r"비중을 (?:더 )?(?:높|늘|키|올)|업샘플|오버샘플")),
     ("weighting down", _en(r"downweight\w*|downsampl\w*|undersampl\w*"),
      _ko(r"비중을 (?:더 )?(?:낮|줄)|다운샘플|언더샘플"))),
    (("the one that comes first", _en(r"(?:comes?|came|listed|shown|appears?|appeared|presented|"
                                      r"placed|goes|went) first"),
      _ko(r"(?:먼저|앞에|처음에?|첫 번째로?) (?:나온|나오는|제시된|보이는|놓인|온)|"
          r"(?:맨 )?앞(?:쪽)?에 오|맨 처음에 오|(?:가장|맨|제일) 먼저")),
     ("the one that comes second", _en(r"(?:comes?|came|listed|shown|appears?|appeared|presented|"
                                       r"placed|goes|went) (?:second|last|later)|"
                                       r"(?:is|are|gets?) (?:written|done|run|applied|added|"
                                       r"loaded|called|committed|saved) last"),
      _ko(r"(?:뒤에|나중에|두 번째로?|마지막에?) (?:나온|나오는|제시된|보이는|놓인|온)|"
          r"(?:맨 )?뒤(?:쪽)?에 오|맨 끝에 오|마지막에 오"))),
    (("milliseconds", _en(r"milliseconds?|ms"), _ko(r"밀리초|(?<![A-Za-z])ms(?![A-Za-z])")),
     ("seconds", _en(r"(?<!milli)(?<!micro)(?<!nano)seconds?|secs?"),
      _ko(r"(?:\d|몇|수|십)\s?초(?![기과반안점])"))),
    (("lighter", _en(r"lighter|lightweight|light-weight|lightest"), _ko(r"가벼|가볍|경량")),
     ("heavier", _en(r"heav(?:y|ier|iest)(?![- ]?(?:lifting|use|user|traffic|tail))|heavyweight"),
      _ko(r"무거|무겁|헤비"))),
    (("per token", _en(r"per[- ]token|token[- ]wise|token by token"),
      _ko(r"토큰 ?(?:단위|별|마다)")),
     ("per channel", _en(r"per[- ]channel|channel[- ]wise"), _ko(r"채널 ?(?:단위|별|마다)"))),
    # ("lower than what the client sees")
    (("the server side", _en(r"server[- ]side|on the server|(?:by|at|from) the server|"
                             r"the server (?:sees|measures|gets|receives)"),
      _ko(r"서버 ?(?:측|쪽)|서버에서")),
     ("the client side", _en(r"client[- ]side|on the client|(?:by|at|from) the client|"
                             r"the client (?:sees|measures|gets|receives)"),
      _ko(r"클라이언트 ?(?:측|쪽)|클라이언트에서"))),
    (("it matters", _en(r"(?<!no )(?<!doesn't )(?<!does not )(?<!won't )matters"),
      _ko(r"중요(?:해|하다|합|하죠|한 건)(?!지)")),
     ("it does not matter", _en(r"doesn't matter|does not matter|don't matter|"
                                r"makes? no difference|irrelevant"),
      _ko(r"상관(?:이\s)?없|관계(?:가\s)?없|중요하지 않|무관"))),
    (("combinable", _en(r"not mutually exclusive|can be combined|combine well|stack(?:s)? well"),
      _ko(r"(?:함께|같이|동시에) (?:쓸|사용할|적용할) 수 있|병행할 수 있|조합할 수 있")),
     ("mutually exclusive", _en(r"(?<!not )mutually exclusive|can't be combined|"
                                r"cannot be combined"),
      _ko(r"(?:함께|같이|동시에) (?:쓸|사용할|적용할) 수(?:는|가)? 없|상호 배타"))),
    (("failing gracefully", _en(r"fail(?:s|ing)? gracefully|degrad(?:e|es|ing) gracefully"),
      _ko(r"(?:우아하게|안전하게|깔끔하게|매끄럽게) 실패|graceful")),
     ("never failing", _en(r"never fails?|without ever failing"),
      _ko(r"(?:절대|결코) 실패하지 않|실패하지 않도록|실패 없이"))),
    (("asynchronously", _en(r"async(?:hronous(?:ly)?)?|non-blocking"), _ko(r"비동기|async")),
     ("synchronously", _en(r"sync(?:hronous(?:ly)?)?|blocking"),
      _ko(r"(?<!비)동기(?:적|식|로| 방식| 호출)"))),
    (("only once", _en(r"only once|just once|a single time|once,? at the start"),
      _ko(r"한 번만|딱 한 번|한 번뿐|처음에만|처음 한 번")),
     ("every time", _en(r"every time|each time|for every|for each"),
      _ko(r"매번|(?:때|청크|요청|토큰)마다 매"))),
    (("weeks", _en(r"weeks?"), _ko(r"(?:\d|몇|한|두|세|네|여러)\s?주(?:일|간)?(?![가-힣])|주일|주간")),
     ("months", _en(r"months?"), _ko(r"(?:\d|몇|한|두|세|네|여러)\s?(?:개월|달(?!러))"))),
    (("on disk", _en(r"SSDs?|NVMe|on disk"), _ko(r"SSD|NVMe|디스크")),
     ("in memory", _en(r"RAM|DRAM|in memory|in-memory"), _ko(r"RAM|DRAM|램|인메모리|메모리에 (?:올|상주)"))),
    (("precision", _en(r"precision"), _ko(r"정밀도|정확률")),
     ("recall", _en(r"recall"), _ko(r"재현율|리콜"))),
    (("subtracting", _en(r"subtract(?:s|ed|ing)?|minus|deduct(?:s|ed|ing)?"),
      _ko(r"빼(?:고|서|는|면|기|요|줘|주)|뺀|뺄|뺍|차감")),
     ("adding", _en(r"add(?:s|ed|ing)? (?:it |them |this |that )?(?:to|onto)|plus"),
      _ko(r"더하|더한|더해|더할|합산"))),
    (("throughput", _en(r"throughput|tokens per second|requests per second"),
      _ko(r"처리량|스루풋|초당 (?:토큰|요청)")),
     ("latency", _en(r"latency|latencies|response time|time to first token|TTFT"),
      _ko(r"지연 ?시간|레이턴시|응답 시간|첫 토큰까지"))),
    # "whether or not the longer answer is better" said 더 나을 때에 한해서
    (("either way", _en(r"whether or not|regardless of whether"),
      _ko(r"든 아니든|든 말든|(?:여부|지)(?:와|에)? (?:상관|관계)없이|상관없이|관계없이")),
     ("only if", _en(r"only if|only when"),
      _ko(r"(?:경우에만|때에만|때만|(?:경우|때)에 한해)(?!\s?(?:빼고|제외|말고))"))),
    # "shipped thirty minutes before the alert" said 알림이 울리고 약 30분 뒤였어요 (a time
    # before or after a moment; "A before B" may be "B 한 뒤 A", but never "N분 뒤" for "N
    # minutes before")
    (("a time before", _en(_SPAN_OF_TIME + r" (?:before|earlier)"),
      _ko(r"(?:초|분|시간|일|주|개월|달|년)\s?(?:전|이전|앞서)")),
     ("a time after", _en(_SPAN_OF_TIME + r" (?:after|later)"),
      _ko(r"(?:초|분|시간|일|주|개월|달|년)\s?(?:뒤|후|이후)"))),
    # "It under-flagged self-harm slang" said 과하게 플래그하는
    (("too little", _en(r"under-?(?:flag|predict|report|count|sampl|detect|fit)\w*"),
      _ko(r"과소|덜 (?:잡|플래그|탐지|예측)|적게 (?:잡|플래그|탐지|예측)|놓치")),
     ("too much", _en(r"over-?(?:flag|predict|report|count|sampl|detect|fit)\w*"),
      _ko(r"과하게|과도하게|지나치게|과잉|과적합|과대"))),
    # "use only the performance cores" said 효율 코어만
    (("performance cores", _en(r"performance[- ]cores?|P-cores?"), _ko(r"성능 ?코어|P ?코어")),
     ("efficiency cores", _en(r"efficiency[- ]cores?|E-cores?"), _ko(r"효율 ?코어|E ?코어"))),
    # "the same wide, low-loss basin" said 손실이 높은
    (("low loss", _en(r"low(?:er|est)?[- ]loss"), _ko(r"손실이 (?:낮|작|적)|낮은 손실|저손실")),
     ("high loss", _en(r"high(?:er|est)?[- ]loss"), _ko(r"손실이 (?:높|크|큰)|높은 손실|고손실"))),
    # "sort them from best to worst" said 가장 낮은 것부터 높은 것 순으로
    (("best first", _en(r"from (?:the )?(?:best|highest|largest|biggest|most) to (?:the )?"
                        r"(?:worst|lowest|smallest|least)|descending"),
      _ko(r"(?:높은|큰|좋은|많은) (?:것|순|쪽)(?:부터|에서)|내림차순")),
     ("worst first", _en(r"from (?:the )?(?:worst|lowest|smallest|least) to (?:the )?"
                         r"(?:best|highest|largest|biggest|most)|ascending"),
      _ko(r"(?:낮은|작은|나쁜|적은) (?:것|순|쪽)(?:부터|에서)|오름차순"))),
    # "on-call engineers get write access" said 읽기 권한
    (("read access", _en(r"read[- ](?:only|access|permissions?|rights)"),
      _ko(r"읽기 ?(?:전용|권한)|조회 권한")),
     ("write access", _en(r"write[- ](?:access|permissions?|rights)"),
      _ko(r"쓰기 ?권한|수정 권한|편집 권한"))),
    # (출동 나갔을 때만 빼고요: "except when we're out on a call")
    (("unless", _en(r"unless|except (?:when|if)"),
      _ko(r"않는 한|없는 한|아닌 한|제외하고는|경우를 제외|(?:때|경우)(?:만|를|는)? (?:빼고|제외하고|말고)")),
     ("only if", _en(r"only if|only when"),
      _ko(r"(?:경우에만|때에만|때만|(?:경우|때)에 한해)(?!\s?(?:빼고|제외|말고))"))),
    # "doubles unless you shorten the vectors" said 벡터를 줄이더라도
    (("unless", _en(r"unless"), _ko(r"않는 한|없는 한|아닌 한|않으면|않는다면")),
     ("even if", _en(r"even if|even when|even though"), _ko(r"더라도"))),
    (("still", _en(r"still|remains?|continues? to be"), _ko(r"여전히|아직도|그대로")),
     ("no longer", _en(r"no longer|not anymore|not any more|any longer"),
      _ko(r"(?:더 이상|더는) [^.?!]{0,20}(?:않|아니|아닙|아님|아닌|없|못)"))),
    # "results returned within 24 hours" said 24시간이 지난 뒤에: a deadline made a delay
    (("within a time", _en(r"within (?:about |roughly |around |the next |the first |an? |one )?"
                           r"(?:[\w.,-]+ )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
                           r"years?)"),
      # (not 만에: 72시간 만에 is "72 hours later" too)
      _ko(r"이내|(?:초|분|시간|일|주|달|개월|년) ?(?:안에|내에|안으로)")),
     ("after a time", _en(r"after (?:about |roughly |around |an? |one )?(?:[\w.,-]+ )?"
                          r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|later"),
      _ko(r"(?:초|분|시간|일|주|달|개월|년)이? 지난 (?:뒤|후|다음)|(?:초|분|시간|일|주|달|개월|년)이? "
          r"지나서야|(?:초|분|시간|일|주|달|개월|년)이? 지나야"))),
    # Korean says "A before B" as "A 한 뒤 B", so "before" may come out as 뒤 in a correct
    # cue; only "after" said 전에 counts (the Korean side of "after" never matches here).
    (("after", _en(r"after|afterwards|once (?:the |it |\w+ ){1,3}(?:is|are|has|have)"),
      _ko(r"(?!)")),
     ("before", _en(r"before|beforehand|ahead of time|in advance|up ?front"),
      # (앞서 이야기한 is "the one I told you about", no moment)
      _ko(r"전에|이전에|앞서" + _NOT_MENTIONED + r"|미리|보다 먼저|기 전부터|기 전의"))),
    # A point in time is another matter: "published before then" is never 그 이후에, and
    # "created before the cutoff" never 기준일 이후에.
    (("before that moment", _en(r"before (?:the )?(?:cutover|switchover|go-live|rollout)|"
                                # ("Before opset 17" said opset 17 이후로는: a version is a moment)
                                r"before (?:[A-Za-z][\w.-]* )?v?\d[\d.]*(?! (?:times|percent|%))|"
                                r"before the (?:cutoff|cut-off|deadline|launch|release|snapshot|"
                                r"freeze|split date|training cutoff|spike|crash|failure|outage|"
                                r"incident|divergence|collapse)|long before|"
                                r"before (?:it|they|the \w+) (?:reach|hit|get to)(?:es|s)?\b|"
                                r"before (?:the )?\w+ (?:even )?(?:starts|begins)|"
                                # ("can't be earlier than January 1st, 2015" said 이후일 수 없어요)
                                r"earlier than " + _A_DATE),
      # ("keeps running after the migration" said 마이그레이션이 끝날 때까지)
      _ko(r"이전|전에|전까지|앞서|(?:끝날|끝나기|마칠|완료될) 때까지")),
     ("after that moment", _en(r"after (?:the )?(?:cutover|switchover|go-live|rollout|"
                               r"migration|upgrade|switch)|"
                               # "60 percent of incidents follow a deploy" said 배포 직전에
                               r"follow(?:s|ed|ing)? (?:a |the )?(?:deploy\w*|release|launch|"
                               r"rollout|change|update)|"
                               r"after the (?:cutoff|cut-off|deadline|launch|release|snapshot|"
                               r"freeze|split date|training cutoff)|"
                               r"after (?:the )?\w+ (?:ends|finishes|is done|completes)|"
                               r"later than " + _A_DATE),
      _ko(r"이후|후에|뒤에|(?<=[가-힣] )뒤(?= )|지나서|넘어서|끝난 다음|나서야"))),
    # "But before you do that, normalize" said 그렇게 한 다음에는: what "that" points at is a
    # moment too
    (("before doing that", _en(r"before (?:you |we )?(?:do(?:ing)? (?:that|this|so|it)|that)"),
      _ko(r"그 ?전에|그러기 전에|그렇게 하기 전에|하기에 앞서")),
     ("after doing that", _en(r"after (?:you |we )?(?:do(?:ing)? (?:that|this|so|it)|that)|"
                              r"afterwards?"),
      _ko(r"그렇게 한 (?:다음|뒤|후)|그런 (?:다음|뒤|후)|그러고 나서|그 (?:다음|뒤|후)에"))),

    (("before it ends", _en(r"before (?:the |it |\w+ ){1,3}(?:is finished|is done|is complete|"
                            r"finishes|"
                            r"ends|completes)"),
      _ko(r"(?:끝나|끝내|완료되|마치|마무리되)기 전")),
     ("before it starts", _en(r"before (?:the |it |\w+ ){1,3}(?:even )?"
                              r"(?:starts|begins|is started)"),
      _ko(r"(?:시작하|시작되|시작)기(?:도)? 전"))),
    # "use the same seeds for both models" said 서로 다른 seed를
    (("the same for each", _en(r"the same (?:\w+ )?(?:for|across|on|in) (?:both|all|each|every)"),
      _ko(r"같은|동일한|똑같은")),
     ("a different one for each", _en(r"(?:a )?different (?:\w+ )?(?:for|across|on|in) "
                                       r"(?:each|every|both)"),
      _ko(r"서로 다른|각각 다른|각기 다른|제각각"))),
    # (대소문자 is "case", both: "restores capitalization" is 대소문자 복원)
    # "Sometimes it pays off, but more often it doesn't" said 대개는 ... 가끔
    (("sometimes", _en(r"sometimes|occasionally|now and then|at times|once in a while"),
      _ko(r"가끔|때때로|이따금|때로는|간혹")),
     ("usually", _en(r"usually|more often|most of the time|mostly|typically|in most cases|"
                     r"more often than not"),
      _ko(r"대개|대체로|(?<![가-힣])보통(?:은)? |대부분(?:의 경우|은)?|주로|일반적으로"))),
    # "truncate anything longer than 2,048 tokens from the left" said 오른쪽부터
    (("the left", _en(r"(?:from|on|to|at) the left|left[- ](?:side|hand|padding|padded|"
                      r"truncation)|leftmost"), _ko(r"왼쪽|좌측")),
     ("the right", _en(r"(?:from|on|to|at) the right|right[- ](?:side|hand|padding|padded|"
                       r"truncation)|rightmost"), _ko(r"오른쪽|우측"))),
    # "put anything dynamic after the static part" said 정적인 부분보다 앞에 두세요
    (("placed after", _en(r"(?:put|puts|place[sd]?|placing|append\w*|keep|move)\s(?:\w+\s){0,3}"
                          r"after\b"),
      _ko(r"뒤에 (?:두|둬|놓|붙|넣|배치)|뒤쪽에|맨 뒤|끝에 (?:두|둬|놓|붙|넣|배치)")),
     ("placed before", _en(r"(?:put|puts|place[sd]?|placing|prepend\w*|keep|move)\s(?:\w+\s){0,3}"
                           r"before\b"),
      _ko(r"앞에 (?:두|둬|놓|붙|넣|배치)|앞쪽에|맨 앞|보다 앞"))),
    # "fill in a masked wrong option" said 가려 둔 정답 선택지
    (("a wrong answer", _en(r"(?:wrong|incorrect) (?:answer|option|choice|label)s?|distractors?"),
      _ko(r"오답|틀린 (?:답|선택지|보기)")),
     ("the right answer", _en(r"(?:correct|right|true|gold) (?:answer|option|choice|label)s?"),
      _ko(r"정답|맞는 답|올바른 (?:답|선택지)"))),
    # "sample a few representative lines" said 무작위로 샘플링해요
    (("representative", _en(r"representative"), _ko(r"대표")),
     ("random", _en(r"random(?:ly)?|at random"), _ko(r"무작위|랜덤|임의로"))),
    (("upstream", _en(r"upstream"), _ko(r"업스트림|상류")),
     ("downstream", _en(r"downstream"), _ko(r"다운스트림|하류"))),
    # "nudging probability away from overloaded experts" said 쪽으로 확률을 몰아줘요
    (("away from it", _en(r"away from"), _ko(r"에서 멀어|에서 멀리|에서 벗어나")),
     ("toward it", _en(r"towards?"), _ko(r"쪽으로|을 향해|를 향해"))),
    (("a cross-encoder", _en(r"cross-?encoders?"), _ko(r"크로스 ?인코더|교차 인코더")),
     ("a bi-encoder", _en(r"bi-?encoders?|dual[- ]encoders?"), _ko(r"바이 ?인코더|이중 인코더"))),
    # "move one lever at a time" said 여러 레버를 한꺼번에
    (("one at a time", _en(r"one (?:\w+ )?at a time|one by one|(?:at|after) each (?:stage|step)"),
      _ko(r"하나씩|한 번에 하나|하나하나|단계마다|각 단계|요청마다 따로")),
     # ("computes x times W for the whole batch, once" said 요청마다 따로)
     ("all at once", _en(r"all (?:\w+ )?(?:at once|together)|(?:all )?simultaneously|"
                         r"for the whole batch,? once|once for the whole batch"),
      _ko(r"한꺼번에|동시에|한 번에 (?:모두|다)|일괄|배치 전체"))),
    # "That decision saved us about 6,000 GPU hours" said 6,000시간 더 들었지만
    (("saved", _en(r"sav(?:e|es|ed|ing)(?! (?:the|a|it|them|your|our|their|to|as|in)\b)|spared"),
      _ko(r"절약|아꼈|아끼|아낄|아낀|세이브")),
     ("spent more", _en(r"cost(?:s|ing)? (?:us |you |them )?(?:an? )?(?:extra|more|additional)|"
                          # ("less wasted memory" said 낭비되는 메모리가 줄면: a saving)
                          r"(?<!less )(?<!no )wasted?|burn(?:ed|t|s)?"),
      _ko(r"더 들었|더 들어|더 드는|추가로 들|더 소모|더 썼|낭비"))),
    # "route a small slice of real traffic" said 테스트용 합성 트래픽
    (("real traffic", _en(r"(?:real|live|production|actual) (?:traffic|users?|requests?|data|"
                          r"queries|conversations?)"),
      _ko(r"실제 (?:트래픽|사용자|요청|데이터|쿼리|대화)|실사용|프로덕션 트래픽|운영 트래픽|라이브 트래픽")),
     ("synthetic traffic", _en(r"synthetic|simulated|fake|artificial"),
      _ko(r"합성|가짜|시뮬레이션|테스트용|인공적"))),
    # "you usually want both, and in a specific order" said 순서는 크게 상관없어요
    (("in a set order", _en(r"in (?:a|the) (?:specific|particular|certain|right|fixed|set|strict) "
                            r"order|(?:the )?order matters"),
      _ko(r"순서(?:가|를|대로|도)? (?:중요|지켜|정해)|정해진 순서|특정 순서|순서대로")),
     ("in any order", _en(r"in any order|(?:the )?order (?:doesn['’]t|does not|won['’]t) matter|"
                          r"regardless of (?:the )?order"),
      _ko(r"순서(?:는|가|와)? (?:크게 |별로 |전혀 )?(?:상관(?:없|이 없)|중요하지 않|관계없|무관)|"
          r"순서에 상관없이|아무 순서"))),
    # "At batch size 1 you're memory-bound" said compute-bound라서
    (("memory-bound", _en(r"memory[- ]bound|bandwidth[- ]bound"),
      _ko(r"memory[- ]bound|메모리 ?바운드|메모리 병목|메모리 대역폭에 (?:묶|제약|제한)")),
     ("compute-bound", _en(r"compute[- ]bound|FLOPs?[- ]bound"),
      _ko(r"compute[- ]bound|컴퓨트 ?바운드|연산 ?바운드|연산 병목|연산(?:량)?에 (?:묶|제약|제한)"))),
    # "plot the number of steps for the runs that succeeded" said 실패한 실행들
    # ("escalate if the answer fails a confidence check" said 검사를 통과했을 때만)
    (("succeeded", _en(r"succe(?:ed|eds|eded|eding|ss|sses|ssful|ssfully)|"
                        r"pass(?:es|ed|ing)?"),
      _ko(r"성공|통과(?!하지 ?못|하지 않|를 못|에 실패|가 안|가 되지 않|하는지|할지|했는지|"
          r"\s?여부)")),  # (통과하는지: "whether it passes")
     # ("one if it passes, zero if it doesn't" says the failure by the bare "doesn't")
     ("failed", _en(r"fail(?:s|ed|ing|ures?)?|unsuccessful|reject(?:s|ed|ing)?|"
                    r"if (?:it|they|not) (?:doesn['’]t|don['’]t|does not|do not|not)"
                    r"(?=\s*[,.;!?]|$)"),
      _ko(r"실패|통과하지 ?못|통과 ?못|탈락"))),
    # "the old budget was suddenly too loose" said 너무 빠듯해졌어요
    (("too loose", _en(r"too (?:loose|generous|lenient|lax|permissive)"),
      _ko(r"너무 (?:느슨|넉넉|관대|후하)")),
     ("too tight", _en(r"too (?:tight|strict|stingy|restrictive)"),
      _ko(r"너무 (?:빠듯|빡빡|엄격|촉박|인색)"))),
    # "replanning calls should count against the budget too" said 예산에서 제외해야
    (("counted in", _en(r"counts? (?:against|toward|towards)|counted (?:against|toward|towards)"),
      _ko(r"포함|산입")),
     ("left out", _en(r"exclud\w+|leave (?:\w+ )?out|left out|don['’]t count|not count"),
      _ko(r"제외"))),
    # "the client generates a unique key" said 서버가 … 생성해서
    (("the client", _en(r"clients?|client-side"), _ko(r"클라이언트")),
     ("the server", _en(r"servers?|server-side"), _ko(r"서버"))),
    # "honor it instead of your own schedule" said 그걸 무시하고
    (("honored", _en(r"honou?r(?:s|ed|ing)?|respect(?:s|ed|ing)?|obey\w*|compl(?:y|ies|ied) with|"
                     r"abide by"), _ko(r"준수|존중|지키|지켜")),
     ("ignored", _en(r"ignor\w+|disregard\w*"), _ko(r"무시"))),
    # "lets the weights adapt before you ever ship them" said 배포한 뒤에도 (Korean says "A
    # before B" as "B 한 뒤 A" too, but never with 뒤에도, "even after")
    (("before", _en(r"before|beforehand|ahead of time|in advance"), _ko(r"(?!)")),
     ("even after", _en(r"after(?! the fact)|afterwards?|later|once|post-\w+|still"),
      _ko(r"(?:뒤|후|다음)에도"))),
    # "offline evals catch maybe 70% of regressions" said 70% 정도를 놓쳐요
    # ("paraphrased attacks slip through far more often" said 훨씬 더 자주 걸러져요)
    (("caught", _en(r"catch(?:es|ing)?|caught"),
      _ko(r"잡아내|잡아낸|잡아낼|잡아냅|잡아냈|탐지|걸러(?:져|지|진|집|낸|내|냅|냈)")),
     ("missed", _en(r"miss(?:es|ed|ing)?|overlook\w*|slip(?:s|ped|ping)? (?:through|past|by)"),
      _ko(r"놓치|놓쳐|놓친|놓칠|놓칩|놓쳤"))),
    # "Resample your questions with replacement" said 비복원 추출로
    (("with replacement", _en(r"with replacement"), _ko(r"(?<!비)복원 추출|복원추출|중복을 허용")),
     ("without replacement", _en(r"without replacement"), _ko(r"비복원|중복 없이"))),
    # "On handwritten forms" said 인쇄된 양식에서는
    (("handwritten", _en(r"handwritten|handwriting|hand-written|written by hand"),
      _ko(r"손글씨|손으로 (?:쓴|작성)|필기|수기")),
     ("printed", _en(r"printed|typed|typeset|machine-printed"), _ko(r"인쇄"))),
    # "the cleanup is a separate job" said 잘못된 레코드도 함께 정리돼요
    (("separately", _en(r"separate(?:ly)?|independently|on (?:its|their) own"),
      _ko(r"따로|별도|별개|개별")),
     ("together", _en(r"together|jointly|at the same time|simultaneously|in one go|"
                      r"(?:right )?alongside|along with|together with"),
      _ko(r"함께|동시에|한꺼번에"))),
    # "It merges that pair everywhere in the word" said 처음 나오는 위치 한 곳만
    (("every occurrence", _en(r"everywhere|every occurrence|all occurrences|each occurrence|"
                              r"every instance|all instances"),
      _ko(r"모든 (?:위치|곳|자리)|나오는 곳마다|등장할 때마다")),
     ("one occurrence", _en(r"(?:only )?the first (?:occurrence|instance)|only once|in one place"),
      _ko(r"한 곳만|한 군데만|처음 나오는 (?:위치|곳|자리)|첫 번째 (?:위치|것)만"))),
    # "it wasn't zero on long retrieval tests" said 저하가 아예 없었어요
    (("some", _en(r"(?:is|was|are|were)n['’]t zero|not zero|non-?zero|never zero|above zero"),
      _ko(r"(?!)")),
     ("none at all", _en(r"(?<!n't )(?<!not )zero|none at all|nothing at all|no \w+ at all"),
      _ko(r"아예 없|전혀 없|하나도 없|전무"))),
    # "well over 64 gigabytes of RAM" said 64GB 가까이 (a bound said as an approach)
    (("well over", _en(r"(?:well|way|far|much) (?:over|above|past|beyond|more than)"),
      _ko(r"훨씬 (?:넘|많|웃돌|초과|상회)|크게 (?:웃돌|넘|초과|상회)")),
     ("close to", _en(r"close(?:r)? to|nearly|almost|approaching|around|about|roughly|"
                      r"approximately"),
      _ko(r"(?<=\d)\s?(?:GB|MB|TB|%|개|명|배|달러|시간|초|분)?\s?가까이|육박"))),
    # "less accurate on long documents" said 짧은 문서에서는
    (("long ones", _en(r"long (?:documents?|texts?|contexts?|inputs?|prompts?|sequences?|"
                       r"summar(?:y|ies)|"
                       r"answers?|outputs?|videos?|files?|conversations?|passages?|articles?)"),
      _ko(r"(?<![가-힣])긴 (?:문서|텍스트|글|컨텍스트|입력|프롬프트|시퀀스|답|출력|영상|비디오|파일|대화|"
          r"구절|기사|요약)")),
     ("short ones", _en(r"short (?:documents?|texts?|contexts?|inputs?|prompts?|sequences?|"
                        r"summar(?:y|ies)|"
                        r"answers?|outputs?|videos?|files?|conversations?|passages?|articles?)"),
      _ko(r"짧은 (?:문서|텍스트|글|컨텍스트|입력|프롬프트|시퀀스|답|출력|영상|비디오|파일|대화|"
          r"구절|기사|요약)"))),
    # ("the left answer won 8% more often" said 오른쪽 답변이)
    (("the left one", _en(r"(?:the )?left (?:answer|response|side|column|one|option|panel|"
                          r"position|model|image|slot)s?|on the left"), _ko(r"왼쪽|좌측")),
     # (not "left-to-right columns": a direction, both sides)
     ("the right one", _en(r"(?<!left-to-)(?<!left to )(?:the )?right (?:answer|response|side|"
                           r"column|one|option|panel|"
                           r"position|model|image|slot)s?|on the right"), _ko(r"오른쪽|우측"))),
    # ("scores between 0.35 and 0.65" said 0.35 미만이거나 0.65를 넘는)
    (("between two bounds", _en(r"between [\d.,]+%? and [\d.,]+"), _ko(r"사이|범위 안")),
     ("outside them", _en(r"outside|(?:below|under) [\d.,]+%? or (?:above|over) [\d.,]+"),
      _ko(r"(?:미만|이하|아래)(?:이거나|거나|이고|또는|,)|범위 밖|벗어나"))),
    # ("memory-bandwidth-bound" said 메모리 용량)
    (("bandwidth", _en(r"bandwidth"), _ko(r"대역폭")),
     ("capacity", _en(r"capacity|how much memory"), _ko(r"용량"))),
    (("lower case", _en(r"lower-?cas(?:e|es|ed|ing)|in lower case"), _ko(r"(?<!대)소문자")),
     ("upper case", _en(r"upper-?cas(?:e|es|ed|ing)|in upper case|all caps|capitali[sz]\w*"),
      _ko(r"대문자"))),
    # "Full fine-tuning still wins there, by a wide margin" said 근소한 차이로 앞서요
    (("by a wide margin", _en(r"by a (?:wide|large|big|huge|comfortable|clear) margin|by far|"
                              r"by a mile|by a long shot"),
      _ko(r"큰 차이로|압도적|여유 있게|큰 격차")),
     ("by a narrow margin", _en(r"by a (?:narrow|slim|small|thin|hair'?s?(?: breadth)?) margin|"
                                r"narrowly|barely|by a hair|by a nose"),
      _ko(r"근소한 차이|근소하게|간발의|아슬아슬|간신히|가까스로"))),
    # An offset in time: "eight minutes before the first errors" said 오류가 나타나고 8분 뒤.
    (("earlier", _en(rf"(?:\d+|an?|{_FEW_WORDS}|few|several) (?:seconds?|minutes?|"
                              r"hours?|days?|weeks?|months?|years?) (?:before|earlier|ahead of)"),
      _ko(r"(?:초|분|시간|일|주|주일|개월|달|년) (?:전|앞서)(?![가-힣])")),
     ("later", _en(rf"(?:\d+|an?|{_FEW_WORDS}|few|several) (?:seconds?|minutes?|"
                             r"hours?|days?|weeks?|months?|years?) (?:after|later)"),
      _ko(r"(?:초|분|시간|일|주|주일|개월|달|년) (?:뒤|후|지나|이후)"))),
    # "adds latency the first time you use a new schema" said 사용할 때마다
    (("the first time", _en(r"the first time|for the first time|only once"),
      _ko(r"처음(?:에만|으로| 한 번)|처음 [가-힣]+ 때(?!마다)|최초|(?<![가-힣])첫 (?:호출|요청|사용|실행)")),
     ("every time", _en(r"every (?:single )?time|each time|whenever|on every (?:call|request|run)"),
      _ko(r"때마다|매번|(?<![가-힣])매 (?:호출|요청|실행)"))),
    (("before that time", _en(rf"before (?:then|that (?:date|point|time)|\d{{4}}|{MONTH_NAMES})"),
      _ko(r"(?:그|이|\d{4}년|월) ?(?:이전|전에|전까지)")),
     ("after that time", _en(rf"(?:after|since) (?:then|that (?:date|point|time)|\d{{4}}|{MONTH_NAMES})"),
      _ko(r"(?:그|이|\d{4}년|월) ?(?:이후|후에|뒤에|다음에)"))),
    (("simple", _en(r"simple|simpler|simplest|naive|crude|dumb"),
      _ko(r"단순(?:한|하|해|합|했)|간단(?:한|하|해|합|했)|소박")),
     ("sophisticated", _en(r"sophisticated|elaborate|complex|complicated|fancy"),
      _ko(r"정교|복잡|고도화"))),
    (("too short", _en(r"too (?:short|brief|quick)"), _ko(r"너무 짧|지나치게 짧")),
     ("too long", _en(r"too (?:long|lengthy|slow)"), _ko(r"너무 길|지나치게 길|너무 오래"))),
    (("reliable", _en(r"reliable|reliably|trustworthy|trusted"),
      _ko(r"(?:신뢰할|믿을) 만|신뢰(?:할|하는|도가 높)(?! 수 없)|믿을 수 있")),
     ("unreliable", _en(r"unreliable|unreliably|untrustworthy|untrusted|worthless|"
                        r"(?:completely |totally |entirely )?(?:fake|bogus|illusory|meaningless)"),
      _ko(r"(?:신뢰할|믿을) 수 없|신뢰(?:하기 어려|도가 낮|성이 낮)|불확실|미덥지"))),
    # ("short, one-turn questions" said 단일 턴)
    (("a single one", _en(r"exactly one|only one|just one|basically one|a single|one single|"
                          r"one-(?:turn|shot|step|hop|pass|time)|single-\w+"),
      _ko(r"하나뿐|하나만(?!이 아니|은 아니)|하나밖에|단 하나|한 개뿐|한 개만|단일")),
     ("several", _en(r"several|multiple|more than one|many|(?:two|three|\d+) or more"),
      # (여러분: "you"; 여러 지표를 섞은 점수 하나 is "a single blended score")
      _ko(r"여러(?!분)(?! [가-힣]+(?:을|를) (?:섞|합친|합쳐|묶|모아|모은|결합|통합))|다수|복수|"
          r"두 개 이상"))),
    # (not "the primary" of an election: 예비선거)
    (("the primary", _en(r"(?:as|is) (?:the|your|our) primary|primary (?:model|endpoint|provider)|"
                         r"main model|first choice"), _ko(r"기본 모델|주 모델|메인 모델|1순위")),
     ("the fallback", _en(r"fallbacks?|backup (?:model|endpoint|provider)|second choice"),
      _ko(r"폴백|대체 모델|백업 모델|예비 모델|2순위"))),
    # "roughly 164 gigabytes before any index overhead" said 인덱스 오버헤드까지 포함해서
    (("excluding it", _en(r"excluding|not counting|exclusive of|net of|before (?:any )?"
                          r"(?:\w+ )?overhead|"
                          # "112 gigabytes before a single activation is stored"
                          r"before (?:a single|any) \w+ (?:is|are|gets?) (?:stored|counted|"
                          r"added|loaded|cached)"),
      _ko(r"제외|빼고|뺀|미포함|포함하지 않|포함되지 않|불포함")),
     # ("drops by half, even after paying for the router" counts the router's cost in)
     ("including it", _en(r"including|inclusive of|all-in|with (?:the |all )?(?:\w+ )?overhead|"
                          r"after (?:paying for|accounting for|counting)"),
      _ko(r"포함(?!하지 않|되지 않)"))),
    # "you'll silently retrain on the same batches" said 일부 배치를 건너뛴 채
    (("repeating them", _en(r"retrain\w* on the same|(?:see|saw|seen|process\w*|train\w* on) the "
                            r"same (?:batch|batches|examples|samples|data)|repeat(?:s|ed|ing)? "
                            r"(?:the same )?(?:batch|batches|steps|examples|samples)"),
      _ko(r"(?:같은|동일한) (?:배치|데이터|예제|샘플)\S* (?:다시|또|반복)|다시 학습|반복 학습")),
     ("skipping them", _en(r"skip(?:s|ped|ping)?"), _ko(r"건너뛰|건너뛴|건너뜀|건너뛸|생략하|빼먹"))),
    # "lower layers get a bigger budget than upper layers" said the other way round
    (("the upper layers", _en(r"(?:upper|top|higher|later|deeper) layers?"),
      _ko(r"(?:상위|위쪽|깊은|뒤쪽) (?:레이어|층)")),
     ("the lower layers", _en(r"(?:lower|bottom|early|earlier|first|shallow(?:er)?) layers?"),
      _ko(r"(?:하위|아래쪽|초기|앞쪽|얕은) (?:레이어|층)"))),
    # "evicts in least-recently-used order" said 가장 최근에 사용된 순서대로
    (("least recently used", _en(r"least[- ]recently[- ]used|LRU"),
      _ko(r"가장 오래(?: 전에)? 사용|사용한 지 가장 오래|오래된 순")),
     ("most recently used", _en(r"most[- ]recently[- ]used|MRU"),
      _ko(r"가장 최근에 사용|최근 사용된 순|최근에 쓴 순"))),
    # "accumulated scores favor older tokens" said 최근 토큰에 유리
    # ("the most recently arrived request is preempted first" said 가장 먼저 도착한)
    (("the older ones", _en(r"older|oldest|earliest"),
      _ko(r"오래된|예전|가장 처음|초반|가장 먼저 (?:도착|들어|온|합류)|가장 이른|가장 일찍")),
     ("the newer ones", _en(r"(?:arrived|came in|joined) last|last to (?:arrive|come|join)|"
                            r"newer|newest|recent(?:ly)?|latest|last (?:N|K|\d+|few|two|three|four|"
                            r"five|ten)"), _ko(r"최근|최신|새로운|가장 나중에|가장 늦게"))),
    # "shard the optimizer states" said 복제하세요 (replicate them)
    (("sharding", _en(r"shard(?:s|ed|ing)?|partition(?:s|ed|ing)?"), _ko(r"샤딩|샤드|분할")),
     ("replicating", _en(r"replicat(?:e|es|ed|ing|ion)|duplicat(?:e|es|ed|ing)|mirror(?:s|ed|ing)?"),
      _ko(r"복제|중복"))),
    # "on the same time-based split" said 같은 무작위 분할로
    (("split by time", _en(r"time-based|temporal|chronological(?:ly)?|by (?:time|date)|"
                           r"out-of-time"),
      _ko(r"시간 ?기준|시간순|시간 기반|시점 기준|날짜 기준|시간 순서")),
     ("split at random", _en(r"random(?:ly|ized)?|shuffled"), _ko(r"무작위|랜덤"))),
    # "5 waiting requests per replica" said 처리 중인 요청
    (("waiting", _en(r"waiting|queued|pending|in the queue"), _ko(r"대기")),
     # ("20 batches in flight" of a data loader are prefetched, 대기 중: only requests run)
     ("running", _en(r"running requests|(?:requests?|calls?) in[- ]flight|"
                     r"in[- ]flight (?:requests?|calls?)|being processed|in progress"),
      _ko(r"처리 중|실행 중|진행 중"))),
    # "failed validation on the first try" said 재시도를 거친 뒤에도
    (("on the first try", _en(r"on the first (?:try|attempt|pass|call)|first-try|first-pass"),
      _ko(r"첫 시도|첫 번째 시도|처음 시도|한 번에")),
     ("after retries", _en(r"after (?:the )?retr(?:y|ies|ying)|after (?:a few|several|\w+) "
                           r"(?:retries|attempts)"),
      _ko(r"재시도(?:를|한)? (?:거친|한|해 본) (?:뒤|후|다음)|재시도 (?:끝에|후에|뒤에)"))),
    # "they trade off against each other" said 하나가 오르면 다른 하나도 같이 올라가요
    (("trading off", _en(r"trade(?:s|d)? off|trade-?offs?|at the expense of|at the cost of"),
      _ko(r"상충|트레이드\s?오프|반비례|희생|대가로|다른 (?:하나|쪽)(?:은|는) (?:떨어|내려|낮아|줄)")),
     ("rising together", _en(r"move together|rise together|in tandem|go up together"),
      _ko(r"(?:같이|함께|동시에) (?:올라|오르|늘|높아|좋아)"))),
    # "re-check it every quarter" said 반년마다
    (("every quarter", _en(r"quarterly|every quarter|each quarter|per quarter|once a quarter"),
      _ko(r"분기")),
     ("every half year", _en(r"every six months|half-yearly|semi-?annual(?:ly)?|twice a year|"
                             r"every half(?:-| )year"),
      _ko(r"반년|반기|6개월마다|6개월에 한 번"))),
    # "scale up aggressively, but scale down slowly" said the other way round
    (("scaling up", _en(r"scal(?:e|es|ed|ing) (?:up|out)|scale-?up|scale-?out"),
      _ko(r"스케일 ?업|스케일 ?아웃|확장")),
     ("scaling down", _en(r"scal(?:e|es|ed|ing) (?:down|in)|scale-?down|scale-?in"),
      _ko(r"스케일 ?다운|스케일 ?인|축소"))),
    (("aggressively", _en(r"aggressive(?:ly)?"), _ko(r"공격적|적극적")),
     ("cautiously", _en(r"slowly|conservative(?:ly)?|gradual(?:ly)?|cautious(?:ly)?"),
      _ko(r"천천히|보수적|서서히|점진적|신중"))),
    (("supervised", _en(r"supervised"), _ko(r"(?<!비)지도\s?학습|(?<!비)지도 미세|(?<!비)지도 파인")),
     ("unsupervised", _en(r"unsupervised|self-supervised"), _ko(r"비지도|자기\s?지도"))),
    # "Decode ... is latency-bound instead" said 여기서도 대역폭이 병목이 돼요
    (("latency-bound", _en(r"latency[- ]bound|bound by latency"),
      _ko(r"레이턴시 ?바운드|latency[- ]bound|지연(?: 시간)?(?:이|에)? (?:병목|바운드|제약)")),
     ("bandwidth-bound", _en(r"bandwidth[- ]bound|memory[- ]bound|bound by (?:bandwidth|memory)"),
      _ko(r"대역폭(?:이|에)? (?:병목|바운드|제약)|메모리 ?(?:병목|바운드)"))),
    # "deliberately block the primary provider" said 백업 프로바이더를 차단하고
    (("the primary", _en(r"primary|main (?:provider|model|region|server|database|cluster)"),
      _ko(r"(?:기본|주|메인|1차|프라이머리) ?(?:프로바이더|모델|리전|서버|DB|데이터베이스|제공자|"
          r"공급자|시스템|클러스터)")),
     ("the backup", _en(r"backups?|fallbacks?|secondary|standby"),
      _ko(r"백업|예비(?=\s?(?:서버|모델|프로바이더|리전|시스템|인스턴스|노드|장비|용))|세컨더리|폴백"))),
    # "copy the hottest experts onto extra GPUs" said 다른 GPU로 옮기는 거죠
    (("copying", _en(r"cop(?:y|ies|ied|ying)|replicat\w+|duplicat\w+|clon(?:e|es|ed|ing)"),
      _ko(r"복사|복제|사본|그대로 옮[기겨긴]")),
     # (그대로 옮겨 오는 is "copies over": the output copies the input)
     ("moving", _en(r"mov(?:e|es|ed|ing)(?! on\b)|migrat\w+|relocat\w+"),
      _ko(r"(?<!그대로 )(?:옮기|옮겨|옮긴)|이동(?!\s?평균)"))),
    # "the most removable layers sit in the deeper half" said 앞쪽 절반
    (("the deeper layers", _en(r"deep(?:er|est)? (?:half|layers?|blocks?)|later layers|"
                               r"final layers|top layers|upper layers"),
      _ko(r"깊은 (?:쪽|층|레이어|절반)|뒤쪽|뒷부분|후반부?|상위 (?:레이어|층)")),
     ("the shallower layers", _en(r"shallow(?:er|est)? (?:half|layers?|blocks?)|early layers|"
                                  r"earlier layers|bottom layers|lower layers"),
      _ko(r"얕은 (?:쪽|층|레이어|절반)|앞쪽|앞부분|초반부?|하위 (?:레이어|층)|초기 (?:레이어|층)"))),
    # "reasonable lawyers disagree" said 대부분의 변호사들도 같은 의견이에요
    (("agreeing", _en(r"agree(?:s|d|ing|ment)?|consensus|on the same page"),
      _ko(r"동의(?!하지\s?않)|같은 의견|의견이 (?:일치|같)|합의|공감대")),
     ("disagreeing", _en(r"disagree\w*|(?:are |is )?split on|divided on|differ on"),
      _ko(r"의견이 (?:갈리|갈려|엇갈리|엇갈려|다르|달라|나뉘|나뉘어)|이견|동의하지\s?않"))),
    # "faster decoding buys you very little" said 체감 속도도 크게 좋아져요
    (("very little", _en(r"very little|very few|few if any|barely|hardly|rarely|seldom|"
                         r"almost (?:nothing|never|no)|next to nothing|"
                         r"little (?:if any|or no)|(?:makes?|made) little difference"),
      _ko(r"거의 (?:없|안 |못 |차이가 없|변하지 않|그대로|[가-힣]{1,4}지\s?않)|미미|조금밖에|얼마 안 ")),
     ("a lot", _en(r"a lot(?! of)|significantly|greatly|dramatically|substantially|considerably|"
                   r"hugely|massively"),
      _ko(r"크게|많이|상당히|대폭|엄청|현저"))),
    # "they pruned all but one head" said 헤드를 하나만 제거했는데도
    # (하나만 남겨 keeps only one: 남기다 says "all but" only after 빼고 or alone)
    (("all but one", _en(r"all but (?:one|two|three|a few|\d+)"),
      _ko(r"빼고|제외하고|말고는|(?<!만 )남기고|(?<!만 )남겨")),
     ("only one", _en(r"only (?:one|two|three|\d+)"),
      _ko(r"(?:하나|둘|셋|한 개|두 개|세 개|\d+개)만(?! 남기| 남겨| 빼고| 제외)"))),
    # "sends the query to every shard in parallel" said 하나씩 순차적으로
    (("one after another", _en(r"sequential(?:ly)?|in sequence|serially|one after (?:the )?"
                               r"(?:other|another)"),
      # ("retrieval runs in parallel with the rewrite" said 재작성이 끝난 뒤에)
      _ko(r"순차|차례로|차례대로|직렬|(?:이|가) 끝난 (?:뒤|다음|후)|(?:이|가) 끝나면")),
     ("in parallel", _en(r"(?:in|run|runs|ran) parallel|concurrently|simultaneously"),
      _ko(r"병렬|동시에"))),
    # "split by rows" said 열 단위로 (열 alone is also "ten" and "heat": only its table forms)
    (("rows", _en(r"rows?|row-wise"), _ko(r"(?<![가-힣])행(?:\s?단위|별|마다|을|이|은|으로|들)|로우")),
     ("columns", _en(r"columns?|column-wise"),
      _ko(r"(?<![가-힣])열(?:\s?단위|별로|마다)|컬럼|칼럼"))),
    # "the second half loses its header row" said 앞쪽 절반이
    (("the first half", _en(r"(?:the )?(?:first|front|earlier|top) half"),
      _ko(r"앞(?:쪽|부분)? ?(?:절반|반쪽)|전반부|첫 절반|위쪽 절반")),
     ("the second half", _en(r"(?:the )?(?:second|latter|back|last|bottom) half"),
      _ko(r"뒤(?:쪽|부분)? ?(?:절반|반쪽)|뒷(?:부분)? ?절반|후반부|두 번째 절반|아래쪽 절반"))),
    # "the night before launch" said 출시 다음 날 밤 (a day, not an order of steps)
    (("the day before", _en(r"the (?:night|day|evening|morning|week|weekend|month|year) before"),
      _ko(r"전날|전 날|전야|(?:하루|일주일|한 주|한 달|1년|일 년) 전(?:에|의|날)?(?![가-힣])")),
     ("the day after", _en(r"the (?:night|day|evening|morning|week|weekend|month|year) after|"
                           r"the (?:next|following) (?:day|night|morning|week|month|year)"),
      _ko(r"다음 ?날|이튿날|다음 주|다음 달|이듬해|다음 해|(?:하루|일주일|한 주|한 달) (?:뒤|후)"))),
    # "in October of the same year" said 이듬해 10월
    (("that same year", _en(r"(?:the|that) same year|later that year|earlier that year"),
      _ko(r"같은 해|그해|그 해|동년")),
     ("the following year", _en(r"the (?:following|next) year|a year later"),
      _ko(r"이듬해|다음 ?해|이듬 해|1년 ?(?:뒤|후)|일 년 ?(?:뒤|후)"))),
    # "rescoring with the full-precision vectors on disk" said 압축된 벡터로
    (("full precision", _en(r"full[- ]precision|uncompressed|original (?:fp32|float) vectors"),
      _ko(r"(?:전체|완전|원래|원본|풀) 정밀도|압축(?:되지|하지) 않은|비압축")),
     ("compressed", _en(r"compress(?:ed|ion)|quantized|PQ codes"),
      _ko(r"압축(?!(?:되지|하지) 않)(?:된|한|본|해|돼)|양자화된"))),
    # "direct injections are far rarer than indirect ones" said 훨씬 흔하지만
    (("rare", _en(r"rar(?:e|er|est|ely)|uncommon|infrequent(?:ly)?|seldom"),
      _ko(r"드물|드문|희귀|흔치 않|흔하지 않|거의 없")),
     ("common", _en(r"(?<!in )common(?:er|est|ly)?|more often|widespread|prevalent"),
      _ko(r"(?<![가-힣])흔하|(?<![가-힣])흔한|(?<![가-힣])흔히|(?<![가-힣])흔해|빈번"))),
    # "the model became more eager to call tools" said 더 꺼리게
    (("eager", _en(r"eager(?:ly)?|keen|more willing|quick to"), _ko(r"적극적|기꺼이|선뜻|서슴없이")),
     ("reluctant", _en(r"reluctant(?:ly)?|hesitant|less willing|unwilling|slow to"),
      _ko(r"꺼리|꺼려|주저|망설"))),
    # "kept only the top 10 percent" said 하위 10퍼센트를 걸러
    (("the top", _en(r"top (?:\d+|ten|five|twenty|fifty|half|quarter|third|decile|quintile)|"
                     r"highest[- ]scoring"), _ko(r"상위")),
     ("the bottom", _en(r"bottom (?:\d+|ten|five|twenty|fifty|half|quarter|third|decile|quintile)|"
                        r"lowest[- ]scoring"), _ko(r"하위"))),
    # "the draft guesses wrong more often" said 더 자주 맞히게
    (("guessing wrong", _en(r"guess(?:es|ed|ing)? wrong|wrong guess(?:es)?|gets? (?:it|them) wrong"),
      _ko(r"틀리|틀린|틀려|틀렸|못 맞|빗나")),
     ("guessing right", _en(r"guess(?:es|ed|ing)? right|right guess(?:es)?|gets? (?:it|them) right"),
      _ko(r"맞히|맞혀|맞힌|맞춘|맞췄|적중"))),
    # "the output distribution is identical" said 거의 비슷하다
    (("identical", _en(r"identical|exactly the same|bit[- ]for[- ]bit the same"),
      _ko(r"동일|똑같|완전히 같|정확히 같")),
     ("similar", _en(r"similar|roughly the same|about the same|nearly the same|almost the same|"
                     r"comparable"), _ko(r"비슷|유사(?!도)|거의 같"))),  # (유사도: similarity)
    # "smaller models are more likely to invent details" said 빠뜨리기 쉬워요
    (("making things up", _en(r"invent(?:s|ed|ing)?|fabricat\w+|make up|makes up|made up|"
                              r"hallucinat\w+"),
      _ko(r"지어내|지어낸|꾸며|만들어내|만들어 내|환각|날조")),
     ("leaving things out", _en(r"omit(?:s|ted|ting)?|leave out|leaves out|left out|skip(?:s|ped)?|"
                                r"drop(?:s|ped|ping)? (?:your |the |a |an |its |their )?\w+ "
                                r"(?:field|key|column|detail|word|step|line|item|clause)s?"),
      _ko(r"빠뜨리|빠뜨린|빠뜨려|누락|빼먹|생략"))),
    # "tune k last" said 가장 먼저 튜닝하세요
    (("first of all", _en(r"(?<=\w )first(?=[,.;]|$)|first of all"),
      _ko(r"가장 먼저|맨 먼저|제일 먼저|맨 처음")),
     # (마지막으로 is "finally", a list's last item, which English says too)
     ("last of all", _en(r"(?<=\w )last(?=[,.;]|$)|last of all|finally|lastly"),
      _ko(r"맨 마지막|가장 마지막|제일 마지막|가장 나중|맨 나중|제일 나중"))),
    # ("the origin at the top-left corner" said 왼쪽 아래 모서리)
    (("the top", _en(r"top[- ](?:left|right)|top (?:corner|edge|row)|upper[- ](?:left|right)"),
      _ko(r"(?:왼쪽|오른쪽|좌측|우측) ?(?:위|상단)|좌상단|우상단|맨 위")),
     ("the bottom", _en(r"bottom[- ](?:left|right)|bottom (?:corner|edge|row)|"
                        r"lower[- ](?:left|right)"),
      _ko(r"(?:왼쪽|오른쪽|좌측|우측) ?(?:아래|하단)|좌하단|우하단|맨 아래"))),
    # ("take their union" said 교집합을 취하면)
    (("the union", _en(r"unions?(?! of (?:the )?(?:two|both))"), _ko(r"합집합")),
     ("the intersection", _en(r"intersections?(?! over union)"), _ko(r"교집합"))),
    # ("NFC composes characters; NFD decomposes them" said NFC는 분해하고, NFD는 결합해요)
    (("composing", _en(r"(?<!de)compos(?:e|es|ed|ing|ition)"), _ko(r"결합|합성|조합")),
     ("decomposing", _en(r"decompos(?:e|es|ed|ing|ition)"), _ko(r"분해"))),
    # ("queue depth is a leading indicator; TTFT is a lagging one" said 후행 지표고 … 선행)
    (("leading", _en(r"leading(?= (?:indicator|signal|metric)s?\b| one\b)"), _ko(r"선행")),
     ("lagging", _en(r"lagging|trailing(?= (?:indicator|signal|metric)s?\b| one\b)"),
      _ko(r"후행|지행"))),
    # ("the product team agreed was acceptable" said 받아들이기 어렵다고)
    (("acceptable", _en(r"(?<!un)acceptable|(?<!un)reasonable|good enough"),
      _ko(r"받아들일 만|수용 가능|수용할 만|괜찮다고|감수할 만")),
     ("unacceptable", _en(r"unacceptable|too (?:high|much|risky|costly)"),
      _ko(r"받아들이기 어렵|받아들일 수 없|수용할 수 없|수용하기 어렵|용납"))),
    # ("split the page along the widest whitespace gap" said 가장 좁은 공백)
    (("wider", _en(r"wid(?:er|est)|broad(?:er|est)"), _ko(r"(?:더|가장|제일) 넓|넓을수록")),
     ("narrower", _en(r"narrow(?:er|est)"), _ko(r"(?:더|가장|제일) 좁|좁을수록"))),
    # ("each node only attends to its own ancestors" said 자손 노드에만)
    (("the ancestors", _en(r"ancestors?|predecessors?"), _ko(r"조상|선조|선행 노드")),
     ("the descendants", _en(r"descendants?|successors?"), _ko(r"자손|후손|후행 노드"))),
    # ("If your agent has all three, assume ..." said 이 중 하나라도 갖고 있다면)
    (("all of them", _en(r"all (?:three|four|five|six|of them|of these|of those)"),
      _ko(r"(?:셋|넷|다섯|세 가지|네 가지|모두|전부) ?(?:다|모두)|모두 갖|전부 갖")),
     ("any one of them", _en(r"any (?:one )?of (?:them|these|those)|any single one|"
                             r"(?:just |only )?one of (?:them|these|those)"),
      _ko(r"하나라도|어느 하나|중 하나만"))),
    # ("replan only when an observation contradicts the plan" said 계획과 일치할 때만)
    (("contradicting", _en(r"contradict\w*|conflicts? with|disagrees? with|inconsistent with"),
      _ko(r"모순|상충|어긋|충돌|반하는|반할")),
     ("matching", _en(r"match(?:es|ed)?|agrees? with|(?<!in)consistent with|lines? up with"),
      _ko(r"일치(?!하지\s?(?:않|못))|부합(?!하지)"))),
    # ("Inject a fake delay in staging" said 프로덕션에서)
    (("staging", _en(r"staging|pre-?production"), _ko(r"스테이징|검증 환경|테스트 환경")),
     ("production", _en(r"production|prod"),
      _ko(r"프로덕션|운영 환경|실서비스|실제 서비스|운영 서버|상용 환경"))),
    # ("you should see 128000 exactly once" said 최소 한 번은)
    (("exactly", _en(r"exactly|precisely(?= (?:once|one|two|\d))"), _ko(r"정확히|딱 ")),
     ("at least", _en(r"at least|at minimum|or more"), _ko(r"최소|적어도|이상은"))),
    # (traffic "peaks at lunchtime and dies off overnight" said 점심시간에 가장 한산하고)
    (("busiest", _en(r"peaks?|peaked|peaking|busiest|rush hours?|spikes?"),
      _ko(r"몰려|몰리|붐비|최고조|정점|피크|가장 많")),
     ("quietest", _en(r"dies? (?:off|down)|died (?:off|down)|quiet(?:est)?|lull|trough"),
      _ko(r"한산|잠잠|뜸해|뜸한|가장 적"))),
    # ("set it too high and the model becomes terse" said 너무 낮게 설정하면)
    (("too high", _en(r"too (?:high|large|big|strong|much)"), _ko(r"너무 (?:높|크|큰|강하|많)")),
     ("too low", _en(r"too (?:low|small|weak|little)"), _ko(r"너무 (?:낮|작|약하|적)"))),
    # ("shards within a node and replicates across nodes" said 노드 간에는 샤딩하고)
    (("only so much", _en(r"only (?=\d)|just (?=\d)|no more than"),
      _ko(r"\d[\d.,]*\s?[가-힣A-Za-z]{0,4}\s?(?:밖에|뿐(?![가-힣]))")),
     ("at least so much", _en(r"at least|or more|more than"),
      _ko(r"\d[\d.,]*\s?[가-힣A-Za-z]{0,4} 이상(?:이면|일 때|인|이라|이어야)"))),
    # ("the top layers are sparse" said 상위 레이어일수록 연결이 조밀하고)
    (("sparse", _en(r"sparse|sparser|sparsest"), _ko(r"성기|성긴|듬성|드문드문|희소")),
     ("dense", _en(r"dense|denser|densest"), _ko(r"조밀|빽빽|촘촘|밀집"))),
    # ("It must be at least k" said k를 넘으면 안 돼요)
    (("at least", _en(r"at least|no (?:less|fewer) than|never (?:less|fewer) than"),
      _ko(r"이상이어야|이상이 되어야|이상으로 (?:두|잡|설정)")),
     ("at most", _en(r"at most|no more than|must not exceed|up to"),
      _ko(r"넘으면 안|넘지 않|넘어서는 안|넘기면 안|넘기지 마|이하여야|초과하면 안"))),
    # ("a filter that removes 95 percent of the vectors" said 95퍼센트만 남기는)
    (("removing", _en(r"remov(?:e|es|ed|ing)|filters? out|discard(?:s|ed|ing)?"),
      _ko(r"제거|걸러 ?내|버리|버려|제외")),
     ("keeping only", _en(r"keep(?:s|ing)? only|only keep(?:s|ing)?|retain(?:s|ing)? only"),
      _ko(r"\d[\d.,]*\s?(?:%|퍼센트)만 남"))),
    # ("One changed byte invalidates everything after it" said 그 앞의 모든 게)
    (("what comes after", _en(r"(?:everything|all|anything|every \w+) after (?:it|that|this)"),
      _ko(r"(?:그|이) 뒤의|(?:그|이) 뒤에 있는|(?:그|이) 이후의")),
     ("what comes before", _en(r"(?:everything|all|anything|every \w+) before (?:it|that|this)"),
      _ko(r"(?:그|이) 앞의|(?:그|이) 앞에 있는|(?:그|이) 이전의"))),
    # ("each token attends to every earlier token" said 앞뒤 모든 토큰을)
    (("only the earlier ones", _en(r"(?:every|all|each|any) (?:earlier|previous|preceding|prior)"),
      _ko(r"이전|앞쪽|앞의|앞에 있는|앞선")),
     ("both directions", _en(r"bidirectional\w*|both directions|before and after|either side"),
      _ko(r"앞뒤|양방향|양쪽 ?방향"))),
    # ("gives partial credit to near misses" said 더 큰 페널티를 줘요)
    (("credit", _en(r"(?:partial |some |extra )credit"), _ko(r"부분 점수|점수를 (?:일부|조금)|가산점")),
     ("a penalty", _en(r"penal(?:ty|ties|ize[sd]?|izing|ise[sd]?|ising)"),
      _ko(r"페널티|패널티|벌점|불이익|감점"))),
    # ("it protects inter-token latency" said 첫 토큰까지의 시간을 보호하거든요)
    (("time to first token", _en(r"time to first token|TTFT|first-token latency"),
      _ko(r"첫 (?:번째 )?토큰|TTFT")),
     ("inter-token latency", _en(r"inter-token (?:latency|time)|time per output token|TPOT|ITL"),
      _ko(r"토큰 (?:간|사이)|토큰당 (?:시간|지연)|TPOT|ITL"))),
    # ("you need access to the training data" said 테스트 데이터에 접근할 수 있어야)
    (("the training data", _en(r"training (?:data|set|corpus|corpora)|pre-?training data"),
      _ko(r"학습 데이터|훈련 데이터|학습 세트|학습 코퍼스|사전학습 데이터")),
     ("the test data", _en(r"test (?:data|set|sets)|evaluation (?:data|set)|benchmark data"),
      _ko(r"테스트 데이터|테스트 세트|평가 데이터|평가 세트|벤치마크 데이터"))),
    # ("At temperature 0 ... it's deterministic" said 결과가 비결정적이에요)
    (("deterministic", _en(r"(?<!non-)(?<!non)deterministic(?:ally)?|reproducible"),
      _ko(r"(?<!비)(?<!덜 )결정적|(?<!비)(?<!덜 )결정론적|재현 가능|똑같이 나")),
     ("non-deterministic", _en(r"non-?deterministic(?:ally)?|stochastic"),
      _ko(r"비결정|확률적|매번 달라"))),
    # ("preallocates the KV cache in fixed-size pages" said 가변 크기 페이지)
    (("fixed-size", _en(r"fixed[- ](?:size|length|width)|fixed-sized|same-sized?"),
      _ko(r"고정(?:된)? ?(?:크기|길이|폭)|같은 크기|동일한 크기")),
     ("variable-size", _en(r"variable[- ](?:size|length|width)|variably[- ]sized|"
                           r"dynamic(?:ally)?[- ]sized"),
      _ko(r"가변(?:적인)? ?(?:크기|길이|폭)|크기가 (?:다른|제각각)|길이가 (?:다른|제각각)"))),
    # ("treat it as a necessary signal, not the whole story" said 충분한 신호로)
    (("necessary", _en(r"necessary(?! to\b)|a prerequisite"), _ko(r"필요조건|필요한 (?:신호|조건)")),
     ("sufficient", _en(r"sufficient"), _ko(r"충분조건|충분한 (?:신호|조건)"))),
    # "drop pairs where both responses score below 5" said 두 응답 중 하나라도
    (("both", _en(r"(?<!n't )(?<!not )both"), _ko(r"둘 다|양쪽 다|양쪽 모두|두 [가-힣]+ 모두|둘 모두")),
     ("either one", _en(r"(?<!n't )(?<!not )(?:either (?:one|of (?:them|the two|those))|"
                        r"any one of (?:them|the))"),
      _ko(r"하나라도|둘 중 (?:하나|어느|한)|어느 한 ?쪽|어느 하나"))),
    # "reads as rude, not friendly" said 무례하지 않고 친근하게
    (("rude", _en(r"rude|impolite|disrespectful|condescending"), _ko(r"무례|버릇없|실례|건방")),
     ("friendly", _en(r"friendly|polite|respectful|courteous|warm"),
      _ko(r"친근|공손|예의 바르|정중|친절|살가"))),
    # "slot names must stay exactly as they are" said 대상 언어에 맞게 바꿔야 해요
    (("kept as it is", _en(r"stay (?:exactly )?as (?:they|it) (?:are|is)|as-is|verbatim|untouched|"
                           r"unchanged|exactly as written"),
      # (not 그대로 alone, which says "as it was" of anything, nor 바꾸지 않고, "without changing")
      _ko(r"손대지|원문 그대로|있는 그대로")),
     ("changed", _en(r"chang(?:e|es|ed|ing)|modif\w+|rename\w*|rewrit\w+|edit(?:s|ed|ing)?"),
      _ko(r"바꿔야|바꾸어야|바꿔|변경해|고쳐야|수정해야"))),
    # "the low-acceptance sequences drag down the average" said 수락률이 높은 시퀀스들이
    (("low", _en(r"low-(?!level|rank|bit|end|key|hanging)[a-z]+"),
      _ko(r"[가-힣](?:이|가) (?:낮은|낮아|낮고|낮을|낮으면)")),
     ("high", _en(r"high-(?!level|end|profile|stakes|rank|five|lights?)[a-z]+"),
      _ko(r"[가-힣](?:이|가) (?:높은|높아|높고|높을|높으면)"))),
    # "adapter weights and the KV cache live in one shared memory pool" said 각각 별도의
    (("shared", _en(r"shared|unified|one (?:shared|common|single) \w+"),
      _ko(r"공유|통합|하나의 (?:공용|공통)|공용")),
     ("separate", _en(r"separate(?:ly)?|dedicated|individual(?:ly)?"),
      _ko(r"별도|각각|따로|개별|분리된"))),
    # "I'd steer clear of that as a default" said 기본값으로 추천해요
    (("avoiding", _en(r"steer clear|avoid(?:s|ed|ing)?|stay away from"),
      _ko(r"피하|피해|피할|멀리하|삼가|쓰지 마")),
     ("recommending", _en(r"recommend\w*|go with|default to"), _ko(r"추천|권장|권해|권합"))),
    # "the agent kept citing a refund policy we had retired in January" said 새로 도입한
    (("retired", _en(r"retired|deprecated|sunset|sunsetted|discontinued"),
      _ko(r"폐지|폐기|중단|없앤|지원 종료|단종")),
     ("introduced", _en(r"introduc(?:e|ed|es|ing)|launch(?:ed|es|ing)?|rolled out"),
      _ko(r"도입|출시|새로 (?:나온|만든|내놓)"))),
    # (after the comparatives, whose findings say more: 더 짧, 가장 긴)
    # "a good single-vector model is usually enough if your documents are short" said 문서가 길고
    (("short", _en(r"(?<!in )short(?![- ](?:term|of|list|cut|circuit|hand))"),
      _ko(r"(?<![가-힣])(?:짧고|짧은|짧으면|짧을|짧다|짧아)")),
     ("long", _en(r"long(?:er|est)|(?<!as )(?<!how )(?<!in the )long(?![- ](?:term|tail|story|"
                  r"shot|before|ago|since)\b)"),
      _ko(r"(?<![가-힣])(?:길고|긴|길면|길다|길어|길수록)(?![가-힣])"))),
]


# Roles that are said in parallel ("the draft model proposes, the target model verifies")
# without being opposites: Korean may add or drop either side freely, so they count only
# for a swapped pairing (`_crossed`), never alone.
ROLES = [
    # "Models tend to keep the narrative and drop the specifics" said 세부 사항은 유지하고 전체적인
    # 흐름은 버리는
    (("keeping", _en(r"keep(?:s|ing)?|kept|retain\w*|preserv\w+"), _ko(r"유지|남기|남겨|보존|간직")),
     ("dropping", _en(r"drop(?:s|ped|ping)?|discard\w*|throw\w* away|lose|loses|losing"),
      _ko(r"버리|버려|버린|잃|빠뜨|누락|날려"))),
    (("the big picture", _en(r"narrative|gist|big picture|overall story"),
      _ko(r"(?:전체적인 )?흐름|줄거리|큰 그림|요지")),
     ("the specifics", _en(r"specifics|details|specific facts"), _ko(r"세부|디테일|구체적"))),
    # "suppressing harmless words and letting the bad ones through" said 무해한 단어는 통과시키고
    (("the harmless ones", _en(r"harmless|benign|innocuous"), _ko(r"무해|양성|멀쩡한")),
     ("the harmful ones", _en(r"bad ones|harmful|toxic|malicious|bad words"),
      _ko(r"나쁜|유해|해로운|악성"))),
    (("blocking", _en(r"suppress\w*|block\w*|filter\w* out|reject\w*"), _ko(r"억제|차단|막|걸러")),
     ("letting through", _en(r"let(?:s|ting)? (?:\w+ ){1,3}through|allow\w*|pass\w* through"),
      _ko(r"통과|허용|내보내"))),
    # "a major bump for breaking changes, a minor bump for additive ones" said 추가 변경에는
    # 메이저 버전을, 호환이 깨지는 변경에는 마이너 버전을
    (("a major version", _en(r"major"), _ko(r"메이저|주 버전")),
     ("a minor version", _en(r"minor"), _ko(r"마이너|부 버전"))),
    (("a breaking change", _en(r"breaking|incompatible"), _ko(r"깨지|깨는|호환되지 않|호환성을 깨|비호환")),
     ("an additive change", _en(r"additive|backward-compatible|non-breaking"),
      _ko(r"추가|하위 호환"))),
    # "syncing helped on long runs but hurt on short ones" said 짧은 실행에서는 도움이 됐지만
    # 긴 실행에서는 손해였어요
    (("helping", _en(r"help(?:s|ed|ing)?"), _ko(r"도움")),
     ("hurting", _en(r"hurt(?:s|ing)?|harm(?:s|ed|ing)?"), _ko(r"손해|해가 되|해가 됐|악화|해쳤|해쳐|해롭"))),
    (("the draft model", _en(r"draft"), _ko(r"드래프트|초안 모델|초안")),
     ("the target model", _en(r"target model|target's|verifier"), _ko(r"타깃 모델|타겟 모델|목표 모델|대상 모델|검증 모델"))),
    (("proposing", _en(r"propos\w+|guess\w*|draft(?:s|ed|ing)"), _ko(r"제안|추측|초안을")),
     ("verifying", _en(r"verif\w+|check(?:s|ed|ing)?|accept\w*"), _ko(r"검증|확인|검사|수락"))),
    (("the student", _en(r"students?"), _ko(r"학생|스튜던트")),
     ("the teacher", _en(r"teachers?"), _ko(r"교사|선생|티처"))),
    (("training", _en(r"training|train time"), _ko(r"학습|훈련|트레이닝")),
     ("inference", _en(r"inference|serving|test time"), _ko(r"추론|서빙|인퍼런스"))),
    (("quality", _en(r"quality|accuracy"), _ko(r"품질|정확도|성능")),
     ("speed", _en(r"speed|latency|cost"), _ko(r"속도|지연|비용"))),
    (("a bi-encoder", _en(r"bi-encoders?"), _ko(r"바이 ?인코더|이중 인코더")),
     ("a cross-encoder", _en(r"cross-encoders?"), _ko(r"크로스 ?인코더|교차 인코더"))),
    (("the chosen answer", _en(r"chosen|preferred|winner|winning"), _ko(r"선택된|선호된|선호 응답|이긴")),
     ("the rejected answer", _en(r"rejected|dispreferred|loser|losing"), _ko(r"거부된|거절된|비선호|진 "))),
    (("reading", _en(r"reads?|reading"), _ko(r"읽")),
     ("writing", _en(r"writes?|writing"), _ko(r"쓰|쓴|기록"))),
    (("the query", _en(r"quer(?:y|ies)"), _ko(r"쿼리|질의")),
     ("the document", _en(r"documents?|passages?"), _ko(r"문서|패시지|구절"))),
    (("the API", _en(r"(?:the |an |hosted )?APIs?"), _ko(r"API")),
     ("self-hosting", _en(r"self-host\w*|host(?:ing)? it yourself|your own GPUs"),
      _ko(r"자체 호스팅|직접 호스팅|셀프 호스팅|셀프호스팅"))),
    (("the stable part", _en(r"stable|static|unchanging|fixed"), _ko(r"고정된|안정적인|변하지 않는")),
     ("the variable part", _en(r"variable|dynamic|changing"), _ko(r"변하는|가변|동적인|바뀌는"))),
    (("the front", _en(r"first|at the (?:top|front|start|beginning)"), _ko(r"앞에|앞부분|맨 위|맨 앞")),
     ("the end", _en(r"last|at the (?:bottom|end)"), _ko(r"뒤에|뒷부분|맨 아래|맨 뒤|끝에"))),
    # ("It peaks at lunchtime and dies off overnight" said 점심시간에 가장 한산하고 밤사이에 몰려요)
    (("the daytime", _en(r"lunch\w*|midday|noon|daytime|business hours"),
      _ko(r"점심|낮(?:에|시간|동안)|정오|업무 시간")),
     ("the night", _en(r"overnight|night\w*|midnight"), _ko(r"밤|야간|새벽|자정"))),
    # ("Low dimensions spin fast ...; high dimensions spin slowly" said 낮은 차원은 천천히)
    (("the low ones", _en(r"low(?:-frequency)?(?= \w)"), _ko(r"낮은|저주파")),
     ("the high ones", _en(r"high(?:-frequency)?(?= \w)"), _ko(r"높은|고주파"))),
    # ("Big clusters get downsampled, small clusters are kept in full" said the other way)
    (("cutting down", _en(r"downsampl\w*|prun(?:e|es|ed|ing)|thinn(?:ed|ing)|drop(?:s|ped)?|"
                          r"discard\w*"), _ko(r"다운샘플링|솎아|줄이|줄여|버리|버려")),
     ("keeping whole", _en(r"kept|keeps?|retain\w*|preserv\w+"),
      _ko(r"유지|남기|남겨|보존|그대로 둬|그대로 두"))),
    (("within", _en(r"within|inside|intra-\w+"), _ko(r"안에서|내에서|내부에서|안에서는|내에서는")),
     ("across", _en(r"across|inter-\w+"), _ko(r"간에|사이에|사이에서|걸쳐|간에는"))),
    (("sharding", _en(r"shard(?:s|ed|ing)?|partition(?:s|ed|ing)?"), _ko(r"샤딩|분할")),
     ("replicating", _en(r"replicat\w+|duplicat\w+"), _ko(r"복제|복사"))),
    (("compute-bound", _en(r"compute[- ]bound|bound by compute|FLOPs?-bound"),
      _ko(r"연산(?:이|에)? (?:병목|바운드|제약|제한)|컴퓨트 바운드|계산(?:이|에)? (?:병목|제약)")),
     ("memory-bound", _en(r"memory[- ]bound|(?:memory )?bandwidth[- ]bound|bound by memory"),
      _ko(r"메모리(?:가|에)? (?:병목|바운드|제약|제한)|메모리 대역폭(?:이|에)? (?:병목|제약|바운드)"))),
    (("prefill", _en(r"prefill(?:ing|s)?|prompt processing"), _ko(r"프리필|prefill|프롬프트 처리")),
     ("decoding", _en(r"decod(?:e|es|ing)(?! ?r)|generation phase"), _ko(r"디코딩|디코드|decod"))),
    (("sparse", _en(r"sparse|keyword|lexical|BM25"), _ko(r"희소|스파스|키워드|어휘|BM25")),
     ("dense", _en(r"dense|semantic|embedding"), _ko(r"밀집|덴스|의미|임베딩"))),
]


# A stem the cue itself denies: 싼 게 아니라, 싸지 않.
# (덜 외우는 게 아니라: a word may stand between)
_KO_DENIED_AFTER = re.compile(r"[가-힣]{0,2}\s?(?:게|것이|건|것은)?\s?아니|[가-힣]{0,2}지\s?(?:는\s?)?않|"
                              r"\s[가-힣]{1,5}\s?(?:게|것이|건|것은)\s?아니|"
                              # 그렇게 큰 효과는 아니에요 ("not a big effect")
                              r"\s?[가-힣]{1,4}(?:은|는|이|가)\s?(?:전혀\s|결코\s)?아니|"
                              # 대표 수치 하나로만 보고하지 말고 ("not just a single number")
                              r"\s[가-힣]{1,4}지\s?말")

# Per pair of OPPOSITES, then of ROLES, both Korean sides at once, indexed by how they may
# start: a finding needs the cue to say a side, 43% of cues say none and most say the sides
# of a few pairs, so the index spares the search for the others.
_EITHER_KOREAN = PatternIndex(re.compile(f"(?:{a[2].pattern})|(?:{b[2].pattern})")
                              for a, b in OPPOSITES + ROLES)


# "recall@10 went from 0.96 to 0.89" fell: "from A to B" rises only where B is the larger
_FROM_TO = re.compile(r"\b(?:go|going|goes|went|moving|jumping) from ([\d.,]+)([KM]?) to "
                      r"([\d.,]+)([KM]?)", re.IGNORECASE)
_SCALE = {"": 1, "K": 1e3, "M": 1e6}


def _from_to_read(source: str) -> str:
    def read(m: re.Match) -> str:
        try:
            first = float(m.group(1).rstrip(".,").replace(",", "")) * _SCALE[m.group(2).upper()]
            second = float(m.group(3).rstrip(".,").replace(",", "")) * _SCALE[m.group(4).upper()]
        except ValueError:
            return m.group()
        return m.group() if second > first else "dropped" + m.group()[m.group().index(" from"):]
    return _FROM_TO.sub(read, source)


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source or not target:
        return []
    if " from " in source:
        source = _from_to_read(source)
    # neither a finding nor a swapped pairing needs the English of a pair the cue lacks
    found = _EITHER_KOREAN.matching(target)
    said = [OPPOSITES[k] for k in found if k < len(OPPOSITES)]
    roles = [ROLES[k - len(OPPOSITES)] for k in found if k >= len(OPPOSITES)]
    if not said:
        # (with no pair of opposites, two names may still trade a negation: "vLLM supports
        # it; TGI does not" said TGI는 지원하지만 vLLM은 지원하지 않아요)
        names_and_a_not = _EN_NOT.search(source) and len(
            _LATIN_NAME.findall(target) + _QUOTED_NAME.findall(target)) >= 2
        return ((_crossed(source, target, roles) if roles or names_and_a_not else [])
                or _order_turned(source, target))
    findings = []
    both_said = []  # pairs the English names both sides of: only a swapped pairing can show
    for entry in said:
        (_, en_a, _), (_, en_b, _) = entry
        said_a, said_b = _sides_said(en_a, en_b, source)
        if said_a and said_b:
            both_said.append(entry)
            findings.extend(_one_side_twice(entry, source, target))
        if said_a == said_b:
            continue
        (said, en_said, ko_said), (other, _, ko_other) = entry if said_a else entry[::-1]
        # ("every ingredient matters, but nobody should stand out" said 어느 하나가 … 안 된다)
        if other == "at least one" and _EN_NONE_OF_THEM.search(source):
            continue
        wrong = ko_other.search(target)
        # (only for "the same": other sides' denials are said too freely, "don't skip them"
        # as 꼭 건너뛰지 말고, "not all" as 모든 … 아닌)
        asserted = ko_said.search(target) if wrong is None and said == "the same" else None
        if asserted and any(f.span[0] < asserted.end() and asserted.start() < f.span[1]
                            for f in findings):
            continue  # (said once: "the same" stands in two pairs)
        if asserted and _only_denied(en_said, source) \
                and not _KO_DENIED_IN_CLAUSE.match(target, asserted.end()) \
                and not _KO_DENIED_AFTER.match(target, asserted.end()):
            # "is not the same unit" said 거의 같은 단위예요: the denial is lost
            findings.append(Finding(NAME, "accuracy/mistranslation", "major",
                                    f"the English says not {said}, the cue says {said} "
                                    f"({asserted.group()}): the denial is lost",
                                    span=asserted.span(), weight=0.7))
            continue
        if wrong is None or any(f.span[0] < wrong.end() and wrong.start() < f.span[1]
                                for f in findings):  # (더 좋아져: "better" and "improving")
            continue
        if _KO_DENIED_AFTER.match(target, wrong.end()):
            if _denied_in_english(en_said, source):
                # "that card isn't cheap" said 비싸지 않아요: each language denies a side, and
                # they are not the same side
                findings.append(Finding(NAME, "accuracy/mistranslation", "major",
                                        f"the English says not {said}, the cue says not "
                                        f"{other} ({wrong.group()}): turned round",
                                        span=wrong.span(), weight=0.7))
            continue  # 더 싼 게 아니라요: the cue denies the other side, as the English does
        if _only_denied(en_said, source):
            # "isn't cheap" said 비싸요, "not a small trap" 큰 함정: the other side asserted
            # says what the English's denial means; but denied too, it is the other side
            # denied ("no outbound network access" said 인바운드 네트워크 접근이 전혀 없어야)
            if _KO_DENIED_IN_CLAUSE.match(target, wrong.end()):
                findings.append(Finding(NAME, "accuracy/mistranslation", "major",
                                        f"the English says not {said}, the cue says not "
                                        f"{other} ({wrong.group()}): turned round",
                                        span=wrong.span(), weight=0.7))
            continue
        if ko_said.search(target) and said in _SAID_TOGETHER:
            continue
        if ko_said.search(target) and _also_said(source, wrong.group()):
            # "thinks first and commits later" said 먼저 … 나중에: 먼저 says "first"; a cue
            # that says the other side alone (가까이 for "apart") is still turned round
            continue
        if ko_said.search(target):  # both in the Korean: one of them was turned round
            message = (f"the English says only {said}, the cue also says {other} "
                       f"({wrong.group()}): {_ADDED}")
        else:
            message = (f"the English says {said}, the cue says {other} ({wrong.group()}): "
                       "turned round")
        findings.append(Finding(NAME, "accuracy/mistranslation", "major", message,
                                span=wrong.span(), weight=0.7))
    return (findings or _moved_between_sides(source, target, both_said)
            or _crossed(source, target, both_said + roles) or _order_turned(source, target))


# "nobody", "none" deny at least one: Korean says them with 어느 하나 … 안
_EN_NONE_OF_THEM = re.compile(r"\b(?:nobody|no one|none)\b", re.IGNORECASE)


# Sides Korean says together where the English says one ("never mix versions in the same
# index" is 서로 다른 버전을 같은 인덱스에): only the other side said instead counts.
_SAID_TOGETHER = {"the same", "different"}


# "far less forgiving" says the other side of lenient/strict
_EN_LESS_BEFORE = re.compile(r"\b(?:less|not as|not so)\s+$", re.IGNORECASE)


def _sides_said(en_a: re.Pattern, en_b: re.Pattern, source: str) -> tuple[bool, bool]:
    """Whether the English says side a, side b; a side said after "less" or "not as" counts
    as the other one, and a side a contrast denies ("more in Korean, not less") not at all."""
    said = [False, False]
    for k, en in enumerate((en_a, en_b)):
        for m in en.finditer(source):
            before = source[:m.start()]
            if _EN_CONTRAST_DENIES.search(before):
                continue
            said[1 - k if _EN_LESS_BEFORE.search(before) else k] = True
    return said[0], said[1]


def _only_denied(en: re.Pattern, source: str) -> bool:
    """Whether the English names a side, denied right before it each time: "isn't cheap"."""
    found = [m.start() for m in en.finditer(source)]
    return bool(found) and all(_EN_DENIED_JUST_BEFORE.search(source[:k]) for k in found)


# A denial right before a side, with a listed filler at most: narrower than _EN_DENIED_BEFORE
# (any one word), since "not only faster" and "not just cheaper" still say it
_EN_DENIED_JUST_BEFORE = re.compile(r"(?:\b(?:not|never|no)|n't)\s+(?:(?:that|so|too|very|the|"
                                    r"exactly|quite|any|a|an|even|really|always)\s+){0,2}$",
                                    re.IGNORECASE)


_KO_DENIED_IN_CLAUSE = re.compile(r"[^.,?!]{0,20}?(?:없(?:어|다|습|고|는|을|이)|않|아니|못 |금지)")
_EN_CONTRAST_DENIES = re.compile(r",\s*(?:and\s+)?not\s+$", re.IGNORECASE)


_EN_DENIED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _denied_in_english(en_said: re.Pattern, source: str) -> bool:
    """Whether the English denies the side it says: "isn't cheap", "not that fast"."""
    said = en_said.search(source)
    return said is not None and _EN_DENIED_BEFORE.search(source[:said.start()]) is not None


def _order_turned(source: str, target: str) -> list[Finding]:
    """The readings that need no pair of opposites in the cue: the order of names, the sides
    of a comparison or a correlation, operands, a match made a lead, a move, the names of a
    condition and its outcome."""
    return (_sequence_reversed(source, target) or _comparison_reversed(source, target)
            or _correlation_reversed(source, target)
            or _operands_reversed(source, target) or _equal_made_unequal(source, target)
            or _move_reversed(source, target) or _condition_swapped(source, target)
            or _conversion_reversed(source, target) or _point_reversed(source, target)
            or _subtraction_reversed(source, target) or _winner_swapped(source, target))


# "AWQ beat GPTQ on 11 of our 14 pairs" said GPTQ가 AWQ를 앞섰어요; "the probability that
# model i beats model j" said 모델 j가 모델 i를 이길 확률
_EN_BEATS = re.compile(r"(?:\bmodel )?\b(?P<a>[A-Za-z][\w.\-]*) (?:beat|beats|outperform(?:s|ed)?|"
                       r"outscor(?:es|ed)|defeat(?:s|ed)?|wins? against|won against) "
                       r"(?:model )?(?P<b>[A-Za-z][\w.\-]*)\b")


_KO_LOST_TO = re.compile(r"^[^.,]{0,15}?(?:졌|지는|진다|패하|패했|밀리|밀렸|뒤지|뒤졌|뒤처)")


def _winner_swapped(source: str, target: str) -> list[Finding]:
    said = _EN_BEATS.search(source)
    if said is None or said.group("a").lower() == said.group("b").lower():
        return []
    a, b = (re.escape(said.group(k)) for k in ("a", "b"))
    swapped = re.search(rf"(?<![\w.-]){b}\s?(?:가|이|은|는)\s[^.,]*?(?<![\w.-]){a}\s?(?:를|을|보다|에게|한테)"
                        r"\s", target)
    # (B가 A에게 졌다, "B lost to A", says it the English way)
    if swapped is None or _KO_LOST_TO.search(target, swapped.end()):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English says {said.group('a')} beats {said.group('b')}; the cue says "
                    "the other way round", span=swapped.span(), weight=0.7)]


_EN_MINUS = re.compile(r"\bminus\b", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z][\w-]*[A-Za-z0-9]")


def _subtraction_reversed(source: str, target: str) -> list[Finding]:
    """A difference taken the other way round: "the reward of the chosen response minus the
    reward of the rejected one" -> rejected 응답의 보상에서 chosen 응답의 보상을 뺀. The two
    operands are the Latin words nearest "minus" that the Korean keeps; Korean takes from
    the one before 에서."""
    minus = _EN_MINUS.search(source) if "뺀" in target or "빼" in target or "차감" in target \
        else None
    if minus is None:
        return []
    kept = {w.lower() for w in _LATIN_WORD.findall(target)}
    operands = [[w for w in _LATIN_WORD.findall(text) if w.lower() in kept
                 and w.lower() not in ENGLISH_FUNCTION_WORDS]
                for text in (source[:minus.start()], source[minus.end():])]
    if not operands[0] or not operands[1]:
        return []
    x, y = operands[0][-1], operands[1][0]
    if x.lower() == y.lower():
        return []
    wrote = re.search(rf"(?<![A-Za-z]){re.escape(y)}(?![A-Za-z])[^,.?!]{{0,20}}?에서\s"
                      rf"[^,.?!]{{0,25}}?(?<![A-Za-z]){re.escape(x)}(?![A-Za-z])[^,.?!]{{0,20}}?"
                      r"(?:빼|뺀|뺍|뺐|차감)", target, re.IGNORECASE)
    if wrote is None:
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English takes {y} from {x} ({x} minus {y}); the cue takes {x} "
                    f"from {y}", span=wrote.span(), weight=0.7)]


# "divides the logits before the softmax": a point named in Latin, which the Korean keeps
_EN_POINT = re.compile(r"\b(before|after) (?:the |a |an )?([A-Za-z][\w@.-]*[A-Za-z0-9])")


def _point_reversed(source: str, target: str) -> list[Finding]:
    """Before or after a step named in Latin, said the other way round: "divides the logits
    before the softmax" -> softmax를 거친 뒤에 logit을 나눠요. (Korean says "A before B" as
    "B 전에 A", so the name comes right before 전에; 뒤에 there puts A after it.)"""
    if "before" not in source and "after" not in source:
        return []
    said = {m.group(1).lower(): m.group(2) for m in _EN_POINT.finditer(source)}
    if len(said) != 1:  # (both "before" and "after": a span, not a point)
        return []
    (word, name), = said.items()
    if name.lower() in ENGLISH_FUNCTION_WORDS:  # ("before you", "after it")
        return []
    other = r"(?:뒤|후|다음)에?" if word == "before" else r"(?:전에|이전에|앞서)"
    wrote = re.search(rf"(?<![\w.]){re.escape(name)}(?![A-Za-z0-9.])\S*\s(?:[가-힣]+\s)?{other}",
                      target)
    if wrote is None:
        return []
    turned = "after" if word == "before" else "before"
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English says {word} {name}, the cue says {turned} it: turned round",
                    span=wrote.span(), weight=0.7)]


# "If Whisper mishears a word, your S2ST system gets penalized": the condition, whose Korean
# comes first and ends in -면 or 때, and the outcome.
_EN_CONDITION = re.compile(r"\b(?:if|when|whenever|once)\s+(?P<c>[^,;:.!?]+)", re.IGNORECASE)
_KO_CONDITION_END = re.compile(r"(?:면|때는?|때에는?)(?=[\s,])")
_KEPT_NAME = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Za-z][A-Za-z0-9.-]*[A-Z0-9][A-Za-z0-9.-]*|"
                         r"[A-Z][a-z]+)(?![A-Za-z0-9-])")


def _condition_swapped(source: str, target: str) -> list[Finding]:
    """Two names, one in the condition and one in the outcome, given each other's place:
    "If Whisper mishears a word, your S2ST system gets penalized" -> S2ST 시스템이 잘못
    알아들으면 Whisper가 불이익을 받게 되는데. Korean says the condition first, so the name
    the English conditions on must come before -면."""
    names = {m.group() for m in _KEPT_NAME.finditer(target)} - {"I"}
    if len(names) < 2:  # (most cues: two names are needed to swap)
        return []
    said = _EN_CONDITION.search(source)
    ko_end = _KO_CONDITION_END.search(target) if said else None
    if ko_end is None:
        return []
    sentence_end = re.search(r"[.?!](?:\s|$)", source[said.end():])
    outcome = source[:said.start()] + " " + source[said.end():said.end() + (
        sentence_end.start() if sentence_end else len(source))]
    ko_condition, ko_outcome = target[:ko_end.start()], target[ko_end.end():]

    def only_in(name: str, here: str, there: str) -> bool:
        word = rf"(?<![A-Za-z0-9-]){re.escape(name)}(?![A-Za-z0-9-])"
        return re.search(word, here) is not None and re.search(word, there) is None

    conditioned = [n for n in names if only_in(n, said.group("c"), outcome)]
    resulting = [n for n in names if only_in(n, outcome, said.group("c"))]
    moved = [(a, b) for a in conditioned for b in resulting
             if only_in(a, ko_outcome, ko_condition) and only_in(b, ko_condition, ko_outcome)]
    if not moved:
        return []
    a, b = moved[0]
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English says what happens if {a} does something ({b} in the outcome);"
                    f" the cue makes {b} the condition and {a} the outcome", weight=0.6)]


# "turned a potential outage into a quality dip", "moved from a flat file to a vector
# store": what becomes what. Korean says X'를 Y'로 바꾸다, X'에서 Y'로 옮기다.
_EN_CONVERSION = re.compile(
    r"\b(?:turn(?:s|ed|ing)?|convert(?:s|ed|ing)?|transform(?:s|ed|ing)?|chang(?:e|es|ed|ing)|"
    r"mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|distill?(?:s|ed|ing)?)\s+"
    r"(?:(?P<into>[^,.;:!?]+?)"
    r"\s+into|from\s+(?P<from>[^,.;:!?]+?)\s+to)\s+(?P<y>[^,.;:!?]+)", re.IGNORECASE)
_KO_CONVERTED = re.compile(r"바꾸|바꿔|바꾼|바꿨|바뀌|바뀐|전환|변환|만들|만든|옮기|옮겨|이전|넘어가|"
                           r"갈아타|증류")
_KO_CONVERSION = re.compile(r"(?P<a>[^,.;:!?]+?)(?:을|를|에서|부터)\s(?P<b>[^,.;:!?]+?)(?:으로|로)\s?"
                            rf"(?:{_KO_CONVERTED.pattern})")


def _conversion_reversed(source: str, target: str) -> list[Finding]:
    """A conversion between the two sides of a pair of opposites said the other way round:
    "distill a large cross-encoder into a small one" -> 작은 cross-encoder를 큰 모델로 증류.
    (Where no pair of opposites tells the sides apart, qa/sides.py reads them by meaning.)"""
    sides = conversion_sides(source, target)
    if sides is None:
        return []
    x, y, a, b = sides
    for entry in OPPOSITES:
        for (name_x, en_x, ko_x), (name_y, en_y, ko_y) in (entry, entry[::-1]):
            if (en_x.search(x) and not en_y.search(x) and en_y.search(y) and not en_x.search(y)
                    and ko_y.search(a) and not ko_x.search(a)
                    and ko_x.search(b) and not ko_y.search(b)):
                return [Finding(NAME, "accuracy/mistranslation", "major",
                                f'the English turns {name_x} into {name_y} ("{x.strip()}" into '
                                f'"{y.strip()}"); the cue turns {name_y} into {name_x}',
                                weight=0.7)]
    return []


@functools.lru_cache(maxsize=1024)  # (asked by this check and by qa/sides.py for each cue)
def conversion_sides(source: str, target: str) -> tuple[str, str, str, str] | None:
    """(what the English turns into something, what it becomes, and the same two in the
    Korean), each cut to about as many words as the English's first has, or None."""
    if not _KO_CONVERTED.search(target):  # (the Korean verb is the rarer side)
        return None
    said = _EN_CONVERSION.search(source) if " to " in source or " into " in source else None
    wrote = _KO_CONVERSION.search(target) if said else None
    if wrote is None:
        return None
    x = said.group("into") or said.group("from")
    n = len(x.split())
    return (x, " ".join(said.group("y").split()[:n + 2]),
            " ".join(wrote.group("a").split()[-(n + 1):]), wrote.group("b"))


# English a cue says plainly that the Korean of a side of OPPOSITES renders too: "first you
# prefill" is 먼저 프리필을 하고; "pull matching images together" is 가깝게 끌어당기고.
_ALSO_SAID = [(re.compile(r"\bfirst\b", re.IGNORECASE), re.compile(r"먼저|처음")),
              (re.compile(r"\btogether\b", re.IGNORECASE), re.compile(r"가깝|가까이")),
              # "take a lot of memory" is 메모리를 많이 차지하고
              (re.compile(r"\b(?:a lot|lots) of\b", re.IGNORECASE), re.compile(r"많이|많은")),
              # "accuracy dips" is 정확도가 떨어져요, whatever "best" the sentence said before
              (re.compile(r"\b(?:dips?|dipped|drops?|dropped|falls?|fell|declined?|declines|"
                          r"degraded?|degrades|suffers?|suffered|(?:goes|went|go) down)\b",
                          re.IGNORECASE),
               re.compile(r"떨어|낮아"))]


def _also_said(english: str, korean_side: str) -> bool:
    """Whether the English says the Korean word by a word of no pair (first: 먼저)."""
    return any(ko.search(korean_side) and en.search(english) for en, ko in _ALSO_SAID)


def says_a_side(korean: str) -> bool:
    """Whether the Korean has a stem of some pair of opposites (43% of cues have none)."""
    return any(k < len(OPPOSITES) and _EITHER_KOREAN.patterns[k].search(korean)
               for k in _EITHER_KOREAN.candidates(korean))


def _explained_here(english: str, korean: str) -> bool:
    """Whether `english` says a side of some pair of opposites whose Korean `korean` says
    (뒤처 for "behind", of ahead/behind, even where better/worse found it "worse")."""
    return any(ko.search(korean) and en.search(english)
               for k in _EITHER_KOREAN.candidates(korean) if k < len(OPPOSITES)
               for _, en, ko in OPPOSITES[k]) or _also_said(english, korean)


def stands_across_cues(finding: Finding, english: str, korean: str) -> bool:
    """Whether a flip found in a sentence read whole stands on the cue whose Korean words
    `korean` it points at: not where the Korean says both sides ("... or added": the
    sentence's other cues may say the other one), nor where the cue's own `english`
    explains those words."""
    return not finding.message.endswith(_ADDED) and not _explained_here(english, korean)


# "Just as accurate", "nearly as well as the 70B model": the same, or nearly; Korean says it
# with 만큼, 못지않게, 비슷하게, 맞먹는 ...
_EN_EQUAL = re.compile(r"\b(?:just|equally|nearly|almost|about|roughly|every bit) as (\w+)\b"
                       # (not a superlative: "about as permissive as it gets")
                       r"(?! as (?:it gets|they come|you can get|can be|possible)\b)",
                       re.IGNORECASE)
# The English's own comparatives, which a Korean comparative may render: "just as good, and
# far cheaper" is 똑같이 좋았고, 훨씬 저렴했어요.
_EN_COMPARATIVES = [(re.compile(en, re.IGNORECASE), re.compile(ko)) for en, ko in (
    (r"\bcheaper\b|\bless expensive\b", r"저렴|싸"),
    (r"\bfaster\b|\bquicker\b", r"빠르|빨라"),
    (r"\bbetter\b", r"낫|나은|좋|잘"),
    (r"\bhigher\b", r"높"),
    (r"\b(?:more|larger|bigger)\b", r"많|크"),
)]
# ... not with a plain comparative: 70B 모델보다 오히려 더 잘했어요, 정확도도 훨씬 높은.
_KO_UNEQUAL = re.compile(r"보다 (?:오히려 |훨씬 |더 |조금 |약간 )+[가-힣]+|훨씬 (?:더 )?(?:높|낫|나은|좋|잘|정확|빠르|"
                         r"많|크|싸|저렴)[가-힣]*|오히려 더 [가-힣]+")
_KO_EQUAL = re.compile(r"만큼|못지않|비슷|맞먹|대등|같은 수준|거의 같|동등|필적|버금")


def _equal_made_unequal(source: str, target: str) -> list[Finding]:
    """"it did nearly as well as the 70B model" -> 70B 모델보다 오히려 더 잘했어요: a match
    made a lead."""
    said = _EN_EQUAL.search(source) if "as " in source else None
    if said is None or _KO_EQUAL.search(target):
        return []
    written = _KO_UNEQUAL.search(target)
    if written is None or any(en.search(source) and ko.search(written.group())
                              for en, ko in _EN_COMPARATIVES):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English says "{said.group()}" (about the same), the cue says '
                    f"{written.group()} (more): turned into a lead", span=written.span(),
                    weight=0.7)]


def _one_side_twice(entry, source: str, target: str) -> list[Finding]:
    """Both sides in the English, once each, and one of them twice in the Korean with no
    word of the other: "The rankings tend to hold, the absolute gaps rarely do" -> 순위는
    대체로 유지되고, 격차도 대개 그대로 유지돼요."""
    for (said, en_said, ko_said), (other, en_other, ko_other) in (entry, entry[::-1]):
        if len(en_said.findall(source)) != 1 or len(en_other.findall(source)) != 1:
            return []
        written = list(ko_other.finditer(target))
        if len(written) == 2 and not ko_said.search(target):
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            # (worded as a lone flip: the same finding as the cue's alone
                            # when its neighbour brings the other side)
                            f"the English says {said}, the cue says {other} "
                            f"({written[1].group()}): turned round",
                            span=written[1].span(), weight=0.7)]
    return []


def _crossed(source: str, target: str, pairs: list) -> list[Finding]:
    """Two pairs of opposites said in parallel and paired the other way round: "the easy
    queries to a small model, and the hard ones to a large model" -> 쉬운 쿼리는 대형 모델로,
    어려운 쿼리는 소형 모델로. Clauses keep their order in translation, so when one pair
    keeps its English order and the other is reversed, the pairing was swapped. (Only
    cues with a Korean stem of OPPOSITES get here: see `check`.)"""
    kept, reversed_ = [], []
    for (name_a, en_a, ko_a), (name_b, en_b, ko_b) in pairs:
        places = []
        for pattern, text in ((en_a, source), (en_b, source), (ko_a, target), (ko_b, target)):
            places.append(_only_place(pattern, text))
            if places[-1] is None:  # most pairs stop at the first English side
                break
        if None in places:
            continue
        said_a_first, wrote_a_first = places[0] < places[1], places[2] < places[3]
        in_english_order = (name_a, name_b) if said_a_first else (name_b, name_a)
        (kept if said_a_first == wrote_a_first else reversed_).append(in_english_order)
    for order in (_name_order(source, target), _negation_order(source, target)):
        if order is not None:
            pair, same_order = order
            (kept if same_order else reversed_).append(pair)
    if not kept or not reversed_:
        return []
    (a, b), (c, d) = kept[0], reversed_[0]
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English pairs {a} with {c} and {b} with {d}; the cue pairs them "
                    "the other way round", weight=0.7)]


_EN_NOT = re.compile(r"n['’]t\b|\b(?:not|never|no)\b", re.IGNORECASE)
_QUOTED_NAME = re.compile(r'"([A-Za-z][\w.:-]{0,20}\s?)"')
# (pass@1 and vLLM too)
_LATIN_NAME = re.compile(r"\b[A-Za-z][\w.@]*\d[\w.@-]*|\b[A-Z][\w-]+|\b[a-z]+[A-Z][\w-]*")


_EN_SEQUENCE = re.compile(r"→|->|\bthen\b|\bfollowed by\b|\bafter that\b|\binto\b", re.IGNORECASE)


def _sequence_reversed(source: str, target: str) -> list[Finding]:
    """Three names or more in a sequence, said in the reverse order: "ASR, then the LLM,
    then TTS" -> TTS 다음에 LLM, 그다음에 ASR. Korean keeps the order of a list."""
    if len(_LATIN_NAME.findall(target)) < 3 or not _EN_SEQUENCE.search(source):
        return []
    names = _names_once(source, target)
    if len(names) < 3:
        return []
    places = list(names.values())
    if places != sorted(places, reverse=True):
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f"the English goes {' → '.join(names)}; the cue gives the steps in the "
                    "reverse order", weight=0.7)]


@functools.lru_cache(maxsize=4096)
def _written_name(name: str) -> re.Pattern:
    # (compiled once per name: a course has more names than the re module's cache holds)
    return re.compile(rf"(?<![A-Za-z0-9.-]){re.escape(name)}(?![A-Za-z0-9-])")


def _names_once(source: str, target: str) -> dict[str, int]:
    """The Latin names written once in the English and once in the cue, in English order,
    each with where the cue has it."""
    # (a sentence's full stop is no part of its last name: "hurts pass@1."; a word in
    # quotes is a name too: the "regex" module, the "re" module)
    said = [m.group().rstrip(".-") for m in _LATIN_NAME.finditer(source)
            if len(m.group().rstrip(".-")) > 1]
    said += [m.group(1).strip() for m in _QUOTED_NAME.finditer(source)
             if m.group(1).strip() not in said]
    found = {}
    for name in said:
        written = list(_written_name(name).finditer(target))
        if said.count(name) == 1 and len(written) == 1:
            found[name] = written[0].start()
    return found


def _name_order(source: str, target: str) -> tuple[tuple[str, str], bool] | None:
    """Two names written once on each side, in English order, and whether the cue keeps
    that order; None when the cue does not have two such names."""
    once = _names_once(source, target)
    if len(once) < 2:
        return None
    first, second = list(once)[0], list(once)[-1]  # furthest apart: not two words of one name
    return (first, second), once[first] < once[second]


_EN_TWO_CLAUSES = re.compile(r",\s*(?:but|and|while|whereas)\s+|;\s*", re.IGNORECASE)
_KO_TWO_CLAUSES = re.compile(r"(?<=지만|는데|은데|면서),?\s+|,\s+")


def _negation_order(source: str, target: str) -> tuple[tuple[str, str], bool] | None:
    """In a cue of two clauses on each side, one of them negated: whether the cue keeps the
    negated clause where the English has it. "Sometimes it pays off, but more often it
    doesn't" said 대개는 효과가 있지만, 그렇지 않을 때도 가끔 있어요 keeps it second, so its
    sometimes/usually, turned round, was paired the other way."""
    english, korean = _EN_TWO_CLAUSES.split(source), _KO_TWO_CLAUSES.split(target)
    if len(english) != 2 or len(korean) != 2:
        return None
    en_negated = [polarity.english_negated(c) for c in english]
    ko_negated = [polarity.korean_negated(c, None, strict=True) for c in korean]
    if sorted(en_negated) != [False, True] or sorted(ko_negated) != [False, True]:
        return None
    first = ("the plain clause", "the negated clause")
    return (first if not en_negated[0] else first[::-1]), en_negated == ko_negated


def _only_place(pattern: re.Pattern, text: str) -> int | None:
    """Where the one match of `pattern` in `text` starts; None for no match or several."""
    found = list(pattern.finditer(text))
    return found[0].start() if len(found) == 1 else None


# What a comparison compares, written alike on both sides: sizes (100K, 7B) and names.
_COMPARED = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[KMBT](?![\w])|\b[A-Za-z][\w.]*\d[\w.-]*|\b[A-Z][\w-]+")
_EN_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
# X보다, with at most one word between the name and 보다 (100K 프롬프트보다)
_KO_THAN = re.compile(r"(?:[^\s,.!?]+\s)?[^\s,.!?]*보다(?!\s?(?:는|도)?\s?(?:낫|나은))")


def _comparison_reversed(source: str, target: str) -> list[Finding]:
    """The two sides of a comparison swapped: "a 100K prompt takes longer than a 20K
    prompt" -> 20K 프롬프트가 100K 프롬프트보다 오래 걸려요. The cue's X보다 must be what
    the English puts after "than"."""
    than = _EN_THAN.search(source)
    if than is None or "보다" not in target:
        return []
    after = [m.group() for m in _COMPARED.finditer(source, than.end(), than.end() + 30)]
    before = [m.group() for m in _COMPARED.finditer(source, 0, than.start())]
    if not after or not before:
        return []
    compared_with, subject = after[0], before[-1]
    # (a name ends where Latin letters and digits end: AWQ보다)
    if subject == compared_with or not all(
            len(re.findall(rf"(?<![\w.]){re.escape(n)}(?![A-Za-z0-9_])", text)) == 1
            for n in (subject, compared_with) for text in (source, target)):
        return []
    for m in _KO_THAN.finditer(target):
        # (the subject as the topic before it is no side of 보다: IVF는 HNSW보다)
        if re.search(rf"(?<![\w.]){re.escape(subject)}(?![A-Za-z0-9_])(?!\s?(?:은|는|이|가)\s)",
                     m.group()):
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'the English compares {subject} with {compared_with} ("than '
                            f'{compared_with}"); the cue compares {compared_with} with '
                            f"{subject} ({m.group().strip()}): turned round",
                            span=m.span(), weight=0.7)]
    return []


# "Bigger batches mean more negatives", "the longer the prompt, the slower the answer": one
# quantity moving another, the same way or the other way. Korean says it with -ㄹ수록.
_EN_UP, _EN_DOWN = r"more|bigger|larger|higher|longer|greater", r"less|fewer|smaller|lower|shorter"
_EN_CORRELATION = re.compile(
    rf"\b(?P<a>{_EN_UP}|{_EN_DOWN})\b[^.;:!?]{{0,50}}?(?:\b(?:means?|gives?|gets?|yields?|leads? "
    rf"to)\b|,\s*the\b)\s+(?:\w+\s+)?(?P<b>{_EN_UP}|{_EN_DOWN})\b", re.IGNORECASE)
_KO_AS = re.compile(r"(?P<a>클|많을|높을|길|커질|늘어날|늘|적을|작을|낮을|짧을|줄어들|줄)수록"
                    r"(?P<rest>[^.,!?]{0,40})")
_KO_UP = re.compile(r"늘어|늘고|늘죠|늘어요|많아|많은|커져|커지|커요|큰|높아|높은|길어|증가|올라")
_KO_DOWN = re.compile(r"줄어|줄고|줄죠|적어|적은|작아|낮아|낮은|짧아|감소|떨어")


def _correlation_reversed(source: str, target: str) -> list[Finding]:
    """One quantity said to move another the other way: "bigger batches mean more negatives
    per step" -> 배치가 클수록 스텝당 네거티브가 줄어드니까."""
    said = _EN_CORRELATION.search(source) if "수록" in target else None
    written = _KO_AS.search(target) if said else None
    if written is None:
        return []
    up = re.compile(_EN_UP, re.IGNORECASE)
    en_same = bool(up.fullmatch(said.group("a"))) == bool(up.fullmatch(said.group("b")))
    rise, fall = _KO_UP.search(written.group("rest")), _KO_DOWN.search(written.group("rest"))
    if bool(rise) == bool(fall):
        return []
    ko_same = (written.group("a") in ("클", "많을", "높을", "길", "커질", "늘어날", "늘")) == bool(rise)
    if en_same == ko_same:
        return []
    how = "the same way" if en_same else "the other way"
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English says "{said.group()}": one moves the other {how}; the cue '
                    "says the opposite", span=(written.start(), written.end()), weight=0.7)]


# "read an 8 as a 3", "the target probability divided by the draft probability": Korean says
# X를 Y로 읽다 / X를 Y로 나누다, so the operand with 을/를 must be the English X.
_EN_OPERANDS = re.compile(
    r"\b(?:(?:mis)?reads?|mistakes?|mistook|confuses?|confused|treats?|treated|labels?|labell?ed|"
    r"classif(?:y|ies|ied))\s+(?:an?\s+|the\s+)?(?P<x>\S+)\s+as\s+(?:an?\s+|the\s+)?(?P<y>\S+)"
    r"|(?P<n>\S+)\s+divided\s+by\s+(?:the\s+)?(?P<d>\S+)", re.IGNORECASE)
_OPERAND_EDGES = "\"'“”‘’,.;:()"


# "from Claude 3 Haiku to Claude 3.5 Haiku": two names (a Latin word and what follows it up
# to the next function word), the start and the end of a move.
# (a name may be lower-case if it has a digit: "from cl100k to o200k")
_NAME_WORDS = (r"(?:[A-Z][\w-]*|[a-z][a-z-]*\d[\w-]*)(?:\.\d+)*"
               r"(?: [\w-]*\d[\w-]*(?:\.\d+)*| [A-Z][\w-]*(?:\.\d+)*)*")
_EN_FROM_TO = re.compile(rf"\bfrom (?:the )?(?P<a>{_NAME_WORDS}) to (?:the )?(?P<b>{_NAME_WORDS})")
# (a name ends before a function word: "GPT-4o mini for cost reasons" is GPT-4o mini)
_EN_STARTED_THEN = re.compile(
    rf"\b(?:start(?:ed|s)?|began|begin) (?:out )?with (?:the )?(?P<a>{_NAME_WORDS})(?: \w+)?,?"
    rf"(?: and)? (?:then )?(?:\w+ )?(?:switch|mov|migrat|upgrad|downgrad)\w* (?:over )?to "
    rf"(?:the )?(?P<b>{_NAME_WORDS}(?: mini| nano| pro| turbo| flash)?)")


# "from cheapest to most expensive": a span between the two sides of a pair of opposites
_EN_FROM_SIDE = re.compile(r"\bfrom (?:the )?(?P<a>(?:most |least )?[\w-]+) to (?:the )?"
                           r"(?P<b>(?:most |least )?[\w-]+)", re.IGNORECASE)


def _span_reversed(source: str, target: str) -> list[Finding]:
    """A span between opposites said the other way round: "from cheapest to most expensive"
    -> 비용이 큰 방법부터 저렴한 방법 순으로."""
    said = _EN_FROM_SIDE.search(source)
    if said is None:
        return []
    for entry in OPPOSITES:
        for (name_x, en_x, ko_x), (name_y, en_y, ko_y) in (entry, entry[::-1]):
            if not (en_x.search(said.group("a")) and en_y.search(said.group("b"))):
                continue
            wrote = re.search(rf"(?:{ko_y.pattern})[^,.?!]{{0,20}}?(?:부터|에서)\s"
                              rf"[^.?!]*?(?:{ko_x.pattern})", target)
            if wrote:
                return [Finding(NAME, "accuracy/mistranslation", "major",
                                f"the English goes from {name_x} to {name_y} "
                                f'("{said.group()}"); the cue goes the other way',
                                span=wrote.span(), weight=0.7)]
    return []


_EN_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_EN_TOWARD = re.compile(r"\b(?:to|toward|towards|into)\b", re.IGNORECASE)
_KO_FROM_AFTER = re.compile(r"[^,.]{0,12}?(?:에서|부터)(?![가-힣])")
_KO_TO_AFTER = re.compile(r"[^,.]{0,12}?(?:으로|로|까지|쪽으로)(?![가-힣])")


def _moved_between_sides(source: str, target: str, pairs: list) -> list[Finding]:
    """A move from one side of a pair of opposites to the other said the other way round:
    "moving from the memory-bound regime toward the compute-bound regime" said
    compute-bound 영역에서 memory-bound 영역으로."""
    start = _EN_FROM.search(source)
    if start is None:
        return []
    for (name_a, en_a, ko_a), (name_b, en_b, ko_b) in pairs:
        a, b = en_a.search(source, start.end()), en_b.search(source, start.end())
        if a is None or b is None:
            continue
        (first, ko_first), (second, ko_second) = sorted(
            ((a, (name_a, ko_a)), (b, (name_b, ko_b))), key=lambda side: side[0].start())
        if not _EN_TOWARD.search(source, first.end(), second.start()):
            continue
        went_from = ko_second[1].search(target)
        went_to = ko_first[1].search(target, went_from.end()) if went_from else None
        if (went_to and _KO_FROM_AFTER.match(target, went_from.end())
                and _KO_TO_AFTER.match(target, went_to.end())):
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f"the English goes from {ko_first[0]} to {ko_second[0]}; the cue "
                            "goes the other way", span=(went_from.start(), went_to.end()),
                            weight=0.7)]
    return []


_KO_NAME_INSTEAD = re.compile(r"([A-Za-z][\w.\-]*(?: [A-Za-z0-9][\w.\-]*){0,2})\s?대신")


def _switched_away(source: str, target: str) -> Finding | None:
    """"If you switch the whole job to GPT-4o mini" said GPT-4o mini 대신 GPT-4o로: the name
    the English moves to is the one the cue moves away from."""
    for m in _KO_NAME_INSTEAD.finditer(target):
        name = m.group(1)
        if re.search(rf"(?<![\w.-]){re.escape(name)} [A-Za-z0-9]", target):
            continue  # (GPT-4o 대신 GPT-4o mini로 moves to the longer name, as the English may)
        if re.search(r"\b(?:switch\w*|mov(?:e|es|ed|ing)|migrat\w+|swap\w*|chang\w+|"
                     rf"upgrad\w+|downgrad\w+)\b[^.;]*?\bto {re.escape(name)}(?![\w.-])",
                     source):
            return Finding(NAME, "accuracy/mistranslation", "major",
                           f"the English moves to {name}; the cue moves away from it "
                           f"({m.group()})", span=m.span(), weight=0.7)
    return None


def _move_reversed(source: str, target: str) -> list[Finding]:
    """A move between two names said the other way round: "when you move from Claude 3 Haiku
    to Claude 3.5 Haiku" -> Claude 3.5 Haiku에서 Claude 3 Haiku로; "started with GPT-4o, then
    switched to GPT-4o mini" -> GPT-4o mini로 시작했다가. (Figures that change the other way
    round are numbers_mismatch's.)"""
    instead = _switched_away(source, target) if "대신" in target else None
    if instead:
        return [instead]
    started = _EN_STARTED_THEN.search(source) if "with " in source else None
    if started is not None and started.group("a") != started.group("b"):
        wrote = re.search(rf"(?<![\w.]){re.escape(started.group('b'))}(?![A-Za-z0-9.])\s?"
                          r"(?:으로|로)\s?(?:시작|출발)", target)
        if wrote:
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'the English starts with {started.group("a")} and moves to '
                            f'{started.group("b")}; the cue starts with {started.group("b")}',
                            span=wrote.span(), weight=0.7)]
    said = _EN_FROM_TO.search(source) if "from " in source else None
    if said is None or said.group("a") == said.group("b"):
        return _span_reversed(source, target) if "from " in source else []
    a, b = re.escape(said.group("a")), re.escape(said.group("b"))
    wrote = re.search(rf"(?<![\w.]){b}\s?(?:에서|부터)\s.*?(?<![\w.]){a}(?![A-Za-z0-9.])\s?"
                      r"(?:으로|로|까지)", target)
    if wrote is None:
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English goes from {said.group("a")} to {said.group("b")}; the cue goes '
                    "the other way", span=wrote.span(), weight=0.7)]


def _operands_reversed(source: str, target: str) -> list[Finding]:
    """Two operands the cue writes as the English does, given each other's role: "read an
    "8" as a "3"" -> "3"을 "8"로 읽곤."""
    if "로" not in target or not ("을" in target or "를" in target) or not (
            " as " in source or "divided" in source):
        return []
    said = _EN_OPERANDS.search(source)
    if said is None:
        return []
    x, y = ((said.group("x"), said.group("y")) if said.group("x")
            else (said.group("n"), said.group("d")))
    x, y = x.strip(_OPERAND_EDGES), y.strip(_OPERAND_EDGES)
    if not x or not y or x.lower() == y.lower():
        return []
    quote = "[\"'“”‘’]?"
    as_object = re.search(rf"(?<![\w.]){re.escape(y)}{quote}\s?(?:을|를)(?![가-힣])", target)
    as_result = re.search(rf"(?<![\w.]){re.escape(x)}{quote}\s?(?:으로|로)(?![가-힣])", target)
    if not (as_object and as_result):
        return []
    english = said.group().strip(_OPERAND_EDGES + " ")
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English says "{english}": the cue gives {y} and {x} each other\'s '
                    "roles", span=as_object.span(), weight=0.7)]
