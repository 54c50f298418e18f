"""The termbase: English ML terms with their approved and known-wrong Korean renderings.

A termbase file is a UTF-8 CSV with the header ``english,approved,wrong,note,unless,only_with``
(all but ``english`` and ``approved`` may be left out). Within a cell, ``|`` separates
variants: ``weight|weights`` in `english`, ``가중치|웨이트`` in `approved` (the first approved
rendering is the one suggested to translators). `unless` lists
English phrases in whose presence the term has its everyday sense, so the entry does
not apply to that cue: ``pay attention|your attention`` for "attention", whose
everyday Korean 주의 is wrong for the transformer's attention. `only_with` is the other
way round, for a word whose technical sense is the rarer one: the entry applies only to a
cue whose English also has one of these words (an "argument" is a function's only beside
function, call, pass...; beside nothing of the sort it is a quarrel, 말다툼).

English terms match case-insensitively on word boundaries with simple
inflection (``train`` also matches trains/trained/training, ``query`` matches
queries); hyphen and space are interchangeable (``fine-tune`` = ``fine tune``).
That is all: no stemming library, so what matches is easy to predict.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import TermbaseError

REQUIRED_COLUMNS = ("english", "approved")
OPTIONAL_COLUMNS = ("wrong", "note", "unless", "only_with")


@dataclass(frozen=True)
class TermEntry:
    english: tuple[str, ...]  # variants as written in the file, e.g. ("weight", "weights")
    approved: tuple[str, ...]  # accepted renderings; approved[0] is the one to suggest
    wrong: tuple[str, ...]  # renderings machine translation produces that are wrong here
    note: str = ""  # why the wrong renderings are wrong, shown to translators
    origin: str = ""  # "file, line N" the entry came from
    unless: tuple[str, ...] = ()  # English phrases that give the term its everyday sense
    only_with: tuple[str, ...] = ()  # English words one of which the technical sense needs
    pattern: re.Pattern = field(init=False, repr=False, compare=False)
    unless_pattern: re.Pattern | None = field(init=False, repr=False, compare=False)
    only_with_pattern: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "pattern", english_pattern(self.english))
        object.__setattr__(self, "unless_pattern",
                           english_pattern(self.unless) if self.unless else None)
        object.__setattr__(self, "only_with_pattern",
                           english_pattern(self.only_with) if self.only_with else None)

    @property
    def key(self) -> str:
        """The entry's identity for merging: its first English variant, lower-cased."""
        return self.english[0].lower()

    @property
    def suggestion(self) -> str | None:
        return self.approved[0] if self.approved else None

    def find_in(self, english_text: str) -> re.Match | None:
        """The first occurrence of any English variant in `english_text`, or None (also
        when one of the `unless` phrases says the text uses the word in its everyday sense,
        or none of the `only_with` words is there to give it its technical one; a variant
        of several words, "default argument", is the term whatever follows, unless an
        `unless` phrase holds it: "up your sleeve" in "rolled up your sleeves")."""
        match = self.pattern.search(english_text)
        if match is None:
            return match
        if " " in match.group().strip():
            if self.unless_pattern is not None and any(
                    m.start() <= match.start() and match.end() <= m.end()
                    for m in self.unless_pattern.finditer(english_text)):
                return None
            return match
        if self.unless_pattern is not None and self.unless_pattern.search(english_text):
            return None
        if self.only_with_pattern is not None and not self.only_with_pattern.search(english_text):
            return None
        return match


@dataclass(frozen=True)
class Termbase:
    entries: tuple[TermEntry, ...] = ()
    # Entry positions by the first characters of their variants (see _first_chars_index):
    # entries_in tries only the entries whose variants can start at one of the text's words,
    # instead of ~200 regexes per text.
    _by_first_chars: dict = field(init=False, repr=False, compare=False)
    _always: tuple = field(init=False, repr=False, compare=False)
    # entries_in's answers for recent texts: three checks ask about every cue's English.
    _found: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        by_first_chars, always = _first_chars_index(self.entries)
        object.__setattr__(self, "_by_first_chars", by_first_chars)
        object.__setattr__(self, "_always", always)
        object.__setattr__(self, "_found", {})

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, english: str) -> TermEntry | None:
        """The entry that has `english` among its variants (case-insensitive)."""
        wanted = english.lower()
        for entry in self.entries:
            if any(v.lower() == wanted for v in entry.english):
                return entry
        return None

    def entries_in(self, english_text: str) -> list[tuple[TermEntry, re.Match]]:
        """Every entry whose English term occurs in `english_text`, with its first match."""
        found = self._found.get(english_text)
        if found is None:
            found = []
            for position in self._candidates(english_text):
                entry = self.entries[position]
                match = entry.find_in(english_text)
                if match:
                    found.append((entry, match))
            if len(self._found) >= _FOUND_CACHE_SIZE:
                self._found.clear()
            self._found[english_text] = found = tuple(found)
        return list(found)

    def rendered_in(self, english_text: str,
                    korean_text: str) -> list[tuple[TermEntry, re.Match, str]]:
        """The entries of `english_text` that `korean_text` renders as approved, each with its
        English match and the approved rendering found (spaces aside: 공짜는없 is 공짜는 없)."""
        korean = korean_text.replace(" ", "")
        found = []
        for entry, match in self.entries_in(english_text):
            # the longest form found: 토씨 하나 (틀리지 않고 그대로) rather than 그대로
            form = next((f for f in sorted(entry.approved, key=len, reverse=True)
                         if f.replace(" ", "") in korean), None)
            if form is not None:
                found.append((entry, match, form))
        return found

    def _candidates(self, text: str):
        """Positions (in file order) of the entries that may occur in `text`: a superset."""
        if not _folds_like_ascii(text):
            return range(len(self.entries))  # exotic case folding: try every entry
        positions = set(self._always)
        for snippet in _WORD_STARTS.findall(text):
            snippet = snippet.lower()
            for n in range(1, len(snippet) + 1):
                positions.update(self._by_first_chars.get(snippet[:n], ()))
        return sorted(positions)


_FOUND_CACHE_SIZE = 4096
# How many leading characters of a variant's first word index its entry.
_KEY_LENGTH = 3
# The first characters of every place a term may start (english_pattern's left boundary).
_WORD_STARTS = re.compile(r"(?<![\w\-])(?=(.{1,%d}))" % _KEY_LENGTH, re.DOTALL)


def _first_chars_index(entries) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """{lower-cased first characters of a variant's first word: entry positions}, and the
    positions of entries that cannot be indexed so (empty or non-ASCII first characters).

    A match of english_pattern starts with the first word of one of the entry's variants,
    written as in the file up to case (the inflected tail only changes later characters:
    single words of at most 3 letters are never inflected by stem change).
    """
    index: dict[str, set[int]] = {}
    always = []
    for position, entry in enumerate(entries):
        for variant in entry.english:
            key = re.split(r"[\s\-]+", variant.strip())[0][:_KEY_LENGTH].lower()
            if key and key.isascii():
                index.setdefault(key, set()).add(position)
            else:
                always.append(position)
    return {k: tuple(sorted(v)) for k, v in index.items()}, tuple(sorted(set(always)))


def _folds_like_ascii(text: str) -> bool:
    """Whether re.IGNORECASE on `text` agrees with str.lower() for ASCII terms.

    It does unless the text has a non-ASCII cased letter: the regex engine matches
    s with ſ, k with the Kelvin sign, i with İ, which str.lower() does not.
    """
    return text.isascii() or all(ch.isascii() or ch.lower() == ch.upper() for ch in text)


def _variant_regex(variant: str) -> str:
    """Regex for one English variant: its last word may take -s/-es/-ed/-ing."""
    words = re.split(r"[\s\-]+", variant.strip())
    *head, last = words
    if last.isupper() or not last.isalpha():  # acronyms (LLM, GPU) only take a plural s
        tail = re.escape(last) + r"(?:s|'s)?"
    elif last.endswith("e") and len(last) > 3:  # tune -> tunes, tuned, tuning
        tail = re.escape(last[:-1]) + r"(?:e|es|ed|ing)"
    elif last.endswith("y") and len(last) > 3 and last[-2] not in "aeiou":  # query -> queries
        tail = re.escape(last[:-1]) + r"(?:y|ies|ied|ying)"
    else:
        tail = re.escape(last) + r"(?:s|es|ed|ing|'s)?"
    parts = [re.escape(w) for w in head] + [tail]
    if len(words) >= 3:  # a phrase (an idiom) may take an intensifier: punches WAY above
        return r"[\s\-]?".join(parts[:1] + [_INTENSIFIER + part for part in parts[1:]])
    return r"[\s\-]?".join(parts)


_INTENSIFIER = r"(?:(?:way|far|well|really|so|much|totally|completely|just|all)\s+)?"


def rendering_pattern(form: str) -> re.Pattern:
    """A Korean rendering, spaced as the text pleases: 공짜는 없 also finds 공짜는없."""
    return re.compile(r"\s?".join(re.escape(c) for c in form.replace(" ", "")))


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans (of matched terms) cut out; of overlapping spans the later goes."""
    taken_from = len(text)
    for start, end in sorted(spans, reverse=True):
        if end <= taken_from:
            text, taken_from = text[:start] + " " + text[end:], start
    return " ".join(text.split())


def english_pattern(variants: tuple[str, ...]) -> re.Pattern:
    """One case-insensitive, word-bounded pattern for all English variants.

    Longer variants come first so "attention head" wins over "attention".
    """
    ordered = sorted(variants, key=len, reverse=True)
    body = "|".join(_variant_regex(v) for v in ordered)
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w])", re.IGNORECASE)


def _split_cell(cell: str | None) -> tuple[str, ...]:
    if not cell:
        return ()
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise TermbaseError("is not UTF-8 text; save the termbase as UTF-8 CSV",
                            path=path, line=line) from None


def load_termbase(path: str | Path) -> Termbase:
    """Read a termbase CSV. Raises TermbaseError naming the file, line and problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TermbaseError(f"cannot read the termbase file ({e.strerror})", path=path) from None
    text = _decode(data, path)
    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows, None)
    if header is None:
        raise TermbaseError("is empty; it needs the header line english,approved,wrong,note",
                            path=path, line=1)
    columns = [c.strip().lower() for c in header]
    for needed in REQUIRED_COLUMNS:
        if needed not in columns:
            raise TermbaseError(f"the header has no '{needed}' column; "
                                "it should read english,approved,wrong,note", path=path, line=1)
    where = {name: columns.index(name) for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS
             if name in columns}

    entries: list[TermEntry] = []
    seen: dict[str, int] = {}
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank lines are allowed
        if len(row) < len(columns):
            missing = columns[len(row)]
            raise TermbaseError(f"the row has {len(row)} columns but the header has {len(columns)} "
                                f"(missing '{missing}')", path=path, line=line)
        if len(row) > len(columns):
            raise TermbaseError(f"the row has {len(row)} columns but the header has "
                                f"{len(columns)}; put a cell that holds a comma in double "
                                'quotes ("garbage in, garbage out")', path=path, line=line)
        cell = {name: row[i] for name, i in where.items()}
        entries.append(_entry_from_cells(cell, path, line, seen))
    return Termbase(tuple(entries))


def _entry_from_cells(cell: dict[str, str], path: Path, line: int,
                      seen: dict[str, int]) -> TermEntry:
    english = _split_cell(cell["english"])
    if not english:
        raise TermbaseError("the 'english' cell is empty", path=path, line=line)
    approved = _split_cell(cell.get("approved"))
    wrong = _split_cell(cell.get("wrong"))
    both = set(approved) & set(wrong)
    if both:
        raise TermbaseError(f"'{sorted(both)[0]}' is listed as both approved and wrong",
                            path=path, line=line, value=sorted(both)[0])
    for variant in english:
        earlier = seen.get(variant.lower())
        if earlier is not None:
            raise TermbaseError(f"'{variant}' is already defined on line {earlier}",
                                path=path, line=line, value=variant)
        seen[variant.lower()] = line
    return TermEntry(english=english, approved=approved, wrong=wrong,
                     note=(cell.get("note") or "").strip(), origin=f"{path}, line {line}",
                     unless=_split_cell(cell.get("unless")),
                     only_with=_split_cell(cell.get("only_with")))


def default_termbase_path() -> Path:
    """The termbase that ships with the tool: data/termbase.csv at the repository root."""
    return Path(__file__).resolve().parents[1] / "data" / "termbase.csv"


def default_idioms_path() -> Path:
    """English idioms and their word-for-word calques, in the termbase's format
    (data/idioms.csv; read by qa.checks.literal_idiom)."""
    return Path(__file__).resolve().parents[1] / "data" / "idioms.csv"


def merge(user: Termbase, default: Termbase) -> Termbase:
    """User entries first; a default entry sharing any English variant with one is dropped."""
    user_variants = {v.lower() for entry in user.entries for v in entry.english}
    kept = [entry for entry in default.entries
            if not any(v.lower() in user_variants for v in entry.english)]
    return Termbase(tuple(user.entries) + tuple(kept))
