from gilint import template as T
from gilint.claims import NUMBER_GROUP as N
from gilint.claims import compare_in_scope, qualified, review_figure, scope
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_UNIT = r"\s*(?:件|起|宗|个)"
_GAP = r"[^,;。、:\d]{0,6}?"
_BOTH = Pattern(rf"行政复议(?:[、和及与或]|以及)行政诉讼(?:案件)?(?P<each>各)?{_GAP}{N}{_UNIT}")
_REVIEW = Pattern(rf"行政复议(?:案件|申请)?(?P<gap>{_GAP}){N}{_UNIT}")
_LITIGATION = Pattern(rf"行政诉讼(?:案件)?(?P<gap>{_GAP}){N}{_UNIT}")
_NONE = Pattern(r"(?:(?:未|没有)(?:发生|出现|产生|收到|接到|被提起|被申请|涉及)[^,;。\d]{0,16}?|无(?!论)[^,;。\d]{0,2}?)"
                r"(?P<what>行政复议(?:(?:[、和及与或]|以及)行政诉讼)?|行政诉讼)(?![^,;。]{0,3}(?:纠|败诉|撤销|\d))")
# Words that make the number an outcome (纠错 2 件), not the number of cases.
_OUTCOME = Pattern(r"纠|维持|撤销|驳回|审结|终止|确认|败诉|胜诉|结果|其他")
# The outcomes table 四 has a column for, by the words that name them; 审结 alone is none of them.
_OUTCOME_COLUMNS = (("尚未审结", "尚未审结"), ("未审结", "尚未审结"), ("维持", "结果维持"), ("纠", "结果纠正"),
                    ("其他结果", "其他结果"))
# Cases of every kind: "行政复议案件120件，其中涉及政府信息公开的8件"; or cases the body decides as the
# review authority (作为行政复议机关受理…): table 四 counts only disclosure cases brought against the body.
_ALL_KINDS_AFTER = Pattern(r"^[^。;]{0,8}其中[^。;]{0,12}信息公开")
_AS_AUTHORITY = Pattern(r"作为[^,;。]{0,8}复议机关|(?:受理|审理)[^,;。]{0,4}$")


class TextReviewCount(Rule):
    code = "GI502"
    name = "text-review-count"
    severity = "error"
    summary = "正文所述的行政复议、行政诉讼件数与表四的总计不符"
    why = ("正文和表四说的是同一批案件。表四没有“行政诉讼”总列，正文的诉讼件数对应"
           "未经复议直接起诉与复议后起诉两组总计之和；结果维持、纠错、尚未审结的件数与表四同一列核对。"
           "说的是备案、全市或别的年份时只给警告。")
    bad = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，被申请行政复议6件，被提起行政诉讼15件。"},
                   note="表四 行政复议 总计为 8"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，未发生行政复议、行政诉讼案件。"},
                   note="表四有 8 件复议、15 件诉讼"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。本年度无行政复议、行政诉讼案件。"},
                   note="“无”也是说没有"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。被申请行政复议8件，"
                                                      "已审结的行政复议案件中结果维持5件。"},
                   note="表四 行政复议 结果维持为 3")]
    good = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，被申请行政复议8件，被提起行政诉讼15件。"},
                    note="诉讼件数是两组总计之和 8+7"),
            Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，行政复议纠错1件。"},
                    note="纠错件数是结果，不是总数"),
            Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。全年本机关被申请行政复议"
                                                       "120件，其中涉及政府信息公开的8件。"},
                    note="120 件是各类复议案件，表四只计政府信息公开类"),
            Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。本机关作为行政复议机关，"
                                                       "全年受理行政复议申请120件。"},
                    note="作为复议机关受理的是别人的案件")]

    def check(self, report):
        for sentence in sentences(report):
            text = sentence.text
            if "行政复议" not in text and "行政诉讼" not in text:
                continue
            review = review_figure(report, ["行政复议"])
            litigation = review_figure(report, T.LITIGATION_GROUPS)
            taken = []
            for match in _BOTH.finditer(text):
                taken.append(match.span())
                if match.group("each"):
                    claims = [("行政复议", [review]), ("行政诉讼", [litigation])]
                else:
                    both = review_figure(report, ["行政复议", *T.LITIGATION_GROUPS])
                    claims = [("行政复议、行政诉讼", [both])]
                for said, figures in claims:
                    yield from self._compare(report, sentence, match, said, figures)
            for pattern, said, groups, figure in ((_REVIEW, "行政复议", ["行政复议"], review),
                                                  (_LITIGATION, "行政诉讼", T.LITIGATION_GROUPS, litigation)):
                for match in pattern.finditer(text):
                    if any(start <= match.start() < end for start, end in taken):
                        continue
                    if not _OUTCOME.search(match.group("gap")):
                        yield from self._compare(report, sentence, match, said, [figure])
                        continue
                    # "行政复议案件中结果维持3件": an outcome, checked against its column
                    column = next((column for words, column in _OUTCOME_COLUMNS if words in match.group("gap")), None)
                    if column:
                        yield from self._compare(report, sentence, match, f"{said}{column}",
                                                 [review_figure(report, groups, column)])
            for match in _NONE.finditer(text):
                yield from self._none(report, sentence, match, review, litigation)

    def _compare(self, report, sentence, match, said, figures):
        if _ALL_KINDS_AFTER.search(sentence.text[match.end():]) or _AS_AUTHORITY.search(sentence.text[:match.start()]):
            return
        found = compare_in_scope(self, report, sentence, match, said, figures, "复议诉讼")
        if found:
            yield found

    def _none(self, report, sentence, match, review, litigation):
        qualifier = scope(report, sentence, match.start())
        if qualifier == "":
            return
        what = match.group("what")
        figures = ([review] if "复议" in what else []) + ([litigation] if "诉讼" in what else [])
        nonzero = [figure for figure in figures if figure is not None and figure.value]
        if not nonzero:
            return
        shown = "，".join(f"{figure.name}为 {figure.value:g}" for figure in nonzero)
        message = qualified(f"正文说未发生{what}，表四 {shown}", qualifier)
        yield self.violation(message, sentence.at(match.start()), [ref for f in nonzero for ref in f.cells],
                             severity="warning" if qualifier else None)
