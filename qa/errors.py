"""One exception tree. Every error reads as an instruction to the user.

Front ends (the CLI, the review app) catch `QAError` and show `str(error)` as a
single line; anything else is a bug.
"""

from __future__ import annotations


class QAError(Exception):
    """Root of every error the library raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 value: str | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.value = value
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}, line {self.line}"
            where += ": "
        return f"{where}{self.message}"


class SubtitleError(QAError):
    """A subtitle file cannot be read or written."""


class AlignmentError(QAError):
    """Source and target cues cannot be paired."""


class EncoderError(QAError):
    """A sentence encoder cannot be loaded or used."""


class TermbaseError(QAError):
    """A termbase file is malformed."""


class StoreError(QAError):
    """The review database cannot be opened or written."""


class ExportError(QAError):
    """A correction export cannot be produced."""


class EvalError(QAError):
    """A labelled file or report for `qa eval` is malformed."""


class CourseError(QAError):
    """A course folder cannot be used (missing, not a folder, or its summary unreadable)."""
