"""Logging in, lockout after five failures, permissions enforced in the services."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from reception.core.clock import FixedClock
from reception.core.errors import AuthenticationError, PermissionDenied, ValidationError
from reception.core.models import AuditEvent, User
from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Permission, Role


def test_passwords_are_stored_as_argon2_hashes(services: Services, admin: Actor) -> None:
    with services.db.read() as session:
        stored = session.execute(select(User.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and "admin1234" not in stored


def test_first_admin_only_once(services: Services, admin: Actor) -> None:
    assert not services.auth.needs_first_admin()
    with pytest.raises(Exception, match="existe déjà"):
        services.auth.create_first_admin("other", "Other", "password123")


def test_five_wrong_passwords_lock_for_five_minutes(services: Services, receptionist: Actor, clock: FixedClock) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="incorrect"):
            services.auth.login("accueil", "wrong")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        services.auth.login("accueil", "wrong")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        services.auth.login("accueil", "accueil-secret")  # even the right password waits
    clock.advance(timedelta(minutes=5, seconds=1))
    assert services.auth.login("accueil", "accueil-secret").role is Role.RECEPTIONIST
    with services.db.read() as session:
        actions = session.execute(select(AuditEvent.action)).scalars().all()
    assert actions.count("auth.login_failed") == 5 and actions.count("auth.lockout") == 1


def test_unlocking_an_idle_session_counts_toward_the_login_lockout(
        services: Services, receptionist: Actor, clock: FixedClock) -> None:
    services.auth.unlock(receptionist, "accueil-secret")
    for _ in range(2):
        with pytest.raises(AuthenticationError, match="Mot de passe incorrect"):
            services.auth.unlock(receptionist, "wrong")
    for _ in range(2):
        with pytest.raises(AuthenticationError, match="incorrect"):
            services.auth.login("accueil", "wrong")
    with pytest.raises(AuthenticationError, match="Trop d'essais"):  # the fifth failure, on either screen
        services.auth.unlock(receptionist, "wrong")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        services.auth.unlock(receptionist, "accueil-secret")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        services.auth.login("accueil", "accueil-secret")
    clock.advance(timedelta(minutes=5, seconds=1))
    services.auth.unlock(receptionist, "accueil-secret")
    with services.db.read() as session:
        events = session.execute(select(AuditEvent.action, AuditEvent.user_id)).all()
    actions = [action for action, _ in events]
    assert actions.count("auth.unlock") == 2 and actions.count("auth.unlock_failed") == 3
    assert actions.count("auth.login_failed") == 2 and actions.count("auth.lockout") == 1
    assert {user for action, user in events if action == "auth.unlock_failed"} == {receptionist.user_id}


def test_receptionist_is_refused_a_manager_action_by_the_service(services: Services, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.auth.create_user(receptionist, "pirate", "Pirate", Role.ADMIN, "password123")
    with pytest.raises(PermissionDenied):
        services.audit.verify(receptionist)
    assert not receptionist.can(Permission.SALES_VOID)


def test_admin_manages_users(services: Services, admin: Actor, receptionist: Actor) -> None:
    services.auth.change_role(admin, receptionist.user_id, Role.MANAGER)
    services.auth.reset_password(admin, receptionist.user_id, "nouveau-mot")
    assert services.auth.login("accueil", "nouveau-mot").role is Role.MANAGER
    services.auth.set_active(admin, receptionist.user_id, False)
    with pytest.raises(AuthenticationError):
        services.auth.login("accueil", "nouveau-mot")
    with pytest.raises(ValidationError, match="8 caractères"):
        services.auth.reset_password(admin, receptionist.user_id, "court")


def test_manager_approval_needs_a_manager(services: Services, manager: Actor, receptionist: Actor) -> None:
    assert services.auth.approve("responsable", "responsable-secret", Permission.SALES_VOID).role is Role.MANAGER
    with pytest.raises(PermissionDenied):
        services.auth.approve("accueil", "accueil-secret", Permission.SALES_VOID)
    with pytest.raises(AuthenticationError):
        services.auth.approve("responsable", "faux", Permission.SALES_VOID)


def test_new_hashes_use_owasp_argon2id_parameters(services: Services, admin: Actor) -> None:
    with services.db.read() as session:
        stored = session.execute(select(User.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_a_hash_with_older_parameters_still_logs_in_and_is_rewritten(services: Services, receptionist: Actor) -> None:
    old = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash("accueil-secret")
    with services.db.write() as session:
        session.execute(update(User).where(User.username == "accueil").values(password_hash=old))
    assert services.auth.login("accueil", "accueil-secret").username == "accueil"
    with services.db.read() as session:
        stored = session.execute(select(User.password_hash).where(User.username == "accueil")).scalar_one()
    assert stored != old and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert services.auth.login("accueil", "accueil-secret").username == "accueil"


def test_manager_approval_locks_after_five_wrong_passwords(services: Services, manager: Actor,
                                                            clock: FixedClock) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Validation refusée"):
            services.auth.approve("responsable", "faux", Permission.SALES_VOID)
    with pytest.raises(AuthenticationError, match="Trop d'essais"):
        services.auth.approve("responsable", "faux", Permission.SALES_VOID)
    for _ in range(25):  # the rest of thirty guesses: all refused without even being checked
        with pytest.raises(AuthenticationError, match="verrouillé"):
            services.auth.approve("responsable", "faux", Permission.SALES_VOID)
    with pytest.raises(AuthenticationError, match="verrouillé"):
        services.auth.approve("responsable", "responsable-secret", Permission.SALES_VOID)
    clock.advance(timedelta(minutes=5, seconds=1))
    assert services.auth.approve("responsable", "responsable-secret", Permission.SALES_VOID).role is Role.MANAGER


def test_manager_approval_is_audited_both_ways(services: Services, manager: Actor) -> None:
    with pytest.raises(AuthenticationError):
        services.auth.approve("responsable", "faux", Permission.CASH_VARIANCE_APPROVE)
    services.auth.approve("responsable", "responsable-secret", Permission.SALES_VOID)
    with services.db.read() as session:
        events = session.execute(select(AuditEvent).where(AuditEvent.action.like("auth.approve%"))
                                 .order_by(AuditEvent.seq)).scalars().all()
        seen = [(e.action, e.username, json.loads(e.after)) for e in events]
    assert seen == [("auth.approve_failed", "responsable", {"permission": "cash.variance_approve", "attempt": 1}),
                    ("auth.approve", "responsable", {"permission": "sales.void"})]


def test_approval_guesses_and_logins_share_one_lockout_per_manager(
        services: Services, manager: Actor, receptionist: Actor) -> None:
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            services.auth.approve("responsable", "faux", Permission.SALES_VOID)
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            services.auth.login("responsable", "faux")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        services.auth.login("responsable", "responsable-secret")
    assert services.auth.login("accueil", "accueil-secret").role is Role.RECEPTIONIST  # per person
