# SPDX-License-Identifier: MIT
"""The figure rules on the shared real drafts and on whole clean drafts of our own."""

from __future__ import annotations

import pytest

from jiaogao.core.engine import check_text
from jiaogao.resources import __file__ as resources_init
from tests.conftest import sample_text

FIGURE_CATEGORIES = {"figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"}


def figure_findings(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.category, f.excerpt, f.suggestion) for f in check_text(text).findings
            if f.category in FIGURE_CATEGORIES]


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
}


@pytest.mark.parametrize("name", sorted(CLEAN_DRAFTS))
def test_clean_drafts_have_no_figure_findings(name):
    assert figure_findings(CLEAN_DRAFTS[name]) == []


def test_hard_wrapped_draft_is_read_across_lines():
    text = ("石门乡2021年工作总结\n一、社会事业\n截止 11 月,全乡共有五保户 96 人,其中集中供养 22 人,分散供养\n"
            "84 人,集中供养率 23%。\n二、综合治理\n全年受理信访事项 40 件,办结 38 件,办结率\n90%。")
    assert figure_findings(text) == [("figure-mismatch", "96 人", None), ("figure-mismatch", "90%", "95.0%")]
