"""The README's Python examples run as written (the spaCy one where spaCy is installed)."""

import importlib.util
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
WHEEL_README = Path(__file__).resolve().parents[1] / "README.md"


def blocks():
    found = []
    if README.exists():
        text = README.read_text(encoding="utf-8")
        section = text[text.find("\n## Python") : text.find("\n## Spark")]
        found += re.findall(r"```python\n(.*?)```", section, flags=re.S)
    if WHEEL_README.exists():
        found += re.findall(r"```python\n(.*?)```", WHEEL_README.read_text(encoding="utf-8"), flags=re.S)
    return found


@pytest.mark.parametrize("code", blocks() or [pytest.param("", marks=pytest.mark.skip("no README"))])
def test_readme_block_runs(code):
    if "import spacy" in code and importlib.util.find_spec("spacy") is None:
        pytest.skip("spaCy is not installed")
    exec(compile(code, str(README), "exec"), {})


def test_readme_has_the_python_examples():
    assert len(blocks()) >= 4
