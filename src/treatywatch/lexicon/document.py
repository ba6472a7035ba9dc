"""A YAML file of the data, read with its node tree so that any fault names its line and place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .load import LexiconError

_M = TypeVar("_M", bound=BaseModel)


# libyaml's parser where PyYAML was built with it: the pack's 30 files load ~10x faster.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Only true/false are booleans (YAML 1.2): "no", "on", "off", "yes" stay words, so that a
    negation cue written `no` is not read as False."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class _Document:
    """One YAML file: its data, and its node tree to tell the line of any place in it."""

    def __init__(self, path: Path, shown: str) -> None:
        self.shown = shown
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"{shown}: top level: cannot be read: {exc}") from None
        loader = _Loader(text)
        try:
            self.node: yaml.Node | None = loader.get_single_node()
            if self.node is not None:
                self._refuse_repeated_keys(self.node)
            self.data: Any = loader.construct_document(self.node) if self.node is not None else None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "top level"
            raise LexiconError(f"{shown}: {where}: {exc.problem or exc}") from None
        except yaml.YAMLError as exc:
            raise LexiconError(f"{shown}: top level: {exc}") from None
        finally:
            loader.dispose()

    def _refuse_repeated_keys(self, node: yaml.Node) -> None:
        """YAML keeps the last of two equal keys: a second `ru:` would silently drop the first's names."""
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise LexiconError(f"{self.shown}: line {key.start_mark.line + 1}: "
                                           f"key {key.value!r} is written twice")
                    seen.add(key.value)
                self._refuse_repeated_keys(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                self._refuse_repeated_keys(item)

    def line(self, loc: Sequence[int | str]) -> int | None:
        """The line (1-based) of the deepest node that ``loc`` reaches."""
        node = self.node
        if node is None:
            return None
        line = node.start_mark.line + 1
        for step in loc:
            if isinstance(node, yaml.MappingNode):
                pair = next(((k, v) for k, v in node.value
                             if isinstance(k, yaml.ScalarNode) and k.value == str(step)), None)
                if pair is None:
                    break
                node, line = pair[1], pair[0].start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                node = node.value[step]
                line = node.start_mark.line + 1
            else:
                break
        return line

    def error(self, loc: Sequence[int | str], message: str) -> LexiconError:
        line = self.line(loc)
        place = _path(loc) or "top level"
        return LexiconError(f"{self.shown}: {f'line {line}, ' if line else ''}{place}: {message}")

    def parse(self, model: type[_M]) -> _M:
        if not isinstance(self.data, dict):
            found = type(self.data).__name__
            raise LexiconError(f"{self.shown}: top level: a mapping is needed, not {found}")
        try:
            return model.model_validate(self.data)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            message = first["msg"].removeprefix("Value error, ")
            more = exc.error_count() - 1
            message += f" (and {more} more)" if more else ""
            raise self.error(_file_loc(first["loc"]), message) from None


def _file_loc(loc: Sequence[int | str]) -> list[int | str]:
    """Pydantic's location less what it adds that is not in the file: ``[key]``, union branch names."""
    return [step for step in loc if isinstance(step, int) or not (step == "[key]" or step[:1].isupper())]


def _path(loc: Sequence[int | str]) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out
