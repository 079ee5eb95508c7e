"""The Salles page: the day grid, a room's week, the booking form and the rooms' management."""
