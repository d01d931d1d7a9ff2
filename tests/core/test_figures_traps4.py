# SPDX-License-Identifier: MIT
"""Right and wrong versions of passages in the shapes the unseen drafts of a later round brought:
levels reached by 降至 or 提高到 restated among the problems, a ratio named in three characters
(药占比), a figure restated with two digits swapped where the draft looks back on its review.

Each wrong version must be flagged at the exact span, each right one must stay silent. All
sentences are our own.
"""

import pytest

from tests.core.excerpts import found

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a level reached by 下降到 is a level, not a change: the problems restate it
        (
            "东林县人民医院2020年工作总结\n一、主要工作\n全院持续推进控费，药占比下降到28.6%，"
            "门诊次均费用182.4元。\n二、存在的问题\n一是控费压力仍然较大，药占比{}，离省定目标仍有差距。",
            "28.6%",
            "31.2%",
        ),
        (
            "清河水务集团2018年工作总结\n一、主要成效\n完成老旧管网改造46公里，管网漏损率降至11.8%，"
            "水质综合合格率100%。\n二、存在的不足\n城区仍有部分铸铁管网未改造，管网漏损率仍达{}，高于行业先进水平。",
            "11.8%",
            "13.5%",
        ),
        # two digits swapped among the problems, in the very unit, with no word in common
        (
            "南平镇2019年工作总结\n一、基本情况\n全镇辖12个行政村，户籍人口2.06万人、5,736户。\n"
            "二、存在的不足\n一是空心化加重，全镇{}中外出务工户超过四成。",
            "5,736户",
            "5,763户",
        ),
        (
            "西塘街道2022年上半年工作总结\n一、主要工作\n便民服务中心窗口办理各类事项8,416件，群众满意率99.2%。\n"
            "二、存在的问题\n窗口人员只有6名，上半年{}的办件量下压力较大。",
            "8,416件",
            "8,461件",
        ),
    ],
)
def test_restated_in_the_review_of_problems(text, right, wrong):
    assert found(text.format(right), "figure-conflict") == []
    assert found(text.format(wrong), "figure-conflict") == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # swapped digits in another unit are two things (人次 of visits, 人 of people)
        "石门乡2021年工作总结\n一、主要成效\n乡综合文化站全年接待群众1,260人次。\n"
        "二、存在的问题\n全乡仍有1,620人未参加城乡居民医保，扩面难度较大。",
        # a change by 同比下降到 is still read with its comparison
        "北湖区2017年工作总结\n一、主要成效\n全区万元GDP能耗同比下降3.2%，单位工业增加值能耗下降到0.62吨标准煤。\n"
        "二、存在的问题\n能耗强度同比下降3.2%，完成情况仍低于市定进度。",
    ],
)
def test_more_restatements_stay_silent(text):
    assert found(text, "figure-conflict") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "云台县档案馆2015年工作总结\n一、主要工作\n截至年底，馆藏档案总量{}，其中文书档案3.4万卷、"
            "科技档案0.8万卷、会计档案0.7万卷、其他档案1.2万卷。",
            "6.1万卷",
            "6.3万卷",
        ),
        (
            "青石镇2024年工作总结\n一、农业生产\n全镇粮食播种面积{}，其中水稻2.6万亩、玉米1.7万亩、其他作物0.4万亩，"
            "粮食总产量稳定在2.1万吨。",
            "4.7万亩",
            "4.9万亩",
        ),
    ],
)
def test_parts_rounded_to_one_decimal_miss_their_total_beyond_rounding(text, right, wrong):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a 不合格率 counts the 不合格 ones
        (
            "上半年完成食品安全监督抽检1,480批次，检出不合格37批次，不合格率{}，核查处置率100%。",
            "2.5%",
            "3.5%",
        ),
        # the whole after the part, when it says it is one (总数, 适龄)
        ("全镇家庭医生签约服务重点人群6.41万人，重点人群总数7.92万人，签约率{}。", "80.9%", "84.9%"),
        ("全县初中在校生12,806人，初中适龄人口13,540人，初中阶段毛入学率达到{}。", "94.6%", "96.4%"),
        # 免疫密度 of the due (应免) and the done (实际免疫)
        (
            "春季集中免疫共应免牲畜8.6万头（只），实际免疫8.3万头（只），免疫密度达到{}，建档率100%。",
            "96.5%",
            "98.5%",
        ),
        # those who sat the exam, in the sentence before, are a whole
        (
            "报名参加高考学生540人，实际参考531人，参考率98.3%。本科上线248人，本科上线率达到{}。",
            "46.7%",
            "49.7%",
        ),
    ],
)
def test_rates_in_more_shapes(text, right, wrong):
    text = "安宁县2023年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # rows of a list, each line naming its own area
        "宁远县2016年矿山整治工作总结\n一、主要做法\n重点整合矿区如下：\n"
        "黄土岭石灰石矿区，整合前8家，整合后2家；\n大坪铁矿区，整合前4家，整合后1家；\n"
        "白水砂石矿区，整合前6家，整合后3家。\n上述3个矿区通过整合共减少矿山企业12家。",
        # the first item of a 分别为 list is one class's part, not the whole restated
        "安平县2024年耕地保护工作总结\n一、基本情况\n全县耕地64.8万亩，其中永久基本农田55.1万亩。"
        "全县耕地分为优先保护类、安全利用类和严格管控类，面积分别为61.2万亩、3.1万亩和0.5万亩。",
        # the breakdowns of two different sets: the year's opening stock and what is kept
        "石川县2015年矿产资源整顿工作总结\n一、基本情况\n年初全县共有各类矿山企业72家，其中建筑石料矿43家、"
        "金属矿13家、煤矿16家。\n二、整顿成效\n经过一年整顿，保留的49家矿山中，建筑石料矿30家、金属矿8家、煤矿11家。",
    ],
)
def test_rows_respective_items_and_two_breakdowns_stay_silent(text):
    assert found(text, "figure-conflict") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a count opening its clause looks back on the list before it
        (
            "对锦华苑、滨江名邸、南浦新村及和平里小区实施雨污分流改造，这{}小区共新铺设污水管网4.2公里。",
            "四个",
            "三个",
        ),
        (
            "镇里选定桥头村、杏园村和柳家村作为林下经济示范村，引导农户种植中药材。{}示范村共发展林下种植1120亩。",
            "三个",
            "两个",
        ),
        (
            "在城关镇、龙溪镇、白石乡、青山乡、石桥镇建成农村食品安全示范街。{}乡镇的示范街累计快检1800余批次。",
            "五个",
            "四个",
        ),
        # a list with its own count, looked back on by 依托
        (
            "建成电子信息、智能装备、新材料、食品加工4个专业园区，新建标准厂房12万平方米。依托{}专业园区推行“一园一策”。",
            "四个",
            "三个",
        ),
        # the last name runs on into what is said of the places
        (
            "东岗、柳坪、鹤山、双桥是我县工业项目最集中的区域。对以上{}集中区，局里实行“一区一专班”。",
            "四个",
            "三个",
        ),
    ],
)
def test_a_count_looks_back_on_the_list_before_it(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # our own village joins the count of those named with 联合
        "联合东溪村、南岭村、石板村、下河村组建强村公司，5个村各出资20万元。",
        # items with figures of their own are no list of names to count
        "新签约项目到位资金分别为：食品加工项目1.2亿元、新型建材项目0.85亿元、物流园项目0.6亿元，三个项目合计到位资金2.65亿元。",
        # an open list before, then a count of another kind
        "帮助企业解决融资、用地等实际困难23个。督促县属企业落实“党建入章”要求，12户县属一级企业全部完成。",
        # the count after a preposition in a time list
        "春节、国庆期间对县城12家宾馆、8个停车场开展价格检查。",
    ],
)
def test_counts_that_are_not_of_the_list_before_stay_silent(text):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text, "count-mismatch") == []


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # a scope after 对 names nothing: 对辖区17家企业 and 对辖区23家药店 are two sets
        (
            "figure-conflict",
            "南溪县市场监管局2023年工作总结\n一、食品安全\n对辖区17家食品生产企业开展全覆盖检查。\n"
            "二、药品安全\n对辖区23家药店、8家诊所开展专项检查。",
        ),
        # a leading industry's 产值 with its share of the zone's whole is a part of it
        (
            "figure-conflict",
            "金川经开区2021年工作总结\n全年实现工业总产值182.4亿元，较上年增长15.0%。\n"
            "二、产业发展\n电子信息产业为首位产业，全年实现产值98.5亿元，占全区工业总产值的54.0%。",
        ),
        # 以上5个社区 are those just named, not the street's whole set of 11
        (
            "figure-conflict",
            "清河街道2025年上半年工作总结\n一、组织覆盖\n街道辖11个社区、86个住宅小区。\n"
            "在桂园、枫林、竹溪、荷塘和柳岸社区推广“红色物业”，以上5个社区均建立了三方联动机制。",
        ),
        # the rate's part is what was 整改, not the four bodies that 完成 it
        (
            "figure-mismatch",
            "云岭县纪委监委2023年工作总结\n一、巡察\n第十轮巡察对县发改局、县住建局、县交通运输局、县水利局开展常规巡察，"
            "共发现问题213个。目前上述四个部门已完成集中整改，已整改问题195个，整改完成率达到91.5%。",
        ),
    ],
)
def test_scopes_shares_and_listed_bodies_stay_silent(category, text):
    assert found(text, category) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a per-month level between the total and its growth: the growth is of the total
        ("上半年累计供餐4.8万人次，月均8000人次，同比增长{}（上年同期4.0万人次）。", "20%", "30%"),
        ("上半年发放临时救助金31.5万元，人均2800元，比上年同期（25.2万元）增长{}。", "25%", "35%"),
    ],
)
def test_growth_of_the_total_past_a_per_head_level(text, right, wrong):
    text = "云山街道2024年上半年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # 件次 received and 件 settled are counts of one thing
        ("全年受理群众来信来访536件次，按期办结521件，办结率{}。", "97.2%", "99.2%"),
        # what was 抽样 is the whole of a 合格率 in the sentence after
        ("在农贸市场快检室开展快检抽样480批次。从检测结果看，合格462批次，快检合格率{}。", "96.3%", "98.3%"),
        # last year's end in brackets
        ("截至年底，全县市场主体总量达到5.28万户，较上年末（4.62万户）增长{}。", "14.3%", "18.3%"),
        # a unit of energy written out after 吨
        ("园区万元工业增加值能耗由0.92吨标准煤降至0.83吨标准煤，下降{}。", "9.8%", "12.8%"),
    ],
)
def test_more_rates_and_growth(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # last year's list in brackets after the rates
        (
            "上半年全镇规上工业产值和工业用电量分别为7.2亿元和9100万千瓦时，同比分别增长12.5%和{}"
            "（上年同期分别为6.4亿元、8000万千瓦时）。",
            "13.8%",
            "6.8%",
        ),
        # last year's list in brackets before the rates
        (
            "全县非公有制经济实现增加值92.6亿元、上缴税收10.4亿元（上年分别为84.2亿元、9.1亿元），"
            "同比分别增长10.0%和{}。",
            "14.3%",
            "18.3%",
        ),
        # last year's levels said without 分别
        ("全年共发生生产安全事故8起、死亡6人，上年同期为10起、8人，同比分别下降20%和{}。", "25%", "40%"),
    ],
)
def test_growth_rates_said_together_against_two_lists_of_levels(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # the report's own field (残疾人) sets no group apart: the key figure restated in the body
        (
            "青川县残疾人联合会2016年残疾人康复工作总结\n主要指标：基本康复服务2640人；辅助器具适配1180件。\n"
            "一、社区康复\n依托社区康复站开展康复训练，全年接受基本康复服务的残疾人达到{}。",
            "2640名",
            "2960名",
        ),
    ],
)
def test_a_group_word_of_the_reports_own_field_sets_no_metric_apart(text, right, wrong):
    assert found(text.format(right), "figure-conflict") == []
    assert found(text.format(wrong), "figure-conflict") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # rows of fields under one label, then 以上N个项目
        (
            "二、项目建设\n今年全镇列入县级调度的工业项目情况如下：\n"
            "项目名称：青河标准厂房三期；投资：1.5亿元；进度：主体完工\n"
            "项目名称：恒达农机配件扩产；投资：7200万元；进度：设备安装\n"
            "项目名称：屋顶分布式光伏发电；投资：2600万元；进度：并网发电\n"
            "以上{}项目总投资2.53亿元。",
            "3个",
            "4个",
        ),
        # short rows of a list opened by a line ending in ：
        (
            "二、重点工作\n重点推进的土壤修复项目：\n金溪镇原化工厂地块修复项目，投资2400万元；\n"
            "青岗乡废弃矿区耕地治理项目，投资1600万元；\n柏林镇河谷农田治理项目，投资1300万元。\n"
            "上述{}项目总投资5300万元。",
            "3个",
            "4个",
        ),
        # the list of the noun counted, not the last list before it
        (
            "分别在县人民医院、县中医院、县妇幼保健院设立康复定点机构，承担医疗康复、儿童康复和辅具评估任务。"
            "县残联与上述{}定点机构签订服务协议。",
            "3家",
            "4家",
        ),
        # 安和药业 is one name
        (
            "瑞丰电子、恒泰精工、安和药业当年成功申报省级企业技术中心。对以上{}企业，管委会给予奖励。",
            "3家",
            "4家",
        ),
    ],
)
def test_counts_of_rows_and_of_lists_further_back(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n全年各项工作稳步推进。\n" + text
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a count named by what was done with it (加固的, 招聘的, 检查的), among the problems or plans
        (
            "一、主要工作\n实施5座小（一）型、小（二）型病险水库除险加固，完成河道治理9.6公里。\n"
            "二、存在的问题\n水利工程管护机制不完善，今年加固的{}病险水库仍缺少专职管护人员。",
            "5座",
            "7座",
        ),
        (
            "一、主要工作\n全年公开招聘特岗教师74名，全部充实到乡村学校。\n"
            "二、下半年工作打算\n做好今年招聘的{}特岗教师岗前培训和上岗工作。",
            "74名",
            "47名",
        ),
        (
            "一、主要工作\n组织执法人员对全部386个网点逐一检查，发现问题52个。\n"
            "二、存在的问题\n在检查的{}网点中，有近三成安全管理员为兼职。",
            "386个",
            "368个",
        ),
    ],
)
def test_a_count_named_by_what_was_done_with_it(text, right, wrong):
    text = "安和县2021年工作总结\n" + text
    assert found(text.format(right), "figure-conflict") == []
    assert found(text.format(wrong), "figure-conflict") == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # what is left: 9 under supervision, 7 closed, the 2 still open
        "一、主要工作\n挂牌督办重大隐患9处，已整改销号7处。\n二、下步打算\n对挂牌督办的2处重大隐患限期在11月底前整改销号。",
        # a part named more closely than the whole: 8 of the 42 audits
        "一、主要工作\n全年完成审计项目42个，其中预算执行审计9个、经济责任审计14个、政府投资审计8个。"
        "全年完成的8个政府投资审计项目均按时出具报告。",
    ],
)
def test_counts_named_by_what_was_done_that_are_other_counts_stay_silent(text):
    assert found("安和县2021年工作总结\n" + text, "figure-conflict") == []


def test_growth_of_a_level_named_with_its_unit():
    text = (
        "安和县民政局2020年工作总结\n一、社会救助\n全年救助7350人次，支出救助资金965万元，"
        "救助人次比上年的6800人次增长{}。"
    )
    assert found(text.format("8.1%"), "figure-mismatch") == []
    assert found(text.format("12.4%"), "figure-mismatch") == ["12.4%"]


def test_a_set_counted_again_under_problems_and_plans():
    text = (
        "白泉县自然资源局局长2017年述职报告\n一、履职情况\n全县共有地质灾害隐患点87处，全部落实群测群防员。\n"
        "二、存在的不足和今后努力方向\n全县{}地质灾害隐患点的监测预警手段还比较落后。"
    )
    assert found(text.format("87处"), "figure-conflict") == []
    assert found(text.format("91处"), "figure-conflict") == ["91处"]


def test_new_employment_said_two_ways_is_one_metric():
    text = (
        "柳河镇2026年上半年工作总结\n上半年，全镇城镇新增就业380人，规上工业产值6.1亿元。\n"
        "一、民生事业\n举办招聘会3场，提供就业岗位1100个，全镇新增就业人数{}，其中返乡创业带动就业72人。"
    )
    assert found(text.format("380人"), "figure-conflict") == []
    assert found(text.format("410人"), "figure-conflict") == ["410人"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # two funds, each with its own 当期结余, in two items of one sentence
        (
            "figure-conflict",
            "鹿家县医保局2021年工作总结\n一、基金运行\n城乡居民医保基金全年收入5.02亿元，支出4.71亿元，当期结余0.31亿元；"
            "职工医保基金全年收入2.46亿元，支出2.18亿元，当期结余0.28亿元。",
        ),
        # a 分别为 list whose own subjects are named before it is no breakdown of the figure before
        (
            "figure-mismatch",
            "青山县卫健委2019年工作总结\n一、公共卫生\n65岁及以上老年人健康管理3.86万人，"
            "高血压、糖尿病患者规范管理分别为2.21万人、0.68万人。",
        ),
        # last year's average is no quotient of this year's figures
        (
            "figure-mismatch",
            "柳塘乡副乡长2021年述职报告\n一、履职情况\n全乡17个村集体经济收入合计386万元，村均22.7万元，"
            "较上年村均15.3万元有较大增长。",
        ),
        # a heading's ordinal is no list of names
        (
            "count-mismatch",
            "丰岭乡2018年上半年工作总结\n五、农村集体“三资”管理\n开展村集体“三资”清查，11个村集体资产总额共计1780万元。",
        ),
        # a 免疫规划 vaccine after the plan heading reports the year under review
        (
            "period-mismatch",
            "东浦区2017年预防接种工作总结\n一、主要工作\n全区接种门诊21个。\n二、2018年工作打算\n"
            "（一）加强接种人员培训。\n2017年，全区共接种免疫规划疫苗14.2万剂次，预防接种工作取得了较好成效。",
        ),
    ],
)
def test_more_readings_that_stay_silent(category, text):
    assert found(text, category) == []


def test_a_whole_year_done_in_a_half_year_report_with_a_long_clause():
    text = (
        "复兴社区2020年上半年工作总结\n一、关爱老人\n上半年完成体检1056人。"
        "全年共为独居老人开展上门巡诊和健康指导620人次。"
    )
    assert found(text, "period-mismatch") == ["全年"]


def test_names_joined_by_a_half_width_comma_are_counted():
    text = (
        "北关街道2012年工作总结\n一、社区建设\n推进北关社区、东方社区,新华社区的便民服务站建设，"
        "{}社区便民服务站全年代办事项2100件。"
    )
    assert found(text.format("3个"), "count-mismatch") == []
    assert found(text.format("2个"), "count-mismatch") == ["2个"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a balance is income less spending; a part of the income in brackets is no income of its own
        ("城乡居民医保基金全年收入4.86亿元，支出4.52亿元，当期结余{}。", "0.34亿元", "0.43亿元"),
        (
            "全年医院总收入3.92亿元（含财政补助收入0.48亿元），总支出3.75亿元，收支结余{}。",
            "0.17亿元",
            "0.27亿元",
        ),
        # a named base in brackets
        ("全年完成集体资产交易386宗，成交金额1.62亿元，较挂牌底价（1.50亿元）溢价{}。", "8.0%", "12.0%"),
        # last year's list in brackets after 较上年同期（
        (
            "生猪和肉牛存栏分别为2.64万头和2970头，较上年同期（2.4万头、2700头）分别增长10%和{}。",
            "10%",
            "16%",
        ),
    ],
)
def test_balances_named_bases_and_bracketed_lists(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # one name a line, under a line ending in ：
        (
            "在三个乡镇先行试点，试点乡镇如下：\n清水镇；\n石桥镇；\n花垣乡。\n以上{}乡镇共培训网格员420人。",
            "三个",
            "两个",
        ),
        # the kind counted inside the noun (试点乡镇), and 组
        ("试点工作在城关镇、雁池乡、皂市镇和新关镇展开，{}试点乡镇共签约居民3.8万人。", "四个", "三个"),
        (
            "桃园组、河湾组、上坪组的灌溉渠完成硬化，总长4.6公里，这{}村民小组的灌溉条件明显改善。",
            "三个",
            "两个",
        ),
    ],
)
def test_more_counts_of_names_above(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n全年各项工作稳步推进。\n" + text
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # a county road's number is no placeholder
        (
            "placeholder",
            "白杨县2021年农村公路工作总结\n一、主要工作\n推进县道X021线升级改造前期工作，完成X108线大修。",
        ),
        # targets listed with 分别为 are no parts of the figure before them
        (
            "figure-mismatch",
            "桥头县住建局副局长2020年述职报告\n一、履职情况\n全年棚户区改造开工680套、基本建成520套，"
            "年度目标分别为680套和500套，分别完成目标任务的100%和104%。",
        ),
        # the estates 纳入改造计划 are the year's own, no plan for it
        (
            "period-mismatch",
            "云禾县住建局2022年城镇老旧小区改造工作总结\n一、基本情况\n2022年全县纳入改造计划的城镇老旧小区58个，"
            "涉及住户9460户。\n二、2023年工作打算\n继续推进老旧小区改造。",
        ),
    ],
)
def test_road_numbers_targets_and_plans_named_as_things_stay_silent(category, text):
    assert found(text, category) == []


def test_the_next_year_told_as_done_in_the_review():
    text = (
        "梅林街道2015年工作总结\n一、平安建设\n{}，街道共受理群众来信来访268件，办结261件。\n"
        "二、2016年工作打算\n继续做好信访工作。"
    )
    assert found(text.format("2015年"), "period-mismatch") == []
    assert found(text.format("2016年"), "period-mismatch") == ["2016年"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("count-mismatch", "白云县文广局2017年工作总结\n一、机关建设\n局党组与局属8个单位签订目标责任书。"),
        (
            "period-mismatch",
            "青石镇2023年上半年工作总结\n一、文化惠民\n按照县文旅局下达的任务，全年需完成“送戏下乡”40场，上半年已完成22场。",
        ),
    ],
)
def test_bodies_under_us_and_tasks_for_the_year_stay_silent(category, text):
    assert found(text, category) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("上半年实现经营收入392万元，完成全年目标（700万元）的{}。", "56.0%", "61.0%"),
        (
            "全年接待游客9.6万人次、实现旅游收入4800万元，较上年的8.0万人次、4000万元，同比分别增长20%和{}。",
            "20%",
            "30%",
        ),
        (
            "全县广播人口综合覆盖率由96.8%提高到98.4%，电视人口综合覆盖率由95.2%提高到98.1%，分别提高1.6个和{}百分点。",
            "2.9个",
            "3.9个",
        ),
    ],
)
def test_shares_of_a_bracketed_target_and_more_growth_lists(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    flagged = found(text.format(wrong), "figure-mismatch")
    assert len(flagged) == 1 and flagged[0].startswith(wrong)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # an amount named by what was done with it, in the 廉洁 part
        (
            "一、履职情况\n全年争取上级体育资金1750万元。\n二、廉洁自律\n对争取的{}上级体育资金实行专账核算。",
            "1750万元",
            "1570万元",
        ),
        # the count of what was 发现, not of what was 整改 after it
        (
            "一、主要工作\n全年共排查发现文物安全隐患74处，已整改68处。\n二、下一步工作打算\n"
            "对此次专项整治中发现的{}隐患实行“销号管理”。",
            "74处",
            "82处",
        ),
    ],
)
def test_more_figures_named_by_what_was_done(text, right, wrong):
    text = "安和县2021年工作总结\n" + text
    assert found(text.format(right), "figure-conflict") == []
    assert found(text.format(wrong), "figure-conflict") == [wrong]


def test_last_years_count_named_by_what_was_done_is_another_count():
    text = (
        "云梦县疾控中心2015年结核病防治工作总结\n一、结核病防治\n全年共登记肺结核患者214例。"
        "对上年登记的198例患者进行疗效评价。"
    )
    assert found(text, "figure-conflict") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("在县一中、县职中、实验中学、新河二中开展主题团日活动，上述{}学校共组织活动48场。", "4所", "3所"),
        (
            "纺机厂小区、供销社家属院、水泥厂宿舍、税务局住宅楼改造效果突出，上述{}小区被评为示范小区。",
            "四个",
            "三个",
        ),
    ],
)
def test_an_explicit_look_back_counts_the_list_before_its_verb(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n全年各项工作稳步推进。" + text
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong]


def test_a_figure_restated_in_the_integrity_part_of_a_duty_report():
    text = (
        "南水县人民医院院长2023年述职报告\n一、履职情况\n全年医疗收入6.84亿元，药占比由上年的31.6%降至28.2%。\n"
        "二、廉洁自律情况\n坚持药品、耗材阳光采购，严控不合理用药，全院药占比降至{}。"
    )
    assert found(text.format("28.2%"), "figure-conflict") == []
    assert found(text.format("29.2%"), "figure-conflict") == ["29.2%"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # the 合格率 of a whole less those that failed
        ("完成食品安全监督抽检2450批次，检出不合格样品49批次，抽检合格率{}。", "98.0%", "99.0%"),
        # those 规范 meet the 达标率
        ("共抽查商户820户，明码标价规范的商户有738户，明码标价达标率{}。", "90.0%", "95.0%"),
        # the full name finds the whole, the last word the part
        ("上半年列入定期检验计划的设备共1650台。已按期完成检验1584台，定期检验率达到{}。", "96.0%", "98.9%"),
    ],
)
def test_rates_by_failures_by_synonyms_and_by_the_last_word(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


def test_a_growth_rate_before_last_years_base_of_a_level_named_earlier():
    text = (
        "青岚县工信局2022年上半年工作总结\n一、工业运行\n上半年全县工业用电量4.30亿千瓦时，规上工业产值91.3亿元。\n"
        "二、要素保障\n全县工业用电量同比增长{}（上年同期3.70亿千瓦时），反映出企业生产持续回暖。"
    )
    assert found(text.format("16.2%"), "figure-mismatch") == []
    assert found(text.format("9.8%"), "figure-mismatch") == ["9.8%"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "柳河镇2018年工作总结\n一、文化活动\n{}，镇里在云台山景区举办迎新春民俗文化展演。\n\n柳河镇人民政府\n2018年12月28日",
            True,
        ),
        (
            "柳河镇2018年工作总结\n一、文化活动\n{}，镇里在云台山景区举办迎新春民俗文化展演。\n\n柳河镇人民政府\n2019年1月15日",
            False,
        ),
    ],
)
def test_a_dated_event_of_the_next_year_told_as_done(text, flagged):
    assert found(text.format("2018年1月"), "period-mismatch") == []
    assert found(text.format("2019年1月"), "period-mismatch") == (["2019年1月"] if flagged else [])


def test_the_next_years_count_told_as_done_with_another_verb():
    text = (
        "江口海事处2009年工作总结\n一、应急搜救\n{}，我处共组织水上搜救行动27次。\n"
        "二、2010年工作打算\n继续做好搜救工作。"
    )
    assert found(text.format("2009年"), "period-mismatch") == []
    assert found(text.format("2010年"), "period-mismatch") == ["2010年"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # averages listed with 分别为 add up to nothing
        (
            "figure-mismatch",
            "宝山县统计局2025年上半年工作总结\n一、主要指标\n社会消费品零售总额完成39.5亿元。"
            "城乡居民人均可支配收入分别为21860元和9740元，同比分别增长4.9%和6.7%。",
        ),
        # a share named by its part (其中固定资产占…) is not taken of the last item, nor of a sibling part
        (
            "figure-mismatch",
            "罗溪县2022年资产清查工作总结\n一、基本情况\n全县资产总额86.4亿元。从资产构成看，流动资产18.6亿元、"
            "固定资产41.3亿元、公共基础设施22.8亿元、其他资产3.7亿元，其中固定资产占资产总额的47.8%。"
            "从单位类型看，行政单位资产31.5亿元、事业单位资产54.9亿元，行政单位资产占资产总额的36.5%。",
        ),
        # the words before 和 belong to the figure before them
        (
            "figure-conflict",
            "石桥镇副镇长2017年述职报告\n一、财政工作\n全年实现财政收入5260万元，全镇一般公共预算支出6840万元。\n"
            "二、廉洁自律\n在全镇5260万元财政收入的组织和6840万元支出的审批中，坚持按程序办事。",
        ),
        # the rest done another way makes the rate
        (
            "figure-mismatch",
            "河西街道2024年上半年工作总结\n一、社保服务\n完成辖区3260名领取养老金人员资格认证，其中静默认证2870人，"
            "其余390人由社区工作人员上门协助完成认证，认证率100%。",
        ),
        # 1+X is a certificate scheme; 以上三个项目 are those named, no total
        (
            "placeholder",
            "桥头职校校长2022年述职报告\n一、教学改革\n在5个专业开展“1＋X”职业技能等级证书试点。",
        ),
        (
            "figure-mismatch",
            "松林县教育局2019年工作总结\n一、民生实事\n教育民生实事共3项。以上三个项目均已按期完工，"
            "其中城区第三小学新增学位1350个。",
        ),
        # 其中 after a split view's list is of the whole
        (
            "figure-mismatch",
            "云山县商务局2019年工作总结\n一、招商引资\n新签约项目42个，按产业分，工业项目26个、现代服务业项目11个、"
            "现代农业项目5个，其中投资亿元以上项目19个。",
        ),
        # names before 和 then a count of another kind; a scope after 对
        (
            "count-mismatch",
            "大石镇2020年上半年工作总结\n一、物流\n整合邮政、供销和3家民营快递企业资源，建成物流共配中心1个。",
        ),
        (
            "count-mismatch",
            "新河镇镇长2012年述职报告\n一、校园安全\n组织派出所、安监站对全镇8所学校开展安全大检查。",
        ),
        # 主要经济指标 plans nothing
        (
            "period-mismatch",
            "华溪县统计局2016年工作总结和2017年工作计划\n一、2016年工作总结\n完成普查区划分工作。\n"
            "2016年全县主要经济指标初步统计如下：地区生产总值完成156.3亿元。\n二、2017年工作计划\n做好统计工作。",
        ),
    ],
)
def test_readings_from_the_last_round_stay_silent(category, text):
    assert found(text, category) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # the increase of an increase task
        (
            "年末各项存款余额5.82亿元，较年初增加0.74亿元，增长14.6%，完成县联社下达增存任务0.7亿元的{}。",
            "105.7%",
            "115.7%",
        ),
        # last year's level in brackets after 较上年同期 is no part of this year's plan
        (
            "本季共收购中晚稻6.84万吨，较上年同期（5.96万吨）增长14.8%，完成县政府下达收购计划6万吨的{}。",
            "114.0%",
            "124.0%",
        ),
    ],
)
def test_shares_of_a_task_after_a_change(text, right, wrong):
    text = "桃源县2016年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # a level said to have moved is a change told in two sentences
        (
            "figure-conflict",
            "观音乡2012年工作总结\n一、扶贫开发\n年初全乡有扶贫对象4380人，贫困发生率22.6%。通过产业扶持等措施，"
            "年末扶贫对象降至3220人，贫困发生率下降到16.6%。",
        ),
        # a clause's opening count does not look back past its paragraph, nor take a list with another count
        (
            "count-mismatch",
            "河口镇2016年上半年工作总结\n一、结对帮扶\n全镇组织县、镇、村三级干部246名与1148户贫困户结成帮扶对子。"
            "5个贫困村均派驻了驻村工作队。\n二、社会保障\n对因病、因灾导致生活困难的贫困户实施临时救助37户次。\n"
            "三、基础设施\n石桥村新修通组公路3.6公里。5个贫困村全部通了动力电。",
        ),
    ],
)
def test_changes_told_in_two_sentences_and_counts_in_another_paragraph_stay_silent(category, text):
    assert found(text, category) == []
