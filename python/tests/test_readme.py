"""The README's Python examples run as written. The spaCy one is skipped where spaCy is not
installed, except in CI (NHAN_REQUIRE_SPACY=1), where it must run."""

import importlib.util
import json
import os
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
WHEEL_README = Path(__file__).resolve().parents[1] / "README.md"


def blocks():
    text = README.read_text(encoding="utf-8")
    section = text[text.find("\n## Python") : text.find("\n## Spark")]
    found = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    found += re.findall(r"```python\n(.*?)```", WHEEL_README.read_text(encoding="utf-8"), flags=re.S)
    return found


@pytest.mark.parametrize("code", blocks())
def test_readme_block_runs(code):
    if "import spacy" in code and importlib.util.find_spec("spacy") is None and not os.environ.get("NHAN_REQUIRE_SPACY"):
        pytest.skip("spaCy is not installed")
    exec(compile(code, str(README), "exec"), {})


def test_readme_has_the_python_examples():
    assert len(blocks()) >= 3


def test_readme_spark_figures_are_what_the_scripts_print(tmp_path):
    """The corpus the Spark section makes is the one it describes (the span counts depend on
    the rules, so the README does not quote them)."""
    import subprocess
    import sys

    text = README.read_text(encoding="utf-8")
    section = text[text.find("\n## Spark") :]
    docs = re.search(r"make_corpus\.py \S+ --docs (\d+)", section).group(1)
    printed = re.search(r"`make_corpus\.py` prints `([^`]*)`", section).group(1)
    script = README.parent / "examples" / "spark" / "make_corpus.py"
    out = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "c.jsonl"), "--docs", docs], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == printed
    # The job's bytes= is the UTF-8 size of the texts it read.
    size = sum(len(json.loads(line)["text"].encode()) for line in open(tmp_path / "c.jsonl", encoding="utf-8"))
    assert f"documents={docs} bytes={size} " in section
