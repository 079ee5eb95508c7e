"""Reception and facilities console of a technology park."""

__version__ = "0.1.0"
