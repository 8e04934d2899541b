"""Errors that say where, what, and how to fix it.

Every error a user can cause (a bad rule file, an unreadable input, a bad option) is a
``CleanerError``; the CLI prints its message and exits with its ``exit_code``, never a traceback.
"""

from __future__ import annotations

from pathlib import Path


class CleanerError(Exception):
    """Base class of every error cleaner raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RuleFileError(CleanerError):
    """A rule file that cannot be loaded: where (file, rule id, key, line) and what."""

    exit_code = 2

    def __init__(
        self,
        path: Path | str,
        problem: str,
        *,
        rule: str | None = None,
        key: str | None = None,
        line: int | None = None,
    ) -> None:
        self.path = str(path)
        self.rule = rule
        self.key = key
        self.line = line
        self.problem = problem
        where = self.path + (f":{line}" if line else "")
        parts = [where]
        if rule:
            parts.append(f'rule "{rule}"')
        if key:
            parts.append(f'key "{key}"')
        super().__init__(": ".join(parts) + ": " + problem)


class InputError(CleanerError):
    """An input that cannot be read as a document (binary, wrong encoding, bad JSON, missing)."""

    exit_code = 1

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class ConfigError(CleanerError):
    """Options that do not fit together or name something that does not exist."""

    exit_code = 2
