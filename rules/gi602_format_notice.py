from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_OLD_NOTICE = Pattern(r"[〔\[［(【]\s*2019\s*[〕\]］)】]\s*60\s*号")
_NEW_NOTICE = Pattern(r"[〔\[［(【]\s*2021\s*[〕\]］)】]\s*30\s*号")
_FIRST_2021_YEAR = 2021


class FormatNotice(Rule):
    code = "GI602"
    name = "format-notice"
    severity = "error"
    summary = "2021 年及以后的报告引用已被取代的国办公开办函〔2019〕60号作为格式依据"
    why = ("2021 年度起年度报告格式依国办公开办函〔2021〕30号；〔2019〕60号的格式（试行）已被取代。"
           "引用旧通知的报告往往是照搬旧模板写成的（如 2022 年的太平镇报告），要核对表格是否也用了旧格式。"
           "同时引用了〔2021〕30号时只给警告。")
    bad = [Example({"本报告所列数据的统计期限为2024年1月1日至2024年12月31日。":
                    "本报告依据国办公开办函〔2019〕60号要求编制，所列数据的统计期限为2024年1月1日至2024年12月31日。"},
                   note="2024 年报告引用〔2019〕60号")]
    good = [Example({"本报告所列数据的统计期限为2024年1月1日至2024年12月31日。":
                     "本报告依据国办公开办函〔2021〕30号要求编制，所列数据的统计期限为2024年1月1日至2024年12月31日。"})]

    def check(self, report):
        year = report.meta.year
        if year is None or year < _FIRST_2021_YEAR:
            return
        cited = [(sentence, match) for sentence in sentences(report) if "60" in sentence.text
                 for match in _OLD_NOTICE.finditer(sentence.text)]
        if not cited:
            return
        also_new = any(_NEW_NOTICE.search(sentence.text) for sentence in sentences(report) if "30" in sentence.text)
        for sentence, match in cited:
            yield self.violation(
                f"{year} 年度报告引用了国办公开办函“{match.group()}”；2021 年度起格式依据为国办公开办函〔2021〕30号",
                sentence.at(match.start()), hint="〔2021〕30号", severity="warning" if also_new else None)
