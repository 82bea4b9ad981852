from gilint.rule import Example, IdentityRule


class TableBalance(IdentityRule):
    code = "GI101"
    name = "table-balance"
    severity = "error"
    table = "依申请"
    each = "column"
    identity = "一 + 二 = 三.七 + 四"
    summary = "表三每一列：一（本年新收）+ 二（上年结转）= 三.七（总计）+ 四（结转下年度）"
    why = ("这是表三自己印着的勾稽关系（“第一项加第二项之和，等于第三项加第四项之和”）。"
           "不相等说明有申请被漏计或重复计算，是评估中最常见的数据错误。")
    bad = [Example({"四、结转下年度继续办理\t3\t9\t0\t5\t0\t1\t18": "四、结转下年度继续办理\t4\t9\t0\t5\t0\t1\t19"},
                   note="结转下年度多填了 1 件")]
