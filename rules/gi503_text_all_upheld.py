from gilint import template as T
from gilint.claims import qualified, scope
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule, cell_ref

_ALL_UPHELD = Pattern(r"(?:均|全部|都)(?:已|获|被|予以|为|得到|得以)*(?:法院|复议机关)?(?:判决|决定)?(?:维持(?!在)|胜诉)")
_NOT_UPHELD = ("结果纠正", "其他结果", "尚未审结")


class TextAllUpheld(Rule):
    code = "GI503"
    name = "text-all-upheld"
    severity = "error"
    summary = "正文说行政复议、行政诉讼“均获维持”，表四却有结果纠正、其他结果或尚未审结的案件"
    why = ("“均获维持”是对全部案件结果的断言；表四同时列出被纠正或尚未审结的案件，"
           "说明其中一处是错的（上海 2019 年报告即有此例）。只说“已审结的均获维持”时不计尚未审结。")
    bad = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，行政复议和行政诉讼案件均获维持。"},
                   note="表四 行政复议有结果纠正 1 件、尚未审结 1 件")]
    good = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，被申请行政复议8件，"
                                                       "被提起行政诉讼15件，行政复议案件均获维持。",
                     "3\t1\t3\t1\t8\t3\t2\t0\t3\t8\t3\t3\t0\t1\t7": "8\t0\t0\t0\t8\t3\t2\t0\t3\t8\t3\t3\t0\t1\t7"},
                    note="“均获维持”只说行政复议，诉讼有被纠正的也不相干")]

    def check(self, report):
        previous = None
        for sentence in sentences(report):
            match = _ALL_UPHELD.search(sentence.text)
            context = previous.text if previous and previous.paragraph == sentence.paragraph else ""
            previous = sentence
            if not match:
                continue
            before = sentence.text[:match.start()]
            clause = before.replace(";", ",").rsplit(",", 1)[-1]  # "复议4件，诉讼15件，复议案件均获维持": the last clause says which
            if "复议" in clause or "诉讼" in clause:
                about = clause
            elif "复议" in before or "诉讼" in before:
                about = before
            elif "案" in before:  # "上述案件均获维持": the cases are named in the sentence before
                about = context
            else:
                continue
            groups = (["行政复议"] if "复议" in about else []) + (T.LITIGATION_GROUPS if "诉讼" in about else [])
            qualifier = scope(report, sentence, match.start(), parts_matter=False)
            columns = _NOT_UPHELD[:2] if "审结" in before else _NOT_UPHELD
            found = [(group, column, report.cell("复议诉讼", group, column)) for group in groups for column in columns]
            found = [(group, column, cell) for group, column, cell in found if cell is not None and cell.value]
            if not found:
                continue
            shown = "，".join(f"{group} {column}为 {cell.value:g}" for group, column, cell in found)
            message = qualified(f"正文说“{match.group()}”，表四 {shown}", qualifier)
            yield self.violation(message, sentence.at(match.start()),
                                 [cell_ref("复议诉讼", group, column) for group, column, _ in found],
                                 severity="warning" if qualifier else None)
