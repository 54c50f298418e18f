"""The review database: lectures, their cues, scan results and reviewers' decisions.

One code path for SQLite (the default, a file in the working directory) and
PostgreSQL (give a ``postgresql+psycopg://`` URL).

Design in three sentences:

* Cue *versions* are content-addressed: a cue row is identified within its
  lecture by a hash of its source text, target text and timing, so scanning an
  edited lecture again re-uses the rows (and therefore the decisions) of every
  cue that did not change, wherever it moved to.
* Decisions are an append-only history keyed by a client-generated action id
  (insert-or-ignore), so a double click or a replayed request never duplicates
  or drops an action; the current resolution of a cue is its latest row.
* Claims ("Ana is on this cue") are the only rows that are ever overwritten;
  they expire on their own.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import (
    JSON, Boolean, Column, DateTime, Float, ForeignKey, Integer, MetaData, String, Table,
    Text, UniqueConstraint, create_engine, event, func, or_, select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from qa.course import lecture_name  # noqa: F401  (one naming rule: the course pairing's)
from qa.errors import StoreError
from qa.model import ScanReport, ScoredCue

log = logging.getLogger("qa")

DEFAULT_DATABASE_FILE = "qa-review.sqlite"
DATABASE_URL_ENV = "QA_DATABASE_URL"
DECISIONS = ("accept", "fix", "skip")
OPEN = "open"  # what an undo back to "never decided" records
CLAIM_MINUTES = 10

metadata = MetaData()

files = Table(
    "files", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(500), nullable=False, unique=True),  # the lecture, e.g. "lecture01"
    Column("source_path", Text, nullable=False),
    Column("target_path", Text, nullable=False),
    Column("source_name", String(500), nullable=False),
    Column("target_name", String(500), nullable=False),
    Column("source_hash", String(64), nullable=False),
    Column("target_hash", String(64), nullable=False),
    Column("format", String(8), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

cues = Table(
    "cues", metadata,
    Column("id", Integer, primary_key=True),
    Column("file_id", ForeignKey("files.id"), nullable=False),
    Column("version", String(64), nullable=False),  # cue_version(): source+target+timing
    Column("start_ms", Integer, nullable=False),
    Column("end_ms", Integer, nullable=False),
    Column("source_text", Text, nullable=False),
    Column("target_text", Text, nullable=False),  # cleaned, what the checks saw
    Column("raw_target", Text, nullable=False),  # exactly as in the file
    UniqueConstraint("file_id", "version"),
)

scans = Table(
    "scans", metadata,
    Column("id", Integer, primary_key=True),
    Column("file_id", ForeignKey("files.id"), nullable=False, index=True),
    Column("model", String(500), nullable=False),
    Column("settings", JSON, nullable=False),
    Column("quality", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

scan_results = Table(
    "scan_results", metadata,
    Column("scan_id", ForeignKey("scans.id"), primary_key=True),
    Column("position", Integer, primary_key=True),  # 1-based cue number in this scan's file
    Column("cue_id", ForeignKey("cues.id"), nullable=False, index=True),
    Column("risk", Float, nullable=False),
    Column("flagged", Boolean, nullable=False),
    Column("similarity", Float, nullable=False),
    Column("reasons", JSON, nullable=False),  # list[str]
    Column("categories", JSON, nullable=False),  # list[str], in finding order, unique
    Column("severity", String(8), nullable=True),  # worst finding's, None without findings
    Column("suggestion", Text, nullable=True),
    Column("spans", JSON, nullable=False),  # [[start, end], ...] offsets into target_text
    Column("source_cues", JSON, nullable=False),  # source cue numbers
)

decisions = Table(
    "decisions", metadata,
    Column("id", Integer, primary_key=True),
    Column("action_id", String(64), nullable=False, unique=True),  # idempotency key
    Column("cue_id", ForeignKey("cues.id"), nullable=False, index=True),
    Column("reviewer", String(200), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=False),
    Column("decision", String(8), nullable=False),  # accept / fix / skip / open
    Column("corrected_text", Text, nullable=True),  # for "fix": the Korean to use
    Column("comment", Text, nullable=True),
    Column("undoes", Integer, nullable=True),  # id of the decision an undo reverted
)

claims = Table(
    "claims", metadata,
    Column("cue_id", ForeignKey("cues.id"), primary_key=True),
    Column("reviewer", String(200), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class Decision:
    id: int
    action_id: str
    cue_id: int
    reviewer: str
    decided_at: datetime
    decision: str  # accept / fix / skip / open
    corrected_text: str | None
    comment: str | None
    undoes: int | None = None


@dataclass(frozen=True)
class Claim:
    cue_id: int
    reviewer: str
    expires_at: datetime


@dataclass(frozen=True)
class LectureFile:
    id: int
    name: str
    source_path: str
    target_path: str
    format: str
    latest_scan: int | None


@dataclass
class ReviewCue:
    """One cue of one scan with its scan result and its current resolution."""

    cue_id: int
    file_id: int
    position: int  # cue number in the file, 1-based
    start: int  # ms
    end: int  # ms
    source: str
    target: str
    raw_target: str
    risk: float
    flagged: bool
    similarity: float
    reasons: list[str]
    categories: list[str]
    severity: str | None
    suggestion: str | None
    spans: list[tuple[int, int]]
    source_cues: list[int]
    current: Decision | None = None  # latest decision, None if never decided
    claim: Claim | None = None  # live claim, if any

    @property
    def status(self) -> str:
        """"open" until decided; else the latest decision (an undo can make it "open" again)."""
        return self.current.decision if self.current else OPEN

    @property
    def text(self) -> str:
        """The Korean as it stands now: the fix if there is one, else the original."""
        if self.current and self.current.decision == "fix" and self.current.corrected_text:
            return self.current.corrected_text
        return self.target


@dataclass(frozen=True)
class SavedScan:
    file_id: int
    scan_id: int
    kept_decisions: int  # cues of this scan that already had decisions (unchanged since)


def cue_version(source: str, raw_target: str, start: int, end: int) -> str:
    """The identity of a cue across re-scans: changes when its text or timing does."""
    payload = json.dumps([source, raw_target, start, end], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def default_database_url(env: dict | None = None) -> str:
    """QA_DATABASE_URL if set, else a SQLite file in the working directory."""
    env = os.environ if env is None else env
    return env.get(DATABASE_URL_ENV) or f"sqlite:///{DEFAULT_DATABASE_FILE}"


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _as_utc(moment: datetime) -> datetime:
    """SQLite hands datetimes back naive; everything we store is UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


class Store:
    """The review database. Thread-safe: one engine, a connection per operation.

    `url` is a SQLAlchemy URL or a plain path to a SQLite file; None means
    `default_database_url()`. `clock` returns the current UTC time (tests pass
    their own to exercise claim expiry without waiting).
    """

    def __init__(self, url: str | os.PathLike | None = None, *,
                 clock: Callable[[], datetime] = _utcnow):
        self.url = _normalise_url(url)
        self.clock = clock
        self.engine = _create_engine(self.url)
        try:
            metadata.create_all(self.engine)
        except SQLAlchemyError as error:
            raise _store_error(error, self.url) from error

    def close(self) -> None:
        self.engine.dispose()

    # -- writing scans ---------------------------------------------------------------

    def save_scan(self, report: ScanReport, name: str | None = None) -> SavedScan:
        """Store a scan of one lecture; re-uses the cue rows (and decisions) of unchanged cues."""
        name = name or lecture_name(report.target.path)
        rows = [_cue_row(scored) for scored in report.cues]
        with self._write() as conn:
            file_id = self._upsert_file(conn, name, report)
            versions = [row["version"] for row in rows]
            cue_ids: dict[str, int] = {}
            if rows:
                conn.execute(
                    self._insert(cues).on_conflict_do_nothing(
                        index_elements=["file_id", "version"]),
                    [{"file_id": file_id, "version": row["version"], **row["cue"]}
                     for row in rows],
                )
                cue_ids = dict(conn.execute(
                    select(cues.c.version, cues.c.id)
                    .where(cues.c.file_id == file_id, cues.c.version.in_(versions))
                ).all())
            scan_id = conn.execute(scans.insert().values(
                file_id=file_id, model=str(report.settings.get("model", "")),
                settings=_jsonable(report.settings), quality=_jsonable(report.quality),
                created_at=self.clock(),
            )).inserted_primary_key[0]
            if rows:
                conn.execute(scan_results.insert(), [
                    {"scan_id": scan_id, "cue_id": cue_ids[row["version"]], **row["result"]}
                    for row in rows
                ])
            kept = conn.execute(
                select(func.count(func.distinct(decisions.c.cue_id)))
                .where(decisions.c.cue_id.in_(list(cue_ids.values())))
            ).scalar_one() if cue_ids else 0
        return SavedScan(file_id=file_id, scan_id=scan_id, kept_decisions=kept)

    def _upsert_file(self, conn: Connection, name: str, report: ScanReport) -> int:
        values = {
            "source_path": report.source.path, "target_path": report.target.path,
            "source_name": Path(report.source.path).name,
            "target_name": Path(report.target.path).name,
            "source_hash": content_hash(report.source.cues),
            "target_hash": content_hash(report.target.cues),
            "format": report.target.format,
        }
        statement = self._insert(files).values(name=name, created_at=self.clock(), **values)
        conn.execute(statement.on_conflict_do_update(index_elements=["name"], set_=values))
        return conn.execute(select(files.c.id).where(files.c.name == name)).scalar_one()

    # -- reading ---------------------------------------------------------------------

    def files(self) -> list[LectureFile]:
        latest = (select(scans.c.file_id, func.max(scans.c.id).label("scan_id"))
                  .group_by(scans.c.file_id).subquery())
        query = (select(files, latest.c.scan_id)
                 .join(latest, latest.c.file_id == files.c.id, isouter=True)
                 .order_by(files.c.name))
        with self._read() as conn:
            return [LectureFile(id=r.id, name=r.name, source_path=r.source_path,
                                target_path=r.target_path, format=r.format,
                                latest_scan=r.scan_id) for r in conn.execute(query)]

    def file(self, file_id: int) -> LectureFile:
        for lecture in self.files():
            if lecture.id == file_id:
                return lecture
        raise StoreError(f"there is no lecture with id {file_id} in the review database",
                         value=str(file_id))

    def file_named(self, name: str) -> LectureFile:
        """The lecture called `name` (as listed by `files()`), e.g. for `qa export --lecture`."""
        for lecture in self.files():
            if lecture.name == name:
                return lecture
        known = ", ".join(lecture.name for lecture in self.files()) or "none yet"
        raise StoreError(f"there is no lecture {name!r} in the review database "
                         f"(lectures: {known})", value=name)

    def find_scan(self, name: str, source_hash: str, target_hash: str) -> int | None:
        """The latest scan of lecture `name` if its files still have these content hashes."""
        query = (select(func.max(scans.c.id)).join(files, files.c.id == scans.c.file_id)
                 .where(files.c.name == name, files.c.source_hash == source_hash,
                        files.c.target_hash == target_hash))
        with self._read() as conn:
            return conn.execute(query).scalar_one()

    def scan_quality(self, scan_id: int) -> dict:
        """The per-lecture figures stored with a scan (qa.scoring.quality_summary), {} if none."""
        with self._read() as conn:
            quality = conn.execute(select(scans.c.quality)
                                   .where(scans.c.id == scan_id)).scalar_one_or_none()
        return quality or {}

    def latest_scan(self, file_id: int) -> int | None:
        with self._read() as conn:
            return conn.execute(select(func.max(scans.c.id))
                                .where(scans.c.file_id == file_id)).scalar_one()

    def scan_cues(self, scan_id: int, positions: Iterable[int] | None = None) -> list[ReviewCue]:
        """The cues of one scan in file order (or only those at `positions`), with their state."""
        query = (select(scan_results, cues)
                 .join(cues, cues.c.id == scan_results.c.cue_id)
                 .where(scan_results.c.scan_id == scan_id)
                 .order_by(scan_results.c.position))
        if positions is not None:
            query = query.where(scan_results.c.position.in_(list(positions)))
        with self._read() as conn:
            rows = conn.execute(query).all()
            cue_ids = [row.cue_id for row in rows]
            current = self._current(conn, cue_ids)
            live = self._live_claims(conn, cue_ids)
        return [_review_cue(row, current.get(row.cue_id), live.get(row.cue_id)) for row in rows]

    def scan_state(self, scan_id: int) -> tuple[dict[int, Decision], dict[int, Claim]]:
        """What changes while reviewing a scan: current decisions and live claims by cue id.

        Cheap next to `scan_cues`, so a front end can cache the cues and ask only this.
        """
        scan_cue_ids = select(scan_results.c.cue_id).where(scan_results.c.scan_id == scan_id)
        latest = (select(func.max(decisions.c.id)).where(decisions.c.cue_id.in_(scan_cue_ids))
                  .group_by(decisions.c.cue_id))
        with self._read() as conn:
            current = conn.execute(select(decisions).where(decisions.c.id.in_(latest))).all()
            live = conn.execute(select(claims).where(claims.c.cue_id.in_(scan_cue_ids),
                                                     claims.c.expires_at > self.clock())).all()
        return ({row.cue_id: _decision(row) for row in current},
                {row.cue_id: Claim(row.cue_id, row.reviewer, _as_utc(row.expires_at))
                 for row in live})

    def cue(self, scan_id: int, position: int) -> ReviewCue | None:
        found = self.scan_cues(scan_id, [position])
        return found[0] if found else None

    def history(self, cue_id: int) -> list[Decision]:
        """Every decision ever taken on a cue version, oldest first."""
        with self._read() as conn:
            rows = conn.execute(select(decisions).where(decisions.c.cue_id == cue_id)
                                .order_by(decisions.c.id)).all()
        return [_decision(row) for row in rows]

    def current_decisions(self, cue_ids: Iterable[int]) -> dict[int, Decision]:
        with self._read() as conn:
            return self._current(conn, list(cue_ids))

    def histories(self, cue_ids: Iterable[int]) -> dict[int, list[Decision]]:
        """The decision history of many cues at once: cue id -> decisions, oldest first."""
        cue_ids = list(cue_ids)
        found: dict[int, list[Decision]] = {cue_id: [] for cue_id in cue_ids}
        if not cue_ids:
            return found
        with self._read() as conn:
            rows = conn.execute(select(decisions).where(decisions.c.cue_id.in_(cue_ids))
                                .order_by(decisions.c.id)).all()
        for row in rows:
            found[row.cue_id].append(_decision(row))
        return found

    # -- decisions -------------------------------------------------------------------

    def decide(self, cue_id: int, reviewer: str, decision: str, *,
               corrected_text: str | None = None, comment: str | None = None,
               action_id: str | None = None) -> bool:
        """Append a decision; False if `action_id` was already recorded (nothing written).

        `decision` is accept (false alarm), fix (use `corrected_text`) or skip (later).
        The reviewer's claim on the cue is released.
        """
        if decision not in DECISIONS:
            raise StoreError(f"unknown decision {decision!r}: use one of {', '.join(DECISIONS)}",
                             value=decision)
        if decision == "fix" and not (corrected_text or "").strip():
            raise StoreError("a fix needs the corrected Korean text")
        reviewer = _reviewer(reviewer)
        with self._write() as conn:
            written = self._append(conn, cue_id, reviewer, decision, action_id,
                                   corrected_text if decision == "fix" else None, comment, None)
            conn.execute(claims.delete().where(claims.c.cue_id == cue_id,
                                               claims.c.reviewer == reviewer))
        return written

    def undo(self, cue_id: int, reviewer: str, *, action_id: str | None = None) -> bool:
        """Revert the cue's latest (not yet undone) decision by appending the state before it.

        Nothing is deleted: the undo is a new row whose decision and text are those the
        cue had before (or "open" if it had none) and whose `undoes` names the reverted row.
        Returns False if there is nothing to undo or `action_id` was already recorded.
        """
        reviewer = _reviewer(reviewer)
        with self._write() as conn:
            rows = conn.execute(select(decisions).where(decisions.c.cue_id == cue_id)
                                .order_by(decisions.c.id)).all()
            effective = _effective_stack([_decision(row) for row in rows])
            if not effective:
                return False
            reverted = effective[-1]
            before = effective[-2] if len(effective) > 1 else None
            return self._append(
                conn, cue_id, reviewer, before.decision if before else OPEN, action_id,
                before.corrected_text if before else None, None, reverted.id)

    def _append(self, conn: Connection, cue_id: int, reviewer: str, decision: str,
                action_id: str | None, corrected_text: str | None, comment: str | None,
                undoes: int | None) -> bool:
        statement = self._insert(decisions).values(
            action_id=action_id or uuid.uuid4().hex, cue_id=cue_id, reviewer=reviewer,
            decided_at=self.clock(), decision=decision, corrected_text=corrected_text,
            comment=(comment or "").strip() or None, undoes=undoes,
        ).on_conflict_do_nothing(index_elements=["action_id"]).returning(decisions.c.id)
        try:  # RETURNING gives no row when the action id was already there
            return conn.execute(statement).first() is not None
        except SQLAlchemyError as error:
            raise _store_error(error, self.url) from error

    # -- claims ----------------------------------------------------------------------

    def claim(self, cue_id: int, reviewer: str, minutes: float = CLAIM_MINUTES) -> Claim:
        """Mark a cue as `reviewer`'s for a while; returns whoever holds it afterwards.

        A live claim by someone else is left alone (the result names them); an expired one
        or the reviewer's own is taken over / extended.
        """
        reviewer = _reviewer(reviewer)
        now = self.clock()
        statement = self._insert(claims).values(
            cue_id=cue_id, reviewer=reviewer, expires_at=now + timedelta(minutes=minutes))
        statement = statement.on_conflict_do_update(
            index_elements=["cue_id"],
            set_={"reviewer": statement.excluded.reviewer,
                  "expires_at": statement.excluded.expires_at},
            where=or_(claims.c.reviewer == statement.excluded.reviewer,
                      claims.c.expires_at <= now),
        )
        with self._write() as conn:
            conn.execute(statement)
            row = conn.execute(select(claims).where(claims.c.cue_id == cue_id)).one()
        return Claim(row.cue_id, row.reviewer, _as_utc(row.expires_at))

    def release(self, cue_id: int, reviewer: str) -> None:
        with self._write() as conn:
            conn.execute(claims.delete().where(claims.c.cue_id == cue_id,
                                               claims.c.reviewer == _reviewer(reviewer)))

    def live_claims(self, cue_ids: Iterable[int]) -> dict[int, Claim]:
        with self._read() as conn:
            return self._live_claims(conn, list(cue_ids))

    # -- internals -------------------------------------------------------------------

    def _current(self, conn: Connection, cue_ids: list[int]) -> dict[int, Decision]:
        if not cue_ids:
            return {}
        latest = (select(func.max(decisions.c.id)).where(decisions.c.cue_id.in_(cue_ids))
                  .group_by(decisions.c.cue_id))
        rows = conn.execute(select(decisions).where(decisions.c.id.in_(latest))).all()
        return {row.cue_id: _decision(row) for row in rows}

    def _live_claims(self, conn: Connection, cue_ids: list[int]) -> dict[int, Claim]:
        if not cue_ids:
            return {}
        rows = conn.execute(select(claims).where(claims.c.cue_id.in_(cue_ids),
                                                 claims.c.expires_at > self.clock())).all()
        return {row.cue_id: Claim(row.cue_id, row.reviewer, _as_utc(row.expires_at))
                for row in rows}

    def _insert(self, table: Table):
        """INSERT with ON CONFLICT support for the backend in use."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    def _read(self):
        return _Operation(self, write=False)

    def _write(self):
        return _Operation(self, write=True)


class _Operation:
    """A connection for one operation, in one transaction; database errors -> StoreError."""

    def __init__(self, store: Store, write: bool):
        self.store = store
        self.write = write

    def __enter__(self) -> Connection:
        try:
            self.conn = self.store.engine.connect().execution_options(qa_write=self.write)
            self.transaction = self.conn.begin()
        except SQLAlchemyError as error:
            raise _store_error(error, self.store.url) from error
        return self.conn

    def __exit__(self, kind, error, traceback) -> bool:
        try:
            if error is None:
                self.transaction.commit()
            else:
                self.transaction.rollback()
        except SQLAlchemyError as failure:
            self.conn.close()
            raise _store_error(failure, self.store.url) from failure
        self.conn.close()
        if isinstance(error, SQLAlchemyError):
            raise _store_error(error, self.store.url) from error
        return False


def _normalise_url(url: str | os.PathLike | None) -> str:
    if url is None:
        return default_database_url()
    url = os.fspath(url)
    if "://" not in url:  # a plain path to a SQLite file
        return f"sqlite:///{url}"
    return url


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"the database URL {url!r} is not valid: use a file path, "
                         "sqlite:///FILE or postgresql+psycopg://USER:PASSWORD@HOST/DB",
                         value=url) from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":  # plain postgresql:// -> the installed psycopg 3
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except (ArgumentError, ImportError) as error:
            raise StoreError(f"cannot use the database URL {url!r}: {error}", value=url) from None
    raise StoreError(f"unsupported database {parsed.get_backend_name()!r} in {url!r}: "
                     "use SQLite or PostgreSQL", value=url)


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        folder = Path(database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"cannot open the database file: the folder {folder} does not exist",
                             path=database)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def configure(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin(conn):
        # Writers take the write lock up front: a deferred transaction that reads and
        # then writes fails with SQLITE_BUSY instead of waiting when another writes.
        immediate = conn.get_execution_options().get("qa_write", True)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _store_error(error: SQLAlchemyError, url: str) -> StoreError:
    shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    if "unable to open database file" in detail:
        return StoreError(f"cannot open the database file ({detail})", path=shown)
    return StoreError(f"the review database failed: {detail}", path=shown)


def _reviewer(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise StoreError("enter your name before reviewing: every decision records its reviewer")
    return name


def _cue_row(scored: ScoredCue) -> dict:
    target = scored.pair.target
    source = scored.pair.source_text
    return {
        "version": cue_version(source, target.raw, target.start, target.end),
        "cue": {"start_ms": target.start, "end_ms": target.end, "source_text": source,
                "target_text": target.text, "raw_target": target.raw},
        "result": {
            "position": target.index, "risk": float(scored.risk), "flagged": bool(scored.flagged),
            "similarity": float(scored.similarity), "reasons": list(scored.reasons),
            "categories": scored.categories,
            "severity": scored.severity, "suggestion": scored.suggestion,
            "spans": [list(f.span) for f in scored.findings if f.span is not None],
            "source_cues": list(scored.pair.source_indices),
        },
    }


def content_hash(cue_list) -> str:
    """A fingerprint of a subtitle file's cues (timing and exact text)."""
    digest = hashlib.sha256()
    for cue in cue_list:
        digest.update(f"{cue.start}\t{cue.end}\t{cue.raw}\n".encode("utf-8"))
    return digest.hexdigest()


def _jsonable(value) -> dict:
    """Settings may hold paths or numpy numbers; keep what JSON can say."""
    return json.loads(json.dumps(value or {}, default=str))


def _decision(row) -> Decision:
    return Decision(id=row.id, action_id=row.action_id, cue_id=row.cue_id,
                    reviewer=row.reviewer, decided_at=_as_utc(row.decided_at),
                    decision=row.decision, corrected_text=row.corrected_text,
                    comment=row.comment, undoes=row.undoes)


def _effective_stack(history: list[Decision]) -> list[Decision]:
    """Replay a cue's history: an undo row cancels the row it names."""
    stack: list[Decision] = []
    for decision in history:
        if decision.undoes is not None:
            stack = [d for d in stack if d.id != decision.undoes]
        else:
            stack.append(decision)
    return stack


def _review_cue(row, current: Decision | None, claim: Claim | None) -> ReviewCue:
    return ReviewCue(
        cue_id=row.cue_id, file_id=row.file_id, position=row.position, start=row.start_ms,
        end=row.end_ms, source=row.source_text, target=row.target_text,
        raw_target=row.raw_target, risk=row.risk, flagged=row.flagged,
        similarity=row.similarity, reasons=list(row.reasons), categories=list(row.categories),
        severity=row.severity, suggestion=row.suggestion,
        spans=[tuple(span) for span in row.spans], source_cues=list(row.source_cues),
        current=current, claim=claim,
    )
