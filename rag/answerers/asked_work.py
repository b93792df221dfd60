"""The head words of the work one ask of a deadline names ("… hạn xây dựng nhà văn hóa là ngày nào" -> "nhà văn",
"… yêu cầu quán triệt xong trước ngày nào" -> "quán triệt"), read from underthesea's parts of speech (rag.nlp.tags).

A deadline belongs to a piece of work: a verb and what it makes or acts on, the nouns right after it ("ban hành
chương trình, kế hoạch", "xây dựng nhà văn hóa"). Its head words are those objects, or the verb itself when it acts
on nothing the question types ("quán triệt xong trước ngày nào", "quán triệt tới cán bộ") or on a word of one
syllable ("đại hội điểm"); a verb followed by another verb of two syllables governs it and is no work ("yêu cầu
quán triệt"), while one of one syllable is a modal or a word of time ("quán triệt phải xong"). Only words of two syllables or more count (their folded terms, as rag.answerers.deadlines
reads the tasks): one syllable ("ra", "làm", "tỉnh") and words of time or asking ("ngày", "thời hạn", "xong") name
no work. A text whose verbs give none (the tagger reads "quán triệt" as a noun before "là") is read by its nouns; a
text without such a word names no work of its own: empty. Typed without marks, the tagger reads fewer
words as verbs and nouns, and fewer head words are found.
"""
from __future__ import annotations

from rag.nlp import tags
from rag.text import fold, with_bigrams, words

# words that join one object to the next ("chương trình và kế hoạch")
JOINING = frozenset(("va", "hoac", "cung"))
# syllables of time and of asking (folded): a term holding one names no work ("bao giờ", "hoàn thành", "thời hạn")
TIME_WORDS = frozenset("ngay nao truoc xong han khi luc gio may nam thang quy moc thoi hoan sau tuan hen"
                       " gi dau".split())


def terms(text: str) -> set[str]:
    """The two-syllable terms of a text (folded) that hold no syllable of time or of asking: the words of the work
    ("quán triệt", "kế hoạch", "báo cáo"); one syllable alone, a date or "xong trước ngày nào" says no work."""
    return {t for t in with_bigrams(words(fold(text))) if "_" in t and not (set(t.split("_")) & TIME_WORDS)
            and not any(ch.isdigit() for ch in t)}


def heads(text: str) -> set[str]:
    """The terms of the works the text asks a deadline of: each verb's objects (the nouns right after it, joined by
    commas or "và": "ban hành chương trình, kế hoạch"), or the verb itself when nothing it acts on follows it
    ("quán triệt xong", "quán triệt tới cán bộ"); with no verb, or none of these, its nouns. Empty when none is a
    word of two syllables or more."""
    tagged = [(w, pos) for w, pos, *_ in tags(" ".join(text.split()))]
    if not any(pos == "V" for _, pos in tagged):
        return set().union(*(terms(w) for w, pos in tagged if pos.startswith("N")))
    out: set[str] = set()
    for k, (verb, pos) in enumerate(tagged):
        if pos != "V":
            continue
        objects, acted_on = set(), False
        for w, p in tagged[k + 1:]:
            if p.startswith("N"):
                objects |= terms(w)
                acted_on = True
            elif not (p == "L" or w == "," or fold(w) in JOINING):
                break
        if acted_on:
            # what it acts on; a verb whose object is one syllable is the work's word ("đại hội điểm")
            out |= objects or terms(verb)
        elif k + 1 < len(tagged) and tagged[k + 1][1] == "V" and terms(tagged[k + 1][0]):
            continue          # a verb that governs the next work: "yêu cầu quán triệt", "tổ chức đại hội …"
        else:
            out |= terms(verb)
    # no work said around a verb ("hạn quán triệt là bao giờ", read with "là" the only verb): its nouns
    return out or set().union(*(terms(w) for w, pos in tagged if pos.startswith("N")))

