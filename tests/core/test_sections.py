# SPDX-License-Identifier: MIT
import pytest
from jiaogao.core.checks.base import CheckOptions
from jiaogao.core.checks.sections import synonym_in
from jiaogao.core.engine import check_text

from tests.conftest import sample_text

pytestmark = pytest.mark.core


def missing(text: str, options: CheckOptions | None = None):
    report = check_text(text, options)
    found = [f for f in report.findings if f.category == "missing-section"]
    for f in found:
        assert f.excerpt == text[f.start : f.end]
        assert f.severity == "warning"
    return found


HALF_TITLE = "平川县农业农村局2024年上半年工作总结和下半年工作计划"
HALF_INTRO = (
    "今年以来，在县委、县政府的坚强领导下，我局坚持以乡村振兴为总抓手，扎实推进粮食生产、产业发展、"
    "人居环境整治等重点工作，各项工作取得阶段性成效。现将有关情况报告如下："
)
HALF_WORK = """一、上半年工作开展情况
（一）粮食生产稳中有增。全县落实粮食播种面积42.6万亩，完成全年任务的101%；夏粮总产9.8万吨，同比增长2.1%。
（二）特色产业加快发展。新建高标准茶园3200亩，培育市级农业产业化龙头企业4家，农产品加工产值达到12.4亿元。
（三）人居环境持续改善。完成农村户厕改造1860户，新建村级污水处理设施12处，农村生活垃圾收运处置体系实现行政村全覆盖。"""
HALF_PROBLEMS = """二、存在的问题
一是农业基础设施仍然薄弱，部分灌区渠系老化失修；二是新型经营主体带动能力不强，产业链条较短；三是农技推广队伍年龄偏大，专业人才不足。"""
HALF_PLAN = """三、下半年工作计划
（一）抓好秋粮生产。加强病虫害统防统治，确保秋粮面积稳定在30万亩以上。
（二）推进产业提档升级。加快茶叶加工园区建设，力争年内新增规模以上农产品加工企业3家。
（三）深化人居环境整治。开展村庄清洁行动“回头看”，巩固提升户厕改造成效。"""


def half(*parts: str, title: str = HALF_TITLE) -> str:
    return "\n".join((title, HALF_INTRO, *parts))


def test_complete_halfyear_report_has_no_missing_section():
    assert missing(half(HALF_WORK, HALF_PROBLEMS, HALF_PLAN)) == []


def test_halfyear_without_problems():
    text = half(HALF_WORK, HALF_PLAN.replace("三、", "二、", 1))
    (f,) = missing(text)
    assert f.rule == "sections.missing.problems"
    assert (f.start, f.end) == (0, len(HALF_TITLE))
    assert f.excerpt == HALF_TITLE
    assert f.suggestion == "存在的问题"
    assert f.message.startswith("缺少“存在的问题”部分：上半年工作总结一般应")


def test_title_promises_a_plan_the_body_never_gives():
    text = half(HALF_WORK, HALF_PROBLEMS)
    (f,) = missing(text)
    assert f.rule == "sections.promised.plan"
    assert f.excerpt == "下半年工作计划"
    assert (f.start, f.end) == (HALF_TITLE.index("下半年工作计划"), len(HALF_TITLE))
    assert f.suggestion == "下半年工作计划"
    assert "标题写了“下半年工作计划”" in f.message


def test_plan_missing_without_a_promise_is_a_plain_missing_section():
    title = "平川县农业农村局2024年上半年工作总结"
    (f,) = missing(half(HALF_WORK, HALF_PROBLEMS, title=title))
    assert (f.rule, f.excerpt, f.suggestion) == ("sections.missing.plan", title, "下半年工作打算")


ANNUAL = """青山乡2023年工作总结
2023年，青山乡党委、政府团结带领全乡干部群众，围绕“生态立乡、产业富民”的发展思路，真抓实干，全乡经济社会保持了稳中向好的发展态势。
一、产业发展提质增效
全年新发展中药材种植5600亩，建成食用菌大棚120个，带动农户增收860万元。引进农产品加工项目2个，完成投资1.2亿元。
二、基础设施不断完善
新改建农村公路28公里，完成3个村的饮水安全巩固提升工程，解决了4600余名群众的饮水问题。
三、民生保障持续加强
发放各类救助资金560万元，新增城镇就业310人，全乡义务教育巩固率达到100%。"""
ANNUAL_PROBLEMS = (
    "回顾一年来的工作，我们也清醒地认识到，全乡发展还面临不少困难和问题：一是产业规模小，龙头企业带动作用不明显；"
    "二是乡级财力薄弱，基础设施欠账较多；三是干部队伍年龄结构老化，干事创业的劲头有待提升。"
)
ANNUAL_PLAN = (
    "2024年，我乡将坚持稳中求进工作总基调，重点抓好以下工作：一是做大做强中药材产业；"
    "二是持续改善农村人居环境；三是加强干部队伍建设。"
)


def test_cue_phrases_announce_problems_and_plan():
    assert missing("\n".join((ANNUAL, ANNUAL_PROBLEMS, ANNUAL_PLAN))) == []


def test_annual_with_neither_problems_nor_plan():
    found = missing(ANNUAL)
    assert sorted((f.rule, f.excerpt, f.suggestion) for f in found) == [
        ("sections.missing.plan", "青山乡2023年工作总结", "下一年工作打算"),
        ("sections.missing.problems", "青山乡2023年工作总结", "存在的问题"),
    ]
    assert found[0].start == 0


def test_cues_across_pdf_line_breaks():
    broken = (
        "在肯定成绩的同时，我们也清醒地看到发展中\n"
        "面临的困难和挑战：一是招商引资后劲不足，\n"
        "新签约项目偏少；二是集体经济收入来源单一。\n"
        "2024 年，全乡将继续围绕生态立乡目标，\n"
        "着力抓好产业发展和民生保障两件大事。"
    )
    assert missing(ANNUAL + "\n" + broken) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持问题导向和目标导向，全年召开专题会议12次，研究解决重点难点事项36件。",
        "开展安全生产大排查，共排查企业58家，对排查出的存在问题立行立改，整改率100%。",
        "重点检查安全问题是否整改到位，全年未发生较大以上安全生产事故。",
        "切实解决群众反映强烈的突出问题，群众满意度进一步提升。",
        "经县级验收，全乡农村危房改造不存在问题。",
    ],
)
def test_problem_words_that_do_not_announce_a_problems_section(sentence):
    text = "\n".join((ANNUAL, sentence, ANNUAL_PLAN))
    (f,) = missing(text)
    assert f.suggestion == "存在的问题"


@pytest.mark.parametrize(
    ("heading", "synonyms", "expected"),
    [
        ("主要做法及存在的问题", ("存在的问题",), True),
        ("存在问题和困难", ("存在问题",), True),
        ("工作中存在的问题：", ("存在的问题",), True),
        ("下半年工作重点", ("工作重点",), True),
        ("坚持以发展为中心，工作思路清晰，工作重点明确突出", ("工作思路", "工作重点"), False),
        ("补齐民生短板", ("短板",), False),
        ("德：坚定理想信念", ("德",), True),
        ("坚守道德底线", ("德",), False),
        ("重点工作有序推进", ("重点工作",), False),
    ],
)
def test_synonyms_in_headings(heading, synonyms, expected):
    assert synonym_in(heading, synonyms) is expected


def test_misleading_heading_does_not_hide_missing_plan():
    text = ANNUAL.replace("三、民生保障持续加强", "三、工作思路清晰，工作重点突出") + "\n" + ANNUAL_PROBLEMS
    (f,) = missing(text)
    assert f.suggestion == "下一年工作打算"


DUTY = """2023年度个人述职报告
本人自2021年任县商务局副局长以来，分管对外贸易、电子商务和招商引资工作。一年来，在局党组的领导下，认真履行岗位职责，较好地完成了各项工作任务。现将本人德、能、勤、绩、廉等方面情况报告如下：
一、加强学习，不断提高政治素质和业务能力
坚持把学习作为提升履职能力的首要任务，全年参加党组理论学习中心组集中学习18次，撰写心得体会6篇。
二、履职尽责，推动分管工作取得实效
全年完成外贸进出口额3.6亿元，同比增长7.8%；全县网络零售额达到5.2亿元；新签约招商项目14个，协议投资额26亿元。
三、严于律己，始终做到廉洁自律
严格遵守中央八项规定及其实施细则精神，认真落实“一岗双责”，从未利用职务之便谋取私利。
四、存在的不足
一是理论学习的深度还不够；二是深入企业调研的时间偏少；三是工作创新意识有待加强。
五、今后努力方向
今后，我将进一步加强学习，深入基层一线，勇于改革创新，努力在新的岗位上作出更大贡献。"""


def test_complete_duty_report():
    assert missing(DUTY) == []


def test_duty_report_without_integrity_part():
    lines = DUTY.split("\n")
    text = "\n".join(lines[:6] + lines[8:]).replace("四、", "三、").replace("五、", "四、")
    (f,) = missing(text)
    assert (f.rule, f.excerpt, f.suggestion) == (
        "sections.missing.integrity",
        "2023年度个人述职报告",
        "廉洁自律情况",
    )
    assert "述职报告一般应写明遵守廉洁自律规定" in f.message


SPECIAL = """云溪县2023年安全生产专项整治工作总结
今年以来，我县深入开展安全生产专项整治三年行动，压紧压实各方责任，全县安全生产形势持续稳定向好。
一、主要做法
（一）压实责任链条。县委常委会、县政府常务会议专题研究安全生产工作8次，与各乡镇、各部门签订目标责任书46份。
（二）深化隐患排查。组织开展危化品、道路交通、建筑施工等重点行业领域检查1260家次，排查整治隐患2310处。
二、存在的问题
部分企业主体责任落实不到位，基层监管力量相对薄弱，执法检查的专业化水平有待提高。
三、下一步工作打算
（一）持续推进重点行业领域整治。（二）加强基层监管队伍建设。（三）强化宣传教育和应急演练。"""


def test_complete_special_summary():
    assert missing(SPECIAL) == []


def test_special_summary_missing_plan():
    text = SPECIAL[: SPECIAL.index("三、下一步工作打算")].rstrip("\n")
    (f,) = missing(text)
    assert (f.rule, f.suggestion) == ("sections.missing.plan", "下一步工作打算")


def test_untyped_report_whose_title_promises_next_steps():
    title = "关于城区环境卫生整治工作情况及下一步打算的汇报"
    body = (
        "今年以来，我局按照县委、县政府统一部署，集中开展城区环境卫生整治，共清理卫生死角320处，"
        "拆除违规广告牌匾146块，规范占道经营摊点210个，新增分类垃圾桶800个，城区环境面貌明显改观。"
        "同时，建立健全网格化管理机制，将城区划分为28个网格，每个网格明确1名责任人，实行日巡查、周通报、月考评。"
        "整治期间共受理群众投诉96件，办结率100%，群众满意度明显提升。"
        "此外，联合公安、交通部门开展渣土车专项治理，查处违规车辆43辆。"
    )
    (f,) = missing(title + "\n" + body)
    assert (f.rule, f.excerpt, f.suggestion) == ("sections.promised.plan", "下一步打算", "下一步打算")
    assert f.start == title.index("下一步打算")


def test_short_draft_is_not_checked():
    assert missing("青山乡2023年工作总结\n2023年，全乡经济社会发展平稳。") == []


def test_forced_type_without_title_points_at_first_paragraph():
    body = ANNUAL.split("\n", 1)[1]
    found = missing(body, CheckOptions(report_type="annual"))
    first_line = body.split("\n", 1)[0]
    assert [(f.start, f.end) for f in found] == [(0, len(first_line))] * 2


@pytest.mark.parametrize(
    "name", ["town-halfyear-2017.txt", "town-halfyear-2020.txt", "township-annual-2020.txt"]
)
def test_samples_have_all_their_sections(name):
    assert missing(sample_text(name)) == []


def test_sample_without_its_problems_paragraph():
    text = sample_text("township-annual-2020.txt")
    start = text.index("在充分肯定成绩")
    end = text.index("\n", text.index("加以解决"))
    (f,) = missing(text[:start] + text[end + 1 :])
    assert f.suggestion == "存在的问题"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "一、",
        "（二）\n(3)\n4、\n⑤",
        "一是。二是。三是。二。二入。",
        "总结和计划\n" + "存在问题：" * 50,
        "上半年工作总结\n" + "下一步，" * 200 + "\n" + "一是" * 100,
        "工作总结\n" + "\n".join(["同一句话重复出现了很多次。"] * 30),
        "X" * 5000,
        "2023年工作总结\n（\n(\n第\n十十十、\n九十九、\n一百、\n①②③",
    ],
)
def test_my_checks_never_raise(text):
    from jiaogao.core.checks import duplicate, numbering, sections
    from jiaogao.core.checks.base import Context
    from jiaogao.core.outline import paragraph_spans, parse_outline

    ctx = Context(text, paragraph_spans(text), parse_outline(text))
    for module in (sections, numbering, duplicate):
        for check in module.CHECKS:
            for f in check(ctx):
                assert f.excerpt == text[f.start : f.end]


def test_title_with_family_planning_promises_nothing():
    title = "县卫生和计划生育局2016年工作总结"
    text = title + "\n" + ANNUAL.split("\n", 1)[1] + "\n" + ANNUAL_PROBLEMS
    (f,) = missing(text)
    assert f.rule == "sections.missing.plan"
    assert f.excerpt == title


def test_integrity_mentioned_inside_a_paragraph_counts():
    lines = DUTY.split("\n")
    text = "\n".join(lines[:6] + lines[8:]).replace(
        "撰写心得体会6篇。", "撰写心得体会6篇。同时，时刻绷紧廉洁自律这根弦，自觉接受组织和群众监督。"
    )
    assert missing(text) == []


def wrap(text: str, width: int = 26) -> str:
    """The text as a PDF viewer copies it: every line cut at ``width`` characters."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("width", [18, 26, 31])
def test_complete_reports_copied_from_a_pdf(width):
    for text in (
        half(HALF_WORK, HALF_PROBLEMS, HALF_PLAN),
        ANNUAL + "\n" + ANNUAL_PROBLEMS + "\n" + ANNUAL_PLAN,
        DUTY,
    ):
        report = check_text(wrap(text, width))
        assert [
            f for f in report.findings if f.category in ("missing-section", "numbering", "duplicate")
        ] == []


@pytest.mark.parametrize(
    "heading",
    ["二、存在问题及下步打算", "二、存在的困难和下半年工作计划安排", "二、问题与不足及下一步工作打算"],
)
def test_one_heading_for_problems_and_plan(heading):
    text = half(HALF_WORK, heading, "一是用地指标紧张；二是融资难度加大。")
    assert missing(text) == []


def test_closing_pledge_is_not_a_plan_section():
    pledge = "新的一年，全乡上下将以更加饱满的精神状态、更加务实的工作作风，为推动乡村振兴不懈奋斗。"
    (f,) = missing("\n".join((ANNUAL, ANNUAL_PROBLEMS, pledge)))
    assert f.rule == "sections.missing.plan"
    brief_plan = (
        "2024年，全乡将新发展中药材种植3000亩，建成冷链仓储中心1个，力争村集体经济收入全部超过10万元。"
    )
    assert missing("\n".join((ANNUAL, ANNUAL_PROBLEMS, brief_plan))) == []


@pytest.mark.parametrize("heading", ["三、下步打算", "三、下一步计划", "三、今后打算"])
def test_plan_heading_variants_in_a_duty_report(heading):
    text = "\n".join(
        (
            "2022年度述职报告",
            "一、履职情况",
            "本人任园长以来，认真履行岗位职责，组织开展保教活动，全园幼儿出勤率保持在较高水平，家长满意度稳步提升。"
            "狠抓安全管理，全年未发生安全责任事故，保教质量评估在全县名列前茅。",
            "二、廉洁自律情况",
            "严格遵守中央八项规定精神，坚持收费公示制度，没有违规收费和收受家长礼品礼金的行为。",
            "存在的不足主要是学习不够系统，对教师专业成长的指导还不够深入。",
            heading,
            "加强业务学习，完善教师培养机制，进一步提升保教质量和办园水平。",
        )
    )
    assert missing(text) == []


def test_thematic_work_headings_of_a_duty_report_are_its_account_of_work():
    # the opening sentence names 廉洁自律 before the work headings: it announces, it ends nothing
    text = (
        "青川县交通运输局局长2022年度述职报告\n"
        "按照县委组织部年度考核安排，现将本人2022年度履行岗位职责、廉洁自律等情况报告如下，请予评议。\n\n"
        "一、强化学习，提升政治能力\n全年参加局党组理论学习中心组学习12次，讲授专题党课2次，撰写心得体会6篇。"
        "坚持把学习成果转化为推动交通建设的思路和举措。\n"
        "二、聚焦主业，推动交通项目建设\n全年完成交通固定资产投资6.8亿元，新改建农村公路126公里，"
        "实施危桥改造9座，建成客运站2个，全县通客车建制村比例保持100%。\n"
        "三、守牢底线，扛起从严治党责任\n严格执行中央八项规定精神，认真落实一岗双责，本人及亲属未发生违规违纪问题。\n"
        "四、存在的不足\n一是对行业安全监管研究不深；二是推进重点项目的办法不多。\n"
        "五、下一步打算\n新的一年，我将加强学习，狠抓项目建设，守牢安全底线。"
    )
    assert missing(text) == []
