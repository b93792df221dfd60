"""Batch runner: ask every question once (models loaded once), write one JSON line per question, and
score the lines against the question set's gold fields (eval.metrics)."""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from eval.gold import quote_gold_for
from eval.metrics import aggregate, any_alternative, score_question
from rag.errors import RagError
from rag.pipeline import get_assistant

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
# the user-style set, written independently of the project (README there); beside the repository
USER_QUESTIONS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval-user" / "questions.jsonl"
# a second user-style set in the same format, written for us by writers who saw only the texts (eval/cadre/README.md)
CADRE_QUESTIONS = Path(__file__).resolve().parent / "cadre" / "questions.jsonl"
# a third one, written on 2026-11-26 the same way by two other writers (eval/fresh/README.md)
FRESH_QUESTIONS = Path(__file__).resolve().parent / "fresh" / "questions.jsonl"
# a fourth (80 questions), focused on overview, structure, aggregation, cited documents, near-misses (eval/focus/README.md)
FOCUS_QUESTIONS = Path(__file__).resolve().parent / "focus" / "questions.jsonl"
# a fifth (60), each question in a sentence form of its own: overview, structure, paraphrase, near-miss (eval/wide/README.md)
WIDE_QUESTIONS = Path(__file__).resolve().parent / "wide" / "questions.jsonl"
# a sixth (60): aggregation, cited documents, metadata, informal names, near-misses and absent topics (eval/mix/README.md)
MIX_QUESTIONS = Path(__file__).resolve().parent / "mix" / "questions.jsonl"
# a seventh (60): overview, structure, paraphrase, near-miss in two writers' voices, forms the others miss (eval/plain/README.md)
PLAIN_QUESTIONS = Path(__file__).resolve().parent / "plain" / "questions.jsonl"
# an eighth (120): four writers' voices (district secretaries, press and academy, retired cadres, mass organisations),
# every kind the user set has but typo/accent/abbreviation/cited documents as kinds of their own (eval/voices/README.md)
VOICES_QUESTIONS = Path(__file__).resolve().parent / "voices" / "questions.jsonl"
# a ninth (120): four more voices (commune Front officials, young staff on phones, inspection and legal officers,
# ethnic and religious affairs staff), the same mix of kinds as the eighth, held out for a whole session (eval/field/README.md)
FIELD_QUESTIONS = Path(__file__).resolve().parent / "field" / "questions.jsonl"
# a tenth (120): HĐND/UBND staff, political-school lecturers, rural Farmers' Union officers, a newsroom's fact-check
# desk; the same mix of kinds, held out for the whole seventh session (eval/panel/README.md)
PANEL_QUESTIONS = Path(__file__).resolve().parent / "panel" / "questions.jsonl"
# an eleventh (120): Women's Union officers, army and police political officers, retired cadres, exam trainees; the
# same mix of kinds, written at the start of the eighth session and held out for all of it (eval/cohort/README.md)
COHORT_QUESTIONS = Path(__file__).resolve().parent / "cohort" / "questions.jsonl"
# a twelfth (120): Party committee office staff, ethnic and religious affairs cadres, propaganda staff and local
# journalists, Front members on phones; the mix adds cited documents; held out for the ninth session (eval/forum/README.md)
FORUM_QUESTIONS = Path(__file__).resolve().parent / "forum" / "questions.jsonl"
# a thirteenth (120): commune Party secretaries, political-school learners and lecturers, officials of mass
# organisations for specific groups, Party inspection staff; held out for the tenth session (eval/hall/README.md)
HALL_QUESTIONS = Path(__file__).resolve().parent / "hall" / "questions.jsonl"
# a fourteenth (120): business-association staff, Central-region officials writing in dialect, cadres of newly merged
# communes, political-science researchers; held out for the eleventh session (eval/desk/README.md)
DESK_QUESTIONS = Path(__file__).resolve().parent / "desk" / "questions.jsonl"
# a fifteenth (120): Southern-dialect ward and hamlet cadres, provincial journalists and propaganda staff, retired
# veterans, young Youth Union secretaries and new Party members; held out for the twelfth session (eval/court/README.md)
COURT_QUESTIONS = Path(__file__).resolve().parent / "court" / "questions.jsonl"
# a sixteenth (120): political-school lecturers, Women's Union officers, inspection-committee and Party-office staff
# writing in abbreviations, trade-union officers; held out for the thirteenth session (eval/guild/README.md)
GUILD_QUESTIONS = Path(__file__).resolve().parent / "guild" / "questions.jsonl"
# a seventeenth (120): Fatherland Front and mass-organisation officers, retired Party-cell secretaries typing on a
# phone, People's Council delegates and staff, political officers of the army and police; held out for the
# fourteenth session (eval/circle/README.md)
CIRCLE_QUESTIONS = Path(__file__).resolve().parent / "circle" / "questions.jsonl"
# an eighteenth (120): Party-committee office staff drafting follow-up plans, foreign-affairs and overseas-Vietnamese
# officers, Farmers' Association and cooperative leaders, young urban staff mixing English words into Vietnamese;
# held out for the fifteenth session (eval/chamber/README.md)
CHAMBER_QUESTIONS = Path(__file__).resolve().parent / "chamber" / "questions.jsonl"
# a nineteenth (120): district and commune mass-mobilisation (dân vận) cadres, political-theory students revising for
# an exam, people typing terse search-box keyword queries, heads of public service units and sector offices asking
# what the documents ask of their group of people; held out for the sixteenth session (eval/council/README.md)
COUNCIL_QUESTIONS = Path(__file__).resolve().parent / "council" / "questions.jsonl"
# a twentieth (120): organisers of a quiz contest on the resolution drafting its questions, users speaking to a voice
# assistant (speech-to-text: no punctuation, numbers spelled as words), legal-affairs officers of a provincial
# department, high-school civic-education teachers preparing a lesson; held out for the seventeenth session
# (eval/senate/README.md)
SENATE_QUESTIONS = Path(__file__).resolve().parent / "senate" / "questions.jsonl"
# a twenty-first (120): newly admitted Party members preparing their end-of-probation self-study notes, citizens
# messaging a local authority's chat page, records clerks of a district Party office, propaganda-department cadres
# building a briefing slide deck; held out for the eighteenth session (eval/assembly/README.md)
ASSEMBLY_QUESTIONS = Path(__file__).resolve().parent / "assembly" / "questions.jsonl"
# a twenty-second (120): officers for overseas Vietnamese, district organisation-department staff drafting an
# interim review, hotline operators typing up callers' questions, ward officials of a Mekong-delta city; held out
# for the nineteenth session (eval/congress/README.md)
CONGRESS_QUESTIONS = Path(__file__).resolve().parent / "congress" / "questions.jsonl"
# a twenty-third (60), weighted to the weak kinds: moderators of a district fan page, residential-area Party cell
# secretaries; fresh tuning material of the nineteenth session (eval/caucus/README.md)
CAUCUS_QUESTIONS = Path(__file__).resolve().parent / "caucus" / "questions.jsonl"
# a twenty-fourth (120): trade-union officials, ethnic-minority commune officials, a provincial reporter, retired
# cadres; held out for the whole twentieth session (eval/convention/README.md)
CONVENTION_QUESTIONS = Path(__file__).resolve().parent / "convention" / "questions.jsonl"
# a twenty-fifth (120): a ward Fatherland Front chair, a political-school lecturer, a foreign-affairs officer, a
# Mekong-delta Farmers' Association officer; held out for the whole twenty-first session (eval/conference/README.md)
CONFERENCE_QUESTIONS = Path(__file__).resolve().parent / "conference" / "questions.jsonl"
# a twenty-sixth (120): a district Mass Mobilization officer, a Youth Union secretary, an Inspection Committee
# officer, a religious and ethnic affairs officer; held out for the whole twenty-second session (eval/plenum/README.md)
PLENUM_QUESTIONS = Path(__file__).resolve().parent / "plenum" / "questions.jsonl"
# a twenty-seventh (60): a veterans' association chairman, a political-science student; held out for the whole
# twenty-third session (eval/summit/README.md)
SUMMIT_QUESTIONS = Path(__file__).resolve().parent / "summit" / "questions.jsonl"
# a twenty-eighth (120): a Khmer commune vice-chairman, a provincial Party newspaper reporter, a young ward cell secretary typing on a phone, an Ê Đê village cell secretary; held out for the whole twenty-fourth session (eval/roundtable/README.md)
ROUNDTABLE_QUESTIONS = Path(__file__).resolve().parent / "roundtable" / "questions.jsonl"
# a twenty-ninth (120): a retired teacher heading a Huế residential area's Front work committee, a Catholic parish council member in Nam Định, a trade-union chairwoman in a Bình Dương industrial park, a district Propaganda Department specialist preparing slides; held out for the whole twenty-fifth session (eval/square/README.md)
SQUARE_QUESTIONS = Path(__file__).resolve().parent / "square" / "questions.jsonl"
# a thirtieth (120): the vice-chair of a commune Women's Union in Thanh Hóa, a Hoa community representative in Chợ Lớn, a furniture-company owner in Hà Nội, a Lào Cai commune clerk typing without diacritics; held out for the whole twenty-sixth session (eval/commons/README.md)
COMMONS_QUESTIONS = Path(__file__).resolve().parent / "commons" / "questions.jsonl"
# a thirty-first (120): a veterans' association chairman in Nghệ An, a Youth Union secretary in Đà Nẵng, a Catholic parish council member in Nam Định, a Khmer commune vice-chair in Sóc Trăng; held out for the whole twenty-seventh session (eval/quorum/README.md)
QUORUM_QUESTIONS = Path(__file__).resolve().parent / "quorum" / "questions.jsonl"
# a thirty-second (120): a retired teacher and Party cell secretary in Hà Nội, a provincial Party newspaper reporter in Quảng Ninh, a Tày Women's Union chair in Cao Bằng dictating by voice, a factory Party cell secretary and HR manager in Bình Dương; held out for the whole twenty-eighth session (eval/agora/README.md)
AGORA_QUESTIONS = Path(__file__).resolve().parent / "agora" / "questions.jsonl"
# a thirty-third (120): a Buddhist nun of the Sangha in Huế on the provincial Front committee, a grade-11 student doing civic-education homework, a fishermen's association chairman in Quảng Ngãi writing Quảng speech, a ministry personnel officer pasting fragments of the texts; held out for the whole twenty-ninth session (eval/rally/README.md)
RALLY_QUESTIONS = Path(__file__).resolve().parent / "rally" / "questions.jsonl"
# a thirty-fourth (120): a Vietnamese grocery wholesaler in Prague typing half his questions without marks, a district Party office chief of staff in Thái Bình typing abbreviation-heavy notes, an 83-year-old Party member in Hưng Yên dictating long preambles to his grandson, a commune police deputy chief in Bình Phước on security; held out for the whole thirtieth session (eval/tribune/README.md)
TRIBUNE_QUESTIONS = Path(__file__).resolve().parent / "tribune" / "questions.jsonl"
SETS = {"own": QUESTIONS, "user": USER_QUESTIONS, "cadre": CADRE_QUESTIONS, "fresh": FRESH_QUESTIONS,
        "focus": FOCUS_QUESTIONS, "wide": WIDE_QUESTIONS, "mix": MIX_QUESTIONS,
        "plain": PLAIN_QUESTIONS, "voices": VOICES_QUESTIONS, "field": FIELD_QUESTIONS,
        "panel": PANEL_QUESTIONS, "cohort": COHORT_QUESTIONS, "forum": FORUM_QUESTIONS,
        "hall": HALL_QUESTIONS, "desk": DESK_QUESTIONS,
        "court": COURT_QUESTIONS, "guild": GUILD_QUESTIONS,
        "circle": CIRCLE_QUESTIONS, "chamber": CHAMBER_QUESTIONS, "council": COUNCIL_QUESTIONS,
        "senate": SENATE_QUESTIONS, "assembly": ASSEMBLY_QUESTIONS,
        "congress": CONGRESS_QUESTIONS,
        "caucus": CAUCUS_QUESTIONS,
        "convention": CONVENTION_QUESTIONS,
        "conference": CONFERENCE_QUESTIONS,
        "plenum": PLENUM_QUESTIONS,
        "summit": SUMMIT_QUESTIONS,
        "roundtable": ROUNDTABLE_QUESTIONS,
        "square": SQUARE_QUESTIONS,
        "commons": COMMONS_QUESTIONS,
        "quorum": QUORUM_QUESTIONS,
        "agora": AGORA_QUESTIONS,
        "rally": RALLY_QUESTIONS,
        "tribune": TRIBUNE_QUESTIONS}
GROUPS = {"both": ["own", "user"], "all": ["own", "user", "cadre", "fresh", "focus", "wide", "mix", "plain",
                                               "voices", "field", "panel", "cohort", "forum", "hall", "desk",
                                               "court", "guild", "circle", "chamber", "council", "senate",
                                               "assembly", "congress", "caucus", "convention", "conference", "plenum", "summit", "roundtable", "square", "commons", "quorum", "agora", "rally", "tribune"]}


def load_questions(path: Path, split: str | None = None) -> list[dict]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            raise SystemExit(f"{path}:{n}: not JSON ({e})") from None
        if "id" not in q or "question" not in q:
            raise SystemExit(f"{path}:{n}: each line needs \"id\" and \"question\"")
        if split and q.get("split") != split:
            continue
        out.append(q)
    return out


def _progress(items, enabled: bool):
    if enabled and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(items, desc="questions", unit="q")
    return items


def run_questions(settings, questions: list[dict], progress: bool = True) -> list[dict]:
    """One result line per question: the `python -m rag --json` shape plus id (and split/kind if given)."""
    assistant = get_assistant(settings).warm()       # the first question's latency is not model loading
    results = []
    for q in _progress(questions, progress):
        history = []
        try:
            for prev in q.get("history", []):
                history.append(assistant.ask(prev, history=list(history)))
            answer = assistant.ask(q["question"], scope=q.get("scope"), history=history)
            line = answer.to_json()
        except RagError as e:
            line = {"question": q["question"], "answer": str(e), "refused": True, "error": str(e),
                    "citations": [], "retrieved": [], "timings_ms": {"total": 0.0}}
        line = {"id": q["id"], **{k: q[k] for k in ("split", "kind") if k in q}, **line}
        results.append(line)
    return results


def scorer(questions_path: Path | None):
    """How one question's result is scored: by unit ids (our set) or by quotes (a set whose `gold` holds
    {seed, quote}, scored by that set's README rules)."""
    def _score(result: dict, q: dict) -> dict:
        if isinstance(q.get("gold"), list) and questions_path is not None:
            matcher = quote_gold_for(str(questions_path))
            each = [lambda item, g=g: matcher.is_gold(item.get("text", ""), [g]) for g in q["gold"]]
            return score_question(result, q, is_gold=lambda item: matcher.is_gold(item.get("text", ""), q["gold"]),
                                  fact_ok=any_alternative, each_gold=each)
        return score_question(result, q)
    return _score


def score(results: list[dict], questions: list[dict], questions_path: Path | None = None) -> tuple[list[dict], dict]:
    """Per-question scores and the summary by split and by kind (only for questions with gold fields)."""
    gold = {q["id"]: q for q in questions if "answerable" in q}
    score_one = scorer(questions_path)
    per_q = []
    for r in results:
        if r["id"] in gold:
            s = score_one(r, gold[r["id"]])
            per_q.append({"id": r["id"], "split": gold[r["id"]].get("split", ""),
                          "kind": gold[r["id"]].get("kind", ""), "latency_ms": r["timings_ms"].get("total", 0.0), **s})
    groups: dict[str, list[dict]] = defaultdict(list)
    for s in per_q:
        groups["all"].append(s)
        groups[f"split:{s['split']}"].append(s)
        groups[f"kind:{s['kind']}"].append(s)
    summary = {g: aggregate(v, [x["latency_ms"] for x in v]) for g, v in sorted(groups.items())}
    return per_q, summary


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(l) for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]


COLUMNS = [("n", "questions"), ("hit@1", "unit_hit@1"), ("hit@5", "unit_hit@5"), ("MRR", "unit_mrr@10"),
           ("doc@1", "doc_hit@1"), ("cite1", "first_citation_correct"), ("citeAny", "any_citation_correct"), ("c.prec", "citation_precision"),
           ("goldCit", "gold_cited"),
           ("facts", "fact_recall"), ("refuse", "refusal_accuracy"), ("falseR", "false_refusal_rate"),
           ("p50ms", "latency_p50_ms"), ("p95ms", "latency_p95_ms")]


def table(summary: dict) -> str:
    head = f"{'group':<22}" + "".join(f"{c:>8}" for c, _ in COLUMNS)
    rows = [head, "-" * len(head)]
    for g, s in summary.items():
        cells = []
        for _, key in COLUMNS:
            v = s.get(key)
            if v is None or (isinstance(v, float) and v != v):
                cells.append(f"{'-':>8}")
            elif key in ("questions",) or key.startswith("latency"):
                cells.append(f"{v:>8.0f}")
            else:
                cells.append(f"{v:>8.3f}")
        rows.append(f"{g:<22}" + "".join(cells))
    return "\n".join(rows)


def compare(old: list[dict], new: list[dict], questions: list[dict], questions_path: Path | None = None) -> str:
    """What got better and worse, question by question."""
    gold = {q["id"]: q for q in questions if "answerable" in q}
    score_question = scorer(questions_path)
    o, n = {r["id"]: r for r in old}, {r["id"]: r for r in new}
    lines = []
    for qid in sorted(set(o) & set(n)):
        if qid not in gold:
            continue
        so, sn = score_question(o[qid], gold[qid]), score_question(n[qid], gold[qid])
        keys = ["correct_refusal"] if not gold[qid]["answerable"] else \
            ["refused", "unit_hit@1", "first_citation_correct", "fact_recall"]
        diffs = []
        for k in keys:
            a, b = so.get(k), sn.get(k)
            if a != b and a is not None and b is not None:
                better = (b < a) if k == "refused" else (b > a)
                diffs.append(f"{k} {float(a):.2f}→{float(b):.2f} {'better' if better else 'WORSE'}")
        if diffs:
            lines.append(f"{qid} [{gold[qid].get('kind', '')}] {gold[qid]['question'][:60]}: " + "; ".join(diffs))
    better = sum("better" in l for l in lines)
    worse = sum("WORSE" in l for l in lines)
    return "\n".join(lines + [f"{len(lines)} questions changed: {better} with improvements, {worse} with regressions"])
