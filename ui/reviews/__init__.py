"""Reflective case reviews: the window with the list and the blame-free editor, and the
menu action that opens it. Never part of the ward-room screen."""

from ui.reviews.review_actions import ReviewActions
from ui.reviews.reviews_window import ReviewsWindow

__all__ = ["ReviewActions", "ReviewsWindow"]
