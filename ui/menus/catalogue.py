"""Every menu action of the workstation, declared once: its words, keys, the
permissions it needs and its owner's handler. The owners (the main window, the
census, the timeline and each feature's actions) make them from here; the main menus
place them by id; README's "Menus and keys" table is checked against what results."""

from __future__ import annotations

# short names: this file is a table, one action a row
from rounds_app.domain.roles import Permission as P
from ui.common.words import QT_TRANSLATE_NOOP
from ui.menus.action_spec import ActionSpec as A

# the main window's own
WINDOW = (
    # no keys: rare, and never by a slip
    A("window.sign_out", QT_TRANSLATE_NOOP("Actions", "Sign &out…"), "sign_out"),
    A("window.lock", QT_TRANSLATE_NOOP("Actions", "&Lock screen"), "lock", "Ctrl+L"),
    # Ctrl+Q spelled out: QKeySequence.Quit is empty on Windows
    A("window.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "close", "Ctrl+Q"),
    A(
        "window.my_actions",
        QT_TRANSLATE_NOOP("Actions", "&My actions…"),
        "show_my_actions",
        "Ctrl+J",
    ),
    A(
        "window.start_round",
        QT_TRANSLATE_NOOP("Actions", "Start &round…"),
        "start_round",
        "Ctrl+R",
        (P.RUN_ROUND,),
    ),
    A("window.about", QT_TRANSLATE_NOOP("Actions", "&About Rounds"), "show_about"),  # rare: no keys
)

# the census's (reordering is enabled by the census itself: selection and role)
CENSUS = (
    A(
        "census.refresh",
        QT_TRANSLATE_NOOP("Actions", "&Refresh"),
        "refresh",
        "F5",
        tip=QT_TRANSLATE_NOOP("Actions", "Load the census again"),
    ),
    A("census.find", QT_TRANSLATE_NOOP("Actions", "&Find patient"), "focus_search", "Ctrl+F"),
    A(
        "census.move_up",
        QT_TRANSLATE_NOOP("Actions", "Move patient &up"),
        "move_selected_up",
        "Ctrl+Shift+Up",
    ),
    A(
        "census.move_down",
        QT_TRANSLATE_NOOP("Actions", "Move patient &down"),
        "move_selected_down",
        "Ctrl+Shift+Down",
    ),
)

# the contributions timeline's and its quick add's, while they have the focus
QUICK_ADD = A("contributions.add", QT_TRANSLATE_NOOP("Actions", "&Add entry"), "add", "Ctrl+Return")
TIMELINE = (
    A("contributions.amend", QT_TRANSLATE_NOOP("Actions", "A&mend…"), "amend_selected", "F2"),
    A("contributions.history", QT_TRANSLATE_NOOP("Actions", "Hi&story…"), "show_history", "Ctrl+H"),
)

_ADMITTING = (P.MANAGE_ADMISSIONS,)
ADMIN = (
    A(
        "admin.admit",
        QT_TRANSLATE_NOOP("Actions", "&Admit patient…"),
        "admit",
        "Ctrl+Shift+A",
        _ADMITTING,
    ),
    A(
        "admin.move_bed",
        QT_TRANSLATE_NOOP("Actions", "&Move bed…"),
        "move_bed",
        "Ctrl+Shift+M",
        _ADMITTING,
    ),
    A(
        "admin.discharge",
        QT_TRANSLATE_NOOP("Actions", "&Discharge patient…"),
        "discharge",
        "Ctrl+Shift+D",
        _ADMITTING,
    ),
    A(
        "admin.wards",
        QT_TRANSLATE_NOOP("Actions", "&Wards and beds…"),
        "wards",
        "Ctrl+Shift+W",
        (P.MANAGE_WARDS,),
    ),
    A(
        "admin.users",
        QT_TRANSLATE_NOOP("Actions", "&Users and roles…"),
        "users",
        "Ctrl+Shift+U",
        (P.MANAGE_USERS,),
    ),
)

# this workstation's paper for when the server is down (ui.downtime)
DOWNTIME = (
    A(
        "downtime.printing",
        QT_TRANSLATE_NOOP("Actions", "&Downtime printing…"),
        "configure",
        "",
        (P.MANAGE_WARDS,),
    ),
)

_TEAM, _PATIENT = (
    QT_TRANSLATE_NOOP("Actions", "Print discharge summary (&team)…"),
    QT_TRANSLATE_NOOP("Actions", "Print discharge summary (&patient)…"),
)
PRINTING = (
    A(
        "print.handoff",
        QT_TRANSLATE_NOOP("Actions", "Print &handoff sheet…"),
        "print_handoff",
        "Ctrl+P",
        (P.VIEW,),
    ),
    A("print.team", _TEAM, "print_team", "Ctrl+Shift+P", (P.VIEW,)),
    A("print.patient", _PATIENT, "print_patient", "Ctrl+Alt+P", (P.VIEW,)),
    A(
        "print.ward",
        QT_TRANSLATE_NOOP("Actions", "Print discharge summaries for the &whole ward…"),
        "print_ward",
        "Ctrl+Alt+Shift+P",
        (P.VIEW,),
    ),
)

# for roles that may admit patients and edit cards
IMPORTING = (
    A(
        "import.census",
        QT_TRANSLATE_NOOP("Actions", "&Import census…"),
        "run_import",
        "Ctrl+I",
        _ADMITTING + (P.EDIT_CARD,),
    ),
)

# for roles that may read sensitive entries (writing needs CONTRIBUTE too: the window
# locks itself otherwise); the ward-screen account never gets them
REVIEWS = (
    A(
        "reviews.open",
        QT_TRANSLATE_NOOP("Actions", "Case &reviews…"),
        "open",
        "Ctrl+Shift+R",
        (P.VIEW_SENSITIVE,),
    ),
)

# only roles that may contribute record scores
PROMS = (
    A(
        "proms.record",
        QT_TRANSLATE_NOOP("Actions", "Record &how the patient is…"),
        "record",
        "Ctrl+Shift+H",
        (P.CONTRIBUTE,),
    ),
)

# ward-level figures are for roles that may export
INSIGHTS = (
    A(
        "insights.open",
        QT_TRANSLATE_NOOP("Actions", "Rounds &insights…"),
        "open",
        "Ctrl+Shift+I",
        (P.EXPORT,),
    ),
)
