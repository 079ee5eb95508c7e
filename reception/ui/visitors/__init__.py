"""Visiteurs: check-in, who is on site, expected visitors, the history; badge printing and scans."""
