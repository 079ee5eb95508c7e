"""Can Qt open a window here? If not, which system package is missing and how to install it, in one line.

Qt's own answer when its xcb plugin cannot load ("Could not load the Qt platform plugin xcb") names no
package, and it aborts the process. The app checks first, cheaply (loading the plugin library, no window),
and `make run` checks for real (a QGuiApplication in a child process) before building the demo:
`python -m reception.ui.qt_runtime`.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

MISSING_LIBRARY = re.compile(r"(lib[\w.+-]+?)\.so\.(\d+): cannot open shared object file")
DEBIAN_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0"}
FEDORA = {
    "libxcb-cursor.so.0": "xcb-util-cursor", "libxcb-icccm.so.4": "xcb-util-wm",
    "libxcb-keysyms.so.1": "xcb-util-keysyms", "libxcb-image.so.0": "xcb-util-image",
    "libxcb-render-util.so.0": "xcb-util-renderutil", "libxkbcommon-x11.so.0": "libxkbcommon-x11",
    "libEGL.so.1": "libglvnd-egl", "libGL.so.1": "libglvnd-glx", "libfontconfig.so.1": "fontconfig",
    "libdbus-1.so.3": "dbus-libs", "libglib-2.0.so.0": "glib2", "libX11-xcb.so.1": "libX11-xcb",
    "libxkbcommon.so.0": "libxkbcommon",
}
PROBE = "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"


def debian_package(soname: str) -> str:
    """Debian's name for the package holding `soname`: libxcb-icccm.so.4 -> libxcb-icccm4."""
    if soname in DEBIAN_EXCEPTIONS:
        return DEBIAN_EXCEPTIONS[soname]
    name, version = soname.split(".so.", 1)
    return f"{name}{'-' if name[-1].isdigit() else ''}{version}".lower()


def install_hint(qt_output: str) -> str | None:
    """The one French line naming the missing package and its install command, from Qt's or dlopen's message."""
    found = MISSING_LIBRARY.search(qt_output)
    if found is None:
        return None
    soname = f"{found.group(1)}.so.{found.group(2)}"
    if shutil.which("dnf") and soname in FEDORA:
        command = f"sudo dnf install {FEDORA[soname]}"
    else:
        command = f"sudo apt install {debian_package(soname)}"
    return f"Qt ne peut pas ouvrir de fenêtre : il manque la bibliothèque système {soname} ; installez-la : {command}"


def uses_xcb() -> bool:
    """Whether Qt will pick its X11 (xcb) platform: on Linux, unless told otherwise or in a Wayland session."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return sys.platform.startswith("linux") and not os.environ.get("WAYLAND_DISPLAY")


def xcb_problem() -> str | None:
    """Cheap check before QApplication (a few ms): the xcb plugin's library loads, or the line saying why not."""
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not uses_xcb() or not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return install_hint(str(exc)) or f"Qt ne peut pas charger son module d'affichage xcb : {exc}"
    return None


def window_problem() -> str | None:
    """The real check: a QGuiApplication on the platform the app will use, in a child process."""
    env = {**os.environ, "QT_DEBUG_PLUGINS": "1"}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    if result.returncode == 0:
        return None
    output = result.stderr + result.stdout
    if "could not connect to display" in output:
        return "Qt ne trouve pas d'écran (DISPLAY) : lancez la console depuis une session graphique."
    return install_hint(output) or "Qt ne peut pas ouvrir de fenêtre : " + (output.strip().splitlines() or ["?"])[-1]


def main() -> int:
    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
