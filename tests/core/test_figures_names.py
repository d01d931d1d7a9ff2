# SPDX-License-Identifier: MIT
"""Figures found by the names around them: named wholes, sets counted twice, slipped digits,
splits of one whole, years that cannot be right, and a clause pasted twice.

Each case is a wrong sentence (the exact span must be flagged) and its right version (nothing).
"""

import pytest
from jiaogao.core.engine import check_text

pytestmark = pytest.mark.core

ANNUAL = "临江县水利局2022年工作总结"
HALF = "青峰镇2023年上半年工作总结"


def flagged(title: str, body: str, category: str) -> list[str]:
    return [f.excerpt for f in check_text(title + "\n" + body).findings if f.category == category]


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # a whole named by words earlier in the sentence; the part is the figure before the share
        (
            "县城污水管网改造工程概算投资3600万元，截至11月底已完成投资2520万元，完成概算投资的75%。",
            "县城污水管网改造工程概算投资3600万元，截至11月底已完成投资2520万元，完成概算投资的70%。",
            "75%",
        ),
        # 其中 opening the sentence: 订单总额 is the last figure of that unit before it
        (
            "全年签约外贸订单金额8.6亿元。其中对东盟出口订单2.15亿元，占订单总额的30%。",
            "全年签约外贸订单金额8.6亿元。其中对东盟出口订单2.15亿元，占订单总额的25%。",
            "30%",
        ),
        # growth against a base named in words
        (
            "地块挂牌成交价1.38亿元，较起拍价1.20亿元溢价20%。",
            "地块挂牌成交价1.38亿元，较起拍价1.20亿元溢价15%。",
            "20%",
        ),
        # 节约 is a fall from the budget, and its 约 is no "about"
        (
            "全年实际支出会议费42万元，比年初预算60万元节约25%。",
            "全年实际支出会议费42万元，比年初预算60万元节约30%。",
            "25%",
        ),
        # the level before 增加到 is last year's even after its year words
        (
            "全县水产品产量比上年的2.40万吨增加到2.70万吨，增长15.5%。",
            "全县水产品产量比上年的2.40万吨增加到2.70万吨，增长12.5%。",
            "15.5%",
        ),
    ],
)
def test_named_wholes_and_bases(wrong, right, excerpt):
    assert flagged(ANNUAL, wrong, "figure-mismatch") == [excerpt]
    assert flagged(ANNUAL, right, "figure-mismatch") == []


def test_a_part_named_before_its_share_is_left_to_the_pair_rule():
    body = (
        "全年一般公共预算收入5.2亿元，其中税收收入3.9亿元，非税收入1.3亿元，"
        "税收收入占一般公共预算收入的75.0%。"
    )
    assert flagged(ANNUAL, body, "figure-mismatch") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "全镇现有农村公益性公墓9处，由民政办统一管理。今年以来，对7处农村公益性公墓全部完成绿化改造。",
            ["7处"],
        ),
        (
            "全镇现有农村公益性公墓9处，由民政办统一管理。今年以来，对9处农村公益性公墓全部完成绿化改造。",
            [],
        ),
        # a count of some of them, not of all: no conflict
        (
            "全镇现有农村公益性公墓9处，由民政办统一管理。今年以来，对3处农村公益性公墓开展了绿化改造。",
            [],
        ),
        # the whole set named after its count with an area word
        (
            "全县纳入监管的养老机构共有23家。开展消防安全专项整治，在全县25家养老机构张贴安全告示。",
            ["25家"],
        ),
    ],
)
def test_a_set_counted_twice(body, expected):
    assert flagged("青峰镇2022年民政工作总结", body, "figure-conflict") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "全年办理不动产登记4,825件，办结率100%。\n在便民服务方面，我局推行一窗受理，全年共办理各类不动产登记4,852件。",
            ["4,852件"],
        ),
        (
            "全年办理不动产登记4,825件，办结率100%。\n在便民服务方面，我局推行一窗受理，全年共办理各类不动产登记4,825件。",
            [],
        ),
        # digits swapped, but two different works: 新建 and 改造 roads
        ("全年新建农村公路28公里，完成投资1.2亿元。\n全年改造农村公路82公里，群众出行更加便利。", []),
        # an abbreviation of the same name, one digit changed
        (
            "全县城乡居民基本养老保险参保人数达到12.46万人。\n通过入户宣传，全县居民养老参保人数达到12.48万人。",
            ["12.48万人"],
        ),
    ],
)
def test_a_figure_restated_with_slipped_digits(body, expected):
    assert flagged("安平县人力资源和社会保障局2022年工作总结", body, "figure-conflict") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全县参加职业技能培训的学员中，男性占46.5%，女性占55.5%。", ["46.5%，女性占55.5%"]),
        ("全县参加职业技能培训的学员中，男性占46.5%，女性占53.5%。", []),
        ("全年民生支出占比81.4%，其他支出占比19.6%。", ["81.4%，其他支出占比19.6%"]),
        # overlapping groups may pass 100% together
        ("参训学员中，党员占65.2%，大专以上学历占58.3%。", []),
    ],
)
def test_shares_that_split_one_whole(body, expected):
    assert flagged(ANNUAL, body, "figure-mismatch") == expected


@pytest.mark.parametrize(
    ("title", "wrong", "right", "excerpt"),
    [
        (
            ANNUAL,
            "下一步，2022年我局将重点推进灌区续建配套工程。",
            "下一步，2023年我局将重点推进灌区续建配套工程。",
            "2022年",
        ),
        (
            ANNUAL,
            "全年完成水利投资5.6亿元，较2022年增长12%。",
            "全年完成水利投资5.6亿元，较2021年增长12%。",
            "2022年",
        ),
        (
            ANNUAL,
            "全县水旱灾害死亡人数由上年（2020年）的3人降为0。",
            "全县水旱灾害死亡人数由上年（2021年）的3人降为0。",
            "2020年",
        ),
        (ANNUAL, "2023年4月，城北水厂建成通水。", "2022年4月，城北水厂建成通水。", "2023年4月"),
        (
            HALF,
            "全年全镇累计发放创业担保贷款1.6亿元，扶持创业312人。",
            "上半年全镇累计发放创业担保贷款0.8亿元，扶持创业156人。",
            "全年全镇累计",
        ),
        (HALF, "截至7月底，全镇新增市场主体426户。", "截至7月5日，全镇新增市场主体426户。", "截至7月底"),
    ],
)
def test_years_and_months_that_cannot_be_right(title, wrong, right, excerpt):
    assert flagged(title, wrong, "period-mismatch") == [excerpt]
    assert flagged(title, right, "period-mismatch") == []


@pytest.mark.parametrize(
    "body",
    [
        "2023年3月前将完成水厂二期主体工程。",  # a plan, not a result
        "上年全年组织税收收入13.1亿元，今年全年力争达到14亿元。",
    ],
)
def test_plans_and_last_year_are_not_period_slips(body):
    assert flagged(ANNUAL if body.startswith("2023") else HALF, body, "period-mismatch") == []


def test_a_comma_ends_a_list_set_out_with_enumeration_commas():
    right = "全年共受理投诉举报326件，其中来电198件、来信56件、网络72件，按时办结318件。"
    wrong = "全年共受理投诉举报326件，其中来电198件、来信56件、网络92件，按时办结318件。"
    assert flagged(ANNUAL, right, "figure-mismatch") == []
    assert flagged(ANNUAL, wrong, "figure-mismatch") == ["326件"]


def test_parts_with_their_own_counts_are_not_a_name_list():
    body = "全年共实施交通项目11个，分别为农村公路项目6个、桥梁项目3个、安防工程项目2个。"
    assert flagged(ANNUAL, body, "count-mismatch") == []
    assert flagged(ANNUAL, body, "figure-mismatch") == []


def test_a_clause_repeated_as_a_sentence_of_its_own():
    para = "组织开展汛前安全检查21次，排查整改隐患63处。全年未发生水利安全生产事故。"
    repeated = para + "组织开展汛前安全检查21次。"
    assert flagged(ANNUAL, repeated, "duplicate") == ["组织开展汛前安全检查21次。"]
    assert flagged(ANNUAL, para, "duplicate") == []
    # in another paragraph it is a summing-up, not a paste
    assert flagged(ANNUAL, para + "\n全年组织开展汛前安全检查21次。", "duplicate") == []


@pytest.mark.parametrize(
    ("opening", "flagged_"), [("7月10日，", False), ("7月初，", False), ("7月下旬，", True)]
)
def test_the_month_after_a_half_year_counts_only_at_its_start(opening, flagged_):
    body = opening + "全镇完成秋粮订单收购签约。"
    assert bool(flagged(HALF, body, "period-mismatch")) is flagged_


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # the task given in the sentence before, named again as 年度目标: 7.36/8 = 92.0%
        (
            "年初县政府下达我局引进市外资金任务8亿元。全年实际引进市外资金7.36亿元，完成年度目标的97.2%。",
            "年初县政府下达我局引进市外资金任务8亿元。全年实际引进市外资金7.36亿元，完成年度目标的92.0%。",
            "97.2%",
        ),
        # the plan in brackets after the share: 0.86/0.8 = 107.5%
        (
            "全年完成退化林修复0.86万亩，达到计划的112.5%（年度计划0.8万亩）。",
            "全年完成退化林修复0.86万亩，达到计划的107.5%（年度计划0.8万亩）。",
            "112.5%",
        ),
        # 完成进度 of the plan stated before: 13.52/26.0 = 52.0%
        (
            "全县列入年度计划的民生项目26个，计划完成投资26.0亿元。1-6月完成投资13.52亿元，完成进度58.0%。",
            "全县列入年度计划的民生项目26个，计划完成投资26.0亿元。1-6月完成投资13.52亿元，完成进度52.0%。",
            "58.0%",
        ),
        # 总 inside the name: 41.8/86.4 = 48.4%
        (
            "全县粮食播种面积86.4万亩。其中水稻播种面积41.8万亩，占粮食播种总面积的51.6%。",
            "全县粮食播种面积86.4万亩。其中水稻播种面积41.8万亩，占粮食播种总面积的48.4%。",
            "51.6%",
        ),
    ],
)
def test_shares_of_tasks_plans_and_totals_named_in_words(wrong, right, excerpt):
    assert flagged(ANNUAL, wrong, "figure-mismatch") == [excerpt]
    assert flagged(ANNUAL, right, "figure-mismatch") == []


def test_a_task_of_another_thing_is_not_the_whole():
    body = "全年招商引资任务6亿元。上半年完成固定资产投资2.6亿元，完成年度目标的45%。"
    assert flagged(ANNUAL, body, "figure-mismatch") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a rate named longer the first time; both end in the same rate name
        (
            "全年城区空气质量优良天数比例达到86.3%。\n在大气污染防治中，我们加强扬尘管控，优良天数比例86.8%。",
            ["86.8%"],
        ),
        # 控制在 is no part of the rate's name
        ("全年婴儿死亡率2.6‰，孕产妇系统管理率95.1%。\n在妇幼健康工作中，婴儿死亡率控制在6.2‰。", ["6.2‰"]),
        # another rate of another line of work: 办结率 is not 信访事项办结率
        ("全年受理热线工单1,862件，办结率98.6%。\n信访事项办结率96.8%。", []),
        # 争取上级资金 is what was secured, so the figure after it is no target
        (
            "全年投入校舍维修资金1460万元，完成维修项目18个。\n"
            "在改善办学条件方面，我们争取上级资金和县级配套，全年投入校舍维修资金1640万元。",
            ["1640万元"],
        ),
    ],
)
def test_rates_and_secured_funds_restated(body, expected):
    assert flagged("南山县教育局2022年工作总结", body, "figure-conflict") == expected


def test_the_problems_part_restating_a_figure_of_the_review():
    body = (
        "一、上半年工作开展情况\n深入开展根治欠薪行动，为312名农民工追回工资375万元。\n"
        "二、存在的问题\n根治欠薪任务依然繁重，上半年追回拖欠农民工工资357万元，但欠薪问题仍然多发。"
    )
    assert flagged("安平县人社局2019年上半年工作总结", body, "figure-conflict") == ["357万元"]
    # under a heading that names another part of the work, digits alone do not make a conflict
    other = body.replace("二、存在的问题", "二、东片区工作")
    assert flagged("安平县人社局2019年上半年工作总结", other, "figure-conflict") == []


@pytest.mark.parametrize(
    ("wrong", "right", "excerpt"),
    [
        # the whole opens the sentence with …中: 171/186 = 91.9%
        (
            "全县186个行政村中，已有171个村建成综合文化服务中心，覆盖率达到96.2%。",
            "全县186个行政村中，已有171个村建成综合文化服务中心，覆盖率达到91.9%。",
            "96.2%",
        ),
        # the part's clause carries the rate's first word (升): 2468/2713 = 91.0%
        (
            "全县高中毕业生2713人，升入高等院校2468人，升学率93.0%。",
            "全县高中毕业生2713人，升入高等院校2468人，升学率91.0%。",
            "93.0%",
        ),
    ],
)
def test_rates_found_by_words(wrong, right, excerpt):
    assert flagged(ANNUAL, wrong, "figure-mismatch") == [excerpt]
    assert flagged(ANNUAL, right, "figure-mismatch") == []


@pytest.mark.parametrize(
    "body",
    [
        # two possible wholes (the budget and the amount paid): the rate stays silent
        "全年政府采购预算金额3.68亿元，实际采购金额3.45亿元，节约资金2300万元，节约率6.3%。",
        # the ordered rectifications are the rate's whole
        "全年检查食品经营户426家次，责令整改58家，整改率100%。",
    ],
)
def test_rates_with_another_whole_stay_silent(body):
    assert flagged(ANNUAL, body, "figure-mismatch") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another name for the same metric, from the synonym list
        (
            "全县实现地区生产总值214.6亿元，同比增长6.1%。\n从全年看，全县GDP达到241.6亿元，结构持续优化。",
            ["241.6亿元"],
        ),
        # a growth rate restated with its digits swapped, across a heading of one line of work
        (
            "全年完成规上工业总产值52.4亿元，同比增长7.3%。\n二、工业经济\n全县规模以上工业总产值同比增长3.7%。",
            ["3.7%"],
        ),
        # 同比 and 环比 are two rates
        (
            "全年完成规上工业总产值52.4亿元，同比增长7.3%。\n二、工业经济\n12月规上工业总产值环比增长3.7%。",
            [],
        ),
        # per-head income, the second time named the short way
        (
            "全乡农村居民人均可支配收入达到15,480元，同比增长7.6%。\n三、乡村振兴\n全乡农民人均可支配收入14,580元。",
            ["14,580元"],
        ),
        # a generic name with three digits swapped
        (
            "全年开展技能培训42期，培训1,460人次。\n在培训方式上推行订单式培训，全年累计培训1,640人次。",
            ["1,640人次"],
        ),
    ],
)
def test_restated_under_other_names_and_headings(body, expected):
    assert flagged("北川县2021年工作总结", body, "figure-conflict") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # named after the count, with the verb before it
        ("全年共受理群众信访事项318件，按期办结311件。全年受理的381件信访事项全部录入信息系统。", ["381件"]),
        # one long name under one heading, any other value
        ("全县农村供水受益人口12.6万人，水质达标。汛期，农村供水受益人口13.2万人未受影响。", ["13.2万人"]),
        # the same name under two headings may count two programmes
        ("一、安全生产\n全年共组织安全培训班12期。\n二、食品安全\n全年共组织安全培训班15期。", []),
    ],
)
def test_restated_counts_and_long_names(body, expected):
    assert flagged("北川县2021年工作总结", body, "figure-conflict") == expected


def test_the_problems_part_restating_counts_and_rates():
    title = "清河县卫生健康局2020年工作总结"
    body = (
        "一、主要成效\n全年完成审计项目38个，城乡居民医保参保率96.4%。\n"
        "二、存在的问题\n一是全年完成的41个审计项目大多集中在下半年；二是参保率为95.1%，仍有外出人员未参保。"
    )
    assert flagged(title, body, "figure-conflict") == ["41个", "95.1%"]
    right = body.replace("41个", "38个").replace("95.1%", "96.4%")
    assert flagged(title, right, "figure-conflict") == []


def test_the_problems_part_restating_with_slipped_digits_under_a_loose_name():
    title = "长平县文化和旅游局2015年上半年工作总结"
    body = (
        "一、工作成效\n上半年全县乡村旅游接待游客48.6万人次，实现旅游收入2.3亿元。\n"
        "二、存在的问题\n一是乡村游接待量46.8万人次，但过夜游客少，旅游消费不足。"
    )
    assert flagged(title, body, "figure-conflict") == ["46.8万人次"]
    # under a heading of another line of work the same digits in another order around the same
    # words (乡村, 接待) still make one figure; one changed digit does when the first figure speaks
    # for the whole county, and is left alone when nothing says the two count one whole
    other = body.replace("二、存在的问题", "二、文物保护")
    assert flagged(title, other, "figure-conflict") == ["46.8万人次"]
    assert flagged(title, other.replace("46.8", "48.9"), "figure-conflict") == ["48.9万人次"]
    local = other.replace("46.8", "48.9").replace("上半年全县乡村旅游", "上半年乡村旅游")
    assert flagged(title, local, "figure-conflict") == []


@pytest.mark.parametrize(
    ("title", "wrong", "right", "category", "excerpt"),
    [
        # quoted names side by side: four of them
        (
            ANNUAL,
            "组织开展“水法宣传周”“河长接待日”“护河进校园”和“节水进社区”五项活动。",
            "组织开展“水法宣传周”“河长接待日”“护河进校园”和“节水进社区”四项活动。",
            "count-mismatch",
            "五项",
        ),
        # a range of months wholly after a half year
        (
            HALF,
            "加强税源监控，7—9月共开展纳税评估26户。",
            "加强税源监控，4—6月共开展纳税评估26户。",
            "period-mismatch",
            "7—9月",
        ),
        # the closing line names another year
        (
            ANNUAL,
            "以上是我2021年度的述职，不妥之处，请批评指正。",
            "以上是我2022年度的述职，不妥之处，请批评指正。",
            "period-mismatch",
            "2021年",
        ),
        # a coverage rate of the units that have it: 8/11 = 72.7%
        (
            ANNUAL,
            "全乡辖11个行政村，已建成村级综合服务站8个，覆盖率达到80.0%。",
            "全乡辖11个行政村，已建成村级综合服务站8个，覆盖率达到72.7%。",
            "figure-mismatch",
            "80.0%",
        ),
        # a structure that must make 100%
        (
            ANNUAL,
            "从用水结构看，生活用水占38.2%，工业用水占45.6%，农业用水占14.1%。",
            "从用水结构看，生活用水占38.2%，工业用水占45.6%，农业用水占16.2%。",
            "figure-mismatch",
            "38.2%，工业用水占45.6%，农业用水占14.1%",
        ),
        # 分别用于 with 其他: 186 + 142 + 97 + 25 = 450
        (
            ANNUAL,
            "全年争取各类资金460万元，分别用于堤防加固186万元、渠道清淤142万元、泵站维修97万元，其他25万元。",
            "全年争取各类资金450万元，分别用于堤防加固186万元、渠道清淤142万元、泵站维修97万元，其他25万元。",
            "figure-mismatch",
            "460万元",
        ),
        # the whole named with 人数: 52/236 = 22.0%
        (
            ANNUAL,
            "全县参考考生1,480人，本科上线236人，其中一本上线52人，占上线人数的25.0%。",
            "全县参考考生1,480人，本科上线236人，其中一本上线52人，占上线人数的22.0%。",
            "figure-mismatch",
            "25.0%",
        ),
    ],
)
def test_more_shapes(title, wrong, right, category, excerpt):
    assert flagged(title, wrong, category) == [excerpt]
    assert flagged(title, right, category) == []


@pytest.mark.parametrize(
    ("title", "wrong", "right", "category", "excerpt"),
    [
        (
            "安顺县2021年工作总结和2022年工作打算",
            "下一步，2021年我们将重点抓好楼宇经济。",
            "下一步，2022年我们将重点抓好楼宇经济。",
            "period-mismatch",
            "2021年",
        ),
        (
            "红石镇2018年工作总结",
            "回顾2017年，我镇坚持项目为王，实施重点项目12个。",
            "回顾2018年，我镇坚持项目为王，实施重点项目12个。",
            "period-mismatch",
            "2017年",
        ),
        (
            "富民县发展和改革局2022年工作总结",
            "推动京东、淘宝、抖音、拼多多三大平台开设特产专区。",
            "推动京东、淘宝、抖音、拼多多四大平台开设特产专区。",
            "count-mismatch",
            "三大",
        ),
        (
            "富民县商务局2022年工作总结",
            "赴浙江、江苏、福建、广东、山东四省开展招商活动。",
            "赴浙江、江苏、广东三省开展招商活动。",
            "count-mismatch",
            "四省",
        ),
        (
            "富民县文旅局2022年工作总结",
            "举办“丰收节”“村晚”“农民运动会”两场活动。",
            "举办“丰收节”“村晚”“农民运动会”三场活动。",
            "count-mismatch",
            "两场",
        ),
        # a part named again before 占比, in the total its 其中 list splits: 48/117 = 41.0%
        (
            "富民县人社局2022年工作总结",
            "全局在职干部职工117人，其中男性69人、女性48人，女性占比45.0%。",
            "全局在职干部职工117人，其中男性69人、女性48人，女性占比41.0%。",
            "figure-mismatch",
            "45.0%",
        ),
        # 党员, 团员 and 群众 make one whole
        (
            "富民县团委2022年工作总结",
            "在册志愿者中，中共党员占35.2%，共青团员占30.4%，群众占36.4%。",
            "在册志愿者中，中共党员占35.2%，共青团员占30.4%，群众占34.4%。",
            "figure-mismatch",
            "35.2%，共青团员占30.4%，群众占36.4%",
        ),
    ],
)
def test_plans_counts_and_named_parts(title, wrong, right, category, excerpt):
    assert flagged(title, wrong, category) == [excerpt]
    assert flagged(title, right, category) == []


def test_a_typeset_count_of_villages_restated():
    body = (
        "（三）乡村振兴。全镇辖 14 个行政村，已有9个村集体经济收入超过10万元。\n"
        "（四）平安建设。全镇 16 个行政村全部建成综治中心。"
    )
    assert flagged("南坪镇2019年上半年工作总结", body, "figure-conflict") == ["16 个"]
    assert flagged("南坪镇2019年上半年工作总结", body.replace("16 个", "14 个"), "figure-conflict") == []


def test_a_whole_named_by_its_head_count():
    # 参考人数 is the 参考学生 stated before: 118/590 = 20.0%
    wrong = "今年高考，我校参考学生590人，本科上线372人；其中一本上线118人，占参考人数的22.0%。"
    assert flagged(ANNUAL, wrong, "figure-mismatch") == ["22.0%"]
    assert flagged(ANNUAL, wrong.replace("22.0%", "20.0%"), "figure-mismatch") == []


def test_the_problems_part_restating_in_other_words():
    title = "和平县水利局2015年工作总结和2016年工作计划"
    body = (
        "一、主要工作\n全年完成小型病险水库除险加固7座，新建农村饮水工程12处。\n"
        "二、存在的问题\n一是今年完成除险加固的9座小型病险水库中，仍有部分配套设施未完善。"
    )
    assert flagged(title, body, "figure-conflict") == ["9座"]
    assert flagged(title, body.replace("9座", "7座"), "figure-conflict") == []


def test_a_metric_of_two_wholes_far_apart_is_no_conflict():
    title = "南湖经济开发区管委会2025年工作总结"
    body = (
        "（一）经济指标。全年园区规模以上企业实现营业收入286.5亿元，同比增长8.2%。\n"
        "（八）体制改革。园区开发建设公司完成市场化转型，全年实现营业收入5.8亿元。"
    )
    assert flagged(title, body, "figure-conflict") == []
    # but the point moved is a slip of the same figure
    moved = "全年接待游客16.4万人次，实现旅游收入8,200万元。\n全乡全年接待游客1.64万人次，带动农户增收。"
    assert flagged("清溪乡2021年工作总结", moved, "figure-conflict") == ["1.64万人次"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("全县共有各级各类学校142所。\n（三）平安校园。全县144所学校全部安装了视频监控系统。", ["144所"]),
        ("街道下设8个社区，全面推行网格化管理。\n二、民生服务\n10个社区全部建成便民服务站。", ["10个"]),
        ("园区现有入园企业173家。\n在179家入园企业中开展“企业服务日”活动。", ["179家"]),
        # some of the schools, not all
        ("全县共有各级各类学校142所。\n（三）平安校园。全县64所学校新装了视频监控系统。", []),
    ],
)
def test_sets_counted_twice_in_more_words(body, expected):
    assert flagged("清江县2022年工作总结", body, "figure-conflict") == expected


def test_a_rate_pairs_the_figures_of_its_own_item():
    # (58 + 33) / 96 = 94.8%: 调解结案58件、仲裁裁决33件 are two items, not a part and its whole
    body = (
        "上半年受理的96件劳动人事争议案件中，调解结案58件、仲裁裁决33件，尚有5件正在审理，仲裁结案率94.8%。"
    )
    assert flagged(HALF, body, "figure-mismatch") == []


def test_a_scope_word_ends_no_list_of_names():
    body = "县职业中专与县内12家企业开展校企合作，开设订单班6个。"
    assert flagged(ANNUAL, body, "count-mismatch") == []


@pytest.mark.parametrize(
    ("title", "wrong", "right", "category", "excerpt"),
    [
        # a later year told as done in the review part
        (
            "县城投公司总经理2015年度述职报告",
            "（三）重点项目。2016年，公司完成保障性住房建设1,260套。",
            "（三）重点项目。2015年，公司完成保障性住房建设1,260套。",
            "period-mismatch",
            "2016年",
        ),
        # 卷 counts archives: (1.38 − 1.15) / 1.15 = 20%
        (
            ANNUAL,
            "全年接收进馆档案1.38万卷，比上年的1.15万卷增长15%。",
            "全年接收进馆档案1.38万卷，比上年的1.15万卷增长20%。",
            "figure-mismatch",
            "15%",
        ),
        # shares of one whole seen 从…看
        (
            ANNUAL,
            "从供水工程覆盖人口看，规模化工程占70.5%，小型集中工程占24.3%，分散式供水占6.2%。",
            "从供水工程覆盖人口看，规模化工程占70.5%，小型集中工程占24.3%，分散式供水占5.2%。",
            "figure-mismatch",
            "70.5%，小型集中工程占24.3%，分散式供水占6.2%",
        ),
    ],
)
def test_later_years_archives_and_views(title, wrong, right, category, excerpt):
    assert flagged(title, wrong, category) == [excerpt]
    assert flagged(title, right, category) == []


def test_the_problems_part_naming_a_set_by_its_noun_alone():
    title = "清江县实验中学2017年校园安全专项工作总结"
    body = (
        "一、基本情况\n学校现有教职工186人，在校学生2,460人。\n"
        "二、存在的问题\n一是安保力量不足，全校168名教职工中专职保安仅6人。"
    )
    assert flagged(title, body, "figure-conflict") == ["168名"]
    assert flagged(title, body.replace("168名", "186名"), "figure-conflict") == []


def test_hospital_figures_restated_among_the_problems():
    title = "安西县人民医院2025年上半年工作总结"
    body = (
        "一、主要工作\n全院实际开放床位640张，平均住院日7.6天，床位使用率88.2%。\n"
        "二、存在的问题\n一是全院670张开放床位长期满负荷运转；二是平均住院日6.7天，仍高于同级医院。"
    )
    assert flagged(title, body, "figure-conflict") == ["670张", "6.7天"]
    right = body.replace("670张", "640张").replace("6.7天", "7.6天")
    assert flagged(title, right, "figure-conflict") == []


def test_a_part_of_a_part_is_not_added_to_the_list():
    body = "学校现有教职工156人，其中专任教师142人，高级职称教师38人，占专任教师的26.8%。"
    assert flagged(ANNUAL, body, "figure-mismatch") == []
    wrong = body.replace("142人", "162人").replace("26.8%", "23.5%")  # 162 > 156; 38/162 = 23.5%
    assert flagged(ANNUAL, wrong, "figure-mismatch") == ["156人"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # more classes than the school has: 全校 marks the whole set
        (
            "学校现有38个教学班，在校学生1,920人。\n二、存在的问题\n一是全校四十一个教学班中，部分班额超过55人。",
            ["四十一个"],
        ),
        # fewer may be some of them
        ("学校现有38个教学班，在校学生1,920人。\n二、存在的问题\n一是全校十二个教学班的班额超过55人。", []),
    ],
)
def test_a_school_counted_by_an_area_word(body, expected):
    assert flagged("红星中学校长2018年述职报告", body, "figure-conflict") == expected


def test_outpatient_and_inpatient_make_the_whole():
    # 0.82 + 1.41 = 2.23亿元
    wrong = "上半年实现医疗收入2.31亿元，其中门诊收入0.82亿元、住院收入1.41亿元。"
    assert flagged(HALF, wrong, "figure-mismatch") == ["2.31亿元"]
    assert flagged(HALF, wrong.replace("2.31亿元", "2.23亿元"), "figure-mismatch") == []


def test_a_rate_restated_with_still():
    title = "澄江水务集团2024年工作总结"
    body = (
        "一、主要工作\n供水管网漏损率由11.6%降至9.4%。\n"
        "二、存在的问题\n一是年末供水管网漏损率仍为9.8%，与先进水平还有差距。"
    )
    assert flagged(title, body, "figure-conflict") == ["9.8%"]
    assert flagged(title, body.replace("9.8%", "9.4%"), "figure-conflict") == []


def test_the_part_of_that_very_name_and_an_x_band_radar():
    body = (
        "全年提取公积金22.40亿元，其中住房消费类提取16.80亿元、非住房消费类提取5.60亿元，"
        "住房消费类提取占比75.0%。"
    )
    assert flagged(ANNUAL, body, "figure-mismatch") == []
    assert flagged(ANNUAL, "完成建设一部X波段天气雷达的前期工作。", "placeholder") == []


def test_the_problems_part_with_names_inside_words():
    title = "成江经济开发区2026年工作总结和2027年工作计划"
    body = (
        "一、主要成效\n全年完成规模以上工业总产值264.8亿元，同比增长7.5%；排查发现各类安全隐患145条。\n"
        "二、存在的问题\n一是规上工业产值246.8亿元中，本地配套企业贡献偏少；二是排查出的154条隐患中尚有8条未整改。"
    )
    assert flagged(title, body, "figure-conflict") == ["246.8亿元", "154条"]
    right = body.replace("246.8亿元", "264.8亿元").replace("154条", "145条")
    assert flagged(title, right, "figure-conflict") == []


def test_a_count_of_named_offices():
    wrong = "在临江、白沙、北岭、东坝三个管理部同步开展非公企业建制攻坚。"
    assert flagged(ANNUAL, wrong, "count-mismatch") == ["三个"]
    assert flagged(ANNUAL, wrong.replace("三个", "四个"), "count-mismatch") == []


def test_per_head_income_and_a_heading_naming_the_set():
    title = "石桥乡2010年工作总结和2011年工作计划"
    body = (
        "一、主要成效\n全乡农民人均纯收入达到4860元，同比增长11.2%。\n"
        "二、存在的问题\n一是群众增收渠道不宽，全乡农民人均纯收入5020元，仍低于全县平均水平。"
    )
    assert flagged(title, body, "figure-conflict") == ["5020元"]
    sets = "街道辖区共有12个社区。\n（二）社区建设\n全街道13个社区全部建立了社区服务站。"
    assert flagged("和平街道2010年上半年工作总结", sets, "figure-conflict") == ["13个"]


def test_the_problems_part_naming_members_in_two_characters():
    title = "青峰县委统战部2018年工作总结"
    body = (
        "一、主要工作\n成立县新的社会阶层人士联谊会，首批吸收会员147名。\n"
        "二、存在的问题\n一是新联会成立时间短，174名会员中经常参加活动的不到一半。"
    )
    assert flagged(title, body, "figure-conflict") == ["174名"]
    assert flagged(title, body.replace("174名", "147名"), "figure-conflict") == []


def test_a_whole_named_after_its_figure():
    body = (
        "一、基金监管\n对全县512家定点医药机构实现检查全覆盖，查处违规定点医药机构96家，"
        "占全县定点医药机构的{}；追回医保基金1268.5万元。"
    )
    title = "桓水县医疗保障局2020年工作总结"
    assert flagged(title, body.format("21.6%"), "figure-mismatch") == ["21.6%"]
    assert flagged(title, body.format("18.8%"), "figure-mismatch") == []
