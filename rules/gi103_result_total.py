from gilint.rule import Example, IdentityRule


class ResultTotal(IdentityRule):
    code = "GI103"
    name = "result-total"
    severity = "error"
    table = "依申请"
    each = "column"
    identity = "三.七 = 三.一 + 三.二 + 三.三.* + 三.四.* + 三.五.* + 三.六.*"
    summary = "表三每一列：（七）总计 = （一）至（六）各办理结果之和"
    why = ("（二）的注释写明每件申请只计一种办理结果，所以各结果之和必须等于总计；"
           "不等说明有申请被计了两次或漏计。")
    bad = [Example({"2.重复申请\t0\t0\t3\t0\t4\t0\t7": "2.重复申请\t1\t0\t3\t0\t4\t0\t8"},
                   note="（五）2 多计了 1 件，（七）总计没有随之改变")]
