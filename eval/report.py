"""A self-contained HTML report (inline CSS and SVG, no outside asset): metrics by split and kind,
a bar chart of hit@k, a latency histogram, and every question with pass/fail and its cited paragraphs."""
from __future__ import annotations

import html
from datetime import datetime, timezone

from eval.run import COLUMNS


def _fmt(v, key: str) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return "–"
    if key == "questions" or key.startswith("latency"):
        return f"{v:.0f}"
    return f"{v:.3f}"


def _bars(summary: dict) -> str:
    s = summary.get("all", {})
    items = [(k, s.get(k)) for k in ("unit_hit@1", "unit_hit@5", "unit_mrr@10", "doc_hit@1",
                                            "first_citation_correct", "fact_recall", "refusal_accuracy")]
    w, bar = 560, 26
    items = [(k, v) for k, v in items if v is not None]
    rows = []
    for i, (k, v) in enumerate(items):
        y = i * (bar + 8)
        rows.append(f'<text x="0" y="{y + 18}" font-size="13">{html.escape(k)}</text>'
                    f'<rect x="190" y="{y}" width="{(w - 250) * v:.1f}" height="{bar}" fill="#2f6fad"/>'
                    f'<text x="{195 + (w - 250) * v:.1f}" y="{y + 18}" font-size="13">{v:.2f}</text>')
    return f'<svg width="{w}" height="{len(items) * (bar + 8)}" role="img">{"".join(rows)}</svg>'


def _histogram(latencies: list[float]) -> str:
    if not latencies:
        return ""
    hi = max(latencies) or 1.0
    bins = 20
    counts = [0] * bins
    for v in latencies:
        counts[min(bins - 1, int(v / hi * bins))] += 1
    w, h = 560, 160
    top = max(counts) or 1
    bw = w / bins
    rects = "".join(f'<rect x="{i * bw:.1f}" y="{h - 20 - (h - 30) * c / top:.1f}" width="{bw - 2:.1f}" '
                    f'height="{(h - 30) * c / top:.1f}" fill="#c0504d"/>' for i, c in enumerate(counts))
    return (f'<svg width="{w}" height="{h}" role="img">{rects}'
            f'<text x="0" y="{h - 4}" font-size="12">0 ms</text>'
            f'<text x="{w - 80}" y="{h - 4}" font-size="12">{hi:.0f} ms</text></svg>')


def decision_curve(per_q: list[dict], results: list[dict]) -> list[tuple[float, float, float]]:
    """(threshold, refusal accuracy, false refusals) over this run's questions: a question the model decided
    is refused when its score is under the threshold; the others keep their outcome (hard refusals,
    structure and table answers)."""
    res = {r["id"]: r for r in results}
    rows = [(s["answerable"], (res[s["id"]].get("decision") or {}).get("score"), s["refused"]) for s in per_q]
    una = [r for r in rows if not r[0]]
    ans = [r for r in rows if r[0]]
    if not una or not ans:
        return []
    out = []
    for t in sorted({0.0, 1.0, *[sc for _, sc, _ in rows if sc is not None]}):
        refused = lambda r: (r[1] < t) if r[1] is not None else r[2]  # noqa: E731
        out.append((t, sum(map(refused, una)) / len(una), sum(map(refused, ans)) / len(ans)))
    return out


def _decision(per_q: list[dict], results: list[dict]) -> str:
    from rag.decision.answerability import model

    m = model()
    coef = "".join(f"<tr><td>{html.escape(f)}</td><td>{c:+.3f}</td><td>{mu:.3f}</td><td>{sd:.3f}</td></tr>"
                   for f, c, mu, sd in zip(m["features"], m["coef"], m["mean"], m["scale"]))
    pts = decision_curve(per_q, results)
    w, h, pad = 420, 300, 40
    X = lambda fr: pad + (w - 2 * pad) * fr  # noqa: E731
    Y = lambda ra: h - pad - (h - 2 * pad) * ra  # noqa: E731
    line = " ".join(f"{X(fr):.1f},{Y(ra):.1f}" for _, ra, fr in sorted(pts, key=lambda p: (p[2], p[1])))
    op = min(pts, key=lambda p: abs(p[0] - m["threshold"])) if pts else None
    mark = (f'<circle cx="{X(op[2]):.1f}" cy="{Y(op[1]):.1f}" r="5" fill="#c0392b"/>'
            f'<text x="{X(op[2]) + 8:.1f}" y="{Y(op[1]) + 4:.1f}" font-size="12">ngưỡng {m["threshold"]:.2f}: '
            f'{op[1]:.2f} / {op[2]:.2f}</text>') if op else ""
    svg = (f'<svg width="{w}" height="{h}" role="img"><rect x="{pad}" y="{pad}" width="{w - 2 * pad}" height="{h - 2 * pad}" '
           f'fill="none" stroke="#999"/><polyline points="{line}" fill="none" stroke="#2f6fad" stroke-width="2"/>{mark}'
           f'<text x="{pad}" y="{h - 8}" font-size="12">tỷ lệ từ chối nhầm (0 → 1)</text>'
           f'<text x="4" y="{pad - 10}" font-size="12">độ chính xác khi từ chối (0 → 1)</text></svg>')
    trained = ", ".join(f"{k}: {v}" for k, v in m.get("trained_on", {}).items())
    return (f"<h2>Quyết định trả lời hay từ chối</h2><p>Mô hình hồi quy logistic (rag/data/answerability.json), "
            f"huấn luyện trên {html.escape(trained)}; hệ số trên đặc trưng đã chuẩn hóa:</p>"
            f"<table><tr><th>đặc trưng</th><th>hệ số</th><th>trung bình</th><th>độ lệch</th></tr>{coef}"
            f"<tr><td>hệ số chặn</td><td>{m['intercept']:+.3f}</td><td></td><td></td></tr></table>"
            f"<p>Đường cong trên lần chạy này (mỗi điểm là một ngưỡng):</p>{svg}")


def render(summary: dict, per_q: list[dict], results: list[dict], questions: list[dict], title: str) -> str:
    qs = {q["id"]: q for q in questions}
    res = {r["id"]: r for r in results}
    head = "".join(f"<th>{html.escape(c)}</th>" for c, _ in COLUMNS)
    rows = "".join(f"<tr><td>{html.escape(g)}</td>" + "".join(f"<td>{_fmt(s.get(k), k)}</td>" for _, k in COLUMNS)
                   + "</tr>" for g, s in summary.items())
    items = []
    for s in per_q:
        q, r = qs[s["id"]], res[s["id"]]
        ok = (s["refused"] if not s["answerable"] else (not s["refused"] and s.get("first_citation_correct") == 1.0))
        cites = "".join(f"<li><b>[{c['n']}] {html.escape(c['path'])}</b><br>{html.escape(c['text'])}</li>"
                        for c in r.get("citations", []))
        gold = ", ".join(q.get("gold_units", []) or [g["quote"] for g in q.get("gold", []) if isinstance(g, dict)]) \
            or "(không có câu trả lời trong văn bản)"
        items.append(
            f'<details class="{"pass" if ok else "fail"}"><summary>{"✔" if ok else "✘"} {html.escape(s["id"])} '
            f'[{html.escape(s.get("kind", ""))}/{html.escape(s.get("split", ""))}] {html.escape(q["question"])}</summary>'
            f'<p><b>Trả lời:</b></p><pre>{html.escape(r.get("answer", ""))}</pre>'
            f'<p><b>Đơn vị đúng:</b> {html.escape(gold)}</p><ul>{cites}</ul></details>')
    latencies = [s["latency_ms"] for s in per_q]
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:3px 6px;text-align:right}}td:first-child{{text-align:left}}
details{{margin:4px 0;padding:4px;border-left:4px solid #999}}details.pass{{border-color:#2e8b57}}
details.fail{{border-color:#c0392b;background:#fff5f5}}pre{{white-space:pre-wrap}}</style></head><body>
<h1>{html.escape(title)}</h1><p>{when}</p>
<h2>Chỉ số</h2><table><tr><th>nhóm</th>{head}</tr>{rows}</table>
<h2>hit@k và độ chính xác (tất cả câu hỏi)</h2>{_bars(summary)}
<h2>Phân bố độ trễ</h2>{_histogram(latencies)}
{_decision(per_q, results)}
<h2>Từng câu hỏi</h2>{"".join(items)}</body></html>"""
