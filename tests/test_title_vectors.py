"""The document names' query vectors kept with the build (rag.search.titlevecs): the spellings kept, each vector the
one its text gets alone (bit for bit), a question that names a document embeds no name the build keeps, and a
spelling the build does not keep is embedded as before."""
from __future__ import annotations

import numpy as np

from rag.search import retrieve
from rag.search.embed import get_embedder
from rag.search.titlevecs import title_forms


def test_forms_are_each_alias_as_printed_lowered_and_with_its_first_letter_raised_or_lowered():
    entries = [{"aliases": ["Nghị quyết 7", "NQ  7"]}, {"aliases": ["kế hoạch của huyện"]}, {}]
    assert title_forms(entries) == ["Nghị quyết 7", "nghị quyết 7", "NQ 7", "nq 7", "nQ 7",
                                    "kế hoạch của huyện", "Kế hoạch của huyện"]


def test_kept_vectors_are_those_the_names_get_alone(index, built_index):
    embedder = get_embedder(built_index)
    assert index.title_model == embedder.model_id
    assert set(index.title_vectors) == set(title_forms([d.entry for d in index.docs.values()]))
    for text in list(index.title_vectors)[::7]:
        assert np.array_equal(index.title_vectors[text], embedder.queries([text])[0])


class _Counting:
    """The real embedder, counting the texts it is given."""

    def __init__(self, real):
        self.real, self.texts = real, []
        self.model_id, self.dim = real.model_id, real.dim

    def queries(self, texts):
        self.texts += list(texts)
        return self.real.queries(texts)


def test_a_kept_name_is_not_embedded_and_an_unkept_spelling_is(index, built_index, monkeypatch):
    embedder = _Counting(get_embedder(built_index))
    kept = next(t for t in index.title_vectors if t[:1].isupper())
    titles = retrieve._TitleVectors()
    _, vecs = titles.embed(embedder, ["Câu hỏi về văn bản"], [kept], index.title_vectors)
    assert embedder.texts == ["Câu hỏi về văn bản"]
    assert np.array_equal(vecs[0], index.title_vectors[kept])
    odd = kept.upper() + " nọ"                                   # a spelling no alias has
    assert odd not in index.title_vectors
    _, vecs = titles.embed(embedder, ["Câu hỏi khác"], [odd, kept], index.title_vectors)
    assert embedder.texts[1:] == ["Câu hỏi khác", odd]
    assert np.array_equal(vecs[0], embedder.real.queries([odd])[0])
    assert np.array_equal(vecs[1], index.title_vectors[kept])
