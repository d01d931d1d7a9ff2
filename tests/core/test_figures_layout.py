# SPDX-License-Identifier: MIT
"""Figures read through the way a draft is laid out: a period line under the title, a site's
residue above it, a breakdown of the first part, the whole a share names, a month that reports a
count, names after a date and before a bracketed noun.

Each case is a wrong passage (the exact span must be flagged) and its right version (nothing).
"""

import pytest

from tests.core.excerpts import found

pytestmark = pytest.mark.core


def test_the_period_line_under_the_title():
    text = (
        "柳河县统计局副局长述职报告\n\n（2022年度）\n\n各位领导、同志们：\n\n"
        "{}，我在局党组的领导下，协助局长分管农业统计和普查工作，现将履职情况报告如下。\n"
        "一、履行职责情况\n全年组织完成各类统计调查任务28项。\n"
    )
    assert found(text.format("2021年"), "period-mismatch") == ["2021年"]
    assert found(text.format("2022年"), "period-mismatch") == []


def test_a_sites_residue_above_the_title_is_not_the_title():
    text = (
        "热门话题/工作总结 统计 年度计划 范文大全\n\n"
        "青川县统计局2018年工作总结和2019年工作计划\n\n"
        "一、2018年工作总结\n全年完成各类调查任务31项。\n{}工作计划\n一是抓好第四次经济普查准备工作。\n"
    )
    assert found(text.format("二、2020年"), "period-mismatch") == ["2020年"]
    assert found(text.format("二、2019年"), "period-mismatch") == []


def test_a_breakdown_of_the_first_part():
    # the parts after a share are a breakdown of the first part, not more parts of the whole
    text = (
        "石桥镇卫生院2021年工作总结\n一、队伍建设\n"
        "全院现有职工486人，其中卫生技术人员412人，占职工总数的84.8%，执业医师136人、注册护士189人。"
    )
    assert found(text, "figure-mismatch") == []
    # the same list without the share between: three parts of one whole, and they exceed it
    flat = text.replace("，占职工总数的84.8%，", "、")
    assert found(flat, "figure-mismatch") == ["486人"]


def test_the_share_of_the_whole_it_names():
    text = (
        "龙门镇2024年上半年工作总结\n一、平安建设\n"
        "上半年受理调处矛盾纠纷152件，调解成功146件，调解成功率96.1%。其中婚姻家庭纠纷41件，占调处总数的{}；"
        "邻里纠纷37件。\n"
    )
    assert found(text.format("27.0%"), "figure-mismatch") == []  # 41 of the 152 handled
    assert found(text.format("28.1%"), "figure-mismatch") == ["28.1%"]


def test_a_month_after_the_half_year_that_reports_a_count():
    text = (
        "清水县第一中学2022年上半年工作总结\n一、招生工作\n"
        "{}高一新生报到468人，报到率97.9%，招生计划全部完成。\n"
    )
    assert found(text.format("9月"), "period-mismatch") == ["9月"]
    assert found(text.format("6月"), "period-mismatch") == []


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        # a date before the first name, and a bracketed class inside the noun after the count
        (
            "4月底前完成红岩、青杠、石门、龙洞三座小（二）型水库的汛前检查。",
            "4月底前完成红岩、青杠、石门、龙洞四座小（二）型水库的汛前检查。",
        ),
    ],
)
def test_names_after_a_date_and_before_a_bracketed_noun(wrong, right):
    title = "北川县水务局2021年上半年工作总结\n一、防汛抗旱\n"
    assert found(title + wrong, "count-mismatch") == ["三座"]
    assert found(title + right, "count-mismatch") == []


def test_a_share_names_its_part_in_words():
    text = (
        "松岭林业局2021年工作总结\n一、经营\n全年实现营业收入3.46亿元，其中木材加工1.52亿元、林下经济0.87亿元、森林旅游0.64亿元、"
        "其他收入0.43亿元，木材加工收入占营业收入的{}。\n"
    )
    assert found(text.format("43.9%"), "figure-mismatch") == []
    assert found(text.format("45.9%"), "figure-mismatch") == ["45.9%"]


def test_an_ordinal_in_a_name_is_no_count():
    text = (
        "河阳县医疗保障局2020年工作总结\n一、基金监管\n"
        "约谈了仁和诊所、惠民大药房、德济堂药店、县第二人民医院等{}定点医药机构负责人。\n"
    )
    assert found(text.format("3家"), "count-mismatch") == ["3家"]
    assert found(text.format("4家"), "count-mismatch") == []


def test_a_subset_of_a_set_just_named_is_no_restatement():
    text = (
        "西江县应急管理局2025年上半年工作总结\n一、安全生产\n上半年全县发生生产安全事故7起，同比下降12.5%。\n"
        "二、存在问题\n一是企业主体责任落实不到位，上半年发生的7起事故中有5起发生在小微企业。\n"
    )
    assert found(text, "figure-conflict") == []


def test_a_counted_total_after_its_parts():
    text = (
        "西阳县财政局2019年工作总结\n一、支出\n其中教育支出7.82亿元、社会保障和就业支出6.93亿元、农林水支出5.21亿元、"
        "卫生健康支出{}，四项合计24.52亿元。\n"
    )
    assert found(text.format("4.56亿元"), "figure-mismatch") == []
    assert found(text.format("4.86亿元"), "figure-mismatch") == ["24.52亿元"]


@pytest.mark.parametrize(
    ("deadline", "flagged"),
    [("力争到2022年底", ["2022年"]), ("力争到2023年底", []), ("计划在2022年内", ["2022年"])],
)
def test_a_deadline_in_the_plan_part(deadline, flagged):
    text = (
        "白马县农技中心2022年工作总结和2023年工作计划\n一、2022年工作总结\n全年推广测土配方施肥42万亩。\n"
        f"二、2023年工作计划\n{deadline}，全县测土配方施肥面积达到45万亩。\n"
    )
    assert found(text, "period-mismatch") == flagged


@pytest.mark.parametrize(
    "body",
    [
        # a part with its own bare share is no whole restated later under a shorter name
        "一、收入\n港口、加工、建筑三个行业合计入库税收2.41亿元，占62.6%。\n二、综述\n全年组织税收3.85亿元，为财政增收作出贡献。",
        # a subset named with 中 and its own share is no restatement of the whole
        "一、休渔\n全县纳入休渔管理的渔船2186艘，按时回港2150艘。按船长分，全县休渔渔船中12米以上渔船1642艘，占75.1%。",
        # a total of 其中 parts after a 看 split is not the last part before it
        "一、执法\n查处违法案件326件。其中，食品类案件138件、价格类案件42件，移送公安机关案件6件。从进度看，1—5月立案271件。",
        # a later figure equal to the first mention restates it, not the slip between them
        "一、抽检\n完成食品抽检1860批次。\n二、存在问题\n完成食品抽检1680批次，问题发现率偏低。\n三、综述\n完成食品抽检1860批次。",
    ],
)
def test_parts_and_repeats_are_no_new_conflict(body):
    text = "江滨县市场监管局2023年上半年工作总结\n" + body + "\n"
    wanted = ["1680批次"] if "1680" in body else []
    assert found(text, "figure-conflict") == wanted
    assert found(text, "figure-mismatch") == []


def test_an_average_is_left_alone_when_another_pair_of_the_passage_gives_it():
    text = (
        "勐腊林场2019年工作总结\n一、森林管护\n"
        "林场现有职工45名，聘用护林员78名，全年巡护9,360人次，人均巡护{}。\n"
    )
    assert found(text.format("120人次"), "figure-mismatch") == []  # 9,360 ÷ 78 护林员
    assert found(text.format("150人次"), "figure-mismatch") == ["150人次"]


def test_per_head_over_the_people_stated_at_the_opening():
    text = (
        "勐海县2015年易地扶贫搬迁专项工作总结\n全年搬迁安置建档立卡贫困群众1,236户5,108人。\n"
        "一、资金\n全年落实建房补助资金5,562万元，户均4.5万元，人均{}。\n"
    )
    assert found(text.format("1.09万元"), "figure-mismatch") == []
    assert found(text.format("1.19万元"), "figure-mismatch") == ["1.19万元"]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # done in a later quarter; the plan in the next clause does not make it a plan
        ("县客运站改造工程已于第三季度通过竣工验收，景观公路路基完成85%，预计10月通车。", ["第三季度"]),
        # a quoted programme name (“雨露计划”) is no plan word
        ("第三季度共组织“雨露计划”培训46期，培训2,760人次。", ["第三季度"]),
        # a plan for the later quarter, said after a comma
        ("第三季度，我们将组织“雨露计划”培训30期。", []),
    ],
)
def test_a_later_quarter_told_as_done(sentence, flagged):
    text = "黄河县交通运输局2014年上半年工作总结\n一、重点工作\n" + sentence + "\n"
    assert found(text, "period-mismatch") == flagged


def test_a_body_year_with_a_month_range_opening_the_report():
    text = (
        "山雨县文广旅体局2016年上半年工作总结\n\n"
        "{}1—6月，县文广旅体局在县委、县政府领导下扎实推进各项工作。\n"
    )
    assert found(text.format("2015年"), "period-mismatch") == ["2015年"]
    assert found(text.format("2016年"), "period-mismatch") == []


def test_names_of_ponds_and_reservoirs_are_counted():
    text = "彭水县水务局2025年上半年工作总结\n一、水利建设\n完成黄家、连湖、万足{}山坪塘整治。\n"
    assert found(text.format("两座"), "count-mismatch") == ["两座"]
    assert found(text.format("三座"), "count-mismatch") == []


def test_a_kind_named_with_占道_is_a_part():
    text = (
        "河西区城管委2018年上半年工作总结\n一、执法\n"
        "受理城管类投诉2460件，其中市容环境类1120件、占道经营类{}、其他类460件，办结率97.2%。\n"
    )
    assert found(text.format("780件"), "figure-mismatch") == ["2460件"]
    assert found(text.format("880件"), "figure-mismatch") == []


def test_teu_is_a_unit():
    text = (
        "云江港2012年工作总结\n一、港口生产\n全年完成集装箱吞吐量18.6万标箱，比上年增加2.4万标箱，增长{}。\n"
    )
    assert found(text.format("16.8%"), "figure-mismatch") == ["16.8%"]
    assert found(text.format("14.8%"), "figure-mismatch") == []


@pytest.mark.parametrize(
    "body",
    [
        # a bare 总产 after another crop's area borrows its subject: three crops, three totals
        "一、粮食生产\n全区小麦播种面积21.6万亩，总产11.06万吨；玉米播种面积20.8万亩，总产10.2万吨。粮食总产达到21.26万吨。",
        # a coverage rate of the part just named, not of the whole population
        "一、家庭医生\n全县常住人口21.8万人，家庭医生签约8.62万人，签约率39.5%；其中重点人群5.04万人，签约4.15万人，签约率82.3%。",
        # a detection rate of those screened, not of those due
        "一、筛查\n全县应筛查常住人口61240人，实际完成筛查58463人，筛查率95.5%。共检出患者412例，检出率为0.70%。",
        # a yield per hectare is no count of a rate
        "一、秋收\n粮食总产58.6万吨，平均单产9.45吨/公顷，机收率100%。",
    ],
)
def test_figures_of_another_subject_or_base_stay_silent(body):
    text = "栾城区农业农村局2023年工作总结\n" + body + "\n"
    assert found(text, "figure-conflict") == []
    assert found(text, "figure-mismatch") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("国美、苏宁、步步高、天虹{}大型商超相继开业。", "三家", "四家"),
        ("新增64排CT、DR、彩超、全自动生化分析仪等{}设备。", "三类", "四类"),
        ("本人牵头包抓城北棚改、南关市场搬迁、集中供热收费、煤矿欠薪等{}信访积案。", "3件", "4件"),
        ("对防川、三家子、马川子、敬信等{}村的民宿进行改造提升。", "3个", "4个"),
    ],
)
def test_lists_of_names_the_count_rule_reads(sentence, wrong, right):
    title = "樟树市商务局2009年工作总结\n一、重点工作\n"
    assert found(title + sentence.format(wrong) + "\n", "count-mismatch") == [wrong]
    assert found(title + sentence.format(right) + "\n", "count-mismatch") == []
