"""The README's Python examples run as written (the spaCy one where spaCy is installed)."""

import importlib.util
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def blocks():
    if not README.exists():
        return []
    text = README.read_text(encoding="utf-8")
    section = text[text.find("\n## Python") : text.find("\n## Spark")]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


@pytest.mark.parametrize("code", blocks() or [pytest.param("", marks=pytest.mark.skip("no README"))])
def test_readme_block_runs(code):
    if "import spacy" in code and importlib.util.find_spec("spacy") is None:
        pytest.skip("spaCy is not installed")
    exec(compile(code, str(README), "exec"), {})


def test_readme_has_the_python_examples():
    assert len(blocks()) >= 3
