"""The site's voucher key file: written whole or not at all, refused when damaged, never silently replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reception.core.services.cafeteria_data import Receipt
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.voucher_codes import SiteKey, SiteKeyError
from tests.cafeteria_helpers import cash_sale, stock_products


def _key_path(services: Services) -> Path:
    return services.db.path.parent / "voucher-key-CAS.bin"


def _sell_coffee(services: Services, receptionist: Actor, admin: Actor) -> Receipt:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(receptionist, 0)
    return cash_sale(services, receptionist, {"cafe": 1}, 500, ids)


def test_a_new_key_is_32_bytes_for_its_owner_only_and_leaves_no_temporary_file(services: Services) -> None:
    path = services.cafeteria.site_key_path()
    assert path == _key_path(services) and len(path.read_bytes()) == 32
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in path.parent.iterdir() if "voucher-key" in p.name) == [path.name]


@pytest.mark.parametrize(("content", "said"), [(b"", "vide"), (b"x" * 31, "31 octets")])
def test_an_empty_or_short_key_file_is_refused_and_named(
        services: Services, receptionist: Actor, admin: Actor, content: bytes, said: str) -> None:
    _key_path(services).write_bytes(content)  # what a crash between create and write used to leave
    with pytest.raises(SiteKeyError, match=said) as refused:
        _sell_coffee(services, receptionist, admin)
    assert str(_key_path(services)) in refused.value.message


def test_a_missing_key_when_vouchers_exist_is_an_error_not_a_new_key(
        services: Services, receptionist: Actor, admin: Actor) -> None:
    voucher = _sell_coffee(services, receptionist, admin).vouchers[0]
    _key_path(services).unlink()  # the database copied to a new PC without its key file
    reopened = Services(services.db, services.clock)
    with pytest.raises(SiteKeyError, match="introuvable") as refused:
        reopened.cafeteria.redeem(receptionist, voucher.code + voucher.signature)
    assert str(_key_path(services)) in refused.value.message
    assert not _key_path(services).exists()


def test_a_crash_while_writing_leaves_no_key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def power_cut(_fd: int) -> None:
        raise OSError("disque débranché")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(OSError, match="débranché"):
        SiteKey(tmp_path, "CAS").get(vouchers_exist=lambda: False)
    assert list(tmp_path.iterdir()) == []

