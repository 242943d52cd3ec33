"""The safety facts on the workstation: the safety tab and the header line."""
