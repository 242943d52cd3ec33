"""The only door to data. Every function takes a Session and the acting user, checks
the role, validates, writes the audit trail and the change log, and commits one unit of
work (or changes nothing)."""
