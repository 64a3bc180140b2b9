"""Build a large generated corpus of Chinese AI-industry news for the speed benchmarks.

    python bench/make_corpus.py --mb 50 [--seed 7] [--out bench/out/corpus-50mb]

The same size and seed always give the same bytes.  Stories are assembled from sentence templates
filled with invented organisations, people, places and figures, then wrapped the way collected
news arrives (by bytes): about 70% full HTML pages with site boilerplate (navigation, sidebars,
scripts, styles, share bars, comments, footers; UTF-8 and GBK), 10% scraped text with site noise,
10% JSON Lines exports, 5% front-matter posts and 5% records in the seed-000 format.  The output
goes to ``bench/out/`` (git-ignored), with ``.manifest.json`` saying what is where.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CITIES = [
    "上海",
    "北京",
    "深圳",
    "杭州",
    "合肥",
    "苏州",
    "武汉",
    "成都",
    "南京",
    "广州",
    "西安",
    "重庆",
    "长沙",
    "天津",
]
DISTRICTS = ["高新区", "经开区", "新区", "科学城", "软件园", "自贸片区", "未来科技城", "人工智能岛"]
PREFIXES = ["星", "灵", "澜", "曜", "云", "深", "启", "智", "天", "镜", "芯", "睿", "弘", "衡", "拓", "元"]
SUFFIXES = ["衍", "犀", "舟", "石", "岫", "瞳", "明", "远", "枢", "湾", "途", "图", "知", "禾", "擎", "序"]
KINDS = ["智能科技有限公司", "机器人有限公司", "半导体有限公司", "数据科技有限公司", "医疗科技有限公司"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
GIVEN = "立伟敏静磊洋艳勇军杰娟涛明超秀霞平刚桂文华建国宇航思远嘉良晓峰予安子健佳怡海涛志强晨曦"
TITLES = ["首席执行官", "董事长", "创始人", "首席技术官", "副总裁", "总经理", "研究院院长", "首席科学家"]
OFFICIALS = ["副市长", "经济和信息化局局长", "科技局副局长", "管委会主任", "发展改革委副主任", "数据局局长"]
TECHS = ["大模型", "多模态大模型", "具身智能", "计算机视觉", "语音识别", "自动驾驶", "智能芯片", "知识图谱", "AI推理"]
INDUSTRIES = ["智能制造", "金融", "医疗", "政务", "物流", "教育", "能源", "汽车", "零售", "农业"]
OUTLETS = ["江南财经网", "科创日报", "羊城科技网", "星城资讯", "中原网", "西部科技报", "长江日报", "津沽财经"]
EVENTS = [
    "发布新一代{tech}产品",
    "完成{money}亿元{round}融资",
    "与{city}市政府签署战略合作协议",
    "{tech}研发中心正式启用",
    "入选{city}首批人工智能示范应用场景",
]
ROUNDS = ["天使轮", "A轮", "B轮", "C轮", "D轮", "Pre-IPO轮"]
SENTENCES = [
    "{date}，{company}在{city}{district}{event}。",
    "{company}{title}{person}表示，公司将把{tech}能力重点用于{industry}场景，“我们希望让技术真正进入生产一线”。",
    "据介绍，该项目总投资约{money}亿元，预计{year}年建成投产，达产后年产值可达{money2}亿元。",
    "{city}市{official}{person2}在活动上介绍，全市已集聚人工智能相关企业{count}余家，去年产业规模突破{money2}亿元。",
    "业内人士认为，{tech}正从实验室走向规模化应用，但在数据质量、算力成本和人才储备方面仍面临挑战。",
    "根据规划，到{year}年，{city}将建成{count2}个以上{tech}开放创新平台，培育{count2}家以上领军企业。",
    "今年以来，{company}已与{count2}家{industry}企业完成产品适配，累计服务客户超过{count}家。",
    "{person}透露，公司研发人员占比超过{percent}%，今年研发投入同比增长{percent2}%。",
    "此次{event2}，标志着{city}在{tech}领域的布局进入新阶段。",
    "记者了解到，{company}成立于{founded}年，总部位于{city}，在{city2}设有研发中心。",
    "{city2}{district}有关负责人表示，将为{industry}企业使用{tech}提供最高{percent}%的费用补贴。",
    "在当天举行的圆桌论坛上，{person}和{person2}围绕{tech}在{industry}领域的落地路径展开讨论。",
    "数据显示，{city}去年新增{tech}相关专利{count}件，同比增长{percent2}%，其中发明专利占比{percent}%。",
    "{person2}认为，{industry}行业数据分散、标准不一，是{tech}规模化应用最大的障碍之一。",
    "按照计划，首批{count2}个应用场景将在{city}{district}率先开放，覆盖{industry}、交通和社区治理。",
    "{company}表示，未来三年将投入{money}亿元，在{city2}建设面向{industry}的{tech}联合实验室。",
    "与会专家建议，地方政府应加快公共数据开放，探索以“{tech}+{industry}”为重点的揭榜挂帅机制。",
    "截至{month}月底，{city}已发放算力券{money}亿元，惠及企业{count}家，带动算力消费超过{money2}亿元。",
]
NOISE_LINES = [
    "您现在的位置:首页 > 新闻中心 > 产业动态",
    "本篇文章{n}字,读完约{m}分钟",
    "上一篇：{city}举办{tech}产业对接会",
    "下一篇：{city2}发布数字经济发展报告",
    "【打印本页】【关闭窗口】",
    "扫一扫在手机打开当前页",
    "版权所有 © 2024 {outlet}  ICP备{n}号",
    "举报/反馈",
]


class Story:
    """One invented news story: title, date, outlet, paragraphs."""

    def __init__(self, rnd: random.Random, number: int) -> None:
        pick = rnd.choice
        self.city, self.city2 = rnd.sample(CITIES, 2)
        company = pick(PREFIXES) + pick(SUFFIXES)
        self.company = f"{self.city}{company}{pick(KINDS)}"
        self.short = company
        self.tech = pick(TECHS)
        self.year = rnd.randint(2019, 2025)
        self.month, self.day = rnd.randint(1, 12), rnd.randint(1, 28)
        self.date = f"{self.year}-{self.month:02d}-{self.day:02d} {rnd.randint(7, 22):02d}:{rnd.randint(0, 59):02d}"
        self.outlet = pick(OUTLETS)
        self.editor = pick(SURNAMES) + pick(GIVEN)
        event = pick(EVENTS).format(tech=self.tech, money=rnd.randint(2, 30), round=pick(ROUNDS), city=self.city)
        self.title = f"{self.short}{event}"
        self.url = f"https://news.example.cn/{self.year}/{self.month:02d}{self.day:02d}/{number:07d}.html"

        def person() -> str:
            return pick(SURNAMES) + pick(GIVEN) + (pick(GIVEN) if rnd.random() < 0.6 else "")

        fixed = {"company": self.company, "city": self.city, "city2": self.city2, "tech": self.tech}

        def sentence(template: str) -> str:
            # Fresh people, places and figures in every sentence, as in a real story: a story
            # built from identical sentences would be cut down by the repeated-line cleaning rules.
            return template.format(
                **fixed,
                date=f"{self.month}月{self.day}日",
                month=rnd.randint(1, 12),
                district=pick(DISTRICTS),
                event=pick(EVENTS).format(tech=self.tech, money=rnd.randint(2, 30), round=pick(ROUNDS), city=self.city),
                event2=pick(EVENTS).format(
                    tech=self.tech, money=rnd.randint(2, 30), round=pick(ROUNDS), city=self.city
                ),
                title=pick(TITLES),
                person=person(),
                person2=person(),
                official=pick(OFFICIALS),
                industry=pick(INDUSTRIES),
                money=rnd.randint(2, 80),
                money2=rnd.randint(100, 3000),
                year=self.year + rnd.randint(1, 5),
                count=rnd.randint(100, 2000),
                count2=rnd.randint(3, 50),
                percent=rnd.randint(30, 80),
                percent2=rnd.randint(5, 60),
                founded=self.year - rnd.randint(2, 10),
            )

        lead = f"{self.month}月{self.day}日，{self.company}在{self.city}{pick(DISTRICTS)}{event}。"
        paragraphs = [lead + "".join(sentence(t) for t in rnd.sample(SENTENCES[1:], 2))]
        for _ in range(rnd.randint(3, 11)):
            paragraphs.append("".join(sentence(t) for t in rnd.sample(SENTENCES[1:], rnd.randint(2, 4))))
        self.paragraphs = paragraphs


def _links(rnd: random.Random, count: int) -> str:
    return "".join(
        f'<li><a href="/news/{rnd.randint(10000, 99999)}.html">{rnd.choice(CITIES)}{rnd.choice(TECHS)}'
        f"{rnd.choice(['产业再提速', '新政出台', '项目签约', '论坛举行', '成果发布'])}</a></li>"
        for _ in range(count)
    )


_SCRIPT = (
    "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='//stat.example.cn/s.js?%s';})();"
)
_STYLE = ".nav li{float:left;margin:0 8px}.side{width:300px;float:right}.share a{margin:0 4px}" * 40
# Real pages carry tens of kilobytes of inline script (ads, statistics, configuration).
_CONFIG = (
    "window.__CONFIG__="
    + json.dumps(
        {
            "ads": [
                {"slot": f"ad-{i}", "size": [300, 250], "url": f"https://ad.example.cn/c?{i:08d}"} for i in range(120)
            ]
        }
    )
    + ";"
)


def html_page(story: Story, rnd: random.Random) -> str:
    """A full page: the story inside the boilerplate of a news site."""
    body = "\n".join(f"<p>\u3000\u3000{p}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={{charset}}">
<title>{story.title}_{story.outlet}</title>
<meta name="keywords" content="{story.short},{story.tech},{story.city}">
<meta property="article:published_time" content="{story.date.replace(" ", "T")}:00+08:00">
<style>{_STYLE}</style>
<script>{_SCRIPT % rnd.randint(1, 10**9)}</script>
<script>{_CONFIG}</script>
</head><body>
<div class="top">{story.outlet} | 登录 | 注册 | 手机版 | 无障碍</div>
<div class="nav"><ul>{_links(rnd, 40)}</ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/tech/">科技</a> &gt; 正文</div>
<div class="main">
<h1>{story.title}</h1>
<div class="info"><span>{story.date}</span> <span>来源：{story.outlet}</span></div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<!-- 正文开始 -->
<div class="article-content">
{body}
<p class="editor">（责任编辑：{story.editor}）</p>
</div>
<!-- 正文结束 -->
<div class="prev-next"><p>上一篇：<a href="/p.html">{rnd.choice(CITIES)}发布数字经济报告</a></p>
<p>下一篇：<a href="/n.html">{rnd.choice(CITIES)}举办人工智能大会</a></p></div>
<div class="comments"><h3>网友评论</h3><p>已有{rnd.randint(0, 999)}条评论</p></div>
</div>
<div class="side"><h3>热门排行</h3><ul>{_links(rnd, 20)}</ul><h3>专题推荐</h3><ul>{_links(rnd, 12)}</ul>
<div class="qrcode">扫码下载{story.outlet}APP</div></div>
<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p>
<p>Copyright &copy; 2008-2024 {story.outlet} 版权所有</p></div>
<script>{_SCRIPT % rnd.randint(1, 10**9)}</script>
</body></html>
"""


def text_page(story: Story, rnd: random.Random) -> str:
    def noise(k: int) -> list[str]:
        return [
            line.format(
                n=rnd.randint(800, 5000),
                m=rnd.randint(2, 12),
                city=story.city,
                city2=story.city2,
                tech=story.tech,
                outlet=story.outlet,
            )
            for line in rnd.sample(NOISE_LINES, k)
        ]

    head = [*noise(2), story.title, f"发布时间:{story.date}    来源:{story.outlet}", ""]
    tail = ["", f"责任编辑：{story.editor}", *noise(3)]
    return "\n".join(head + [f"\u3000\u3000{p}\n" for p in story.paragraphs] + tail) + "\n"


def json_record(story: Story, rnd: random.Random) -> dict[str, object]:
    if rnd.random() < 0.5:
        return {
            "title": story.title,
            "url": story.url,
            "date": story.date,
            "source": story.outlet,
            "content": "\n\n".join(story.paragraphs),
            "tags": [story.tech, story.city],
        }
    return {
        "标题": story.title,
        "链接": story.url,
        "发布时间": story.date,
        "来源": story.outlet,
        "正文": "\n\n".join(story.paragraphs),
        "标签": [story.tech, story.city],
    }


def post_page(story: Story, rnd: random.Random) -> str:
    body = "\n\n".join(story.paragraphs)
    return (
        f'---\nlayout: post\ntitle: "{story.title}"\ndate: {story.date}:00 +0800\nsource: {story.outlet}\n'
        f"categories: [科技, {story.city}]\ntags: [{story.tech}]\n---\n\n{body}\n"
    )


def record_page(story: Story, rnd: random.Random) -> str:
    return (
        f"标题: {story.title}\n链接: {story.url}\n总结: "
        + "\n".join(story.paragraphs)
        + f"\n关键词: {story.short}, {story.tech}, {story.city}\nAI技术: {story.tech}\n"
        + f"行业: {rnd.choice(INDUSTRIES)}\n"
    )


#: (kind, share of bytes, file suffix, render).  JSON Lines are batched 40 stories per file.
KINDS_BY_SHARE: list[tuple[str, float, str, Callable[[Story, random.Random], str]]] = [
    ("html", 0.70, ".html", html_page),
    ("text", 0.10, ".txt", text_page),
    ("jsonl", 0.10, ".jsonl", json_record),  # type: ignore[list-item]
    ("posts", 0.05, ".md", post_page),
    ("records", 0.05, ".txt", record_page),
]
JSONL_BATCH = 40


def build(megabytes: float, seed: int, out: Path) -> dict[str, object]:
    rnd = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, int]] = {}
    number = 0
    for kind, share, suffix, render in KINDS_BY_SHARE:
        folder = out / kind
        folder.mkdir(exist_ok=True)
        budget, written, files, stories = int(target * share), 0, 0, 0
        while written < budget:
            if kind == "jsonl":
                batch = [
                    json.dumps(render(Story(rnd, number + i), rnd), ensure_ascii=False) for i in range(JSONL_BATCH)
                ]
                data = ("\n".join(batch) + "\n").encode("utf-8")
                count = JSONL_BATCH
            else:
                text = render(Story(rnd, number), rnd)
                count = 1
                if kind == "html":
                    # A third of the pages are GBK, the way older Chinese sites still serve them.
                    charset = "gbk" if rnd.random() < 1 / 3 else "utf-8"
                    data = text.replace("{charset}", charset).encode(charset)
                else:
                    data = text.encode("utf-8")
            (folder / f"{kind}-{files:06d}{suffix}").write_bytes(data)
            number += count
            stories += count
            files += 1
            written += len(data)
        manifest[kind] = {"files": files, "stories": stories, "bytes": written}
    summary = {"seed": seed, "megabytes": megabytes, "kinds": manifest}
    # Hidden, so that ``aiwatch extract DIR`` does not take it for a document.
    (out / ".manifest.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def default_out(megabytes: float, seed: int) -> Path:
    return ROOT / "bench" / "out" / f"corpus-{megabytes:g}mb-seed{seed}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="Size of the corpus in MB (default 50).")
    parser.add_argument("--seed", type=int, default=7, help="Random seed (default 7).")
    parser.add_argument("--out", type=Path, help="Output directory (default bench/out/corpus-<mb>mb-seed<seed>).")
    args = parser.parse_args()
    out = args.out or default_out(args.mb, args.seed)
    summary = build(args.mb, args.seed, out)
    total = sum(k["bytes"] for k in summary["kinds"].values())
    stories = sum(k["stories"] for k in summary["kinds"].values())
    print(f"{out}: {stories} stories, {total / 1024 / 1024:.1f} MB")


if __name__ == "__main__":
    main()
