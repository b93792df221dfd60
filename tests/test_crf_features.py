"""The taggers' features computed once per sentence (rag.crf_features) are underthesea's own, string for string,
and the tags read from them are the same."""
import importlib

import pytest

pytest.importorskip("underthesea")

from rag.crf_features import TAGGER_MODULES, sentence_features  # noqa: E402
from rag.nlp import ner, word_tokenize  # noqa: E402

SENTENCES = [
    "Ông Nguyễn Văn An, Bí thư Tỉnh ủy Lạng Sơn, ký văn bản ngày 12/3/2024.",
    "ai ký",
    "Hội Nông dân xã phối hợp với Hợp tác xã Tân Phú tổ chức tập huấn cho bà con.",
    "Kiều bào ở Nhật Bản và Hàn Quốc được mời về dự Tết Nguyên đán tại Hà Nội",
    "Team mình cần deadline cụ thể cho KPI quý II/2025 nhé!",
    "X",
    "\"Đoàn kết, đoàn kết, đại đoàn kết\" – thành công, thành công, đại thành công.",
]


def _feature_module(module_name: str):
    return importlib.import_module(module_name.rsplit(".", 1)[0] + ".tagged_feature")


def _slow(module_name: str):
    """underthesea's own sentence2features: word2features for each word."""
    features = _feature_module(module_name)
    return lambda self, s: [features.word2features(s, i, self.template) for i in range(len(s))]


def _predictor(module_name: str):
    from underthesea.util.singleton import Singleton

    module = importlib.import_module(module_name)
    return next(v for v in vars(module).values() if isinstance(v, Singleton)).Instance()


@pytest.mark.parametrize("module_name", TAGGER_MODULES)
def test_features_are_underthesea_s_own(module_name):
    ner()
    from underthesea import chunk, pos_tag

    template = _predictor(module_name).transformer.template
    functions = _feature_module(module_name).apply_function
    # the rows each tagger builds: (word, "X"), (word, pos, "X"), (word, pos, chunk, "X")
    rows = {"pos_tag": lambda t: [(w, "X") for w in word_tokenize()(t)],
            "chunking": lambda t: [(w, p, "X") for w, p in pos_tag(t)],
            "ner": lambda t: [(w, p, c, "X") for w, p, c in chunk(t)]}[module_name.split(".")[2]]
    for text in SENTENCES:
        sent = rows(text)
        assert sent
        assert sentence_features(sent, template, functions) == _slow(module_name)(_predictor(module_name).transformer, sent)
    assert sentence_features([], template, functions) == []


def test_installed_and_tags_unchanged():
    tagger = ner()
    classes = {m: importlib.import_module(m).TaggedTransformer for m in TAGGER_MODULES}
    assert all(getattr(c.sentence2features, "_rag_fast", False) for c in classes.values())
    texts = ["Ông Trần Văn Bình làm việc ở Ủy ban Mặt trận Tổ quốc tỉnh Cà Mau từ năm 2019.",
             "Chi hội Cựu chiến binh ấp Bình Hòa họp với Đảng ủy xã về việc vận động kiều bào ở Pháp."]
    fast = [tagger(t) for t in texts]
    saved = {m: c.sentence2features for m, c in classes.items()}
    try:
        for m, c in classes.items():
            c.sentence2features = _slow(m)
        slow = [tagger(t) for t in texts]
    finally:
        for m, c in classes.items():
            c.sentence2features = saved[m]
    assert fast == slow
    assert any(tag.endswith("PER") for *_, tag in fast[0])
