# SPDX-License-Identifier: MIT
"""Generalisation set for the rules added after the outside reviewers' drafts (h2-, h3-).

Each case is (name, title, wrong body, expected findings, right body): the wrong body must give
exactly the expected (category, excerpt) findings among the figure categories, and the right body
no finding at all. The sentences are written here, apart from the corpus, with other places,
metrics, units and orders: the value first and a summing-up paragraph later (回顾全年…), a
restatement in the closing paragraph, 上半年 against 1-6月, shorter and longer names for one
metric. TRAPS holds correct passages that look like the patterns and must stay silent.
"""

from __future__ import annotations

import pytest
from jiaogao.core.engine import check_text

FIGURE_CATEGORIES = {"figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"}
M, C, N, P = "figure-mismatch", "figure-conflict", "count-mismatch", "period-mismatch"


def findings(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n\n{body}"
    out = []
    for f in check_text(text).findings:
        assert text[f.start : f.end] == f.excerpt
        if f.category in FIGURE_CATEGORIES:
            out.append((f.category, f.excerpt))
    return out


def all_findings(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n\n{body}"
    return [(f.category, f.excerpt) for f in check_text(text).findings]


CASES = [
    # --- a metric restated later with another value ------------------------------------
    (
        "restate-look-back-road",
        "石桥镇2023年工作总结",
        "一、主要工作\n全年完成农村公路建设86.4公里，新建桥梁5座，改造危桥3座。\n"
        "二、存在问题\n一是资金缺口较大；二是养护力量薄弱。\n"
        "回顾全年，全镇农村公路建设68.4公里，交通条件明显改善。",
        [(C, "68.4公里")],
        "一、主要工作\n全年完成农村公路建设86.4公里，新建桥梁5座，改造危桥3座。\n"
        "二、存在问题\n一是资金缺口较大；二是养护力量薄弱。\n"
        "回顾全年，全镇农村公路建设86.4公里，交通条件明显改善。",
    ),
    (
        "restate-halfyear-vs-months",
        "临江区文化和旅游局2024年上半年工作总结",
        "上半年，全区接待游客126.5万人次，实现旅游综合收入9.8亿元。\n"
        "一、旅游市场\n1—6月，我区累计接待游客125.6万人次，乡村旅游持续升温。",
        [(C, "125.6万人次")],
        "上半年，全区接待游客126.5万人次，实现旅游综合收入9.8亿元。\n"
        "一、旅游市场\n1—6月，我区累计接待游客126.5万人次，乡村旅游持续升温。",
    ),
    (
        "restate-closing-paragraph-longer-name",
        "青松县医疗保障局2022年工作总结",
        "一、参保扩面\n全县基本养老保险参保人数28.6万人，参保率稳定在96%以上。\n"
        "二、经办服务\n全面推行“一窗通办”，全县参保28.9万人均可就近办理业务。",
        [(C, "28.9万人")],
        "一、参保扩面\n全县基本养老保险参保人数28.6万人，参保率稳定在96%以上。\n"
        "二、经办服务\n全面推行“一窗通办”，全县参保28.6万人均可就近办理业务。",
    ),
    (
        "restate-verb-object",
        "河西区劳动人事争议仲裁院2021年工作总结",
        "一、案件办理\n全年受理劳动争议案件312件，结案298件，结案率95.5%。\n"
        "二、队伍建设\n组织业务培训6期。全年共结案劳动争议案件289件，为劳动者追回工资报酬1,260万元。",
        [(C, "289件")],
        "一、案件办理\n全年受理劳动争议案件312件，结案298件，结案率95.5%。\n"
        "二、队伍建设\n组织业务培训6期。全年共结案劳动争议案件298件，为劳动者追回工资报酬1,260万元。",
    ),
    (
        "restate-company-subject",
        "远航港务集团有限公司总经理2025年述职报告",
        "2025年，公司全年完成货物吞吐量3,642万吨，同比增长5.1%。\n"
        "一、经营管理\n狠抓降本增效，成本费用率下降0.8个百分点。\n"
        "总的来看，公司完成货物吞吐量3,462万吨，各项指标稳中有进。",
        [(C, "3,462万吨")],
        "2025年，公司全年完成货物吞吐量3,642万吨，同比增长5.1%。\n"
        "一、经营管理\n狠抓降本增效，成本费用率下降0.8个百分点。\n"
        "总的来看，公司完成货物吞吐量3,642万吨，各项指标稳中有进。",
    ),
    (
        "restate-months-since-new-businesses",
        "兴隆县市场监督管理局2023年上半年工作总结",
        "今年以来，全县新增市场主体2,316户，其中企业486户。\n"
        "一、优化营商环境\n上半年新增市场主体2,136户，登记注册全程网办率95%。",
        [(C, "2,136户")],
        "今年以来，全县新增市场主体2,316户，其中企业486户。\n"
        "一、优化营商环境\n上半年新增市场主体2,316户，登记注册全程网办率95%。",
    ),
    (
        "restate-units-of-one-family",
        "清江县水利局2022年工作总结",
        "一、水利建设\n全年完成水利投资1.26亿元，建成塘坝12座。\n"
        "二、资金管理\n严格资金拨付程序，全年水利投资12,800万元全部按进度拨付。",
        [(C, "12,800万元")],
        "一、水利建设\n全年完成水利投资1.26亿元，建成塘坝12座。\n"
        "二、资金管理\n严格资金拨付程序，全年水利投资12,600万元全部按进度拨付。",
    ),
    (
        "restate-persons-and-names",
        "安平县农业农村局2020年工作总结",
        "一、人才培育\n全年培训高素质农民1,250名，认定家庭农场36家。\n"
        "回顾全年，全县培训高素质农民1,520人，为乡村振兴提供了人才支撑。",
        [(C, "1,520人")],
        "一、人才培育\n全年培训高素质农民1,250名，认定家庭农场36家。\n"
        "回顾全年，全县培训高素质农民1,250人，为乡村振兴提供了人才支撑。",
    ),
    # --- exhaustive splits ------------------------------------------------------------
    (
        "split-criminal-civil-administrative",
        "东湖县人民法院2020年工作总结",
        "全年审结各类案件1,286件，其中刑事案件312件、民事案件865件、行政案件97件，结案率稳步提升。",
        [(M, "1,286件")],
        "全年审结各类案件1,286件，其中刑事案件312件、民事案件865件、行政案件109件，结案率稳步提升。",
    ),
    (
        "split-men-women-ten-thousand",
        "南坪镇2019年工作总结",
        "全镇户籍人口3.26万人，其中男性1.68万人、女性1.61万人。全年新增城镇就业420人。",
        [(M, "3.26万人")],
        "全镇户籍人口3.26万人，其中男性1.68万人、女性1.58万人。全年新增城镇就业420人。",
    ),
    (
        "split-online-offline",
        "北川县就业服务中心2022年工作总结",
        "全年开展职业技能培训1,860人次，其中线上培训1,120人次、线下培训760人次，培训合格率98%。",
        [(M, "1,860人次")],
        "全年开展职业技能培训1,880人次，其中线上培训1,120人次、线下培训760人次，培训合格率98%。",
    ),
    (
        "split-on-time-overdue",
        "城南街道2018年信访工作总结",
        "全年受理信访事项186件，办结181件，其中按期办结172件、逾期办结6件，群众满意度明显提高。",
        [(M, "181件")],
        "全年受理信访事项186件，办结181件，其中按期办结172件、逾期办结9件，群众满意度明显提高。",
    ),
    # --- heading years and 截至 dates --------------------------------------------------
    (
        "heading-plan-same-year",
        "柳溪镇2023年工作总结",
        "一、2023年主要工作\n全年完成财政收入3260万元。\n二、存在问题\n发展后劲不足。\n"
        "三、2023年工作思路\n一是抓项目建设；二是抓民生保障。",
        [(P, "2023年")],
        "一、2023年主要工作\n全年完成财政收入3260万元。\n二、存在问题\n发展后劲不足。\n"
        "三、2024年工作思路\n一是抓项目建设；二是抓民生保障。",
    ),
    (
        "heading-review-last-year",
        "县统计局2021年工作总结",
        "一、2020年工作回顾\n全年完成统计调查任务46项。\n二、下一步工作打算\n深化统计改革。",
        [(P, "2020年")],
        "一、2021年工作回顾\n全年完成统计调查任务46项。\n二、下一步工作打算\n深化统计改革。",
    ),
    (
        "until-after-the-year",
        "青山县民政局2021年工作总结和2022年工作计划",
        "一、2021年工作总结\n兜底保障有力。截至2022年4月底，全县城乡低保对象4,326人。\n"
        "二、2022年工作计划\n继续做好兜底保障。",
        [(P, "2022年4月")],
        "一、2021年工作总结\n兜底保障有力。截至2021年12月底，全县城乡低保对象4,326人。\n"
        "二、2022年工作计划\n继续做好兜底保障。",
    ),
    # --- counts of named institutions --------------------------------------------------
    (
        "count-police-stations",
        "白云县公安局局长2016年述职报告",
        "在城关和白沙三个派出所开展“一村一警务助理”试点，推广基层治理经验。",
        [(N, "三个")],
        "在城关、白沙和河口三个派出所开展“一村一警务助理”试点，推广基层治理经验。",
    ),
    (
        "count-fire-brigades",
        "河口区消防救援大队2021年工作总结",
        "组织东城、西城、南城两个中队开展夏季练兵，提升灭火救援能力。",
        [(N, "两个")],
        "组织东城、西城两个中队开展夏季练兵，提升灭火救援能力。",
    ),
    # --- growth, shares and rates in other phrasings -------------------------------------
    (
        "growth-from-last-year-to",
        "平山县财政局2022年工作总结",
        "全年地方财政收入由上年的6,820万元增加到7,460万元，增长12.4%，收入质量稳步提高。",
        [(M, "12.4%")],
        "全年地方财政收入由上年的6,820万元增加到7,460万元，增长9.4%，收入质量稳步提高。",
    ),
    (
        "growth-falling",
        "金沙镇2020年安全生产工作总结",
        "全镇各类生产安全事故由去年同期的126起下降到98起，下降18.5%，安全形势总体平稳。",
        [(M, "18.5%")],
        "全镇各类生产安全事故由去年同期的126起下降到98起，下降22.2%，安全形势总体平稳。",
    ),
    (
        "part-share-after-total-sentence",
        "云台县发展和改革局2023年工作总结",
        "全年完成固定资产投资12.6亿元，同比增长8%。其中工业投资5.3亿元，占比46.2%。",
        [(M, "46.2%")],
        "全年完成固定资产投资12.6亿元，同比增长8%。其中工业投资5.3亿元，占比42.1%。",
    ),
    (
        "days-rate-annual",
        "西岭县生态环境分局2023年工作总结",
        "全年空气质量优良天数312天，优良天数比率88.2%，细颗粒物浓度持续下降。",
        [(M, "88.2%")],
        "全年空气质量优良天数312天，优良天数比率85.5%，细颗粒物浓度持续下降。",
    ),
    (
        "coverage-rate-population",
        "桃源镇卫生院2022年工作总结",
        "辖区常住人口4.12万人，已建立居民电子健康档案3.46万份，建档率86.1%。",
        [(M, "86.1%")],
        "辖区常住人口4.12万人，已建立居民电子健康档案3.46万份，建档率84.0%。",
    ),
]


@pytest.mark.parametrize(("name", "title", "wrong", "expected", "right"), CASES, ids=[c[0] for c in CASES])
def test_wrong_version_is_flagged(name, title, wrong, expected, right):
    assert findings(title, wrong) == expected


@pytest.mark.parametrize(("name", "title", "wrong", "expected", "right"), CASES, ids=[c[0] for c in CASES])
def test_right_version_is_silent(name, title, wrong, expected, right):
    assert all_findings(title, right) == []


TRAPS = [
    (
        "holiday-sub-scope",
        "临江区文化和旅游局2023年工作总结",
        "一、旅游市场\n全年全区接待游客320.6万人次。\n二、节庆活动\n国庆期间接待游客48.6万人次，同比增长15%。",
    ),
    (
        "cumulative-vs-annual",
        "柳河县人力资源和社会保障局2022年工作总结",
        "一、就业服务\n全年发放创业担保贷款3,600万元。\n二、创业服务\n累计发放创业担保贷款1.2亿元，扶持创业1,860人。",
    ),
    (
        "village-part-of-county",
        "凤岭县自然资源局2021年工作总结",
        "一、专项整治\n全县完成复垦复绿1,326亩。\n二、典型做法\n城关村复垦复绿120亩，打造了示范样板。",
    ),
    (
        "target-and-last-year",
        "石门镇2023年工作总结",
        "一、经济发展\n全年完成财政收入5,260万元，比2022年的4,980万元增长5.6%。\n"
        "二、明年打算\n力争2024年财政收入达到5,600万元。",
    ),
    (
        "new-households-not-stock",
        "白沙乡2020年工作总结",
        "一、基本情况\n全乡共有低保户326户。\n二、民政\n全年新增低保户32户，退出低保户18户。",
    ),
    (
        "place-subject-before-verb",
        "凤岭县林业局2021年工作总结",
        "一、国土绿化\n全县完成造林3,200亩，森林覆盖率稳步提高。\n二、典型示范\n城关完成造林2,800亩，打造了示范样板。",
    ),
    (
        "investigated-and-resolved",
        "南湖街道2022年工作总结",
        "一、平安建设\n全年化解矛盾纠纷432起。\n二、基层治理\n全年排查化解矛盾纠纷468起，调解成功率98%。",
    ),
    (
        "per-household-and-total",
        "石岭村2023年工作总结",
        "一、产业发展\n全村发展食用菌种植带动农户增收86万元。\n二、群众增收\n种植户户均增收1.2万元。",
    ),
    (
        "partial-split",
        "东湖县人民法院2020年工作总结",
        "全年审结各类案件1,286件，其中刑事案件312件、民事案件865件，结案率稳步提升。",
    ),
    (
        "split-then-subset",
        "云溪工业园区2024年工作总结和2025年工作计划",
        "全年实施重点项目52个，其中新开工项目21个、续建项目31个，竣工投产项目14个。",
    ),
    (
        "halfyear-plans-second-half",
        "新安镇2024年上半年工作总结",
        "一、上半年主要工作\n上半年完成财政收入1,860万元。\n二、2024年下半年工作打算\n抓好项目建设。",
    ),
    (
        "until-january-next-year",
        "青山县民政局2021年工作总结和2022年工作计划",
        "一、2021年工作总结\n截至2022年1月10日，全县城乡低保对象4,326人。\n二、2022年工作计划\n做好兜底保障。",
    ),
    (
        "space-grouped-thousands",
        "河滨区应急管理局2020年安全生产专项整治工作总结",
        "全年排查一般隐患 6 532 处，已整改 6 417 处，整改率 98.2%。",
    ),
    (
        "baseline-with-year-then-parts",
        "白水县水利局2019年工作总结",
        "全年完成水利投资4.86亿元，较2018年的4.12亿元增长18.0%。其中中央和省级资金2.31亿元、县级配套资金0.77亿元。",
    ),
    (
        "share-with-two-wholes-silent",
        "清河县商务局2019年上半年工作总结",
        "上半年社会消费品零售总额38.6亿元，网络零售额6.2亿元。其中农村网络零售额1.9亿元，占比30.6%。",
    ),
    (
        "days-rate-with-leap-year",
        "南溪县生态环境局2024年上半年工作总结",
        "上半年空气质量优良天数158天，优良天数比率86.8%，同比提高2.3个百分点。",
    ),
]


@pytest.mark.parametrize(("name", "title", "body"), TRAPS, ids=[t[0] for t in TRAPS])
def test_traps_stay_silent(name, title, body):
    assert all_findings(title, body) == []
