"""The ward-room screen: one patient at a time, read by the team from 3–5 m.

Built once and only re-texted on navigation (no widget is created per patient), so
"next" paints within a frame. Every part is placed by hand in proportion to the
screen height, and every text is a FittedLabel showing whole lines. A slide that does
not fit first shrinks its text, never below a size read from 4 m (28 px at 1080
lines), then goes on to a second page of the slide: no clinical word is cut. What may
be shown at all is decided by the core (`audience_slides`): initials, no identifiers,
no sensitive entries."""

from __future__ import annotations

import math
from collections import OrderedDict
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from rounds_app.domain.enums import Severity
from rounds_app.services.audience import AudienceSlide
from ui.common.severity_and_role_labels import severity_label
from ui.common.widgets import fill_placeholders, number_text, plain_label
from ui.rounds import slide_text as words
from ui.rounds.fitted_label import FittedLabel, Paragraph
from ui.rounds.projector_theme import effective_lines, projector_sheet, scale
from ui.rounds.slide_layout import Column, Section, place_columns

LEFT_COLUMN = 0.54  # what matters, goals and plans get a little more than half
# the theme's sizes tried in turn; the body text is 36 px at 1080 lines, so the
# smallest step draws it at 28 px
SHRINK_STEPS = (1.0, 32 / 36, 28 / 36)
MAX_PAGES = 20  # a bound on paging: the entries since the last round can run long
KEPT_LAYOUTS = 4  # slides whose pages are kept: the one on screen, the ones either side
Pages = list[dict[FittedLabel, tuple[Paragraph, ...]]]  # each page's text by label


def _severity_label(severity: Severity) -> QLabel:
    label = plain_label(severity_label(severity), "slideSeverity")
    label.setProperty("severity", severity.value)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.hide()
    return label


def _title(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text)
    label.setParent(parent)
    label.setProperty("role", "sectionTitle")
    return label


class SlideOverlay(QFrame):
    """A panel over the slide's body: the read-back of new actions, the end of round."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("slideOverlay")
        self.title = plain_label(name="overlayTitle")
        self.title.setParent(self)
        self.body = FittedLabel("overlayBody", self)
        self.hide()

    def show_text(self, title: str, paragraphs: list[Paragraph]) -> None:
        self.title.setText(title)
        self.body.set_paragraphs(paragraphs)
        self.show()
        self.raise_()
        self._place()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        view = self.parentWidget()
        pad = round(40 * scale(view.width(), view.height()))
        hint = self.title.sizeHint()
        width = max(0, self.width() - 2 * pad)
        self.title.setGeometry(pad, pad, min(hint.width(), width), hint.height())
        top = pad + hint.height() + pad // 2
        self.body.setGeometry(pad, top, width, max(0, self.height() - top - pad))
        self.body.fit()


class AudienceView(QWidget):
    painted = Signal()  # after each paint: deferred work (writes) waits for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audienceView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the QSS paints it
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the window's actions
        self.setAccessibleName(self.tr("Ward-room screen"))
        self._sheet_lines = 0
        self._overlay_whole = False
        self._shrink = 1.0
        self._slide_id: int | None = None
        self._full: dict[FittedLabel, tuple[Paragraph, ...]] = {}  # the slide's whole text
        self._pages: Pages = [{}]
        # what the slide on screen is laid out from: (slide, position, count, today)
        self._shown: tuple[AudienceSlide, int, int, date] | None = None
        # the text size and pages of recent slides, by what they were laid out from
        # and the view's size: showing one again places a single page
        self._laid_out: OrderedDict[tuple[object, ...], tuple[float, Pages]] = OrderedDict()
        self._where = ""  # "3 of 12", before the page is added
        self._badge: QLabel | None = None  # the goals badge of the slide
        self.page = 0  # of the slide, from 0
        self.pages = 1

        self.bed = plain_label(name="slideBed")
        self.name = FittedLabel("slideName")
        # one label per severity, styled once: showing another costs no re-polish
        self.severities = {s: _severity_label(s) for s in Severity}
        self.position = plain_label(name="slidePosition")
        self.facts = FittedLabel("slideFacts")
        self.names_shown = plain_label(self.tr("Names shown"), "namesShown")
        self.names_shown.hide()
        # code status and allergies: only on a deliberate reveal, which the tag says
        self.safety = FittedLabel("slideSafety")
        self.safety.hide()
        self.safety_shown = plain_label(self.tr("Code status shown"), "namesShown")
        self.safety_shown.hide()
        self.rule = QFrame()
        self.rule.setObjectName("slideRule")
        self.goals_due = plain_label(name="goalsDue")  # a badge: goals need revisiting
        self.goals_done = plain_label(name="goalsDone")  # a quiet note: when last done
        for badge in (self.goals_due, self.goals_done):
            badge.setWordWrap(True)  # under the title, whole, in a narrow column
        self.what_matters = FittedLabel("whatMatters")
        self.goals = FittedLabel("goals")
        self.plans = FittedLabel("contingencies")
        self.news = FittedLabel("news")
        self.discharge = FittedLabel("discharge")
        self.actions = FittedLabel("openActions")
        for child in (
            self.bed, self.name, *self.severities.values(), self.position, self.facts,
            self.names_shown, self.safety, self.safety_shown, self.rule, self.goals_due,
            self.goals_done, self.what_matters,
            self.goals, self.plans, self.news, self.discharge, self.actions,
        ):  # fmt: skip
            child.setParent(self)
        self.left = (
            Section(_title(self.tr("What matters most"), self), self.what_matters, floor=0.4),
            Section(
                _title(self.tr("Goals of care"), self),
                self.goals,
                (self.goals_due, self.goals_done),
            ),
            Section(_title(self.tr("If … then"), self), self.plans),
        )
        self.right = (
            Section(_title(self.tr("New since the last round"), self), self.news),
            Section(_title(self.tr("Discharge"), self), self.discharge),
            Section(_title(self.tr("Open actions"), self), self.actions),
        )
        self.severity = self.severities[Severity.STABLE]  # the one showing
        self.overlay = SlideOverlay(self)
        self._apply_theme()

    def show_slide(self, slide: AudienceSlide, position: int, count: int, today: date) -> None:
        """Shows one patient, from the first page of the slide (the same page when the
        patient on screen is only refreshed); `position` counts from 0."""
        if slide.admission_id != self._slide_id:
            self._slide_id, self.page = slide.admission_id, 0
        self._shown = (slide, position, count, today)
        self.bed.setText(slide.bed_label or self.tr("No bed"))
        self.name.set_plain(slide.name)
        for severity, label in self.severities.items():
            label.setVisible(severity is slide.severity)
        self.severity = self.severities[slide.severity]
        self._where = fill_placeholders(
            self.tr("%1 of %2"), number_text(position + 1), number_text(count)
        )
        self.facts.set_plain(words.facts(slide))
        self.names_shown.setVisible(slide.names_revealed)
        self.safety.set_plain(words.safety(slide))
        self.safety.setVisible(slide.safety_revealed)
        self.safety_shown.setVisible(slide.safety_revealed)
        self.what_matters.set_plain(words.what_matters(slide))
        self.what_matters.set_muted(not slide.what_matters_most.strip())
        self.goals.set_plain(words.goals(slide))
        self.goals.set_muted(not slide.goals_of_care.strip())
        due = words.goals_need_revisiting(slide)
        badge = self.goals_due if due else self.goals_done
        badge.setText(words.goals_badge(slide))
        self._badge = badge
        self.plans.set_paragraphs(words.contingencies(slide))
        self.plans.set_muted(not slide.contingencies)
        self.news.set_paragraphs(words.news(slide))
        self.news.set_muted(not slide.news)
        self.discharge.set_paragraphs(words.discharge(slide))
        self.discharge.set_muted(slide.readiness is None)
        self.actions.set_paragraphs(words.actions(slide, today))
        self.actions.set_muted(not slide.open_actions)
        self._full = {section.body: section.body.paragraphs for section in self.left + self.right}
        self._place()

    def prepare(self, slide: AudienceSlide, position: int, count: int, today: date) -> None:
        """Lays another slide's pages out ahead of time (while the room reads this
        one), so that showing it places one page: a slide of many pages would take
        several frames to lay out from scratch. The slide on screen is put back as it
        was before anything paints."""
        if self._shown is None or self._layout_key(slide, position, count, today) in self._laid_out:
            return
        on_screen, page = self._shown, self.page
        self.show_slide(slide, position, count, today)
        self.show_slide(*on_screen)
        self.show_page(page)

    def show_page(self, page: int) -> bool:
        """Shows another page of the slide; False when it has no such page."""
        if not 0 <= page < self.pages or page == self.page:
            return False
        self.page = page
        self._show_page()
        return True

    def show_overlay(self, title: str, paragraphs: list[Paragraph], *, whole: bool = False) -> None:
        """Covers the body with a panel (the read-back), or the whole screen (the end
        of the round, when no patient is on screen any more)."""
        self._overlay_whole = whole
        self._show_page()
        self.overlay.show_text(title, paragraphs)

    def hide_overlay(self) -> None:
        self.overlay.hide()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._place()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        self.painted.emit()

    def _layout_key(
        self, slide: AudienceSlide, position: int, count: int, today: date
    ) -> tuple[object, ...]:
        return (slide, position, count, today, self.width(), self.height())

    def _place(self) -> None:
        """Lays the whole slide out into pages, then shows the one on screen. The
        first page gets the largest text that fits it; when even the smallest does
        not, every page is drawn at the smallest, each showing what the pages before
        it left out. The pages are kept: turning one only places its own text."""
        key = None if self._shown is None else self._layout_key(*self._shown)
        kept = self._laid_out.get(key) if key is not None else None
        if kept is not None:
            self._laid_out.move_to_end(key)
            self._shrink, self._pages = kept
            self.pages = len(self._pages)
            self.page = min(self.page, self.pages - 1)
            self._show_page()
            return
        self._paginate()
        if key is not None:
            self._laid_out[key] = (self._shrink, self._pages)
            while len(self._laid_out) > KEPT_LAYOUTS:
                self._laid_out.popitem(last=False)

    def _paginate(self) -> None:
        self._choose_shrink()
        texts = self._full
        self._pages = [texts]
        while self._cut(texts) and len(self._pages) < MAX_PAGES:
            left = {label: label.rest for label in texts}
            if left == texts:
                break  # nothing more fits anywhere: do not page for ever
            texts = left
            self._pages.append(texts)
            self._set_texts(texts)
            self._place_once(len(self._pages) - 1)
        if len(self._pages) != self.pages:
            self.pages = len(self._pages)
            self._paginate()  # the page count in the header changes what fits under it
            return
        self.page = min(self.page, self.pages - 1)
        if self.pages > 1:
            self._show_page()

    def _choose_shrink(self) -> None:
        """Places the first page at the largest of SHRINK_STEPS that holds the whole
        slide, or at the smallest. The search starts from the size on screen, as
        restyling the view costs more than measuring, and goes up or down from there:
        a larger size never holds what a smaller one cannot."""
        steps = SHRINK_STEPS  # largest first
        at = steps.index(self._shrink) if self._shrink in steps else 0
        self._set_texts(self._full)
        if self._first_page_fits(steps[at]):
            while at > 0 and self._first_page_fits(steps[at - 1]):
                at -= 1
        else:
            while at < len(steps) - 1 and not self._first_page_fits(steps[at + 1]):
                at += 1
            at = min(at + 1, len(steps) - 1)
        if self._shrink != steps[at]:  # the last try was a size that did not fit
            self._first_page_fits(steps[at])

    def _first_page_fits(self, shrink: float) -> bool:
        self._shrink = shrink
        self._place_once(0)
        return not self._cut(self._full)

    def _show_page(self) -> None:
        """Places the page on screen as it was laid out (at most once per page turn)."""
        pages = self._pages
        self._set_texts(pages[min(self.page, len(pages) - 1)])
        self._place_once(self.page)

    @staticmethod
    def _set_texts(texts: dict[FittedLabel, tuple[Paragraph, ...]]) -> None:
        for label, paragraphs in texts.items():
            label.set_paragraphs(paragraphs)

    @staticmethod
    def _cut(texts: dict[FittedLabel, tuple[Paragraph, ...]]) -> bool:
        return any(label.cut for label in texts)

    def _place_once(self, page: int) -> None:
        """Places page `page` of the slide, with the texts already set for it."""
        self._apply_theme()  # here, not only on resize: a hidden view gets no resize event
        continued = page > 0
        page_text = fill_placeholders(self.tr("page %1 of %2"), str(page + 1), str(self.pages))
        self.position.setText(
            fill_placeholders(self.tr("%1  ·  %2"), self._where, page_text)
            if self.pages > 1
            else self._where
        )
        f = scale(self.width(), self.height())
        margin, gap = round(44 * f), round(28 * f)
        inner = max(0, self.width() - 2 * margin)
        top = self._place_header(margin, inner, gap, f)
        body = max(0, self.height() - margin - top)
        left = int((inner - 2 * gap) * LEFT_COLUMN)
        right_x = margin + left + 2 * gap
        columns = (Column(margin, left), Column(right_x, margin + inner - right_x))
        # a continued page shows only the sections that go on
        shown = [
            [s for s in sections if not continued or s.body.paragraphs]
            for sections in (self.left, self.right)
        ]
        for section in self.left + self.right:
            visible = any(section in column for column in shown)
            for part in (section.title, section.body):
                part.setVisible(visible)
            for badge in section.badges:
                badge.setVisible(visible and badge is self._badge)
        place_columns(shown[0], shown[1], columns, top, body, gap)
        if self._overlay_whole:
            self.overlay.setGeometry(margin, margin, inner, max(0, self.height() - 2 * margin))
        else:
            self.overlay.setGeometry(margin, top, inner, body)
        for label in (self.name, self.facts, self.safety):
            label.fit()  # now, not at the next paint: text() is what the room sees

    def _apply_theme(self) -> None:
        # a narrow view (docked beside the console) scales by its width, but the room
        # still reads it from across the room: the smallest step never draws the body
        # below 28 px at 1080 lines of the screen, whatever the width
        readable = math.ceil(self.height() * SHRINK_STEPS[-1])
        fitted = round(effective_lines(self.width(), self.height()) * self._shrink)
        lines = max(fitted, readable)
        if lines != self._sheet_lines:
            self._sheet_lines = lines
            self.setStyleSheet(projector_sheet(lines))

    def _place_header(self, margin: int, inner: int, gap: int, f: float) -> int:
        """Bed, name and severity; then the stay and discharge facts, the names-shown
        flag and the position; then a rule. Each text wraps onto as many lines as it
        needs, so the scores and the allergies show whole. Returns where the body starts."""
        right = margin + inner
        most = self.height() // 4  # a header never takes more than a quarter of the screen
        bed, severity = self.bed.sizeHint(), self.severity.sizeHint()
        severity_x = right - severity.width()
        name_x = margin + bed.width() + gap
        name_width = max(0, severity_x - gap - name_x)
        row = max(bed.height(), severity.height(), self._wrapped(self.name, name_width, most))
        self.severity.setGeometry(
            severity_x, margin + (row - severity.height()) // 2, severity.width(), severity.height()
        )
        self.bed.setGeometry(margin, margin, bed.width(), row)
        self.name.setGeometry(name_x, margin, name_width, row)
        y = margin + row + round(8 * f)
        tags = [w for w in (self.safety_shown, self.names_shown, self.position) if not w.isHidden()]
        for tag in tags:
            right -= tag.sizeHint().width() + gap
        facts_width = max(0, right + gap - margin)
        height = max(
            [self._wrapped(self.facts, facts_width, most)] + [w.sizeHint().height() for w in tags]
        )
        for tag in reversed(tags):
            hint = tag.sizeHint()
            right += gap
            tag.setGeometry(right, y + (height - hint.height()) // 2, hint.width(), hint.height())
            right += hint.width()
        self.facts.setGeometry(margin, y, facts_width, height)
        y += height
        if not self.safety.isHidden():
            line = self._wrapped(self.safety, inner, most)
            self.safety.setGeometry(margin, y + round(6 * f), inner, line)
            y += line + round(6 * f)
        y += round(18 * f)
        self.rule.setGeometry(margin, y, inner, max(1, round(3 * f)))
        return y + self.rule.height() + gap

    @staticmethod
    def _wrapped(label: FittedLabel, width: int, most: int) -> int:
        """The height of `label`'s text wrapped at `width`, at least one line."""
        return max(label.first_line_height(), label.needed_height(width, most))
