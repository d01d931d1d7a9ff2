# SPDX-License-Identifier: MIT
import pytest
from jiaogao.core.engine import check_text

from tests.conftest import sample_text

pytestmark = pytest.mark.core


def numbering(text: str):
    found = [f for f in check_text(text).findings if f.category == "numbering"]
    for f in found:
        assert f.excerpt == text[f.start : f.end]
    return found


def brief(text: str):
    """(rule, excerpt, start, suggestion) of each numbering finding."""
    return [(f.rule, f.excerpt, f.start, f.suggestion) for f in numbering(text)]


TITLE = "长岭镇2023年工作总结"


def test_gap_among_level_one_headings():
    text = "\n".join(
        (
            TITLE,
            "一、经济运行稳中有进",
            "全镇实现地区生产总值18.6亿元，同比增长6.2%。",
            "二、项目建设加快推进",
            "全年实施重点项目14个，完成投资9.3亿元。",
            "四、民生事业全面发展",
            "新增城镇就业420人，发放各类救助资金610万元。",
            "五、存在的问题和下一步打算",
            "产业结构仍需优化。下一步，我镇将继续抓好项目建设。",
        )
    )
    assert brief(text) == [("numbering.gap", "四、", text.index("四、"), "三、")]
    (f,) = numbering(text)
    assert f.severity == "warning"
    assert "缺少“三、”" in f.message


def test_repeated_level_two_number():
    text = "\n".join(
        (
            TITLE,
            "一、主要工作",
            "（一）抓党建促发展。全镇新发展党员12名，整顿软弱涣散村党组织2个。",
            "（二）抓产业促增收。新建设施蔬菜大棚86座，带动农户增收。",
            "（二）抓治理促稳定。化解矛盾纠纷132件，调解成功率98%。",
            "（四）抓民生促和谐。完成农村危房改造45户。",
        )
    )
    second = text.index("（二）", text.index("（二）") + 1)
    assert brief(text) == [("numbering.repeat", "（二）", second, "（三）")]


def test_order_error():
    text = "\n".join(
        (
            TITLE,
            "一、主要工作",
            "1.狠抓安全生产。开展隐患排查48次。",
            "2.狠抓森林防火。组建专业扑火队2支。",
            "3.狠抓防汛抗旱。储备防汛物资价值36万元。",
            "2.狠抓食品安全。抽检食品样品320批次。",
        )
    )
    last = text.rindex("2.")
    assert brief(text) == [("numbering.order", "2.", last, "4.")]


def test_paren_numbers_with_a_gap_on_separate_lines():
    text = "\n".join(
        (
            TITLE,
            "一、主要工作",
            "（一）城乡建设",
            "(1)完成集镇主街道改造1.2公里，新增停车位180个。",
            "(3)完成3个村的污水管网铺设，受益群众2100余人。",
        )
    )
    assert brief(text) == [("numbering.gap", "(3)", text.index("(3)"), "(2)")]


def test_lower_levels_restart_under_each_parent():
    text = "\n".join(
        (
            TITLE,
            "一、上年工作回顾",
            "（一）农业生产。粮食总产稳定在5.2万吨。",
            "（二）工业经济。规上工业产值增长8.1%。",
            "二、下年工作打算",
            "（一）稳定粮食生产。确保播种面积不减少。",
            "（二）壮大工业经济。力争新增规上企业3家。",
        )
    )
    assert numbering(text) == []


def test_lower_level_that_does_not_restart():
    text = "\n".join(
        (
            TITLE,
            "一、上年工作回顾",
            "（一）农业生产。粮食总产稳定在5.2万吨。",
            "（二）工业经济。规上工业产值增长8.1%。",
            "二、下年工作打算",
            "（三）稳定粮食生产。确保播种面积不减少。",
            "（四）壮大工业经济。力争新增规上企业3家。",
        )
    )
    (f,) = numbering(text)
    assert (f.rule, f.excerpt, f.suggestion) == ("numbering.restart", "（三）", "（一）")
    assert f.start == text.index("（三）")


def test_new_level_one_series_after_a_transition_paragraph():
    text = "\n".join(
        (
            "石门乡2023年工作总结和2024年工作计划",
            "一、农业生产稳定",
            "全年粮食播种面积稳定在3.1万亩。",
            "二、社会事业进步",
            "新建村级卫生室4个。",
            "三、平安建设有力",
            "全年未发生重大安全事故。",
            "2024年，我乡将紧紧围绕乡村振兴总要求，重点抓好以下三个方面的工作。",
            "一、做强特色产业",
            "新建茶园1000亩。",
            "二、补齐基础短板",
            "硬化通组道路15公里。",
            "三、提升治理水平",
            "推广积分制管理。",
        )
    )
    assert numbering(text) == []


def test_skipped_level():
    text = "\n".join(
        (
            TITLE,
            "一、上年工作回顾",
            "（一）农业生产。",
            "1.粮食总产稳定在5.2万吨。",
            "2.畜牧业稳中有升。",
            "（二）工业经济。规上工业产值增长8.1%。",
            "二、存在的问题",
            "（1）产业结构不优。",
            "（2）财政收支矛盾突出。",
        )
    )
    (f,) = numbering(text)
    assert (f.rule, f.severity, f.excerpt, f.suggestion) == (
        "numbering.skip-level",
        "info",
        "（1）",
        "（一）",
    )
    assert f.start == text.index("（1）")


def test_one_level_skipped_is_common_practice():
    text = "\n".join(
        (
            TITLE,
            "一、上年工作回顾",
            "（一）农业生产。粮食总产稳定在5.2万吨。",
            "（二）工业经济。规上工业产值增长8.1%。",
            "二、存在的问题",
            "1.产业结构不优。",
            "2.财政收支矛盾突出。",
        )
    )
    assert numbering(text) == []


def test_no_skipped_level_when_the_level_is_never_used():
    text = "\n".join(
        (
            TITLE,
            "一、上年工作回顾",
            "1.农业生产。粮食总产稳定在5.2万吨。",
            "2.工业经济。规上工业产值增长8.1%。",
            "二、存在的问题",
            "1.产业结构不优。",
        )
    )
    assert numbering(text) == []


BROKEN_SHI = """（一）工作中存在的困难
一是集体经济底子薄。多数村集体经营性收入不足10万元，自我发展能力弱。
二农业产业链条短。农产品以初级产品出售为主，精深加工企业少，附加值不高。
三是基层干部队伍老化。村干部平均年龄52岁，年轻干部储备不足。"""


def test_broken_shi_marker_across_paragraphs():
    text = TITLE + "\n一、主要工作及存在的困难\n" + BROKEN_SHI
    at = text.index("二农业")
    assert brief(text) == [("numbering.marker", "二", at, "二是")]
    assert "二是" in numbering(text)[0].message


def test_missing_shi_in_one_paragraph():
    text = (
        TITLE + "\n下一步，我镇将重点抓好三项工作：一是加快项目建设，确保全年完成投资10亿元；"
        "三是优化营商环境，深化“放管服”改革；四是保障改善民生，办好十件民生实事。"
    )
    at = text.index("三是")
    assert brief(text) == [("numbering.gap", "三是", at, "二是")]


def test_complete_shi_run_with_a_sentence_starting_with_a_numeral():
    text = (
        TITLE + "\n招商引资取得突破。一是光伏产业园项目进展顺利，一期已并网发电。二期计划明年开工。"
        "二是总部经济加快集聚。新引进企业8家，实现税收1200万元。"
    )
    assert numbering(text) == []


def test_run_in_paren_numbers_with_a_gap():
    text = "\n".join(
        (
            TITLE,
            "1、城镇管理上：(1)开展违法建设专项整治，拆除违建1.2万平方米。(3)推进垃圾分类，建成分类收集点46个。",
            "2、社会治理上：(1)深化网格化管理；(2)推进矛盾纠纷多元化解；(3)加强重点人群服务管理。",
        )
    )
    assert brief(text) == [("numbering.gap", "(3)", text.index("(3)"), "(2)")]


def test_run_in_arabic_numbers_with_a_gap():
    text = TITLE + "\n主要措施：1、强化组织领导；2、完善工作机制；4、加强督查考核。"
    assert brief(text) == [("numbering.gap", "4、", text.index("4、"), "3、")]


def test_yao_and_di_runs():
    text = "\n".join(
        (
            TITLE,
            "做好明年工作，一要抓项目，二要抓招商，四要抓民生。",
            "第一，坚持党建引领。第二，坚持项目为王。第四，坚持民生优先。",
        )
    )
    assert brief(text) == [
        ("numbering.gap", "四要", text.index("四要"), "三要"),
        ("numbering.gap", "第四，", text.index("第四，"), "第三，"),
    ]


def test_run_in_number_continues_onto_next_line():
    text = "\n".join(
        (
            TITLE,
            "一、主要做法",
            "（1）健全机构。成立工作专班。（2）明确责任。签订责任书32份。",
            "（3）强化考核。实行月通报、季排名。",
        )
    )
    assert numbering(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "3、4月份完成春季造林2100亩，成活率达到95%以上。",
        "全年共举办培训班12期，其中：1.5万元用于农技培训，2.3万元用于电商培训。",
        "荣获全市一、二等奖各1个。",
        "一、二、三产业融合发展，二期工程年底完工。",
    ],
)
def test_numbers_that_are_not_enumerations(line):
    text = "\n".join((TITLE, "一、主要工作", "（一）农业农村", line, "（二）社会事业", "办好民生实事。"))
    assert numbering(text) == []


CLEAN = """白沙街道2023年工作总结和2024年工作计划
2023年，白沙街道党工委、办事处坚持稳中求进工作总基调，统筹推进各项工作，经济社会保持平稳健康发展。
一、2023年工作回顾
（一）经济发展提质增效
1.招商引资成效明显。全年引进项目12个，其中亿元以上项目4个。
2.项目建设有序推进。实施重点项目18个，完成投资15.6亿元。
（二）城市管理精细高效
1.环境整治扎实开展。整治背街小巷36条，改造老旧小区9个。
2.智慧城管加快建设。新增视频监控点位210个。
（三）民生保障持续加强
一是就业形势稳定，新增就业820人；二是社会救助及时，发放救助金380万元；三是养老服务提升，新建日间照料中心2个。
二、存在的问题
（一）产业支撑不强。（二）公共服务短板仍然存在。
三、2024年工作计划
（一）聚力产业发展。第一，抓招商；第二，抓项目；第三，抓服务。
（二）提升城市品质。一要抓好老旧小区改造；二要抓好背街小巷整治；三要抓好垃圾分类。"""


def test_clean_report_has_no_numbering_finding():
    assert numbering(CLEAN) == []


def test_half_year_2017_sample():
    text = sample_text("town-halfyear-2017.txt")
    found = brief(text)
    broken = text.index("二入驻县产业集聚项目少")
    city = text.index("城市建设与管理上:")
    gap = text.index("(3)", city)
    assert found == [
        ("numbering.marker", "二", broken, "二是"),
        ("numbering.gap", "(3)", gap, "(2)"),
    ]


@pytest.mark.parametrize("name", ["town-halfyear-2020.txt", "township-annual-2020.txt"])
def test_other_samples_have_no_numbering_finding(name):
    assert numbering(sample_text(name)) == []


def test_run_in_list_of_the_heading_style_inside_a_heading_paragraph():
    text = "\n".join(
        (
            TITLE,
            "一、主要工作",
            "1、党建工作。主要做法：1、抓学习；2、抓阵地；3、抓队伍。",
            "2、经济工作。全年完成固定资产投资5.6亿元。",
            "3、社会事业。新建幼儿园2所。",
        )
    )
    assert numbering(text) == []


def _generated_report(seed: int) -> list[tuple[int, str, str]]:
    """A correctly numbered draft as (level, marker, line) rows: headings 一、（一）1.（1） and body text."""
    import random

    from jiaogao.core.numerals import to_cn_small

    rnd = random.Random(seed)
    topics = ["农业生产", "工业经济", "项目建设", "民生保障", "生态环境", "社会治理", "党的建设", "招商引资"]
    rows: list[tuple[int, str, str]] = [(0, "", f"第{seed}号样本镇2023年工作总结")]

    def body() -> str:
        n = rnd.randint(0, 3)
        runs = "".join(
            f"{to_cn_small(i + 1)}是抓好第{i + 1}项任务，完成投资{rnd.randint(2, 90)}万元；" for i in range(n)
        )
        return f"全年完成{rnd.choice(topics)}任务{rnd.randint(3, 99)}项。{runs}"

    for a in range(1, rnd.randint(2, 6) + 1):
        rows.append((1, f"{to_cn_small(a)}、", f"{to_cn_small(a)}、{rnd.choice(topics)}扎实推进"))
        rows.append((9, "", body()))
        for b in range(1, rnd.randint(0, 4) + 1):
            rows.append((2, f"（{to_cn_small(b)}）", f"（{to_cn_small(b)}）{rnd.choice(topics)}成效明显"))
            for c in range(1, rnd.randint(0, 3) + 1):
                rows.append((3, f"{c}.", f"{c}.{rnd.choice(topics)}。{body()}"))
    return rows


@pytest.mark.parametrize("seed", range(12))
def test_generated_reports_are_clean_and_a_removed_heading_is_found(seed):
    import random

    rows = _generated_report(seed)
    text = "\n".join(line for _, _, line in rows)
    assert numbering(text) == []

    # Remove one numbered heading that has a later sibling: exactly one warning, at that sibling.
    rnd = random.Random(seed)
    candidates = []
    for i, (level, _, _) in enumerate(rows):
        if level not in (1, 2, 3):
            continue
        for j in range(i + 1, len(rows)):
            if rows[j][0] in (1, 2, 3) and rows[j][0] < level:
                break
            if rows[j][0] == level:
                candidates.append((i, j))
                break
    if not candidates:
        return
    i, j = rnd.choice(candidates)
    kept = rows[:i] + rows[i + 1 :]
    text = "\n".join(line for _, _, line in kept)
    warnings = [f for f in numbering(text) if f.severity == "warning"]
    sibling_start = sum(len(line) + 1 for _, _, line in kept[: j - 1])
    assert [(f.excerpt, f.start) for f in warnings] == [(rows[j][1], sibling_start)]
    assert warnings[0].rule in ("numbering.gap", "numbering.restart")


@pytest.mark.parametrize(
    ("markers", "flagged"),
    [
        # one repeat, the list then goes on from it: only the repeat is reported
        (("（一）", "（二）", "（二）", "（三）", "（四）"), [("numbering.repeat", 2)]),
        # two items swapped: the gap and the step back, nothing after them
        (("（一）", "（三）", "（二）", "（四）"), [("numbering.gap", 1), ("numbering.order", 2)]),
        # a list in order is silent
        (("（一）", "（二）", "（三）", "（四）"), []),
    ],
)
def test_one_slip_is_one_finding(markers, flagged):
    bodies = (
        "抓党建促发展，新发展党员12名。",
        "抓产业促增收，新建大棚86座。",
        "抓治理促稳定，化解纠纷132件。",
        "抓民生促和谐，改造危房45户。",
        "抓生态促宜居，植树造林800亩。",
    )
    lines = [TITLE, "一、主要工作", *(m + b for m, b in zip(markers, bodies, strict=False))]
    text = "\n".join(lines)
    starts = [sum(len(line) + 1 for line in lines[: i + 2]) for i in range(len(markers))]
    assert [(rule, start) for rule, _, start, _ in brief(text)] == [(r, starts[i]) for r, i in flagged]
