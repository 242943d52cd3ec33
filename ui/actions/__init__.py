"""The actions and contingencies tab, and "my actions" across the ward."""
