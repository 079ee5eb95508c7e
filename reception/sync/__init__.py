"""Nightly sync between the desk's SQLite and the central PostgreSQL (no Qt)."""
