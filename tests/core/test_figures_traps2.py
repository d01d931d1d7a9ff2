# SPDX-License-Identifier: MIT
"""More right and wrong versions of one passage, from the shapes a later round of unseen drafts
brought: counts written in Chinese numerals, a figure repeated three times with the middle one
slipped, a rate of the parts of a list, rates over two stretches of time.

Each wrong version must be flagged at the exact span, each right one must stay silent. All
sentences are our own.
"""

import pytest

from tests.core.excerpts import found

pytestmark = pytest.mark.core


@pytest.mark.parametrize(
    ("category", "text", "wrong", "right", "flagged"),
    [
        # a count in Chinese numerals restated in digits among the problems
        (
            "figure-conflict",
            "青峰县审计局2020年工作总结\n一、主要工作\n全年完成经济责任审计项目十二个，查出问题金额860万元。\n"
            "二、存在问题\n一是审计力量不足，全年{}中，部分项目延期完成。",
            "完成的9个经济责任审计项目",
            "完成的12个经济责任审计项目",
            "9个",
        ),
        # and the other way round: digits first, then a Chinese numeral
        (
            "figure-conflict",
            "石岭镇2017年安全生产工作总结\n全年共发生生产安全事故3起，死亡2人，同比下降25%。\n"
            "二、存在的问题\n全镇生产安全事故虽降至{}，但事故隐患仍然较多。",
            "五起",
            "三起",
            "五起",
        ),
        # the middle one of three slipped: the third agrees with the first, so only the middle one is odd
        (
            "figure-conflict",
            "安溪区市场监管局2022年工作总结\n一、市场主体\n全年新登记市场主体4615户，同比增长6.2%。\n"
            "二、存在问题\n新增市场主体{}户中个体户占比偏高。\n附：主要指标\n新增市场主体：4615户",
            "4651",
            "4615",
            "4651户",
        ),
        # what was done, restated as the object of a plan (对已取缔的…开展回访)
        (
            "figure-conflict",
            "清河镇2019年河道整治专项工作总结\n一、主要做法\n全年取缔河道非法洗砂点19处，清运弃渣2.3万立方米。\n"
            "二、下一步打算\n一是对已取缔的{}处洗砂点开展回访检查，防止反弹。",
            "17",
            "19",
            "17处",
        ),
    ],
)
def test_wrong_version_flagged_right_one_silent(category, text, wrong, right, flagged):
    assert found(text.format(right), category) == []
    assert found(text.format(wrong), category) == [flagged]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # 一起 is "together", 两个 a set phrase: small Chinese numerals are no counts to compare
        (
            "figure-conflict",
            "南坪街道2021年工作总结\n全年调处矛盾纠纷案件3起。\n二、存在问题\n"
            "与派出所一起调处矛盾纠纷案件，两个网格的力量仍显不足。",
        ),
        # whom the scheme should reach (应参保) against who joined (参保)
        (
            "figure-conflict",
            "西陵县医保局2019年工作总结\n全县城乡居民医保应参保人数285430人，实际参保279860人，参保率98.0%。\n"
            "全年主要指标：城乡居民参保279860人。",
        ),
        # two rates, each of its own whole; the whole of the first stands before a ；
        (
            "figure-conflict",
            "临江县司法局2024年人民调解工作总结\n全年共调解矛盾纠纷3120件；调解成功3046件，调解成功率97.6%。\n"
            "全年接受法院委派调解案件215件，调解成功148件，调解成功率68.8%。",
        ),
        # the comparison after a 其中 list is of the total, not of the last item
        (
            "figure-mismatch",
            "丰乐街道2023年信访工作专项总结\n全年共受理信访事项536件，其中来信102件、来访281件、网上信访"
            "131件、其他22件，较2022年的583件下降8.1%。",
        ),
        # two stretches of the half year are no part and its whole
        (
            "figure-mismatch",
            "东湖区行政审批局2026年上半年工作总结\n1—5月网上办结事项5120件，6月办结1180件，上半年按时办结率99.6%。",
        ),
        # 按时 in the rate's name: those published on time are not stated, only all that were
        (
            "figure-mismatch",
            "北川县发改局2021年工作总结\n归集各类信用信息9.6万条，公示行政许可和行政处罚信息2870条，按时公示率100%。",
        ),
    ],
)
def test_traps_stay_silent(category, text):
    assert found(text, category) == []


def test_on_time_rate_of_counts_that_say_on_time_is_still_checked():
    text = "南岸区统计局2023年工作总结\n全年应报统计报表2480份，按时报送{}份，及时率99.2%。"
    assert found(text.format("2460"), "figure-mismatch") == []
    assert found(text.format("2410"), "figure-mismatch") == ["99.2%"]


def test_a_long_closing_paragraph_naming_chat_groups_is_no_web_residue():
    text = (
        "柳塘镇2020年河长制工作总结\n一、主要工作\n全年巡河1260人次。\n二、下一步打算\n"
        "一是加强日常巡查，对发现的问题及时交办；二是建立镇、村两级巡河QQ群和微信群，做到问题随手拍、随时报，"
        "形成群防群治、共管共护的良好格局。"
    )
    assert found(text, "web-residue") == []


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # names first, then 分别为: the list follows its total straight after 其中
        (
            "东林区市场监管局2024年上半年工作总结\n全区受理各类诉求{}件，其中投诉、举报、咨询分别为2140件、"
            "615件、1870件。",
            ("4625", "4685"),
        ),
        # the total two clauses back, past a ；and the count of successes
        (
            "平川县司法局2019年人民调解工作总结\n全县各级调委会共调解矛盾纠纷{}件，比上年增长6.4%；调解成功"
            "1912件，涉及金额2860万元。从类型看，婚姻家庭、邻里、土地和其他纠纷分别为486件、702件、391件、376件。",
            ("1955", "1995"),
        ),
    ],
)
def test_a_respectively_list_adds_up_to_its_total(text, total):
    right, wrong = total
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong + "件"]


@pytest.mark.parametrize(
    ("text", "right", "wrong", "flagged"),
    [
        # 生均: per pupil; a point moved by one place is still a slip of the same digits
        (
            "河西区教育局2022年工作总结\n投入资金1560万元改善薄弱学校办学条件，惠及学生6500人，生均{}元。",
            "2400",
            "240",
            "240元",
        ),
        # 每台约: an average when 约 says it was worked out
        (
            "南岭县城市管理局2023年燃气安全专项整治总结\n为餐饮场所安装燃气报警器2150台，财政投入资金172万元，"
            "每台约{}元。",
            "800",
            "950",
            "约950元",
        ),
    ],
)
def test_an_average_is_the_total_over_the_count(text, right, wrong, flagged):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [flagged]


def test_a_standard_paid_to_each_is_no_average():
    text = "岭南镇2021年工作总结\n为全镇126户危房改造户发放补助资金50.4万元，每户补助3000元，其余由农户自筹。"
    assert found(text, "figure-mismatch") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a share of a whole stated with its parts the sentence before: the parts are not the whole
        (
            "平塘县审计局2016年专项审计工作总结\n全县涉农资金总额5.12亿元，其中中央资金2.08亿元、省级资金1.34亿元、"
            "县级资金1.70亿元。审计抽查涉农资金4.36亿元，占涉农资金总额的{}。",
            "85.2%",
            "87.2%",
        ),
        # last year's base in brackets, given as the year before the review
        (
            "石桥镇2019年工作总结\n全镇农村居民人均可支配收入达到16420元，增长{}（2018年15060元）。",
            "9.0%",
            "8.0%",
        ),
        # the done part named a few words before its figure
        (
            "东坡区农业农村局2022年上半年工作总结\n今年下达高标准农田建设任务1.5万亩，已完成土地平整和沟渠配套9600亩，"
            "完成率达到{}。",
            "64.0%",
            "69.0%",
        ),
        # the whole in brackets after the rate
        (
            "南湖区医保局2021年工作总结\n全区基本医疗保险参保人数38.64万人，户籍人口参保率达到{}（全区户籍人口39.8万人）。",
            "97.1%",
            "98.1%",
        ),
    ],
)
def test_shares_and_rates_of_a_whole_stated_apart(text, right, wrong):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        # a year in brackets that is not the year before the review is no base of this growth
        "石桥镇2019年工作总结\n全镇农村居民人均可支配收入达到16420元，增长9.0%（2015年11860元）。",
        # a rate of the households, with the people counted beside them
        "临水县乡村振兴局2024年工作总结\n全县纳入防返贫监测对象1420户5038人，已消除风险户1012户3720人，"
        "风险消除率71.3%。",
    ],
)
def test_bases_and_pairs_that_do_not_apply_stay_silent(text):
    assert found(text, "figure-mismatch") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a plan paragraph that opens with the year under review, with no 将 or 计划 in its first words
        (
            "林口县卫健局2018年工作总结\n一、主要工作\n全年完成诊疗62.4万人次。\n二、下一年工作思路\n"
            "{}年，重点做好以下工作：一是推进医共体建设；二是加强基层人才队伍建设。",
            "2019",
            "2018",
        ),
        # 在…的基础上 further on in the plan is no look back that would excuse the year
        (
            "临水县水务局局长2021年度述职报告\n一、履职情况\n全年完成水利投资2.6亿元。\n二、廉洁自律情况\n"
            "严格遵守廉洁自律各项规定。\n三、下一步工作打算\n{}年，我将重点抓好以下工作：一是在农村自来水普及率已达"
            "91.6%的基础上，再实施供水提质工程22处。",
            "2022",
            "2021",
        ),
    ],
)
def test_a_plan_for_the_year_already_under_review_is_flagged(text, right, wrong):
    assert found(text.format(right), "period-mismatch") == []
    assert found(text.format(wrong), "period-mismatch") == [wrong + "年"]


def test_doing_well_in_the_review_part_is_no_plan():
    text = (
        "林口县卫健局2018年工作总结\n一、主要工作\n2018年，重点做好以下工作：一是推进医共体建设，"
        "组建医共体3个；二是全年完成诊疗62.4万人次。\n二、下一年工作思路\n2019年，继续深化医改。"
    )
    assert found(text, "period-mismatch") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # the items of an announced count one a line
        (
            "岭东县审计局2022年专项审计工作总结\n审计发现的问题主要集中在以下{}方面：\n一是资金闲置，涉及金额312万元。\n"
            "二是虚报冒领，涉及金额28万元。\n三是挤占挪用，涉及金额146万元。\n\n三、整改情况\n已整改问题26个。",
            "三个",
            "四个",
        ),
        # people named and counted in 名
        (
            "青溪县司法局2020年工作总结\n开展“优秀调解员”评选，评选出刘桂英、周明德、郑小红、吴长青{}“优秀调解员”。",
            "四名",
            "三名",
        ),
    ],
)
def test_counts_of_items_on_lines_and_of_people(text, right, wrong):
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong if "方面" not in text else wrong + "方面"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # the growth after a 其中 list is of its total, against a base named by year
        (
            "figure-mismatch",
            "东湖区民政局2020年工作总结\n全年发放城乡低保金9260万元，其中城市4120万元、农村5140万元，"
            "比2019年的8610万元增长7.5%。",
        ),
        # the first parts make the total; what follows the ；is another count
        (
            "figure-mismatch",
            "南山县人民医院2025年上半年工作总结\n上半年完成门急诊31.42万人次，其中1—5月完成26.05万人次，"
            "6月完成5.37万人次；出院患者1.86万人次，同比增长4.2%。",
        ),
        # a split by quarter after a named 中 list is of the year's total, not of the list's last item
        (
            "figure-mismatch",
            "清源县财政局2021年工作总结\n全年一般公共预算收入完成9.12亿元。税收收入中，增值税3.05亿元、"
            "企业所得税1.16亿元、其他各税2.37亿元。分季度看，上半年入库4.98亿元，下半年入库4.14亿元。",
        ),
        # a rate of what was cut
        (
            "figure-mismatch",
            "临川县教育局2022年工作总结\n校外培训机构由64家压减至11家，压减率82.8%。",
        ),
        # 年检合格率: the 年 of 本年新增 is no part of the rate's name
        (
            "figure-mismatch",
            "江北区民政局2021年工作总结\n全区依法登记社会组织386家，其中本年新增29家，年检合格率97.2%。",
        ),
        # two groups counted together are the count of neither
        (
            "figure-conflict",
            "临江县人民医院2023年工作总结\n全年引进博士研究生2名、硕士研究生24名。\n附：主要指标\n"
            "引进博士、硕士研究生26名。",
        ),
        # two budgets, each the base of its own share
        (
            "figure-conflict",
            "白沙县财政局2014年上半年工作总结\n（一）收入。公共财政预算收入完成5.12亿元，完成年度预算9.3亿元的55.1%。\n"
            "（二）支出。公共财政预算支出11.46亿元，完成年度预算23.6亿元的48.6%。",
        ),
        # whom two actions reached, under two headings
        (
            "figure-conflict",
            "石门乡2010年林业工作总结\n（一）林改。发放林权证2104本，涉及农户2086户。\n"
            "（二）退耕还林。发放补助资金72.5万元，涉及农户964户。",
        ),
        # key figures listed again in an appendix are no repeated sentences
        (
            "duplicate",
            "安平县中医院2024年工作总结\n一、主要工作\n全年患者满意度96.1%；引进硕士研究生12名；获批市级科研课题9项。\n"
            "二、存在问题\n业务用房不足。\n三、2025年打算\n推进三级医院创建。\n附：2024年主要指标\n"
            "全年患者满意度96.1%；引进硕士研究生12名；获批市级科研课题9项。",
        ),
    ],
)
def test_second_round_traps_stay_silent(category, text):
    assert found(text, category) == []


def test_a_figure_in_between_two_that_agree_is_the_odd_one():
    text = (
        "北塘区邮政管理局2025年寄递安全专项整治总结\n一、基本情况\n全区共检查寄递网点{first}个。\n"
        "二、存在问题\n在检查的{middle}个网点中，有三成安全管理制度不健全。\n附：整治主要数据\n检查网点：{first}个"
    )
    # the appendix agrees with the first statement: it is not held against the odd middle one
    assert found(text.format(first=386, middle=368), "figure-conflict") == ["368个"]
    assert found(text.format(first=386, middle=386), "figure-conflict") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # points of a service named before their count
        ("青山乡中心小学2019年上半年工作总结\n我校下辖松坪、竹园、石桥、河湾{}教学点。", "四个", "三个"),
        # clinics of a hospital
        (
            "安宁县中医院2022年工作总结\n新设立失眠门诊、颈肩腰腿痛门诊、治未病门诊{}特色专病门诊。",
            "三个",
            "四个",
        ),
        # the second of two lists, each with its own count
        (
            "桃源县水利局2016年工作总结\n完成龙潭、石门2座中型水库和杨柳、白岩、青冈、桂花等{}小型水库除险加固。",
            "4座",
            "3座",
        ),
    ],
)
def test_counts_after_lists_of_names(text, right, wrong):
    assert found(text.format(right), "count-mismatch") == []
    assert found(text.format(wrong), "count-mismatch") == [wrong]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a series of bare shares: two fit the whole before them, so the third must too
        (
            "青溪县医保局2019年基金运行专项报告\n全年基金支出4.12亿元，同比增长8.6%。从支出结构看，住院支出2.96亿元，"
            "占71.8%；门诊支出0.87亿元，占21.1%；大病保险支出0.29亿元，占{}。",
            "7.0%",
            "5.2%",
        ),
        # a share of the area's count of villages, its whole stated as …个村中
        (
            "柳塘镇党委书记2024年述职报告\n全镇18个村中，村集体经济收入超过30万元的村达到11个，占全镇村总数的{}。",
            "61.1%",
            "66.1%",
        ),
    ],
)
def test_shares_of_a_whole_the_others_show(text, right, wrong):
    assert found(text.format(right), "figure-mismatch") == []
    assert found(text.format(wrong), "figure-mismatch") == [wrong]


def test_a_share_of_another_whole_in_the_series_stays_silent():
    # the last share is of the 住院 whole stated before, not of all spending
    text = (
        "青溪县医保局2019年基金运行专项报告\n全年基金支出4.12亿元，其中住院支出2.96亿元。从结构看，"
        "门诊支出0.87亿元，占21.1%；大病保险支出0.29亿元，占7.0%；异地就医支出0.52亿元，占17.6%。"
    )
    assert found(text, "figure-mismatch") == []


def test_a_key_figures_line_after_the_plan_is_checked_item_by_item():
    text = (
        "青原县卫健局2018年工作总结\n一、主要工作\n全年婴儿死亡率{first}，医保基金收入8.4亿元，支出7.6亿元。\n"
        "二、2019年工作思路\n一是推进医共体建设。\n"
        "主要指标完成情况：婴儿死亡率{later}；医保基金收入8.4亿元、支出7.6亿元。"
    )
    assert found(text.format(first="3.42‰", later="3.42‰"), "figure-conflict") == []
    assert found(text.format(first="3.42‰", later="3.24‰"), "figure-conflict") == ["3.24‰"]


def test_a_growth_rate_restated_under_an_acronym():
    text = (
        "柳溪镇党委书记2022年述职报告\n一、抓发展\n全镇实现地区生产总值26.4亿元，增长5.6%；一般公共预算收入1.3亿元。\n"
        "二、存在的问题\n一是新兴产业规模小，全镇GDP增速{}，与规划目标仍有差距。"
    )
    assert found(text.format("5.6%"), "figure-conflict") == []
    assert found(text.format("6.5%"), "figure-conflict") == ["6.5%"]


def test_a_rate_of_growth_against_last_year_names_no_metric():
    text = (
        "海西港务公司2013年上半年工作总结\n上半年完成旅客吞吐量52.4万人次，比上年同期的48.2万人次增长8.7%。\n"
        "二、主要工作措施\n集装箱吞吐量3.18万标箱，比上年同期的2.95万标箱增长7.8%。"
    )
    assert found(text, "figure-conflict") == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # a deadline in the plan part that has already passed
        (
            "石岭村2016年工作总结及2017年工作计划\n一、2016年工作总结\n全年村集体收入6.2万元。\n二、2017年工作计划\n"
            "盘活闲置校舍等资产，到{}年底力争村集体收入达到8万元。",
            "2017",
            "2016",
        ),
        # the plan year told as done in the review part of a summary with a plan
        (
            "东江县商务局2019年工作总结和2020年工作计划\n一、2019年工作总结\n全年实现进出口总额3.2亿美元。"
            "{}年，全县出口过千万美元的企业达到7家。\n二、2020年工作计划\n力争进出口总额增长5%。",
            "2019",
            "2020",
        ),
    ],
)
def test_years_in_a_summary_with_its_plan(text, right, wrong):
    assert found(text.format(right), "period-mismatch") == []
    assert found(text.format(wrong), "period-mismatch") == [wrong + "年"]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # a part that gives its own rate of the other figure
        (
            "figure-conflict",
            "锦绣街道2025年上半年工作总结\n按类别分，环境卫生类1520件、矛盾纠纷类426件、其他类388件。"
            "矛盾纠纷类事件调解成功412件，调解成功率96.7%。",
        ),
        # a rate that only happens to fit the neighbouring day count is no rate of it
        (
            "figure-conflict",
            "安溪县医院2025年上半年工作总结\n全院开放床位820张，平均住院日7.8天，床位使用率89.6%。\n"
            "二、存在的问题\n平均住院日7.8天，仍高于省内同级医院。",
        ),
        # money and goods together against money alone
        (
            "figure-conflict",
            "河西县妇联2025年上半年工作总结\n走访慰问困境儿童205名，发放慰问金和物资折合12.3万元。"
            "走访慰问困难妇女176户，发放慰问金17.6万元，户均1000元。",
        ),
        # a bound and one more item after 和 are no counts of a list
        (
            "count-mismatch",
            "双溪县教育局2018年学生资助专项总结\n资助名单和金额在校内公示不少于5个工作日。"
            "县慈善总会、县总工会和12家爱心企业共捐资助学金96万元。",
        ),
        # a name with 和 in it (仁和) is one name
        (
            "count-mismatch",
            "莲山区残联理事长2023年述职报告\n依托区残疾人康复中心、启明特殊教育学校、仁和社区康复站三家机构开展日间照料。",
        ),
        # the part named by its own words, among list items sharing its last word
        (
            "figure-mismatch",
            "河西镇司法所所长2024年述职报告\n全年共排查调处矛盾纠纷326件。从类型看，婚姻家庭纠纷112件、邻里纠纷87件、"
            "土地山林纠纷64件、其他纠纷63件，婚姻家庭纠纷占纠纷总数的34.4%。",
        ),
        # a list item that adds up with the others is not a slip of a later count
        (
            "figure-conflict",
            "莲山区残联理事长2023年述职报告\n全区持证残疾人2480人，其中肢体残疾1208人、视力残疾412人、言语残疾132人、"
            "其他残疾728人。\n为213名0至6岁残疾儿童实施康复救助。",
        ),
    ],
)
def test_final_round_traps_stay_silent(category, text):
    assert found(text, category) == []


@pytest.mark.parametrize(
    "text",
    [
        # a new total after the bracketed part is no part
        "西昌街道2023年工作总结\n新增“四上”企业17家（其中限上商贸企业10家），总数达到213家。",
        # a new action after the part is no part of the total
        "金桥开发区2012年工作总结\n全年引进各类研发机构9家，其中国家级企业技术中心2家，新认定高新技术企业26家。",
    ],
)
def test_clauses_after_a_part_that_are_no_parts(text):
    assert found(text, "figure-mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        # the body's own units of two kinds, each named by the noun after its count
        "云岭水务集团2021年工作总结\n集团所属6座水厂日供水能力达到68万立方米。\n二、污水处理\n所属4座污水处理厂全年处理污水1.38亿立方米。",
        # those the members reached, not all the households
        "南苑社区2017年上半年工作总结\n社区共有居民3280户、8960人。\n二、党建\n每名党员联系5至10户居民，共联系居民1260户。",
    ],
)
def test_last_round_restatement_traps_stay_silent(text):
    assert found(text, "figure-conflict") == []


def test_a_survey_statistic_per_head_is_no_quotient_of_the_passage():
    text = (
        "石谷镇2025年1—6月工作总结\n发放产业奖补资金186万元，惠及脱贫户112人。"
        "上半年农村居民人均可支配收入11426元，同比增长6.8%。"
    )
    assert found(text, "figure-mismatch") == []
