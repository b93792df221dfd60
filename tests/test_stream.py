"""Streaming ingest on the real corpus: the build holds the same units, lexical tables and BM25 scores as
the all-in-memory implementation it replaced (kept here as the reference: bm25s indexing the token lists,
n-grams counted as strings), and the header index holds
exactly the stored vectors of the non-body units."""
import json
from collections import Counter, defaultdict
from pathlib import Path

import bm25s
import numpy as np

from ingest.catalog import load_corpus
from ingest.chunk import tree_to_units
from ingest.parse import parse
from rag.search.embed import get_embedder
from rag.index import LoadedIndex
from rag.layout import current_build_dir
from rag.search.lexical import _SYL_RE, LexicalIndex, lexical_text
from rag.text import DATA, fold, lexical_tokens, nfc, words

from conftest import CORPUS


def reference_units(settings):
    counter = get_embedder(settings).count_tokens
    out = []
    for d in load_corpus(CORPUS).docs:
        out += tree_to_units(parse(d.text), d.entry, settings.max_unit_tokens, counter)
    return out


def reference_lexical(units):
    """LexicalIndex.build before streaming: every text, token list and n-gram counter held at once."""
    texts = [lexical_text(u) for u in units]
    retriever = bm25s.BM25()
    retriever.index([lexical_tokens(t) for t in texts], show_progress=False)
    counts = defaultdict(Counter)
    for t in texts:
        syl = _SYL_RE.findall(nfc(t).lower())
        for n in (1, 2, 3):
            for i in range(len(syl) - n + 1):
                gram = " ".join(syl[i:i + n])
                counts[fold(gram)][gram] += 1
    accents = {k: c.most_common(1)[0][0] for k, c in counts.items()}
    for line in (DATA / "question_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            folded, accented = line.split("\t")
            accents[folded] = accented
    vocab = Counter(w for t in texts for w in words(fold(t)))
    return retriever, accents, dict(vocab)


def test_streamed_build_has_the_same_units_and_lexical_index(built_index):
    build = current_build_dir(built_index)
    units = reference_units(built_index)
    lines = (build / "units.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [u.to_dict() for u in units]
    assert len(units) == 236 and sum(u.kind == "heading" for u in units) == 47

    # BM25, accents and vocabulary come from the units that can be retrieved (heading lines are not)
    retriever, accents, vocab = reference_lexical([u for u in units if u.kind != "heading"])
    tables = json.loads((build / "lexical" / "tables.json").read_text(encoding="utf-8"))
    assert tables["unit_ids"] == [u.unit_id for u in units]
    assert tables["accents"] == accents and tables["vocab"] == vocab    # lookup tables: same entries (order is free)
    streamed = LexicalIndex.load(build / "lexical")
    rows = [i for i, u in enumerate(units) if u.kind != "heading"]
    for q in ("ai ký kế hoạch 21", "cựu chiến binh", "Mặt trận Tổ quốc giám sát", "đại đoàn kết toàn dân tộc"):
        toks = [t for t in lexical_tokens(q) if t in retriever.vocab_dict]
        got = streamed.scores(lexical_tokens(q))
        assert np.array_equal(got[rows], np.asarray(retriever.get_scores(toks), dtype=np.float32)), q
        assert not np.delete(got, rows).any(), q       # a heading line scores 0


def test_header_index_holds_the_stored_vectors_of_the_non_body_units(built_index):
    index = LoadedIndex(built_index)
    ids = [uid for uid, u in index.units.items() if u.kind not in ("body", "heading")]
    assert sorted(index.table.vector_row) == sorted(ids) and len(ids) == 22
    stored = index.store.vectors(ids)
    for uid in ids:
        assert np.array_equal(index.table.vectors[index.table.vector_row[uid]], np.asarray(stored[uid], dtype=np.float32))
    # rows by kind, in unit order, optionally within documents
    rows = index.table.rows_of_kinds({"signature": 1.0, "header": 0.6}, ["kh-21-2023", "nq-43-2023"])
    assert [index.order[r] for r in rows] == [uid for uid, u in index.units.items() if u.kind in ("signature", "header")
                                             and u.doc_id in ("kh-21-2023", "nq-43-2023")]
    assert [index.order[r] for r in rows] == ["kh-21-2023:header", "kh-21-2023:signature", "nq-43-2023:header",
                                             "nq-43-2023:signature"]


def test_manifest_says_where_the_time_went(built_index):
    manifest = json.loads((Path(current_build_dir(built_index)) / "manifest.json").read_text(encoding="utf-8"))
    assert {"parse", "chunk", "token check", "chroma add", "lexical", "header index"} <= set(manifest["phases_s"])
