"""The Journal page: the audit trail, lazily loaded, with filters, before/after detail and chain verification."""
