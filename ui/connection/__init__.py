"""The link to the database: following what others save, and the banner while it is away."""
