# SPDX-License-Identifier: MIT
"""Right and wrong versions of passages in the shapes a further round of unseen drafts brought:
table rows written as lines of fields, last year's level in brackets after 较上年, a breakdown in
brackets, a 其中 list running on past a semicolon, counts that are items of a list.

Each wrong version must be flagged at the exact span, each right one must stay silent. All
sentences are our own.
"""

import re

import pytest

from tests.core.excerpts import found

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # two rows of a project table: each 投资额 is its own project's
        (
            "figure-conflict",
            "滨江经开区2021年招商工作总结\n一、招商成效\n全年签约项目22个，总投资96.4亿元。重点项目如下：\n"
            "项目名称：临港冷链物流中心；投资额：12亿元；进度：主体完工\n"
            "项目名称：智能家电产业园；投资额：30亿元；进度：已摘地\n"
            "项目名称：海洋生物科技园；投资额：8.5亿元；进度：前期工作\n",
        ),
        # 现场 and 线上 signings are two counts
        (
            "figure-conflict",
            "东湖区投资促进局2022年上半年工作总结\n在杭州、南京举办专场推介会2场，现场签约项目11个；"
            "举办云推介活动3场，线上签约项目7个，总投资26.3亿元。",
        ),
        # the later figure repeats a part given in brackets with the first
        (
            "figure-conflict",
            "北岭县人民法院2020年工作总结\n全年受理执行案件1,946件（含旧存285件，新收1,661件），执结1,752件。\n"
            "全院全年新收各类案件5,208件，其中民商事案件3,120件、刑事案件394件、执行案件1,661件、其他案件33件。",
        ),
        # a 其中 list that runs on past a semicolon: its items are parts, no restatement
        (
            "figure-conflict",
            "南溪县信访局2016年工作总结\n全年共受理群众来信来访2,214件次，同比下降5.1%。其中来信908件次，"
            "占总量的41.0%；来访1,306件次，占总量的59.0%。",
        ),
        # a count that is the next item of a list, not the count of the names before it
        (
            "count-mismatch",
            "河口派出所2023年上半年工作总结\n民警和辅警走进11个行政村、4个居民小区开展反诈宣传，发放资料6800份。",
        ),
        # 每百万人口 is no figure of a million people, and the per-head rate is no whole of the reports
        (
            "figure-mismatch",
            "西岭县市场监管局2022年药品安全工作总结\n全年收集上报药品不良反应报告412份，按全县常住人口61.5万人计算，"
            "每百万人口报告数为670份，其中新的和严重的报告127份，占报告总数的30.8%。",
        ),
        # last year's level in brackets right before the share: not the part of it
        (
            "figure-mismatch",
            "临川市经信局2009年工作总结\n全年完成工业技改投入88.6亿元，同比增长14.2%（2008年为77.6亿元），"
            "占工业投入的61.3%。",
        ),
        # a 分别为 list, then the total's growth against last year
        (
            "figure-mismatch",
            "青田县水利局2013年工作总结\n全年完成水利建设投资3.12亿元，分别为农田水利1.46亿元、防洪工程1.05亿元、"
            "农村饮水0.61亿元，比上年的2.4亿元增长30.0%。",
        ),
        # a part with its share, then a new action after the semicolon: no more parts
        (
            "figure-mismatch",
            "石门乡2024年上半年工作总结\n全乡完成中稻种植3.12万亩，其中机插秧2.05万亩，占中稻种植面积的65.7%；"
            "落实玉米种植面积1.46万亩，平均单产520公斤。",
        ),
    ],
)
def test_traps_stay_silent(category, text):
    assert found(text, category) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "全县家庭医生签约服务人数达到9.12万人，较上年（8.05万人）增长{}%，重点人群签约率持续提高。",
            "13.3",
            "15.3",
        ),
        ("全场森林蓄积量达到112.6万立方米，比去年同期（108.4万立方米）增长{}%。", "3.9", "4.9"),
    ],
)
def test_growth_against_last_year_in_brackets_after_the_comparison(text, right, wrong):
    text = "安平县2019年工作总结\n一、主要成效\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong + "%"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # the whole named by what was done (检查总数), stated in the sentence before
        (
            "今年共检查定点医药机构186家，其中定点医院102家、定点药店84家。发现违规机构{}家，占检查总数的21.5%。",
            "40",
            "46",
        ),
        # a bare 占比 after the whole, with last year's increment between them
        (
            "全县登记家庭农场530家，比上年增加61家，增长13.0%，纳入示范创建的有{}家，占比64.2%。",
            "340",
            "360",
        ),
        # 占计划的, the plan given in an earlier sentence that names the crop
        (
            "年初下达油菜种植计划4.5万亩。各乡镇抢抓农时，全县已播种油菜{}万亩，占计划的91.1%。",
            "4.1",
            "4.3",
        ),
        # the whole abbreviated (社零总额) where the total was named in full
        (
            "全年实现社会消费品零售总额286.5亿元，同比增长9.8%，其中限额以上企业零售额{}亿元，"
            "占全市社零总额的37.4%。",
            "107.2",
            "112.6",
        ),
        # after a share of the year's target, the next figure is a done level again (规上 = 规模以上)
        (
            "全区规模以上工业营业收入402.5亿元，完成年度目标780亿元的51.6%；规上工业总产值366.8亿元，"
            "其中高新技术产业产值{}亿元，占规模以上工业产值比重57.3%。",
            "210.2",
            "224.6",
        ),
    ],
)
def test_a_share_of_a_whole_stated_apart_or_named_another_way(text, right, wrong):
    text = "东川县2022年工作总结\n一、主要成效\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    share = re.findall(r"[0-9.]+%", text)[-1]  # the share the wrong part no longer gives
    assert found(text.format(wrong), "figure-mismatch") == [share]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a heading above the whole names the rate's stem: the heading is no figure's name
        (
            "（三）打击破案工作\n全年立刑事案件128起，同比下降9.2%（上年141起），破获{}起，破案率78.1%。",
            "100",
            "96",
        ),
        # the whole three sentences back, after its parts and their share
        (
            "上半年受理信访事项815件，同比下降4.8%。其中来信122件、来访318件、网上信访375件，"
            "网上信访占信访总量的46.0%。按期受理率100%。共办结{}件，办结率95.0%。",
            "774",
            "760",
        ),
    ],
)
def test_a_rate_over_a_whole_stated_earlier(text, right, wrong):
    text = "青山县2023年工作总结\n一、主要工作\n" + text
    rate = re.findall(r"[0-9.]+%", text)[-1]
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [rate]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # names of cities, forest areas and shops are counted like villages
        ("在广州、厦门、宁波{}城市举办专场招商推介会，现场签约项目9个。", "三个", "两个"),
        ("在鹰嘴岩、白果坪、石门坎{}林区新建高山视频监控点7处。", "三个", "两个"),
        ("对济生堂、同仁、惠民{}药店涉嫌串换药品的问题立案调查。", "三家", "两家"),
        # a list broken over two lines after a 、 runs on into the count
        ("（二）人才培养。选派内科、外科、儿科、\n妇产科{}科室的骨干到市人民医院进修。", "四个", "三个"),
        # the names, a comma, then 共 and the count
        ("在石坝村、黄泥村、青杠村、双河村，共{}村建成村级光伏电站。", "四个", "三个"),
        # 以上 and the count, the names being the sentence before
        (
            "重点整治以下小区：\n枫林小区、锦绣小区、\n金桂小区、滨江小区。\n以上{}小区共新增监控点位56个。",
            "四个",
            "三个",
        ),
    ],
)
def test_counts_of_names_in_more_shapes(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a last 其他 takes in the rest: the shares make the whole
        (
            "全年受理投诉举报1,862件，其中食品、药品、其他类投诉分别占{}。",
            "52.4%、18.9%、28.7%",
            "52.4%、18.9%、26.7%",
        ),
        # the report says the classes make the whole (分为…三类)
        ("全县耕地分为水田、旱地、水浇地三类，分别占{}。", "61.3%、30.2%、8.5%", "61.3%、30.2%、6.5%"),
    ],
)
def test_shares_of_classes_that_make_the_whole(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


def test_shares_of_classes_not_said_to_make_the_whole_stay_silent():
    text = "安和县2021年工作总结\n一、主要工作\n全县耕地中水田、旱地、水浇地分别占61.3%、30.2%、6.5%。"
    assert found(text, "figure-mismatch") == []


def test_a_respectively_list_is_held_to_the_total_before_last_years_level():
    text = (
        "海阳县商务局2015年工作总结\n全年实现自营出口24.36亿美元，同比增长6.4%（2014年为22.89亿美元）。"
        "其中，机电产品、纺织服装、农产品三大类出口分别为11.25亿美元、6.48亿美元、{}亿美元，其他产品出口2.04亿美元。"
    )
    assert found(text.format("4.59"), "figure-mismatch") == []
    assert found(text.format("4.95"), "figure-mismatch") == ["24.36亿美元"]


def test_a_one_off_subsidy_is_no_count_of_times():
    text = (
        "石坝乡2022年上半年工作总结\n上半年发放惠农补贴资金2360万元，其中耕地地力保护补贴1420万元、"
        "实际种粮农民一次性补贴{}万元。"
    )
    assert found(text.format("940"), "figure-mismatch") == []
    assert found(text.format("900"), "figure-mismatch") == ["2360万元"]  # a part short: 一次 is no other unit


@pytest.mark.parametrize(
    ("title", "text", "right", "wrong"),
    [
        # a 前三季度 report: the period word is no part of the metric's name
        (
            "东港区商务局2021年前三季度工作总结",
            "前三季度共签约亿元以上项目36个，总投资248.6亿元。\n三、第四季度工作打算\n抓好项目落地。\n"
            "前三季度主要指标：进出口总额856.2亿元，签约亿元以上项目{}个。",
            "36",
            "34",
        ),
        # a closing line of the campaign's results restates the body
        (
            "临河区公安分局2022年夏季治安打击整治行动工作总结",
            "行动期间共破获刑事案件58起，同比上升16.0%（上年同期50起），抓获违法犯罪嫌疑人93人。\n"
            "二、下一步工作\n保持严打高压态势。\n主要战果：破获刑事案件58起，抓获嫌疑人{}名。",
            "93",
            "39",
        ),
        # the office's short name of a metric (专技人员) and the body's own head noun (林场)
        (
            "国有青松林场2021年工作总结",
            "林场现有在职职工74人，其中专业技术人员19人、工勤人员55人。\n二、存在问题\n"
            "一是林场专技人员仅{}人，年龄结构老化。",
            "19",
            "17",
        ),
    ],
)
def test_restatements_in_more_shapes(title, text, right, wrong):
    text = title + "\n一、主要工作\n" + text
    assert found(text.format(right), "figure-conflict") == []
    assert [x.rstrip("人名个") for x in found(text.format(wrong), "figure-conflict")] == [wrong]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # the same four digits in another order under a common word: two figures, no slip of the pen
        (
            "figure-conflict",
            "全县城镇新增就业5742人，完成目标任务的114.8%。\n农村劳动力培训结业后实现就业2475人，培训后就业率为71.2%。",
        ),
        # a rate after training: of those who then found work, not of a training count
        (
            "figure-mismatch",
            "开展职业技能培训1.32万人次，其中转移就业技能培训7150人次，培训后就业率达到80.5%。",
        ),
        # two kinds of closed cases before a 结案率: the rate is of both together
        (
            "figure-mismatch",
            "仲裁院全年受理争议案件215件，调解结案148件，仲裁结案61件，结案率为97.2%。",
        ),
        # what was found and what was put right: two amounts
        (
            "figure-conflict",
            "审计共发现问题64个，涉及问题金额3.86亿元。\n二、整改情况\n已整改问题金额3.41亿元，其中上缴财政0.72亿元。",
        ),
        # two bodies before 在: the count is of the towns they went to
        ("count-mismatch", "组织文旅、卫健部门在9个镇开展健康讲座。"),
        # the names before 设立 are schools, the count is of what they set up
        ("count-mismatch", "在县第二中学、实验小学设立篮球、排球、乒乓球3个训练点。"),
        # 对全市…家 of two different things
        ("figure-conflict", "对全市36家砖厂开展专项整治。\n对全市27家加油站、8家液化气站进行专项检查。"),
    ],
)
def test_more_traps_stay_silent(category, text):
    assert found("安平县2019年工作总结\n一、主要工作\n" + text, category) == []


def test_last_years_level_before_this_years_is_no_year_slip():
    text = (
        "兰溪县文化和旅游局2019年工作总结\n一、主要成效\n（一）旅游经济快速增长\n"
        "2018年全县接待游客986.4万人次，实现旅游总收入104.2亿元。2019年全县接待游客1108.7万人次，同比增长12.4%。"
    )
    assert found(text, "period-mismatch") == []


def test_a_rectification_report_dates_after_the_audited_year():
    text = (
        "临江市2021年度预算执行审计发现问题整改工作总结\n市审计局会同市财政局组织整改。"
        "截至2022年5月底，整改工作取得明显成效。\n一、基本情况\n共发现问题52个。"
    )
    assert found(text, "period-mismatch") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # 以上 in the same sentence, the names ending in the noun counted
        ("在南苑、北岭、河西、柳湾社区建设日间照料中心，以上{}社区的中心已全部投入运营。", "四个", "三个"),
        # the names in the sentence before, with a count of their own
        (
            "对白沙、龙口、石桥、青山四个乡镇的砖瓦企业开展专项检查。以上{}乡镇的企业共补缴税款86万元。",
            "四个",
            "三个",
        ),
        # the last two joined by 和, the noun said with each name
        (
            "重点检查了东风街道、胜利街道、新华街道和建设街道的燃气管线。以上{}街道共排查用户3120户。",
            "四个",
            "三个",
        ),
        # an open list (等): the count may be larger, never smaller
        ("开展了安全检查、消防演练、应急培训等工作，以上{}工作均按期完成。", "五项", "两项"),
    ],
)
def test_a_count_of_the_names_above(text, right, wrong):
    text = "安和县2021年工作总结\n一、主要工作\n" + text
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong]
