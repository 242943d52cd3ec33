"""One read model of the ward: the facts every screen and sheet shows of a patient —
open actions, active if/then contingencies, discharge readiness and the safety facts
(`services.safety_views`) — loaded once, the same way, for the census, the ward-room
slides, the handoff sheet and insights.

One function per fact, each for many admissions at once in one query per list
(however many patients), each answering for every admission asked about. What a fact
means is decided here and nowhere else:

- an action is *open* while its status is open; it is *overdue* when its due day is
  before `today` (due today is not overdue). Soonest due first, undated last.
- a contingency is *active* until retired; in the order they were written.
- readiness is the discharge checklist's items done of all (none without a plan), the
  items still to do in checklist order, the expected discharge day and whether it has
  passed, and the barriers: what the team wrote stands in the way of going home.

`today` is the ward's local calendar day (`rounds_app.domain.clock.local_day`)."""
