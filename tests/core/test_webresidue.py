# SPDX-License-Identifier: MIT
"""Web-residue check: blocks at the head and tail, short residue lines and fragments in the body."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jiaogao.core.engine import check_text

from tests.conftest import sample_text


def found(text: str) -> list[tuple[str, str]]:
    out = []
    for f in check_text(text).findings:
        if f.category == "web-residue":
            assert f.severity == "warning"
            assert f.excerpt == text[f.start : f.end]
            assert f.excerpt == f.excerpt.strip()
            assert f.suggestion == ""  # applying the suggestion deletes the residue
            out.append((f.rule, f.excerpt))
    return out


BLOCK, FRAGMENT = "webresidue.block", "webresidue.fragment"

GOV_SITE = """来源：青山县人民政府网  作者：办公室  发布时间：2023-05-06  浏览次数：1234
青山县应急管理局2023年上半年工作总结
今年以来，我局坚持人民至上、生命至上，扎实推进安全生产专项整治，全县安全生产形势总体平稳。
一、主要工作
（一）开展隐患排查。上半年共检查企业1260家次，发现并整改隐患3418处，受理群众举报89件，办结率100%。
第 1 页 共 3 页
（二）强化宣传教育。组织群众下载“学习强国”APP参加安全知识答题，覆盖群众2.3万人次。
二、下半年打算
继续抓好安全生产各项工作，坚决遏制较大事故发生。
青山县应急管理局
2023年7月5日
点击下载Word文档
【免责声明】本站部分内容来源于网络，如有侵权请联系删除。
上一篇：青山县应急管理局2022年工作总结
下一篇：青山县应急管理局2023年工作计划
扫一扫分享
收藏 分享 举报
"""


def test_gov_site_copy_head_body_and_tail() -> None:
    tail_first = GOV_SITE.index("点击下载")
    assert found(GOV_SITE) == [
        (BLOCK, GOV_SITE.splitlines()[0]),
        (BLOCK, "第 1 页 共 3 页"),
        (BLOCK, GOV_SITE[tail_first:].strip()),
    ]


LIBRARY_SITE = """文档页数：12 页
- 上传时间：2022-11-03
- 56.3 KB
- 本文档由网友上传，如有侵权请联系删除
白水镇2022年工作总结和2023年工作打算
2022年，白水镇党委、政府团结带领全镇干部群众，全力以赴稳经济、促发展、保民生。
一、2022年工作回顾
全年完成地区生产总值18.6亿元，同比增长6.2%。
"""

SLOGAN_HEAD = """资料仅供学习参考 请勿转载
公文写作天天练
每日更新 精品范文
开通会员即可下载全部资料
客服微信：wx12345678
红石乡党委书记2023年述职报告
本人于2021年3月任红石乡党委书记，现将一年来的履职情况报告如下。
一、履职情况
坚持把抓党建作为第一责任，全年召开党委会议38次。
"""


@pytest.mark.parametrize(
    ("text", "last_residue_line"),
    [(LIBRARY_SITE, 3), (SLOGAN_HEAD, 4)],
)
def test_head_block_is_one_finding_and_stops_at_the_title(text: str, last_residue_line: int) -> None:
    lines = text.splitlines()
    expected = "\n".join(lines[: last_residue_line + 1])
    assert found(text) == [(BLOCK, expected)]


ARTICLE_LIST_TAIL = """红石乡2023年工作总结
今年以来，全乡上下稳中求进，经济运行总体平稳，全年实现农业总产值5.6亿元。
红石乡人民政府
2023年12月20日
相关推荐
青山县2022年工作总结
白水镇2023年上半年工作总结
红石乡2024年工作计划
"""


def test_list_of_other_articles_at_the_tail() -> None:
    start = ARTICLE_LIST_TAIL.index("相关推荐")
    # The signature and date of the report itself stay.
    assert found(ARTICLE_LIST_TAIL) == [(BLOCK, ARTICLE_LIST_TAIL[start:].strip())]


def test_address_line_at_the_tail() -> None:
    text = (
        "白水镇2023年工作总结\n今年以来，全镇上下稳中求进，经济运行总体平稳。\n下一步工作打算：\n"
        "- 抓好项目建设\n- 加强队伍建设\n原文网址：https://www.fanwen-example.com/zongjie/2023/0512.html\n"
    )
    assert found(text) == [(BLOCK, text.splitlines()[-1])]


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("全年新增就业1200人。第 2 页 共 5 页城镇登记失业率控制在3%以内。", "第 2 页 共 5 页"),
        ("全镇呈现出经济发展、社会稳定的良好态势。点击下载Word文档", "点击下载Word文档"),
        ("各项工作有序推进。本站小编 范文网 2021-03-02", "本站小编 范文网 2021-03-02"),
    ],
)
def test_fragment_inside_a_line_of_report(line: str, fragment: str) -> None:
    text = f"青山县2023年工作总结\n{line}\n二、下一步打算\n继续抓好各项工作，确保完成全年目标任务。\n"
    assert found(text) == [(FRAGMENT, fragment)]


CLEAN_PETITION_REPORT = """青山县信访局2023年工作总结
今年以来，全局共受理群众来信来访1260件次，受理群众举报89件，举报电话12345全天候畅通。
一、主要工作
（一）推进网上信访。引导群众下载“学习强国”APP和“青山通”客户端，在县政府网站 www.qingshan.gov.cn 开设信访专栏。
（二）加强版权保护工作，查处侵权盗版案件3起，收缴盗版出版物1200余册。
（三）配合商务部门发放消费优惠券500万元，会同网信部门关闭违规QQ群15个。
（四）2023-05-06召开全县信访工作联席会议，分享典型经验，收藏优秀案例12篇。
二、下一步打算
- 抓好积案化解
- 加强队伍建设
举报电话：12345
青山县信访局
2023年12月28日
"""

CLEAN_SPEECH = """在全县经济工作会议上的讲话
——县长 李明
（2023年1月5日）
同志们：
这次会议的主要任务是，总结2022年经济工作，安排部署2023年重点任务。
一、2022年经济运行情况
全县实现地区生产总值268亿元，同比增长5.1%。
"""

# Text copied from a PDF: short lines without full stops all through the body.
CLEAN_PDF_COPY = """白水镇 2022 年工作总结
2022 年,白水镇党委、政府在县委、县政府的坚强领导下,
围绕年初确定的目标任务,强化责任,狠抓落实,乡村振兴、
脱贫攻坚、基层党建等工作取得新进展,全镇呈现出经济发
展、社会进步的良好态势。
一、经济建设成效显著
截止 11 月底,实现工业总产值 23
亿元,同比增长 4.6%
白水镇人民政府
2022 年 12 月 20 日
"""


# A report's own last lines may carry site-like words in a sentence.
CLEAN_RAILWAY_REPORT = """青山车站2023年工作总结
今年以来，本站旅客发送量达到126万人次，同比增长18%。
一、主要工作
（一）严厉打击倒卖车票行为
会同公安部门查处倒卖车票案件12起，组织工会会员开展志愿服务。
二、下一步打算
持续严厉打击倒卖车票行为，维护良好售票秩序。
以上意见仅供参考。
"""


@pytest.mark.parametrize("text", [CLEAN_PETITION_REPORT, CLEAN_SPEECH, CLEAN_PDF_COPY, CLEAN_RAILWAY_REPORT])
def test_no_residue_in_real_reports(text: str) -> None:
    assert found(text) == []


def test_page_footer_at_the_end_of_a_pdf_copy() -> None:
    text = CLEAN_PDF_COPY + "第 5 页 共 5 页\n"
    assert found(text) == [(BLOCK, "第 5 页 共 5 页")]


def test_doc_site_stamp_lines_before_the_title() -> None:
    text = "【精品文档】\n【下载后可编辑】\n" + CLEAN_PETITION_REPORT
    assert found(text) == [(BLOCK, "【精品文档】\n【下载后可编辑】")]


WECHAT_COPY = """百度文库 - 让每个人平等地提升自我
精品文档 下载后可编辑
红石乡2023年工作总结
今年以来，全乡上下稳中求进，经济运行总体平稳，全年实现农业总产值5.6亿元。
一、主要工作
（一）抓党建。全年召开党委会议38次。
第 2 页
（二）抓发展。新引进项目6个，完成投资3/4以上。
— 3 —
（三）抓民生。新增就业岗位300个。
红石乡人民政府
2023年12月20日
阅读原文
长按识别二维码关注我们
微信扫一扫关注该公众号
更多精彩内容请关注范文网 www.fanwen-example.com
本文共计3856字，阅读约需10分钟
"""


def test_library_and_wechat_residue_and_bare_page_numbers() -> None:
    tail = WECHAT_COPY[WECHAT_COPY.index("阅读原文") :].strip()
    head = "\n".join(WECHAT_COPY.splitlines()[:2])
    assert found(WECHAT_COPY) == [(BLOCK, head), (BLOCK, "第 2 页"), (BLOCK, "— 3 —"), (BLOCK, tail)]


def test_never_raises_on_odd_input() -> None:
    for text in [
        "",
        "\n",
        "本站",
        "相关推荐",
        "- 19 KB",
        "第1页共1页",
        "\n\n\n相关文章：\n" * 50,
        "x" * 2000,
    ]:
        for f in check_text(text).findings:
            assert f.excerpt == text[f.start : f.end]


# ---- the shared samples ----


def _expected_block(text: str, first_line: int, last_line: int) -> str:
    """Lines first..last (1-based) of ``text``, joined, stripped at both ends."""
    return "\n".join(text.split("\n")[first_line - 1 : last_line]).strip()


def test_sample_2017_site_line_and_footer_list() -> None:
    text = sample_text("town-halfyear-2017.txt")
    lines = text.split("\n")
    last = max(i for i, line in enumerate(lines, 1) if line.strip())
    assert found(text) == [
        (BLOCK, _expected_block(text, 3, 3)),
        (BLOCK, _expected_block(text, 90, last)),
    ]
    # The title before the site line and the title repeated after it are not residue.
    findings = [f for f in check_text(text).findings if f.category == "web-residue"]
    for title_line in (1, 5):
        start = sum(len(line) + 1 for line in lines[: title_line - 1])
        assert all(not (f.start <= start < f.end) for f in findings)


def test_sample_2020_header_ads() -> None:
    text = sample_text("town-halfyear-2020.txt")
    assert found(text) == [(BLOCK, _expected_block(text, 1, 9))]


def test_sample_annual_upload_notes() -> None:
    text = sample_text("township-annual-2020.txt")
    assert found(text) == [(BLOCK, _expected_block(text, 1, 6))]


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("本站小编网/201-.KB第页共相关话题。总结一、\n")) | st.characters(),
        max_size=300,
    )
)
def test_any_text_gives_well_formed_findings(text: str) -> None:
    from jiaogao.core.checks.base import Context
    from jiaogao.core.checks.webresidue import CHECKS
    from jiaogao.core.outline import paragraph_spans, parse_outline

    ctx = Context(text, paragraph_spans(text), parse_outline(text))
    for check in CHECKS:
        for f in check(ctx):
            assert 0 <= f.start < f.end <= len(text)
            assert f.excerpt == text[f.start : f.end]


@pytest.mark.parametrize(
    "crumb",
    ["首页 > 工作总结 > 乡镇工作总结", "当前位置：范文网 » 述职报告 » 正文", "主页 / 总结报告 / 年度总结"],
)
def test_breadcrumb_line_before_the_title(crumb: str) -> None:
    text = crumb + "\n\n清河街道2022年工作总结\n2022年，清河街道党工委团结带领全街干部群众，扎实推进工作。"
    assert found(text)[0][1] == crumb


def test_arrows_inside_report_prose_are_not_breadcrumbs() -> None:
    text = "城关镇2023年工作总结\n产业结构由“一产>二产>三产”调整为“三产>二产>一产”，服务业比重明显提高。"
    assert found(text) == []
