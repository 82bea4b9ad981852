from gilint.rule import Example, IdentityRule


class ApplicantTotal(IdentityRule):
    code = "GI102"
    name = "applicant-total"
    severity = "error"
    table = "依申请"
    each = "row"
    identity = "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他"
    summary = "表三每一行：总计 = 自然人 + 法人或其他组织的五列"
    why = "总计列是各类申请人之和；对不上说明某一格填错或总计是手算的。"
    bad = [Example({"2.重复申请\t0\t0\t3\t0\t4\t0\t7": "2.重复申请\t0\t0\t3\t0\t4\t0\t8"},
                   note="（五）2 的总计多了 1")]
