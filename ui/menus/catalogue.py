"""Every menu action of the workstation, declared once: its words, keys, the
permissions it needs and its owner's handler. The owners (the main window, the
census, the timeline and each feature's actions) make them from here; the main menus
place them by id; README's "Menus and keys" table is checked against what results."""

from __future__ import annotations

# short names: this file is a table, one action a row
from rounds_app.domain.roles import Permission as P
from ui.menus.action_spec import ActionSpec as A

# the main window's own
WINDOW = (
    A("window.sign_out", "Sign &out…", "sign_out"),  # no keys: rare, and never by a slip
    A("window.lock", "&Lock screen", "lock", "Ctrl+L"),
    # Ctrl+Q spelled out: QKeySequence.Quit is empty on Windows
    A("window.quit", "&Quit", "close", "Ctrl+Q"),
    A("window.my_actions", "&My actions…", "show_my_actions", "Ctrl+J"),
    A("window.start_round", "Start &round…", "start_round", "Ctrl+R", (P.RUN_ROUND,)),
    A("window.about", "&About Rounds", "show_about"),  # no keys: rare
)

# the census's (reordering is enabled by the census itself: selection and role)
CENSUS = (
    A("census.refresh", "&Refresh", "refresh", "F5", tip="Load the census again"),
    A("census.find", "&Find patient", "focus_search", "Ctrl+F"),
    A("census.move_up", "Move patient &up", "move_selected_up", "Ctrl+Shift+Up"),
    A("census.move_down", "Move patient &down", "move_selected_down", "Ctrl+Shift+Down"),
)

# the contributions timeline's and its quick add's, while they have the focus
QUICK_ADD = A("contributions.add", "&Add entry", "add", "Ctrl+Return")
TIMELINE = (
    A("contributions.amend", "A&mend…", "amend_selected", "F2"),
    A("contributions.history", "Hi&story…", "show_history", "Ctrl+H"),
)

_ADMITTING = (P.MANAGE_ADMISSIONS,)
ADMIN = (
    A("admin.admit", "&Admit patient…", "admit", "Ctrl+Shift+A", _ADMITTING),
    A("admin.move_bed", "&Move bed…", "move_bed", "Ctrl+Shift+M", _ADMITTING),
    A("admin.discharge", "&Discharge patient…", "discharge", "Ctrl+Shift+D", _ADMITTING),
    A("admin.wards", "&Wards and beds…", "wards", "Ctrl+Shift+W", (P.MANAGE_WARDS,)),
    A("admin.users", "&Users and roles…", "users", "Ctrl+Shift+U", (P.MANAGE_USERS,)),
)

# this workstation's paper for when the server is down (ui.downtime)
DOWNTIME = (A("downtime.printing", "&Downtime printing…", "configure", "", (P.MANAGE_WARDS,)),)

_TEAM, _PATIENT = "Print discharge summary (&team)…", "Print discharge summary (&patient)…"
PRINTING = (
    A("print.handoff", "Print &handoff sheet…", "print_handoff", "Ctrl+P", (P.VIEW,)),
    A("print.team", _TEAM, "print_team", "Ctrl+Shift+P", (P.VIEW,)),
    A("print.patient", _PATIENT, "print_patient", "Ctrl+Alt+P", (P.VIEW,)),
    A(
        "print.ward",
        "Print discharge summaries for the &whole ward…",
        "print_ward",
        "Ctrl+Alt+Shift+P",
        (P.VIEW,),
    ),
)

# for roles that may admit patients and edit cards
IMPORTING = (
    A("import.census", "&Import census…", "run_import", "Ctrl+I", _ADMITTING + (P.EDIT_CARD,)),
)

# for roles that may read sensitive entries (writing needs CONTRIBUTE too: the window
# locks itself otherwise); the ward-screen account never gets them
REVIEWS = (A("reviews.open", "Case &reviews…", "open", "Ctrl+Shift+R", (P.VIEW_SENSITIVE,)),)

# only roles that may contribute record scores
PROMS = (
    A("proms.record", "Record &how the patient is…", "record", "Ctrl+Shift+H", (P.CONTRIBUTE,)),
)

# ward-level figures are for roles that may export
INSIGHTS = (A("insights.open", "Rounds &insights…", "open", "Ctrl+Shift+I", (P.EXPORT,)),)
