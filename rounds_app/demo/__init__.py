"""A realistic demo ward, the same for the same seed (timestamps count back from now).

Content — names in several scripts, narrative cards, contributions — lives in
resources/demo/; this package only arranges it on a ward."""

from rounds_app.demo.ward import DemoAccounts, create_demo

__all__ = ["DemoAccounts", "create_demo"]
