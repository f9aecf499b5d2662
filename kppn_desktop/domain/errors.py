"""Errors the rules raise. Each carries a message fit to show a desk officer (Indonesian)."""

from __future__ import annotations

from kppn_desktop.domain.texts import Text


class KppnError(Exception):
    """Base of every error the application explains to its user."""

    def __init__(self, message: str, **values):
        # ``message`` may be a template marked with ``texts.N_`` and filled from ``values``: it
        # is kept as a ``texts.Text``, which the screen shows translated (``gui.language.i18n.error_text``).
        if values:
            message = Text(message, **values)
        super().__init__(message)
        self.message = message


class ValidationError(KppnError):
    """Bad input. ``errors`` maps a field name to its message, so a form can show each beside its field."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))


class TransitionError(KppnError):
    """The consultation's state does not allow the action."""


class PermissionDenied(KppnError):
    """The acting user's role may not do this."""


class ConflictError(KppnError):
    """Someone else changed the record since it was read; nothing was saved."""


class NotFound(KppnError):
    """The record asked for does not exist."""


class AuthenticationError(KppnError):
    """Wrong user name or password, or a disabled account."""


class SessionEnded(KppnError):
    """The logged-in user was deactivated, removed, or given another role or section since the
    login: the session may do nothing more and must log in again."""
