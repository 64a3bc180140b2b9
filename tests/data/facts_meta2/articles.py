# ruff: noqa: E501
"""Page-shape set meta2 (issue 12, metadata): 60 more pages, each written out whole in the layout of
a different real Chinese (or Chinese-language) site or page kind that meta1 does not have, gold
written and committed before aiwatch was ever run on them, so its first score measures how aiwatch
reads title, published date, source, author, editor, url and the story on layouts it has never seen.

Written blind, as meta1 was: the writer read only the gold conventions (../facts/README.md), the
Spec format and the ``raw`` renderer (../facts/pages.py), meta1's specs (its format and its
decisions, and its sites to avoid them), tests/test_facts_set.py and the README's list of inputs;
never aiwatch's code, results or changelog, and nothing was scored.  Every page is a ``raw`` page
(``scope="metadata"``, taxonomy lists ``[]``).  Every company, person and story is made up; the
sites' markup conventions (head tags, info lines, credit lines, footers, embedded JSON and script
variables, e-paper and CMS layouts) follow the real templates, and URLs keep the real hosts and
path shapes.

Families (pages): national papers, finance and tech media 20 (bjnews PC, 北青网, 南方都市报,
21世纪经济报道, 经济观察网, 中证网, 中国证券网, 每经 PC, 华尔街见闻, a 第一财经 video page, 钛媒体,
雷峰网, 品玩, 极客公园 (an oral account), InfoQ (a translation), OSCHINA, 少数派, 爱范儿 PC, 新浪科技 PC,
环球网 综合), portals and self-media 7 (网易号 reposting a WeChat account, 腾讯新闻 mobile, 凤凰网
mobile, 百家号 raw page with 原标题, 微信公众号 raw page (原创, js_content, var ct, 阅读原文), 澎湃号·政务,
掘金), e-papers and mobile 4 (人民日报 and 光明日报 e-papers, 科技日报 web, 中新网 mobile), local
clients 5 (红星新闻 特约评论员, 封面新闻, 川观新闻, a 潮新闻 live page, 齐鲁壹点 with a 更正),
government 8 (发改委, 科技部, 网信办 专题, 国家数据局, 上海市政府, a 省科技厅 notice with attachments,
a 区 政务公开 公示, a court's news page), universities and institutes 3 (a CAS institute, 北大新闻网,
a 高职 VSB page), companies 2 (a newsroom release, a listed company's 公告 converted from PDF),
Hong Kong, Taiwan and overseas 5 in traditional characters (明報, 香港01, 聯合新聞網, 中央社, BBC
News 中文), non-HTML 6 (a blog Markdown post with Chinese front-matter keys, a JSON Lines crawler
record with Chinese field names, a TSV export, an RSS item with content:encoded, a WeChat-export
Markdown, text pasted from a news app).  Dates run from 2019 to 2025; every published date is a day.

meta1's decisions hold here.  Decisions where the README and meta1 are silent:

- title: a series or column tag the page prints as part of its headline (一财科技观察｜, 红星评论｜,
  直播｜) is part of it; a 原标题 line in the story box is not the title (the headline shown is); an
  e-paper's 引题 (h3) and 副题 (h2, ——…) are not part of it; a listed company's 公告 is titled by its
  full name, company name and 关于…的公告 joined, as the PDF prints them on two lines; traditional
  characters stay as printed.
- published: a date split over spans (06-03 / 08:51 / 2025) or printed without its year (05月06日,
  10/22 14:08, 上游新闻 09-18 in app text) takes its year from the page's other stamps (meta, JSON,
  the URL or a share link); a correction (更正, 更新) leaves the first publication date; a live page
  is dated by its opening, not its last entry; a company 公告 with no other date is dated by its
  signature (董事会 … 2024年8月27日), not the PDF's creation date; Taiwan's ROC code (1140402) and
  a foreign site's UTC stamp are read as the same day in Beijing time; a WeChat raw page, whose
  publish_time is empty until its script runs, is dated by ``var ct`` (a Unix time) read in Beijing
  time (23:10 UTC on the 6th is the 7th).
- source: 来源：环球网综合 (a compilation with no single outlet) is the compiling site, 环球网; a
  portal account reposting another (网易号 with 本文来自微信公众号“X”) has X, as meta1 read huxiu;
  a 澎湃号, 百家号, 掘金 or WeChat account is its own source, never the platform; a 腾讯新闻 page's
  media account (健康时报) is the source; 齐鲁晚报·齐鲁壹点 is the paper (meta1's paper-and-site rule);
  a page with no 来源 is the body whose site it is (a court, a CAS institute, a company); a listed
  company's 公告 is the company's full name (not 董事会, not the exchange); a translation published
  by InfoQ (本文为 InfoQ 翻译) has InfoQ; a site that names itself only in the lead (经济观察网) has
  that name; a university page's 来源 (a 学院) as printed; a JSON/TSV record's 来源/source field and
  a blog's front-matter 站点 as given; a traditional-character 來源/byline outlet (聯合報) as printed.
- author: 撰文, 文字, 作者 and a byline 記者 name the author; 实习生 beside 记者 is an author like 通讯员;
  a named 特约评论员 is the author; with 口述 X / 整理 Y, Y (who wrote the text) is the author and X
  (who spoke) is not; a translated article's 作者 is the author and its 译者 is not; a reporter given
  only at the story's end in brackets (（健康时报记者 郑雪娇）) is the author; names spaced for
  layout (骆&nbsp;&nbsp;清) are one name; 信息员, 审核, 发布者 and 供稿 are no author.
- editor: 责编 and 编辑/ count as 责任编辑; 策划, 编审, 审核, 校对 and a 信息员 are no editor; 钛媒体's
  编辑｜ is the editor even when it names the author.
- url: as meta1 (canonical, og:url, else the article URL the page or record states); a gov CMS's
  ``<meta name="Url">``, a 腾讯新闻 initData url, a front-matter 永久链接, a share link pasted under
  app text and a WeChat export's 阅读原文 link are stated URLs; a WeChat raw page has its og:url (the
  long __biz form); pages that state none (many papers, gov sites, e-papers) have null."""

from facts_pages import raw_page as page

ARTICLES = [
    page(
        "n01_bjnews_pc",
        "北京经开区发布具身智能中试平台 首批12家企业入驻",
        "2025-04-17",
        "新京报",
        "彭思远",
        "甘露",
        "https://www.bjnews.com.cn/detail/1744859120129987.html",
        [
            "新京报讯（记者彭思远）4月16日，北京经济技术开发区具身智能中试平台正式启用，首批12家机器人企业入驻，平台提供整机测试、数据采集和小批量试制服务。",
            "平台运营方介绍，企业可按周租用测试场地，一台人形机器人样机从设计到试制的周期有望缩短三分之一。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}</title>
<meta name="keywords" content="具身智能,中试平台,北京经开区">
<meta name="description" content="4月16日，北京经济技术开发区具身智能中试平台正式启用。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.bjnews.com.cn/detail/1744859120129987.html">
<link rel="stylesheet" href="https://static.bjnews.com.cn/www/v5/css/detail.css">
</head>
<body>
<div class="header"><div class="logo"><a href="https://www.bjnews.com.cn/">新京报</a></div><ul class="nav"><li><a href="/news">时事</a></li><li><a href="/financial">财经</a></li><li><a href="/tech">科技</a></li></ul></div>
<div class="bodyTitle">
<div class="title"><h1>{{T}}</h1></div>
<div class="ntitle"><span class="left fl"><span class="reporter"><em>新京报</em></span>
<span class="timer">2025-04-17 11:05</span></span>
<span class="right fr"><span class="zan">点赞 36</span></span></div>
</div>
<div class="bodyContent">
<div class="content" id="contentStr">
{{story}}
</div>
<div class="contentBottom"><p>编辑 甘露</p><p>校对 柳宝庆</p></div>
</div>
<div class="hotNews"><h3>热点推荐</h3><ul><li><a href="#">机器人半程马拉松开赛</a></li></ul></div>
<div class="footer"><p>新京报社版权所有 京ICP备 13038990号-1 京公网安备 11010502036019号</p></div>
<script>var pageInfo = {"uuid":"1744859120129987","column":"科技","pubtime":"2025-04-17 11:05:42"};</script>
</body>
</html>
""",
    ),
    page(
        "n02_ynet_bjyouth",
        "中关村一中学开设AI伴学课 学生用大模型做课题",
        "2024-10-29",
        "北京青年报",
        "窦一鸣",
        "吴心怡",
        None,
        [
            "本学期起，海淀区一所中学在初二年级开设AI伴学课，学生分组使用校园大模型检索资料、设计调查问卷并撰写课题报告。",
            "学校信息中心负责人表示，平台屏蔽了直接代写功能，教师可以在后台看到每个小组的提问记录，用于评价学生的思考过程。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_北青网</title>
<meta name="keywords" content="AI伴学,中学,大模型" />
<meta name="description" content="本学期起，海淀区一所中学在初二年级开设AI伴学课。" />
<link rel="stylesheet" href="//www.ynet.com/css/ynet_detail.css" />
</head>
<body>
<div class="topBar"><a href="//www.ynet.com/">北青网首页</a> | <a href="//news.ynet.com/">新闻</a> | <a href="//edu.ynet.com/">教育</a></div>
<div class="cfixed articleBox">
<div class="articleTitle"><h1>{{T}}</h1>
<div class="articleTag"><span class="yearMsg">2024-10-29</span><span class="timeMsg">07:18</span><span class="sourceMsg">来源：北京青年报</span><span class="authorMsg">作者：窦一鸣</span></div></div>
<div id="articleAll" class="articleMain">
{{story}}
<p class="editor">编辑：吴心怡</p>
</div>
<div class="keyWords">相关关键词：<a href="#">AI伴学</a></div>
</div>
<div class="footer"><p>北青网 版权所有 京ICP证 090364号</p></div>
</body>
</html>
""",
    ),
    page(
        "n03_nddaily",
        "深圳南山一社区试点AI网格员 小区投诉平均处置时长缩至6小时",
        "2023-09-12",
        "南方都市报",
        "祁凌、侯子涵",
        "范佳颖",
        None,
        [
            "南都讯 记者祁凌 通讯员侯子涵 深圳南山区一社区近日试点“AI网格员”，居民通过小程序上报的噪音、垃圾堆放等问题，由系统自动分类派单到物业和执法队。",
            "试点三个月来，社区投诉的平均处置时长由原来的两天缩短到6小时左右。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>{{T}}-南方都市报·奥一网</title>
<meta name="keywords" content="AI网格员,南山,社区治理" />
<meta name="description" content="深圳南山区一社区近日试点“AI网格员”。" />
</head>
<body>
<div class="top"><a href="https://www.nddaily.com/">南都网</a> <a href="https://www.oeeee.com/">奥一网</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/sz">深圳</a> &gt; 正文</div>
<div class="article">
<h1 class="article-title">{{T}}</h1>
<div class="article-info"><span class="time">2023-09-12 14:36</span><span class="source">来源：南方都市报</span><span class="author">采写：南都记者 祁凌 通讯员 侯子涵</span></div>
<div class="article-content">
{{story}}
</div>
<div class="article-bottom"><p>编辑：范佳颖</p><p>校对：欧阳晓</p></div>
</div>
<div class="foot">南方都市报版权所有 粤ICP备09170624号</div>
</body>
</html>
""",
    ),
    page(
        "n04_21jingji",
        "储能电站引入AI调度模型 峰谷套利收益提升一成",
        "2025-06-03",
        "21世纪经济报道",
        "宁晓彤",
        "张伟贤",
        None,
        [
            "21世纪经济报道记者宁晓彤 广州报道 一家位于粤西的电网侧储能电站近期引入AI调度模型，根据电价预测和电池健康状态安排充放电计划。",
            "运营方称，模型上线两个月后，电站峰谷套利收益提升约一成，电池循环次数反而略有下降。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-21经济网</title>
<meta name="keywords" content="储能,AI调度,峰谷套利">
<meta name="description" content="一家位于粤西的电网侧储能电站近期引入AI调度模型。">
<link rel="stylesheet" href="https://static.21jingji.com/css/article.css">
</head>
<body>
<div class="header"><a href="https://www.21jingji.com/">21经济网</a> <a href="#">新闻</a> <a href="#">能源</a></div>
<div class="detailCont">
<div class="titleHead"><h1>{{T}}</h1>
<div class="newsInfo"><div class="Wh"><span class="Mday">06-03</span><span class="hour">08:51</span><span class="year">2025</span></div>
<div class="info"><span class="baodao">21世纪经济报道</span><span class="writer">宁晓彤</span></div></div></div>
<div class="txtContent">
{{story}}
</div>
<div class="copyright"><p>（作者：宁晓彤 编辑：张伟贤）</p></div>
<div class="noticeInfo">21世纪经济报道及其客户端所刊载内容的知识产权均属广东二十一世纪环球经济报社所有。</div>
</div>
<div class="footer">Copyright © 2025 21jingji.com All Rights Reserved</div>
</body>
</html>
""",
    ),
    page(
        "n05_eeo",
        "一家AI制药公司的第二次转身",
        "2022-08-26",
        "经济观察网",
        "韩奕",
        "尚沐",
        None,
        [
            "经济观察网 记者 韩奕 从做靶点发现软件到自建湿实验室，成立六年的AI制药公司晶析生物正在经历第二次转身。",
            "公司创始人说，只卖算法很难拿到药企的长期订单，自己推进两条候选分子进入临床前研究，是证明平台价值最直接的办法。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{{T}} - 经济观察网 - 专业财经新闻网站</title>
<meta name="keywords" content="AI制药,晶析生物">
<meta name="description" content="从做靶点发现软件到自建湿实验室，成立六年的AI制药公司晶析生物正在经历第二次转身。">
</head>
<body>
<div class="top"><a href="http://www.eeo.com.cn/">经济观察网</a> <a href="#">公司</a> <a href="#">医药</a></div>
<div class="xd-b-b">
<h1>{{T}}</h1>
<div class="xd-xd-xd-newsletter">
<span>韩奕</span> <span>2022-08-26 18:40</span>
</div>
<div class="xx_boxsing">
{{story}}
</div>
<p class="xd-bj">（责任编辑：尚沐）</p>
</div>
<div class="footer">经济观察报社 版权所有 京ICP备05068213号</div>
</body>
</html>
""",
    ),
    page(
        "n06_cs_com_cn",
        "多家券商上线投顾大模型 合规审核成落地关键",
        "2024-01-15",
        "中国证券报",
        "贾慕白",
        "景岚",
        None,
        [
            "近期，多家券商陆续上线投顾大模型，用于自动生成持仓解读和市场日报，但投资建议类内容仍须经人工合规审核后才能发送给客户。",
            "业内人士表示，模型输出的可追溯性和话术合规，是券商大模型从内部试用走向客户端的关键。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_中证网</title>
<meta name="keywords" content="券商,投顾大模型,合规" />
<meta name="description" content="近期，多家券商陆续上线投顾大模型。" />
<meta name="ContentSource" content="中国证券报">
</head>
<body>
<div class="head"><a href="https://www.cs.com.cn/">中证网</a> <a href="https://www.cs.com.cn/qs/">券商</a></div>
<div class="local">您的位置：<a href="/">首页</a> &gt; <a href="/qs/">券商</a></div>
<div class="article">
<h1>{{T}}</h1>
<div class="info"><p><em>来源：中国证券报·中证网</em><em>作者：贾慕白</em></p><p><em>2024-01-15 07:01</em></p></div>
<div class="article-t hidden">
{{story}}
</div>
<div class="cont_bot">责任编辑：景岚</div>
</div>
<div class="foot">中国证券报·中证网 版权所有 未经许可禁止转载</div>
</body>
</html>
""",
    ),
    page(
        "n07_cnstock",
        "AI算力租赁企业密集披露订单 多家公司回应业绩确认节奏",
        "2023-07-11",
        "上海证券报",
        "殷霁",
        "柴嵩",
        None,
        [
            "7月10日晚间，三家上市公司先后披露算力租赁订单，合同金额合计超过20亿元。多家公司在回复投资者提问时表示，相关收入将按服务期分期确认。",
            "分析人士提示，算力租赁合同期限普遍为三到五年，短期对业绩的贡献有限。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}-中国证券网</title>
<meta name="keywords" content="算力租赁,订单" />
<meta name="description" content="7月10日晚间，三家上市公司先后披露算力租赁订单。" />
</head>
<body>
<div class="header"><a href="https://www.cnstock.com/">中国证券网</a> <a href="https://company.cnstock.com/">上证公司</a></div>
<div class="main-content">
<h1 class="title">{{T}}</h1>
<div class="bullet"><span class="timer">2023-07-11 03:00</span><span class="source">来源：上海证券报·中国证券网</span><span class="author">作者：殷霁</span></div>
<div class="content" id="qmt_content_div">
{{story}}
</div>
<div class="bianji">编辑：柴嵩</div>
</div>
<div class="footer">上海证券报社 版权所有 沪ICP证：沪B2-20080038</div>
</body>
</html>
""",
    ),
    page(
        "n08_nbd_pc",
        "AI眼镜新品扎堆发布 供应链称订单排到年底",
        "2024-11-20",
        "每日经济新闻",
        "蔡霆、欧阳然",
        "易启江",
        None,
        [
            "11月以来，已有至少五个品牌发布AI眼镜新品。深圳多家代工厂向记者表示，镜腿主板和光学模组的订单已经排到年底。",
            "不过也有业内人士认为，目前AI眼镜的日活跃率偏低，销量能否持续还要看明年的软件生态。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} | 每日经济网</title>
<meta name="keywords" content="AI眼镜,供应链">
<meta name="description" content="11月以来，已有至少五个品牌发布AI眼镜新品。">
</head>
<body>
<div class="g-nav"><a href="https://www.nbd.com.cn/">每经网首页</a> <a href="#">公司</a> <a href="#">科技</a></div>
<div class="g-article">
<div class="g-article-top"><h1>{{T}}</h1>
<p class="u-time"><span class="source">每日经济新闻</span><span class="time">2024-11-20 21:31:48</span></p></div>
<div class="g-articl-text">
<p>每经记者 蔡霆 欧阳然 每经编辑 易启江</p>
{{story}}
<p class="u-editor">责编 易启江</p>
</div>
<div class="u-copyright">如需转载请与《每日经济新闻》报社联系。未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。</div>
<div class="u-disclaimer">特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。</div>
</div>
<div class="footer">每日经济新闻 版权所有</div>
</body>
</html>
""",
    ),
    page(
        "n09_wallstreetcn",
        "AI服务器龙头四季度毛利率回落 管理层称明年上半年恢复",
        "2025-02-27",
        "华尔街见闻",
        "唐亦铭",
        None,
        "https://wallstreetcn.com/articles/3741266",
        [
            "周四美股盘后，一家AI服务器龙头公布第四季度财报，营收同比增长68%，但毛利率环比回落2.3个百分点，盘后股价一度下跌7%。",
            "管理层在电话会上解释，毛利率回落主要因为新一代液冷机柜处于爬坡期，预计明年上半年恢复到此前水平。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} - 华尔街见闻</title>
<meta name="description" content="营收同比增长68%，但毛利率环比回落2.3个百分点。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://wallstreetcn.com/articles/3741266">
<meta property="og:site_name" content="华尔街见闻">
</head>
<body>
<div id="__nuxt"><div id="__layout">
<header class="app-header"><a href="/">华尔街见闻</a> <a href="/live">7x24</a> <a href="/news/global">资讯</a></header>
<article class="article">
<h1 class="title">{{T}}</h1>
<div class="meta"><div class="author"><a href="/authors/1880"><span class="author-name">唐亦铭</span></a></div>
<time class="time" datetime="2025-02-27T06:42:10.000Z">2025-02-27 14:42</time></div>
<div class="rich-text">
{{story}}
</div>
<div class="copyright">风险提示及免责条款：市场有风险，投资需谨慎。本文不构成个人投资建议。</div>
</article>
</div></div>
<script>window.__NUXT__={data:[{article:{id:3741266,title:"{{T}}",display_time:1740638530,author:{display_name:"唐亦铭"},source_name:"华尔街见闻",uri:"https://wallstreetcn.com/articles/3741266"}}]};</script>
</body>
</html>
""",
    ),
    page(
        "n10_yicai_video",
        "一财科技观察｜大模型价格战之后，谁在赚钱",
        "2024-06-18",
        "第一财经",
        None,
        "钟岩",
        "https://www.yicai.com/video/102163884.html",
        [
            "大模型厂商接连降价，百万token的调用价格一年里降了九成以上。节目走访了三家应用公司，看它们如何用更低的成本做出付费产品，又为何仍在亏损。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}</title>
<meta name="keywords" content="大模型,价格战,一财科技观察">
<meta name="description" content="大模型厂商接连降价，百万token的调用价格一年里降了九成以上。">
<meta property="og:type" content="video">
<meta property="og:url" content="https://www.yicai.com/video/102163884.html">
</head>
<body>
<div class="m-header"><a href="https://www.yicai.com/">第一财经</a> <a href="/video/">视频</a> <a href="/news/">新闻</a></div>
<div class="m-video">
<div class="player" id="yc-player" data-src="https://vod.yicai.com/2024/0618/102163884.mp4"></div>
<div class="m-video-info">
<h1>{{T}}</h1>
<p class="u-info"><span>第一财经</span><em>2024-06-18 20:15:06</em><span>时长：08:42</span></p>
<div class="intro">
{{story}}
</div>
<p class="u-editor">责编：钟岩</p>
</div>
</div>
<div class="m-list"><h3>相关视频</h3><ul><li><a href="#">一财科技观察｜端侧模型的商业账</a></li></ul></div>
<div class="footer">第一财经版权所有 沪ICP备14019632号</div>
</body>
</html>
""",
    ),
    page(
        "n11_tmtpost",
        "云端智谱完成新一轮融资 估值超百亿元",
        "2025-09-02",
        "钛媒体",
        "邢舟",
        "邢舟",
        "https://www.tmtpost.com/7638102.html",
        [
            "钛媒体App 9月2日消息，大模型公司云端智谱宣布完成新一轮融资，由两家地方产业基金领投，老股东继续跟投，投后估值超过100亿元。",
            "公司表示，本轮资金将主要用于多模态模型训练和海外市场拓展。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}-钛媒体官方网站</title>
<meta name="keywords" content="大模型,融资,云端智谱">
<meta name="description" content="钛媒体App 9月2日消息，大模型公司云端智谱宣布完成新一轮融资。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.tmtpost.com/7638102.html">
<meta name="author" content="邢舟">
</head>
<body>
<div class="header"><a href="https://www.tmtpost.com/">钛媒体</a> <a href="/nictation">快报</a> <a href="/column/ai">AGI</a></div>
<article class="post-detail">
<h1>{{T}}</h1>
<div class="post-info"><a class="color-orange" href="/user/4210931">邢舟</a> · <span class="time">2025-09-02 10:48</span></div>
<div class="inner">
{{story}}
<p>（本文首发于钛媒体App，作者｜邢舟，编辑｜邢舟）</p>
</div>
<div class="post-tags"><a href="#">#大模型</a> <a href="#">#融资</a></div>
</article>
<div class="footer">钛媒体 版权所有 京ICP备09060542号</div>
</body>
</html>
""",
    ),
    page(
        "n12_leiphone",
        "工业质检模型走出样板间：一家视觉AI公司的三年",
        "2021-11-08",
        "雷峰网",
        "包昀",
        "林觉民",
        "https://www.leiphone.com/category/industrycloud/Ko3s8aXQ2bHnV9tR.html",
        [
            "三年前，视觉AI公司明检科技的第一个质检项目只覆盖一条手机中框产线；今年，它的模型已经部署在11家工厂的60多条产线上。",
            "创始人复盘说，真正难的不是模型精度，而是每换一条产线都要重新采集缺陷样本，公司为此做了一套小样本标注工具。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} | 雷峰网</title>
<meta name="keywords" content="工业质检,视觉AI">
<meta name="description" content="三年前，视觉AI公司明检科技的第一个质检项目只覆盖一条手机中框产线。">
<link rel="canonical" href="https://www.leiphone.com/category/industrycloud/Ko3s8aXQ2bHnV9tR.html">
</head>
<body>
<div class="header"><a href="https://www.leiphone.com/">雷峰网</a> <a href="/category/ai">人工智能</a> <a href="/category/industrycloud">产业云</a></div>
<div class="article-template">
<div class="article-title"><div class="inner"><h1 class="headTit">{{T}}</h1>
<div class="msg"><a class="aut" href="/author/baoyun">包昀</a><span class="time">2021-11-08 15:26</span><span>本文作者：<a href="/author/baoyun">包昀</a></span></div></div></div>
<div class="lph-article-comView">
{{story}}
<p>雷峰网原创文章，未经授权禁止转载。详情见<a href="#">转载须知</a>。</p>
</div>
<div class="aboutArticle"><p>编辑：林觉民</p></div>
<div class="authorMsg"><p>包昀 雷峰网产业组记者，关注工业AI。</p></div>
</div>
<div class="footer">Copyright © 2011-2021 www.leiphone.com 雷峰网-移动互联网智能终端第一媒体</div>
</body>
</html>
""",
    ),
    page(
        "n13_pingwest",
        "AI陪练App出海东南亚 月活突破200万",
        "2023-05-30",
        "品玩",
        "苏樾",
        None,
        "https://www.pingwest.com/a/283746",
        [
            "品玩5月30日讯，面向中小学生的AI口语陪练App“小语伴”在东南亚上线一年后，月活跃用户突破200万，其中越南和印尼用户占七成。",
            "团队表示，下一步将推出泰语和马来语课程。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_品玩</title>
<meta name="keywords" content="AI陪练,出海">
<meta name="description" content="品玩5月30日讯，AI口语陪练App“小语伴”月活跃用户突破200万。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.pingwest.com/a/283746">
</head>
<body>
<div class="header"><a href="https://www.pingwest.com/">品玩</a> <a href="/status">Wire</a> <a href="/a">文章</a></div>
<section class="article-main">
<div class="article-header"><p class="tags"><a href="#">AI</a></p>
<h1 class="title">{{T}}</h1>
<p class="article-info"><span class="author"><a href="/user/66120">苏樾</a></span><span class="time">2023-05-30 17:02</span></p></div>
<div class="article-style" id="article-content">
{{story}}
</div>
<p class="copyright">本文由品玩原创，未经授权，不得转载。</p>
</section>
<div class="footer">Copyright © 2023 PingWest 品玩 京ICP备12016329号</div>
</body>
</html>
""",
    ),
    page(
        "n14_geekpark_oral",
        "我为什么放弃大厂offer去做AI硬件",
        "2024-08-09",
        "极客公园",
        "钱小满",
        "靳予",
        "https://www.geekpark.net/news/338902",
        [
            "去年春天，我手里有一家大厂大模型团队的offer，最后还是决定和两个老同事一起做AI录音卡片。",
            "做硬件最折磨人的是模具和备货，第一批三千台货因为一颗电源芯片延误了六周。但看到用户把它别在工牌上开会，我觉得值。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} | 极客公园</title>
<meta name="description" content="去年春天，我手里有一家大厂大模型团队的offer。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.geekpark.net/news/338902">
<meta property="article:published_time" content="2024-08-09T11:30:00+08:00">
</head>
<body>
<div class="header"><a href="https://www.geekpark.net/">极客公园</a> <a href="/column/74">深度</a></div>
<article class="article-detail">
<h1 class="topic-title">{{T}}</h1>
<div class="user-info"><span>口述｜葛一帆</span><span>整理｜钱小满</span><span>编辑｜靳予</span></div>
<div class="release-date">2024-08-09 11:30</div>
<div class="article-content">
<blockquote><p>一个前大厂工程师的自述。</p></blockquote>
{{story}}
<p>*头图来源：视觉中国</p>
<p>本文为极客公园原创文章，转载请联系极客君微信 geekparkGO</p>
</div>
</article>
<div class="footer">© 2024 GeekPark 极客公园 京ICP备10040525号</div>
</body>
</html>
""",
    ),
    page(
        "n15_infoq_translated",
        "一家欧洲银行如何用检索增强生成重建客服知识库",
        "2024-03-05",
        "InfoQ",
        "马蒂亚斯·霍尔特",
        None,
        "https://www.infoq.cn/article/Q7vRm2sK9pLx4TbN",
        [
            "一家欧洲零售银行的工程团队在博客中介绍了他们用检索增强生成重建客服知识库的过程：原有的两万篇FAQ被拆成约18万个段落，按产品线建立向量索引。",
            "团队发现，给每个段落加上“适用日期”元数据后，模型引用过期条款的比例从9%降到了不到1%。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}_AI&amp;大模型_InfoQ精选文章</title>
<meta name="keywords" content="RAG,检索增强生成,知识库">
<meta name="description" content="一家欧洲零售银行的工程团队介绍了他们用检索增强生成重建客服知识库的过程。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.infoq.cn/article/Q7vRm2sK9pLx4TbN">
</head>
<body>
<div id="app">
<div class="header"><a href="https://www.infoq.cn/">InfoQ</a> <a href="/topic/AI&amp;LLM">AI&amp;大模型</a></div>
<div class="article-main">
<h1 class="article-title">{{T}}</h1>
<div class="article-meta"><span class="author">作者：马蒂亚斯·霍尔特</span><span class="translator">译者：尹秋</span><span class="date">2024-03-05</span><span class="views">阅读数：3122</span></div>
<div class="article-preview">
<p>作者 | 马蒂亚斯·霍尔特</p><p>译者 | 尹秋</p><p>策划 | 丁瑶</p>
{{story}}
<p>原文链接：<a href="https://engineering.example-bank.eu/rag-kb">Rebuilding our support knowledge base with RAG</a></p>
<p>声明：本文为 InfoQ 翻译，未经许可禁止转载。</p>
</div>
</div>
</div>
<div class="footer">InfoQ 版权所有 © 2024 京ICP备09022563号</div>
</body>
</html>
""",
    ),
    page(
        "n16_oschina_news",
        "国产开源推理框架 FlowServe 发布 1.0 版本",
        "2025-01-21",
        "OSCHINA",
        None,
        "白鹭",
        "https://www.oschina.net/news/330215",
        [
            "开源推理框架 FlowServe 近日发布 1.0 版本，新增对国产加速卡的算子支持和多机推理调度，官方称在同等硬件上吞吐量比上一版本提升约40%。",
            "FlowServe 采用 Apache 2.0 许可证，代码托管在 Gitee 和 GitHub 上。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} - OSCHINA - 中文开源技术交流社区</title>
<meta name="keywords" content="FlowServe,推理框架,开源">
<meta name="description" content="开源推理框架 FlowServe 近日发布 1.0 版本。">
<link rel="canonical" href="https://www.oschina.net/news/330215">
</head>
<body>
<div class="header"><a href="https://www.oschina.net/">OSCHINA</a> <a href="/news">资讯</a> <a href="/project">软件</a></div>
<div class="article-box">
<h1 class="article-box__title">{{T}}</h1>
<div class="article-box__meta"><div class="item-list"><span class="item">来源: OSCHINA</span><span class="item">编辑 <a href="/u/5182209">白鹭</a></span><span class="item">2025-01-21 11:20:00</span></div></div>
<div class="article-detail" id="articleContent">
{{story}}
<p>项目地址：<a href="https://gitee.com/flowserve/flowserve">https://gitee.com/flowserve/flowserve</a></p>
</div>
<div class="copyright-box">本站新闻禁止未经授权转载，违者依法追究相关法律责任。</div>
</div>
<div class="footer">© OSCHINA (OSChina.NET) 深圳市奥思网络科技有限公司</div>
</body>
</html>
""",
    ),
    page(
        "n17_sspai",
        "我用本地大模型整理了十年的读书笔记",
        "2025-05-06",
        "少数派",
        "暮舟",
        None,
        "https://sspai.com/post/98127",
        [
            "十年来我在三个笔记软件里攒下了四千多条读书摘录，一直没有好好整理。上个月我在笔记本电脑上跑了一个本地大模型，让它给每条摘录打标签、写摘要。",
            "整个过程没有上传任何数据。这篇文章分享我的流程和提示词，以及本地模型在中文长文本上的几个坑。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} - 少数派</title>
<meta name="description" content="十年来我在三个笔记软件里攒下了四千多条读书摘录。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://sspai.com/post/98127">
<meta property="article:published_time" content="2025-05-06T20:03:11+08:00">
<meta property="og:site_name" content="少数派">
</head>
<body>
<div id="app">
<header class="header"><a href="/">少数派</a> <a href="/matrix">Matrix</a></header>
<div class="article-header"><div class="series-title">Matrix 精选</div>
<h1 class="title">{{T}}</h1>
<div class="article-info"><a class="user-avatar" href="/u/muzhou"><span class="nickname">暮舟</span></a><span class="timer">05月06日</span><span class="count">阅读 1.2k</span></div></div>
<div class="article-body"><div class="content wangEditor-txt">
<p><em>Matrix 是少数派的写作社区，我们主张分享真实的产品体验。文章代表作者个人观点，少数派仅对标题和排版略作修改。</em></p>
{{story}}
</div></div>
<div class="comment-list"><div class="comment"><span>听雨</span><span class="time">05月07日</span><p>很实用，求提示词模板</p></div></div>
</div>
<div class="footer">© 2013-2025 少数派 粤ICP备09128966号</div>
</body>
</html>
""",
    ),
    page(
        "n18_ifanr_pc",
        "这支翻译笔塞进了一个离线大模型",
        "2019-03-21",
        "爱范儿",
        "周芮",
        None,
        "https://www.ifanr.com/1187430",
        [
            "一款新上市的翻译笔把一个裁剪过的神经网络翻译模型放进了本地芯片，不联网也能做中英日韩四种语言的整句互译。",
            "我们试用了一周，离线翻译的准确度比预想的好，但长句子会有一两秒延迟，电池也只撑得住一天。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} | 爱范儿</title>
<meta name="description" content="一款新上市的翻译笔把一个裁剪过的神经网络翻译模型放进了本地芯片。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.ifanr.com/1187430">
</head>
<body>
<div class="c-global-header"><a href="https://www.ifanr.com/">爱范儿</a> <a href="/category/review">体验</a></div>
<main class="o-single-content">
<div class="o-single-content__header"><div class="c-article-header-meta"><a class="c-article-header-meta__category" href="/category/review">体验</a><span class="c-article-header-meta__time" data-timestamp="1553141400">2019-03-21 12:10</span></div>
<h1 class="c-single-normal__title">{{T}}</h1></div>
<article class="o-single-content__body__content c-article-content s-single-article js-article">
{{story}}
</article>
<div class="c-card-author"><a href="/author/zhourui">周芮</a><p>爱范儿编辑，关心好用的小东西。</p></div>
</main>
<div class="c-footer">© 2019 ifanr 爱范儿 粤ICP备08014542号</div>
</body>
</html>
""",
    ),
    page(
        "n19_sina_tech_pc",
        "智能座舱芯片厂商芯驰远获车企战略投资",
        "2022-12-07",
        "新浪科技",
        None,
        "邝云",
        "https://finance.sina.com.cn/tech/2022-12-07/doc-imqmmthc8102734.shtml",
        [
            "新浪科技讯 12月7日下午消息，智能座舱芯片厂商芯驰远宣布获得一家自主品牌车企的战略投资，双方将联合开发支持端侧大模型的下一代座舱芯片。",
            "芯驰远称，其上一代芯片已在六款车型上量产，累计出货超过80万片。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{{T}}_新浪科技_新浪网</title>
<meta name="keywords" content="芯驰远,座舱芯片,战略投资" />
<meta name="description" content="新浪科技讯 12月7日下午消息，智能座舱芯片厂商芯驰远宣布获得战略投资。" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{{T}}" />
<meta property="og:url" content="https://finance.sina.com.cn/tech/2022-12-07/doc-imqmmthc8102734.shtml" />
<meta property="article:published_time" content="2022-12-07T15:21:00+08:00" />
<meta property="article:author" content="新浪科技" />
<meta name="weibo: article:create_at" content="2022-12-07 15:21:00" />
</head>
<body>
<div class="top-nav"><a href="https://www.sina.com.cn/">新浪首页</a> <a href="https://tech.sina.com.cn/">新浪科技</a></div>
<div class="main-content w1240">
<h1 class="main-title">{{T}}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2022年12月07日 15:21</span><a href="https://tech.sina.com.cn/" class="source ent-source">新浪科技</a></div></div>
<div class="article" id="artibody">
{{story}}
<p class="show_author">责任编辑：邝云 </p>
</div>
<div class="article-bottom"><span>新浪声明：所有会员稿件均为作者的职务作品或原创作品，版权归新浪公司所有。</span></div>
</div>
<div class="footer">Copyright © 1996-2022 SINA Corporation, All Rights Reserved</div>
</body>
</html>
""",
    ),
    page(
        "n20_huanqiu_zonghe",
        "欧洲多国监管机构联合调查AI聊天机器人数据跨境问题",
        "2025-07-24",
        "环球网",
        None,
        "卢昊",
        None,
        [
            "【环球网科技综合报道】据外媒7月23日报道，欧洲多国数据保护机构宣布联合调查一款热门AI聊天机器人，重点核查其用户对话数据是否被传输至欧盟以外的服务器。",
            "报道称，调查可能持续数月，若认定违规，运营方最高将被处以全球年营业额4%的罚款。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_科技_环球网</title>
<meta name="keywords" content="AI聊天机器人,数据跨境,欧盟">
<meta name="description" content="欧洲多国数据保护机构宣布联合调查一款热门AI聊天机器人。">
<meta name="source" content="环球网">
<meta name="author" content="">
<meta name="editor" content="卢昊">
</head>
<body>
<div class="nav"><a href="https://www.huanqiu.com/">环球网</a> <a href="https://tech.huanqiu.com/">科技</a></div>
<div class="container">
<div class="t-container-title"><h3>{{T}}</h3></div>
<div class="metadata-info"><p class="time">2025-07-24 09:36</p><p class="source"><span>来源：</span><span><a href="https://www.huanqiu.com">环球网综合</a></span></p></div>
<div class="l-con clear"><article>
{{story}}
</article></div>
<div class="editor">责编：卢昊</div>
</div>
<textarea class="article-title" style="display:none">{{T}}</textarea>
<textarea class="article-time" style="display:none">1753320960000</textarea>
<textarea class="article-source-name" style="display:none">环球网</textarea>
<textarea class="article-editor-name" style="display:none">卢昊</textarea>
<div class="footer">环球网版权所有 京ICP备09081003号</div>
</body>
</html>
""",
    ),
    page(
        "n21_netease_dy",
        "边缘AI盒子卖爆了？一位渠道商的观察",
        "2024-09-14",
        "算力前哨",
        "段雨桐",
        None,
        "https://www.163.com/dy/article/JC8E2KQ40511AB2C.html",
        [
            "今年下半年，做安防集成的渠道商明显感觉到，带AI算力的边缘盒子询价量多了。一位在华东做了十几年集成的渠道商说，他这个季度卖出的AI盒子比去年全年还多。",
            "不过他也提醒，很多项目只是把老摄像头接进盒子跑一个人员识别算法，真正按效果付费的客户还很少。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}|渠道商|摄像头_网易订阅</title>
<meta name="keywords" content="边缘AI,AI盒子,渠道商">
<meta name="description" content="今年下半年，做安防集成的渠道商明显感觉到，带AI算力的边缘盒子询价量多了。">
<meta name="author" content="网易">
<meta name="copyright" content="网易">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.163.com/dy/article/JC8E2KQ40511AB2C.html">
<meta property="article:published_time" content="2024-09-14T08:40:16+08:00">
</head>
<body>
<div class="ns_area list"><a href="https://www.163.com/">网易首页</a> <a href="https://www.163.com/dy/">网易号</a></div>
<div class="post_main">
<h1 class="post_title">{{T}}</h1>
<div class="post_info">2024-09-14 08:40:16　来源: <a href="https://www.163.com/dy/media/T1598321048763.html">AI产业观察站</a><img src="//static.ws.126.net/163/f2e/dy_media/images/v.png">浙江</div>
<div class="post_body">
<p>本文来自微信公众号“算力前哨”，作者：段雨桐</p>
{{story}}
</div>
<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div>
</div>
<div class="post_comment">跟贴 <a href="#">12</a> 参与 86</div>
<div class="N-footer">网易公司版权所有 ©1997-2024</div>
</body>
</html>
""",
    ),
    page(
        "n22_qq_mobile",
        "县城医院用上AI读片 乡镇胸片当天出报告",
        "2023-04-18",
        "健康时报",
        "郑雪娇",
        None,
        "https://view.inews.qq.com/k/20230418A05LQ800",
        [
            "在中部一个县的人民医院，乡镇卫生院拍的胸片通过网络传到县医院，AI系统先做初筛、标出可疑结节，再由县医院医生复核签发，当天就能出报告。",
            "医院放射科主任说，以前乡镇的片子要攒一周才送上来，现在漏诊和积压都少了。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{{T}}_腾讯新闻</title>
<meta name="description" content="在中部一个县的人民医院，乡镇卫生院拍的胸片通过网络传到县医院。">
<meta property="og:title" content="{{T}}">
<meta property="og:image" content="https://inews.gtimg.com/om_bt/Os3sA2x/640">
</head>
<body>
<div id="root"><div class="content-article">
<div class="open-app-bar">打开腾讯新闻，查看更多精彩内容</div>
<h1 class="title">{{T}}</h1>
<div class="author-info"><div class="media-name">健康时报</div><div class="media-time">2023-04-18 16:52 发布于北京</div><div class="media-desc">健康时报官方账号</div></div>
<div class="content-main" id="article-content">
{{story}}
<p>（健康时报记者 郑雪娇）</p>
</div>
<div class="statement">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div>
<div class="open-app-bar bottom">打开腾讯新闻，看更多热点</div>
</div></div>
<script>window.initData = {"id":"20230418A05LQ800","title":"{{T}}","pubtime":"2023-04-18 16:52:07","src":"健康时报","card":{"chlname":"健康时报","chlid":"5012811"},"atype":0,"url":"https://view.inews.qq.com/k/20230418A05LQ800"};</script>
</body>
</html>
""",
    ),
    page(
        "n23_ifeng_mobile",
        "AI手机助手接入外卖和打车 可一句话完成下单",
        "2024-10-22",
        "凤凰网科技",
        "苗语",
        "付楠",
        "https://i.ifeng.com/c/8dXqR2bFj5L",
        [
            "凤凰网科技讯（作者/苗语）10月22日，一家手机厂商宣布其系统级AI助手已接入外卖、打车和酒店预订三类应用，用户用一句话即可完成比价和下单。",
            "厂商表示，涉及支付的步骤仍需用户手动确认。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,user-scalable=no">
<title>{{T}}_凤凰网</title>
<meta name="description" content="10月22日，一家手机厂商宣布其系统级AI助手已接入外卖、打车和酒店预订三类应用。">
<meta property="og:url" content="https://i.ifeng.com/c/8dXqR2bFj5L">
</head>
<body>
<div id="root">
<div class="header-bar"><a href="https://i.ifeng.com/">凤凰新闻</a><span class="open-app">打开</span></div>
<div class="main-content">
<h1 class="title">{{T}}</h1>
<div class="info"><span class="source">凤凰网科技</span><span class="time">10/22 14:08</span></div>
<div class="article-text">
{{story}}
<p>编辑/付楠</p>
</div>
<div class="recommend"><h3>为你推荐</h3><ul><li><a href="#">端侧大模型手机销量观察</a></li></ul></div>
</div>
</div>
<script>var allData = {"docData":{"base62Id":"8dXqR2bFj5L","title":"{{T}}","newsTime":"2024-10-22 14:08:31","source":"凤凰网科技","editorName":"付楠","url":"https://i.ifeng.com/c/8dXqR2bFj5L","wwwUrl":"https://tech.ifeng.com/c/8dXqR2bFj5L"}};</script>
</body>
</html>
""",
    ),
    page(
        "n24_baijiahao_raw",
        "无人配送车开进老小区 快递员：最后一百米还得靠人",
        "2025-03-14",
        "城市物流观察",
        None,
        None,
        None,
        [
            "在南方一座城市的老旧小区门口，每天上午十点，一辆无人配送车会准时停下，快递员把车上的包裹取出来，再用推车送到各栋楼下。",
            "站点负责人说，无人车解决了从网点到小区的干线运输，但小区里没有电梯、道路狭窄，最后一百米还是得靠人。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{{T}}</title>
<meta name="description" content="在南方一座城市的老旧小区门口，每天上午十点，一辆无人配送车会准时停下。">
<meta itemprop="name" content="{{T}}">
<meta itemprop="dateUpdate" content="2025-03-14 18:20:00">
</head>
<body>
<div id="ssr-content">
<div class="_1R6dG"><a href="https://www.baidu.com/">百度首页</a><a href="#">登录</a></div>
<div class="_2Nq2H"><div class="sKHSJ">{{T}}</div>
<div class="_2gGWi"><div class="_1jl_M"><a href="https://author.baidu.com/home?app_id=1772830519028401" class="_2k9Ew"><p class="_7y5nA">城市物流观察</p></a><div class="_2sjh9"><span class="_10s1N">2025-03-14 18:20</span><span class="bsauthor-address">广东</span></div><p class="_1_jvt">优质科技领域创作者</p></div></div>
<div data-testid="article" class="_18p7x">
<div class="_3ygOc"><p>原标题：老小区里的无人车：干线交给机器，最后一百米交给人</p></div>
{{story}}
</div>
<div class="_1nUuJ">举报/反馈</div>
</div>
</div>
<script>window.jsonData = {"bsData":{"header":{"title":"{{T}}"},"superlanding":[{"itemType":"article","itemData":{"header":"{{T}}","author":{"name":"城市物流观察","id":"1772830519028401"},"publishTime":"2025-03-14 18:20","dateUpdate":1741947600}}]}};</script>
</body>
</html>
""",
    ),
    page(
        "n25_wechat_raw",
        "我们把质检大模型部署到了300家工厂",
        "2024-05-07",
        "硅基工坊",
        "梁知秋",
        None,
        "http://mp.weixin.qq.com/s?__biz=MzI3OTk0NTgyNQ==&mid=2247489021&idx=1&sn=5c3b8e1f7a2d9e46",
        [
            "从第一家工厂到第300家，我们用了两年。这篇文章想讲讲质检大模型在工厂里真正遇到的问题：光照、相机角度、换线频率，以及产线工人对误报的容忍度。",
            "最重要的一条经验是，模型上线第一周的误报率决定了工人以后还看不看它的报警。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>{{T}}</title>
<meta name="description" content="从第一家工厂到第300家，我们用了两年。">
<meta name="author" content="梁知秋">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI3OTk0NTgyNQ==&amp;mid=2247489021&amp;idx=1&amp;sn=5c3b8e1f7a2d9e46">
<meta property="og:description" content="从第一家工厂到第300家，我们用了两年。">
<meta property="twitter:card" content="summary">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp" id="js_article">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
{{T}}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="rich_media_meta icon_appmsg_tag appmsg_title_tag weui-flex">原创</span>
<span class="rich_media_meta rich_media_meta_text">梁知秋</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">硅基工坊</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/banner/640" data-type="png"></section>
{{story}}
<section><p>END</p><p>点击“阅读原文”，了解硅基工坊质检方案</p></section>
</div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#工业质检</span><span class="article-tag__item">#大模型</span></div>
<div class="original_primary_card_tips">原创声明：本文由作者授权硅基工坊发布</div>
<div class="rich_media_tool"><a id="js_view_source" href="##">阅读原文</a><span id="readNum3">阅读 5623</span></div>
</div>
</div>
<script nonce="732184561" type="text/javascript">
var biz = "MzI3OTk0NTgyNQ==" || "";
var sn = "5c3b8e1f7a2d9e46" || "";
var mid = "2247489021" || "";
var idx = "1" || "";
var nickname = htmlDecode("硅基工坊");
var user_name = "gh_3a8c91f27e04";
var msg_title = '{{T}}'.html(false);
var msg_desc = htmlDecode("从第一家工厂到第300家，我们用了两年。");
var msg_link = "http://mp.weixin.qq.com/s?__biz=MzI3OTk0NTgyNQ==&amp;mid=2247489021&amp;idx=1&amp;sn=5c3b8e1f7a2d9e46#rd";
var ct = "1715037000";
var publish_time = "" || "";
var author = "梁知秋";
var copyright_stat = "1";
</script>
<script>var __appmsgCgiData = {"nick_name":"硅基工坊","author":"梁知秋"};</script>
</body>
</html>
""",
    ),
    page(
        "n26_thepaper_pengpaihao",
        "高新区上线企业服务AI助手 政策兑现材料减少一半",
        "2024-12-03",
        "合肥高新发布",
        None,
        None,
        "https://www.thepaper.cn/newsDetail_forward_29463518",
        [
            "近日，高新区企业服务AI助手正式上线。企业输入营业执照信息后，助手可自动匹配可申报的扶持政策，并预填申报表格。",
            "据介绍，已有400余家企业试用该助手，政策兑现需要提交的材料平均减少一半。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}_澎湃号·政务_澎湃新闻-The Paper</title>
<meta name="keywords" content="企业服务,AI助手,政策兑现">
<meta name="description" content="近日，高新区企业服务AI助手正式上线。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.thepaper.cn/newsDetail_forward_29463518">
<link rel="canonical" href="https://www.thepaper.cn/newsDetail_forward_29463518">
</head>
<body>
<div id="__next">
<div class="header_nav"><a href="/">澎湃新闻</a> <a href="/gov_channel">澎湃号·政务</a></div>
<div class="index_wrapper__L_zqV">
<h1 class="index_title__B8mhI">{{T}}</h1>
<div class="index_headerContent__sASF4"><div class="index_left__LfzyH"><a href="/gov_141201">合肥高新发布</a></div>
<div class="ant-space ant-space-horizontal"><span>2024-12-03 17:26</span><span>来源：澎湃新闻·澎湃号·政务</span></div></div>
<div class="index_cententWrap__Jv8jK">
{{story}}
</div>
<p class="index_statement__Oiv3l">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"detailData":{"contentDetail":{"contId":29463518,"name":"{{T}}","pubTime":"2024-12-03 17:26","source":"澎湃新闻·澎湃号·政务","authorInfo":{"sname":"合肥高新发布","userType":2}}}}},"page":"/newsDetail_forward/[id]"}</script>
</body>
</html>
""",
    ),
    page(
        "n27_juejin",
        "用 200 行代码给内部文档做一个 RAG 问答机器人",
        "2023-12-19",
        "后端老孟",
        None,
        None,
        "https://juejin.cn/post/7314188962817097738",
        [
            "团队的内部文档散落在 Confluence 和 Git 仓库里，新人经常找不到。周末我用 200 行 Python 搭了一个 RAG 问答机器人，接在企业微信里。",
            "本文记录了切分文档、选嵌入模型和控制回答长度的做法，最后附上完整代码。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{T}} - 掘金</title>
<meta name="description" content="团队的内部文档散落在 Confluence 和 Git 仓库里，新人经常找不到。">
<meta name="keywords" content="后端,人工智能,RAG">
<meta itemprop="datePublished" content="2023-12-19">
<link rel="canonical" href="https://juejin.cn/post/7314188962817097738">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"{{T}}","datePublished":"2023-12-19T13:05:22.000Z","dateModified":"2024-01-03T02:11:40.000Z","author":{"@type":"Person","name":"后端老孟","url":"https://juejin.cn/user/2084329778071079"}}</script>
</head>
<body>
<div id="juejin">
<header class="main-header"><a href="/">稀土掘金</a> <a href="/pins">沸点</a> <a href="/course">课程</a></header>
<div class="main-area article-area">
<article class="article">
<h1 class="article-title">{{T}}</h1>
<div class="author-info-block"><a href="/user/2084329778071079" class="username"><span class="name">后端老孟</span></a>
<div class="meta-box"><time datetime="2023-12-19T13:05:22.000Z" class="time">2023-12-19 21:05</time><span class="views-count">3,418</span><span class="read-time">阅读5分钟</span></div></div>
<div class="article-content" id="article-root"><div class="markdown-body">
{{story}}
</div></div>
</article>
<div class="article-end"><div class="tag-list">分类：<a href="#">后端</a> 标签：<a href="#">人工智能</a></div></div>
</div>
</div>
</body>
</html>
""",
    ),
    page(
        "n28_paperpeople",
        "让大模型走进车间班组",
        "2024-03-05",
        "人民日报",
        "骆清",
        None,
        None,
        [
            "走进江苏一家汽车零部件企业的冲压车间，班组长打开平板电脑上的工艺助手，用语音询问模具更换参数，几秒钟后屏幕上便给出了操作步骤和注意事项。",
            "企业负责人介绍，工艺助手学习了企业十多年积累的工艺文件和故障记录，新员工独立上岗的时间从三个月缩短到一个月左右。",
        ],
        r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>人民日报</title>
<link href="../../../css/paper.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="main w1000">
<div class="left paper-box">
<div class="paper-top"><div class="date-box"><p class="date left">2024年03月05日&nbsp;星期二</p></div>
<div class="paper-bot"><p class="left ban">第06版：经济</p><p class="right btn"><a href="nw.D110000renmrb_20240305_2-06.htm">上一篇</a> <a href="nw.D110000renmrb_20240305_4-06.htm">下一篇</a></p></div></div>
</div>
<div class="right right-main">
<div class="article-box">
<div class="article">
<h3>制造企业探索人工智能应用新场景</h3>
<h1>{{T}}</h1>
<h2></h2>
<p class="sec">本报记者&nbsp;&nbsp;骆&nbsp;&nbsp;清</p>
<div id="ozoom">
{{story}}
</div>
</div>
<div class="attachment"><p>《 人民日报 》（ 2024年03月05日 第 06 版）</p></div>
</div>
</div>
</div>
<div class="footer"><p>人民日报社概况 关于人民网 报社招聘 招聘英才 广告服务 合作加盟 供稿服务 网站声明 网站律师 信息保护 联系我们</p><p>人民日报版权所有，未经书面授权禁止使用</p></div>
</body>
</html>
""",
    ),
    page(
        "n29_gmw_epaper",
        "高校实验室里的“AI科研助理”",
        "2023-06-14",
        "光明日报",
        "鲍晴、晏子川",
        None,
        None,
        [
            "在华中一所高校的材料学院，研究生把实验记录上传给“AI科研助理”，它会自动整理数据表格、比对文献中的相近配方，并提示可能遗漏的对照组。",
            "学院负责人表示，AI助理不替学生做结论，但能把重复性的整理工作从每周十几个小时压缩到两三个小时。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>光明日报</title>
<link rel="stylesheet" href="../../../css/gmrb.css" type="text/css" />
</head>
<body>
<div class="paper_head"><img src="../../../images/gmrb_logo.png" alt="光明日报"><span class="paper_date">2023年06月14日 星期三</span></div>
<div class="paper_nav"><span>第08版：教科新闻</span> <a href="nw.D110000gmrb_20230614_1-08.htm">上一篇</a></div>
<div class="text_c">
<h3></h3>
<h1>{{T}}</h1>
<h2>——华中某高校探索人工智能辅助科研</h2>
<h4>本报记者 鲍晴 通讯员 晏子川</h4>
<div class="text_c_content" id="articleContent">
{{story}}
</div>
<div class="lai">《光明日报》（ 2023年06月14日 08版）</div>
</div>
<div class="foot">光明日报社版权所有</div>
</body>
</html>
""",
    ),
    page(
        "n30_stdaily_web",
        "我国科研团队发布气象大模型“风澜” 可提前10天预报台风路径",
        "2025-08-19",
        "科技日报",
        "葛林峰",
        "庞悦",
        None,
        [
            "科技日报讯（记者葛林峰）8月18日，记者从一家国家级科研机构获悉，其团队研发的气象大模型“风澜”正式发布，可提前10天给出台风路径预报，误差较传统数值预报方法减少约15%。",
            "研发团队介绍，“风澜”使用了近40年的全球再分析资料训练，单次全球预报在一张加速卡上只需约两分钟。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}--中国科技网</title>
<meta name="keywords" content="气象大模型,台风,风澜">
<meta name="description" content="科技日报讯（记者葛林峰）8月18日，记者获悉气象大模型“风澜”正式发布。">
<meta name="author" content="葛林峰">
<meta name="publishdate" content="2025-08-19">
</head>
<body>
<div class="header"><a href="https://www.stdaily.com/">中国科技网</a> <a href="/web/gdxw/">滚动</a> <a href="/web/kjrb/">科技日报</a></div>
<div class="detail">
<div class="detail_title"><h1>{{T}}</h1></div>
<div class="detail_info"><span class="source">来源：科技日报</span><span class="author">作者：葛林峰</span><span class="time">2025-08-19 08:47</span></div>
<div class="detail_con" id="news_content">
{{story}}
</div>
<div class="detail_editor">责任编辑：庞悦</div>
</div>
<div class="footer"><p>科技日报社版权所有 京ICP备06023245号</p></div>
</body>
</html>
""",
    ),
    page(
        "n31_chinanews_mobile",
        "长三角首个跨省AI政务服务专区上线",
        "2024-11-06",
        "中国新闻网",
        "万思齐",
        "谭若",
        "https://www.chinanews.com.cn/gn/2024/11-06/10315521.shtml",
        [
            "中新网上海11月6日电 (记者 万思齐)长三角首个跨省AI政务服务专区6日上线，沪苏浙皖四地企业可通过同一个智能客服咨询跨省迁移、异地开票等32类事项。",
            "专区由四地政务服务部门共同建设，智能客服回答不了的问题会转给属地人工坐席处理。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{{T}}-中新网移动版</title>
<meta name="keywords" content="长三角,AI政务服务,跨省通办">
<meta name="description" content="长三角首个跨省AI政务服务专区6日上线。">
<link rel="canonical" href="https://www.chinanews.com.cn/gn/2024/11-06/10315521.shtml">
</head>
<body>
<div class="top-bar"><a href="https://m.chinanews.com/">中国新闻网</a><span class="down-app">打开APP</span></div>
<div class="content_box">
<div class="content_title"><h1>{{T}}</h1></div>
<div class="content_left_time"><span>2024-11-06 16:21:05</span><span class="source">来源：中国新闻网</span></div>
<div class="content_desc">
{{story}}
<div class="adEditor"><div class="left_name"><div class="left_name"><div class="left_zw">【编辑:谭若】</div></div></div></div>
</div>
</div>
<div class="more_news"><h3>更多新闻</h3><ul><li><a href="#">多地政务服务接入大模型</a></li></ul></div>
<div class="footer">中国新闻社版权所有 Copyright ©1999-2024 chinanews.com. All Rights Reserved</div>
</body>
</html>
""",
    ),
    page(
        "n32_hongxing_comment",
        "红星评论｜AI写的作业，老师该怎么打分",
        "2025-03-27",
        "红星新闻",
        "闻一舟",
        "杨逸",
        None,
        [
            "开学以来，不少中学老师发现，学生交上来的作文里出现了“AI味”：结构工整、用词华丽，却没有自己的经历和观点。",
            "与其禁止，不如改变评价方式：让学生附上与AI的对话记录，把提问和修改的过程也算进成绩。真正该打分的，是学生自己想了什么。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{T}}</title>
<meta name="description" content="开学以来，不少中学老师发现，学生交上来的作文里出现了“AI味”。">
</head>
<body>
<div class="app-header"><img src="https://static.cdsb.com/micropub/images/logo.png" alt="红星新闻"><a class="open">打开红星新闻APP</a></div>
<div class="article-detail">
<h1 class="title">{{T}}</h1>
<div class="info"><span class="source">红星新闻</span><span class="time">2025-03-27 07:30:00</span></div>
<div class="content" id="content">
<p>□特约评论员 闻一舟</p>
{{story}}
<p>红星新闻特约评论员 闻一舟</p>
<p>编辑 杨逸</p>
<p>（本文系作者观点，不代表本平台立场）</p>
</div>
<div class="tip">红星新闻原创稿件，未经授权不得转载</div>
</div>
<script>window.__DATA__ = {"articleId":"1482217","title":"{{T}}","publishTime":"2025-03-27 07:30:00","origin":"红星新闻","editor":"杨逸"};</script>
</body>
</html>
""",
    ),
    page(
        "n33_thecover",
        "成都一家养老院引入陪护机器人 老人最爱让它讲评书",
        "2024-07-16",
        "封面新闻",
        "秦岚、邵佳",
        "许可",
        "https://www.thecover.cn/news/8dQk6pR2vXyNm3Lt",
        [
            "封面新闻记者 秦岚 实习生 邵佳 成都一家养老院最近引入了6台陪护机器人，它们能提醒老人吃药、陪聊天，还会在老人跌倒时通知护工。",
            "护理部主任说，老人们最爱让机器人讲评书，有位八十多岁的老人每天要听两个小时。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}-封面新闻</title>
<meta name="keywords" content="陪护机器人,养老院,成都">
<meta name="description" content="成都一家养老院最近引入了6台陪护机器人。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.thecover.cn/news/8dQk6pR2vXyNm3Lt">
</head>
<body>
<div class="header"><a href="https://www.thecover.cn/">封面新闻</a> <a href="/channel_4">天府</a> <a href="/channel_13">科技</a></div>
<div class="container">
<h1 class="title">{{T}}</h1>
<div class="props"><span class="source">封面新闻</span><span class="time">2024-07-16 11:42</span><span class="read">阅读 8.6万</span></div>
<div class="article-content" id="article-content">
{{story}}
</div>
<div class="editor">责编：许可</div>
</div>
<div class="footer">封面新闻版权所有 蜀ICP备15017908号</div>
</body>
</html>
""",
    ),
    page(
        "n34_cbgc",
        "成都高新区算力券兑付首批企业 最高补贴500万元",
        "2023-10-31",
        "川观新闻",
        "卫铮、赖乐、康雯",
        "姚瑶",
        "https://cbgc.scol.com.cn/news/4628193",
        [
            "川观新闻记者 卫铮 赖乐 通讯员 康雯 10月30日，成都高新区向首批27家企业兑付算力券，单家企业最高获得500万元补贴，用于租用区内智算中心的训练和推理算力。",
            "高新区相关负责人表示，算力券按企业实际使用量分季度兑付，明年将扩大到数据标注和模型评测服务。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_川观新闻</title>
<meta name="keywords" content="算力券,成都高新区,智算中心">
<meta name="description" content="10月30日，成都高新区向首批27家企业兑付算力券。">
<meta property="og:url" content="https://cbgc.scol.com.cn/news/4628193">
</head>
<body>
<div class="top"><a href="https://cbgc.scol.com.cn/">川观新闻</a> <a href="#">要闻</a> <a href="#">经济</a></div>
<div class="detail-wrap">
<h1 class="detail-title">{{T}}</h1>
<div class="detail-info"><span>2023-10-31 09:18</span><span>来源：川观新闻</span></div>
<div class="detail-content">
{{story}}
</div>
<div class="detail-editor"><p>责编：姚瑶</p><p>编审：樊华</p></div>
</div>
<div class="footer">四川日报全媒体集团 版权所有 川观新闻 蜀ICP备05003306号</div>
</body>
</html>
""",
    ),
    page(
        "n35_tidenews_live",
        "直播｜2025世界互联网大会数字文明论坛 AI专场",
        "2025-11-07",
        "潮新闻",
        None,
        "柯岩",
        "https://tidenews.com.cn/news.html?id=3186420",
        [
            "09:30 论坛开始，主持人介绍本场议程：三场主旨演讲和一场圆桌对话，主题是大模型与数字治理。",
            "09:42 一家杭州大模型企业的首席科学家发表演讲，介绍其开源模型在政务和制造领域的落地情况。",
            "10:15 圆桌对话环节，四位嘉宾围绕AI生成内容标识和版权保护展开讨论。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{{T}}</title>
<meta name="description" content="潮新闻直播：2025世界互联网大会数字文明论坛AI专场。">
<meta property="og:url" content="https://tidenews.com.cn/news.html?id=3186420">
</head>
<body>
<div class="download-bar">潮新闻 打开APP 看更多精彩内容</div>
<div class="live-detail">
<div class="live-cover"><span class="live-status">直播已结束</span></div>
<h1 class="live-title">{{T}}</h1>
<div class="live-info"><span class="source">潮新闻</span><span class="time">2025-11-07 09:20</span><span class="viewers">8.2万人参与</span></div>
<div class="live-intro"><p>简介：2025世界互联网大会数字文明论坛AI专场在乌镇举行，潮新闻全程图文直播。</p></div>
<div class="live-tabs"><span class="active">直播</span><span>评论</span></div>
<div class="live-list">
{{story}}
</div>
<div class="live-editor">编辑：柯岩</div>
</div>
<script>var newsInfo = {"id":3186420,"doc_title":"{{T}}","published_at":1762478400000,"source":"潮新闻","doc_type":8,"live_start_time":"2025-11-07 09:30","live_end_time":"2025-11-07 11:00"};</script>
</body>
</html>
""",
    ),
    page(
        "n36_ql1d_correction",
        "济南一家医院用AI排班 护士夜班次数更均衡",
        "2022-05-18",
        "齐鲁晚报",
        "潘伊凡",
        "卓然",
        None,
        [
            "齐鲁晚报·齐鲁壹点 记者 潘伊凡 济南一家三甲医院近期在12个病区试用AI排班系统，系统根据护士资历、休假申请和病区床位数自动生成排班表。",
            "试用两个月后，各病区护士每月的夜班次数差距由最多5次缩小到1次以内。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-齐鲁壹点</title>
<meta name="keywords" content="AI排班,护士,济南">
<meta name="description" content="济南一家三甲医院近期在12个病区试用AI排班系统。">
</head>
<body>
<div class="header"><a href="https://www.ql1d.com/">齐鲁壹点</a> <a href="#">济南</a> <a href="#">健康</a></div>
<div class="article-main">
<h1 class="title">{{T}}</h1>
<div class="info"><span class="source">来源：齐鲁晚报·齐鲁壹点</span><span class="time">2022-05-18 16:03</span></div>
<div class="article-content">
{{story}}
<p class="correct">【更正】本文5月18日16时03分首发时将试用病区数量误写为“21个”，现已更正为“12个”。特此说明，并向读者致歉。（5月19日 10:20 更新）</p>
</div>
<div class="editor">编辑：卓然</div>
</div>
<div class="footer">齐鲁晚报·齐鲁壹点 版权所有 鲁ICP备09023866号</div>
</body>
</html>
""",
    ),
    page(
        "n37_ndrc",
        "国家发展改革委召开人工智能赋能制造业转型升级座谈会",
        "2024-06-12",
        "高技术司",
        None,
        None,
        "https://www.ndrc.gov.cn/xwdt/xwfb/202406/t20240612_1386402.html",
        [
            "6月11日，国家发展改革委高技术司召开人工智能赋能制造业转型升级座谈会，十余家制造企业和人工智能企业代表参加会议。",
            "与会代表围绕工业大模型的数据供给、行业标准和中小企业应用成本等问题提出意见建议。会议要求，下一步要推动形成一批可复制推广的典型场景。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{{T}}_国家发展和改革委员会</title>
<meta name="SiteName" content="国家发展和改革委员会">
<meta name="SiteDomain" content="www.ndrc.gov.cn">
<meta name="ColumnName" content="新闻发布">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2024-06-12 16:45">
<meta name="ContentSource" content="高技术司">
<meta name="Url" content="https://www.ndrc.gov.cn/xwdt/xwfb/202406/t20240612_1386402.html">
</head>
<body>
<div class="header"><a href="https://www.ndrc.gov.cn/">国家发展和改革委员会</a></div>
<div class="container">
<div class="crumbs"><a href="../../../">首页</a> &gt; <a href="../../">新闻动态</a> &gt; <a href="../">新闻发布</a></div>
<div class="article">
<div class="article_title">{{T}}</div>
<div class="article_l"><span>发布时间：2024/06/12</span><span class="source">来源：高技术司</span><span class="fontsize">[ 打印 ] <a href="#">分享</a></span></div>
<div class="article_con"><div class="TRS_Editor">
{{story}}
</div></div>
</div>
</div>
<div class="footer"><p>主办单位：国家发展和改革委员会 网站标识码：bm04000007 京ICP备05052393号</p></div>
</body>
</html>
""",
    ),
    page(
        "n38_most",
        "科技部召开新一代人工智能发展研究中心年度工作会",
        "2023-09-20",
        "科技部",
        None,
        None,
        None,
        [
            "9月19日，科技部在京召开新一代人工智能发展研究中心年度工作会，总结一年来人工智能发展战略研究、监测评估等工作进展，部署下一阶段重点任务。",
            "会议指出，要加强对人工智能前沿技术和伦理风险的跟踪研究，为政策制定提供支撑。",
        ],
        r"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{{T}}</title>
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2023-09-20 15:34">
<meta name="ContentSource" content="科技部">
<meta name="ColumnName" content="科技部工作">
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../../images/most_banner.jpg" alt="中华人民共和国科学技术部"></td></tr></table>
<table width="1000" border="0" align="center"><tr><td class="dqwz">当前位置：<a href="../../">科技部门户</a> &gt;&gt; <a href="../">科技部工作</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td id="Title" align="center" class="fb28">{{T}}</td></tr>
<tr><td align="center" class="gray12 lh24">日期：2023年09月20日&nbsp;&nbsp;&nbsp;&nbsp;来源：科技部</td></tr>
<tr><td align="right" class="gray12">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td id="Zoom" class="black14 lh30">
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_word">
{{story}}
</div>
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></td></tr>
</table>
<table width="1000" align="center"><tr><td class="foot">主办单位：中华人民共和国科学技术部 京ICP备05022684号 网站标识码bm06000001</td></tr></table>
</body>
</html>
""",
    ),
    page(
        "n39_cac_zhuanti",
        "又一批生成式人工智能服务完成备案",
        "2024-08-30",
        "中国网信网",
        None,
        None,
        None,
        [
            "近期，国家网信办会同有关部门按照《生成式人工智能服务管理暂行办法》要求，继续开展生成式人工智能服务备案工作，又有一批服务完成备案。",
            "已上线的生成式人工智能应用或功能，应在显著位置或产品详情页面公示所使用已备案或登记生成式人工智能服务情况，注明模型名称及备案号或上线编号。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_中央网络安全和信息化委员会办公室</title>
<meta name="keywords" content="生成式人工智能,备案">
<meta name="description" content="近期，国家网信办会同有关部门继续开展生成式人工智能服务备案工作。">
<meta name="publishdate" content="2024-08-30">
<meta name="source" content="中国网信网">
</head>
<body>
<div class="top"><a href="https://www.cac.gov.cn/">中国网信网</a></div>
<div class="main">
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/zt/">专题专栏</a> &gt; <a href="/zt/scsrgzn/">生成式人工智能服务备案</a> &gt; 正文</div>
<div class="title">
<h1 class="title" id="title">{{T}}</h1>
<div class="info"><span id="pubtime">2024年08月30日 18:00</span><span id="source">来源：中国网信网</span><span class="print"><a href="javascript:window.print();">【打印】</a></span></div>
</div>
<div class="main-content" id="BodyLabel">
{{story}}
<p>附件：<a href="#">生成式人工智能服务已备案信息（2024年8月）.xlsx</a></p>
</div>
</div>
<div class="footer">中华人民共和国国家互联网信息办公室 © 版权所有 京ICP备14042428号</div>
</body>
</html>
""",
    ),
    page(
        "n40_nda",
        "国家数据局召开公共数据资源开发利用工作推进会",
        "2025-01-15",
        "数据资源司",
        None,
        None,
        None,
        [
            "1月14日，国家数据局在京召开公共数据资源开发利用工作推进会，交流各地公共数据授权运营进展，部署下一阶段工作。",
            "会议提出，要推动公共数据在人工智能训练、普惠金融、城市治理等领域的开发利用，培育一批高质量数据集。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}</title>
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2025-01-15 17:20">
<meta name="ContentSource" content="数据资源司">
<meta name="SiteName" content="国家数据局">
</head>
<body>
<div class="header"><img src="/sjj/images/logo.png" alt="国家数据局"><ul class="nav"><li>首页</li><li>机构</li><li>新闻</li><li>政务公开</li><li>互动</li></ul></div>
<div class="location">当前位置：<a href="/sjj/">首页</a> &gt; <a href="/sjj/swdt/">新闻</a> &gt; <a href="/sjj/swdt/sjdt/">数据动态</a></div>
<div class="detail">
<h1 class="detail-title">{{T}}</h1>
<div class="detail-info"><span>发布时间：2025-01-15</span><span>来源：数据资源司</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="detail-content" id="UCAP-CONTENT">
{{story}}
</div>
<div class="detail-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer">主办单位：国家数据局 京ICP备2023032167号</div>
</body>
</html>
""",
    ),
    page(
        "n41_shanghai_gov",
        "本市发布具身智能产业发展实施方案 到2027年核心产业规模突破500亿元",
        "2024-12-27",
        "市经济信息化委",
        None,
        None,
        "https://www.shanghai.gov.cn/nw4411/20241227/6e5b2d8a4c1f4b7e9a31d0c62f8e7a15.html",
        [
            "日前，市经济信息化委等部门印发本市具身智能产业发展实施方案，提出到2027年，具身智能核心产业规模突破500亿元，培育10家以上具有国际影响力的整机企业。",
            "方案明确，将建设具身智能公共训练场和中试验证平台，支持企业在工厂、养老、商业服务等场景开展示范应用。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}</title>
<meta name="SiteName" content="上海市人民政府">
<meta name="ColumnName" content="要闻动态">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2024-12-27 09:05">
<meta name="ContentSource" content="市经济信息化委">
<link rel="canonical" href="https://www.shanghai.gov.cn/nw4411/20241227/6e5b2d8a4c1f4b7e9a31d0c62f8e7a15.html">
</head>
<body>
<div class="header"><a href="https://www.shanghai.gov.cn/">上海市人民政府</a> <span>中国上海</span></div>
<div class="container">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/nw4411/">要闻动态</a></div>
<div class="article">
<h2 id="ivs_title" class="Article-title">{{T}}</h2>
<small class="PBtime">2024-12-27 来源：市经济信息化委</small>
<div class="Article_content" id="ivs_content">
{{story}}
</div>
<div class="article-bottom"><a href="javascript:window.print()">打印本页</a> <a href="#">关闭窗口</a></div>
</div>
</div>
<div class="footer">主办：上海市人民政府办公厅 沪ICP备05005020号 网站标识码：3100000001</div>
</body>
</html>
""",
    ),
    page(
        "n42_kjt_notice_attachments",
        "关于组织开展2024年度省人工智能重大科技专项项目申报工作的通知",
        "2024-03-08",
        "高新技术处",
        None,
        None,
        None,
        [
            "各市科技局，省直有关单位，各有关高校、科研院所、企业：为贯彻落实省人工智能产业发展规划，现组织开展2024年度省人工智能重大科技专项项目申报工作。",
            "本年度专项围绕行业大模型、智能传感器、人形机器人三个方向设置12个项目，单个项目省级财政支持不超过1000万元。申报单位须于2024年4月15日前通过省科技管理信息系统提交材料。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_通知公告_安徽省科学技术厅</title>
<meta name="SiteName" content="安徽省科学技术厅">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2024-03-08 10:12">
<meta name="ContentSource" content="高新技术处">
</head>
<body>
<div class="header"><a href="/">安徽省科学技术厅</a></div>
<div class="wzy_position">您当前的位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="wzy_title_wrap">
<h1 class="wztit">{{T}}</h1>
<div class="wzinfo"><span class="time">发布时间：2024-03-08 10:12</span><span class="source">信息来源：高新技术处</span><span class="hits">浏览次数：<span id="hits">2856</span></span><span class="font">字体：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</span></div>
</div>
<div class="wzcon j-fontContent">
{{story}}
<p>联系人：高新技术处，0551-62650000</p>
<p style="text-align:right">安徽省科学技术厅</p>
<p style="text-align:right">2024年3月7日</p>
</div>
<div class="fjdown"><p class="fjtit">附件：</p><ul>
<li><a href="/group4/M00/0A/1B/wKg2.docx">1.2024年度省人工智能重大科技专项申报指南.docx</a></li>
<li><a href="/group4/M00/0A/1C/wKg3.docx">2.项目申报书（模板）.docx</a></li>
<li><a href="/group4/M00/0A/1D/wKg4.xlsx">3.申报项目汇总表.xlsx</a></li>
</ul></div>
<div class="footer">主办：安徽省科学技术厅 网站标识码：3400000021 皖ICP备05003018号</div>
</body>
</html>
""",
    ),
    page(
        "n43_district_zwgk",
        "西湖区人工智能产业扶持资金拟兑现企业名单公示",
        "2024-04-09",
        "区科技局",
        None,
        None,
        None,
        [
            "根据《西湖区促进人工智能产业高质量发展若干政策》，经企业申报、部门审核，现将2023年度人工智能产业扶持资金拟兑现企业名单予以公示，共涉及企业43家，拟兑现资金2860万元。",
            "公示期为2024年4月9日至4月15日。如有异议，请在公示期内以书面形式向区科技局反映。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{{T}}</title>
<meta name="SiteName" content="杭州市西湖区人民政府">
<meta name="ColumnName" content="其他公示公告">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2024-04-09 17:02">
<meta name="ContentSource" content="区科技局">
<meta name="Keywords" content="人工智能,扶持资金,公示">
</head>
<body>
<div class="top"><a href="/">杭州市西湖区人民政府</a></div>
<div class="bt_position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229632001/">政务公开</a> &gt; <a href="/col/col1229632150/">其他公示公告</a></div>
<table class="xxgk_table" width="100%">
<tr><td>索引号</td><td>002489700/2024-118022</td><td>主题分类</td><td>科技</td></tr>
<tr><td>发布机构</td><td>区科技局</td><td>成文日期</td><td>2024-04-08</td></tr>
<tr><td>文号</td><td>无</td><td>公开方式</td><td>主动公开</td></tr>
</table>
<div class="article_title">{{T}}</div>
<div class="article_info">发布日期：2024-04-09 17:02　信息来源：区科技局　浏览次数：<span id="hits">615</span></div>
<div id="zoom">
{{story}}
<p>附件：<a href="#">2023年度人工智能产业扶持资金拟兑现企业名单.xls</a></p>
<p style="text-align:right">杭州市西湖区科学技术局</p>
<p style="text-align:right">2024年4月9日</p>
</div>
<div class="footer">主办：杭州市西湖区人民政府办公室 网站标识码：3301060001 浙ICP备05004716号</div>
</body>
</html>
""",
    ),
    page(
        "n44_court_news",
        "未经许可用AI克隆他人声音带货 法院判赔2.5万元",
        "2025-06-20",
        "北京互联网法院",
        "卢思远、韩静",
        "岳宁",
        None,
        [
            "近日，北京互联网法院审结一起涉AI生成声音的人格权纠纷案。被告公司未经许可，使用原告配音作品训练模型并生成与原告高度相似的声音用于直播带货。",
            "法院审理认为，自然人声音权益及于可识别的AI生成声音，判决被告赔礼道歉并赔偿原告经济损失等共计2.5万元。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_北京互联网法院</title>
<meta name="keywords" content="AI声音,人格权,直播带货">
</head>
<body>
<div class="head"><img src="/images/logo.png" alt="北京互联网法院"><div class="nav"><a href="/">首页</a><a href="/article/list/fyxw">法院新闻</a><a href="/article/list/dxal">典型案例</a></div></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/article/list/fyxw">法院新闻</a></div>
<div class="detail">
<div class="title">{{T}}</div>
<div class="sth_a"><span>作者：卢思远 韩静</span>&nbsp;&nbsp;<span>发布时间：2025-06-20 10:30:12</span>&nbsp;&nbsp;<span>打印</span>&nbsp;&nbsp;<span>字号：<a href="#">大</a> | <a href="#">中</a> | <a href="#">小</a></span></div>
<div class="detail_txt" id="detail_txt">
{{story}}
</div>
<div class="editor">责任编辑：岳宁</div>
</div>
<div class="footer">北京互联网法院 版权所有 京ICP备10042500号</div>
</body>
</html>
""",
    ),
    page(
        "n45_cas_institute",
        "研究所发布面向科学文献的多模态大模型“格知”",
        "2024-05-10",
        "中国科学院自动化研究所",
        "冯书瑶",
        None,
        None,
        [
            "5月9日，研究所多模态人工智能团队发布面向科学文献的多模态大模型“格知”。该模型能同时理解论文中的文字、公式、图表和化学结构式，可用于文献综述和实验数据抽取。",
            "团队介绍，“格知”在自建的科学文献问答评测集上准确率达到78.4%，目前已向院内20余个研究组开放试用。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>研究所发布面向科学文献的多模态大模型“格知”----中国科学院自动化研究所</title>
<meta name="keywords" content="多模态大模型,科学文献">
<link href="../../../images/ia_style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><a href="http://www.ia.cas.cn/"><img src="../../../images/logo.png" alt="中国科学院自动化研究所"></a><ul class="nav"><li>首页</li><li>机构概况</li><li>新闻动态</li><li>科研成果</li></ul></div>
<div class="location">您现在的位置：<a href="../../../">首页</a> &gt; <a href="../../">新闻动态</a> &gt; <a href="../">科研动态</a></div>
<div class="xl_content">
<div class="xl_title"><h1>{{T}}</h1></div>
<div class="xl_info"><span>发布时间：2024-05-10</span><span>【 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> 】</span></div>
<div class="xl_text TRS_Editor">
{{story}}
<p style="text-align:right">（文/冯书瑶 图/多模态人工智能团队）</p>
</div>
</div>
<div class="footer">版权所有 © 中国科学院自动化研究所 京ICP备05002829号 京公网安备110402500023号</div>
</body>
</html>
""",
    ),
    page(
        "n46_pku_news",
        "信息科学技术学院举办大模型与教育创新研讨会",
        "2023-12-01",
        "信息科学技术学院",
        "邵沐阳",
        "毕然",
        None,
        [
            "11月28日，信息科学技术学院举办大模型与教育创新研讨会，来自校内外的40余位教师围绕大模型辅助编程教学、课程评价改革等议题展开交流。",
            "学院介绍，今年秋季学期已有6门本科课程在作业环节试点使用大模型助教。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{{T}}</title>
<meta name="keywords" content="北京大学新闻网,大模型,教育创新">
<link rel="stylesheet" href="../../style/article.css">
</head>
<body>
<div class="header"><a href="https://news.pku.edu.cn/"><img src="../../images/pkunews_logo.png" alt="北京大学新闻网"></a><ul><li>首页</li><li>要闻</li><li>综合新闻</li><li>北大人物</li></ul></div>
<div class="article">
<div class="pri_title"><p class="title">{{T}}</p></div>
<div class="pri_meta"><span>来源：信息科学技术学院</span>&nbsp;&nbsp;<span>日期：2023-12-01</span>&nbsp;&nbsp;<span>信息员：吕可</span></div>
<div class="article_content">
{{story}}
<p class="zz">供稿：信息科学技术学院<br>文字：邵沐阳<br>编辑：毕然</p>
</div>
</div>
<div class="footer">北京大学新闻中心 版权所有 京ICP备05065075号</div>
</body>
</html>
""",
    ),
    page(
        "n47_vocational_college",
        "我校学子获省职业院校技能大赛人工智能应用赛项一等奖",
        "2024-11-15",
        "人工智能学院",
        "范雨晴",
        None,
        None,
        [
            "11月12日至14日，省职业院校技能大赛人工智能应用赛项在南京举行。我校人工智能学院代表队在数据标注、模型训练和边缘部署三个环节中表现突出，获得高职组一等奖。",
            "学院负责人表示，将把赛项内容融入课程教学，推进岗课赛证融通。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>我校学子获省职业院校技能大赛人工智能应用赛项一等奖-某某职业技术学院</title>
<meta name="pageType" content="3">
<meta name="pageTitle" content="我校学子获省职业院校技能大赛人工智能应用赛项一等奖">
<meta name="description" content="11月12日至14日，省职业院校技能大赛人工智能应用赛项在南京举行。">
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
</head>
<body>
<div class="top"><a href="/"><img src="/images/logo.png" alt="某某职业技术学院"></a></div>
<div class="list-nav">当前位置：<a href="/">首页</a> &gt; <a href="/xyxw.htm">校园新闻</a> &gt; 正文</div>
<form name="_newscontent_fromname">
<div class="content-title"><h3>{{T}}</h3>
<i>发布时间：2024-11-15&nbsp;&nbsp;作者：范雨晴&nbsp;&nbsp;来源：人工智能学院&nbsp;&nbsp;审核：周立&nbsp;&nbsp;点击数：<script>_showDynClicks("wbnews", 1602834271, 8871)</script></i></div>
<div class="content-con"><div id="vsb_content"><div class="v_news_content">
{{story}}
</div></div>
<div id="div_vote_id"></div></div>
<div class="pre-next"><p>上一条：<a href="/info/1011/8870.htm">学校召开2024年秋季学期教学工作会议</a></p></div>
</form>
<div class="footer">Copyright © 2024 某某职业技术学院 苏ICP备05001234号</div>
</body>
</html>
""",
    ),
    page(
        "n48_company_newsroom",
        "星穹智能发布第二代具身智能大模型 人形机器人可完成50类家务",
        "2025-03-18",
        "星穹智能",
        None,
        None,
        "https://www.xingqiong-ai.com/news/detail/2025031801.html",
        [
            "3月18日，星穹智能在深圳发布第二代具身智能大模型“穹枢2.0”。搭载该模型的人形机器人可完成叠衣、整理餐具、收纳玩具等50类家务动作，任务成功率较上一代提升约30%。",
            "星穹智能表示，“穹枢2.0”将于今年三季度向合作整机厂商开放。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} - 新闻中心 - 星穹智能</title>
<meta name="description" content="3月18日，星穹智能在深圳发布第二代具身智能大模型“穹枢2.0”。">
<meta property="og:site_name" content="星穹智能">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.xingqiong-ai.com/news/detail/2025031801.html">
<link rel="canonical" href="https://www.xingqiong-ai.com/news/detail/2025031801.html">
</head>
<body>
<header class="site-header"><a class="logo" href="/">星穹智能 XINGQIONG</a><nav><a href="/product">产品</a><a href="/solution">解决方案</a><a href="/news">新闻中心</a><a href="/about">关于我们</a><a href="/join">加入我们</a></nav></header>
<section class="news-detail">
<div class="crumb"><a href="/">首页</a> / <a href="/news">新闻中心</a> / <a href="/news?type=company">公司新闻</a></div>
<h1 class="news-title">{{T}}</h1>
<div class="news-date">2025.03.18</div>
<div class="news-body">
{{story}}
<p><strong>关于星穹智能</strong></p>
<p>星穹智能成立于2021年，总部位于深圳，专注于具身智能大模型和人形机器人研发。</p>
<p>媒体联系：pr@xingqiong-ai.com</p>
</div>
<div class="news-nav"><a href="/news/detail/2025030601.html">上一篇：星穹智能入选深圳市专精特新企业</a></div>
</section>
<footer class="site-footer">© 2025 深圳星穹智能科技有限公司 粤ICP备2021000000号</footer>
</body>
</html>
""",
    ),
    page(
        "n49_ir_announcement",
        "苏州云帆智能科技股份有限公司关于签订日常经营重大合同的公告",
        "2024-08-27",
        "苏州云帆智能科技股份有限公司",
        None,
        None,
        None,
        [
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。",
            "苏州云帆智能科技股份有限公司（以下简称“公司”）于近日与某汽车零部件集团签订《智能质检系统采购合同》，合同金额为人民币1.26亿元（含税），约占公司2023年度经审计营业收入的41%。",
            "本合同的履行预计将对公司2024年度及2025年度经营业绩产生积极影响。合同履行过程中可能存在因不可抗力等因素导致无法如期或全部履行的风险，敬请广大投资者注意投资风险。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>688xxx_2024-031.pdf</title>
<meta name="generator" content="pdf2htmlEX">
<meta name="producer" content="Microsoft Word 2016">
<meta name="creationdate" content="2024-08-26T18:02:41+08:00">
</head>
<body>
<div id="page-container">
<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">
<div class="t m0 x0 h1 y1 ff1 fs0 fc0 sc0 ls0 ws0">证券代码：688612　　　　证券简称：云帆智能　　　　公告编号：2024-031</div>
<div class="t m0 x1 h2 y2 ff2 fs1 fc0 sc0 ls0 ws0">苏州云帆智能科技股份有限公司</div>
<div class="t m0 x2 h2 y3 ff2 fs1 fc0 sc0 ls0 ws0">关于签订日常经营重大合同的公告</div>
<div class="story">
{{story}}
</div>
<div class="t m0 x3 h3 y9 ff1 fs2 fc0 sc0 ls0 ws0">特此公告。</div>
<div class="t m0 x4 h3 ya ff1 fs2 fc0 sc0 ls0 ws0">苏州云帆智能科技股份有限公司董事会</div>
<div class="t m0 x5 h3 yb ff1 fs2 fc0 sc0 ls0 ws0">2024年8月27日</div>
</div><div class="pi" data-data='{"ctm":[1.0,0.0,0.0,1.0,0.0,0.0]}'></div></div>
</div>
</body>
</html>
""",
    ),
    page(
        "n50_mingpao",
        "港大研發AI讀取眼底相片 預測心血管病風險",
        "2024-05-06",
        "明報",
        None,
        None,
        "https://news.mingpao.com/pns/港聞/article/20240506/s00002/1714932880117/港大研發ai讀取眼底相片-預測心血管病風險",
        [
            "港大醫學院一個研究團隊研發人工智能模型，只需分析一張眼底相片，便可估計患者未來十年患心血管病的風險，準確度與抽血檢查相若。",
            "團隊表示，模型以逾4萬張本地病人眼底相片訓練，下一步將在數間普通科門診試用。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="UTF-8">
<title>明報新聞網 - 每日明報 daily news - 港聞 - 港大研發AI讀取眼底相片 預測心血管病風險 (10:30)</title>
<meta name="description" content="港大醫學院一個研究團隊研發人工智能模型，只需分析一張眼底相片，便可估計患者未來十年患心血管病的風險。">
<meta property="og:title" content="港大研發AI讀取眼底相片 預測心血管病風險">
<meta property="og:url" content="https://news.mingpao.com/pns/港聞/article/20240506/s00002/1714932880117/港大研發ai讀取眼底相片-預測心血管病風險">
<meta property="og:site_name" content="明報新聞網">
<meta property="article:section" content="港聞">
</head>
<body>
<div id="topnav"><a href="https://news.mingpao.com/">明報新聞網</a> <a href="/pns/港聞/section/20240506/s00002">港聞</a> <a href="/ins/即時新聞/main">即時新聞</a></div>
<div id="maincontent">
<div id="blockcontent">
<hgroup><h1>{{T}}</h1></hgroup>
<div class="date">2024年5月6日星期一</div>
<article class="txt4">
<div id="upper">
{{story}}
</div>
</article>
<div class="clr"></div>
<div class="txt3">上 / 下一篇新聞 <a href="#">本港研究：長者使用健康App比例三年倍增</a></div>
</div>
</div>
<div id="footer">明報網站 · 版權所有 · 不得轉載 Copyright © 2024 Ming Pao Holdings Limited. All rights reserved.</div>
</body>
</html>
""",
    ),
    page(
        "n51_hk01",
        "本地初創推AI粵語客服 銀行及電訊商率先試用",
        "2025-02-11",
        "香港01",
        "麥卓欣",
        None,
        "https://www.hk01.com/財經快訊/1093218/本地初創推ai粵語客服-銀行及電訊商率先試用",
        [
            "本地初創公司「聲匯科技」推出AI粵語客服系統，能聽懂夾雜英文的口語粵語，並即時回答查詢。公司表示，已有一間銀行及一間電訊商率先試用。",
            "公司創辦人指，系統以逾5,000小時本地錄音訓練，現時能處理約七成常見查詢，其餘轉交真人客服跟進。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>{{T}}｜香港01｜財經快訊</title>
<meta name="description" content="本地初創公司「聲匯科技」推出AI粵語客服系統。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.hk01.com/財經快訊/1093218/本地初創推ai粵語客服-銀行及電訊商率先試用">
<meta property="og:site_name" content="香港01">
<meta property="article:published_time" content="2025-02-11T12:30:00+08:00">
<meta property="article:modified_time" content="2025-02-11T15:02:00+08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{T}}","datePublished":"2025-02-11T12:30:00+08:00","dateModified":"2025-02-11T15:02:00+08:00","author":[{"@type":"Person","name":"麥卓欣"}],"publisher":{"@type":"Organization","name":"香港01"}}</script>
</head>
<body>
<div id="__next">
<header><a href="/">香港01</a> <a href="/zone/4/經濟">經濟</a> <a href="/channel/396/財經快訊">財經快訊</a></header>
<article>
<div class="article-header"><a href="/channel/396/財經快訊" class="channel">財經快訊</a>
<h1 id="articleTitle">{{T}}</h1>
<div class="author-info"><span>撰文：<a href="/author/8812">麥卓欣</a></span></div>
<div class="publish-time"><span data-testid="article-publish-date">出版：2025-02-11 12:30</span><span data-testid="article-update-date">更新：2025-02-11 15:02</span></div></div>
<div class="article-grid__content-section">
{{story}}
</div>
<div class="tags">相關標籤：<a href="#">人工智能</a> <a href="#">初創</a></div>
</article>
</div>
<footer>© 2025 HK01 Company Limited. All rights reserved.</footer>
</body>
</html>
""",
    ),
    page(
        "n52_udn",
        "AI伺服器訂單滿載 代工廠加碼投資液冷產線",
        "2024-07-23",
        "聯合報",
        "鄭宇翔",
        None,
        "https://udn.com/news/story/7240/8112836",
        [
            "AI伺服器需求強勁，一家台灣伺服器代工廠23日宣布加碼投資新台幣80億元，在桃園擴建液冷機櫃產線，預計明年第二季量產。",
            "公司表示，目前AI伺服器訂單能見度已達明年上半年，液冷產品占出貨比重今年底可望提升至三成。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>{{T}} | 產業熱點 | 產經 | 聯合新聞網</title>
<meta name="description" content="AI伺服器需求強勁，一家台灣伺服器代工廠23日宣布加碼投資新台幣80億元。">
<meta property="og:title" content="{{T}} | 聯合新聞網">
<meta property="og:url" content="https://udn.com/news/story/7240/8112836">
<meta property="og:site_name" content="聯合新聞網">
<meta name="date" content="2024/07/23 14:22:00">
<meta name="news_keywords" content="AI伺服器,液冷">
<link rel="canonical" href="https://udn.com/news/story/7240/8112836">
</head>
<body>
<header id="header"><a href="https://udn.com/news/index">聯合新聞網</a> <a href="/news/cate/2/6644">產經</a></header>
<main>
<section class="article-content">
<h1 class="article-content__title">{{T}}</h1>
<div class="article-content__info"><section class="authors"><time class="article-content__time">2024-07-23 14:22</time><span class="article-content__author">聯合報／ 記者<a href="/search/tagging/2/鄭宇翔">鄭宇翔</a>／桃園即時報導</span></section></div>
<section class="article-content__editor">
{{story}}
</section>
<div class="article-content__tags">延伸閱讀 <a href="#">AI伺服器</a></div>
</section>
</main>
<footer>Copyright © 2024 聯合線上公司 著作權所有</footer>
</body>
</html>
""",
    ),
    page(
        "n53_cna",
        "國科會推繁體中文大模型2.0 開放企業免費商用",
        "2025-04-02",
        "中央社",
        "盧昕",
        "孫敏",
        "https://www.cna.com.tw/news/ait/202504020187.aspx",
        [
            "（中央社記者盧昕台北2日電）國科會今天發表繁體中文大型語言模型2.0版，參數規模擴大，並改以開源授權釋出，企業可免費商用。",
            "國科會表示，新版模型以更多在地公開資料訓練，在法律、醫療等領域的問答準確度明顯提升。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>{{T}} | 科技 | 中央社 CNA</title>
<meta name="description" content="國科會今天發表繁體中文大型語言模型2.0版。">
<meta property="og:title" content="{{T}} | 科技 | 中央社 CNA">
<meta property="og:url" content="https://www.cna.com.tw/news/ait/202504020187.aspx">
<meta property="og:site_name" content="中央社 CNA">
<meta itemprop="datePublished" content="2025/04/02 15:48">
<link rel="canonical" href="https://www.cna.com.tw/news/ait/202504020187.aspx">
</head>
<body>
<div class="header"><a href="/">中央社 CNA</a> <a href="/list/aall.aspx">即時</a> <a href="/list/ait.aspx">科技</a></div>
<article class="article" data-origin-type-name="科技">
<div class="centralContent"><h1><span>{{T}}</span></h1>
<div class="updatetime"><span>2025/04/02 15:48（4/2 16:10 更新）</span></div></div>
<div class="paragraph">
{{story}}
<p>（編輯：孫敏）1140402</p>
</div>
<div class="moreArticle">延伸閱讀 <a href="#">AI算力中心落腳南部</a></div>
</article>
<footer>中央通訊社 版權所有 Copyright © 2025 Central News Agency.</footer>
</body>
</html>
""",
    ),
    page(
        "n54_bbc_zhongwen",
        "英國監管機構就AI生成兒童不當影像展開調查",
        "2024-10-22",
        "BBC News 中文",
        None,
        None,
        "https://www.bbc.com/zhongwen/trad/uk-61852034",
        [
            "英國通訊管理局表示，已就數個AI圖像生成平台被用於製作兒童不當影像一事展開調查，相關平台若被認定未履行網絡安全法下的責任，最高可被處以全球營業額10%的罰款。",
            "多個兒童保護團體早前批評，部分平台的內容過濾機制形同虛設。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-hant" dir="ltr">
<head>
<meta charset="utf-8">
<title>{{T}} - BBC News 中文</title>
<meta name="description" content="英國通訊管理局表示，已就數個AI圖像生成平台被用於製作兒童不當影像一事展開調查。">
<meta property="og:title" content="{{T}} - BBC News 中文">
<meta property="og:url" content="https://www.bbc.com/zhongwen/trad/uk-61852034">
<meta property="og:site_name" content="BBC News 中文">
<meta name="article:published_time" content="2024-10-22T03:40:12.000Z">
<link rel="canonical" href="https://www.bbc.com/zhongwen/trad/uk-61852034">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.bbc.com/zhongwen/trad/uk-61852034","publisher":{"@type":"NewsMediaOrganization","name":"BBC News 中文"},"datePublished":"2024-10-22T03:40:12.000Z","dateModified":"2024-10-22T03:40:12.000Z","headline":"{{T}}","author":{"@type":"NewsMediaOrganization","name":"BBC News 中文"},"inLanguage":{"@type":"Language","name":"Chinese Traditional","alternateName":"zh-hant"}}</script>
</head>
<body>
<div id="root">
<header role="banner"><a href="/zhongwen/trad">BBC News, 中文</a> <nav><a href="/zhongwen/trad">主頁</a> <a href="/zhongwen/trad/topics/c1nqx8jr8r7t">國際</a></nav></header>
<main role="main">
<div class="bbc-1151pbn ebmt73l0"><h1 id="content" class="bbc-1x4yf1q e1p3vdyi0" tabindex="-1">{{T}}</h1></div>
<div class="bbc-19j92fr ebmt73l0"><time class="bbc-1dafq0j e1mklfmt0" datetime="2024-10-22">2024年10月22日</time></div>
<div class="bbc-19j92fr ebmt73l0">
{{story}}
</div>
<section aria-labelledby="related-content-heading"><h2 id="related-content-heading">相關內容</h2><ul><li><a href="#">英國網絡安全法正式生效</a></li></ul></section>
</main>
<footer role="contentinfo">© 2024 BBC. BBC 對外部網站內容不負責任。</footer>
</div>
</body>
</html>
""",
    ),
    page(
        "n55_hexo_chinese_keys",
        "在树莓派上跑通离线语音助手：从唤醒词到本地大模型",
        "2023-02-14",
        "青柚的技术小站",
        "青柚",
        None,
        "https://qingyou.blog/posts/offline-voice-assistant/",
        [
            "春节在家折腾了一个离线语音助手：树莓派负责唤醒词检测和语音识别，局域网里的一台旧显卡主机跑一个量化后的7B模型负责回答。",
            "整套方案不依赖任何云服务，从说完话到听到回答大约两秒。下面按模块记录踩过的坑。",
        ],
        r"""---
标题: 在树莓派上跑通离线语音助手：从唤醒词到本地大模型
日期: 2023-02-14 21:40:00
更新: 2023-03-02 09:15:00
作者: 青柚
站点: 青柚的技术小站
分类:
  - 折腾
标签:
  - 树莓派
  - 大模型
  - 语音助手
永久链接: https://qingyou.blog/posts/offline-voice-assistant/
封面: /img/covers/pi-voice.jpg
草稿: false
---

{{story}}

<!-- more -->

> 本文采用 CC BY-NC-SA 4.0 协议，转载请注明出处。
""",
        ext="md",
    ),
    page(
        "n56_jsonl_chinese_fields",
        "东莞一家模具厂用AI报价 询价回复从两天缩到两小时",
        "2025-10-09",
        "东莞日报",
        "易晓棠",
        "钱卓",
        "https://www.timedg.com/p/2025/10/09/3398251.shtml",
        [
            "东莞一家模具厂上线AI报价系统，客户上传三维图纸后，系统自动识别结构复杂度、估算加工工时和材料成本，两小时内给出报价，过去人工报价通常需要两天。厂长说，报价快了，今年三季度的接单量同比增长了两成。",
        ],
        r"""{"序号": 5120, "标题": "东莞一家模具厂用AI报价 询价回复从两天缩到两小时", "链接": "https://www.timedg.com/p/2025/10/09/3398251.shtml", "发布时间": "2025-10-09 07:45", "来源": "东莞日报", "作者": "记者 易晓棠", "责任编辑": "钱卓", "栏目": "东莞·经济", "采集时间": "2025-10-11 03:12:09", "正文": "{{story}}"}
""",
        ext="jsonl",
    ),
    page(
        "n57_tsv_export",
        "青岛港自动化码头启用AI理货 集装箱箱号识别率超99%",
        "2022-06-28",
        "青岛日报",
        "阎思佳",
        None,
        "https://epaper.qingdaonews.com/html/qdrb/20220628/qdrb1046533.html",
        [
            "青岛港一座自动化码头近日启用AI理货系统，岸桥上的摄像头自动识别集装箱箱号、铅封和箱体残损，箱号识别率超过99%，理货员由现场作业转为远程复核。",
        ],
        "id\ttitle\tpub_date\tsource\tauthor\teditor\turl\tcontent\tcrawled_at\n"
        "71204\t青岛港自动化码头启用AI理货 集装箱箱号识别率超99%\t2022-06-28\t青岛日报\t阎思佳\t\thttps://epaper.qingdaonews.com/html/qdrb/20220628/qdrb1046533.html\t{{story}}\t2022-07-02T01:18:44Z\n",
        ext="tsv",
    ),
    page(
        "n58_rss_content_encoded",
        "国产GPU厂商芯源微算发布第三代训练卡",
        "2024-03-05",
        "智东西",
        "程茜",
        None,
        "https://zhidx.com/p/419876.html",
        [
            "智东西3月5日报道，今天，国产GPU厂商芯源微算发布第三代训练卡，采用自研互联协议，支持千卡集群线性扩展。",
            "芯源微算称，新卡已进入多家智算中心的验证阶段，预计二季度开始批量交付。",
        ],
        r"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>智东西</title>
<atom:link href="https://zhidx.com/feed" rel="self" type="application/rss+xml" />
<link>https://zhidx.com</link>
<description>智能产业新媒体</description>
<lastBuildDate>Wed, 06 Mar 2024 01:20:33 +0000</lastBuildDate>
<language>zh-CN</language>
<generator>https://wordpress.org/?v=6.4.3</generator>
<item>
<title>国产GPU厂商芯源微算发布第三代训练卡</title>
<link>https://zhidx.com/p/419876.html</link>
<dc:creator><![CDATA[程茜]]></dc:creator>
<pubDate>Tue, 05 Mar 2024 02:30:00 +0000</pubDate>
<category><![CDATA[芯片]]></category>
<guid isPermaLink="false">https://zhidx.com/?p=419876</guid>
<description><![CDATA[智东西3月5日报道，今天，国产GPU厂商芯源微算发布第三代训练卡……]]></description>
<content:encoded><![CDATA[{{story}}]]></content:encoded>
</item>
</channel>
</rss>
""",
        ext="xml",
    ),
    page(
        "n59_wechat_export_md",
        "一个县城做AI数据标注基地的两年",
        "2024-01-22",
        "县域数字观察",
        "何一禾",
        None,
        "https://mp.weixin.qq.com/s/R2fT8kQm3NvX5pYw7LzC1g",
        [
            "两年前，县里把一座闲置的服装厂改成了数据标注基地，招了两百多名返乡青年和宝妈。如今基地有五百个工位，接的活从画框标注变成了给大模型写对话和纠错。",
            "基地负责人说，单价在降，但对标注员的要求越来越高，县里正和职业学校合办培训班。",
        ],
        r"""# 一个县城做AI数据标注基地的两年

> 原创 何一禾 [县域数字观察](https://mp.weixin.qq.com/s/R2fT8kQm3NvX5pYw7LzC1g) 2024年01月22日 07:30 河南

![封面](https://mmbiz.qpic.cn/mmbiz_jpg/cover/0?wx_fmt=jpeg)

{{story}}

---

**阅读原文**：https://mp.weixin.qq.com/s/R2fT8kQm3NvX5pYw7LzC1g

*导出时间：2024-02-03 22:18:05 · 由 公众号文章导出工具 生成*
""",
        ext="md",
    ),
    page(
        "n60_app_paste_text",
        "重庆一区上线AI“城管巡查车” 占道经营自动识别",
        "2025-09-18",
        "上游新闻",
        "邝予安",
        "何蓓",
        "https://www.cqcb.com/shiju/2025-09-18/5631120.html",
        [
            "上游新闻记者 邝予安 近日，重庆一区的城管巡查车装上了AI识别设备，车辆沿街行驶时可自动识别占道经营、乱堆物料和共享单车乱停放等问题，并把线索推送到区城市运行管理平台。",
            "区城市管理局相关负责人表示，巡查车每天覆盖约120公里道路，发现问题的效率比人工巡查提高了三倍。",
        ],
        r"""重庆一区上线AI“城管巡查车” 占道经营自动识别

上游新闻 09-18 08:12 重庆

{{story}}

责编：何蓓
审核：单舟

打开上游新闻APP，阅读更多精彩内容
分享链接：https://www.cqcb.com/shiju/2025-09-18/5631120.html
""",
        ext="txt",
    ),
]
