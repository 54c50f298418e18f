"""Korean verb stems and the English verbs they render, for the checks that match a cue's
Korean to its English by what it does: polarity (a denial of the very verb the English
asserts) and step_order, which anchors each action by its verb (감지 renders "detect").

Written from the domain's common verbs, not from any lecture: each entry is (Korean stems,
English stems), the English cut where its endings start (chang-es, improv-ing) and read with
the usual endings, irregular forms written out.
"""

from __future__ import annotations

import re

VERB_STEMS = [
    ("지원", "support"), ("포함", "includ|contain"), ("허용|허락", "allow|permit|permitted"),
    ("변하|바뀌|달라지|변경되|변화하", "chang|vary|varies|varied|varying|differ|shift"),
    ("사용|쓰", "use|uses|used|using|writ|wrote|written"),
    ("저장", "store|stores|stored|storing|save|persist"),
    ("반환|돌려주", "return"), ("호출", "call|invok"),
    ("실행", "run|runs|running|ran|execut|execution|launch"), ("적용", "appl"), ("통과", "pass"),
    ("수렴", "converg"), ("개선|나아지", "improv|help"),
    ("증가|늘어나|늘어", "increas|grow|grew|grown|rise|rises|rose|risen"),
    ("감소|줄어들|줄어|떨어지", "decreas|reduc|drop|dropped|dropping|fall|fell|fallen|"
                            "shrink|shrank"),
    ("영향을 주|영향을 미치", "affect|impact|influenc"), ("작동|동작", "work|function"),
    ("보장", "guarante|ensur"), ("제공", "provid|offer"),
    ("유지", "keep|kept|maintain|retain|preserv"), ("노출", "expos"), ("공유", "shar"),
    ("동기화", "sync|synced|syncing|synchroni[sz]"), ("기록|로그", "log|logged|logging|record|writ|wrote|written"), ("차단", "block"),
    ("수정|고치", "fix|modif|edit|patch"), ("삭제|지우", "delet|remov|eras"),
    ("추가", "add|added|adding|append"), ("읽", "read|reads|reading"), ("기다리", "wait"),
    ("학습", "train|learn"), ("업데이트|갱신", "updat|refresh"),
    ("생성|만들|구축", "generat|creat|produc|build|built"),
    ("확인|검사|검증", "check|verif|validat|confirm"), ("측정", "measur"),
    ("배포", "deploy|ship|shipped|shipping"), ("보내|전송", "send|sent|transmit"),
    ("넘기|넘어서|넘", "exceed|surpass|above"), ("따르", "follow"), ("반영|성찰|돌아보", "reflect"),
    ("받", "receiv|deliver|got"),
    ("건너뛰|건너뛴|스킵", "skip|skipped|skipping"), ("겹치|겹쳐|겹친", "overlap"),
    ("인식|감지|탐지|검출|잡아내", "recogniz|recognis|detect|catch|caught"),
    ("성공", "succeed"), ("끝나|완료", "finish|complet"),
    ("시작", "start|begin|began|beginning"), ("기억", "remember"), ("도움이 되", "help"),
    ("활성화|켜", "enabl|turn on|turned on"), ("비활성화|끄", "disabl|turn off|turned off"),
    ("맞추", "fit|fitted|fitting|tun|match|align"), ("일치", "match|agre|agreeing"),
    ("중복을 제거|중복 제거|중복제거|디듑", "dedup|dedupe|deduplicat"), ("직렬화", "serializ|serialis"),
    ("정규화", "normaliz|normalis"), ("정렬", "sort"), ("병합|머지|합치|합쳐|합친|이어 붙|이어붙", "merg|combin|stitch"),
    ("분할|쪼개", "split|splitting|partition"), ("압축", "compress"), ("평가", "evaluat|scor"),
    ("버리|버려|폐기", "discard|drop|dropped|dropping|toss|throw away|thrown away"),
    ("확신이 서|확신이 들|확신하|확신", "confident|sure|certain"),
    ("충돌|크래시", "crash"), ("오염 제거|탈오염", "decontaminat"),
    # an agent's loop: plan, act, observe, reflect
    ("계획", "plan|planned|planning"), ("행동|행하", "act|acted|acting"), ("관찰", "observ"),
    ("검색|조회|찾아오", "retriev|look up|looked up"),
    ("샘플링|표본", "sampl"), ("집계|카운트", "count|counted|counting"),
    ("해제|놓아주", "releas|deallocat"), ("재개|이어서 하", "resum"),
    ("재시도|다시 시도", "retry|retri"),
]


# (Korean stems, the English verbs with their endings)
# (and with re- before it: "retrain, re-evaluate, redeploy" are 재학습, 재평가, 재배포; not
# recall, restore or resort, which are other words)
VERBS = [(ko, re.compile(rf"\b(?:re-?(?!call|store|sort))?(?:{en})"
                         rf"(?:s|es|ed|d|ing|e|y|ies|ied|ying)?\b", re.IGNORECASE))
         for ko, en in VERB_STEMS]
