from gilint.rule import Example, Rule


class UnreadablePart(Rule):
    code = "GI001"
    name = "unreadable-part"
    severity = "error"
    summary = "报告中有读不懂或读不准的部分：表格某行的数字个数与模板不符、同一行出现两次、有无法解码的字节"
    why = ("读不懂的行无法核对，其中的错误会被漏掉；同一行出现两次时只有一行被核对。多半是表格排版损坏"
           "（合并单元格、漏填、串行、编号写错）或文件损坏，请对照模板检查该处。")
    bad = [Example({"3\t1\t3\t1\t8\t3\t2\t0\t3\t8\t3\t3\t0\t1\t7": "3\t1\t3\t1\t8\t3\t2\t0\t3\t8\t3\t3\t0\t1"},
                   note="表四少了一个数"),
           Example({"2.重复申请\t0\t0\t3\t0\t4\t0\t7": "2.重复申请\t0\t0\t3\t0\t4\t0\t7\n2.重复申请\t0\t0\t3\t0\t4\t0\t7"},
                   note="表三（五）2 行印了两次（警告）")]

    def check(self, report):
        for diagnostic in report.diagnostics:
            yield self.violation(diagnostic.message, diagnostic.at, severity=diagnostic.severity)
