"""Issue 6's folder of bad inputs: every file gets a parse or one clear reason, and the run goes on.

The timing goal (under 60 s) is measured by bench/bench.py, not asserted here; memory is asserted
because it does not depend on the machine's load.
"""

from __future__ import annotations

import random
import resource
import shutil
import subprocess
import sys
import zipfile

from conftest import FIXTURES, SEEDS
from gilint.examples import EXAMPLE_REPORT

GOOD = ["good.txt", "gbk.txt", "utf16.txt", "good.docx", "good.html"]
BAD = {
    "empty.txt": "文件为空",
    "random.txt": "无法识别文件编码",
    "nested.html": "未找到年度报告的内容",
    "text-named.pdf": "内容不是 PDF",
    "corrupt.docx": "不是有效的 Word 文档",
    "bomb.docx": "可能是压缩炸弹",
    "huge.txt": "文件过大",
}


def build(folder) -> None:
    text = SEEDS[1].read_text(encoding="utf-8")
    shutil.copy(SEEDS[1], folder / "good.txt")
    (folder / "gbk.txt").write_bytes(text.encode("gbk"))
    (folder / "utf16.txt").write_bytes(text.encode("utf-16"))
    shutil.copy(FIXTURES / "formats" / "report.docx", folder / "good.docx")
    shutil.copy(FIXTURES / "formats" / "report-utf8.html", folder / "good.html")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.txt").write_bytes(random.Random(6).randbytes(20_000))
    (folder / "truncated.txt").write_text(text[: len(text) // 2], encoding="utf-8")
    (folder / "text-named.pdf").write_text(text, encoding="utf-8")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04" + random.Random(7).randbytes(5000))
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"<w:p><w:r><w:t>0</w:t></w:r></w:p>" * 30_000
            for _ in range(1024 * 1024 * 1024 // len(chunk) + 1):  # 1 GiB of XML
                part.write(chunk)
    with open(folder / "huge.txt", "wb") as huge:  # 40 MB
        report = EXAMPLE_REPORT.read_bytes()
        huge.write(report * (40 * 1024 * 1024 // len(report) + 1))
    nested = "<div>" * 50_000 + "<p>一、总体情况</p>" + "</div>" * 50_000
    (folder / "nested.html").write_text(f"<html><body>{nested}</body></html>", encoding="utf-8")
    (folder / "folder-named-like-a-report.txt").mkdir()


def snapshot(folder) -> dict:
    return {path.name: (path.stat().st_size, path.stat().st_mtime_ns) for path in folder.iterdir()}


def test_a_folder_of_hostile_inputs(tmp_path):
    build(tmp_path)
    before = snapshot(tmp_path)
    result = subprocess.run([sys.executable, "-m", "gilint", "check", str(tmp_path), "--output-format", "concise"],
                            capture_output=True, text=True, cwd=tmp_path.parent)
    output = result.stdout + result.stderr
    assert result.returncode == 2
    assert "Traceback" not in output
    for name, reason in BAD.items():
        line = next((line for line in output.splitlines() if line.startswith(f"{tmp_path / name}:1:1: GI000 ")), None)
        assert line is not None, name
        assert reason in line and len(line.split("无法检查此文件：", 1)[1]) >= 4
    for name in GOOD:
        assert f"{tmp_path / name}:1:1: GI000" not in output, name
    # a truncated report is still a report: what is there is checked, what is missing is reported
    assert f"{tmp_path / 'truncated.txt'}:1:1: GI000" not in output
    assert f"{tmp_path / 'truncated.txt'}:60:1: GI301 缺少第四部分" in output
    assert "检查了 13 个文件" in output
    assert snapshot(tmp_path) == before  # nothing written, renamed or left behind
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1024 * 1024  # KiB: under 1 GiB
