"""Domain errors. Their messages are written for a receptionist, in French."""

from __future__ import annotations


class DomainError(Exception):
    """A rule refused the request; the message can be shown as is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """One or more fields are wrong; `errors` maps field name to a French message."""

    def __init__(self, errors: dict[str, str]) -> None:
        first_field, first_message = next(iter(errors.items()))
        super().__init__(first_message, field=first_field)
        self.errors = errors


class PermissionDenied(DomainError):
    """The user's role does not allow the action."""


class AuthenticationError(DomainError):
    """Wrong user name or password, or a locked account."""


class NotFound(DomainError):
    """The thing asked for does not exist (any more)."""


class Conflict(DomainError):
    """The change collides with existing data (a booking overlap, a used voucher...)."""


class DatabaseTooNew(DomainError):
    """The database was written by a newer version of the console."""


class MigrationFailed(DomainError):
    """The schema upgrade of an update failed; the database was put back as it was before (when it could)."""


class DatabaseCorrupt(DomainError):
    """The file is not a usable database: damaged, truncated, empty or unreadable (a restore is offered)."""


class DatabaseMissing(DatabaseCorrupt):
    """The database file named is not there; only the first start and `reception demo` create one."""
