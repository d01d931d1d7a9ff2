# SPDX-License-Identifier: MIT
"""Correct passages that look like figure errors, each beside a wrong version that must be flagged.

The right version must draw no finding of the category; the wrong one must be flagged at the exact
span. Sentences of our own, in the shapes unseen drafts brought: a count before alternatives in
brackets, a modifier that picks some of a group, parts of an earlier total, a total that is not
the only one a share may be of.
"""

import pytest
from jiaogao.core.engine import check_text

from tests.core.excerpts import found

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("category", "text", "wrong", "right", "flagged"),
    [
        # a count before other kinds of the same unit in brackets names no list
        (
            "count-mismatch",
            "桐柏县统计局2021年工作总结\n全县统计工作综合考评在全省{}中位列第5名。",
            "3个市（黄石、鄂州、咸宁、孝感）",
            "13个市（州、区）",
            "3个",
        ),
        # a clause before 的 picks some of the group: not the group restated
        (
            "figure-conflict",
            "安平县残联2020年工作总结\n全县持证残疾人共9,860人，其中肢体残疾5,120人。\n"
            "二、康复服务\n年初入户摸底，{}，全年全部完成适配。",
            "全县持证残疾人9,680人",
            "确认有辅具适配需求的持证残疾人2,410人",
            "9,680人",
        ),
        # the longer name adds another thing (及): the shorter one is a part of it
        (
            "figure-conflict",
            "柳江区税务局2024年工作总结\n全年新增减税降费及退税缓费5.12亿元，惠及纳税人1.6万户次。\n"
            "一、落实税费政策\n{}、留抵退税1.95亿元、缓缴税费0.86亿元。",
            "新增减税降费及退税缓费5.21亿元",
            "新增减税降费2.31亿元",
            "5.21亿元",
        ),
        # 项目中仍有9个: some of the projects, not their number restated
        (
            "figure-conflict",
            "河口镇2022年工作总结\n全年新开工项目27个，完成投资8.6亿元。\n二、存在问题\n一是{}进度滞后。",
            "全年新开工项目29个，部分项目",
            "新开工项目中仍有9个",
            "29个",
        ),
        # a bare 项目 in the problems part is not the long-named projects counted before
        (
            "figure-conflict",
            "石门镇2019年招商引资工作总结\n依托龙头企业引进配套项目8个，到位资金1.2亿元。\n"
            "二、存在问题\n一是用地指标紧张，{}未能按期开工。",
            "依托龙头企业引进配套项目6个，其中部分项目",
            "5个项目",
            "6个",
        ),
        # those served are not every member of the group
        (
            "figure-conflict",
            "安化县残联2018年工作总结\n全县户籍残疾人1.36万人，其中持证残疾人1.12万人。\n"
            "二、康复服务\n全年{}提供基本康复服务，发放辅助器具1,320件。",
            "全县户籍残疾人1.63万人，为他们",
            "为1.18万名残疾人",
            "1.63万人",
        ),
        # the whole the share is of may be either total before it: silent when one of them fits
        (
            "figure-mismatch",
            "清溪镇2023年综治工作总结\n全镇排查矛盾纠纷1,236件，调解成功1,198件。其中土地纠纷342件，占{}。",
            "29.7%",
            "27.7%",
            "29.7%",
        ),
        # parts that exceed the total before them and add up to the one before that split it
        (
            "figure-mismatch",
            "龙泉街道妇联2021年工作总结\n评选星级文明户260户，推荐县级文明户24户，其中城镇家庭96户、农村家庭{}；"
            "举办家庭教育讲座18场。",
            "174户",
            "164户",
            "24户",
        ),
    ],
)
def test_trap_is_silent_and_its_wrong_version_is_flagged(category, text, wrong, right, flagged):
    assert found(text.format(right), category) == []
    assert found(text.format(wrong), category) == [flagged]


def test_year_opening_the_review_is_not_a_plan_for_another_year():
    """将 inside a place name (将乐镇) after the review year is no plan word."""
    text = (
        "将乐镇2019年人居环境整治工作总结\n"
        "2019年，将乐镇按照县委部署，集中开展垃圾清理和厕所改造，全镇12个行政村面貌明显改善。\n"
        "一、工作完成情况\n全年新建改造卫生户厕860座，清理垃圾1,420吨。\n"
        "二、存在问题\n长效管护机制还不健全，部分村保洁经费不足。\n"
        "三、2020年工作打算\n{}继续推进厕所革命，力争新建改造户厕900座。"
    )
    assert found(text.format("2020年，全镇将"), "period-mismatch") == []
    assert found(text.format("2021年，全镇将"), "period-mismatch") == ["2021年"]


def duty(body: str) -> str:
    return (
        "平江县审计局局长2021年度述职述廉报告\n"
        "2021年，本人在县委、县政府的领导下，认真履行审计监督职责，现将履职情况报告如下。\n"
        "一、履职情况\n全年完成审计项目42个，查出违规金额1.36亿元，移送问题线索6件。"
        "组织开展领导干部经济责任审计12项，对县直部门预算执行情况开展全覆盖审计，推动被审计单位"
        "建立健全制度37项，审计整改率达到96%以上。\n"
        f"{body}"
        "二、存在的不足\n一是学习不够系统，二是审计成果运用还不充分。\n"
        "三、2022年打算\n加强审计队伍建设，推进研究型审计，提高审计成果转化率。\n"
    )


def missing(text: str) -> set[str]:
    return {f.rule for f in check_text(text).findings if f.category == "missing-section"}


def test_integrity_told_in_a_paragraph_and_a_year_plan_heading_count_as_sections():
    told = duty("认真落实党风廉政建设“一岗双责”，严格执行中央八项规定精神，全局未发生违规违纪问题。\n")
    assert missing(told) == set()
    assert missing(duty("")) == {"sections.missing.integrity"}


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # the whole named by the share was stated in an earlier section
        (
            "柳城县医保局2023年工作总结\n一、基金运行\n全年医保基金总支出4.16亿元，基金运行平稳。\n"
            "二、待遇保障\n门诊统筹支出0.73亿元，占基金总支出的{}，群众门诊负担减轻。",
            "19.5%",
            "17.5%",
        ),
        # named with a period word and a shorter name than the clause that gave it
        (
            "西溪县交通运输局2024年上半年工作总结\n（一）项目建设提速。上半年完成交通建设投资3.12亿元。\n"
            "（二）农村公路提质。农村公路完成投资1.05亿元，占上半年完成投资的{}。",
            "36.7%",
            "33.7%",
        ),
        # a part of a 其中 list is the whole when the share names it so
        (
            "石桥县水利局2022年工作总结\n全县共有水库52座，其中小型水库47座。\n"
            "二、除险加固\n全年完成病险水库除险加固8座，占小型水库的{}。",
            "18.0%",
            "17.0%",
        ),
    ],
)
def test_share_of_a_whole_stated_in_an_earlier_section(text, wrong, right):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


def test_share_fitting_one_of_two_wholes_of_that_name_is_left_alone():
    """Two funds each have a 基金支出: the share fits one of them, so it is not called wrong."""
    text = (
        "安和县医保局2021年工作总结\n一、基金运行\n职工医保基金支出2.40亿元；居民医保基金支出3.60亿元。\n"
        "二、待遇保障\n住院费用支出1.20亿元，占基金支出的{}。"
    )
    assert found(text.format("50.0%"), "figure-mismatch") == []  # of the 2.40 亿元
    assert found(text.format("33.3%"), "figure-mismatch") == []  # of the 3.60 亿元
    assert found(text.format("41.0%"), "figure-mismatch") == ["41.0%"]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # age groups from 以下 to 以上 are everyone
        (
            "白河县人社局2016年工作总结\n城乡居民养老保险参保9.62万人，参保人员中60岁以上、45至59岁、45岁以下"
            "分别占{}。",
            "28.4%、39.5%、30.2%",
            "28.4%、39.5%、32.1%",
        ),
        # a split of everyone in two (城镇、农村)
        (
            "青山区妇联2020年工作总结\n为适龄妇女免费开展“两癌”筛查6,230人，其中城镇、农村妇女分别占{}。",
            "41.3%和55.7%",
            "41.3%和58.7%",
        ),
        # sources said to be all of it
        (
            "梅岭镇2017年文化工作总结\n建设村级文化广场24个，总投资960万元，资金全部来自中央、省、县三级补助，"
            "分别占{}。",
            "50%、30%和15%",
            "50%、30%和20%",
        ),
        # an industry structure read from further back in its clause
        (
            "东港开发区2012年工作总结\n园区生产总值完成58.3亿元，三次产业结构由上年的4.2:61.8:34.0调整为{}。",
            "3.8:62.1:35.3",
            "3.8:62.1:34.1",
        ),
    ],
)
def test_shares_of_every_part_must_make_100(text, wrong, right):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


def test_shares_of_some_parts_may_make_less_than_100():
    """Three leading industries need not be the whole economy."""
    text = (
        "南湖县2019年工作总结\n电子信息、装备制造、食品加工三大产业分别占规上工业产值的38.2%、27.5%和19.6%。"
    )
    assert found(text, "figure-mismatch") == []


@pytest.mark.parametrize(
    ("text", "wrong", "right", "name"),
    [
        # an item's ordinal before a known indicator in the problems part
        (
            "青峰县林业局2015年工作总结\n一、主要成效\n全县森林覆盖率由上年的60.9%提高到61.4%。\n"
            "二、存在问题\n一是森林覆盖率已达{}，但林分质量不高；二是管护力量薄弱。",
            "61.7%",
            "61.4%",
            "森林覆盖率",
        ),
        # 对辖区 before the name, and the first count named after it (全镇27家规模以上工业企业)
        (
            "柏林镇2023年上半年经济工作总结\n（一）工业平稳。全镇31家规模以上工业企业运行总体平稳。\n"
            "（二）统计工作。对辖区规上工业企业{}逐户上门指导，数据质量明显提升。",
            "33家",
            "31家",
            "规模以上工业企业",
        ),
        # a county's report on 新型农村合作医疗 speaks for the whole county (全县 is its own scope)
        (
            "梨川县2011年新型农村合作医疗工作总结\n一、基本情况\n全年筹集新农合基金5376万元，参合率97.2%。\n"
            "二、存在问题\n全县专职经办人员仅19人，与{}的基金管理规模不相适应。",
            "5736万元",
            "5376万元",
            "基金",
        ),
        # a count of people whose unit was left out: the name says 人数
        (
            "东岭县人社局2013年工作总结\n一、社会保险\n城乡居民社会养老保险参保9.26万人。\n"
            "二、存在问题\n城乡居民养老保险参保人数为{}，缴费档次普遍偏低。",
            "9.62万",
            "9.26万",
            "城乡居民养老保险参保",
        ),
        # the other ways a metric is named (外资实际到位 / 实际利用外资)
        (
            "江口县商务局2020年上半年工作总结\n上半年实际利用外资2340万美元，同比增长6.1%。\n"
            "三、利用外资\n上半年外资实际到位{}，新签约外资项目2个。",
            "2430万美元",
            "2340万美元",
            "外资实际到位",
        ),
        # a year compared with ends at its clause: the rate after it is this year's
        (
            "南川区医保局2025年工作总结\n全区居民医保参保4.62万人，较2024年的4.41万人增长4.8%，居民医保参保率95.6%。\n"
            "二、存在问题\n灵活就业人员参保意愿不强，居民医保参保覆盖率虽达{}，但仍有群众断缴。",
            "95.9%",
            "95.6%",
            "居民医保参保覆盖率",
        ),
    ],
)
def test_one_metric_restated_under_another_opening_or_name(text, wrong, right, name):
    assert found(text.format(right), "figure-conflict") == []
    flagged = [f for f in check_text(text.format(wrong)).findings if f.category == "figure-conflict"]
    assert [f.excerpt for f in flagged] == [wrong]
    assert f"“{name}”" in flagged[0].message


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # a 达标率 counts what passed (合格)
        (
            "石塘镇2021年人居环境整治工作总结\n全年新改户厕860座，抽查240座，合格228座，达标率{}。",
            "97.5%",
            "95.0%",
        ),
        # an 审减率 is taken of what was sent in, not of what was approved
        (
            "北林区审计局2022年工作总结\n完成投资项目结算审计64个，送审金额8.52亿元，审定金额7.81亿元，"
            "审减金额0.71亿元，审减率{}。",
            "9.1%",
            "8.3%",
        ),
        # 税收 names the 税收收入 stated at the opening
        (
            "江北税务分局2016年工作总结\n全年分局组织地方税收收入4.26亿元，同比增长8.1%。\n"
            "一、重点税源\n房地产业入库税款1.38亿元，占分局税收的{}。",
            "35.4%",
            "32.4%",
        ),
    ],
)
def test_rate_and_share_of_the_whole_their_names_give(text, wrong, right):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


def test_parts_of_a_whole_named_before_a_list_with_other():
    """税收收入中，…、其他税种…: the parts name every kind, so they must make the total stated before."""
    text = (
        "宁远县税务局2021年工作总结\n全年组织税费收入31.2亿元，其中税收收入24.6亿元。\n"
        "一、组织收入\n全年税收收入中，增值税11.3亿元、企业所得税5.8亿元、个人所得税1.9亿元、其他税种{}。"
    )
    assert found(text.format("5.6亿元"), "figure-mismatch") == []
    assert found(text.format("6.4亿元"), "figure-mismatch") == ["24.6亿元"]


@pytest.mark.parametrize(
    ("category", "text", "wrong", "right", "flagged"),
    [
        # 面积 alone says nothing of what is measured: 41.2万平方米 of housing is no 12.4公顷 of green
        (
            "figure-conflict",
            "临江市住建局2021年工作总结\n全年改造老旧小区23个，改造面积41.2万平方米。\n"
            "（二）城市绿化\n完成两个公园提质改造，新增城市绿地面积{}。\n三、存在问题\n一是改造面积{}，仍有缺口。",
            ("12.4公顷", "14.2万平方米"),
            ("12.4公顷", "41.2万平方米"),
            "14.2万平方米",
        ),
        # those insured are some of the households, not the households restated
        (
            "figure-conflict",
            "西昌市农业农村局2009年工作总结\n（三）惠农政策。全市共有农户9.8万户，全年发放补贴资金4620万元。"
            "开展农业保险试点，参保农户7.26万户，参保率74.1%。\n二、存在问题\n参保农户{}，保障水平仍然偏低。",
            ("7.62万户",),
            ("7.26万户",),
            "7.62万户",
        ),
        # two wholes, each with its own rate: two counts of 调解成功, not one restated
        (
            "figure-conflict",
            "兰陵县司法局2018年人民调解工作总结\n（三）诉调对接\n全年接受法院委派调解案件438件，调解成功301件，"
            "成功率68.7%。全年接受公安机关移交治安纠纷215件，调解成功{}，成功率92.1%。\n"
            "二、存在问题\n法院委派案件调解成功{}，成功率仍然偏低。",
            ("198件", "310件"),
            ("198件", "301件"),
            "310件",
        ),
        # a per-mu investment of one sub-project is no restatement of the whole project's
        (
            "figure-conflict",
            "海伦市2020年高标准农田建设工作总结\n全年建成高标准农田18.4万亩，项目总投资2.76亿元，亩均投资1500元。\n"
            "（三）节水灌溉\n新增节水灌溉面积3.2万亩，投资4160万元，亩均投资1300元。\n"
            "二、存在问题\n全年建成高标准农田{}，但后期管护资金不足。",
            ("18.6万亩",),
            ("18.4万亩",),
            "18.6万亩",
        ),
        # parts of the total two sentences back, not of the one just before them
        (
            "figure-mismatch",
            "西岭县司法局2009年人民调解工作总结\n全年受理调解各类纠纷2874件，比上年的2650件增长8.5%；"
            "调解成功2791件，调解成功率97.1%。从纠纷类型看，婚姻家庭纠纷862件、邻里纠纷731件、"
            "土地山林纠纷548件、其他纠纷{}。",
            ("743件",),
            ("733件",),
            "2791件",
        ),
        # the same with a split that names every kind (民事、刑事、行政、执行)
        (
            "figure-mismatch",
            "东坡区人民法院2010年工作总结\n全年共受理各类案件5318件，比上年的4892件增长8.7%；审结5011件，"
            "结案率94.2%。其中民事案件3420件、刑事案件684件、行政案件156件、执行案件{}。",
            ("1068件",),
            ("1058件",),
            "5011件",
        ),
    ],
)
def test_traps_of_scope_and_whole(category, text, wrong, right, flagged):
    assert found(text.format(*right), category) == []
    assert found(text.format(*wrong), category) == [flagged]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # a table of key figures after the plan part reports, it plans nothing
        (
            "昌图县2025年秸秆综合利用工作总结\n全县秸秆综合利用率达到91.4%，比上年提高1.2个百分点。\n"
            "二、存在的问题\n秸秆离田成本高。\n三、下一步工作打算\n力争秸秆综合利用率稳定在92%以上。\n"
            "附：2025年主要指标\n秸秆可收集量  208万吨\n秸秆综合利用率  {}\n",
            "91.6%",
            "91.4%",
        ),
        # 为全年目标的98.4% takes a share of the target: what follows in the sentence is done, not planned
        (
            "华宁县农业农村局2023年上半年工作总结\n上半年，全县粮食播种面积完成18.6万亩，为全年目标的98.4%；"
            "农村常住居民人均可支配收入达到7862元，同比增长6.1%。\n"
            "附：上半年主要指标完成情况\n农村居民人均可支配收入 {}\n",
            "7826元",
            "7862元",
        ),
        # 建成 and 建设 name one thing: 建成高标准农田 / 高标准农田建设面积
        (
            "海城市2020年高标准农田建设工作总结\n全年建成高标准农田18.4万亩，项目总投资2.76亿元。\n"
            "二、存在问题\n后期管护资金不足。\n附：主要指标\n高标准农田建设面积  {}\n",
            "18.6万亩",
            "18.4万亩",
        ),
        # a level restated as the base of a plan, the noun after the figure
        (
            "秀山县茶业局局长2016年述职报告\n一、履职情况\n年底全县茶园面积12.6万亩，其中有机茶园2.1万亩。\n"
            "二、下一步打算\n2017年，我将在现有{}茶园的基础上，重点抓低产茶园改造。",
            "13.6万亩",
            "12.6万亩",
        ),
        # a rate restated as the base of a plan, under a shorter name
        (
            "梨树县农机局局长2019年述职报告\n一、履职情况\n全县主要农作物耕种收综合机械化率达到91.2%，比上年提高1.1个百分点。\n"
            "二、下一步打算\n2020年，我将在综合机械化率{}的基础上，力争实现保护性耕作全覆盖。",
            "91.7%",
            "91.2%",
        ),
        # 起数 only restates the unit 起
        (
            "罗溪县消防救援大队大队长2016年述职报告\n一、履职情况\n全年辖区发生火灾326起，同比下降8.2%。\n"
            "二、存在不足\n全县火灾发生起数虽然降至{}，但农村地区火灾仍占一半以上。",
            "341起",
            "326起",
        ),
        # 电诈 is 电信网络诈骗
        (
            "清源县公安局2022年工作总结\n一、打击犯罪\n全年电信网络诈骗案件立案486起，破案211起。\n"
            "二、存在问题\n电诈案件高发，全年电诈立案数仍有{}，群众财产损失较大。",
            "512起",
            "486起",
        ),
        # a count whose unit the name gives (门急诊人次虽达46.2万)
        (
            "和平县人民医院院长2017年述职报告\n一、履职情况\n全年完成门急诊42.6万人次，出院病人2.1万人次。\n"
            "二、存在不足\n二是全年门急诊人次虽达{}，但业务用房紧张。",
            "46.2万",
            "42.6万",
        ),
    ],
)
def test_restatement_in_a_table_a_plan_base_or_under_another_name(text, wrong, right):
    assert found(text.format(right), "figure-conflict") == []
    assert found(text.format(wrong), "figure-conflict") == [wrong]


@pytest.mark.parametrize(
    ("text", "wrong", "right", "flagged"),
    [
        # a bare 占比 of a part named in words, after a 其中 list
        (
            "枫林县乡村振兴局2025年工作总结\n全年统筹使用衔接资金3.12亿元，其中用于产业发展1.96亿元、"
            "基础设施建设0.74亿元、其他0.42亿元，用于产业发展的资金占比达到{}。",
            "百分之六十八",
            "百分之六十三",
            "百分之六十八",
        ),
        # 分别为 right after its total: the parts must make it
        (
            "武隆区交通局2019年前三季度农村公路建设报告\n建成农村公路172.6公里，分别为窄路加宽48.3公里、"
            "通组路86.1公里、资源旅游路{}。",
            "34.2公里",
            "38.2公里",
            "172.6公里",
        ),
        # 调撤率 counts 调解撤诉
        (
            "东坡区人民法院2010年工作总结\n（三）民商事审判\n民事案件2860件中调解撤诉1516件，调撤率{}。",
            "55.3%",
            "53.0%",
            "55.3%",
        ),
        # shares of every class (Ⅱ类…Ⅳ类及以下) must make 100%
        (
            "兰溪市生态环境局局长2024年述职报告\n全市22个国省控断面中，Ⅱ类占45.5%、Ⅲ类占40.9%、Ⅳ类及以下占{}。",
            "18.2%",
            "13.6%",
            "45.5%、Ⅲ类占40.9%、Ⅳ类及以下占18.2%",
        ),
        # age groups from 以上 to 以下 are everyone
        (
            "桃源社区2016年上半年工作总结\n常住人口4820人。按年龄分，60岁以上老人占18.6%、18至59岁居民占63.2%、"
            "18岁以下未成年人占{}。",
            "16.5%",
            "18.2%",
            "18.6%、18至59岁居民占63.2%、18岁以下未成年人占16.5%",
        ),
    ],
)
def test_shares_and_parts_read_from_their_words(text, wrong, right, flagged):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [flagged]


def test_a_later_year_opening_the_review_or_a_result_is_flagged_and_the_plan_is_not():
    text = (
        "舒城县生态环境分局2020年工作总结\n{}，县生态环境分局坚持问题导向，统筹推进污染防治攻坚。\n"
        "一、主要成效\n全年空气优良天数比例达到91.3%。{}园区企业新增就业岗位5200个。\n"
        "二、存在问题\n农村生活污水治理滞后。\n三、2021年工作打算\n2021年，我局将继续推进污染防治攻坚。"
    )
    assert found(text.format("2020年", "全年"), "period-mismatch") == []
    assert found(text.format("2021年", "全年"), "period-mismatch") == ["2021年"]
    assert found(text.format("2020年", "2021年"), "period-mismatch") == ["2021年"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # those a subsidy reached are some of the 脱贫户, not all of them
        (
            "figure-conflict",
            "黄龙镇2019年工作总结\n（三）脱贫成果巩固。全镇有脱贫户612户2104人。\n（四）产业奖补。落实产业奖补资金"
            "186.4万元，惠及脱贫户447户。",
        ),
        # the draft states the change from one count to the other
        (
            "figure-conflict",
            "梅岭镇2016年农民专业合作社清理工作总结\n一、基本情况\n全镇登记农民专业合作社163家。\n"
            "三、取得的成效\n经过清理，全镇合作社数量由163家减少到126家。126家合作社中，有注册商标的19家。",
        ),
        # an item of a list that adds up is borne out, whatever else has its digits
        (
            "figure-conflict",
            "石屏县2020年长期护理保险试点工作总结\n定点护理服务机构共有护理人员1286人。\n"
            "（三）待遇享受。全年享受长期护理保险待遇3104人，其中机构护理1268人、居家护理1836人。",
        ),
        # a figure for those a clause before picks out (入住…的，)
        (
            "figure-conflict",
            "石屏县2020年长期护理保险试点工作总结\n（三）待遇保障。入住定点护理机构的，基金支付比例为70%；"
            "选择居家护理的，基金支付比例为75%。",
        ),
        # two rates of one name, each of its own whole and part
        (
            "figure-conflict",
            "西关社区卫生服务中心主任2022年述职报告\n登记高血压患者5210人，规范管理4127人，规范管理率79.2%；"
            "登记糖尿病患者1802人，规范管理1386人，规范管理率76.9%。",
        ),
        # a rate per thousand is no count of a set
        (
            "figure-conflict",
            "林波区民政局2025年工作总结\n全区养老床位总数3260张，其中机构养老床位2150张、社区养老床位1110张，"
            "每千名老年人拥有养老床位36.5张。",
        ),
        # a part that states its share of what the other names
        (
            "figure-conflict",
            "燕山县人民医院院长2017年述职报告\n全年出院患者2.14万人次，平均住院日7.8天。\n"
            "二、医保服务\n全年医保患者出院1.63万人次，占出院人次的76.2%。",
        ),
        # 另有 stands outside the list
        (
            "figure-mismatch",
            "下庄村2012年工作总结\n全村耕地2145亩，其中水田1380亩、旱地765亩，另有林地3200亩。",
        ),
        # of two counts side by side, the share's whole names the unit of one (监测户)
        (
            "figure-mismatch",
            "樟岭镇2023年防返贫监测工作总结\n全镇纳入监测户110户375人。\n三、工作成效\n"
            "全年消除风险的监测对象64户218人，占监测户总数的58.2%。",
        ),
        # a list carried on over several semicolons
        (
            "figure-mismatch",
            "洛水县2012年新农合工作总结\n全年基金支出8764.2万元，基金使用率94.9%。其中住院补偿支出6931.5万元，"
            "占基金支出的79.1%；门诊补偿支出1245.8万元，占14.2%；大病保险及其他支出586.9万元，占6.7%。",
        ),
        # the first name is a body of another kind than the places counted
        (
            "count-mismatch",
            "兰溪县卫健局2023年上半年工作总结\n县医院与县社会福利中心、东岗、白杨两个乡镇敬老院签订医养合作协议。",
        ),
        # a share of a whole is keyed by no metric of its own
        (
            "figure-conflict",
            "临泽县工信局2024年上半年工作总结\n高新技术产业产值53.8亿元，占规上工业总产值的42.2%。六大重点产业"
            "合计119.9亿元，占规上工业总产值的94.1%。",
        ),
        # 税收收入中 names the 税收收入, not the 非税收入
        (
            "figure-mismatch",
            "丰禾县财政局2019年上半年工作总结\n全县一般公共预算收入8.64亿元，其中税收收入6.12亿元，非税收入2.52亿元。"
            "税收收入中，增值税2.86亿元、企业所得税1.07亿元、个人所得税0.41亿元，其他税种合计1.78亿元。",
        ),
        # 全部 after two stocks: the rate is of all of them
        (
            "figure-mismatch",
            "武陵溪县统计局局长2017年述职报告\n截至年末，全县规上工业企业312家，限额以上批零住餐企业97家，"
            "全部实现联网直报，上报及时率100%。",
        ),
    ],
)
def test_figures_the_draft_itself_explains_stay_silent(category, text):
    assert found(text, category) == []


def test_counts_under_several_classifiers_of_a_list_with_other_add_up():
    text = "赛汗塔拉苏木2010年工作总结\n年末牲畜存栏28.6万头只，其中牛3.2万头、羊24.1万只、其他牲畜{}。"
    assert found(text.format("1.3万头只"), "figure-mismatch") == []
    flagged = [f for f in check_text(text.format("1.6万头只")).findings if f.category == "figure-mismatch"]
    assert [f.excerpt for f in flagged] == ["28.6万头"] and "28.9万头" in flagged[0].message


def test_a_report_on_one_line_of_work_needs_no_integrity_section():
    body = (
        "2026年，我认真履行基层党建第一责任人职责，现将抓基层党建工作情况报告如下。\n一、主要做法和成效\n"
        "全镇新发展党员24名，整顿软弱涣散村党组织3个，组织党员集中轮训1260人次，村级活动场所全部达标。"
        "推行村党组织书记“擂台比武”，选派12名机关干部到村任职，建立党员联系户制度，覆盖全镇4860户群众。\n"
        "二、存在的问题\n部分村党组织书记年龄偏大，后备力量不足。\n三、下一步打算\n选优配强村党组织带头人。"
    )
    thematic = missing("桃园镇党委书记2026年抓基层党建工作述职报告\n" + body)
    general = missing("桃园镇党委书记2026年述职报告\n" + body)
    assert "sections.missing.integrity" not in thematic and "sections.missing.integrity" in general


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # a plan's base without 的, after 已建成的
        (
            "浦塘镇2024年上半年工作总结\n上半年建成高标准农田4200亩，占年度任务的70%。\n"
            "四、下半年工作打算\n（二）在上半年已建成的{}高标准农田基础上，抓紧完成剩余任务。",
            "4600亩",
            "4200亩",
        ),
        # 发展到 brings the figure in and names nothing
        (
            "金竹坪村第一书记2023年述职报告\n一、履职情况\n新扩茶园180亩，全村茶园面积发展到1260亩。\n"
            "四、下一步打算\n一是在现有{}茶园的基础上提升管护水平。",
            "1320亩",
            "1260亩",
        ),
        # 外出务工 is 劳务输出
        (
            "马鞍乡2026年上半年工作总结\n（三）就业增收。上半年全乡劳务输出2860人，其中脱贫劳动力1120人。\n"
            "四、下半年工作打算\n（一）在上半年外出务工{}的基础上，新开发就业岗位200个。",
            "2680人",
            "2860人",
        ),
        # 参合 is 新型农村合作医疗参保; a numbered item (3.) opens the plan's line
        (
            "下庄村2012年工作总结\n（五）社会保障。新型农村合作医疗参保1286人，参合率94.4%。\n"
            "三、下一步打算\n3. 在今年参合{}的基础上，动员外出务工人员参合。",
            "1268人",
            "1286人",
        ),
        # a rate in a key-figure table after the plan looks back like the problems part does
        (
            "文苑县医保局2021年工作总结\n政策范围内住院费用报销比例达到72.4%，较上年提高1.2个百分点。\n"
            "二、存在问题\n基金收支压力加大。\n三、2022年工作计划\n力争住院报销比例稳定在70%以上。\n"
            "附：主要指标\n参保人数：31.2万人；政策范围内住院报销比例{}；\n",
            "70.4%",
            "72.4%",
        ),
    ],
)
def test_restatement_in_a_plan_base_or_a_table_of_key_figures(text, wrong, right):
    assert found(text.format(right), "figure-conflict") == []
    assert found(text.format(wrong), "figure-conflict") == [wrong]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # this year's level stated before, by the name the rate gives
        (
            "兰桥镇2025年工作总结\n全年镇级财政总收入5,648万元，其中税收分成收入1,286万元、非税收入412万元、"
            "上级补助收入3,950万元。"
            "税收分成收入比上年的1,205万元增长{}，主要得益于两家企业达产。",
            "8.7%",
            "6.7%",
        ),
        # 与去年同期的…相比，<name>增长
        (
            "庄河市海洋渔业局2012年上半年工作总结\n上半年全市水产品总产量38.6万吨，其中海水养殖24.6万吨。"
            "与去年同期的37.4万吨相比，水产品总产量增长{}。",
            "4.1%",
            "3.2%",
        ),
    ],
)
def test_growth_against_last_year_of_a_level_named_before(text, wrong, right):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


def test_a_figure_as_of_the_last_month_end_is_the_reports_own():
    """截至2023年12月末 in a 2023 report is this year's figure, and 总资产 is 资产总额."""
    text = (
        "安宁河县国资局2023年工作总结\n截至2023年12月末，县属国有企业资产总额386.5亿元，同比增长8.9%。\n"
        "二、存在问题\n部分企业盈利能力不强。\n三、2024年工作计划\n推进国企改革。\n附：主要指标完成情况\n总资产：{}\n"
    )
    assert found(text.format("386.5亿元"), "figure-conflict") == []
    assert found(text.format("392.1亿元"), "figure-conflict") == ["392.1亿元"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # what is still left undone is no restatement of what was done
        (
            "figure-conflict",
            "木格乡2019年工作总结\n全年硬化通组公路38.5公里。\n二、存在的问题\n全乡还有26公里通组公路未硬化。",
        ),
        # two groups counted together are neither group alone
        (
            "figure-conflict",
            "石楼镇2022年工作总结\n全镇纳入监测对象412人。\n（二）就业帮扶。开发乡村公益性岗位214个，"
            "安置脱贫劳动力和监测对象214人。",
        ),
        # two actions on one thing: 排查 and 化解
        (
            "figure-conflict",
            "丰泽县信访局2008年工作总结\n全县排查信访积案52件，由县级领导包案化解46件，化解率88.5%。\n"
            "三、2009年工作打算\n力争信访总量下降10%以上。\n附：2008年信访工作主要数据\n排查信访积案  52件\n"
            "化解信访积案  46件\n",
        ),
        # a task of another metric in another sentence is not the whole of a bare 上半年完成
        (
            "figure-mismatch",
            "红石岩镇2024年上半年工作总结\n完成固定资产投资3.68亿元，完成全年目标任务7亿元的52.6%。1—5月全镇税收收入"
            "完成2816万元，上半年完成3390万元，占全年任务的56.5%。",
        ),
        # the list follows another count than the total of its unit
        (
            "figure-mismatch",
            "奉溪县人社局2019年根治欠薪冬季攻坚行动工作总结\n县人社局会同住建、交通、水利、公安三个部门组成4个"
            "联合检查组，共检查用人单位428户，其中在建工程项目156个、其他用人单位272户。",
        ),
        # 认真落实…要求 in the review part plans nothing
        (
            "period-mismatch",
            "石岭镇2022年乡村振兴工作总结及2023年工作计划\n一、2022年工作总结\n2022年，石岭镇认真落实“四个不摘”要求，"
            "守住了不发生规模性返贫的底线。\n二、2023年工作计划\n2023年，全镇将继续巩固拓展脱贫攻坚成果。",
        ),
    ],
)
def test_more_figures_the_draft_explains_stay_silent(category, text):
    assert found(text, category) == []


def test_a_plan_heading_for_a_year_after_next_is_flagged():
    text = (
        "利川市农业农村局2013年工作总结\n2013年，全市粮食生产保持稳定，早稻总产9.85万吨。\n"
        "一、主要工作\n新认定家庭农场85家。\n二、存在问题\n农产品深加工能力不足。\n三、{}工作计划\n一是稳定粮食播种面积。"
    )
    assert found(text.format("2014年"), "period-mismatch") == []
    assert found(text.format("2015年"), "period-mismatch") == ["2015年"]


def test_a_year_before_the_hospitals_results_is_flagged():
    text = (
        "河西医院2021年工作总结\n一、医疗服务能力稳步提升\n{}全院共完成门急诊42.6万人次，出院病人1.86万人次。"
    )
    assert found(text.format("2021年"), "period-mismatch") == []
    assert found(text.format("2020年"), "period-mismatch") == ["2020年"]


def test_a_distribution_over_classes_must_make_100():
    text = "锦绣区教育局2017年工作总结\n全区学业水平等级分布为优秀31.5%、良好38.2%、合格24.6%、待合格{}。"
    assert found(text.format("5.7%"), "figure-mismatch") == []
    assert found(text.format("3.7%"), "figure-mismatch") == ["31.5%、良好38.2%、合格24.6%、待合格3.7%"]


def test_a_list_with_other_in_another_classifier_is_held_to_the_total_of_the_other_s_unit():
    text = (
        "奉溪县人社局2019年工作总结\n县人社局会同三个部门组成4个联合检查组，共检查用人单位428户，"
        "其中在建工程项目156个、制造业企业137户、其他单位{}。"
    )
    assert found(text.format("135户"), "figure-mismatch") == []
    assert found(text.format("125户"), "figure-mismatch") == ["428户"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # people set to form groups are no list of the groups
        (
            "count-mismatch",
            "南亭区市场监管局2023年电梯安全专项整治工作总结\n抽调执法和技术骨干组成6个检查组，共检查电梯1245台。",
        ),
        # those insured are a part of all the lifts, with their own coverage rate
        (
            "figure-conflict",
            "南亭区市场监管局2023年电梯安全专项整治工作总结\n一、基本情况\n全区在用电梯3862台。\n"
            "二、主要做法\n推广电梯安全责任保险，全区已投保电梯2980台，覆盖率77.2%。",
        ),
        # 利润总额 names a metric; it is no total of the figures before it
        (
            "figure-mismatch",
            "淮阳城投集团董事长2018年述职报告\n全年实现营业收入27.3亿元，其中经营性收入11.6亿元，占营业收入的42.5%。"
            "新组建物业、建材两个子公司，实现利润总额3.42亿元，较上年的3.05亿元增长12.1%。",
        ),
        # 参加 alone says nothing of who took part
        (
            "figure-conflict",
            "长宁幼儿园2015年工作总结\n（四）家园共育。开展家长学校讲座6期，参加家长1240人次。\n"
            "（五）安全管理。开展消防、防震演练8次，参加师生4120人次。",
        ),
    ],
)
def test_last_round_traps_stay_silent(category, text):
    assert found(text, category) == []
