"""What every page receives: the services, the logged-in actor and the operation runner."""

from __future__ import annotations

from dataclasses import dataclass

from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.ui.operations import OperationRunner


@dataclass
class AppContext:
    services: Services
    actor: Actor
    runner: OperationRunner
