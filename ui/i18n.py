"""Interface languages: Simplified Chinese (the source language) and English, with Qt's own tools.

Widgets write their texts in Chinese inside ``self.tr(...)`` (or ``QCoreApplication.translate``);
``pyside6-lupdate`` collects them into ``ui/translations/<catalog>_en.ts`` and ``pyside6-lrelease``
compiles those to ``.qm`` files, which ``install_language`` loads (``tools/translations.py`` runs both).
Chinese needs no catalog of the app's own: it is what the sources say. Labels that come from the
Qt-free core (groups, powers, form fields, procedure stages) are shown through ``domain_text``,
whose catalog ``tools/translations.py`` builds from the core's own label lists. The core's messages
(errors, intake findings, import outcomes: ``app.messages``) are shown through ``message_text``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator

from app.errors import CraftsmanError, fit_for_screen
from app.messages import MESSAGES_CONTEXT, JoinedMessage, template_of

SOURCE_LANGUAGE = "zh_CN"
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "en": "English"}  # each named in itself
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
# One catalog per part of the interface, so the parts can be translated independently:
# office_*, reviewer_* and chair_* modules go to their own catalog, the rest of ui/ to "common";
# "domain" holds the core's labels, "messages" the core's messages (see tools/translations.py).
CATALOGS = ("common", "office", "reviewer", "chair", "domain", "messages")
DOMAIN_CONTEXT = "Domain"

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def normalise_language(language: str | None) -> str:
    """A supported language code for ``language`` ("en", "en_US", "zh", "zh_CN"...); Chinese otherwise."""
    if language and language.lower().startswith("en"):
        return "en"
    return SOURCE_LANGUAGE


def install_language(app: QCoreApplication, language: str) -> str:
    """Show the interface in ``language`` from now on (texts created later); the code installed.

    Replaces what an earlier call installed. Qt's own texts (OK, Cancel, file dialogs) follow too.
    A missing catalog is logged and the rest still loads: a visible Chinese text is better than none.
    """
    language = normalise_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":  # Qt's own texts are English in its sources
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    if language != SOURCE_LANGUAGE:
        for catalog in CATALOGS:
            translator = QTranslator(app)
            if translator.load(f"{catalog}_{language}", str(TRANSLATIONS_DIR)):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("translation catalog %s_%s.qm not found in %s", catalog, language, TRANSLATIONS_DIR)
    app.setProperty("craftsman_language", language)
    return language


def current_language() -> str:
    """The language installed by ``install_language`` (Chinese before any call)."""
    app = QCoreApplication.instance()
    value = app.property("craftsman_language") if app is not None else None
    return str(value) if value else SOURCE_LANGUAGE


def domain_text(label: str) -> str:
    """A label from the core (a group, power, sub-item, form field, stage...) in the interface's language."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, label)


def message_text(message: object) -> str:
    """A message of the core (a ``CraftsmanError``, an ``app.messages.Message`` or a plain text) in the
    interface's language, its values filled in (values that are themselves messages or core labels
    translated too); the Chinese text itself when there is no translation or it does not fit the values."""
    return fit_for_screen(_translated(message, depth=0))


def _translated(message: object, depth: int) -> str:
    if isinstance(message, CraftsmanError):
        message = message.source
    if isinstance(message, JoinedMessage):
        separator = QCoreApplication.translate(MESSAGES_CONTEXT, message.separator)
        return separator.join(str(_value_text(part, depth + 1)) for part in message.parts)
    template, values = template_of(message)
    translated = QCoreApplication.translate(MESSAGES_CONTEXT, template)
    if not values:
        return translated if translated else template
    filled = {name: _value_text(value, depth) for name, value in values.items()}
    try:
        return translated.format(**filled)
    except (KeyError, IndexError, ValueError, AttributeError):  # a translation that lost or broke a field
        return str(message)


def _value_text(value: Any, depth: int) -> Any:
    """A value for a message's field: messages and core labels translated, anything else as it is
    (numbers keep their format specs)."""
    if depth > 8:  # messages quote messages a few levels deep at most; a hostile file cannot loop them
        return str(value)
    if isinstance(value, (CraftsmanError, str)):
        text = _translated(value, depth + 1)
        if isinstance(value, str) and text == value:
            return domain_text(value)
        return text
    return value


def translate_by_class(obj: QObject, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``obj.tr(source)`` that also finds texts written in a base class.

    PySide's ``tr`` looks a text up under the class of the object, but lupdate files it under the
    class whose code says it: a subclass (the chair's start screen, the reviewer's dossier renderer)
    would show its base class's texts untranslated. This tries each class of the object in turn.
    """
    for cls in type(obj).__mro__:
        if cls is QObject or not issubclass(cls, QObject):
            break
        text = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
        if text and text != source:
            return text
    return source
