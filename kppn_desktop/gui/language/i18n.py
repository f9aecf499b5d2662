"""The language of the screen: Indonesian (the source language of every text) or English.

The choice is kept per workstation (QSettings, key ``bahasa``) and applied when the application
starts: the translators are installed before the first window is built. Indonesian loads our own
catalogue of Qt's texts (``qtbase_id.qm``: file dialogs, context menus, the print preview; Qt ships
none); English loads ``kppn_en.qm`` (every text of ours) and Qt's ``qtbase_en``. Dates and numbers
on screen follow ``QLocale`` (``id_ID`` or ``en_US``); the papers stay Indonesian
(``domain.formatting``, docs/DECISIONS.md).

Texts made below ``gui/`` (states, channels, roles, rule messages) are marked there with
``domain.texts.N_`` and translated here when shown, by ``message()``, in the fixed context
``Messages``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from kppn_desktop import resources
from kppn_desktop.domain import texts
from kppn_desktop.domain.standards import WEEKDAY_NAMES

#: ``kppn_desktop/resources/translations``: package data, like the fonts (``kppn_desktop.resources``),
#: so an installed wheel and the bundle find it too.
TRANSLATION_DIR = Path(str(resources.traversable("translations")))

INDONESIAN, ENGLISH = "id", "en"
#: code -> the language's own name, as the menu and the login dialog offer it.
LANGUAGES = {INDONESIAN: "Bahasa Indonesia", ENGLISH: "English"}
SETTINGS_KEY = "bahasa"
#: The context of every text marked below gui/ (``domain.texts.N_``).
MESSAGES = "Messages"

_current = INDONESIAN


def _settings() -> QSettings:
    return QSettings("KPPN", "KPPN Desktop")


def stored_language() -> str:
    """The language chosen on this workstation (Indonesian when none was chosen)."""
    value = _settings().value(SETTINGS_KEY, INDONESIAN)
    return value if value in LANGUAGES else INDONESIAN


def store_language(code: str) -> None:
    """Keep ``code`` as this workstation's language; it applies at the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings = _settings()
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def current() -> str:
    """The language the running application shows."""
    return _current


def locale() -> QLocale:
    if _current == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def _load(translator: QTranslator, name: str, directory: Path | str) -> bool:
    return translator.load(name, str(directory))


def install(app, code: str | None = None) -> list[QTranslator]:
    """Install the translators of ``code`` (default: the stored choice) on ``app`` and set the
    default locale. Translators installed earlier by this function are removed first."""
    global _current  # one language per running application
    code = code or stored_language()
    for old in getattr(app, "_kppn_translators", []):
        app.removeTranslator(old)
    translators = []
    if code == ENGLISH:
        ours = QTranslator(app)
        if _load(ours, "kppn_en", TRANSLATION_DIR):
            translators.append(ours)
        qt = QTranslator(app)
        if _load(qt, "qtbase_en", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    else:
        qt = QTranslator(app)
        if _load(qt, "qtbase_id", TRANSLATION_DIR):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app._kppn_translators = translators
    _current = code if code in LANGUAGES else INDONESIAN
    QLocale.setDefault(locale())
    return translators


def message(text: str) -> str:
    """A text made below gui/ (marked with ``N_``, or a ``texts.Text`` with its values), in the
    language of the screen."""
    if not text:
        return text
    if isinstance(text, texts.Text):
        translated = QCoreApplication.translate(MESSAGES, text.template)
        if not text.values:
            return translated
        try:
            return translated.format(**{k: _value(v) for k, v in text.values.items()})
        except (KeyError, IndexError, ValueError):
            return str(text)
    return QCoreApplication.translate(MESSAGES, text)


def _value(value):
    """A value of a Text, written in the language of the screen."""
    from kppn_desktop.gui.language import formatting  # noqa: PLC0415

    if isinstance(value, texts.Text):
        return message(value)
    if isinstance(value, texts.Moment):
        return formatting.format_datetime(value.at, value.zone)
    if isinstance(value, texts.Minutes):
        return formatting.format_minutes(value.minutes)
    if isinstance(value, texts.Day):
        return formatting.format_date(value.day)
    if isinstance(value, texts.Days):
        return "; ".join(formatting.format_date(d) if reason == WEEKDAY_NAMES[d.weekday()]
                         else f"{formatting.format_date(d)} ({message(reason)})"
                         for d, reason in value.days)
    return value


def error_text(exc) -> str:
    """A KppnError's message in the language of the screen (its template translated, then filled)."""
    return message(getattr(exc, "message", None) or str(exc))


def uninstall(app) -> None:
    """Remove what ``install`` put on ``app`` and return to Indonesian (the tests switch)."""
    global _current
    for old in getattr(app, "_kppn_translators", []):
        app.removeTranslator(old)
    app._kppn_translators = []
    _current = INDONESIAN
    QLocale.setDefault(locale())
