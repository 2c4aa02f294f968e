"""The project's own exceptions: each carries a message for the person at the screen.

The CLI prints ``str(error)`` on one line and exits with ``error.exit_code``; the GUI shows
the same text in one dialog, in the interface's language (``ui.i18n.message_text``: messages are
written with ``app.messages.msg`` so that they can be translated). Nothing else should escape a reader of outside data.
"""

from __future__ import annotations

MAX_MESSAGE_CHARACTERS = 1500  # one screen: longer texts quoted from a damaged file are cut


def fit_for_screen(message: str, limit: int = MAX_MESSAGE_CHARACTERS) -> str:
    """``message`` as a person can read it: characters that would not print (NUL, escapes, lone
    surrogates) shown as escapes, line breaks kept, and cut to ``limit`` characters (one screen).
    Messages often quote a file's own bytes, and a hostile file chooses them."""
    text = "".join(ch if ch.isprintable() or ch == "\n" else repr(ch)[1:-1] for ch in message)
    return text if len(text) <= limit else text[:limit] + "…"


def kept_if_fit(message: str, limit: int = MAX_MESSAGE_CHARACTERS) -> str:
    """``message`` itself when it is already fit for the screen (so an ``app.messages.Message`` keeps
    its template for the interface's translation), else its escaped, cut text."""
    text = fit_for_screen(message, limit)
    return message if text == message else text


class CraftsmanError(Exception):
    """Base of every error the app reports to a person instead of crashing."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        self.source = message  # a Message keeps its template for the interface's translation
        message = fit_for_screen(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    @property
    def shown(self) -> str:
        """The message to keep for showing later: its ``Message`` (``ui.i18n.message_text`` translates
        it) when it needed no escaping or cutting, else the escaped, cut text."""
        return kept_if_fit(self.source) if isinstance(self.source, str) else self.message


class InputRefused(CraftsmanError):
    """A file or value was refused: damaged, tampered, invalid or from the wrong place."""


class WorkbookError(InputRefused):
    """A spreadsheet could not be read as the workbook it should be."""


class SchemeError(InputRefused):
    """A scoring scheme file is invalid."""


class KeyFileError(InputRefused):
    """A key file is missing, damaged, of the wrong kind, or its passphrase is wrong."""


class StorageError(CraftsmanError):
    """The database cannot be opened or is of a version this app does not know."""


class OutputError(CraftsmanError):
    """A file the person asked for could not be written: the folder is read-only or gone, the disk is
    full, the name is taken by a folder or a read-only file. Nothing half-written is left behind."""


class UsageError(CraftsmanError):
    """The command was called the wrong way."""

    exit_code = 2


class NotYetAvailable(UsageError):
    """A command of the contract whose feature has not been built yet."""
