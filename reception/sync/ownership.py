"""Who may change which rows at central, and when a pushed change is a concurrent edit (never overwritten).

- A desk writes under its own name only: a desk-owned row it inserts carries its desk code as origin.
- A desk-owned row is changed only by the desk that created it, except the site-shared tables
  (bookings and booking series, `policy.SITE_SHARED`) that every desk of the site may change.
- Reference rows follow their own rule (a desk edit applies only over the version it was made from, see
  apply.py); head office writes them directly.
- Each central row remembers the desk history (`central_epoch`) that last wrote it. A pushed change made
  over an older version than central's, when central's version came from another desk or another epoch of
  the same desk (a restore) and says something else, is a concurrent edit: refused as a conflict, the
  desk's version kept for a manager, central's version sent back to the desk. An older event of the same
  history arriving late is harmless and changes nothing (the upsert keeps the newest version).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reception.sync.central import CENTRAL_EPOCH
from reception.sync.policy import SITE_SHARED

IGNORED_IN_COMPARISON = ("updated_at", "central_txid", CENTRAL_EPOCH)


def same_content(current: Mapping[Any, Any], row: Mapping[str, Any]) -> bool:
    return all(current[k] == v for k, v in row.items() if k not in IGNORED_IN_COMPARISON)


@dataclass(frozen=True)
class Verdict:
    """Why a change is refused: the conflict's kind, its French detail, and a related row to flag."""

    kind: str
    detail: str
    other_row_id: str = ""


def desk_row_verdict(desk_code: str, entity: str, op: str, epoch: str, row: Mapping[str, Any],
                     current: Mapping[Any, Any] | None, base_version: int) -> Verdict | None:
    """Why this desk may not write this desk-owned row, or None. `base_version`: what its change started from."""
    if op == "insert" and row["origin_desk"] != desk_code:
        return Verdict("identity", f"Ligne marquée du poste {row['origin_desk']} envoyée avec l'accès du poste "
                                   f"{desk_code} : refusée (ce PC est configuré comme un autre poste).")
    if current is None:
        return None
    if current["origin_desk"] not in (desk_code, "") and entity not in SITE_SHARED:
        return Verdict("owner", f"Ligne du poste {current['origin_desk']} : seul ce poste peut la modifier.")
    if op == "delete" or current["row_version"] <= base_version:
        return None
    if current[CENTRAL_EPOCH] in (None, epoch) or same_content(current, row):
        return None
    if entity == "vouchers" and current.get("redeemed_at") is not None:
        return Verdict("redeemed", f"Bon déjà utilisé selon la base centrale (poste {current['redeemed_desk']}) : "
                                   "ce second passage est refusé ; la vente qui l'a payé est signalée au responsable.",
                       str(current.get("sale_id") or ""))
    return Verdict("concurrent", f"Modifiée en même temps ailleurs (centrale v{current['row_version']}, ce poste "
                                 f"partait de v{base_version}) : la version centrale s'applique, la vôtre est "
                                 "conservée ici.")
