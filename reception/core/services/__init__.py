"""Services: every rule and every permission check. They return plain data and raise DomainError."""
