"""Each name a module of the package binds at its top level is bound once: a second pattern under the name of an
earlier one silently replaces it for every function that reads it (a list's "who" aside once took the name of the
gap pattern a passive verb's subject is read through, and "Nine shoppers and the van's driver, who was found
stabbed in the cab, were killed" lost its figure). Ruff checks redefined functions and imports, not assignments."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "include" / "newsfacts"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [n for n, count in names.items() if count > 1] == []


def test_a_second_binding_is_found() -> None:
    tree = ast.parse("_GAP = 1\n\ndef f() -> None: ...\n_GAP = 2\n")
    assert _top_level_names(tree)["_GAP"] == 2
