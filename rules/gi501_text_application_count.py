import re

from gilint.claims import NUMBER_GROUP as N
from gilint.claims import application_figure, compare, qualified, scope
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_GAP = r"[^,;。、:\d]{0,12}?"
_RECEIVED = Pattern(rf"(?P<verb>收到|新收|受理|收办|接收|接到)(?P<mid>[^,;。、:\d]{{0,20}}?)申请(?P<gap>{_GAP}){N}\s*(?:件|份|个)")
_NONE_RECEIVED = Pattern(r"(?:未|没有)(?:收到|受理|接到|接收|新收)(?P<mid>[^,;。\d]{0,20}?)申请(?![^,;。]{0,6}\d)")
_HANDLED = Pattern(rf"(?P<verb>办结|答复)了?{_GAP}{N}\s*件")
_CARRIED_IN = Pattern(rf"上一?年度?结转{_GAP}{N}\s*件")
_CARRIED_OUT = Pattern(rf"(?:结转|转入|顺延)(?:至|到|入)?下一?年度?(?:继续办理)?{_GAP}{N}\s*件")
_CATEGORIES = {"予以公开": "三.一", "部分公开": "三.二", "不予公开": "三.三", "无法提供": "三.四",
               "不予处理": "三.五", "其他处理": "三.六"}
_CATEGORY = "|".join(_CATEGORIES)
_RESULT = Pattern(rf"(?P<cats>(?:{_CATEGORY})(?:(?:及|和|与|、|或)(?:{_CATEGORY}))*)"
                  rf"(?:的)?(?:申请)?[^,;。、:\d]{{0,4}}?{N}\s*件")
# Who applied, as table 三's columns name them; 其他 alone could be anything, so it is not read.
_APPLICANTS = {"自然人": ("自然人",), "商业企业": ("商业企业",), "科研机构": ("科研机构",),
               "社会公益组织": ("社会公益组织",), "法律服务机构": ("法律服务机构",),
               "法人或其他组织": ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")}
_APPLICANT = Pattern(rf"(?P<who>{'|'.join(_APPLICANTS)})(?:提出|的)?(?:申请)?[^,;。、:\d]{{0,2}}?{N}\s*件")
# Applications of another kind, which table 三 does not count.
_OTHER_KIND = Pattern(r"复议|诉讼|举报|投诉|信访|建议|提案|咨询|诉求|工单|热线|留言|许可|审批|办件|政务服务|依申请办理")


class TextApplicationCount(Rule):
    code = "GI501"
    name = "text-application-count"
    severity = "error"
    summary = "正文所述的申请件数（收到、办结、结转、予以公开等）与表三不符"
    why = ("正文和表三说的是同一批申请，数字必须一致（评估通知要求“逻辑关系对应一致”）。"
           "正文说收到 17 件而表三新收 95 件，读者不知道哪个是真的。"
           "句中限定了别的主体或年份（代表区政府、全市、备案、某部门、上年）时只给警告，"
           "只说一部分的数字（其中、通过网络…）不比较。")
    bad = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请365件。"},
                   note="正文的收到件数与表三 一、本年新收 总计 356 不符"),
           Example({"全年共收到政府信息公开申请356件。":
                    "全年共收到政府信息公开申请356件，予以公开12件，部分公开13件，结转下年度继续办理18件。"},
                   note="予以公开的件数与表三（一）不符"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。上年结转7件，全年办结354件。"},
                   note="办结件数与表三（七）总计 345 不符（“上年结转”是表三的第二行，不是说上一年）"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，其中自然人58件、商业企业71件。"},
                   note="表三 一、本年新收 商业企业为 74"),
           Example({"全年共收到政府信息公开申请356件。": "全市共收到政府信息公开申请3646件。"},
                   note="说的是全市，与本机关的表三不符：警告")]
    good = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请363件（含上年结转7件），办结345件。"},
                    note="收到件数可以含上年结转（一+二）"),
            Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，其中通过网络收到申请300件。"},
                    note="“其中”说的是一部分，不与总计比较"),
            Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。与上年相比，收到申请数量增加了56件。"},
                    note="与上年比较的是变化量，不是件数")]

    def check(self, report):
        said_applications = -1  # the paragraph whose text has spoken of applications so far
        for sentence in sentences(report):
            text = sentence.text
            if "申请" in text:
                said_applications = sentence.paragraph
            if "公开" not in text and said_applications != sentence.paragraph:
                continue
            if "公开" in text and ("收" in text or "受理" in text or "接到" in text):
                yield from self._received(report, sentence)
                yield from self._applicants(report, sentence)
            if "办结" in text or "答复" in text or "结转" in text or "转入" in text or "顺延" in text:
                yield from self._handled_and_carried(report, sentence, said_applications == sentence.paragraph)
            if said_applications == sentence.paragraph and ("公开" in text or "提供" in text or "处理" in text):
                yield from self._results(report, sentence)

    def _received(self, report, sentence):
        for match in _RECEIVED.finditer(sentence.text):
            if _OTHER_KIND.search(match.group("mid") + match.group("gap")):
                continue
            new_only = match.group("verb") == "新收"
            qualifier = scope(report, sentence, match.start(), parts_matter=not new_only)
            if qualifier == "":
                continue
            new = application_figure(report, ["一"], "一、本年新收 总计")
            both = None if new_only else application_figure(report, ["一", "二"], "一+二 总计")
            found = compare(self, sentence, match, f"{match.group('verb')}申请", [new, both], qualifier)
            if found:
                yield found
        for match in _NONE_RECEIVED.finditer(sentence.text):
            if _OTHER_KIND.search(match.group("mid")):
                continue
            qualifier = scope(report, sentence, match.start())
            new = application_figure(report, ["一"], "一、本年新收 总计")
            if qualifier == "" or new is None or new.value == 0:
                continue
            yield self.violation(qualified(f"正文说未收到政府信息公开申请，表三 一、本年新收 总计为 {new.value:g}", qualifier),
                                 sentence.at(match.start()), new.cells, severity="warning" if qualifier else None)

    def _applicants(self, report, sentence):
        """"收到申请356件，其中自然人58件、商业企业74件…": each against its column of row 一 (or 一+二,
        when the text counts carried-over applications as received)."""
        for match in _APPLICANT.finditer(sentence.text):
            if _OTHER_KIND.search(sentence.text[max(0, match.start() - 12):match.start()]):
                continue
            qualifier = scope(report, sentence, match.start(), parts_matter=False)
            who = match.group("who")
            columns = _APPLICANTS[who]
            figures = [application_figure(report, ["一"], f"一、本年新收 {who}", columns),
                       application_figure(report, ["一", "二"], f"一+二 {who}", columns)]
            found = compare(self, sentence, match, f"{who}申请", figures, qualifier)
            if found:
                yield found

    def _handled_and_carried(self, report, sentence, about_applications: bool):
        """办结/答复 counts where the paragraph speaks of applications ("上年结转7件，全年办结354件" follows
        "收到申请…"); carried-over counts anywhere."""
        text = sentence.text
        for match in _HANDLED.finditer(text if about_applications else ""):
            qualifier = scope(report, sentence, match.start())
            if qualifier == "" or _OTHER_KIND.search(text[max(0, match.start() - 12):match.end()]):
                continue
            figures = [application_figure(report, ["三.七"], "（七）总计"),
                       application_figure(report, ["一"], "一、本年新收 总计")]
            found = compare(self, sentence, match, match.group("verb"), figures, qualifier)
            if found:
                yield found
        for pattern, row, name, said in (
                (_CARRIED_IN, "二", "二、上年结转 总计", "上年结转"),
                (_CARRIED_OUT, "四", "四、结转下年度继续办理 总计", "结转下年度")):
            for match in pattern.finditer(text):
                qualifier = scope(report, sentence, match.start(), parts_matter=False)
                found = compare(self, sentence, match, said, [application_figure(report, [row], name)], qualifier)
                if found:
                    yield found

    def _results(self, report, sentence):
        for match in _RESULT.finditer(sentence.text):
            names = re.split(r"及|和|与|、|或", match.group("cats"))
            rows = [_CATEGORIES[name] for name in names]
            label = "+".join(f"（{row[-1:]}）{name}" for row, name in zip(rows, names))
            qualifier = scope(report, sentence, match.start(), parts_matter=False)
            figure = application_figure(report, rows, f"{label} 总计")
            found = compare(self, sentence, match, match.group("cats"), [figure], qualifier)
            if found:
                yield found
