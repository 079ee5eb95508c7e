"""Fixtures of the Rapports and Journal pages: a manager's context and an audit trail worth paging through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reception.core.errors import AuthenticationError
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.context import AppContext
from reception.ui.operations import OperationRunner


@pytest.fixture
def ctx(services: Services, manager: Actor) -> Iterator[AppContext]:
    """The manager's session context; waits for running operations at the end."""
    runner = OperationRunner()
    yield AppContext(services, manager, runner)
    runner.wait()


@pytest.fixture
def failed_logins(services: Services, manager: Actor) -> int:
    """Seven wrong passwords for 'accueil' (a lockout after five); returns how many were refused."""
    refused = 0
    for _ in range(7):
        try:
            services.auth.login("accueil", "wrong-password")
        except AuthenticationError:
            refused += 1
    return refused
