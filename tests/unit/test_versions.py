"""Console versions: compared by their numbers, refused in French below central's minimum."""

from __future__ import annotations

import pytest

import reception
from reception.core.errors import ValidationError
from reception.sync.versions import app_version, require_version, too_old, version_key


def test_versions_compare_by_their_numbers() -> None:
    assert version_key("1.10.0") > version_key("1.9.2")
    assert version_key("2.0.0rc1") == (2, 0, 0)
    assert version_key("abc") == ()


def test_too_old_names_both_versions_and_nothing_when_new_enough() -> None:
    assert too_old("1.2.0", None) == "" and too_old("1.2.0", "1.2.0") == "" and too_old("1.10.0", "1.9.0") == ""
    message = too_old("1.2.0", "1.3.0")
    assert "1.2.0" in message and "1.3.0" in message and "restent en attente" in message


def test_the_version_has_one_source() -> None:
    assert app_version() == reception.__version__


def test_an_unreadable_minimum_is_refused_before_central_is_reached() -> None:
    with pytest.raises(ValidationError, match="illisible"):
        require_version("postgresql://nobody@127.0.0.1:1/none", "dernière")
