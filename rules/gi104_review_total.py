from gilint.rule import Example, IdentityRule


class ReviewTotal(IdentityRule):
    code = "GI104"
    name = "review-total"
    severity = "error"
    table = "复议诉讼"
    each = "row"
    identity = "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结"
    summary = "表四：行政复议、未经复议直接起诉、复议后起诉各自的总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结"
    why = "每件复议或诉讼案件只有一种结果状态，四种之和就是总计；填 0 的总计最常见。"
    bad = [Example({"3\t1\t3\t1\t8\t3\t2\t0\t3\t8\t3\t3\t0\t1\t7": "3\t1\t3\t1\t0\t3\t2\t0\t3\t8\t3\t3\t0\t1\t7"},
                   note="行政复议总计写成了 0")]
