import heapq
import zlib
from array import array

from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.reportset import consecutive
from gilint.rule import Example, SetRule
from gilint.text import fold

SKETCH = 256  # pieces kept per report: the smallest hashes (a bottom-k sketch), so memory stays small
_DIGITS = Pattern(r"\d+")
_CLAUSE_END = Pattern(r"[,.;:!?、。]+")  # the text is folded: full-width ，；：！？ are ASCII here


def prose(report) -> str:
    """The report's own words: its sentences (tables and headings left out), numbers left out (they change every year)."""
    return _DIGITS.sub("", fold("。".join(sentence.text for sentence in sentences(report))))


def fingerprint(text: str) -> array:
    """The SKETCH smallest hashes of the text's clauses (the pieces between punctuation marks).

    Clauses rather than every run of a few characters: a copied report keeps its clauses whole,
    and a report has a few hundred of them, so this costs little. Kept as a packed array
    (at most 1 KB a report), since it is kept for every report of a run."""
    pieces = {zlib.crc32(piece.encode()) for piece in _CLAUSE_END.split(text) if piece}
    return array("I", sorted(pieces)[:SKETCH])


def similarity(a: array, b: array) -> float:
    """Share of pieces two texts have in common (Jaccard), estimated from their sketches (Broder's bottom-k)."""
    union = heapq.nsmallest(SKETCH, set(a) | set(b))
    if not union:
        return 0.0
    both = set(a) & set(b)
    return sum(1 for piece in union if piece in both) / len(union)


class SimilarText(SetRule):
    code = "GI703"
    name = "similar-text"
    severity = "warning"
    summary = "跨年度：报告的文字与同一机关上一年的报告几乎相同（内容雷同）"
    why = ("国办公开办函〔2021〕30号把“内容雷同、敷衍塞责”列为要追究责任的问题；评估中曾发现年报与上一年"
           "重复率达 90%。gilint 比较两年报告表格以外的文字（不计数字），按标点分开的句子片段计算相同的比例。"
           "只在一起检查同一机关相邻两年的报告时检查（目录或仓库）。")
    options = {"min-similarity": 80, "min-length": 100}
    option_help = {"min-similarity": "相似度达到多少（百分比）时报告",
                   "min-length": "表格以外的文字少于多少字时不比较（太短的文字相似不说明问题）"}
    bad = [Example(previous={
        "2023年，本机关以《中华人民共和国政府信息公开条例》为遵循，围绕法治政府建设重点任务推进公开，":
            "2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。",
        "全年受理政府信息公开申请85件，办结80件，结转下年度7件，未发生因公开引发的重大舆情。": "全年共收到政府信息公开申请85件。",
        "部分科室对公开属性认定把握不准，答复文书格式不够统一。2024年将组织专题培训并统一文书范本。":
            "信息公开的及时性有待提高。下一步将健全发布审核机制。",
        "本机关2023年度未向申请人收取信息处理费。": "本年度未收取信息处理费。"},
        note="上一年的报告与本年的只有数字不同")]
    good = [Example(note="示例报告和上一年的示例报告：两年的文字不同")]

    def __init__(self, severity=None, options=None):
        super().__init__(severity, options)
        threshold, length = self.options["min-similarity"], self.options["min-length"]
        if not 0 < threshold <= 100 or length < 0:
            raise ValueError("min-similarity 应在 1 到 100 之间，min-length 不能为负数")

    def summarize(self, report):
        text = prose(report)
        return fingerprint(text) if len(text) >= self.options["min-length"] else None

    def check_set(self, reports):
        for this, last in consecutive(reports):
            if this.data is None or last.data is None:
                continue
            percent = round(100 * similarity(this.data, last.data))
            if percent >= self.options["min-similarity"]:
                yield self.violation_in(
                    this.path, f"报告表格以外的文字与上一年（{last.year}年）的报告 {last.path} 相似度 {percent}%"
                    f"（不计数字；达到 {self.options['min-similarity']}% 即报告），可能是照抄上一年的报告（内容雷同）",
                    this.at)
