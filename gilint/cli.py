"""The command line: `gilint check`, `gilint parse`, `gilint rules`, `gilint rule`, `gilint config`."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="gilint：政府信息公开工作年度报告检查工具（linter for government information-disclosure annual reports）",
)

EXIT_CLEAN, EXIT_ERRORS, EXIT_BROKEN = 0, 1, 2


class OutputFormat(str, Enum):
    full = "full"
    concise = "concise"
    json = "json"
    json_lines = "json-lines"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"


def _split(values: list[str] | None) -> list[str]:
    return [code.strip() for value in values or [] for code in value.split(",") if code.strip()]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"gilint: {message}", err=True)
    return typer.Exit(EXIT_BROKEN)


def _load(rules_dir: list[Path] | None):
    from gilint.registry import RuleError, load_rules

    try:
        return load_rules(rules_dir or [])
    except RuleError as error:
        raise _fail(str(error)) from None


def _configured(config: Path | None, select, extend_select, ignore, rules_dir, files: list[str]):
    """The settings of every file, read before checking starts, so that a bad configuration stops the run (exit 2)."""
    from gilint.config import ConfigError, Overrides, Resolver

    overrides = Overrides(config, _split(select) or None, _split(extend_select), _split(ignore), rules_dir or [])
    resolver = Resolver(overrides)
    try:
        known = {code for path in files or ["-"] for code in resolver.settings_for(path).rules}
    except ConfigError as error:
        raise _fail(str(error)) from None
    unknown = [code for code in (overrides.select or []) + overrides.extend_select + overrides.ignore
               if not any(c.startswith(code) for c in known)]
    if unknown:
        raise _fail(f"未知的规则代码：{', '.join(unknown)}（gilint rules 列出全部规则）")
    return resolver


def _use_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="报告文件或目录（递归查找），- 表示标准输入")],
    select: Annotated[Optional[list[str]], typer.Option(help="只运行这些规则（代码或前缀，逗号分隔）")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(help="不运行这些规则（代码或前缀，逗号分隔）")] = None,
    extend_select: Annotated[Optional[list[str]], typer.Option(help="在配置选定的规则之外再运行这些规则")] = None,
    config: Annotated[Optional[Path], typer.Option(
        "--config", help="使用这个配置文件（pyproject.toml、gilint.toml），不再逐级向上查找")] = None,
    baseline: Annotated[Optional[Path], typer.Option(help="不报告基线文件中已记录的问题，只报告新问题")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option(
        help="把现在的全部问题写入基线文件，然后以状态 0 退出")] = None,
    output_format: Annotated[Optional[OutputFormat], typer.Option(
        "--output-format", help="输出格式（默认 full；在 GitHub Actions 中默认 github）")] = None,
    output_file: Annotated[Optional[Path], typer.Option(
        "--output-file", "-o", help="把结果写入此文件，终端只显示汇总行")] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="按规则统计问题数（代替逐条输出），最多的在前")] = False,
    strict: Annotated[bool, typer.Option(help="有警告时也以状态 1 退出")] = False,
    rules_dir: Annotated[Optional[list[Path]], typer.Option(help="额外的规则目录（.py 或 .toml）")] = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help="并行进程数（默认：CPU 核数；输出与串行相同）")] = None,
    max_file_size: Annotated[float, typer.Option(help="单个文件的大小上限（MB），超过的报告为无法读取")] = 20,
    timeout: Annotated[float, typer.Option(help="单个文件的处理时间上限（秒）")] = 30,
) -> None:
    """检查报告，输出 path:line:col: CODE message。退出状态：0 无错误，1 有错误，2 有文件无法读取或参数错误。"""
    from gilint.baseline import BaselineError, read, write as write_entries
    from gilint.files import discover, os_error
    from gilint.reporters import counts_by_rule, summary, write
    from gilint.run import Limits, check_paths, default_jobs

    if max_file_size <= 0 or timeout <= 0:
        raise _fail("--max-file-size 和 --timeout 应大于 0")
    found = discover(paths)
    resolver = _configured(config, select, extend_select, ignore, rules_dir, found)
    # `exclude` skips files met in folders; a file named on the command line is always checked, as in ruff
    files = [path for path in found if path in paths or not resolver.settings_for(path).excluded(path)]
    try:
        accepted = read(baseline) if baseline else []
    except BaselineError as error:
        raise _fail(str(error)) from None
    run = check_paths(files, lambda path: resolver.settings_for(path).engine, jobs or default_jobs(),
                      Limits(max_file_size, timeout))
    if not run.files:
        raise _fail("没有找到要检查的报告文件")
    run.violations = resolver.settle(run.violations, run.files, run.markers, accepted)
    if write_baseline:
        try:
            written = write_entries(write_baseline, run.violations)
        except OSError as error:
            raise _fail(f"无法写入 {write_baseline}：{os_error(error)}") from None
        typer.echo(f"已把 {written} 个问题写入基线 {write_baseline}；以后用 --baseline {write_baseline} 检查，只报告新问题。")
        for violation in run.violations:  # a file that could not be read has no problems to record: say why
            if violation.code == "GI000":
                typer.echo(f"{violation.path}: {violation.message}", err=True)
        raise typer.Exit(EXIT_BROKEN if run.unreadable else EXIT_CLEAN)
    if any(entry.used for entry in accepted):
        typer.echo(f"另有 {sum(entry.used for entry in accepted)} 个基线中已记录的问题未列出。", err=True)
    if output_format is None:
        output_format = OutputFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else OutputFormat.full
    if output_file:
        try:
            with open(output_file, "w", encoding="utf-8") as out:
                write(output_format.value, run, out)
        except OSError as error:
            raise _fail(f"无法写入 {output_file}：{os_error(error)}") from None
    as_json = output_format in (OutputFormat.json, OutputFormat.json_lines)
    if statistics:
        sys.stdout.write(counts_by_rule(run, as_json))
    if output_file or statistics:
        typer.echo(summary(run), err=statistics and as_json)  # JSON on standard output stays parseable
    else:
        write(output_format.value, run, sys.stdout, color=_use_color() and output_format is OutputFormat.full)
    if run.unreadable:
        raise typer.Exit(EXIT_BROKEN)
    failing = run.count("error") + (run.count("warning") if strict else 0)
    raise typer.Exit(EXIT_ERRORS if failing else EXIT_CLEAN)


@app.command("config")
def show_config(
    path: Annotated[str, typer.Argument(help="查看对这个文件或目录生效的配置")] = ".",
    config: Annotated[Optional[Path], typer.Option("--config", help="使用这个配置文件，不再逐级向上查找")] = None,
) -> None:
    """显示生效的配置：配置文件、每一项的值和来源、运行哪些规则、规则选项。"""
    from gilint.config import describe

    if not os.path.exists(path):
        raise _fail(f"{path} 不存在")
    typer.echo(describe(_configured(config, None, None, None, None, [path]).settings_for(path)), nl=False)


@app.command()
def parse(
    path: Annotated[str, typer.Argument(help="报告文件，- 表示标准输入")],
    format: Annotated[str, typer.Option("--format", help="输出格式：json")] = "json",
) -> None:
    """打印解析出的报告模型（report-model.md 中的 JSON），看 gilint 读懂了什么。"""
    from gilint.readers import UnreadableFile, read_path

    if format != "json":
        raise _fail(f"不支持的格式：{format}（只有 json）")
    try:
        report = read_path(path)
    except UnreadableFile as error:
        raise _fail(f"{path}: 无法读取：{error}") from None
    import json

    json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class RulesFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command("rules")
def list_rules(
    rules_dir: Annotated[Optional[list[Path]], typer.Option(help="额外的规则目录")] = None,
    format: Annotated[RulesFormat, typer.Option("--format", help="text、markdown（README 的规则表）或 json")] = RulesFormat.text,
) -> None:
    """列出全部规则：代码、名称、严重程度、检查什么。"""
    from gilint.docs import rules_table

    rules = _load(rules_dir)
    if format is RulesFormat.markdown:
        typer.echo(rules_table(rules), nl=False)
        return
    if format is RulesFormat.json:
        import json

        listed = [{"code": code, "name": rule.name, "severity": rule.severity, "summary": rule.summary}
                  for code, rule in rules.items()]
        typer.echo(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    for code, rule in rules.items():
        typer.echo(f"{code}  {rule.name:<24} {rule.severity:<8} {rule.summary}")


@app.command()
def rule(
    code: Annotated[str, typer.Argument(help="规则代码，如 GI101")],
    rules_dir: Annotated[Optional[list[Path]], typer.Option(help="额外的规则目录")] = None,
) -> None:
    """打印一条规则的说明：检查什么、为什么、错误和正确的示例。"""
    from gilint.docs import rule_doc

    rules = _load(rules_dir)
    if code.upper() not in rules:
        raise _fail(f"未知的规则代码：{code}（gilint rules 列出全部规则）")
    typer.echo(rule_doc(rules[code.upper()]), nl=False)


def main() -> None:
    # A terminal or pipe whose encoding has no Chinese (PYTHONIOENCODING=ascii) gets \uXXXX escapes, which
    # JSON reads back as the same text, instead of a traceback.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    app()
