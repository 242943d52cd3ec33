"""Everything Rounds prints, as PDF bytes and without Qt: the ward handoff sheet,
the discharge-planning summaries (team and patient copies), reflective case reviews
and rounds insights.

`service` is the door (role check, load, render, audit); `loading` reads the data in
a fixed number of queries; one renderer per sheet lays it out on the shared frame in
`renderer`; `text`, `fonts` and `bidi` turn user text into safe, correctly shaped
paragraphs in any script."""

# who a discharge summary is written for; here, so that the command line can offer
# the choice without loading the renderers
AUDIENCES = ("team", "patient")
