"""Logging in, lockout after repeated failures, and the console's user accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select

from reception.core.clock import Clock
from reception.core.database import Database
from reception.core.errors import AuthenticationError, DomainError, NotFound, ValidationError
from reception.core.i18n import _
from reception.core.models import LoginState, User
from reception.core.services import audit
from reception.core.services.permissions import Actor, Permission, Role, require

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8


def _too_short() -> str:
    return _("Le mot de passe doit compter au moins {count} caractères.").format(count=MIN_PASSWORD_LENGTH)


def account_errors(username: str, full_name: str, password: str) -> dict[str, str]:
    """What is wrong with a new account's fields, by field (checked before anything is written)."""
    errors = {}
    if not username.strip():
        errors["username"] = _("L'identifiant est obligatoire.")
    if not full_name.strip():
        errors["full_name"] = _("Le nom complet est obligatoire.")
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = _too_short()
    return errors


_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
"""OWASP's Password Storage Cheat Sheet, first argon2id configuration: 19 MiB, 2 iterations, 1 lane.

argon2-cffi's defaults (64 MiB, 3 iterations, 4 lanes) cost 160 ms per login on a desk PC and 64 MiB of the
console's memory for a password check; OWASP rates both configurations equally strong. The parameters travel
in each hash, so older hashes still verify; a successful login rewrites them (`_rehash_if_outdated`).
"""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _rehash_if_outdated(user: User, password: str) -> None:
    """Only at a successful check is the password known: the hash moves to the current parameters there."""
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({"password": _too_short()})


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, full_name=user.full_name, role=Role(user.role))


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool


class AuthService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # --- logging in -------------------------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        with self.db.read() as session:
            return not session.scalar(select(func.count()).select_from(User))

    def login(self, username: str, password: str) -> Actor:
        """Returns the actor, or raises AuthenticationError with a message for the login window."""
        return self._attempt(username.strip().lower(), password, "auth.login", "auth.login_failed",
                             wrong=_("Identifiant ou mot de passe incorrect."))

    def unlock(self, actor: Actor, password: str) -> None:
        """Unlocking an idle session: wrong passwords count toward the same lockout as the login's."""
        self._attempt(actor.username, password, "auth.unlock", "auth.unlock_failed",
                      wrong=_("Mot de passe incorrect."), known=actor)

    def _attempt(self, username: str, password: str, success: str, failure: str, *, wrong: str,
                 known: Actor | None = None, detail: dict[str, object] | None = None) -> Actor:
        """One password check against the desk's lockout: refused while locked, audited either way,
        the MAX_FAILURES-th failure in a row locks the name for LOCKOUT. `known` is who failed, when known;
        `detail` goes into both audit events (what the password was typed for)."""
        now = self.clock.now()
        with self.db.write() as session:
            state = session.get(LoginState, username) or LoginState(username=username, failed_attempts=0)
            session.add(state)
            if state.locked_until and state.locked_until > now:
                minutes = max(1, round((state.locked_until - now).total_seconds() / 60))
                raise AuthenticationError(
                    _("Compte verrouillé après {count} essais : réessayez dans {minutes} min.").format(
                        count=MAX_FAILURES, minutes=minutes)
                )
            user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is not None and user.active and _password_matches(user.password_hash, password):
                state.failed_attempts, state.locked_until = 0, None
                _rehash_if_outdated(user, password)
                actor = actor_of(user)
                audit.record(session, actor, success, entity="users", entity_id=user.id, after=detail, at=now)
                return actor
            state.failed_attempts += 1
            locked = state.failed_attempts >= MAX_FAILURES
            audit.record(session, known, failure, entity="users", username=username,
                         after={**(detail or {}), "attempt": state.failed_attempts}, at=now)
            if locked:
                state.failed_attempts, state.locked_until = 0, now + LOCKOUT
                audit.record(session, None, "auth.lockout", entity="users", username=username,
                             after={"until": state.locked_until.isoformat()}, at=now)
        if locked:
            raise AuthenticationError(_("Trop d'essais : compte verrouillé pendant {minutes} minutes.").format(
                minutes=LOCKOUT.seconds // 60))
        raise AuthenticationError(wrong)

    def confirm_password(self, actor: Actor, password: str) -> bool:
        """The same person types their password again (changing it); not counted toward the lockout."""
        with self.db.read() as session:
            user = session.get(User, actor.user_id)
        return bool(user and user.active and _password_matches(user.password_hash, password))

    def approve(self, username: str, password: str, permission: Permission) -> Actor:
        """A manager's password typed at the desk to approve one action (void, override, watch list).

        Guessing it is guessing a manager's login: the failures count toward the same lockout, and every
        attempt, right or wrong, is audited with the permission it was typed for.
        """
        approver = self._attempt(username.strip().lower(), password, "auth.approve", "auth.approve_failed",
                                 wrong=_("Validation refusée : identifiant ou mot de passe du responsable incorrect."),
                                 detail={"permission": permission.value})
        require(approver, permission)
        return approver

    # --- accounts -----------------------------------------------------------------------------------

    def create_first_admin(self, username: str, full_name: str, password: str) -> Actor:
        """Only on an empty database: the account that then creates all the others."""
        if not self.needs_first_admin():
            raise DomainError(_("Un administrateur existe déjà."))
        return self._create(None, username, full_name, Role.ADMIN, password)

    def create_user(self, actor: Actor, username: str, full_name: str, role: Role, password: str) -> Actor:
        require(actor, Permission.USERS_MANAGE)
        return self._create(actor, username, full_name, role, password)

    def _create(self, actor: Actor | None, username: str, full_name: str, role: Role, password: str) -> Actor:
        username = username.strip().lower()
        errors = account_errors(username, full_name, password)
        if errors:
            raise ValidationError(errors)
        with self.db.write() as session:
            if session.execute(select(User.id).where(User.username == username)).first():
                raise ValidationError({"username": _("Cet identifiant est déjà pris.")})
            user = User(username=username, full_name=full_name.strip(), role=Role(role).value,
                        password_hash=hash_password(password))
            session.add(user)
            session.flush()
            audit.record(session, actor or actor_of(user), "users.create", entity="users", entity_id=user.id,
                         after=audit.snapshot(user), at=self.clock.now())
            return actor_of(user)

    def list_users(self, actor: Actor) -> list[UserRow]:
        require(actor, Permission.USERS_MANAGE)
        with self.db.read() as session:
            users = session.execute(select(User).order_by(User.username)).scalars()
            return [UserRow(u.id, u.username, u.full_name, Role(u.role), u.active) for u in users]

    def _change(self, actor: Actor, user_id: str, action: str, **values: object) -> None:
        require(actor, Permission.USERS_MANAGE)
        with self.db.write() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound(_("Utilisateur introuvable."))
            if user.id == actor.user_id and ("active" in values or "role" in values):
                raise DomainError(_("Vous ne pouvez pas modifier votre propre rôle ou vous désactiver."))
            before = audit.snapshot(user)
            for name, value in values.items():
                setattr(user, name, value)
            audit.record(session, actor, action, entity="users", entity_id=user.id, before=before,
                         after=audit.snapshot(user), at=self.clock.now())
            if action == "users.reset_password":
                session.execute(delete(LoginState).where(LoginState.username == user.username))

    def set_active(self, actor: Actor, user_id: str, active: bool) -> None:
        self._change(actor, user_id, "users.activate" if active else "users.deactivate", active=active)

    def change_role(self, actor: Actor, user_id: str, role: Role) -> None:
        self._change(actor, user_id, "users.change_role", role=Role(role).value)

    def reset_password(self, actor: Actor, user_id: str, new_password: str) -> None:
        check_password_strength(new_password)
        self._change(actor, user_id, "users.reset_password", password_hash=hash_password(new_password))

    def change_own_password(self, actor: Actor, old: str, new: str) -> None:
        if not self.confirm_password(actor, old):
            raise ValidationError({"old_password": _("Mot de passe actuel incorrect.")})
        check_password_strength(new)
        with self.db.write() as session:
            user = session.get(User, actor.user_id)
            assert user is not None
            user.password_hash = hash_password(new)
            audit.record(session, actor, "users.change_own_password", entity="users", entity_id=user.id,
                         at=self.clock.now())
