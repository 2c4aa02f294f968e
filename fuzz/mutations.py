"""Hypothesis strategies for the suite's property tests: real seed inputs, mutated.

``mutated(seeds)`` draws one of a target's seeds and applies byte flips, cuts, insertions and
splices; ``hostile_json(seed)`` parses a JSON seed and replaces one value at a random place with a
hostile one (huge or deep numbers and strings, wrong types, deep nesting), keeping it valid JSON.
"""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import strategies as st

_HOSTILE_VALUES: list[Any] = [
    None, True, -1, 0, 2**63, -(2**63) - 1, 10**30, 1e308, -0.0, "", "\u0000", "\ud800x", "💥" * 5000, "A" * 100_000,
    [], {}, [None] * 1000, {"": None}, "../../etc/passwd", "=1+1", "NaN", "1e999999",
]


def fuzz_examples(count: int) -> int:
    """The suite's example count for a fuzz test, times FUZZ_EXAMPLES_SCALE (for a longer search)."""
    try:
        scale = max(1, int(os.environ.get("FUZZ_EXAMPLES_SCALE", "1")))
    except ValueError:
        scale = 1
    return count * scale


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed with 1–4 random edits (flip, cut, insert, duplicate a slice, overwrite with a number)."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        if len(data) < 2:
            break
        at = draw(st.integers(1, len(data) - 1))  # byte 0 picks the mode: kept
        kind = draw(st.sampled_from(("flip", "cut", "insert", "splice", "digits")))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "splice":
            end = min(len(data), at + draw(st.integers(1, 256)))
            data[at:at] = data[at:end] * draw(st.integers(1, 8))
        else:
            data[at:at] = draw(st.sampled_from((b"9" * 30, b"-1", b"[" * 2000, b"\xff\xfe", b'"', b"<", b"&#0;")))
    return bytes(data)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:20]):
            found += _places(item, (*path, index))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replace(copy[head], rest, new)
    return copy


@st.composite
def hostile_json(draw: st.DrawFn, document: bytes) -> bytes:
    """``document`` (JSON) with one value, anywhere, replaced by a hostile one; or deeply nested."""
    parsed = json.loads(document)
    if draw(st.integers(0, 9)) == 0:
        depth = draw(st.sampled_from((1000, 100_000)))
        return b"[" * depth + b"]" * depth
    place = draw(st.sampled_from(_places(parsed)))
    new = draw(st.one_of(st.sampled_from(_HOSTILE_VALUES), st.integers(), st.text(max_size=40),
                         st.recursive(st.none() | st.integers() | st.text(max_size=8),
                                      lambda inner: st.lists(inner, max_size=4)
                                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=10)))
    return json.dumps(_replace(parsed, place, new), ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


def draw_input(data: st.DataObject, target: Any, seeds: list[bytes]) -> bytes:
    """One hostile input for ``target``: a mutated seed, or (for a JSON mode) a seed's JSON made hostile."""
    json_seeds = [s for s in seeds if target.modes[s[0]] in _JSON_MODES]
    if json_seeds and data.draw(st.booleans()):
        seed = data.draw(st.sampled_from(json_seeds))
        return seed[:1] + data.draw(hostile_json(seed[1:]))
    return data.draw(mutated(seeds))


_JSON_MODES = ("header", "manifest", "payload", "content", "json")

_TARGETS: dict[str, tuple[Any, list[bytes]]] = {}


def fuzz_once(reader: str, data: st.DataObject) -> None:
    """One hypothesis example against ``reader``'s target on the shared world; raises Crash on a failure."""
    import importlib

    from fuzz.harness import Scratch, check
    from fuzz.world import shared

    if reader not in _TARGETS:
        target = importlib.import_module(f"fuzz.fuzz_{reader}").TARGET(shared(), Scratch())
        _TARGETS[reader] = (target, target.seeds())
    target, seeds = _TARGETS[reader]
    check(lambda: target.run(draw_input(data, target, seeds)))
