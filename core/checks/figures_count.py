# SPDX-License-Identifier: MIT
"""count-mismatch: a list of names and the count written next to it disagree.

The names first (``溪口、上坪、桂林、石门等3个村``, ``东坪和西坪两个村``) or the count first
(``建成4个示范园，分别是：A、B、C、D``). A count may also look back: with 以上/上述/这, or opening
its clause (``……南关社区新建老年食堂，两个社区共服务…``), it counts the last list before it whose
last name is of the kind counted, or the rows of a list just above (one item a line). With 等 the
count may exceed the names given; without it, the count must equal them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Finding
from ..numbers import Number, to_float
from .base import Context
from .figures_common import figures_of, last_of

CATEGORY = "count-mismatch"
_COUNT_CLASSIFIERS = "个家所条座处项名位栋幢户支台辆人种类村镇乡省"
_QUOTED_CLASSIFIERS = "场期届"  # counts of events, only right after their quoted names (“A”“B”两场活动)
_PLACE_UNITS = "村镇乡省"
_QUOTED_RUN = re.compile(r"(?:“[^”]{1,16}”\s*(?:、|和|及|与|以及)?\s*){2,}$")
_AFTER_FIGURE = re.compile(r"[0-9][^0-9]{0,4}?(?:对|为|向|给|帮助|组织|推动|指导)(?=[^0-9]*$)")
_ENTITY = re.compile(
    r"(?:村|社区|居委会|镇|乡|街道|所|队|队伍|庭|室|馆|企业|公司|项目|部门|单位|学校|园区|基地|合作社|小区|景区|组|站|中心|片区|示范点|"
    r"塘|库|桥|闸|堰|渠|商超|超市|商场|门店|酒店|宾馆|"
    r"产业|协会|平台|工程|班子|层面|方面|领域|环节|行业|板块|医院|卫生院|幼儿园|场所|市场|养殖场|园|厂|工作|"
    r"支柱|目标|重点|行动|活动|制度|机制|体系|品牌|景点|节点|区域|集团|银行|机构|课题|专题|系统|网络|"
    r"医共体|共同体|联合体|联盟|专班|小组|服务队|分队|所|中队|大队|支部|"
    r"桥|桥梁|道路|公路|河道|水库|山塘|堤防|渠道|专业|方向|学科|科室|窗口|网点|门店|车间|生产线|公园|游园|广场|"
    r"管理部|营业部|分局|分行|支行|分公司|办事处|管理处|所站|林场|水厂|片区|点|门诊|专科|诊室|"
    r"城市|县|区|市|州|省份|国家|地区|林区|药店|药房|店|诊所|学院|大学)$"
)
_SETS_UP = re.compile(r"设立|建立|开设|设置|组建|成立|举办|打造|命名|评选出|认定")
_PREPOSITIONS = ("在", "到", "赴", "向", "对", "为", "从", "于")
_ABOVE = re.compile(r"(?:以上|上述)\s*$")
_OPENING = re.compile(r"(?:^|[。；;，,\n]|依托|这|该)\s*$")
_SUMMED_UP = re.compile(r"[，,]\s*(?:共|共计|合计|总计|一共)\s*$")
_LIST_BREAKS = '，,。；;：:\n“”"（）()《》'
_NOUN = re.compile(r"[\u4e00-\u9fff]{1,8}")
_DATE_OPENING = re.compile(
    r"^(?:[0-9]{1,2}|十[一二]|[一二三四五六七八九十])月(?:份|底|初|中旬|上旬|下旬)?(?:前|以来|期间|中)?"
)
_BRACKETED = re.compile(r"[（(][^）)（(\n]{1,4}[）)]")
_AFTER_HEAD = re.compile(
    r"[^，,。；;：:\n]{0,30}?(?:[，,。]?\s*(?:分别是|分别为|即|主要有|具体是|具体为)\s*[：:]?|[：:])"
)
_ANOTHER_KIND = re.compile(
    r"^(?:县|市|区|省)?[\u4e00-\u9fff]{0,6}(?:中心|医院|学校|公司|集团|局|委|办|站|所|院)$"
)
_AREA_KINDS = frozenset(
    ("市", "州", "盟", "区", "县", "旗", "镇", "乡", "街道", "场", "林场", "农场", "社区", "村", "居", "园区")
)
_PAREN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?[（(]([^）)（(]{2,200})[）)]")
_DA = re.compile(
    r"(?<![第一二两三四五六七八九十0-9])([一二两三四五六七八九十]|[2-9])大([\u4e00-\u9fff]{1,6})"
)
_ASPECTS = re.compile(
    r"(?<![第一二两三四五六七八九十0-9])(?P<n>[一二两三四五六七八九十]|[2-9])\s*(?P<unit>个方面|方面|项|点|条)"
    r"[^。；;：:\n]{0,16}[：:]"
)
_ORDINAL = re.compile(r"(?:^|[。；;，,\s])([一二三四五六七八九十]{1,2})是")
_DIGIT = re.compile(r"[0-9０-９]")
# a first list with its own count, joined to the one before this count
_SECOND_LIST = re.compile(
    r"(?:[0-9]+|[一二两三四五六七八九十]+)[个家所条座处项名位栋户支台辆种类][\u4e00-\u9fff]{1,8}?(?:和|及|以及|与)(?=[^0-9]*$)"
)
# not 县第二人民医院, nor a place such as 三家子 or 五里屯
_CN_COUNT = re.compile(
    r"(?<!第)[一二两三四五六七八九十]+[个家所条座处项名位栋户人村](?![子湾屯营沟庄寨铺堡])"
)
_VERB = re.compile(
    r"新建|建成|建设|引进|完成|实施|打造|开展|投资|带动|帮助|组织|培育|发展|改造|修建|新增|实现|创建|"
    r"组成|组建|成立|抽调|派出|选派|"
    r"深入|走进|走访|进入|来到|前往|覆盖|联系|包联|结对|帮扶|督导|调研|慰问"  # 民警和辅警走进11个村
)
_ACTION = re.compile(r"[新改扩维加翻提升整拆修建造固治续装]{1,4}")
_JOINERS = ("以及", "和", "及", "与", "同")
_CN_OUT = "零一二三四五六七八九十"


def check_counts(ctx: Context) -> Iterator[Finding]:
    """Both shapes of name lists against the count next to them."""
    figs = figures_of(ctx)
    led = figs.ledger
    flow = led.flow
    for e in led.entries:
        n = e.number
        if n.kind != "number" or n.approx or n.value != int(n.value):
            continue
        quoted_count = n.unit in _QUOTED_CLASSIFIERS and flow[e.fstart - 1 : e.fstart] == "”"
        listed = flow[max(0, e.fstart - 2) : e.fstart].rstrip().endswith("等")
        if n.unit[-1:] not in _COUNT_CLASSIFIERS and not quoted_count and not (listed and n.unit == "件"):
            continue  # …煤矿欠薪等3件信访积案: a count of 件 after an open list
        if len(n.unit) != 1:
            continue
        if n.unit in _PLACE_UNITS and (not n.chinese or n.text.strip()[0] in "一二"):
            continue  # 贺二村, 一村 are names; a count of villages is written 两村, 三村 or 3个村
        yield from _names_before(ctx, flow, e.fstart, e.fend, n, int(n.value))
        yield from _names_after(ctx, flow, e.fend, n, int(n.value))
    for m in _DA.finditer(flow):
        value = to_float(m.group(1))
        noun = m.group(2)
        # 三大电商平台开设…: the noun is a leading part of the words after 大
        if value is None or not any(_ENTITY.search(noun[:k]) for k in range(2, len(noun) + 1)):
            continue
        a, b = led.orig_span(m.start(1), m.end(1) + 1)
        yield from _check_before(
            ctx, flow, m.start(), m.start(), int(value), a, b, m.group(1) + "大", noun=m.group(2)
        )


def _names_before(
    ctx: Context, flow: str, fstart: int, fend: int, n: Number, value: int
) -> Iterator[Finding]:
    after = _BRACKETED.sub("", flow[fend : fend + 24])  # 三座小（一）型水库 → 小型水库
    noun_m = _NOUN.match(after)
    noun = noun_m.group() if noun_m else ""
    summed = _SUMMED_UP.search(flow, max(0, fstart - 6), fstart)
    end = summed.start() if summed else fstart  # 岩门村、茶坝村、麻柳村，共三个村: the names before the comma
    above = _ABOVE.search(flow, max(0, fstart - 4), fstart)
    # a count opening its clause (，两个社区共服务… / 依托三个专业园区) looks back on the last list too
    opening = None if above else _OPENING.search(flow, max(0, fstart - 3), fstart)
    mark = above or opening
    explicit = bool(above) or bool(opening and opening.group().strip() in ("这", "该"))
    listed = _listed_above(flow, mark.start(), noun, explicit) if mark else None
    if listed is not None:  # 在东苑、西岭、河湾、柳巷社区建设…，以上三个社区: the list above, by its noun
        deng = listed[-1].endswith("等")
        if (value < len(listed) if deng else value != len(listed)) and value <= 12:
            yield _finding(ctx, n.start, n.end, n.text.strip(), len(listed), "、".join(listed), deng)
        return
    rows = _rows_above(ctx.text, n.start) if above else []  # (in the text as written: rows are lines)
    if len(rows) >= 2:  # 重点项目如下：⏎A项目，投资…；⏎B项目，投资…⏎以上3个项目: one item a line
        if value != len(rows) and value <= 12:
            yield _finding(ctx, n.start, n.end, n.text.strip(), len(rows), "、".join(rows), False)
        return
    if above:  # 虬津村、张公渡村、艾城村。⏎以上三个村…: the names are the sentence before
        end = above.start()
        while end > 0 and flow[end - 1].isspace():
            end -= 1
        if flow[end - 1 : end] not in ("。", "；", ";"):
            return
        end -= 1
    yield from _check_before(ctx, flow, end, fstart, value, n.start, n.end, n.text.strip(), noun=noun)


# names joined by 、 (or by a half-width comma typed for it: 北关社区、东方社区,新华社区)
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{1,16}(?:[、,][\u4e00-\u9fff]{1,16})+")
_OBJECT_AFTER = re.compile(r"(?:期间|之际)(?:对|在|向|到|赴)[\u4e00-\u9fff]{0,4}$")
_CUT_VERB = re.compile(
    r"开展|建立|实施|建设|创建|开设|签订|被|改造|举办|进行|完成|作为|是|存在|申报|入选|纳入"
)
_JOINER = re.compile(r"以及|及|与|和(?![平谐美睦])")
_OWN_COUNT = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十]+)[个家所条座处项名位支台]")
_JOINED_WITH = re.compile(r"联合|携手|会同")
_OBJECT_SCOPE = re.compile(
    r"[\u4e00-\u9fff]{2}(?:对|在|向|赴)(?:全(?:镇|乡|县|区|市|街道)|辖区)$"
)  # 安监站对全镇8所
_WITH = re.compile(r"(?:联合|携手|会同|与|同)$")
_KIND_CHARS = {"乡镇": "镇乡", "镇街": "镇街", "村居": "村居", "村社区": "村区"}
_PLACE_CHARS = "区镇乡村园站所院校厂组"
_COUNT_TAIL = re.compile(r"[一二两三四五六七八九十0-9]+[个座家所条]?$")


def _listed_above(flow: str, at: int, noun: str, explicit: bool = False) -> list[str] | None:
    """The names of the last 、 list within the two sentences before ``at`` whose last item ends in
    the noun counted (柳巷社区) or in a count of it (马栏四个镇), or None. With ``explicit`` (以上,
    上述, 这 before the count), the last list there whose last name runs on into a verb will do
    (在县一中、县职中、实验中学、新河二中开展…，上述3所学校)."""
    floor = max(0, at - 160)
    stops = [i for i in (flow.rfind(c, floor, at) for c in "。；;") if i >= 0]
    if stops:
        floor = max(floor, flow.rfind("。", floor, max(stops)) + 1)  # this sentence and the one before
    if not noun:
        return None
    if not explicit:
        floor = max(
            floor, flow.rfind("\n", floor, at) + 1
        )  # a clause's opening count looks back in its paragraph
    runs = list(_NAME_RUN.finditer(flow, floor, at))
    for run in reversed(runs):
        listed = _list_of(flow, run, noun, explicit)
        if listed is not None:
            return listed  # 分别在A、B、C设立康复定点机构，承担医疗康复、儿童康复…任务: the list of the noun
    items = _plain_run(flow, runs[-1]) if explicit and runs else None
    if items is not None:
        verb = _CUT_VERB.search(items[-1], 2)
        if verb and "等" not in items[-1]:
            items[-1:] = [x for x in _JOINER.split(items[-1][: verb.start()]) if x]
            return _names(items, longest=8)
    return None


# a line of a list: a name and its figures (白岩山矿区，整合前9家；) or a row of fields (项目名称：X；投资：…)
_ROW_LINE = re.compile(
    r"\s*(?P<label>[^\s：:；;，,。、0-9０-９]{1,8}[：:])?\s*([^\s：:；;，,。、0-9０-９]{2,20}?)[，,；;：:]"
)


_NAME_LINE = re.compile(r"([\u4e00-\u9fff]{2,12})[；;。，,]?")


def _rows_above(text: str, at: int) -> list[str]:
    """The names of the rows of a list just above the line of ``at`` (one item a line, the list
    opened by a line ending in ：), or [] when the lines above are no such list."""
    start = text.rfind("\n", 0, at)
    names: list[str] = []
    labels: set[str | None] = set()
    while start > 0:
        prev = text.rfind("\n", 0, start) + 1
        line = text[prev:start].strip()
        if line.endswith(("：", ":")) and names:
            return names[::-1]  # the line that opens the list
        m = _ROW_LINE.match(line)
        name_only = _NAME_LINE.fullmatch(line)  # 清水镇；⏎石桥镇；⏎花垣乡。: one name a line
        if name_only:
            names.append(name_only.group(1))
            labels.add(None)
            start = prev - 1
            continue
        if not line or len(line) > 80 or m is None or not _DIGIT.search(line):
            break
        names.append(m.group(2))
        labels.add(m.group("label"))
        start = prev - 1
    one_label = len(labels) == 1 and None not in labels  # rows of fields under one label (项目名称：)
    return names[::-1] if one_label and len(names) >= 2 else []


def _plain_run(flow: str, run: re.Match[str]) -> list[str] | None:
    """The items of a run of 、 words that may be a list of names, or None."""
    if _DIGIT.match(flow, run.start() - 1) or _WITH.search(flow, max(0, run.start() - 3), run.start()):
        return None  # 食品加工项目1.2亿元、新型建材项目…: items with figures; 联合南溪村、北岭村: with us
    items = re.split(r"[、,]", run.group())
    if len(items[0]) == 1 and items[0] in _CN_OUT:
        return None  # 五、农村集体“三资”管理: a heading's ordinal, no list
    if _JOINED_WITH.search(items[0]):
        return None  # 联合南溪村、北岭村…组建强村公司，5个村: our own village joins the count
    return items


def _list_of(flow: str, run: re.Match[str], noun: str, explicit: bool = True) -> list[str] | None:
    """The names of a run of 、 words when its last item ends in the noun counted, or None."""
    items = _plain_run(flow, run)
    if items is None:
        return None
    last = items[-1]
    own = _OWN_COUNT.match(flow, run.end())
    said = re.split(r"[，,。；;]", flow[own.end() : own.end() + 8])[0] if own else ""
    if said and noun[:2] in said[:6] and "等" not in items[-1]:  # …北坡4个软弱涣散村党组织 … 以上三个村
        return _names(items)  # 电子信息、…、食品加工4个专业园区: the list with its own count after it
    cut = next(
        (
            last.rfind(noun[:k])
            for k in range(min(len(noun), 3), 0, -1)
            if last.rfind(noun[:k]) > 0 and (k > 1 or explicit or noun[0] in _PLACE_CHARS)  # 参加… is no 参与
        ),
        -1,
    )
    if cut < 0:  # 四个乡镇 after …、石门镇; 三个集中区 after …双河四个区域: the kind by its last character
        kinds = next((v for k, v in _KIND_CHARS.items() if k in noun[:4]), "")
        head = noun.split("的")[0][:4]  # 村民小组的灌溉条件: the thing counted ends before 的
        kinds = kinds or (head[-1:] if head[-1:] in _PLACE_CHARS else "")
        cut = max((last.rfind(c) for c in kinds), default=-1)
        cut = cut if cut > 0 else -1
    if cut < 0:
        return None
    head = last[:cut]
    head = head[: m.start()] if (m := _COUNT_TAIL.search(head)) else head
    joined = _JOINER.split(head)  # …、新兴街道和解放街道的管线: the last two joined by 和
    items[-1:] = joined if all(len(x) >= 2 for x in joined) else [head]  # 安和药业 is one name
    return _names(items)


def _names(items: list[str], longest: int = 6) -> list[str] | None:
    """The names of a list read from a run of words, or None when they do not look like names."""
    items[0] = items[0][-longest:].lstrip(
        "在对向为到于从"
    )  # 推行…，在东苑: the first name after its preposition
    widest = max(len(x) for x in items[:-1])
    if len(items[-1]) > longest and widest <= longest:
        # 罗家村作为林下经济…; 双河是我县…最集中的: the last name runs on into what is said of it
        items[-1] = items[-1][:widest]
    if not all(1 <= len(x) <= longest for x in items):
        return None
    return items


def _check_before(
    ctx: Context, flow: str, list_end: int, at: int, value: int, a: int, b: int, written: str, noun: str
) -> Iterator[Finding]:
    floor = max(0, list_end - 80)
    start = last_of(flow, _LIST_BREAKS, floor, list_end) + 1 or floor
    names = flow[start:list_end].rstrip()
    quoted = (
        _QUOTED_RUN.search(flow, max(0, list_end - 120), list_end) if flow[start - 1 : start] == "”" else None
    )
    if quoted:
        names = quoted.group().rstrip()  # “举报宣传周”“检察开放日”和“控申接待日”五项活动
    if names.endswith(("、", "，", ",")):
        return  # 深入13个行政村、3个居民小区: the figure is the next item of a list, not its count
    deng = names.endswith(("等", "等等", "在内的", "在内"))  # 包括A、B在内的5个村 is open too
    if deng:
        names = names.removesuffix("的").removesuffix("在内").rstrip("等")
    elif "等" in names:
        return  # 等 earlier (A、B等活动12场): the count is not of the names
    elif names.endswith("的"):
        return  # 拒不整改、屡查屡犯的3家企业: a relative clause describes the firms, it does not name them
    if names.endswith(("不少于", "不低于", "不超过", "超过", "达到")):
        return  # 在校内公示不少于5个工作日: a bound, no list
    joiner = re.search(r"(?:以及|和|及|与)$", names)
    if joiner and len(re.split(r"、", names[: joiner.start()])[-1]) >= 2:
        return  # 县慈善总会、县总工会和12家爱心企业: the count is one more item (仁和 is a name)
    names = _DATE_OPENING.sub("", names)  # 5月底前完成大营、石门…: the date is no name
    tail = _AFTER_FIGURE.search(names)
    if tail:
        names = names[tail.end() :]  # 投资1.35亿元对石门、龙潭…三座水厂: the list starts after 对
    verbs = list(_SETS_UP.finditer(names))
    if verbs and "、" in names[: verbs[-1].start()]:
        names = names[verbs[-1].end() :]  # 在一中、三小设立田径、摔跤、射箭3个训练点: what was set up
    if names.endswith(_PREPOSITIONS):
        return  # 组织体育、卫健部门在8个镇开展…: the count is of the places, not of the bodies named
    joined = _SECOND_LIST.search(names)
    if joined:
        names = names[joined.end() :]  # 清溪、大塘2座中型水库和白沙、…、坪上等4座小型水库: the second list
    rest = (
        names.split("、", 1)[1] if "、" in names else names
    )  # 新增64排CT、DR、彩超: the first item's own figure
    if not names or _DIGIT.search(rest) or _CN_COUNT.search(names):
        return  # names mixed with other figures (东坪、西坪两个村引进3家企业): not a plain list
    last_item = re.split(r"、|以及|和|及|与", names)[-1]
    if (len(last_item) > 12 and not quoted) or last_item.endswith(
        ("属", "相关", "有关", "各", "内", "外", "辖区", "境内")
    ):
        return  # 春节、八一期间县领导走访驻县部队4个单位; 集团与所属6家子公司, 局党组与局属8个单位: no list
    if len(last_item) > 4 and (_OBJECT_AFTER.search(last_item) or _OBJECT_SCOPE.search(last_item)):
        return  # 春节、国庆期间对县城12家宾馆: the count is of what the preposition points at
    if not deng and not quoted and _VERB.search(last_item):
        return  # 东坪、西坪村新建3个中心: the count is of what was built, not of the names
    count = _count_items(names)
    if count < 2:
        return
    items = [x.strip() for x in re.split(r"、|以及|和|及|与", names) if x.strip()]
    if all(_ACTION.fullmatch(x) for x in items):
        return  # 新建、改扩建3所学校: a list of actions, not of names
    first, *others = names.split("、")
    first = re.split(r"以及|和|及|与", first)[-1]
    unlike = all(len(x) <= 3 and not _ANOTHER_KIND.search(x) for x in others)
    if not deng and value == count - 1 and _ANOTHER_KIND.search(first) and unlike:
        return  # 与县社会福利中心、东岗、白杨两个乡镇敬老院: the first is a body of another kind
    if deng:
        wrong = value < count
    else:
        entity = written[-1:] in _PLACE_UNITS or any(_ENTITY.search(noun[:k]) for k in range(1, 9))
        # 王秀英、李德全、陈家福、赵春兰三名“金牌调解员”: people named, counted in 名 or 位
        # (the first item may carry the verb before it: 评选出王秀英)
        people = len(items) >= 3 and all(2 <= len(x) <= 3 for x in items[1:])
        entity = entity or (written[-1:] in "名位" and people)
        wrong = value != count and value <= 12 and entity
    if wrong:
        yield _finding(ctx, a, b, written, count, names, deng)


def _names_after(ctx: Context, flow: str, fend: int, n: Number, value: int) -> Iterator[Finding]:
    paren = _PAREN_AFTER.match(flow, fend)
    if paren:
        names = paren.group(1).strip()
        if "、" not in names:
            return  # 一个突破（招商引资与项目建设）: one item described, not two listed
        if all(x.strip() in _AREA_KINDS for x in names.split("、")):
            return  # 11个县（市、区）: other kinds of the same unit, not names
    else:
        head = _AFTER_HEAD.match(flow, fend)
        if not head:
            return
        tail = flow[head.end() : head.end() + 400]
        stop = re.search(r"[，,。；;\n]", tail)
        names = tail[: stop.start()] if stop else tail
        names = re.sub(r"[（(][^）)]*[）)]", "", names).strip()
    if not names or ("、" not in names and not any(j in names for j in _JOINERS)):
        return
    if _DIGIT.search(names):
        return  # 分别为水库项目5个、饮水项目12个…: parts with their own counts, the sum rules' to check
    deng = "等" in names
    count = _count_items(names.split("等", 1)[0] if deng else names)
    if count < 2:
        return
    if (deng and value < count) or (not deng and value != count):
        yield _finding(ctx, n.start, n.end, n.text.strip(), count, names, deng)


def _count_items(names: str) -> int:
    """Names separated by 、, plus a last pair joined by 和/及/与 (和 inside a name like 和平村 is kept);
    or quoted names set side by side (“举报宣传周”“检察开放日”和“控申接待日”)."""
    quoted = _QUOTED_RUN.search(names)
    if quoted:
        return len(re.findall(r"“[^”]{1,16}”", quoted.group()))
    items = [s for s in names.split("、") if s.strip()]
    if not items:
        return 0
    last = items[-1]
    joiners = _JOINERS if len(items) == 1 else ("以及", "和", "及")
    for j in joiners:
        k = last.rfind(j)
        if 1 < k < len(last) - len(j):  # 仁和社区康复站: 和 one character in is part of a name
            return len(items) + 1
    return len(items)


def _finding(ctx: Context, a: int, b: int, written: str, count: int, names: str, deng: bool) -> Finding:
    number = re.match(r"[0-9０-９]+|[零〇一二两三四五六七八九十百]+", written)
    shown = str(count)
    if number and not number.group()[0].isdigit() and count < 11:
        shown = "两" if count == 2 else _CN_OUT[count]
    suggestion = (shown + written[number.end() :]) if number else None
    head = names if len(names) <= 24 else names[:22] + "…"
    what = f"列举了{count}个" + ("（含“等”，数目不应少于所列）" if deng else "")
    return ctx.finding(
        "figures.count",
        CATEGORY,
        "error",
        f"数目与列举对不上：“{head}”{what}，文中写的是{written}。",
        a,
        b,
        suggestion,
    )


def check_enumerations(ctx: Context) -> Iterator[Finding]:
    """`存在三个方面的问题：一是…；二是…` — the count against the 一是、二是 that follow in the paragraph."""
    figs = figures_of(ctx)
    led = figs.ledger
    flow = led.flow
    for m in _ASPECTS.finditer(flow):
        value = to_float(m.group("n"))
        if value is None:
            continue
        end = flow.find("\n", m.end())
        body = flow[m.end() : end if end >= 0 else len(flow)]
        count = 0
        if body.strip():
            for o in _ORDINAL.finditer(body):
                if to_float(o.group(1)) != count + 1:
                    break
                count += 1
        else:
            count = _items_on_lines(flow, end)  # …以下四个方面：⏎一是…⏎二是…: one item a line
        if count >= 2 and count != int(value):
            a, b = led.orig_span(m.start("n"), m.end("unit"))
            written = ctx.text[a:b]
            shown = (_CN_OUT[count] if count != 2 else "两") if not m.group("n").isdigit() else str(count)
            yield ctx.finding(
                "figures.enumeration",
                CATEGORY,
                "error",
                f"数目与列举对不上：后文列了{count}条（一是……），这里写的是{written}。",
                a,
                b,
                shown + written[len(m.group("n")) :] if count < 11 else None,
            )


def _items_on_lines(flow: str, pos: int) -> int:
    """How many lines from ``pos`` on open with 一是, 二是 … in order (blank lines skipped)."""
    count = 0
    while 0 <= pos < len(flow):
        end = flow.find("\n", pos + 1)
        line = flow[pos + 1 : end if end >= 0 else len(flow)].strip()
        if line:
            o = _ORDINAL.match(line)
            if o is None or o.start(1) != 0 or to_float(o.group(1)) != count + 1:
                break
            count += 1
        pos = end
    return count


CHECKS = (check_counts, check_enumerations)
