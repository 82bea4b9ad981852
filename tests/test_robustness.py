"""Any input gets a parse or one clear error, never a traceback; a crashing rule costs only itself."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import FIXTURES, SEEDS
from gilint.cli import app
from gilint.examples import EXAMPLE_REPORT
from gilint.readers import UnreadableFile, read_bytes

REAL = [path.read_bytes() for path in SEEDS] + [EXAMPLE_REPORT.read_bytes()]
PAGE = (FIXTURES / "formats" / "report-utf8.html").read_bytes()


def parse_or_refuse(data: bytes, name: str = "x.txt"):
    """The reader's whole contract: a Report, or UnreadableFile with a reason."""
    try:
        return read_bytes(name, data)
    except UnreadableFile as error:
        assert str(error)
        return None


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    parse_or_refuse(data)


def rule_crashes(engine, report) -> list[str]:
    """The built-in rules must read any report the readers produce: a crash is reported, never raised,
    so it has to be looked for in the findings."""
    return [violation.message for violation in engine.run(report) if "内部错误" in violation.message]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([(original, "x.txt") for original in REAL] + [(PAGE, "x.html")]), st.data())
def test_mutated_reports(engine, source, data):
    original, name = source
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 20))):
        position = data.draw(st.integers(0, len(mutated) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        if action == "flip":
            mutated[position] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del mutated[position:position + data.draw(st.integers(1, 200))]
        else:
            mutated[position:position] = data.draw(st.sampled_from(
                [b"|", b"\t", b"\n", b" |\n", "（".encode(), b"0", b"<td>", b"</tr>", "年".encode(), "件".encode()]))
        if not mutated:
            break
    report = parse_or_refuse(bytes(mutated), name)
    if report is not None:
        assert rule_crashes(engine, report) == []


def test_truncation_at_every_line(engine):
    """Cut a report after every line (so at every table boundary) and check what is left."""
    for original in REAL[:2] + REAL[4:]:
        lines = original.split(b"\n")
        for end in range(len(lines)):
            report = parse_or_refuse(b"\n".join(lines[:end]))
            if report is not None:
                assert rule_crashes(engine, report) == []


def test_crashing_plugin_rule_is_reported_with_its_code_and_the_rest_still_run(tmp_path):
    (tmp_path / "boom.py").write_text(
        "from gilint.rule import Rule\n\n"
        "class Boom(Rule):\n    code = 'X900'\n    name = 'boom'\n    summary = why = 'x'\n"
        "    def check(self, report):\n        raise ZeroDivisionError('division by zero')\n", encoding="utf-8")
    broken = tmp_path / "r.txt"
    broken.write_text(EXAMPLE_REPORT.read_text(encoding="utf-8").replace("3\t1\t3\t1\t8\t", "3\t1\t3\t1\t9\t"), encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(broken), str(EXAMPLE_REPORT), "--rules-dir", str(tmp_path),
                                      "--output-format", "concise"])
    assert "X900 规则 X900（boom）内部错误：ZeroDivisionError: division by zero" in result.output
    assert result.output.count(": X900 ") == 2  # once per file
    assert "GI104" in result.output  # the other rules still ran
    assert "Traceback" not in result.output


def test_size_limit_and_directories_named_like_reports(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(EXAMPLE_REPORT.read_bytes() * 400)  # about 1.3 MB
    (tmp_path / "folder.txt").mkdir()
    result = CliRunner().invoke(app, ["check", str(big), str(tmp_path / "folder.txt"), str(EXAMPLE_REPORT),
                                      "--max-file-size", "1", "--output-format", "concise"])
    assert result.exit_code == 2
    assert f"{big}:1:1: GI000 无法检查此文件：文件过大（1 MB，上限 1 MB" in result.output
    assert "检查了 2 个文件" in result.output  # the folder holds no report; the others were checked


def test_time_limit_skips_a_slow_file(tmp_path):
    (tmp_path / "slow.py").write_text(
        "import time\nfrom gilint.rule import Rule\n\n"
        "class Slow(Rule):\n    code = 'X901'\n    name = 'slow'\n    summary = why = 'x'\n"
        "    def check(self, report):\n        time.sleep(5)\n        return []\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(EXAMPLE_REPORT), "--rules-dir", str(tmp_path),
                                      "--timeout", "0.2", "--output-format", "concise"])
    assert result.exit_code == 2
    assert "GI000 无法检查此文件：处理超过 0.2 秒，已跳过" in result.output
