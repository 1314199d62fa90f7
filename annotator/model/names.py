"""Names with a meaning of their own, shared by every floor."""

from __future__ import annotations

GOLD = "gold"  # the annotator name of the adjudicated layer
DEMO_PROJECT = "Demo"  # the project the first start adds to the default database
DEMO_ANNOTATOR = "demo"  # the owner of the Demo's seed layer
DEFAULT_PROJECT = "Default"  # where an import goes when no project is named

__all__ = ["DEFAULT_PROJECT", "DEMO_ANNOTATOR", "DEMO_PROJECT", "GOLD"]
