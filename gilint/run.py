"""Checking a set of files: read each, run the rules, keep going past files that cannot be read.

Files are independent, so they can be spread over processes (`--jobs`); results come back in
the order of the files, so the output is the same as a serial run. Only the source lines that
violations point at are kept, so memory does not grow with the size of the reports.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

from gilint.engine import Engine
from gilint.files import display_path
from gilint.model import Position
from gilint.readers import UnreadableFile, read_path
from gilint.rule import Rule, Summary, Violation
from gilint.suppress import Marker, markers

UNREADABLE = "GI000"


@dataclass
class Run:
    violations: list[Violation] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    sources: dict[str, dict[int, str]] = field(default_factory=dict)  # path -> line number -> text, for context
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # code -> rule that ran, for SARIF's rule entries
    markers: dict[str, list[Marker]] = field(default_factory=dict)  # path -> its inline `gilint: noqa` markers

    def count(self, severity: str) -> int:
        return sum(1 for violation in self.violations if violation.severity == severity)


@dataclass
class FileResult:
    path: str
    violations: list[Violation]
    context: dict[int, str]  # the lines the violations point at
    readable: bool = True
    summaries: list[tuple[str, Summary]] = field(default_factory=list)  # what rules over several reports keep
    markers: list[Marker] = field(default_factory=list)


@dataclass(frozen=True)
class Limits:
    """What one file may cost; a file over a limit is reported unreadable, and the run goes on."""

    max_megabytes: float = 20
    seconds: float = 30


class _TooSlow(BaseException):
    """Not an Exception, so that the engine's guard against crashing rules does not swallow it."""


@contextmanager
def _time_limit(seconds: float):
    """Interrupt a file that takes too long (Unix main thread only; elsewhere no limit)."""
    if not (hasattr(signal, "setitimer") and seconds > 0 and threading.current_thread() is threading.main_thread()):
        yield
        return

    def interrupt(signum, frame):
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def unreadable(path: str, reason: str) -> Violation:
    return Violation(UNREADABLE, f"无法检查此文件：{reason}", Position(1, 1), "error", "unreadable-file", path=path)


def _read(path: str, limits: Limits):
    if os.path.isdir(path):
        if not os.access(path, os.R_OK | os.X_OK):
            raise UnreadableFile("无法打开这个目录（没有读取权限），其中的报告都没有检查")
        raise UnreadableFile("这是一个目录，不是报告文件")
    return read_path(path, limits.max_megabytes)


def check_file(path: str, engine: Engine, limits: Limits = Limits()) -> FileResult:
    shown = display_path(path)
    try:
        with _time_limit(limits.seconds):
            report = _read(path, limits)
            report.path = shown
            violations = engine.run(report)
            summaries, crashes = engine.summarize(report)
            violations += crashes
    except UnreadableFile as error:
        reason = str(error)
    except _TooSlow:
        reason = f"处理超过 {limits.seconds:g} 秒，已跳过（可用 --timeout 调整）"
    except Exception as error:  # a reader bug must cost one file, never the run
        reason = f"读取时出现内部错误（{type(error).__name__}: {error}），请报告此问题"
    else:
        context = {v.at.line: report.lines[v.at.line - 1] for v in violations if 0 < v.at.line <= len(report.lines)}
        return FileResult(shown, violations, context, summaries=summaries, markers=markers(report.lines))
    return FileResult(shown, [unreadable(shown, reason)], {}, readable=False)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


_worker: tuple[Callable[[str], Engine], Limits] | None = None  # inherited by forked workers


def _check_in_worker(path: str) -> FileResult:
    engine_for, limits = _worker
    return check_file(path, engine_for(path), limits)


def _results(paths: list[str], engine_for: Callable[[str], Engine], jobs: int, limits: Limits):
    parallel = jobs > 1 and len(paths) > 1 and "-" not in paths
    if parallel:
        import multiprocessing  # only here: a one-file run should not pay for importing it

        parallel = "fork" in multiprocessing.get_all_start_methods()
    if not parallel:
        yield from (check_file(path, engine_for(path), limits) for path in paths)
        return
    global _worker
    _worker = engine_for, limits
    chunk = max(1, min(32, len(paths) // (jobs * 8)))
    with multiprocessing.get_context("fork").Pool(min(jobs, len(paths))) as pool:
        yield from pool.imap(_check_in_worker, paths, chunksize=chunk)


def check_paths(paths: list[str], engine: Engine | Callable[[str], Engine], jobs: int = 1,
                limits: Limits = Limits()) -> Run:
    """Check every file; `engine` may instead choose an engine per file (one per configuration file)."""
    gc.freeze()  # modules and rules live for the whole run: keep the collector from rescanning them
    # A report's objects are freed by reference counting when its check ends; collecting cycles after every
    # 700 new objects (the default) only rescans them: ~5% of the instructions of a text report (callgrind).
    gc.set_threshold(50_000, 10, 10)
    engine_for = engine if callable(engine) else lambda path: engine
    engines = {id(engine_for(path)): engine_for(path) for path in paths}
    run = Run(rules={rule.code: type(rule) for used in engines.values() for rule in used.rules})
    for result in _results(paths, engine_for, jobs, limits):
        engine_for(result.path).keep(result.summaries)
        if result.markers:
            run.markers[result.path] = result.markers
        run.files.append(result.path)
        if not result.readable:
            run.unreadable.append(result.path)
        run.violations += result.violations
        if result.context:
            run.sources[result.path] = result.context
    for used in engines.values():
        run.violations += used.finish()
    run.violations.sort(key=Violation.sort_key)
    return run
