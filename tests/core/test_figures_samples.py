# SPDX-License-Identifier: MIT
"""The figure rules on the shared real drafts and on whole clean drafts of our own."""

from __future__ import annotations

import pytest
from jiaogao.core.engine import check_text
from jiaogao.resources import __file__ as resources_init

from tests.conftest import sample_text

FIGURE_CATEGORIES = {"figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"}


def figure_findings(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (f.category, f.excerpt, f.suggestion)
        for f in check_text(text).findings
        if f.category in FIGURE_CATEGORIES
    ]


def test_halfyear_2017_share_is_flagged_and_nothing_else():
    assert figure_findings(sample_text("town-halfyear-2017.txt")) == [("figure-mismatch", "60 %", "56.0%")]


def test_annual_2020_years_and_the_count_of_farms():
    found = figure_findings(sample_text("township-annual-2020.txt"))
    assert found == [
        ("period-mismatch", "2019 年", "2020 年"),  # the opening reports 2019 as the year under review
        ("period-mismatch", "2019 年", "2020 年"),  # again later in the review part
        ("period-mismatch", "2020 年", "2021 年"),  # the plan part plans 2020, the title promised 2021
        ("period-mismatch", "2020 年", "2021 年"),
        ("count-mismatch", "9 个", "8 个"),  # nine farms announced, eight named
    ]


def test_halfyear_2020_has_no_figure_findings():
    assert figure_findings(sample_text("town-halfyear-2020.txt")) == []


def test_bundled_sample():
    from pathlib import Path

    text = (Path(resources_init).parent / "samples" / "sample-halfyear.txt").read_text(encoding="utf-8")
    assert figure_findings(text) == [("figure-mismatch", "60%", "55.0%"), ("count-mismatch", "3个", "4个")]


CLEAN_DRAFTS = {
    "township-annual": """柳河镇2023年工作总结和2024年工作计划
2023年，柳河镇党委、政府在县委、县政府的坚强领导下，坚持稳中求进工作总基调，统筹推进经济发展和民生保障。
一、2023年工作完成情况
（一）主要经济指标稳步增长
全年完成一般公共预算收入4126万元，占年度任务4000万元的103.2%，同比增长6.8%，其中税收收入3218万元，非税收入908万元。完成固定资产投资8.65亿元，同比增长11.3%；规模以上工业总产值23.4亿元，同比增长7.5%。
（二）项目建设提速增效
全年共实施重点项目18个，其中续建项目7个，新建项目11个，累计完成投资6.3亿元。食品产业园一期建成标准化厂房4栋，建筑面积2.4万平方米。签约项目总投资32.6亿元，其中工业项目21.8亿元、农业项目6.5亿元、文旅项目4.3亿元。
（三）乡村振兴扎实推进
新建高标准农田1.2万亩，流转土地3800余亩。东湾、西湾、南岭和北岭4个村建成村级光伏电站。完成农村户厕改造1260户，改厕完成率100%。
（四）民生保障持续改善
特困供养人员128人，其中集中供养36人，分散供养92人，集中供养率28.1%。新增城镇就业326人，完成年度任务300人的108.7%。
（五）社会治理和谐有序
全年共受理信访事项68件，办结66件，办结率97.1%。排查调处矛盾纠纷154起，调解成功151起，调解成功率98.1%。
二、存在的问题
一是经济总量偏小，三次产业结构比为21.4:38.2:40.4；二是财政收支矛盾突出。
三、2024年工作计划
2024年，我镇将围绕“产业强镇、生态美镇”目标，力争一般公共预算收入增长6%以上。重点完成东湾、西湾两个村的集中供水改造。
""",
    "bureau-halfyear": """县市场监督管理局2022年上半年工作总结
2022年上半年，县市场监督管理局围绕优化营商环境和守牢安全底线两项重点，扎实开展各项工作。
一、上半年主要工作
（一）截至6月底，全县实有市场主体28642户，同比增长9.3%，其中企业6215户，个体工商户21934户，农民专业合作社493户。上半年新登记市场主体3120户，其中企业682户。
（二）1-6月共抽检食品样品1260批次，合格1238批次，合格率98.3%。检查食品生产经营单位2860家次。
（三）上半年共立案查处各类违法案件96件，结案88件，结案率91.7%，罚没款136.5万元。
二、存在的问题
一是基层执法力量不足；二是部分企业主体责任落实不到位。
三、下半年工作打算
下半年，我局将紧紧围绕全年目标任务，力争全年完成食品抽检2500批次，确保年底前完成全部农贸市场提升改造。
""",
    "halfyear-with-traps": """金沙镇2022年上半年工作总结和下半年工作安排
2022年上半年，金沙镇深入贯彻“两学一做”要求，扎实推进“一村一品”建设。
一、上半年工作开展情况
1.经济运行平稳。1—6月，全镇完成财政收入1860万元，完成全年任务3700万元的50.3%，同比增长4.2%，比去年同期增加75万元。GDP增速6.5%，PM2.5平均浓度35微克/立方米。
2.项目建设加快。PPP项目2个，总投资3.2亿元；500kV变电站配套线路完成征地；5G基站新建36个。镇卫生院新购X光机1台。每次调度会9:30开始。
3.产业结构优化。全镇一、二产业比例为40.5:59.5。
4.民生实事落实。元至六月份，发放各类救助资金215.6万元。3月24日—4月4日举办油菜花节，接待游客8.6万人次。组织张家、李家、王家等12个村开展人居环境整治。投入120余万元改造东街和西街2条老街。
5.党建工作扎实。全镇共有党员1286名，其中女党员312名，35岁以下党员186名。
二、存在问题
一是项目储备不足；二是财政收入完成进度落后于时序进度。
三、下半年工作安排
下半年，我镇将紧盯全年目标任务，确保财政收入完成全年任务3700万元；力争年底前完成东区安置房建设，实现年底并网发电；12月底前完成村级换届准备工作。
""",
    "duty-report": """关于2021年度个人述职报告
2021年，本人在局党组的领导下，分管财务、后勤和项目工作。全年共组织财务审核1260笔，涉及金额3.86亿元；牵头完成办公楼改造项目，总投资460万元，其中财政资金380万元，自筹资金80万元。
一是抓学习。全年参加集中学习42次。二是抓项目。争取上级资金2680万元，完成年度目标2500万元的107.2%。
全局共有干部职工86人，其中在编68人，聘用18人。
2022年，我将继续加强学习，努力做好分管工作。
""",
    "poverty-special": """石桥镇2020年脱贫攻坚工作总结
今年以来，全镇建档立卡贫困户682户2318人，截至目前已全部脱贫，贫困发生率由2014年的12.6%下降到0。
一、产业扶贫。覆盖贫困户596户，覆盖率87.4%。
二、住房和饮水安全。完成危房改造78户，其中C级危房52户，D级危房26户。解决石桥、上湾、下湾、沙坪、柏树等5个村3260人的饮水问题。
三、存在问题。一是产业带动能力不强；二是部分贫困户内生动力不足。
下一步，我镇将巩固脱贫攻坚成果，确保不发生规模性返贫。
""",
    "street-halfyear": """城东街道2024年上半年工作总结及下半年工作计划
今年以来，城东街道党工委、办事处在区委、区政府的坚强领导下，紧紧围绕年度目标任务，凝心聚力、真抓实干，各项工作取得了阶段性成效。
一、上半年工作完成情况
（一）经济指标运行平稳。1-6月，街道完成税收收入1.86亿元，完成全年任务3.5亿元的53.1%，同比增长5.6%；完成固定资产投资4.2亿元，同比增长8.3%。新引进企业46家，其中注册资本1000万元以上企业8家。楼宇经济持续发展，辖区12栋商务楼宇入驻企业620家，入驻率91.5%。
（二）城市管理精细高效。开展市容环境整治行动18次，拆除违法建筑36处、面积4800平方米；清理“牛皮癣”小广告1.2万余处。完成老旧小区改造5个，惠及居民1860户；新增停车泊位420个，其中公共停车泊位260个。
（三）民生服务持续改善。辖区共有60岁以上老年人1.28万人，占常住人口的18.6%；新建社区养老服务站2个，为320名高龄老人提供助餐服务。新增城镇就业680人，帮助困难人员就业52人。发放临时救助金36.8万元，救助困难群众215人次。
（四）基层治理不断加强。全面推行网格化管理，将辖区划分为86个网格，配备专职网格员86名。上半年共排查矛盾纠纷132起，化解128起，化解率97.0%。12345热线共受理诉求2860件，办结2846件，办结率99.5%，群众满意率96.8%。
（五）党的建设全面从严。街道共有基层党组织48个，其中社区党委6个、非公企业党支部26个、社会组织党支部16个；共有党员1860名。开展党纪学习教育专题学习12次，组织党员志愿服务活动56场，参与党员2300余人次。
二、存在的问题
一是经济增长后劲不足，新增税源较少；二是城市管理仍有短板，老旧小区基础设施欠账较多；三是基层治理力量不足，网格员队伍不够稳定。
三、下半年工作计划
（一）抓好经济发展。紧盯全年目标任务，力争全年完成税收收入3.5亿元，新引进企业80家以上。
（二）提升城市品质。完成剩余3个老旧小区改造，新增停车泊位300个。
（三）办好民生实事。年底前建成社区养老服务站3个，全年新增城镇就业1200人。
""",
    "health-annual": """县卫生健康局2023年工作总结
2023年，县卫生健康局坚持以人民健康为中心，深化医药卫生体制改革，全县卫生健康事业取得新进展。
一、医疗服务能力稳步提升
全县共有医疗卫生机构386个，其中县级医院4所、乡镇卫生院18所、村卫生室342个、民营医疗机构22个。全县卫生技术人员2680人，每千人口执业（助理）医师2.8人。全年县域内就诊率达到91.2%，同比提高1.6个百分点。
二、公共卫生服务扎实开展
全县65岁以上老年人健康管理4.12万人，管理率72.3%；高血压患者规范管理2.36万人，规范管理率68.5%。适龄儿童免疫规划疫苗接种率保持在95%以上。完成“两癌”筛查1.6万人次。
三、重点改革持续深化
县域医共体建设扎实推进，组建县人民医院、县中医院2个医共体，覆盖18所乡镇卫生院。家庭医生签约服务覆盖重点人群12.8万人，重点人群签约率达到80.6%。
四、存在的问题
一是优质医疗资源总量不足；二是基层人才引不来、留不住。
五、2024年工作打算
2024年，我局将力争县域内就诊率稳定在90%以上，新建标准化村卫生室20个。
""",
}


@pytest.mark.parametrize("name", sorted(CLEAN_DRAFTS))
def test_clean_drafts_have_no_figure_findings(name):
    assert figure_findings(CLEAN_DRAFTS[name]) == []


def test_hard_wrapped_draft_is_read_across_lines():
    text = (
        "石门乡2021年工作总结\n一、社会事业\n截止 11 月,全乡共有五保户 96 人,其中集中供养 22 人,分散供养\n"
        "84 人,集中供养率 23%。\n二、综合治理\n全年受理信访事项 40 件,办结 38 件,办结率\n90%。"
    )
    assert figure_findings(text) == [("figure-mismatch", "96 人", None), ("figure-mismatch", "90%", "95.0%")]


# One error put into a clean draft: exactly that finding, nothing else.
MUTATIONS = [
    (
        "street-halfyear",
        "完成全年任务3.5亿元的53.1%",
        "完成全年任务3.5亿元的58.1%",
        "figure-mismatch",
        "58.1%",
    ),
    ("street-halfyear", "化解128起，化解率97.0%", "化解128起，化解率98.0%", "figure-mismatch", "98.0%"),
    ("street-halfyear", "办结2846件，办结率99.5%", "办结2846件，办结率98.5%", "figure-mismatch", "98.5%"),
    ("street-halfyear", "社会组织党支部16个", "社会组织党支部26个", "figure-mismatch", "48个"),
    ("street-halfyear", "1-6月，街道完成税收收入", "1-9月，街道完成税收收入", "period-mismatch", "1-9月"),
    ("street-halfyear", "今年以来，城东街道", "2023年，城东街道", "period-mismatch", "2023年"),
    ("street-halfyear", "其中公共停车泊位260个", "其中公共停车泊位460个", "figure-mismatch", "420个"),
    ("health-annual", "村卫生室342个", "村卫生室372个", "figure-mismatch", "386个"),
    ("health-annual", "县中医院2个医共体", "县中医院3个医共体", "count-mismatch", "3个"),
    ("health-annual", "2024年，我局将", "2023年，我局将", "period-mismatch", "2023年"),
    ("health-annual", "2023年，县卫生健康局", "2022年，县卫生健康局", "period-mismatch", "2022年"),
    (
        "township-annual",
        "东湾、西湾、南岭和北岭4个村",
        "东湾、西湾、南岭和北岭5个村",
        "count-mismatch",
        "5个",
    ),
    ("township-annual", "办结66件，办结率97.1%", "办结66件，办结率91.7%", "figure-mismatch", "91.7%"),
    ("township-annual", "非税收入908万元", "非税收入980万元", "figure-mismatch", "4126万元"),
    (
        "township-annual",
        "三次产业结构比为21.4:38.2:40.4",
        "三次产业结构比为21.4:38.2:41.4",
        "figure-mismatch",
        "21.4:38.2:41.4",
    ),
    ("bureau-halfyear", "合格率98.3%", "合格率93.8%", "figure-mismatch", "93.8%"),
    ("bureau-halfyear", "截至6月底", "截至9月底", "period-mismatch", "截至9月底"),
    (
        "duty-report",
        "完成年度目标2500万元的107.2%",
        "完成年度目标2500万元的110.2%",
        "figure-mismatch",
        "110.2%",
    ),
    ("poverty-special", "柏树等5个村", "柏树等4个村", "count-mismatch", "4个"),
    ("poverty-special", "D级危房26户", "D级危房36户", "figure-mismatch", "78户"),
]


@pytest.mark.parametrize(("name", "old", "new", "category", "excerpt"), MUTATIONS)
def test_one_error_in_a_clean_draft(name, old, new, category, excerpt):
    text = CLEAN_DRAFTS[name]
    assert text.count(old) == 1
    found = figure_findings(text.replace(old, new))
    assert [(c, e) for c, e, _ in found] == [(category, excerpt)]


def hard_wrap(text: str, width: int) -> str:
    """The draft as a PDF copy gives it: every body line cut at ``width`` characters."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i == 0 or len(line) <= width:
            out.append(line)
        else:
            out.extend(line[k : k + width] for k in range(0, len(line), width))
    return "\n".join(out)


@pytest.mark.parametrize("width", [17, 28])
@pytest.mark.parametrize("name", sorted(CLEAN_DRAFTS))
def test_hard_wrapped_clean_drafts_stay_clean(name, width):
    assert figure_findings(hard_wrap(CLEAN_DRAFTS[name], width)) == []


@pytest.mark.parametrize("width", [23, 31])
@pytest.mark.parametrize(("name", "old", "new", "category", "excerpt"), MUTATIONS)
def test_one_error_in_a_hard_wrapped_draft(name, old, new, category, excerpt, width):
    found = figure_findings(hard_wrap(CLEAN_DRAFTS[name].replace(old, new), width))
    assert [c for c, _, _ in found] == [category]
