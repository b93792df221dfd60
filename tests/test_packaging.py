"""`pip install -e .` builds without setuptools warnings (a newcomer read ~40 lines of package-discovery
warnings about `rag.data` as errors), and a built wheel holds the package data (`rag/data/*`).

Both builds are the hooks pip calls (`setuptools.build_meta.build_editable`, PEP 660, and `build_wheel`), run
on a copy of the project's sources so the work tree gets no `build/` or `*.egg-info`; no index, no network."""
import shutil
import subprocess
import sys
import zipfile

from conftest import ROOT

BUILD = "from setuptools import build_meta as b; import sys; print(getattr(b, sys.argv[1])(sys.argv[2]))"


def _build(hook: str, src, out) -> tuple[str, str]:
    out.mkdir()
    run = subprocess.run([sys.executable, "-c", BUILD, hook, str(out)], cwd=src, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(out)})
    log = (run.stdout + run.stderr).replace(str(out.parent), "TMP")     # the test's folder names hold "warnings"
    assert run.returncode == 0, log
    return log, run.stdout.strip().splitlines()[-1]


def test_builds_print_no_warnings_and_the_wheel_ships_the_data(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for pkg in ("rag", "ingest", "eval"):
        shutil.copytree(ROOT / pkg, src / pkg, ignore=shutil.ignore_patterns("__pycache__", "results"))
    log, name = _build("build_editable", src, tmp_path / "editable")
    assert [line for line in log.splitlines() if "warn" in line.lower()] == [], log
    assert name.startswith("hoi_dap_van_kien-0.1.0") and "editable" in name
    log, name = _build("build_wheel", src, tmp_path / "wheel")
    assert [line for line in log.splitlines() if "warn" in line.lower() and "byte-compil" not in line] == [], log
    names = set(zipfile.ZipFile(tmp_path / "wheel" / name).namelist())
    assert {"rag/data/across.tsv", "rag/data/synonyms.tsv", "rag/data/question_forms.toml"} <= names
    assert {"rag/answerers/work/tasks.py", "ingest/tasks.py", "eval/gold.py"} <= names
