"""The printed template of the annual report (国办公开办函〔2021〕30号, and 〔2019〕60号).

Pure data: table, row and column keys with the labels the template prints.
Readers use it to place what they find; rules use it to name cells the way
the report prints them.
"""

from __future__ import annotations

from functools import lru_cache

TABLE_NAMES = {"主动公开": "表二", "依申请": "表三", "复议诉讼": "表四"}

SECTION_TITLES = {
    "一": "总体情况",
    "二": "主动公开政府信息情况",
    "三": "收到和处理政府信息公开申请情况",
    "四": "政府信息公开行政复议、行政诉讼情况",
    "五": "存在的主要问题及改进情况",
    "六": "其他需要报告的事项",
}
SECTION_NUMBERS = list(SECTION_TITLES)

# --- 表二 主动公开政府信息情况 -------------------------------------------------
# block (第二十条第（x）项) -> (column keys, row keys), per template.
DISCLOSURE_2021 = {
    "一": (["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
    "五": (["本年处理决定数量"], ["行政许可"]),
    "六": (["本年处理决定数量"], ["行政处罚", "行政强制"]),
    "八": (["本年收费金额"], ["行政事业性收费"]),
}
DISCLOSURE_2019 = {
    "一": (["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "规范性文件"]),
    "五": (["上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "其他对外管理服务事项"]),
    "六": (["上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"]),
    "八": (["上一年项目数量", "本年增/减"], ["行政事业性收费"]),
    "九": (["采购项目数量", "采购总金额"], ["政府集中采购"]),
}
AMOUNT_COLUMNS = {"本年收费金额", "采购总金额"}  # 万元 (or 元): may be decimal
DISCLOSURE_COLUMN_LABELS = {"本年收费金额": "本年收费金额（单位：万元）"}

# --- 表三 收到和处理政府信息公开申请情况 -----------------------------------------
APPLICANT_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

RESULT_GROUPS = {
    "三.三": ("（三）不予公开", [
        "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
        "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项",
    ]),
    "三.四": ("（四）无法提供", [
        "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确",
    ]),
    "三.五": ("（五）不予处理", [
        "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
        "要求行政机关确认或重新出具已获取信息",
    ]),
    "三.六": ("（六）其他处理", [
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "其他",
    ]),
}


def _application_rows() -> dict[str, str]:
    rows = {
        "一": "一、本年新收政府信息公开申请数量",
        "二": "二、上年结转政府信息公开申请数量",
        "三.一": "（一）予以公开",
        "三.二": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    }
    for group, (title, items) in RESULT_GROUPS.items():
        for number, item in enumerate(items, 1):
            rows[f"{group}.{number}"] = f"{title} {number}.{item}"
    rows["三.七"] = "（七）总计"
    rows["四"] = "四、结转下年度继续办理"
    return rows


APPLICATION_ROWS = _application_rows()  # 2021 template, in printed order


def _application_rows_2019() -> dict[str, str]:
    """The 2019 template prints （六）其他处理 as one row."""
    rows = {}
    for key, label in APPLICATION_ROWS.items():
        if key == "三.六.1":
            rows["三.六"] = "（六）其他处理"
        if not key.startswith("三.六."):
            rows[key] = label
    return rows


APPLICATION_ROWS_2019 = _application_rows_2019()
RESULT_NUMBERS = {"一": "三.一", "二": "三.二", "三": "三.三", "四": "三.四", "五": "三.五", "六": "三.六", "七": "三.七"}

# --- 表四 政府信息公开行政复议、行政诉讼情况 ---------------------------------------
REVIEW_GROUPS = ["行政复议", "未经复议直接起诉", "复议后起诉"]
LITIGATION_GROUPS = REVIEW_GROUPS[1:]  # 行政诉讼: the table prints no total of its own
REVIEW_COLUMNS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def row_label(table: str, row: str) -> str:
    """The row as the report prints it, for messages."""
    if table == "依申请":
        if row in RESULT_GROUPS:
            return RESULT_GROUPS[row][0]
        return APPLICATION_ROWS.get(row) or APPLICATION_ROWS_2019.get(row, row)
    return row


def row_number(table: str, row: str) -> str:
    """表三 rows by their printed numbering, short: 一, （三）2, （七）; other tables by name."""
    if table != "依申请":
        return row
    parts = row.split(".")
    if len(parts) == 1:
        return parts[0]
    return f"（{parts[1]}）" + (parts[2] if len(parts) == 3 else "")


def column_label(table: str, column: str) -> str:
    if table == "主动公开":
        return DISCLOSURE_COLUMN_LABELS.get(column, column)
    return column


def cell_name(table: str, row: str, column: str) -> str:
    """A cell named as a person finds it: 表三 一、本年新收政府信息公开申请数量 自然人."""
    return f"{TABLE_NAMES.get(table, table)} {row_label(table, row)} {column_label(table, column)}"


@lru_cache(maxsize=None)
def template_columns(table: str, template: str = "2021") -> dict[str, tuple[str, ...]]:
    """Row key -> expected column keys of a table, for the given template (shared: read, never change it)."""
    if table == "主动公开":
        blocks = DISCLOSURE_2019 if template == "2019" else DISCLOSURE_2021
        return {row: tuple(columns) for columns, rows in blocks.values() for row in rows}
    if table == "依申请":
        rows = APPLICATION_ROWS_2019 if template == "2019" else APPLICATION_ROWS
        return {row: tuple(APPLICANT_COLUMNS) for row in rows}
    if table == "复议诉讼":
        return {group: tuple(REVIEW_COLUMNS) for group in REVIEW_GROUPS}
    raise KeyError(table)
