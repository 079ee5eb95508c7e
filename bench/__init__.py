"""Benchmarks run by `python -m bench` on the 10-year demo database, against the budgets of the issues."""
