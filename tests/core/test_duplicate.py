# SPDX-License-Identifier: MIT
import pytest

from jiaogao.core.checks.duplicate import normalise
from jiaogao.core.engine import check_text
from tests.conftest import sample_text

pytestmark = pytest.mark.core


def duplicates(text: str):
    found = [f for f in check_text(text).findings if f.category == "duplicate"]
    for f in found:
        assert f.excerpt == text[f.start : f.end]
        assert f.suggestion is None
    return found


TITLE = "桃源镇2024年上半年工作总结"


def test_adjacent_repeated_sentence():
    text = "\n".join(
        (
            TITLE,
            "一、上半年工作开展情况",
            "3.农村人居环境明显改善。农村人居环境明显改善。全镇新建公厕6座，完成户厕改造420户。",
        )
    )
    second = text.index("农村人居环境明显改善。", text.index("农村人居环境明显改善。") + 1)
    (f,) = duplicates(text)
    assert (f.rule, f.severity, f.excerpt, f.start) == ("duplicate.sentence", "warning", "农村人居环境明显改善。", second)
    assert "前一句" in f.message


def test_sentence_repeated_far_away_names_the_first_line():
    repeated = "全面落实河长制，全镇28条河道实现常态化保洁。"
    text = "\n".join(
        (
            TITLE,
            "一、生态环境",
            repeated + "完成造林绿化1600亩。",
            "二、社会事业",
            "新增城镇就业360人，发放创业担保贷款800万元。",
            "三、下半年工作打算",
            "继续抓好生态保护。" + repeated,
        )
    )
    (f,) = duplicates(text)
    assert f.excerpt == repeated
    assert f.start == text.rindex(repeated)
    assert "第3行" in f.message


def test_short_formulaic_sentences_may_repeat():
    text = "\n".join((TITLE, "一、经济发展", "成效明显。工作有序推进。", "二、社会事业", "成效明显。工作有序推进。"))
    assert duplicates(text) == []


def test_short_sentence_repeated_far_away_is_only_a_note():
    text = "\n".join(
        (TITLE, "一、经济发展", "全镇经济保持平稳增长。", "二、社会事业", "三、平安建设", "全镇经济保持平稳增长。")
    )
    (f,) = duplicates(text)
    assert f.severity == "info"


def test_width_and_spaces_do_not_hide_a_repeat():
    first = "全年共完成造林面积1200亩，超额完成县下达任务。"
    second = "全年共完成造林面积 １２００ 亩,超额完成县下达任务。"
    text = "\n".join((TITLE, first, "抓好森林防火工作，未发生森林火灾。", second))
    (f,) = duplicates(text)
    assert f.excerpt == second
    assert normalise(first) == normalise(second)


def test_run_of_repeated_sentences_is_one_finding():
    run = "投资80万元改造村级活动场所3处。新建文化广场2个，安装健身器材46套。"
    text = "\n".join((TITLE, "一、公共服务", run + "群众文化生活日益丰富。", "二、其他工作", "开展送戏下乡活动8场。" + run))
    (f,) = duplicates(text)
    assert f.excerpt == run
    assert "这几句" in f.message


def test_repeated_paragraph_is_one_finding():
    para = "今年以来，我镇扎实开展安全生产大检查，共检查企业96家，排查整改隐患210处，未发生较大以上安全事故。"
    text = "\n".join((TITLE, para, "一、主要工作", "抓好防汛备汛各项准备工作，储备物资价值30万元。", para))
    (f,) = duplicates(text)
    assert (f.excerpt, f.start) == (para, text.rindex(para))


def test_repeated_headings_and_labels_are_fine():
    text = "\n".join(
        (
            TITLE,
            "一、上半年工作",
            "（一）主要做法",
            "开展环境整治行动12次。",
            "（二）保障措施",
            "建立镇村两级包保责任制。",
            "二、下半年工作",
            "（一）主要做法",
            "深化环境整治成果。",
            "（二）保障措施",
            "完善考核激励机制。",
        )
    )
    assert duplicates(text) == []


def test_enumeration_markers_are_ignored_when_comparing():
    text = "\n".join((TITLE, "2.社会治理持续加强。社会治理持续加强。全年化解矛盾纠纷86件。"))
    (f,) = duplicates(text)
    assert f.excerpt == "社会治理持续加强。"


def test_line_repeating_the_title():
    text = "\n".join((TITLE, "", "来源：某某文库 2023-07-02", "", TITLE, "今年以来，全镇上下齐心协力，各项工作稳步推进。"))
    (f,) = duplicates(text)
    assert (f.rule, f.excerpt, f.start) == ("duplicate.title", TITLE, text.rindex(TITLE))


def test_clean_report_has_no_duplicate():
    text = "\n".join(
        (
            TITLE,
            "今年以来，桃源镇党委、政府团结带领全镇干部群众，扎实推进各项工作。",
            "一、上半年工作开展情况",
            "（一）农业生产。落实早稻种植面积2.3万亩，同比增长1.8%。",
            "（二）项目建设。新开工项目7个，完成投资4.6亿元。",
            "二、存在的问题",
            "一是产业结构不优；二是财政收支矛盾突出。",
            "三、下半年工作打算",
            "（一）农业生产。抓好晚稻栽插和田间管理。",
            "（二）项目建设。加快在建项目进度，确保年底前竣工投产。",
        )
    )
    assert duplicates(text) == []


def test_duplicate_across_pdf_line_breaks():
    text = "\n".join(
        (
            TITLE,
            "全镇共完成农村危房改造 120 户，惠及困难群",
            "众 400 余人。新建村级卫生室 3 个。",
            "全镇共完成农村危房改造 120 户，惠及困难群众 400 余人。",
        )
    )
    (f,) = duplicates(text)
    assert f.excerpt == "全镇共完成农村危房改造 120 户，惠及困难群众 400 余人。"


def test_half_year_2020_sample():
    text = sample_text("town-halfyear-2020.txt")
    (f,) = duplicates(text)
    assert f.excerpt == "社会经济快速发展。"
    assert f.start == text.index("社会经济快速发展。社会经济快速发展。") + len("社会经济快速发展。")


def test_half_year_2017_sample_repeats_its_title_only():
    text = sample_text("town-halfyear-2017.txt")
    (f,) = duplicates(text)
    assert f.rule == "duplicate.title"
    assert f.excerpt == "镇政府上半年工作总结"
    assert f.start == text.index("镇政府上半年工作总结", 5)


def test_annual_2020_sample_has_no_duplicate():
    assert duplicates(sample_text("township-annual-2020.txt")) == []
