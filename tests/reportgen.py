"""Writing reports from table values, in each layout the text reader accepts.

Used by the property tests (a consistent table must parse back exactly, in
every layout) and by the benchmark (a corpus of thousands of reports).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from gilint import template as T

LAYOUTS = ("pipe-lines", "tabs", "markdown", "leading-pipes")

APPLICATION_ROW_LABELS = {
    key: label.split(" ", 1)[-1] if key.count(".") == 2 else label
    for key, label in T.APPLICATION_ROWS.items()
}


@dataclass
class Tables:
    disclosure: dict[str, dict[str, float]] = field(default_factory=dict)
    application: dict[str, list[int]] = field(default_factory=dict)  # row -> 7 columns
    review: dict[str, list[int]] = field(default_factory=dict)  # group -> 5 columns


def consistent_tables(rng: random.Random, scale: int = 20) -> Tables:
    """Tables whose every identity holds: row totals, 三.七, 一+二=三.七+四, 表四 totals."""
    tables = Tables()
    for columns, rows in T.DISCLOSURE_2021.values():
        for row in rows:
            tables.disclosure[row] = {
                column: round(rng.uniform(0, scale), 2) if column in T.AMOUNT_COLUMNS else rng.randint(0, scale)
                for column in columns
            }

    def applicants() -> list[int]:
        six = [rng.randint(0, scale) if rng.random() < 0.6 else 0 for _ in range(6)]
        return six + [sum(six)]

    results = [key for key in T.APPLICATION_ROWS if key.startswith("三.") and key != "三.七"]
    for key in results:
        tables.application[key] = applicants()
    total = [sum(tables.application[key][i] for key in results) for i in range(7)]
    carried_in = [min(rng.randint(0, 3), value) for value in total[:6]]
    carried_in.append(sum(carried_in))
    carried_out = applicants()
    tables.application["一"] = [t + o - c for t, o, c in zip(total, carried_out, carried_in)]
    tables.application["二"] = carried_in
    tables.application["三.七"] = total
    tables.application["四"] = carried_out
    for group in T.REVIEW_GROUPS:
        four = [rng.randint(0, 3) for _ in range(4)]
        tables.review[group] = four + [sum(four)]
    return tables


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _rows(tables: Tables) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """The three tables as printed rows of cell texts (label cells first)."""
    disclosure = []
    for block, (columns, rows) in T.DISCLOSURE_2021.items():
        disclosure.append([f"第二十条第（{block}）项"])
        disclosure.append(["信息内容"] + [T.column_label("主动公开", column) for column in columns])
        for row in rows:
            disclosure.append([row] + [_number(tables.disclosure[row][column]) for column in columns])
    application = [
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
        ["自然人", "法人或其他组织", "总计"],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]
    group_titles = {group: title for group, (title, _) in T.RESULT_GROUPS.items()}
    for key in T.APPLICATION_ROWS:
        label = APPLICATION_ROW_LABELS[key]
        values = [str(value) for value in tables.application[key]]
        if key == "三.一":
            application.append(["三、本年度办理结果", label] + values)
        elif key.count(".") == 2 and key.endswith(".1"):
            application.append([group_titles[key.rsplit(".", 1)[0]], label] + values)
        else:
            application.append([label] + values)
    review = [
        ["行政复议", "行政诉讼"],
        T.REVIEW_COLUMNS + ["未经复议直接起诉", "复议后起诉"],
        T.REVIEW_COLUMNS * 2,
        [str(value) for group in T.REVIEW_GROUPS for value in tables.review[group]],
    ]
    return disclosure, application, review


def _render_table(rows: list[list[str]], layout: str) -> list[str]:
    if layout == "pipe-lines":  # one cell per line ending in " |", a span marker after each row
        return [line for row in rows for line in [f"{cell} |" for cell in row] + ["||"]]
    if layout == "tabs":
        return ["\t".join(row) for row in rows]
    if layout == "markdown":
        width = max(len(row) for row in rows)
        lines = ["| " + " | ".join(rows[0] + [""] * (width - len(rows[0]))) + " |",
                 "|" + "---|" * width]
        return lines + ["| " + " | ".join(row) + " |" for row in rows[1:]]
    if layout == "leading-pipes":
        return [f"|{cell}" for row in rows for cell in row]
    raise ValueError(layout)


def render(tables: Tables, layout: str = "tabs", org: str = "某市某区司法局", year: int = 2024,
           published: str | None = None) -> str:
    disclosure, application, review = _rows(tables)
    received = tables.application["一"][6]
    lines = [
        f"{org}{year}年政府信息公开工作年度报告",
        f"本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。",
        "一、总体情况",
        f"{year}年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。",
        f"全年共收到政府信息公开申请{received}件。",
        "二、主动公开政府信息情况",
        *_render_table(disclosure, layout),
        "三、收到和处理政府信息公开申请情况",
        *_render_table(application, layout),
        "四、政府信息公开行政复议、行政诉讼情况",
        *_render_table(review, layout),
        "五、存在的主要问题及改进情况",
        "信息公开的及时性有待提高。下一步将健全发布审核机制。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
        org,
        published or f"{year + 1}年1月20日",
    ]
    return "\n".join(lines) + "\n"
