"""Gold passages given as verbatim quotes (the user-style set in ../shared/eval-user), matched the way that
set's README scores them: a retrieved or cited unit is gold when its normalised text contains a gold quote's
normalised text and, when the unit's text can be placed in a seed document, that seed is the quote's.

Normalisation: NFD, combining marks dropped, lower case, đ→d, `[a-z0-9]+` tokens joined by single spaces.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path


def norm(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return " ".join(re.findall(r"[a-z0-9]+", s))


class QuoteGold:
    """Decides whether a passage text is gold for a question whose `gold` is a list of {seed, quote}."""

    def __init__(self, seeds_dir: Path):
        self.seeds = {p.name[:3]: norm(p.read_text(encoding="utf-8")) for p in sorted(Path(seeds_dir).glob("*.txt"))}
        if not self.seeds:
            # without the seeds every unit's seed is unknown and a quote found in another document would count:
            # scores would silently be more lenient than the set's own scorer
            from rag.errors import CorpusError

            raise CorpusError(f"quote gold needs the seed texts (NNN_*.txt) in {seeds_dir}: none found there; "
                              "put the shared folder beside the repository (README, STYLE.md)")

    @functools.lru_cache(maxsize=4096)
    def seeds_of(self, text: str) -> frozenset[str]:
        t = norm(text)
        probe = t[:120]
        return frozenset(k for k, v in self.seeds.items() if probe and probe in v)

    def is_gold(self, text: str, gold: list[dict]) -> bool:
        t = norm(text)
        src = self.seeds_of(text)
        return any(norm(g["quote"]) in t and (not src or g["seed"] in src) for g in gold)


# the originals of the bundled corpus (STYLE: ../shared/seeds beside the repository)
SHARED_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@functools.lru_cache(maxsize=8)
def quote_gold_for(questions_path: str) -> QuoteGold:
    """The matcher for a question file: its seeds are in `../seeds` beside the set's folder, else the shared originals."""
    beside = Path(questions_path).resolve().parent.parent / "seeds"
    return QuoteGold(beside if beside.is_dir() else SHARED_SEEDS)
