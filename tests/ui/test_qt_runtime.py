"""`make run` and the app name the missing system package in one line when Qt cannot open a window."""

from __future__ import annotations

import pytest

from reception.ui.qt_runtime import debian_package, install_hint, window_problem, xcb_problem

QT_DEBUG_OUTPUT = (
    'qt.core.library: "/venv/PySide6/Qt/plugins/platforms/libqxcb.so" cannot load: Cannot load library '
    "/venv/PySide6/Qt/plugins/platforms/libqxcb.so: (libxcb-cursor.so.0: cannot open shared object file: "
    "No such file or directory)\nqt.qpa.plugin: Could not load the Qt platform plugin \"xcb\" in \"\" even though "
    "it was found.")


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libEGL.so.1", "libegl1"), ("libdbus-1.so.3", "libdbus-1-3"), ("libglib-2.0.so.0", "libglib2.0-0"),
])
def test_a_library_is_named_by_its_debian_package(soname: str, package: str) -> None:
    assert debian_package(soname) == package


def test_qts_message_becomes_one_french_line_with_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")  # no dnf: the Debian/Ubuntu command
    line = install_hint(QT_DEBUG_OUTPUT)
    assert line == ("Qt ne peut pas ouvrir de fenêtre : il manque la bibliothèque système libxcb-cursor.so.0 ; "
                    "installez-la : sudo apt install libxcb-cursor0")
    assert install_hint("qt.qpa.xcb: could not connect to display") is None


def test_offscreen_needs_no_check_and_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert xcb_problem() is None
    assert window_problem() is None
