"""The shared vocabulary: Unit (a citable piece of a document), Passage (a retrieved unit with scores),
Citation (a unit quoted in an answer) and Answer."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Unit kinds. "body" units carry the document's content; the others carry its metadata blocks.
KINDS = ("header", "preamble", "body", "footnote", "recipients", "signature", "copy", "copy_recipients")


@dataclass(frozen=True)
class Unit:
    unit_id: str            # "<doc_id>:<anchor>", stable across re-ingests for the same position
    doc_id: str
    kind: str               # one of KINDS
    anchor: str             # position inside the document, e.g. "III.2.1.g4"
    path: str               # human citation path, "Nghị quyết 43-NQ/TW › III. … › 2.1 › gạch đầu dòng 4"
    headings: tuple[str, ...]  # full heading chain (no document label)
    para: int               # paragraph ordinal inside its section (1-based)
    seq: int                # order of the unit in the document (0-based)
    start: int              # character offsets into the cleaned document text
    end: int
    text: str               # verbatim cleaned text
    deadline: str = ""      # e.g. "hoàn thành trong quý I/2024"
    lead: str = ""          # italic lead of a dash bullet, e.g. "Xây dựng giai cấp nông dân Việt Nam"
    attached_to: str = ""   # for footnotes: the unit that references it
    doc_label: str = ""     # "Nghị quyết 43-NQ/TW"; the first element of `path`

    def to_dict(self) -> dict:
        d = asdict(self)
        d["headings"] = list(self.headings)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Unit":
        d = dict(d)
        d["headings"] = tuple(d.get("headings", ()))
        return cls(**d)


@dataclass
class Passage:
    unit: Unit
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    clause: float = float("nan")     # cosine of its best clause (rag.search.clauses); NaN when it has none


@dataclass
class Citation:
    n: int                  # the [n] marker
    unit_id: str
    doc: str                # document label, "Kế hoạch 21-KH/TW"
    doc_id: str
    path: str
    para: int
    text: str               # verbatim unit text, re-read from the store
    quote: str              # the span quoted in the answer (substring of text)
    quote_start: int = -1   # offsets of quote inside text
    quote_end: int = -1
    doc_meta: dict = field(default_factory=dict)  # kind, number, issuer, date


@dataclass
class Answer:
    question: str
    answer: str
    refused: bool
    citations: list[Citation]
    retrieved: list[Passage]
    timings_ms: dict[str, float]
    refusal_reason: str = ""
    low_confidence: bool = False
    scope: list[str] = field(default_factory=list)
    routed_docs: list[str] = field(default_factory=list)
    dropped_markers: int = 0
    mode: str = "extractive"
    decision: dict = field(default_factory=dict)   # the answerability score and its signals, when the model decided
    # a refusal's closing sentence pointing at the nearest passages listed beside it (the end of `answer`): a part's
    # refusal quoted inside another answer, where none are listed, leaves it out (rag.answerers.compound.asks)
    listed: str = ""

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "refusal_reason": self.refusal_reason,
            "low_confidence": self.low_confidence,
            "mode": self.mode,
            "citations": [
                {"n": c.n, "unit_id": c.unit_id, "doc": c.doc, "doc_id": c.doc_id, "path": c.path,
                 "para": c.para, "text": c.text, "quote": c.quote,
                 "quote_start": c.quote_start, "quote_end": c.quote_end}
                for c in self.citations
            ],
            "retrieved": [
                {"unit_id": p.unit.unit_id, "doc": p.unit.doc_label, "doc_id": p.unit.doc_id, "path": p.unit.path, "text": p.unit.text,
                 "score": round(p.score, 4)}
                for p in self.retrieved[:10]
            ],
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
            "decision": self.decision,
        }
