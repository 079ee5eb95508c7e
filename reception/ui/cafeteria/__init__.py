"""Cafétéria: the sale screen, the drawer's dialogs and the price list."""
