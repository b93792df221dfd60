"""underthesea (Vietnamese NER and word segmentation), loaded once and without the pipelines we do not use.

`ner()` and `word_tokenize()` return underthesea's functions, or None when it is not installed (the callers
fall back on capitalised words and on spaces).
"""
from __future__ import annotations

import functools
import logging
import sys

log = logging.getLogger(__name__)


# underthesea's __init__ imports each of these optional pipelines when it can, and skips one that raises
# ImportError; with transformers installed, translate (and the others) pull in torch and transformers:
# ≈ 250 MB of memory and 7-9 s at import, none of it used by `ner` (a CRF model of its own)
_UNUSED_PIPELINES = ("underthesea.pipeline.classification", "underthesea.pipeline.sentiment",
                     "underthesea.pipeline.lang_detect", "underthesea.pipeline.dependency_parse",
                     "underthesea.pipeline.translate", "underthesea.agent", "underthesea.address")


@functools.lru_cache(maxsize=1)
def ner():
    """underthesea's named-entity tagger (PER / LOC / ORG), imported without the pipelines it does not need."""
    skipped = [m for m in _UNUSED_PIPELINES if m not in sys.modules]
    for m in skipped:
        sys.modules[m] = None          # `import m` raises ImportError while underthesea loads
    try:
        from underthesea import ner as tagger
    except ImportError:       # optional: capitalised syllables stand in
        log.info("underthesea is not installed; named things come from capitalised words only, words from spaces")
        return None
    finally:
        for m in skipped:
            if sys.modules.get(m, 0) is None:
                del sys.modules[m]
    from rag.crf_features import install

    install()                 # the taggers' features built once per sentence (the same features, ≈ 4x less CPU)
    return tagger


@functools.lru_cache(maxsize=1)
def word_tokenize():
    """underthesea's word segmentation, loaded like `ner` (without torch and transformers); None when absent."""
    if ner() is None:
        return None
    from underthesea import word_tokenize as segment

    return segment


@functools.lru_cache(maxsize=2048)
def tags(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """underthesea's (word, part of speech, chunk, entity tag) for each word of the text, tagged once per text (the
    named things, the function words (rag.decision.wordclass), the refusal's topic (rag.decision.accents) and the
    spoken numbers (rag.question.spoken) read the same tags); empty without the tagger."""
    tagger = ner()
    return tuple(tuple(t) for t in tagger(text)) if tagger is not None else ()
