"""The self-service kiosk: a full-screen window of its own, in French, English or Arabic (see docs/kiosk.md)."""
