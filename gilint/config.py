"""The configuration: `[tool.gilint]` in pyproject.toml, or a gilint.toml / .gilint.toml, found as ruff finds its own.

For each checked file the closest configuration file up the folder tree applies
(files are never merged); `--config` names one file for every checked file.
Paths in a file are relative to the folder it is in. Command-line options win
over the file. Every key, rule code and option is checked: a typo is an error
that names the file and the key, never a setting silently ignored.
"""

from __future__ import annotations

import difflib
import fnmatch
import json
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from gilint.engine import Engine
from gilint.model import Position
from gilint.registry import RuleError, load_rules
from gilint.reportset import ReportSet
from gilint.rule import SEVERITIES, Rule, Violation
from gilint.suppress import Marker, Suppression, apply, marker_suppressions
from gilint.text import norm

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FILE_NAMES = (".gilint.toml", "gilint.toml", "pyproject.toml")  # in one folder, the first found wins
KEYS = {  # key -> (type, what it is, for messages and `gilint config`)
    "select": (list, "只运行这些规则（代码或前缀）"),
    "extend-select": (list, "在 select 之外再运行这些规则"),
    "ignore": (list, "不运行这些规则（代码或前缀）"),
    "per-file-ignores": (dict, "文件（glob）-> 在这些文件中不报告的规则"),
    "severity": (dict, "规则代码或前缀 -> error 或 warning"),
    "options": (dict, "规则代码 -> 规则的选项"),
    "body-names": (dict, "文件（glob）-> 报告所属机关的名称（跨报告检查用）"),
    "rules-dirs": (list, "额外的规则目录"),
    "exclude": (list, "在目录中查找报告时跳过的文件（glob），如 README.md"),
    "suppress": (list, "逐条压制：path、code，可选 cell、line、reason"),
}
SUPPRESS_KEYS = {"path": str, "code": str, "cell": str, "line": int, "reason": str}
TYPE_NAMES = {list: "列表", dict: "表（table）", str: "字符串", int: "整数", float: "数", bool: "true 或 false"}


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and the key."""


@dataclass
class Overrides:
    """What the command line says; it wins over the configuration file."""

    config: Path | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rules_dirs: list[Path] = field(default_factory=list)


def find_config(folder: Path) -> Path | None:
    """The closest configuration file at or above `folder`; a pyproject.toml without [tool.gilint] does not count."""
    for directory in (folder, *folder.parents):
        for name in FILE_NAMES:
            candidate = directory / name
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _table(candidate) is not None):
                return candidate
    return None


def _table(path: Path) -> dict | None:
    """The gilint settings in a file: all of gilint.toml, [tool.gilint] of pyproject.toml (None if absent)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: 无法读取配置文件：{error}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("gilint")
    return data


def _prefix(path: Path) -> str:
    return "tool.gilint." if path.name == "pyproject.toml" else ""


def _closest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"（是不是 {close[0]}？）" if close else ""


@dataclass
class Settings:
    """The settings in effect for the files one configuration file governs (or the defaults)."""

    path: Path | None  # the configuration file; None when there is none
    root: Path  # the folder paths in it are relative to
    rules: dict[str, type[Rule]]  # every known rule
    values: dict[str, object]  # key -> value in effect
    origin: dict[str, str]  # key -> where the value came from
    overrides: Overrides = field(default_factory=Overrides)
    suppress_lines: list[int] = field(default_factory=list)  # line of each [[suppress]] entry

    @cached_property
    def enabled(self) -> dict[str, Rule]:
        """The rules that run, by code, with their severity and options from the configuration."""
        return {code: self._instance(code) for code in self.chosen}

    @cached_property
    def chosen(self) -> list[str]:
        cli = self.overrides
        return choose(list(self.rules), self.values["select"], self.values["extend-select"], self.values["ignore"],
                      cli.select, cli.extend_select, cli.ignore)

    @cached_property
    def engine(self) -> Engine:
        """One engine per configuration, so the rules over several reports see all the files it governs."""
        return Engine(list(self.enabled.values()), ReportSet(self.body_name))

    def severity_of(self, code: str) -> str | None:
        """The severity the configuration sets for a rule (the most specific prefix), if any."""
        severities = self.values["severity"]
        return next((severities[key] for key in sorted(severities, key=len, reverse=True) if code.startswith(key)), None)

    def _instance(self, code: str) -> Rule:
        rule, severity = self.rules[code], self.severity_of(code)
        options = self.values["options"].get(code)
        return rule(severity=severity, options=options) if options else rule(severity=severity)

    def relative(self, path: str) -> str:
        """A checked file as the configuration's globs see it: relative to the configuration's folder."""
        if path == "-":
            return path
        full = Path(os.path.abspath(path))
        try:
            return full.relative_to(self.root).as_posix()
        except ValueError:
            return full.as_posix()

    def _globbed(self, key: str, path: str) -> list:
        relative = self.relative(path)
        return [value for pattern, value in self.values[key].items()
                if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern)]

    def excluded(self, path: str) -> bool:
        """Whether a file found in a folder is not a report to check (a README, notes)."""
        relative = self.relative(path)
        return any(fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern)
                   for pattern in self.values["exclude"])

    def ignored(self, path: str, code: str) -> bool:
        """Whether per-file-ignores silence this code in this file."""
        return any(code.startswith(prefix) for codes in self._globbed("per-file-ignores", path) for prefix in codes)

    def body_name(self, path: str) -> str | None:
        names = self._globbed("body-names", path)
        return norm(names[-1]) if names else None

    def suppressions(self) -> list[Suppression]:
        found = []
        for entry, line in zip(self.values["suppress"], self.suppress_lines):
            pattern, cell, at_line = entry["path"], entry.get("cell"), entry.get("line")
            detail = "".join(f"、{key}={entry[key]}" for key in ("cell", "line") if key in entry)
            found.append(Suppression(
                entry["code"],
                lambda path, pattern=pattern: fnmatch.fnmatch(self.relative(path), pattern),
                lambda v, cell=cell, at_line=at_line: (cell is None or cell in v.cells)
                and (at_line is None or v.at.line == at_line),
                str(self.path), Position(line, 1),
                f"配置中的压制条目（path={pattern}、code={entry['code']}{detail}）"))
        return found


def choose(codes: list[str], select: list[str] | None, extend: list[str], ignore: list[str],
           cli_select: list[str] | None, cli_extend: list[str], cli_ignore: list[str]) -> list[str]:
    """Rules chosen by prefix in two layers, as ruff does: the file, then the command line.

    A layer's `select` starts the choice afresh (so `--select` on the command line
    replaces the file's choice, ignores included); `extend-select` adds; `ignore` removes.
    """
    chosen = set(codes)
    for layer_select, layer_extend, layer_ignore in ((select, extend, ignore), (cli_select, cli_extend, cli_ignore)):
        if layer_select is not None:
            chosen = {code for code in codes if any(code.startswith(p) for p in layer_select)}
        chosen |= {code for code in codes if any(code.startswith(p) for p in layer_extend)}
        chosen -= {code for code in codes if any(code.startswith(p) for p in layer_ignore)}
    return [code for code in codes if code in chosen]


DEFAULTS = {"select": None, "extend-select": [], "ignore": [], "per-file-ignores": {}, "severity": {},
            "options": {}, "body-names": {}, "rules-dirs": [], "exclude": [], "suppress": []}


def load(path: Path | None, overrides: Overrides) -> Settings:
    """Read and check one configuration file (or none: the defaults), with the command line on top."""
    table = {} if path is None else _table(path)
    if table is None:
        raise ConfigError(f"{path}: 没有 [tool.gilint] 部分")
    where = str(path) if path else "默认"
    prefix = _prefix(path) if path else ""
    values = {key: value for key, value in DEFAULTS.items()}
    origin = {key: "默认" for key in DEFAULTS}
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: 未知的配置项 {prefix}{key}{_closest(key, KEYS)}；可用的配置项：{', '.join(KEYS)}")
        kind = KEYS[key][0]
        if not isinstance(value, kind):
            raise ConfigError(f"{path}: 配置项 {prefix}{key} 应是{TYPE_NAMES[kind]}")
        values[key], origin[key] = value, where
    root = path.parent.resolve() if path else Path.cwd()
    folders = [root / folder for folder in values["rules-dirs"]] + list(overrides.rules_dirs)
    try:
        rules = load_rules(folders)
    except RuleError as error:
        raise ConfigError(f"{path or ''}{': ' if path else ''}{error}") from None
    settings = Settings(path, root, rules, values, origin, overrides)
    _check(settings, prefix, table)
    if path is not None:
        settings.suppress_lines = _entry_lines(path, len(values["suppress"]))
    return settings


def _check(settings: Settings, prefix: str, table: dict) -> None:
    """Every code, severity, option and suppression in the file must mean something."""
    rules, values, path = settings.rules, settings.values, settings.path

    def codes(key: str, given: list, exact: bool = False) -> None:
        for code in given:
            if not isinstance(code, str) or not code:
                raise ConfigError(f"{path}: {prefix}{key} 中的 {code!r} 应是规则代码（字符串）")
            if not any(known == code if exact else known.startswith(code) for known in rules):
                raise ConfigError(f"{path}: {prefix}{key} 中有未知的规则代码 {code}{_closest(code, rules)}"
                                  "（gilint rules 列出全部规则）")

    for key in ("select", "extend-select", "ignore"):
        if key in table:
            codes(key, table[key])
    for pattern, given in values["per-file-ignores"].items():
        if not isinstance(given, list):
            raise ConfigError(f"{path}: {prefix}per-file-ignores.\"{pattern}\" 应是规则代码的列表")
        codes(f'per-file-ignores."{pattern}"', given)
    for key, level in values["severity"].items():
        codes("severity", [key])
        if level not in SEVERITIES:
            raise ConfigError(f"{path}: {prefix}severity.{key} 应是 \"error\" 或 \"warning\"，不是 {level!r}")
    for name, body in values["body-names"].items():
        if not isinstance(body, str) or not body.strip():
            raise ConfigError(f"{path}: {prefix}body-names.\"{name}\" 应是机关名称（字符串）")
    for code, options in values["options"].items():
        codes("options", [code], exact=True)
        _check_options(settings, f"{prefix}options.{code}", code, options)
    for index, entry in enumerate(values["suppress"], 1):
        _check_entry(settings, f"{prefix}suppress 第 {index} 条", entry)


def _check_options(settings: Settings, key: str, code: str, options) -> None:
    rule, path = settings.rules[code], settings.path
    if not isinstance(options, dict):
        raise ConfigError(f"{path}: {key} 应是表（table），如 [{key}]")
    for name, value in options.items():
        if name not in rule.options:
            known = "、".join(rule.options) or "（这条规则没有选项）"
            raise ConfigError(f"{path}: {key} 中有未知的选项 {name}{_closest(name, rule.options)}；{code} 的选项：{known}")
        default = rule.options[name]
        expected = (int, float) if isinstance(default, (int, float)) and not isinstance(default, bool) else type(default)
        if not isinstance(value, expected) or isinstance(value, bool) != isinstance(default, bool):
            raise ConfigError(f"{path}: {key}.{name} 应是{TYPE_NAMES[type(default)]}，如 {default!r}")
    try:
        rule(options=options)
    except ValueError as error:
        raise ConfigError(f"{path}: {key}：{error}") from None


def _check_entry(settings: Settings, key: str, entry) -> None:
    path = settings.path
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: {key} 应是表（table），写作 [[suppress]]")
    for name, value in entry.items():
        if name not in SUPPRESS_KEYS:
            raise ConfigError(f"{path}: {key} 中有未知的键 {name}{_closest(name, SUPPRESS_KEYS)}；"
                              f"可用的键：{', '.join(SUPPRESS_KEYS)}")
        if not isinstance(value, SUPPRESS_KEYS[name]):
            raise ConfigError(f"{path}: {key} 的 {name} 应是{TYPE_NAMES[SUPPRESS_KEYS[name]]}")
    missing = [name for name in ("path", "code") if name not in entry]
    if missing:
        raise ConfigError(f"{path}: {key} 缺少 {'、'.join(missing)}")
    if entry["code"] not in settings.rules:
        raise ConfigError(f"{path}: {key} 中有未知的规则代码 {entry['code']}{_closest(entry['code'], settings.rules)}")


def _entry_lines(path: Path, count: int) -> list[int]:
    """The line of each [[suppress]] entry in the file, so an unused one can be pointed at."""
    lines = path.read_text(encoding="utf-8").splitlines()
    headers = [n for n, line in enumerate(lines, 1) if line.strip().startswith("[[") and "suppress" in line]
    first = next((n for n, line in enumerate(lines, 1) if "suppress" in line), 1)
    return (headers + [first] * count)[:count]


def describe(settings: Settings) -> str:
    """`gilint config`: every setting in effect and where it came from."""
    def shown(value) -> str:
        return json.dumps(value, ensure_ascii=False)

    where = f"{settings.path}（{_prefix(settings.path) or '整个文件'}）" if settings.path else "没有（使用默认设置）"
    lines = [f"配置文件：{where}", f"路径相对于：{settings.root}", ""]
    for key in KEYS:
        if key != "options":
            value = settings.values[key]
            lines.append(f"{key} = {'（未设置：全部规则）' if value is None else shown(value)}    # {settings.origin[key]}")
    lines += ["", f"运行的规则（{len(settings.enabled)} 条）："]
    lines += [f"  {code}  {rule.name:<26} {rule.severity}" for code, rule in settings.enabled.items()]
    lines += ["", "规则选项（[options.代码]）："]
    for code, rule in settings.rules.items():
        configured = settings.values["options"].get(code, {})
        for name, default in rule.options.items():
            origin = str(settings.path) if name in configured else "规则默认"
            lines.append(f"  {code}.{name} = {shown(configured.get(name, default))}    # {origin}")
    return "\n".join(lines) + "\n"


class Resolver:
    """The settings for each checked file: the closest configuration file, read once."""

    def __init__(self, overrides: Overrides):
        self.overrides = overrides
        self._by_folder: dict[Path, Path | None] = {}
        self._by_file: dict[Path | None, Settings] = {}
        self._by_path: dict[str, Settings] = {}  # asked several times per checked file

    def config_path(self, path: str) -> Path | None:
        if self.overrides.config is not None:
            return self.overrides.config.resolve()
        full = Path.cwd() if path == "-" else Path(os.path.abspath(path))
        folder = full if os.path.isdir(full) else full.parent  # os.path: False, not an error, where access is denied
        if folder not in self._by_folder:
            self._by_folder[folder] = find_config(folder)
        return self._by_folder[folder]

    def settings_for(self, path: str) -> Settings:
        if path not in self._by_path:
            config = self.config_path(path)
            if config not in self._by_file:
                self._by_file[config] = load(config, self.overrides)
            self._by_path[path] = self._by_file[config]
        return self._by_path[path]

    def all(self) -> list[Settings]:
        """Every configuration met so far."""
        return list(self._by_file.values())

    def settle(self, violations: list[Violation], checked: list[str], markers: dict[str, list[Marker]],
               baseline: list[Suppression] = ()) -> list[Violation]:
        """The findings as the configuration wants them: per-file ignores, then every suppression.

        Suppressions that silence nothing come back as GI009 findings.
        """
        kept = [v for v in violations if not self.settings_for(v.path or "-").ignored(v.path, v.code)]
        for violation in kept:  # a rule may choose a severity per finding; the configuration has the last word
            settings = self.settings_for(violation.path or "-")
            if violation.code in settings.rules:  # not GI000: an unreadable file is not a rule's finding
                violation.severity = settings.severity_of(violation.code) or violation.severity
        suppressions = [s for path, found in markers.items() for s in marker_suppressions(path, found)]
        suppressions += [s for settings in self.all() for s in settings.suppressions()] + list(baseline)
        known = {code for settings in self.all() for code in settings.rules}
        settled = apply(kept, suppressions, checked, self._ran, known)
        return sorted(settled, key=Violation.sort_key)

    def _ran(self, path: str) -> dict[str, Rule]:
        """The rules whose findings a file's suppressions can meet: those enabled, less its per-file ignores
        (a noqa for a rule ignored in that file silences nothing, but is not wrong)."""
        settings = self.settings_for(path)
        return {code: rule for code, rule in settings.enabled.items() if not settings.ignored(path, code)}
