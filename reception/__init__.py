"""Reception and facilities console of a technology park."""

__version__ = "0.1.0"
"""The one place the version is written: pyproject.toml reads it (hatch), À propos shows it, every sync sends it
and central compares it with the lowest version it accepts (sync/versions.py)."""
