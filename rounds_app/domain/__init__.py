"""Plain-Python vocabulary of the ward: enumerations, limits, roles, clock."""
