"""Rounds mode: the ward-room screen the team reads from across the room (audience
view) and the facilitator's console on the laptop. `ui.rounds.mode.RoundsMode.start`
opens it; `ui.rounds.commands` runs `rounds-app rounds` and `rounds-app render`. The
round itself (who is on the screen, statuses, time) is rounds_app.services.round_state:
these modules render it and hand it the keys."""
