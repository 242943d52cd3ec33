"""The card holds still under the reader: a field just saved stays in view, and a live
update from another workstation does not move the field being read."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from rounds_app.domain.enums import CardField
from rounds_app.services import cards
from tests.ui.card.card_helpers import card_of, edit, make_view
from tests.ui.ward_data import WardData
from ui.backend import Backend
from ui.card.card_view import CardView

LONG = "\n".join(
    f"Line {n} of what the family told us about home and the stairs." for n in range(14)
)


def _in_view(view: CardView, widget: QWidget) -> bool:
    viewport = view.sheet.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().intersects(QRect(top_left, widget.size()))


def _top(view: CardView, widget: QWidget) -> int:
    return widget.mapTo(view.sheet.viewport(), widget.rect().topLeft()).y()


def _long_card(qtbot, backend: Backend, ward: WardData) -> CardView:
    admission = ward.admission_ids[0]
    for field in CardField:
        backend.call(cards.save_field, admission, field, LONG, "patient", 0)
    view = make_view(qtbot, backend, admission)
    view.resize(560, 600)  # one column: each field has a height of its own
    qtbot.waitUntil(
        lambda: view.sheet.columns == 1 and view.sheet.verticalScrollBar().maximum() > 1500
    )
    return view


def test_a_saved_field_stays_in_view(qtbot, signed_in: Backend, ward: WardData) -> None:
    view = _long_card(qtbot, signed_in, ward)
    panel = view.panels[CardField.HOPES]
    view.sheet.ensureWidgetVisible(panel, 0, 0)
    QApplication.processEvents()  # the reader has scrolled to it and it is painted
    edit(qtbot, view, CardField.HOPES, " And the dog.")
    before = _top(view, panel)
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(
            panel.edit_area.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    QApplication.processEvents()  # whatever the save set off has run
    assert not panel.editing and panel.text.text().endswith("And the dog.")
    assert _in_view(view, panel.text)
    assert _top(view, panel) == before


def test_a_live_update_keeps_the_field_being_read_in_place(
    qtbot, signed_in: Backend, ward: WardData
) -> None:
    view = _long_card(qtbot, signed_in, ward)
    read = view.panels[CardField.HOPES]
    bar = view.sheet.verticalScrollBar()
    bar.setValue(bar.value() + _top(view, read) + 30)  # reading a few lines into it
    before = _top(view, read)
    assert before < 0 and view.sheet.field_in_view() is read
    # another workstation doubles a field above it
    above = CardField.WHAT_MATTERS_MOST
    signed_in.call(cards.save_field, ward.admission_ids[0], above, f"{LONG}\n{LONG}", "patient", 1)
    view.show_card(card_of(signed_in, ward.admission_ids[0]))  # as the live follower does
    QApplication.processEvents()
    assert view.panels[above].text.text().count("Line 0") == 2
    assert _top(view, read) == before
