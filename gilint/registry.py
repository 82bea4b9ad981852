"""Finding rules: the built-in `rules/` folder, the `gilint.rules` entry points, and user folders.

Built-in rules are loaded exactly like a user's: every `*.py` file in the
folder is imported by path and every `Rule` subclass in it with a `code` is
taken; every `*.toml` file may declare identity rules without any Python:

    [[identity]]
    code = "X101"
    name = "my-balance"
    table = "依申请"
    each = "column"
    identity = "一 + 二 = 三.七 + 四"
    summary = "…"
"""

from __future__ import annotations

import importlib.util
import inspect
import os
import sys
from functools import lru_cache
from pathlib import Path

from gilint import expr
from gilint.rule import SEVERITIES, IdentityRule, Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class RuleError(Exception):
    """A rule file or rule definition that cannot be used; the message names the file."""


def builtin_rules_dir() -> Path:
    """`gilint/rules` in an installed wheel, `rules/` beside the package in a checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "rules"
    return installed if installed.is_dir() else here.parent / "rules"


def _rules_in_module(module) -> list[type[Rule]]:
    return [
        value for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, Rule) and getattr(value, "code", None)
        and value.__module__ == module.__name__
    ]


def _load_python(path: Path) -> list[type[Rule]]:
    name = f"gilint_rules_{path.parent.name}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # a user's rule file may fail in any way; say which file
        raise RuleError(f"{path}: 无法加载规则文件：{type(error).__name__}: {error}") from None
    return _rules_in_module(module)


def _load_toml(path: Path) -> list[type[Rule]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RuleError(f"{path}: 无法读取规则文件：{error}") from None
    rules = []
    for index, entry in enumerate(data.get("identity", []), 1):
        rules.append(identity_rule(entry, f"{path} 第 {index} 个 [[identity]]"))
    return rules


def identity_rule(entry: dict, where: str) -> type[Rule]:
    """Build an IdentityRule class from a declarative entry, checking every field."""
    required = {"code", "name", "table", "identity"}
    allowed = required | {"each", "severity", "summary", "why"}
    missing, unknown = required - entry.keys(), entry.keys() - allowed
    if missing or unknown:
        problems = [f"缺少 {', '.join(sorted(missing))}" if missing else "",
                    f"未知的键 {', '.join(sorted(unknown))}" if unknown else ""]
        raise RuleError(f"{where}: {'；'.join(p for p in problems if p)}")
    if entry.get("each", "column") not in ("column", "row"):
        raise RuleError(f"{where}: each 只能是 column 或 row")
    if entry.get("severity", "error") not in SEVERITIES:
        raise RuleError(f"{where}: severity 只能是 error 或 warning")
    try:
        expr.parse(entry["identity"])
    except expr.ExpressionError as error:
        raise RuleError(f"{where}: {error}") from None
    return type(entry["code"], (IdentityRule,), {
        "code": entry["code"], "name": entry["name"], "table": entry["table"],
        "identity": entry["identity"], "each": entry.get("each", "column"),
        "severity": entry.get("severity", "error"),
        "summary": entry.get("summary", entry["identity"]), "why": entry.get("why", ""),
        "good": [],
    })


@lru_cache(maxsize=None)
def load_folder(folder: Path) -> tuple[type[Rule], ...]:
    """The rules in a folder, loaded once per run however many configuration files name it."""
    if not folder.is_dir():
        raise RuleError(f"{folder}: 规则目录不存在")
    rules: list[type[Rule]] = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".py" and not path.name.startswith("_"):
            rules += _load_python(path)
        elif path.suffix == ".toml":
            rules += _load_toml(path)
    return tuple(rules)


def _plugins_declared() -> bool:
    """Whether an installed distribution may declare `gilint.rules` entry points.

    A look at the entry_points.txt files on sys.path, so that the common run without
    plugins does not import importlib.metadata (about 20 ms of a 150 ms pre-commit run).
    """
    for folder in sys.path:
        if not folder or not os.path.isdir(folder):
            continue  # the current folder (a repository of reports) holds no installed distributions
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith((".dist-info", ".egg-info")):
                    try:
                        declared = Path(entry.path, "entry_points.txt").read_text(encoding="utf-8")
                    except (OSError, UnicodeDecodeError):
                        continue
                    if "gilint.rules" in declared:
                        return True
                elif entry.name.endswith(".egg"):
                    return True  # a zipped egg cannot be looked into cheaply: let importlib.metadata decide
    return False


def _entry_point_rules() -> list[type[Rule]]:
    if not _plugins_declared():
        return []
    from importlib.metadata import entry_points

    rules = []
    for entry in entry_points(group="gilint.rules"):
        try:
            loaded = entry.load()
        except Exception as error:  # a broken plugin must not stop the built-in rules
            raise RuleError(f"插件 {entry.name}（{entry.value}）无法加载：{error}") from None
        rules += [loaded] if inspect.isclass(loaded) else _rules_in_module(loaded)
    return rules


def load_rules(extra_folders: list[Path] = ()) -> dict[str, type[Rule]]:
    """Every rule by code, built-in first; a code defined twice is an error."""
    found: dict[str, type[Rule]] = {}
    sources = [load_folder(builtin_rules_dir()), _entry_point_rules()]
    sources += [load_folder(Path(folder)) for folder in extra_folders]
    for rules in sources:
        for rule in rules:
            if rule.code in found and found[rule.code] is not rule:
                raise RuleError(f"规则代码 {rule.code} 重复定义（{rule.name} 与 {found[rule.code].name}）")
            found[rule.code] = rule
    return dict(sorted(found.items()))
