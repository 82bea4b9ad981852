from gilint.rule import Example, Rule

_REVIEWED = "信息公开的及时性有待提高。下一步将健全发布审核机制。"
_TYPO = "2.其他法律行政法规禁止公开\t9\t8\t5\t7\t3\t0\t32"


class UnusedSuppression(Rule):
    """Reported by `gilint.suppress` after every other rule has run; it checks nothing in a report by itself."""

    code = "GI009"
    name = "unused-suppression"
    severity = "warning"
    summary = "压制标记、配置中的 [[suppress]] 条目或基线条目没有压制任何问题（或写错了规则代码）"
    why = ("问题改好以后，原来的压制就没有用了；留着它，以后同一处再出同样的问题也不会被报告。"
           "写错规则代码的标记则从来没有起过作用。删去它们（或重新生成基线），压制才始终只针对已知的问题。"
           "只有当被压制的规则在该文件上运行过时才判断，所以只检查一个文件时不会报告其他文件的压制。")
    bad = [Example({_REVIEWED: f"<!-- gilint: noqa GI304 -->\n{_REVIEWED}"}, also=("GI304",),
                   note="标记要压制 GI304，但下一行没有 GI304 的问题")]
    good = [Example({_TYPO: "<!-- gilint: noqa GI304 -->\n2.其他法律行政止公开\t9\t8\t5\t7\t3\t0\t32"}, also=("GI304",),
                    note="标记压制了下一行行名的错字（GI304）")]

    def check(self, report):
        return ()
