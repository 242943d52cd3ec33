"""Who is at the workstation: signing in, the first administrator, and the idle lock."""
