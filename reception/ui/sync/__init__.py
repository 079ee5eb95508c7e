"""The sync's small place in the UI: "Synchroniser maintenant" and the in-app schedule."""
