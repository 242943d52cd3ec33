"""Which text colour meets which background in the stylesheets, worked out the way Qt
applies them: every resources/qss/*.qss is one sheet, later rules win, a widget takes
its text colour from the most specific rule matching it (Qt style sheets do not pass
`color` from parent to child), and a widget without a background shows its nearest
ancestor's (a label draws none; `transparent` and `none` mean the same).

The sheets are read as the app loads them, their palette tokens replaced by colours.
Only hex colours are read: the palette holds nothing else, and a test fails if a sheet
uses another notation (`colour` raises), so a new one cannot slip past unchecked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ui.shell.palette import themed

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")
_SEE_THROUGH = {"transparent", "none"}
# sub-controls that hold text; the others (handles, arrows, grooves) hold none
_TEXT_PARTS = {"item", "tab", "section", "title"}
COLOUR_PROPERTIES = (
    "color",
    "selection-color",
    "qproperty-accent",
    "qproperty-cueColour",
    "qproperty-mutedColour",
)


@dataclass(frozen=True)
class Pair:
    """A foreground drawn over a background, and the rule that brings them together."""

    file: str
    selector: str
    what: str
    foreground: str
    background: str

    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)


def colour(value: str) -> tuple[int, int, int]:
    match = _HEX.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"not a hex colour: {value!r}")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _luminance(value: str) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in colour(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Rule:
    file: str
    selector: str
    declarations: dict[str, str]


def read_rules(files: list[Path]) -> list[Rule]:
    rules = []
    for path in files:
        text = _COMMENT.sub("", themed(path.read_text(encoding="utf-8")))
        for selectors, body in _RULE.findall(text):
            declarations = {}
            for line in body.split(";"):
                name, _, value = line.partition(":")
                if value:
                    declarations[name.strip()] = value.strip()
            for selector in selectors.split(","):
                rules.append(Rule(path.name, " ".join(selector.split()), declarations))
    return rules


def _compounds(selector: str) -> list[str]:
    return [part for part in selector.split() if part != ">"]


def _plainer(compound: str) -> Iterator[str]:
    """The compound, then less specific forms of it, down to its widget class: states
    dropped one by one, then the sub-control, then ids and properties."""
    yield compound
    while (cut := re.sub(r"(?<!:):[\w-]+$", "", compound)) != compound:
        compound = cut
        yield compound
    if "::" in compound:
        compound = compound.split("::")[0]
        yield compound
    for extra in (r"\[[^\]]*\]", r"#[\w-]+"):
        plainer = re.sub(extra, "", compound)
        if plainer and plainer != compound:
            compound = plainer
            yield compound


def _key(compounds: list[str]) -> str:
    """A selector as looked up: an id names one widget, so `QWidget#view` and `#view`
    are the same widget."""
    return " ".join(re.sub(r"^[\w]+(?=#)", "", c) for c in compounds)


class Sheet:
    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._by_selector: dict[str, dict[str, str]] = {}
        for rule in rules:  # later rules win, as in Qt
            key = _key(_compounds(rule.selector))
            self._by_selector.setdefault(key, {}).update(rule.declarations)

    def _own(self, compounds: list[str], name: str) -> str | None:
        """`name` from the rules for these compounds or their plainer forms."""
        *ancestors, last = compounds
        for form in _plainer(last):
            value = self._by_selector.get(_key([*ancestors, form]), {}).get(name)
            if value is not None:
                return value
        return None

    def text_colour(self, selector: str, name: str = "color") -> str | None:
        """From the most specific rule that matches, ancestors dropped from the front
        (`#view QFrame QLabel`, `QFrame QLabel`, `QLabel`), then every widget's."""
        compounds = _compounds(selector)
        for start in range(len(compounds)):
            value = self._own(compounds[start:], name)
            if value is not None:
                return value
        return self._own(["QWidget"], name)

    def background(self, selector: str, name: str = "background") -> str | None:
        compounds = _compounds(selector)
        while compounds:
            for property_name in (name, f"{name}-color"):
                value = self._own(compounds, property_name)
                if value is not None and value not in _SEE_THROUGH:
                    return value
            compounds = compounds[:-1]
        return None

    def pairs(self, ground: str) -> Iterator[Pair]:
        """Every foreground/background a colour-setting rule brings together; `ground`
        is what shows behind a widget no rule gives a background."""
        for rule in self.rules:
            names = rule.declarations.keys()
            if not any(n in COLOUR_PROPERTIES or "background" in n for n in names):
                continue
            last = _compounds(rule.selector)[-1]
            part = last.split("::")[1].split(":")[0] if "::" in last else None
            if part is not None and part not in _TEXT_PARTS:
                continue
            # a bare container's background is checked through the text set inside it
            container = re.match(r"(QWidget|QFrame)\b", last) is not None
            if container and "color" not in rule.declarations:
                continue
            background = self.background(rule.selector) or ground
            # the text colour is checked where either side of it is set
            sets_text = "color" in names or any("background" in n for n in names)
            for what in COLOUR_PROPERTIES:
                if (what == "color" and sets_text) or what in rule.declarations:
                    under = background
                    if what == "selection-color":
                        under = self.background(rule.selector, "selection-background") or ground
                    foreground = self.text_colour(rule.selector, what)
                    if foreground is not None:
                        yield Pair(rule.file, rule.selector, what, foreground, under)
            if "alternate-background-color" in rule.declarations:
                foreground = self.text_colour(rule.selector) or ""
                alternate = rule.declarations["alternate-background-color"]
                yield Pair(rule.file, rule.selector, "alternate rows", foreground, alternate)
