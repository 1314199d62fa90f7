"""The Label Studio labeling config that matches our tasks: ``label_config.xml``.

A Label Studio project needs a config whose tag names match the tasks'
``from_name``/``to_name`` (``label`` and ``text``), with every label (and its
colour) and every relation type declared. ``validate`` checks tasks against it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.model import LabelSchema

LABEL_CONFIG = "label_config.xml"
FROM_NAME = "label"
TO_NAME = "text"


def label_config(schema: LabelSchema, links: Iterable[str] = ()) -> str:
    """The ``<View>`` config for ``schema``, as XML text; ``links`` are relation
    labels the export adds to the schema's (fragments of one span, same referent)."""
    view = ET.Element("View")
    names = [rel.name for rel in schema.relation_types]
    names += [name for name in links if name not in names]
    if names:
        relations = ET.SubElement(view, "Relations")
        for name in names:
            ET.SubElement(relations, "Relation", value=name)
    labels = ET.SubElement(view, "Labels", name=FROM_NAME, toName=TO_NAME)
    for label in schema.labels:
        attrs = {"value": label.name}
        if label.color:
            attrs["background"] = label.color
        ET.SubElement(labels, "Label", attrs)
    ET.SubElement(view, "Text", name=TO_NAME, value=f"${TO_NAME}")
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


@dataclass
class ParsedConfig:
    """What tasks may use: ``Labels`` tags (name -> (toName, values)), relation values."""

    labels: dict[str, tuple[str, set[str]]] = field(default_factory=dict)
    texts: set[str] = field(default_factory=set)  # names of <Text> tags
    relations: set[str] = field(default_factory=set)


def parse_label_config(text: str) -> ParsedConfig:
    """Read a labeling config; raises ``ValueError`` when it is not usable XML."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise ValueError(f"not XML: {exc}") from None
    config = ParsedConfig()
    for tag in root.iter():
        if tag.tag in ("Labels", "HyperTextLabels"):
            values = {child.get("value", "") for child in tag if child.tag == "Label"}
            config.labels[tag.get("name", "")] = (tag.get("toName", ""), values)
        elif tag.tag == "Text":
            config.texts.add(tag.get("name", ""))
        elif tag.tag == "Relation":
            config.relations.add(tag.get("value", ""))
    return config
