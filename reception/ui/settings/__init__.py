"""Paramètres: site and desk, settings, users and the tenant directory."""
