"""The navigation's top-level sections: defined once here, with their order and labels.

An app's NavItem names its section by key; the shell groups the items under these sections and
shows only the sections that have at least one item the user may use. The keys are stable (the
apps use them); the labels are the user's words (GLOSSARY).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    key: str
    label: str | Promise
    order: int


HOME = "home"
NEGOTIATIONS = "negotiations"
NETWORKS = "networks"
KNOWLEDGE = "knowledge"
PLANS = "plans"
DIRECTORY = "directory"
ADMINISTRATION = "administration"

SECTIONS: tuple[Section, ...] = (
    Section(HOME, _("Front page"), 0),
    Section(NEGOTIATIONS, _("Negotiations"), 10),
    Section(NETWORKS, _("Networks"), 20),
    Section(KNOWLEDGE, _("Knowledge-based management"), 30),
    Section(PLANS, _("Plans and agreements"), 40),
    Section(DIRECTORY, _("Directory"), 50),
    Section(ADMINISTRATION, _("Administration"), 60),
)
BY_KEY = {section.key: section for section in SECTIONS}
