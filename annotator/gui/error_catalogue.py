"""Every error message template raised below the window, for ``pyside6-lupdate``.

Generated from the source by ``scripts/update-translations``
(:func:`annotator.gui.error_text.catalogue_source`); do not edit by hand. A test fails
when a ``Message("...")`` raised below the window is missing here or one listed here is
no longer raised. :mod:`annotator.gui.error_text` translates them.
"""

from __future__ import annotations

from annotator.gui.i18n import QT_TRANSLATE_NOOP

TEMPLATES: tuple[str, ...] = (
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "bad offsets {where}"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "expected '*<TAB>Equiv T<a> T<b> ...' of known spans"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "expected 'A<n><TAB>name T<n> [value]' for a known span"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "expected 'R<n><TAB>type Arg1:T<a> Arg2:T<b>'"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "expected 'T<n><TAB>LABEL start end<TAB>text'"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "fragments {where!r} overlap or are out of order"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no text file {name} next to it"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation points to missing span {ref}"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span text {shown!r} differs from the text there ({joined!r})"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown annotation line {key}"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{key} is defined twice"),
    # annotator/formats/brat.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{kind} annotations are not supported"),
    # annotator/formats/brat.py, annotator/model/validation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {start}-{end} is outside the text (length {length})"),
    # annotator/formats/conll.py
    QT_TRANSLATE_NOOP("ServiceErrors", "expected a token and a tag separated by spaces"),
    # annotator/formats/conll.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the line has {count:,} columns; CoNLL has one token per line (TOKEN ... TAG, at most {limit} columns), not a sentence per line"),
    # annotator/formats/conll.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the sentence has more than {limit:,} tokens (set ANNOTATOR_MAX_TOKENS_PER_LINE to raise the limit)"),
    # annotator/formats/doccano.py
    QT_TRANSLATE_NOOP("ServiceErrors", "'entities' must be a list"),
    # annotator/formats/doccano.py
    QT_TRANSLATE_NOOP("ServiceErrors", "entity id {key!r} is used twice"),
    # annotator/formats/doccano.py
    QT_TRANSLATE_NOOP("ServiceErrors", "entity {n}"),
    # annotator/formats/doccano.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} has no {field!r}"),
    # annotator/formats/doccano.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} must be an object or [start, end, label]"),
    # annotator/formats/doccano.py, annotator/formats/label_studio.py, annotator/formats/native.py, annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} must be an object"),
    # annotator/formats/doccano.py, annotator/formats/native.py, annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "each line must be a JSON object"),
    # annotator/formats/doccano.py, annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "'relations' must be a list"),
    # annotator/formats/doccano.py, annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {n}"),
    # annotator/formats/docx_reader.py
    QT_TRANSLATE_NOOP("ServiceErrors", "not a readable Word .docx document ({exc})"),
    # annotator/formats/docx_reader.py
    QT_TRANSLATE_NOOP("ServiceErrors", "reading .docx needs the python-docx package"),
    # annotator/formats/docx_reader.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the document has no text (only tables or images?)"),
    # annotator/formats/docx_reader.py, annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot read the file: {exc}"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "binary data (NUL byte at byte offset {at})"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "expected ',' or ']' between tasks"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "expected a JSON array of tasks"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "invalid UTF-8 at byte offset {at}"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "is a folder, not a file"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "is a symlink that cannot be resolved"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "is {kind}, not a file; it is not read"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "not a zip file: {exc}"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the file is Windows-1252 bytes, not UTF-8"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the file is {size:,} bytes; the limit is {limit:,} (set ANNOTATOR_MAX_INPUT_BYTES to raise it)"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the line is {size:,} characters long; the limit is {limit:,} (set ANNOTATOR_MAX_LINE_BYTES to raise it)"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the member cannot be read: {reason}"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the member is a symlink; it is not followed"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the member is damaged: {reason}"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the member is encrypted; unpack it and import the files"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the text looks like Bijoy (legacy ANSI) Bengali, typed for a SutonnyMJ-style font; convert it to Unicode first (for a .txt file: import it with --convert-bijoy)"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{bijoy} ({ansi})"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} needs a {key!r} string"),
    # annotator/formats/foreign.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: {key!r} must be an integer, got {value!r}"),
    # annotator/formats/foreign.py, annotator/formats/inputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the file is {utf16}, not UTF-8; save it as UTF-8"),
    # annotator/formats/inputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot tell the format of {name} (use --format)"),
    # annotator/formats/inputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no such file or folder"),
    # annotator/formats/inputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the file is empty"),
    # annotator/formats/inputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown input format {kind!r}"),
    # annotator/formats/jsonparse.py
    QT_TRANSLATE_NOOP("ServiceErrors", "malformed JSON: nested too deeply"),
    # annotator/formats/jsonparse.py
    QT_TRANSLATE_NOOP("ServiceErrors", "malformed JSON: {reason}"),
    # annotator/formats/jsonparse.py
    QT_TRANSLATE_NOOP("ServiceErrors", "malformed JSON: {reason} (column {column})"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "each task must be a JSON object"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "result {n}"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "task 'data' has no text"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "task needs a 'data' object"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{group}[0] needs a 'result' list"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} has no 'value' object"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: a region needs exactly one label in 'labels'"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: a relation needs 'from_id' and 'to_id'"),
    # annotator/formats/label_studio.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: a relation needs exactly one label"),
    # annotator/formats/links.py
    QT_TRANSLATE_NOOP("ServiceErrors", "fragment links join regions of different labels ({labels})"),
    # annotator/formats/links.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{link} link {key} points to missing {end!r}"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "'text' contains a NUL character"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "'text' contains a lone surrogate \\u{code:04x} at offset {offset}, which is not valid Unicode"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "'text' is empty"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", 'contains a lone surrogate \\u{code:04x}, which is not valid Unicode'),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "field 'id' must be a string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "field {key!r} is longer than {limit} characters"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "field {key!r} must be {names}, got {got}"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "missing required field 'text'"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "note {n} must be an object with a 'text' string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "note {n}: 'time' {time!r} is not an ISO 8601 time"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "note {n}: {field!r} must be a string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "referent {n} must be an object with an 'id'"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "referent {n}: 'name' is longer than 500 characters"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "referent {n}: {field!r} must be a string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {n} must be an object"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {n} needs a {field!r} string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span id {key!r} is used twice"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "status must be one of {choices}"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "text_sha256 does not match the text"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "unsupported offset_unit {unit!r}"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} has no {key!r}"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} needs a 'label' string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: 'attrs' must be an object"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: 'fragments' must be a list of [start, end] pairs"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: 'kind' must be a string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: 'note' must be a string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: 'referent' must be a referent id string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: 'source' must be a recommender name"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: 'text' must be a string"),
    # annotator/formats/native.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: fragment {n} must be [start, end] integers, got {piece!r}"),
    # annotator/formats/native.py, annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {n}"),
    # annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "'spans' must be a list"),
    # annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} needs a {side!r} object"),
    # annotator/formats/prodigy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{where}: {side} does not match any span"),
    # annotator/formats/watch.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the file changed during its import (is it still being written?); import it once it is complete"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "'fragments' must be a list of [start, end] pairs"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a split span needs two or more fragments"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "fragment {n} ({a}-{b}) is outside the text (length {length}) or empty"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "fragment {n} ({a}-{b}) overlaps or comes before fragment {previous}"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "fragment {n} ({a}-{b}) splits a grapheme cluster (nearest whole fragment: {floor}-{ceil})"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "fragment {n} must be a pair of integers [start, end], got {piece!r}"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "fragments run {a}-{b}, not the span's outer extent {start}-{end}"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "referent id {key!r} is used twice"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "referent {key}: unknown label {label!r}"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {key}: a {label} span cannot join a referent (only entity mentions such as PER, ORG, MENTION)"),
    # annotator/model/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {key}: unknown referent {referent!r} (not in 'referents')"),
    # annotator/model/attribution.py, annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {key}: {problem}"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "annotator"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "attribute"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "contains a NUL character at offset {at}"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "contains a lone surrogate (U+{code:04X}) at offset {at}, not valid Unicode"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "is {length} characters long; the limit is {limit}"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "key {key!r} of {owner} is one of the window's own keys"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "label"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "project"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation type"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the document is {length:,} characters long; the limit is {limit:,} (split it, or set ANNOTATOR_MAX_DOCUMENT_CHARS)"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the id"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the source"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the title"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{field} {problem}"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} name is empty"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} name {name} contains the control character U+{code:04X}"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} name {name} contains whitespace; brat, CoNLL and BIO files cannot carry it (use _ or -)"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} name {name} starts or ends with a space"),
    # annotator/model/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} name {name} {problem}"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot write {name}: {reason}"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it holds the open database {database}"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it is a SQLite database"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it is a file, not a folder"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it is a folder"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it is inside the database's backup folder {folder}"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it is not a regular file (a device, FIFO or socket)"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it is the open database ({database})"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "it is the open database's {kind} file ({database})"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the file is read-only (it is not replaced)"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the folder is read-only"),
    # annotator/model/outputs.py
    QT_TRANSLATE_NOOP("ServiceErrors", "will not write {name}: {reason}"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "attribute {name!r} must be one of {choices}"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "attribute {name!r} must be text"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "attribute {name!r} must be yes or no"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "key {key!r} is used by both {first} and {second}"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "label name {name!r} is empty or has surrounding spaces"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "label name {name!r} is used twice"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "not a valid schema: {reason}"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {name!r} names unknown label {label!r}"),
    # annotator/model/schema.py
    QT_TRANSLATE_NOOP("ServiceErrors", "trim must be 'whitespace' or 'punctuation', not {value!r}"),
    # annotator/model/validation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "label {label} has no attribute {name!r}"),
    # annotator/model/validation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {rel_type} goes from {sources} to {targets}, not from {from_label} to {to_label}"),
    # annotator/model/validation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span offsets must be integers, got start={start!r} end={end!r}"),
    # annotator/model/validation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {start}-{end} splits a grapheme cluster (nearest whole span: {floor}-{ceil})"),
    # annotator/model/validation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {start}-{end} text {text!r} differs from the document text there"),
    # annotator/model/validation.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {start}-{end}: start must be before end"),
    # annotator/model/validation.py, annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown label {label!r}"),
    # annotator/model/validation.py, annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown relation type {rel_type!r}"),
    # annotator/service/adjudication.py
    QT_TRANSLATE_NOOP("ServiceErrors", "accepting agreed spans needs at least two finished layers"),
    # annotator/service/adjudication.py
    QT_TRANSLATE_NOOP("ServiceErrors", "adjudicating"),
    # annotator/service/adjudication.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{annotator} has no referent {referent} in this document"),
    # annotator/service/agreement.py
    QT_TRANSLATE_NOOP("ServiceErrors", "agreement needs at least two annotators"),
    # annotator/service/agreement.py, annotator/service/assignment.py
    QT_TRANSLATE_NOOP("ServiceErrors", "an annotator is named twice"),
    # annotator/service/assignment.py
    QT_TRANSLATE_NOOP("ServiceErrors", "an overlap needs at least {copies} annotators"),
    # annotator/service/assignment.py
    QT_TRANSLATE_NOOP("ServiceErrors", "assigning documents"),
    # annotator/service/assignment.py
    QT_TRANSLATE_NOOP("ServiceErrors", "changing a project's settings"),
    # annotator/service/assignment.py
    QT_TRANSLATE_NOOP("ServiceErrors", "give at least one annotator"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a mention is always the same as itself; pick another one"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a referent name may have at most {limit} characters"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a span needs at least one part"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "both mentions must be in the same document and layer"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "only entity mentions (PER, ORG, MENTION...) can refer to someone, not a {label}"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "referent {referent} no longer exists"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {span} is not in this layer any more"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "these two mentions are already the same referent"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "this mention is not joined to a referent"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "this span has only one part; delete the span instead"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{problem}; remove the fragment first (resizing moves only the outer ends)"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{start}-{end} is not inside one of the span's parts"),
    # annotator/service/attribution.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{start}-{end} overlaps the span's part {a}-{b}"),
    # annotator/service/attribution.py, annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "this span was changed by someone else in the meantime"),
    # annotator/service/datasets.py
    QT_TRANSLATE_NOOP("ServiceErrors", '\n  ... and {more} more'),
    # annotator/service/datasets.py
    QT_TRANSLATE_NOOP("ServiceErrors", "export cancelled; nothing was written"),
    # annotator/service/datasets.py
    QT_TRANSLATE_NOOP("ServiceErrors", '{count} overlapping {kind} spans cannot share one BIO layer (use --on-overlap longest or first):\n  {listed}{more}'),
    # annotator/service/datasets.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{readme} or {json} was not written by Annotator; export into a folder of its own"),
    # annotator/service/demo.py
    QT_TRANSLATE_NOOP("ServiceErrors", "could not copy the demo labels: {reason}"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {key} points to missing span {span!r}"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {key}: {problem}"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {key} ({start}-{end}) cannot be carried through normalization: it starts or ends inside a character that changes"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {key}: fragment {a}-{b} cannot be carried through normalization"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {key}: label {label} is of kind {kind}, not {given}"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {key}: text {text!r} differs from the document text there ({found!r})"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the text is empty"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the text is not normalized (BOM, CR or non-NFC characters); use --normalize to normalize it and remap its spans"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{problem}; --snap clusters (or words) expands such spans"),
    # annotator/service/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", '{reason}\n{hint}'),
    # annotator/service/notes.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a note is at most {limit} characters (this one has {length})"),
    # annotator/service/notes.py
    QT_TRANSLATE_NOOP("ServiceErrors", "an empty note: write something first"),
    # annotator/service/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the {gold} layer is written only by curators; you are logged in as {login}"),
    # annotator/service/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{owner}'s layer belongs to {owner}; you are logged in as {login}"),
    # annotator/service/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} needs the {role} role; you are logged in as {login}"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a label named {label!r} exists already"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot rename {label!r} to {new!r}: that name is taken"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot rename {label!r} to {new!r}: {new!r} is not in the schema"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot rename {label!r}: there is no such label"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "changing a label schema"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the label is already called {label!r}"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no label {label!r}"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "this change would remove {what}; confirm to delete them (--force on the command line)"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{count} relations"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{count} spans (labels {labels})"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{reason}"),
    # annotator/service/schemas.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{spans} and {relations}"),
    # annotator/service/suggestions.py
    QT_TRANSLATE_NOOP("ServiceErrors", "project {project!r} has no label {label!r}"),
    # annotator/service/suggestions.py
    QT_TRANSLATE_NOOP("ServiceErrors", "project {project!r} has {count} labeled documents in its {layer} layer; at least 2 are needed to train and score the tagger"),
    # annotator/service/suggestions.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the {layer} layer of {project!r} has no entity spans to learn"),
    # annotator/service/suggestions.py
    QT_TRANSLATE_NOOP("ServiceErrors", "training failed: {reason}"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a relation must link two spans of the same annotator"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a relation must link two spans of the same document"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a {label} cannot be a mention of a referent; take it out of its referent first"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no annotator named {names} (known: {known})"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no annotators named {names} (known: {known})"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no document {id!r} in this database"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no document {id!r} in this project"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no project named {project!r}"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the database has no project yet (import documents first)"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the database is closed; the edit was not saved"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "this {link} link exists already"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{database} is read-only; edits are disabled"),
    # annotator/service/workspace.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} cannot keep its {link} link; remove the link first"),
    # annotator/storage/backup.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot copy the database to {target}: {reason}"),
    # annotator/storage/backup.py
    QT_TRANSLATE_NOOP("ServiceErrors", "none in {folder}"),
    # annotator/storage/backup.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the database at {database} is damaged ({reason}); newest backups: {listed}; restore one with `annotator --db {database} db restore FILE`"),
    # annotator/storage/backup.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} does not exist"),
    # annotator/storage/documents.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no document with id {document}"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a part of it is a file"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot create the database {path}: {reason}"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot open {database}: {reason}"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot use {database}: {reason}"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the edit was not saved: waiting for another import… (another program is writing the database); retry when it has finished"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the edit was not saved: {reason} (free some disk space and retry)"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the edit was not saved: {reason} (the database is read-only)"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the edit was not saved: {reason} (the database's files changed under the program, e.g. a deleted -wal or -shm file, or the disk failed; close the window and run `annotator db check`)"),
    # annotator/storage/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} has committed changes in {wal} that SQLite cannot read in a read-only folder without its -shm file; copy the database together with its -wal file to a writable folder (or make the folder writable)"),
    # annotator/storage/layers.py
    QT_TRANSLATE_NOOP("ServiceErrors", "relation {relation} no longer exists"),
    # annotator/storage/layers.py
    QT_TRANSLATE_NOOP("ServiceErrors", "span {span} no longer exists"),
    # annotator/storage/migrate.py
    QT_TRANSLATE_NOOP("ServiceErrors", "upgrading {database} would break {count} references; nothing was changed"),
    # annotator/storage/migrate.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{database} is not an Annotator database"),
    # annotator/storage/migrate.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{database} is read-only and at schema revision {current}, not this version's {head}; open a writable copy of it"),
    # annotator/storage/migrate.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{database} was written by a newer Annotator (schema revision {current}); this version understands up to {head}. Please upgrade Annotator."),
    # annotator/storage/migrate.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} is a SQLite file without Annotator's tables ({reason}), not an Annotator database"),
    # annotator/storage/migrate.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} is a SQLite file without Annotator's tables, not an Annotator database"),
    # annotator/storage/migrate.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} is an empty file, not an Annotator database"),
    # annotator/storage/projects.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no annotator named {name!r}"),
    # annotator/storage/projects.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no project with id {project}"),
    # annotator/storage/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "; you are logged in as {login}"),
    # annotator/storage/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "history rows record the login that wrote them"),
    # annotator/storage/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "not saved: {what}{who}"),
    # annotator/storage/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "only curators and managers assign documents"),
    # annotator/storage/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "only managers change projects, label schemas, documents and members"),
    # annotator/storage/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "that layer belongs to another annotator (its owner writes it; curators also write gold, managers every layer)"),
    # annotator/storage/roles.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the server refused it ({reason})"),
    # annotator/storage/wal.py
    QT_TRANSLATE_NOOP("ServiceErrors", "its last view could not be kept"),
    # annotator/storage/wal.py
    QT_TRANSLATE_NOOP("ServiceErrors", "its last view was kept in {kept}"),
    # annotator/storage/wal.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the database was not read"),
    # annotator/storage/wal.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the edit was not saved"),
    # annotator/storage/wal.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{name}-wal was deleted or replaced while the database was open (a sync tool or a cleaner?): the database was not overwritten with this window's stale view; {where}; run `annotator --db {database} db check`"),
    # annotator/storage/wal.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{what}: {wal} was deleted or replaced while the database was open (a sync tool or a cleaner?); close every window on it, then run `annotator --db {database} db check`"),
)
