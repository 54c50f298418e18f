"""Check: code the English quotes (get_weather, tool_choice, model.generate(), git diff)
survives as written.

Function, variable and file names are typed by the learner exactly as shown, so a
translation must not touch them: 날씨_가져오기 for get_weather is a name that does not
exist. Only unmistakable code is looked at: snake_case words, dotted names with a
lower-case part (os.path, model.generate), calls (generate()) and shell commands of
common tools (git diff, pip install). Product names in CamelCase are the names check's
business.
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "code_identifiers"

_IDENTIFIER = re.compile(
    r"(?<![\w.])(?:[a-z_]\w*(?:\.[A-Za-z_]\w*)+(?=\()"  # model.generate(
    r"|[a-z_]\w*(?:\.[a-z_]\w*)+"  # os.path.join, train_v2.py
    r"|[A-Za-z_]\w*_\w+"  # get_weather, MAX_TOKENS
    r"|[A-Za-z_]\w*(?=\(\)))(?![\w])")  # generate()
# Shell commands a learner types: git diff, pip install, npm run. Only a tool's subcommands
# count: "git gives you three lines" and "pip saw the same name" are prose.
_SUBCOMMANDS = (
    "add|apply|audit|bisect|blame|branch|build|cache|check|checkout|cherry-pick|ci|clean|clone|"
    "commit|compose|config|create|delete|describe|diff|download|edit|env|exec|fetch|freeze|get|"
    "grep|images|init|inspect|install|list|login|logs?|merge|mv|new|publish|ps|pull|push|"
    "rebase|reflog|remote|remove|reset|restore|revert|rm|rollout|run|scale|show|start|stash|"
    "status|stop|submodule|switch|tag|test|uninstall|update|upgrade|wheel|worktree|lfs|"
    "activate|port-forward|i")
_COMMAND = re.compile(r"(?<![\w-])(?:git|pip3?|npm|npx|docker|kubectl|conda|cargo|brew|"
                      rf"apt(?:-get)?)\s(?:{_SUBCOMMANDS})(?![\w-])")
_ENDINGS = {"VCP", "ETM", "EF", "EC"}
# What a translated identifier looks like in Korean: Hangul joined by _ or . (날씨_가져오기).
_MANGLED = re.compile(r"[\w가-힣]*[가-힣][\w가-힣]*[_.][\w가-힣]+|[\w가-힣]+[_.][\w가-힣]*[가-힣][\w가-힣]*")


def source_identifiers(source: str) -> list[str]:
    """The code identifiers and shell commands of an English text, in order, without
    repeats."""
    found = sorted([m for m in _IDENTIFIER.finditer(source)
                    if not re.fullmatch(r"[a-z]\.[a-z]", m.group(0))]  # e.g
                   + list(_COMMAND.finditer(source)), key=lambda m: m.start())
    return list(dict.fromkeys(m.group(0) for m in found))


def _mangled(target: str, ctx: CheckContext) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(span of the translated identifier with its particle, span without the particle)."""
    m = _MANGLED.search(target)
    if m is None:
        return None
    end = m.end()
    if ctx.korean is not None:  # 날씨_가져오기라는: the particle 라는 is not part of the name
        inside = [t for t in ctx.korean.tokens(target) if m.start() <= t.start < m.end()]
        while inside and (inside[-1].tag.startswith("J") or inside[-1].tag in _ENDINGS):
            end = inside.pop().start
    return m.span(), (m.start(), max(end, m.start() + 1))


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if "_" not in source and "." not in source and "(" not in source and \
            not _COMMAND.search(source):
        return []  # the fast path: no cue without these quotes code
    findings = []
    for name in source_identifiers(source):
        if target.count(name) >= source.count(name):
            continue  # ef_search said twice is written twice (not once and once ef_검색)
        mangled = _mangled(target, ctx)
        if mangled is None:
            what = "command" if _COMMAND.fullmatch(name) else "code name"
            findings.append(Finding(NAME, "names", "major",
                                    f"the {what} {name} must stay as written", weight=0.8))
            continue
        span, noun = mangled
        replacement = (ctx.korean.replace_with_particle(target, span, noun, name)
                       if ctx.korean is not None else None)
        findings.append(Finding(
            NAME, "names", "major",
            f"the code name {name} must stay as written; the cue has {target[noun[0]:noun[1]]}",
            span=span, replacement=replacement, weight=0.8))
    return findings
