"""The left side of the reviews window: search, the list of reviews (newest first) and
the button for a new one. Searching asks the service again, so it finds words in any
section, not only in titles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from ui.common.labelled_rows import buddy_label
from ui.reviews.reviews_model import ReviewsModel


class ReviewListPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("reviewSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Words in a title or a section"))
        search_label = buddy_label(self.tr("S&earch"), self.search)
        self.model = ReviewsModel(self)
        self.list = QListView()
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(self.tr("Reviews"))
        self.list.setModel(self.model)
        # long titles end in "…" (the tooltip has them whole) rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_button = QPushButton(self.tr("&New review"))
        self.new_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)
