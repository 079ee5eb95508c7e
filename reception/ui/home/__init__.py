"""Accueil: the overview of today."""
