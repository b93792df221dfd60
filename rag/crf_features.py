"""The features underthesea's CRF taggers (word class, chunk, named entity) read, computed as underthesea computes
them but once per sentence instead of once per word and template.

underthesea's `tagged_feature.template2features` re-parses its template ("T[-1,0][1]") with a regex and rebuilds
every column of the sentence for each word and each of its ~30 templates: a question's named-entity tags (three
taggers in a row) cost ≈ 4 ms of CPU, most of it there. `sentence_features` parses each template once and builds
the columns once per sentence; the feature strings are the same, character for character
(tests/test_crf_features.py compares them with underthesea's own on sentences of every shape), so the tags are too.
`install()` puts it in place of the three taggers' `TaggedTransformer.sentence2features`.
"""
from __future__ import annotations

import functools
import importlib
import re

_TEMPLATE_RE = re.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")
TAGGER_MODULES = ("underthesea.pipeline.pos_tag.model_crf", "underthesea.pipeline.chunking.model_crf",
                  "underthesea.pipeline.ner.model_crf")


@functools.lru_cache(maxsize=64)
def _parsed(template: tuple[str, ...]) -> tuple[tuple[str, int, int, int | None, str | None], ...]:
    """(prefix, column, first row offset, last row offset or None, function name or None) of each template,
    read as underthesea's `template2features` reads it (re.match: the template's start)."""
    out = []
    for syntax in template:
        m = _TEMPLATE_RE.match(syntax)
        column = m.group("column")
        index2 = m.group("index2")
        out.append((f"{syntax}=", int(column) if column else 0, int(m.group("index1")),
                    int(index2) if index2 else None, m.group("function")))
    return tuple(out)


def sentence_features(sent, template, apply_function) -> list[list[str]]:
    """underthesea's `[word2features(sent, i, template) for i in range(len(sent))]`, each template parsed once
    and the sentence's columns built once; `apply_function` is the tagger module's own (lower, istitle, ...)."""
    n = len(sent)
    if not n:
        return []
    columns = [[t[j] for t in sent] for j in range(len(sent[0]))]
    parsed = _parsed(tuple(template))
    out = []
    for i in range(n):
        feats = []
        for prefix, column, index1, index2, func in parsed:
            if i + index1 < 0:
                feats.append(f"{prefix}BOS")
                continue
            if i + index1 >= n or (index2 is not None and i + index2 >= n):
                feats.append(f"{prefix}EOS")
                continue
            word = " ".join(columns[column][i + index1: i + index2 + 1]) if index2 is not None \
                else sent[i + index1][column]
            feats.append(f"{prefix}{apply_function(func, word) if func is not None else word}")
        out.append(feats)
    return out


def install() -> None:
    """Compute the three taggers' features with `sentence_features` (each with its own feature functions)."""
    for name in TAGGER_MODULES:
        module = importlib.import_module(name)
        functions = importlib.import_module(name.rsplit(".", 1)[0] + ".tagged_feature").apply_function
        transformer = module.TaggedTransformer
        if getattr(transformer.sentence2features, "_rag_fast", False):
            continue

        def fast(self, s, _functions=functions):
            return sentence_features(s, self.template, _functions)

        fast._rag_fast = True
        transformer.sentence2features = fast
