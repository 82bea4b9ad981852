import re

from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule
from gilint.text import similarity

FULL_NAME = "中华人民共和国政府信息公开条例"
SHORT_NAME = "政府信息公开条例"
_TITLE = Pattern(r"《([^《》]{4,30})》")
_LOOKS_LIKE = Pattern(r"条[例列理]|公开")
# A place before 政府: a local regulation such as 《某某省政府信息公开规定》, not a misspelling.
_PLACE = Pattern(r"[省市县区州盟旗]")


class RegulationName(Rule):
    code = "GI601"
    name = "regulation-name"
    severity = "error"
    summary = "《中华人民共和国政府信息公开条例》的名称写错（漏字、错字、颠倒）"
    why = ("年度报告依据的行政法规名称是固定的。写成“《中华人民共和国信息公开条例》”（漏了“政府”）"
           "等错误在已发布的报告中确实出现过，说明报告未经校对。简称“《条例》”“《政府信息公开条例》”不报告。")
    bad = [Example({"2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。":
                    "2024年，本机关认真贯彻落实《中华人民共和国信息公开条例》，依法做好政府信息公开工作。"},
                   note="漏了“政府”")]
    good = [Example({"2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。":
                     "2024年，本机关认真贯彻落实《政府信息公开条例》，依法做好政府信息公开工作。"}, note="简称")]

    def check(self, report):
        for sentence in sentences(report):
            if "《" not in sentence.text:
                continue
            for match in _TITLE.finditer(sentence.text):
                written = re.sub(r"\s+", "", match.group(1))
                if SHORT_NAME in written or not _LOOKS_LIKE.search(written):
                    continue  # the name itself, or another document named after it (…条例释义)
                near_full = similarity(written, FULL_NAME) >= 0.8
                near_short = similarity(written, SHORT_NAME) >= 0.8 and not _PLACE.search(written)
                if near_full or near_short:
                    yield self.violation(f"法规名称写作“《{match.group(1)}》”，应为“《{FULL_NAME}》”",
                                         sentence.at(match.start()), hint=f"《{FULL_NAME}》")
