"""Recommenders that learn from the team's own labels: pure logic, no SQL, no Qt.

:mod:`gazetteer` matches strings the team labeled before (and their Bengali inflected
forms), :mod:`tagger` is a CRF over the app's tokens, :mod:`quotes` finds quotes and
claims by quotation marks and speech verbs. Each returns :class:`Suggestion` values;
the service (:mod:`annotator.service.suggestions`) stores them and turns accepted
ones into spans.
"""

from __future__ import annotations

from annotator.service.suggest.base import Example, Suggestion, entity_spans

__all__ = ["Example", "Suggestion", "entity_spans"]
