"""Messages for the person at the screen that keep their template, so an interface can translate them.

The core speaks Chinese: the CLI prints its messages as they are, and they are the authoritative
text. A message with values in it is written ``msg("{name}：口令错误", name=path.name)`` rather than
as an f-string: it is still the same Chinese ``str`` everywhere, but it also remembers its template
and values, so the English interface can show ``QCoreApplication.translate("Messages", template)``
filled with the same values (``ui.i18n.message_text``). A plain literal message needs no ``msg``: it
is its own template. ``tools/translations.py`` collects both kinds from the sources into the
"messages" catalog, and a test fails when a message is written as an f-string in an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

MESSAGES_CONTEXT = "Messages"


class Message(str):
    """A message in Chinese that remembers its template and the values filled into it."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as template and values, not as the filled text
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)


def msg(template: str, /, **values: Any) -> Message:
    """``template`` (Chinese, with ``{name}`` fields as ``str.format`` takes them) filled with ``values``."""
    return Message(template, **values)


class JoinedMessage(str):
    """Several messages shown as one, joined by a separator ("；", "、"): each part translates on its own."""

    separator: str
    parts: tuple[str, ...]

    def __new__(cls, separator: str, parts: tuple[str, ...]) -> JoinedMessage:
        self = super().__new__(cls, separator.join(parts))
        self.separator = separator
        self.parts = parts
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (JoinedMessage, (self.separator, self.parts))


def joined(separator: str, parts: Iterable[str]) -> JoinedMessage:
    """``separator.join(parts)`` that keeps the parts (messages or plain texts) for translation."""
    return JoinedMessage(separator, tuple(parts))


def template_of(text: object) -> tuple[str, dict[str, Any]]:
    """The template and values of a message: its own for a ``Message``, the text itself for plain text."""
    if isinstance(text, Message):
        return text.template, text.values
    return str(text), {}
