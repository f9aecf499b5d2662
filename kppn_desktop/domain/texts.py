"""Marking texts made below gui/ that the screen shows (labels, rule messages), without Qt.

``N_("Baru")`` returns its argument unchanged; it only marks the text so that
``python -m kppn_desktop.gui.i18n_build`` finds it and puts it in the translation files (context
``Messages``). The GUI translates it when it shows it (``gui.i18n.message``). A text with values
is marked whole, as a template, and filled after translation (``KppnError(template, **values)``).
"""

from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 - the customary name of a translation marker
    return text
