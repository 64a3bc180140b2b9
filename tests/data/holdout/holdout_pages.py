# ruff: noqa: E501
"""Writes the holdout pages (``<id>.html`` as raw bytes in their own charset) and ``gold.jsonl``.

Every page and every sentence is our own, written to imitate the page structures people collect
(portal articles, a government notice, WeChat, baijiahao, a Next.js page, forums, blogs, Big5 and
English news).  None of it is used to tune the extractor by hand: it checks that rules made on
``shared/eval/extraction_dev`` carry over.  The gold body is the story's paragraphs only: no
headline, no info line (time, source, author), no editor line, share bars, related lists or
comments; as in extraction_dev's gold, photo captions, a lead in its own box and tables inside the
story are part of it.

    python tests/data/holdout/holdout_pages.py [FOLDER]   # writes the pages and gold.jsonl (default: a temp folder)

The pages are generated, so only this script is kept in git; the tests and bench/eval_holdout.py
build them into a temporary folder with ``build_pages``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Spec:
    id: str
    encoding: str  # the codec the bytes are written in
    title: str
    published: str | None
    author: str
    paragraphs: list[str]
    render: Callable[[list[str]], str]
    kind: str = ""
    batch: str = "first"  # "first": rules were fixed after looking at it; "blind": written after, scored once


def ps(paragraphs: list[str], fmt: str = "<p>{}</p>") -> str:
    return "\n".join(fmt.format(p) for p in paragraphs)


PAGES: list[Spec] = []


def page(**kwargs):
    def wrap(render):
        PAGES.append(Spec(render=render, **kwargs))
        return render

    return wrap


# --- 1. big portal article (Sina-like) ------------------------------------------------------------
PORTAL = [
    "北京商报讯（记者 刘思远）3月11日，国内一家头部云计算厂商宣布，将在未来三年内投入200亿元建设面向大模型训练的智算中心，首批节点将落地内蒙古乌兰察布和贵州贵安。",
    "据介绍，新建智算中心采用液冷整机柜方案，单机柜功率可达到60千瓦，整体电能利用效率（PUE）控制在1.15以下。公司相关负责人表示，这一设计可以让同样面积的机房承载约三倍的算力。",
    "资料图：某数据中心机房内景。",
    "“过去一年，客户对训练算力的需求增长了五倍以上，很多企业排队等卡。”该负责人在发布会上说，新集群建成后，将优先向中小企业和高校科研团队开放，按小时计费，最低起租单位为8卡。",
    "业内人士分析认为，随着国产加速芯片产能逐步释放，智算中心建设正从“抢卡”转向“拼运营”。中国信通院此前发布的报告显示，2023年我国智能算力规模同比增长超过45%，但平均利用率不足四成。",
    "对此，上述云厂商表示，将通过统一调度平台把分散在各地的算力池连成一张网，用户提交任务后由系统自动分配到空闲节点，以提高资源利用率。",
    "记者注意到，今年以来已有多家互联网公司公布了算力投资计划。有分析师提醒，算力建设周期长、折旧快，企业在扩张时需关注电力供应和实际订单的匹配程度。",
]


@page(
    id="portal_sina",
    encoding="utf-8",
    title="头部云厂商拟三年投入200亿元建设智算中心",
    published="2024-03-11",
    author="刘思远",
    paragraphs=PORTAL,
    kind="portal",
)
def _portal(p):
    comments = "\n".join(
        f'<div class="item"><div class="head"><a href="/u/{i}">{name}</a> <span class="area">[{area}]</span></div><div class="txt">{text}</div><div class="info">03-11 {h}:2{i} <a href="#">回复</a> <a href="#">赞({i * 7})</a></div></div>'
        for i, (name, area, text, h) in enumerate(
            [
                (
                    "手机用户2871",
                    "广东深圳",
                    "电费才是大头，西部建机房是对的，就是网络延迟怎么解决？希望能讲讲具体方案。",
                    10,
                ),
                ("清风徐来", "北京", "200亿听起来很多，其实也就是几万张卡的钱，和国外比还是差距明显，继续加油吧。", 11),
                ("老张看科技", "浙江杭州", "中小企业能按小时租当然好，就怕到时候还是抢不到，价格也不一定便宜。", 12),
            ]
        )
    )
    related = "\n".join(
        f'<li><a href="https://tech.example.cn/2024-03-{d:02d}/doc-{d}.shtml" target="_blank">{t}</a> <span>03月{d:02d}日</span></li>'
        for d, t in [
            (10, "多地出台政策支持智算中心建设，最高补贴比例达30%"),
            (9, "国产加速卡出货量大增，产业链上下游迎来订单潮"),
            (8, "液冷服务器市场规模有望在三年内翻番"),
            (7, "大模型公司融资节奏放缓，算力成本成最大开支"),
            (6, "东数西算工程新进展：八大枢纽节点加快建设"),
        ]
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>头部云厂商拟三年投入200亿元建设智算中心_新浪科技_新浪网</title>
<meta name="keywords" content="智算中心,云计算,算力" />
<meta name="description" content="国内一家头部云计算厂商宣布，将在未来三年内投入200亿元建设面向大模型训练的智算中心。" />
<meta property="og:type" content="news" />
<meta property="og:title" content="头部云厂商拟三年投入200亿元建设智算中心" />
<meta property="og:url" content="https://tech.example.cn/roll/2024-03-11/doc-inakmqvr5501.shtml" />
<meta name="mediaid" content="北京商报" />
<meta property="article:published_time" content="2024-03-11T09:41:00+08:00" />
<meta property="article:author" content="北京商报" />
<link rel="stylesheet" href="//n.example.cn/css/article.css" />
<script type="text/javascript">var ARTICLE_INFO = {{docid:"inakmqvr5501", channel:"tech"}};</script>
</head>
<body>
<div class="top-nav-wrap" id="SI_Top_Wrap"><div class="tn-bg"><a href="https://www.example.cn/">新浪首页</a> <a href="/news">新闻</a> <a href="/sports">体育</a> <a href="/finance">财经</a> <a href="/ent">娱乐</a> <a href="/tech">科技</a> <a href="/blog">博客</a> <a href="/video">视频</a> <a href="/mail">邮箱</a> <span class="tn-login"><a href="#">登录</a></span></div></div>
<div class="channel-path"><a href="/tech">新浪科技</a> &gt; <a href="/tech/it">互联网</a> &gt; 正文</div>
<div class="main-content w1240">
<h1 class="main-title">头部云厂商拟三年投入200亿元建设智算中心</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2024年03月11日 09:41</span> <a href="https://www.example.com/bbt" class="source">北京商报</a></div>
<div class="share-wrap">分享到：<a href="#" class="weibo">微博</a><a href="#" class="weixin">微信</a><a href="#" class="qzone">QQ空间</a></div>
<div class="page-tools"><a href="#comment" class="cmt">评论</a> <a href="javascript:window.print()">打印</a> <a href="#">字号</a></div></div>
<div class="article-content clearfix">
<div class="article-content-left">
<div class="article" id="artibody">
{ps(p[:2], "<p>　　{}</p>")}
<div class="img_wrapper"><img src="//n.example.cn/img/2024/0311/u123.jpg" alt="智算中心"><span class="img_descr">{p[2]}</span></div>
{ps(p[3:], "<p>　　{}</p>")}
<p class="show_author">责任编辑：王晓 </p>
</div>
<div class="appendQr_wrap"><div class="appendQr_normal_txt">新浪科技公众号</div><div>“掌”握科技鲜闻 （微信搜索techsina或扫描左侧二维码关注）</div></div>
<div class="article-bottom"><div class="keywords">文章关键词：<a href="#">智算中心</a> <a href="#">云计算</a> <a href="#">算力</a></div>
<div class="article-notice">我要反馈</div></div>
<div class="blk-related"><h3>相关新闻</h3><ul>
{related}
</ul></div>
<div id="bottom_sina_comment" class="sina-comment-wrap"><div class="hd"><span class="title">热门评论</span> <a href="#">我有话说</a></div>
{comments}
<div class="more"><a href="#">查看更多评论</a></div></div>
</div>
<div class="article-content-right"><div class="side-hot"><h2>24小时热文</h2><ol>
<li><a href="#">全球最大芯片代工厂公布最新季度财报</a></li><li><a href="#">新能源车价格战再起，多款车型降价超万元</a></li><li><a href="#">智能手机出货量连续三个季度回暖</a></li><li><a href="#">一文看懂今年两会科技关键词</a></li></ol></div></div>
</div></div>
<div class="footer"><p><a href="#">新浪简介</a> | <a href="#">About Sina</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">招聘信息</a> | <a href="#">网站律师</a> | <a href="#">通行证注册</a> | <a href="#">产品答疑</a></p>
<p>Copyright © 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有 京ICP证000007号 京公网安备11000002000016号</p></div>
<script>(function(){{var s=document.createElement('script');s.src='//n.example.cn/js/cmt.js';document.body.appendChild(s);}})();</script>
</body>
</html>
"""


# --- 2. government notice (gov.cn-like, GB2312, table layout) -------------------------------------
GOV = [
    "各区人民政府，市政府各委、办、局，各有关单位：",
    "为贯彻落实国家关于推动人工智能产业高质量发展的部署，加快培育新质生产力，经市政府同意，现就组织开展2024年度人工智能创新应用示范项目申报工作通知如下。",
    "一、申报范围",
    "重点支持人工智能在智能制造、智慧医疗、智慧交通、城市治理和公共服务等领域的创新应用，以及算力基础设施、高质量数据集和行业大模型等基础能力建设项目。",
    "二、申报条件",
    "（一）申报单位应为在本市注册、具有独立法人资格的企事业单位，财务状况良好，近三年无严重失信行为。",
    "（二）项目应具有明确的应用场景和可量化的建设目标，原则上应于2025年12月31日前完成建设并投入运行。",
    "（三）同一单位限报一个项目，已获得市级财政资金支持的项目不得重复申报。",
    "三、支持方式",
    "经评审认定的示范项目，按照项目实际投资额的20%给予补助，单个项目最高不超过500万元。",
    "四、申报时间及方式",
    "申报时间为2024年3月15日至4月15日。申报单位登录市政务服务网“项目申报”专栏在线填报，并将纸质材料一式两份报送至市经济和信息化局产业发展处。",
    "联系人：陈处长，联系电话：010-88886666。",
    "附件：1.人工智能创新应用示范项目申报书",
    "2.申报单位承诺书",
    "北京某市经济和信息化局",
    "2024年2月28日",
]


@page(
    id="gov_notice",
    encoding="gb2312",
    title="关于组织开展2024年度人工智能创新应用示范项目申报工作的通知",
    published="2024-03-01",
    author="UNKNOWN",
    paragraphs=GOV,
    kind="government",
)
def _gov(p):
    body = ps(p[:-2], '<p style="text-indent: 2em; line-height: 2;">{}</p>')
    body += f'\n<p style="text-align: right;">{p[-2]}</p>\n<p style="text-align: right;">{p[-1]}</p>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>关于组织开展2024年度人工智能创新应用示范项目申报工作的通知</title>
<meta name="SiteName" content="某市人民政府门户网站">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="关于组织开展2024年度人工智能创新应用示范项目申报工作的通知">
<meta name="PubDate" content="2024-03-01 10:15">
<meta name="ContentSource" content="市经济和信息化局">
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/common.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="1000" height="120" /></td></tr>
<tr><td class="nav" height="36"><a href="/">首页</a>　<a href="/zwgk/">政务公开</a>　<a href="/bsfw/">办事服务</a>　<a href="/hdjl/">互动交流</a>　<a href="/zjbj/">走进本市</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30" class="b12">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/tzgg/">通知公告</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td valign="top" style="padding:20px 40px;">
<table width="100%" border="0" cellspacing="1" cellpadding="6" bgcolor="#CCCCCC" class="xxgk_table">
<tr bgcolor="#F5F5F5"><td width="12%"><b>索 引 号：</b></td><td width="38%">11110000MB0123456X/2024-00321</td><td width="12%"><b>主题分类：</b></td><td width="38%">工业、交通/其他</td></tr>
<tr bgcolor="#FFFFFF"><td><b>发文机关：</b></td><td>市经济和信息化局</td><td><b>成文日期：</b></td><td>2024年02月28日</td></tr>
<tr bgcolor="#F5F5F5"><td><b>标　　题：</b></td><td colspan="3">关于组织开展2024年度人工智能创新应用示范项目申报工作的通知</td></tr>
<tr bgcolor="#FFFFFF"><td><b>发文字号：</b></td><td>京某经信发〔2024〕12号</td><td><b>发布日期：</b></td><td>2024年03月01日</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="60" align="center" class="title" style="font-size:22px;color:#B40000;font-weight:bold;">关于组织开展2024年度人工智能创新应用示范项目申报工作的通知</td></tr>
<tr><td height="30" align="center" class="b12" style="border-bottom:1px dashed #ccc;">发布时间：2024-03-01　　来源：市经济和信息化局　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="b14" id="UCAP-CONTENT" style="padding-top:20px;">
{body}
</td></tr>
<tr><td class="fujian" style="padding:10px 0;">相关附件：<br /><a href="/files/2024/sbs.doc">附件1：人工智能创新应用示范项目申报书.doc</a><br /><a href="/files/2024/cns.doc">附件2：申报单位承诺书.doc</a></td></tr>
<tr><td align="right" height="40"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center" height="100" style="line-height:24px;">主办：某市人民政府办公厅　承办：某市大数据中心<br />网站标识码：1100000001　京ICP备05061234号-1　京公网安备11010502030123号<br /><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></td></tr>
</table>
</body>
</html>
"""


# --- 3. Xinhua-like page ------------------------------------------------------------------------------
XINHUA = [
    "新华社合肥4月2日电（记者 周晓明）记者2日从安徽省科技厅获悉，由合肥一家研究机构牵头研制的量子计算云平台当天正式上线，面向全球用户开放，首批提供72个量子比特的计算服务。",
    "据介绍，该平台采用超导量子技术路线，用户可通过网页或编程接口提交量子线路，平台在完成计算后返回测量结果。研发团队负责人表示，平台上线前已完成超过一万次内部测试，单次任务的平均排队时间控制在五分钟以内。",
    "“我们希望让更多高校和企业的研究者用上真实的量子计算机，而不只是在经典计算机上做模拟。”这位负责人说，平台还提供了化学分子模拟、组合优化等方向的示例程序，方便初学者上手。",
    "近年来，安徽围绕量子信息产业持续发力，已集聚相关企业六十余家，形成从核心器件、整机研制到应用软件的产业链条。",
    "4月2日，工作人员在合肥展示量子计算机的核心部件。新华社记者 李强 摄",
]


@page(
    id="xinhua_like",
    encoding="utf-8",
    title="量子计算云平台在合肥上线 面向全球用户开放",
    published="2024-04-02",
    author="周晓明",
    paragraphs=XINHUA,
    kind="state media",
)
def _xinhua(p):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>量子计算云平台在合肥上线 面向全球用户开放-新华网</title>
<meta name="keywords" content="量子计算,合肥">
<meta name="description" content="量子计算云平台在合肥上线 面向全球用户开放---记者2日从安徽省科技厅获悉，由合肥一家研究机构牵头研制的量子计算云平台当天正式上线。">
<meta name="pagetype" content="1">
<link rel="stylesheet" href="//lib.example.net/common/foot.css">
</head>
<body>
<div class="topBar"><div class="logo"><a href="http://www.example.net/"><img src="logo.png"></a></div><div class="nav"><a href="#">时政</a>|<a href="#">国际</a>|<a href="#">财经</a>|<a href="#">科技</a>|<a href="#">网评</a>|<a href="#">体育</a></div></div>
<div class="header domPC">
<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 04</em>/<em>02</em></span><span class="time"> 16:48:31</span></div>
<div class="source"> 来源：新华网 </div>
</div>
<div class="head-line clearfix"><h1><span class="title">量子计算云平台在合肥上线 面向全球用户开放</span></h1>
<div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal">中</span><span id="fontBig">大</span></div><div class="share">分享到：<a class="wx"></a><a class="wb"></a></div></div></div>
</div>
<div class="main clearfix">
<div class="main-left left">
<div id="detail">
{ps(p[:-1], "<p>　　{}</p>")}
<p style="text-align:center"><img src="20240402a.jpg" id="{{0}}"></p>
<p style="text-align:center">{p[-1]}</p>
</div>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0)">【纠错】</a></span><span class="editor">【责任编辑:吴春燕】</span></div>
<div class="nextpage"></div>
</div>
<div class="main-right right">
<div class="columBox"><div class="col-tit"><span>阅读下一篇：</span></div><a href="#">我国科学家在新型储能材料研究中取得突破</a></div>
<div class="columBox"><h2>精彩推荐</h2><ul><li><a href="#">春耕时节 智能农机下田忙</a></li><li><a href="#">多地开通低空物流航线</a></li><li><a href="#">西部陆海新通道班列开行量创新高</a></li></ul></div>
</div>
</div>
<div class="foot"><div class="foot-main">Copyright © 2000-2024 XINHUANET.com　All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有：新华通讯社</div></div>
</body>
</html>
"""


# --- 4. WeChat public-account article ------------------------------------------------------------------
WECHAT = [
    "上周，我们团队参加了一场关于具身智能的闭门交流会，来自机器人公司、芯片厂商和投资机构的二十多位嘉宾讨论了三个小时。整理下来，有几个观点值得和大家分享。",
    "第一，数据仍然是最大的瓶颈。与语言模型可以从互联网上获得海量文本不同，机器人需要的是真实世界中的操作数据，而采集这些数据的成本很高。一位创业者算了一笔账：用遥操作方式采集一小时有效数据，人力和设备成本在500元左右。",
    "第二，仿真和真实数据需要结合使用。多位嘉宾认为，仅靠仿真训练出的策略在真实环境中经常“水土不服”，但仿真可以低成本地覆盖大量长尾场景，两者搭配才是现实的路线。",
    "第三，商业化要先找准场景。与其追求“什么都能干”的通用机器人，不如先在工厂上下料、仓库分拣这类结构化场景里把单项任务做到稳定可靠，再逐步扩展能力边界。",
    "最后，有投资人提醒，今年具身智能赛道的融资金额虽然创了新高，但估值已经明显偏高，创业公司应当把钱花在能形成壁垒的地方。",
    "以上是我们的一些记录，欢迎在留言区补充你的看法。",
]


@page(
    id="wechat_mp",
    encoding="utf-8",
    title="闭门会纪要：具身智能的三个共识",
    published="2024-05-20",
    author="UNKNOWN",
    paragraphs=WECHAT,
    kind="wechat",
)
def _wechat(p):
    body = "\n".join(
        f'<section style="margin-bottom: 16px;"><p style="line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{x}</span></p></section>'
        for x in p
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="闭门会纪要：具身智能的三个共识" />
<meta property="og:url" content="http://mp.example.qq.com/s?__biz=MzA5NjY1MDAwMA==&amp;mid=2650001234&amp;idx=1" />
<meta property="og:image" content="http://mmbiz.example.cn/cover.jpeg" />
<meta property="og:description" content="数据、仿真和场景" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="智能体观察" />
<meta property="twitter:card" content="summary" />
<title>闭门会纪要：具身智能的三个共识</title>
<style>.rich_media_content{{overflow:hidden;color:#222;font-size:17px}}</style>
<script type="text/javascript">
var biz = "MzA5NjY1MDAwMA==" || "";
var msg_title = '闭门会纪要：具身智能的三个共识'.html(false);
var ct = "1716185400";
var publish_time = "2024-05-20" || "";
var nickname = "智能体观察";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">
闭门会纪要：具身智能的三个共识
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">张一鸣同学</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">智能体观察</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;">发表于<span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="text-align: center;"><img data-src="https://mmbiz.example.cn/head.gif" style="width: 100%;"></section>
<section><p style="text-align: center;"><span style="color: rgb(136, 136, 136);font-size: 12px;">点击上方蓝字 关注我们</span></p></section>
{body}
<section style="text-align: center;"><p><span style="font-size: 12px;color: rgb(136, 136, 136);">—— END ——</span></p><p><img data-src="https://mmbiz.example.cn/qrcode.png"></p><p><span style="font-size: 12px;">扫码关注 获取更多行业洞察</span></p></section>
</div>
<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta"><span id="js_read_area3">阅读 <span id="readNum3">3562</span></span><span class="like_btn">在看</span></div></div>
</div>
</div>
<div class="rich_media_area_extra"><div class="mpda_bottom_container" id="js_bottom_ad_area"></div>
<div id="js_cmt_area" class="discuss_container"><div class="discuss_title">留言</div><div class="discuss_list"><div class="discuss_item"><div class="nickname">小王同学</div><div class="discuss_message">写得很清楚，数据成本那段很有启发。</div></div></div></div>
</div>
</div>
</div>
<script>var first_sceen__time = (+new Date());</script>
</body>
</html>
"""


# --- 5. Baidu baijiahao ---------------------------------------------------------------------------------
BAIJIAHAO = [
    "最近不少朋友问我，家里老人想用智能手机看病挂号，有没有简单一点的办法？今天就给大家分享几个亲测好用的方法。",
    "首先，现在很多医院的公众号和小程序都推出了“长辈模式”，字体更大，页面也更简洁。打开之后，只需要选择科室、选择医生、确认时间三步就能完成预约，比过去方便了不少。",
    "其次，如果老人实在不会操作，可以让子女在自己的手机上开通“亲情代办”功能，绑定老人的身份信息后，就可以替老人挂号、缴费和查看检查报告。",
    "另外，一些城市已经在社区卫生服务中心配备了智能导诊机器人，老人对着机器说出自己哪里不舒服，机器人就会推荐应该去看哪个科室，还能直接打印挂号单。",
    "当然，科技再方便，也代替不了家人的陪伴。有时间的话，还是尽量陪老人去一趟医院，顺便教教他们这些新功能怎么用。",
]


@page(
    id="baijiahao",
    encoding="utf-8",
    title="老人用手机挂号难？这几个方法亲测好用",
    published="2024-01-16",
    author="科技小达人阿伟",
    paragraphs=BAIJIAHAO,
    kind="baijiahao",
)
def _baijiahao(p):
    body = "\n".join(f'<div class="_18p7x"><p><span class="bjh-p">{x}</span></p></div>' for x in p)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="referrer" content="always">
<title>老人用手机挂号难？这几个方法亲测好用</title>
<meta name="description" content="最近不少朋友问我，家里老人想用智能手机看病挂号，有没有简单一点的办法？">
<link rel="stylesheet" href="https://mbdp.example.com/static/css/index.3a1f.css">
</head>
<body>
<div id="ssr-content">
<div class="_2oXa3"><div class="_3Ycz0"><a href="https://www.example.com/"><img class="_2fBs3" src="logo.png"></a><div class="_1v5TZ"><a href="#">百度首页</a><a href="#">登录</a></div></div></div>
<div class="_1VJ2E">
<div class="_2sjh9">
<div class="sKHSJ">老人用手机挂号难？这几个方法亲测好用</div>
<div class="_2gGWi"><div class="_1xW8Q"><a href="https://author.example.com/home?app_id=1601"><img class="_1Tx8H" src="avatar.jpg"></a></div>
<div class="_1Kw5C"><p class="_2gGWi"><a class="_3Zl8d" href="#"><span class="_2gGWi">科技小达人阿伟</span></a></p><div class="_2sjh9"><span class="_2sjh9">2024-01-16 08:35</span><span class="_2sjh9">河南</span><span class="_2sjh9">优质科技领域创作者</span></div></div>
<div class="_3PLyR"><span class="_3J1bg">关注</span></div></div>
<div class="_18p7x _2dWOK">
{body}
<div class="_3bLgQ"><img src="https://pics.example.com/feed/a1.jpeg"></div>
</div>
<div class="_1SEn9"><span>举报/反馈</span></div>
</div>
<div class="_3C5Z3"><div class="_2Gwxk">作者最新文章</div>
<div class="_1Z6Ne"><a href="#"><div class="_3rGWh">手机内存总是不够用？教你三招清理</div><div class="_3Bnmf">01-15</div></a></div>
<div class="_1Z6Ne"><a href="#"><div class="_3rGWh">这五个隐藏功能，很多人用了几年手机都不知道</div><div class="_3Bnmf">01-13</div></a></div>
<div class="_1Z6Ne"><a href="#"><div class="_3rGWh">家里的路由器该换了吗？看这三点就知道</div><div class="_3Bnmf">01-10</div></a></div>
</div>
<div class="_2xUlR"><div class="_2Gwxk">相关推荐</div>
<div class="_1Z6Ne"><a href="#"><div class="_3rGWh">医院推出适老化服务，老年人就医更方便了</div><div>健康时报</div></a></div>
<div class="_1Z6Ne"><a href="#"><div class="_3rGWh">智能导诊机器人上岗，三秒钟告诉你该挂哪个科</div><div>城市晚报</div></a></div>
</div>
</div>
</div>
<script>window.jsonData = {{"bsData":{{"header":{{"title":"老人用手机挂号难？这几个方法亲测好用"}}}}}};</script>
</body>
</html>
"""


# --- 6. Next.js news page with JSON-LD ---------------------------------------------------------------
NEXT = [
    "国内一家自动驾驶公司6月3日宣布，其无人驾驶出租车已在广州南沙区累计完成100万单服务，车内无安全员的订单占比超过七成。",
    "该公司联合创始人在接受采访时表示，过去一年车队规模从200辆扩大到600辆，平均每辆车每天接单约20次。乘客可以通过手机应用叫车，车辆到达后扫码开门。",
    "在安全方面，公司披露的数据显示，其车辆在自动驾驶状态下的事故率低于人类司机平均水平。不过，业内专家也指出，这类数据的统计口径尚未统一，不同公司之间难以直接比较。",
    "根据规划，公司计划在年底前把服务范围扩展到广州其他四个区，并在深圳、武汉开展新的测试。",
]


@page(
    id="nextjs_news",
    encoding="utf-8",
    title="无人驾驶出租车在广州南沙累计完成100万单",
    published="2024-06-03",
    author="林晓彤",
    paragraphs=NEXT,
    kind="react",
)
def _nextjs(p):
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "无人驾驶出租车在广州南沙累计完成100万单",
        "datePublished": "2024-06-03T18:20:00+08:00",
        "dateModified": "2024-06-04T09:00:00+08:00",
        "author": [{"@type": "Person", "name": "林晓彤"}],
        "publisher": {
            "@type": "Organization",
            "name": "南方科技观察",
            "logo": {"@type": "ImageObject", "url": "https://www.example.org/logo.png"},
        },
        "mainEntityOfPage": "https://www.example.org/article/robotaxi-1m",
        "url": "https://www.example.org/article/robotaxi-1m",
    }
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 88231,
                    "title": "无人驾驶出租车在广州南沙累计完成100万单",
                    "summary": "车内无安全员的订单占比超过七成",
                    "content": "<p>" + "</p><p>".join(p) + "</p>",
                }
            }
        },
        "page": "/article/[slug]",
        "buildId": "k3Jd9sLq",
    }
    body = "\n".join(f'<p class="text-base leading-7 mb-4">{x}</p>' for x in p)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>无人驾驶出租车在广州南沙累计完成100万单 | 南方科技观察</title><meta property="og:title" content="无人驾驶出租车在广州南沙累计完成100万单 | 南方科技观察"/><meta property="og:type" content="article"/><meta name="next-head-count" content="5"/><link rel="preload" href="/_next/static/css/7a2c.css" as="style"/><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script></head><body><div id="__next"><header class="sticky top-0 z-50 bg-white"><nav class="flex gap-6 px-4"><a href="/">首页</a><a href="/tag/ai">人工智能</a><a href="/tag/auto">智能汽车</a><a href="/tag/chip">芯片</a><a href="/about">关于</a></nav></header><main class="mx-auto max-w-3xl px-4"><article class="prose"><div class="text-sm text-gray-500"><a href="/tag/auto">智能汽车</a></div><h1 class="text-3xl font-bold mt-2">无人驾驶出租车在广州南沙累计完成100万单</h1><div class="flex items-center gap-2 text-sm text-gray-500 mt-2"><span>林晓彤</span><span>·</span><time dateTime="2024-06-03T10:20:00.000Z">2024年6月3日</time><span>·</span><span>阅读约3分钟</span></div><div class="mt-6">
{body}
</div><div class="mt-8 flex gap-2"><a class="rounded bg-gray-100 px-2" href="/tag/robotaxi">#无人驾驶</a><a class="rounded bg-gray-100 px-2" href="/tag/guangzhou">#广州</a></div></article><section class="mt-12"><h2 class="text-xl font-bold">推荐阅读</h2><ul><li><a href="/article/lidar-price">激光雷达价格两年下降六成，上车成本不再是门槛</a></li><li><a href="/article/city-noa">城市领航辅助驾驶进入百城竞赛</a></li><li><a href="/article/chip-car">车规级芯片国产化率提升至15%</a></li></ul></section><section class="mt-8"><h2>订阅我们的周报</h2><p>每周五发送，一封邮件看完一周智能汽车要闻。</p><button>订阅</button></section></main><footer class="border-t mt-16 py-8 text-center text-sm">© 2024 南方科技观察 保留所有权利 · 粤ICP备2023000001号</footer></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script></body></html>
"""


# --- 7. tech media (36kr/huxiu-like) with a long sidebar --------------------------------------------
TECH = [
    "码上智能的代码助手已服务约300家企业客户。",
    "36氪获悉，AI编程工具公司「码上智能」近日完成1.2亿元A轮融资，由一家美元基金领投，老股东继续跟投。本轮资金将主要用于模型训练和海外市场拓展。",
    "码上智能成立于2022年，主要产品是一款嵌入开发环境的代码助手，能够根据注释和上下文自动补全代码、生成单元测试，并解释陌生代码库的结构。",
    "创始人陈昊告诉36氪，与通用大模型相比，团队更关注企业内部私有代码的理解。很多企业的代码库有上千万行，且大量使用内部框架，通用模型往往“看不懂”。为此，公司开发了一套代码索引系统，可以在企业内网部署，把相关代码片段实时提供给模型参考。",
    "目前，码上智能已服务约300家企业客户，覆盖金融、制造和游戏等行业。陈昊透露，公司去年收入同比增长约4倍，企业客户的续费率超过90%。",
    "在定价上，码上智能采用按席位收费的模式，每个开发者每月费用在100元至300元之间。对于有数据安全要求的大客户，公司提供私有化部署方案，单独报价。",
    "谈到竞争，陈昊认为，代码助手市场最终会分化：个人开发者倾向于选择免费或低价的通用工具，而大型企业更看重安全、可控和与内部流程的集成，这正是创业公司的机会所在。",
]


@page(
    id="tech_media",
    encoding="utf-8",
    title="36氪首发｜AI编程工具「码上智能」完成1.2亿元A轮融资",
    published="2024-07-09",
    author="王梓涵",
    paragraphs=TECH,
    kind="tech media",
)
def _tech(p):
    hot = "\n".join(
        f'<div class="hotlist-item"><a href="/p/{2870000 + i}" class="hotlist-item-toptwo"><span class="num">{i + 1}</span><p class="title">{t}</p></a><div class="info">{n}阅读</div></div>'
        for i, (t, n) in enumerate(
            [
                ("大厂纷纷下场，AI搜索的下半场怎么打？", "3.2万"),
                ("一家做扫地机器人的公司，如何在欧洲卖到第一", "2.8万"),
                ("新能源车企的第二增长曲线，为什么都选了储能", "2.1万"),
                ("独家｜某头部短视频平台调整电商业务架构", "1.9万"),
                ("对话一位连续创业者：这一次，我只做盈利的生意", "1.7万"),
                ("最前线｜国产GPU公司发布新一代训练芯片", "1.5万"),
                ("8点1氪｜多家银行下调存款利率；某手机品牌发布折叠屏新品", "1.4万"),
                ("硬氪首发｜协作机器人公司完成数亿元B轮融资", "1.2万"),
                ("氪星晚报｜某新能源车企6月交付量同比增长80%", "1.1万"),
                ("AI陪伴应用的生意，比想象中难做", "9876"),
                ("出海东南亚的第三年，这些中国公司活下来了", "8765"),
                ("一个被低估的赛道：工业视觉检测", "8123"),
            ]
        )
    )
    body = "<p>文｜王梓涵</p>\n<p>编辑｜苏建勋</p>\n" + ps(p[1:], "<p>{}</p>")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>36氪首发｜AI编程工具「码上智能」完成1.2亿元A轮融资 - 36氪</title>
<meta name="keywords" content="AI编程,融资,代码助手">
<meta name="description" content="码上智能已服务约300家企业客户。">
<meta property="og:title" content="36氪首发｜AI编程工具「码上智能」完成1.2亿元A轮融资">
<meta name="author" content="王梓涵">
</head>
<body>
<div id="app"><div class="kr-layout">
<div class="kr-header"><div class="kr-header-content"><a class="logo" href="/">36氪</a><ul class="kr-header-nav"><li><a href="/information/web_news">快讯</a></li><li><a href="/information/web_recommend">推荐</a></li><li><a href="/information/technology">科技</a></li><li><a href="/information/ccs">财经</a></li><li><a href="/information/enterpriseservice">企服</a></li><li><a href="/information/innovate">创新</a></li></ul><div class="search">搜索</div><div class="user"><a>登录</a></div></div></div>
<div class="kr-layout-main clearfloat">
<div class="main-right">
<div class="article-detail-wrapper-box">
<h1 class="article-title margin-bottom-20 common-width">36氪首发｜AI编程工具「码上智能」完成1.2亿元A轮融资</h1>
<div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a" href="/user/5070001">王梓涵</a><span class="title-icon-item item-time">·2024-07-09 10:02</span><span class="title-icon-item item-read">阅读 2.3万</span></div>
<div class="summary">{p[0]}</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">
{body}
</div>
<div class="article-footer-txt"><p>本文由「36氪」原创出品，转载请联系授权。</p></div>
<div class="kr-article-share"><span>分享至</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>
<div class="kr-article-comment"><h3>评论</h3><div class="empty">暂无评论，快来抢沙发吧</div></div>
</div>
</div>
<div class="main-left"><div class="kr-hotlist-wrapper"><div class="hotlist-title">24小时热榜</div>
{hot}
</div>
<div class="kr-author-card"><div class="author-name">王梓涵</div><div class="author-desc">关注AI应用与企业服务，欢迎交流，微信：wzh_36kr</div><div>文章数 312 · 阅读数 480万</div></div></div>
</div>
<div class="kr-footer"><div class="footer-links"><a href="#">关于36氪</a><a href="#">城市合作</a><a href="#">寻求报道</a><a href="#">我要入驻</a><a href="#">投资者关系</a></div><p>© 2011~2024 北京多氪信息科技有限公司 | 京ICP备12031756号-6 | 京公网安备11010802021568号 | 网络文化经营许可证：京网文〔2022〕2296-036号</p></div>
</div></div>
</body>
</html>
"""


# --- 8. forum post with replies (Discuz-like, GBK) -----------------------------------------------------
FORUM = [
    "最近在公司搭了一套本地知识库问答，用的是开源的70亿参数模型加向量检索，记录一下踩过的坑，希望对大家有帮助。",
    "1. 文档切分很关键。一开始按固定500字切，结果很多问题的答案被切在两段中间，检索回来的内容不完整。后来改成按标题和段落切，再加100字重叠，效果明显好了。",
    "2. 向量模型要选中文效果好的。我们先用了一个英文为主的模型，中文同义词基本匹配不上，换成中文训练的模型以后，召回率从六成左右提高到八成多。",
    "3. 显存不够可以量化。24G显存的卡跑原始精度的模型很吃力，用4比特量化以后速度快了不少，回答质量肉眼看不出太大区别。",
    "4. 一定要让模型说“不知道”。在提示词里明确要求只根据检索到的内容回答，找不到就直说，能减少很多一本正经胡说八道的情况。",
    "整体下来，花了大概两周时间，目前部门里二十几个人在用，每天问答一百多次。后面打算接入权限控制，不同部门只能查自己的文档。",
]


@page(
    id="forum_post",
    encoding="gbk",
    title="【经验分享】本地知识库问答搭建踩坑记录",
    published="2024-02-26",
    author="代码搬运工007",
    paragraphs=FORUM,
    kind="forum",
)
def _forum(p):
    replies = [
        (
            "深夜码农",
            "2024-2-26 22:15",
            "2#",
            "感谢分享！请问向量库用的是哪个？我们试了两个，数据量上去以后检索都挺慢的。",
        ),
        (
            "代码搬运工007",
            "2024-2-26 22:40",
            "3#",
            "回复 深夜码农：用的开源向量库，百万条以内速度都还可以，建了索引以后一般几十毫秒。",
        ),
        ("小白求带", "2024-2-27 09:03", "4#", "mark一下，正好领导让我们也做一个，先收藏了慢慢看。"),
        (
            "老李不秃头",
            "2024-2-27 11:26",
            "5#",
            "第4点太重要了，我们上线第一周就因为模型乱编答案被业务部门投诉，后来加了引用原文才好一些。",
        ),
    ]
    reply_html = "\n".join(
        f"""<table id="pid{300 + i}" class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-{900 + i}.html" class="xw1">{u}</a></div></div><div><p>积分 {120 * (i + 1)}</p><p>帖子 {30 + i}</p></div></td>
<td class="plc"><div class="pi"><strong><a href="#">{floor}</a></strong><div class="pti"><div class="authi"><em id="authorposton{300 + i}">发表于 {t}</em> | <a href="#">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{300 + i}">{x}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="po"><a href="#">回复</a> <a href="#">支持</a> <a href="#">反对</a></div></td></tr></table>"""
        for i, (u, t, floor, x) in enumerate(replies)
    )
    body = "<br />\r\n<br />\r\n".join(p)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>【经验分享】本地知识库问答搭建踩坑记录 - AI技术交流 -  智码论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="【经验分享】本地知识库问答搭建踩坑记录" />
<meta name="description" content="最近在公司搭了一套本地知识库问答 ,智码论坛" />
<meta name="generator" content="Discuz! X3.4" />
<base href="https://bbs.example.com/" />
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="#">设为首页</a><a href="#">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging">登录</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="智码论坛"><img src="logo.png" alt="智码论坛" /></a></h2></div>
<div id="nv"><ul><li><a href="portal.php">门户</a></li><li class="a"><a href="forum.php">论坛</a></li><li><a href="group.php">群组</a></li><li><a href="home.php">家园</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">智码论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">AI技术交流</a> <em>&rsaquo;</em> <a href="#">【经验分享】本地知识库问答搭建踩坑记录</a></div></div>
<div id="ct" class="wp cl">
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">5821</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">4</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">【经验分享】本地知识库问答搭建踩坑记录</span></h1><span class="xg1"><a href="#">[复制链接]</a></span></td></tr></table>
<table id="pid299" class="plhin" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-888.html" class="xw1">代码搬运工007</a></div></div><div><p>积分 2310</p><p>帖子 156</p><p>精华 3</p></div></td>
<td class="plc"><div class="pi"><strong><a href="#">楼主</a></strong><div class="pti"><div class="authi"><em id="authorposton299">发表于 2024-2-26 21:37</em> | <a href="#">只看该作者</a> | <a href="#">倒序浏览</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_299">
{body}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="po"><a href="#">回复</a> <a href="#">支持 (12)</a> <a href="#">反对</a> <a href="#">举报</a></div></td></tr></table>
{reply_html}
</div>
<div class="pgs mtm mbm cl"><a href="forum-12-1.html" class="y pgs">返回列表</a></div>
<div id="f_pst" class="pl bm bmw"><form method="post"><textarea name="message" rows="7">您需要登录后才可以回帖</textarea><button type="submit">发表回复</button></form></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="#">Archiver</a><span class="pipe">|</span><a href="#">手机版</a><span class="pipe">|</span><a href="#">小黑屋</a><span class="pipe">|</span><strong><a href="#">智码论坛</a></strong> ( 沪ICP备18000001号 )</p><p class="xs0">GMT+8, 2024-3-1 10:20 , Processed in 0.061233 second(s), 28 queries .</p></div><div id="frt"><p>Powered by <strong>Discuz!</strong> X3.4</p><p class="xs0">&copy; 2001-2024 Comsenz Inc.</p></div></div>
</body>
</html>
"""


# --- 9. blog post (CSDN-like) -------------------------------------------------------------------------
BLOG = [
    "在做推荐系统的特征工程时，经常需要对大量用户行为日志做去重。本文记录一下用布隆过滤器做近似去重的思路，以及几个容易忽略的细节。",
    "一、为什么不用集合",
    "最直接的办法是把见过的用户ID放进一个集合，新数据来了先查一下是否存在。但当数据量达到十亿级时，集合占用的内存会超过几十GB，单机很难放下。布隆过滤器用一个位数组加若干个哈希函数，只需要原来几十分之一的内存。",
    "二、参数怎么选",
    "布隆过滤器有两个关键参数：位数组长度m和哈希函数个数k。给定预计元素个数n和可以接受的误判率p，可以用下面的公式估算：",
    "m = -n * ln(p) / (ln2)^2",
    "k = m / n * ln2",
    "例如n为10亿、p为1%时，m大约是96亿位，也就是1.2GB左右，k取7即可。",
    "三、代码示例",
    "import mmh3\nfrom bitarray import bitarray\n\nclass BloomFilter:\n    def __init__(self, m, k):\n        self.m, self.k = m, k\n        self.bits = bitarray(m)\n        self.bits.setall(0)\n\n    def add(self, key):\n        for seed in range(self.k):\n            self.bits[mmh3.hash(key, seed) % self.m] = 1",
    "四、注意事项",
    "需要注意，布隆过滤器只会把“不存在”误判为“存在”，反过来不会出错，所以它适合对少量误删不敏感的场景。另外，标准布隆过滤器不支持删除元素，如果业务需要删除，可以考虑计数布隆过滤器。",
]


@page(
    id="blog_csdn",
    encoding="utf-8",
    title="用布隆过滤器给十亿级日志去重的几点经验",
    published="2023-11-08",
    author="数据小匠",
    paragraphs=BLOG,
    kind="blog",
)
def _blog(p):
    parts = []
    for x in p:
        if x.startswith(("一、", "二、", "三、", "四、")):
            parts.append(f'<h2><a name="t{len(parts)}"></a>{x}</h2>')
        elif x.startswith("import "):
            parts.append(f'<pre class="has"><code class="language-python hljs">{x}</code></pre>')
        elif x.startswith(("m = ", "k = ")):
            parts.append(f"<blockquote><p>{x}</p></blockquote>")
        else:
            parts.append(f"<p>{x}</p>")
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>用布隆过滤器给十亿级日志去重的几点经验_数据小匠的博客-CSDN博客</title>
<meta name="keywords" content="布隆过滤器,去重,推荐系统">
<meta name="description" content="文章浏览阅读1.5k次，点赞23次，收藏41次。在做推荐系统的特征工程时，经常需要对大量用户行为日志做去重。">
<link rel="canonical" href="https://blog.example.net/dataxj/article/details/134276511">
</head>
<body>
<div id="csdn-toolbar"><div class="toolbar-inside"><a href="/">博客</a><a href="#">下载</a><a href="#">学习</a><a href="#">社区</a><a href="#">GitCode</a><a href="#">会员中心</a><a href="#">创作</a></div></div>
<div class="main_father clearfix d-flex justify-content-center">
<aside class="blog_container_aside">
<div id="asideProfile" class="aside-box"><div class="profile-intro"><a href="#">数据小匠</a></div><dl><dt>原创</dt><dd>86</dd><dt>周排名</dt><dd>3万+</dd><dt>粉丝</dt><dd>1205</dd></dl><a class="btn">关注</a> <a class="btn">私信</a></div>
<div id="asideHotArticle" class="aside-box"><h3 class="aside-title">热门文章</h3><ul class="hotArticle-list"><li><a href="#">Spark任务OOM排查的五个步骤<span class="read">浏览量 1.2w</span></a></li><li><a href="#">Hive分区表的正确打开方式<span class="read">浏览量 9876</span></a></li><li><a href="#">从零实现一个LRU缓存<span class="read">浏览量 7654</span></a></li></ul></div>
<div id="asideCategory" class="aside-box"><h3>分类专栏</h3><ul><li><a href="#">大数据 32篇</a></li><li><a href="#">推荐系统 12篇</a></li><li><a href="#">Python 20篇</a></li></ul></div>
</aside>
<main>
<div class="blog-content-box">
<div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">用布隆过滤器给十亿级日志去重的几点经验</h1></div>
<div class="article-info-box"><div class="bar-content"><span class="article-type-img">原创</span><a class="follow-nickName" href="#">数据小匠</a> <span class="time">已于 2023-11-09 10:12:45 修改</span> <span class="read-count">阅读量1.5k</span> <a class="un-collection">收藏 41</a> <span class="get-collection">点赞数 23</span></div>
<div class="blog-tags-box"><span class="label">分类专栏：</span><a class="tag-link" href="#">大数据</a> <span class="label">文章标签：</span><a class="tag-link" href="#">布隆过滤器</a><a class="tag-link" href="#">去重</a></div>
<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：https://blog.example.net/dataxj/article/details/134276511</div></div></div>
<div class="up-time"><span>于&nbsp;2023-11-08 21:30:02&nbsp;首次发布</span></div></div></div></div>
<article class="baidu_pl">
<div id="article_content" class="article_content clearfix">
<div id="content_views" class="markdown_views prism-atom-one-light">
{body}
</div>
</div>
</article>
<div class="recommend-box"><div class="recommend-item-box"><a href="#"><h3>布隆过滤器原理详解</h3><div class="desc">布隆过滤器是一种空间效率很高的随机数据结构，它利用位数组很简洁地表示一个集合，并能判断一个元素是否属于这个集合。</div></a></div>
<div class="recommend-item-box"><a href="#"><h3>Redis中使用布隆过滤器防止缓存穿透</h3><div class="desc">缓存穿透是指查询一个一定不存在的数据，由于缓存是不命中时被动写的，并且出于容错考虑，如果从存储层查不到数据则不写入缓存。</div></a></div></div>
<div id="pcCommentBox" class="comment-box"><div class="comment-list-box"><ul class="comment-list"><li class="comment-line-box"><span class="name">路过的小透明</span>：<span class="comment">请问误判率1%在实际业务里够用吗？我们这边对数据准确性要求比较高。</span><span class="date">2023.11.10</span></li></ul></div></div>
</div>
</main>
</div>
<div id="toolBarBox" class="more-toolbox-new"><div class="left-toolbox"><a>点赞</a><a>踩</a><a>收藏</a><a>评论</a><a>分享</a></div></div>
<div class="blog-footer-bottom">关于我们 招贤纳士 商务合作 寻求报道 400-660-0108 在线客服 工作时间 8:30-22:00 公安备案号11010502030143 京ICP备19004658号 京网文〔2020〕1039-165号 ©1999-2024北京创新乐知网络技术有限公司</div>
</body>
</html>
"""


# --- 10. press release on a company site -------------------------------------------------------------
PRESS = [
    "2024年8月15日，深圳——智联机器人科技有限公司（以下简称“智联机器人”）今日宣布，正式推出新一代协作机械臂产品ZL-7，最大负载提升至12公斤，重复定位精度达到±0.02毫米。",
    "ZL-7采用自研一体化关节模组，整机重量较上一代降低18%，可在狭小工位中灵活部署。产品内置力矩传感器，碰撞检测响应时间小于10毫秒，无需安全围栏即可与工人协同作业。",
    "智联机器人首席执行官赵明远表示：“制造业客户最关心的是部署速度和投资回报。ZL-7支持拖拽示教和图形化编程，普通产线工人经过半天培训即可上手，平均部署周期缩短至3天。”",
    "目前，ZL-7已在汽车零部件、3C电子和食品包装等行业完成试点应用，首批订单超过2000台。产品将于9月起在全国范围内正式发售。",
    "关于智联机器人",
    "智联机器人科技有限公司成立于2016年，总部位于深圳，专注于协作机器人及智能制造解决方案的研发与生产，产品已销往全球30多个国家和地区。",
]


@page(
    id="press_release",
    encoding="gb18030",
    title="智联机器人发布新一代协作机械臂ZL-7",
    published="2024-08-15",
    author="UNKNOWN",
    paragraphs=PRESS,
    kind="press release",
)
def _press(p):
    body = ps(p[:4], "<p>{}</p>") + f"\n<p><strong>{p[4]}</strong></p>\n<p>{p[5]}</p>"
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>新闻中心 - 智联机器人发布新一代协作机械臂ZL-7 - 智联机器人官网</title>
<meta name="keywords" content="协作机器人,机械臂,智联机器人">
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/static/img/logo.svg" alt="智联机器人"></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/products/">产品中心</a><ul class="sub"><li><a href="#">ZL系列协作臂</a></li><li><a href="#">移动复合机器人</a></li><li><a href="#">视觉套件</a></li></ul></li><li><a href="/solutions/">解决方案</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/about/">关于我们</a></li><li><a href="/contact/">联系我们</a></li></ul>
<div class="lang"><a href="/en/">EN</a></div></div></div>
<div class="banner-inner"><img src="/static/img/news-banner.jpg"><div class="banner-txt"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>
<div class="container news-detail">
<div class="left-col"><div class="sub-nav"><a class="on" href="/news/company/">公司新闻</a><a href="/news/industry/">行业动态</a><a href="/news/media/">媒体报道</a></div></div>
<div class="right-col">
<div class="news-title"><h3>智联机器人发布新一代协作机械臂ZL-7</h3><div class="news-info"><span>发布时间：2024-08-15</span><span>浏览次数：1286</span></div></div>
<div class="news-content">
{body}
<p style="text-align:center;"><img src="/uploads/2024/08/zl7.jpg" alt="ZL-7"></p>
<p>媒体联系：<br>品牌部 李女士<br>电话：0755-86661234<br>邮箱：pr@example.com</p>
</div>
<div class="news-page"><p>上一篇：<a href="#">智联机器人亮相世界人工智能大会</a></p><p>下一篇：<a href="#">智联机器人获评国家级专精特新“小巨人”企业</a></p></div>
</div></div>
<div class="footer"><div class="container"><div class="f-nav"><dl><dt>产品中心</dt><dd><a href="#">ZL系列协作臂</a></dd><dd><a href="#">移动复合机器人</a></dd></dl><dl><dt>关于我们</dt><dd><a href="#">公司简介</a></dd><dd><a href="#">发展历程</a></dd></dl></div>
<div class="f-contact"><p>服务热线：400-800-1234</p><p>地址：深圳市南山区科技园某某大厦18层</p></div>
<div class="copyright">Copyright © 2024 智联机器人科技有限公司 All Rights Reserved. 粤ICP备17000001号</div></div></div>
</body>
</html>
"""


# --- 11. short story next to a long related-news list (hard case for density) ----------------------
SHORT = [
    "本报讯（记者 何佳）9月3日，市交通运输局发布消息，本市首批20辆L4级自动驾驶公交车将于9月10日起在高新区开通试运营，市民可免费乘坐。",
    "据了解，试运营线路全长约12公里，沿途设置16个站点，运营时间为每天7时至19时，发车间隔约15分钟。试运营期间，每辆车上均配有一名安全员，遇到紧急情况时可随时接管车辆。",
]


@page(
    id="short_story_related",
    encoding="gbk",
    title="首批自动驾驶公交下周开通试运营",
    published="2024-09-03",
    author="何佳",
    paragraphs=SHORT,
    kind="short story",
)
def _short(p):
    related = [
        "市政协委员建议加快推进智慧停车系统建设，缓解老城区停车难问题",
        "高新区今年新增5G基站1200个，重点区域实现连续覆盖，市民上网体验明显改善",
        "全市公交线网优化方案征求意见，拟新开和调整线路共28条，请市民踊跃提出建议",
        "暑期出行高峰过后，地铁客流回落，部分线路将调整晚高峰运营时间，请乘客留意",
        "新能源汽车充电桩进小区试点启动，首批覆盖50个老旧小区，居民可申请安装",
        "市民热线：周末骑行绿道部分路段施工，请绕行滨河路或者选择其他出行方式",
        "机场快线工程进入铺轨阶段，预计明年年底通车，届时市区到机场只需三十分钟",
        "交警部门提醒：开学季学校周边道路车流量增大，请家长错峰接送学生，注意安全",
        "网约车新规实施一周年，平台合规率提升至85%，乘客投诉量同比下降三成左右",
        "本市发布低空经济发展三年行动计划，无人机配送将在五个区开展常态化试点",
        "共享单车停放乱象整治见成效，电子围栏覆盖主城区主要地铁站和商圈周边",
        "城市道路智慧信号灯改造完成，主干道平均通行时间缩短约百分之十二",
    ]
    related_html = "\n".join(
        f'<li><a href="/news/2024-09/{i:02d}.html" title="{t}">{t}</a><span class="time">2024-09-0{1 + i % 3}</span></li>'
        for i, t in enumerate(related)
    )
    # an old page that declares no charset at all: the bytes are GBK
    return f"""<html>
<head>
<title>首批自动驾驶公交下周开通试运营--城市新闻--某某日报网</title>
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/city/">本地</a> | <a href="/china/">国内</a> | <a href="/world/">国际</a> | <a href="/tech/">科技</a> | <a href="/photo/">图片</a> | <a href="/epaper/">数字报</a></div>
<div class="wrap">
<div class="position">当前位置：<a href="/">某某日报网</a> &gt; <a href="/city/">城市新闻</a></div>
<div class="con_left">
<h1>首批自动驾驶公交下周开通试运营</h1>
<div class="info">2024-09-03 08:12:07　来源：某某日报　作者：何佳　<a href="#">【大 中 小】</a></div>
<div class="content">
{ps(p, "<p>　　{}</p>")}
</div>
<div class="editor">（编辑：孙丽）</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a></div>
<div class="xgxw"><div class="tit">相关新闻</div><ul>
{related_html}
</ul></div>
</div>
<div class="con_right"><div class="phb"><div class="tit">点击排行</div><ol><li><a href="#">周末天气：晴到多云 最高气温32℃</a></li><li><a href="#">这些道路今晚起施工，请绕行</a></li><li><a href="#">市区新开三家社区食堂</a></li></ol></div></div>
</div>
<div class="bottom">关于我们 | 广告服务 | 联系方式 | 版权声明<br>某某日报社主办 版权所有 未经书面授权禁止使用<br>互联网新闻信息服务许可证编号：10120170001 ICP备案号：豫ICP备05000001号</div>
</body>
</html>
"""


# --- 12. story split over sibling <div>s with images and captions between -------------------------
SPLIT = [
    "走进位于苏州工业园区的一家智能工厂，记者看到的是另一番景象：偌大的车间里只有零星几名工人，自动导引车沿着地面标识来回穿梭，把物料送到各个工位。",
    "这家工厂主要生产新能源汽车用的电机控制器。厂长介绍，过去一条产线需要40名工人，改造后只需要8人，产品一次合格率从96%提升到了99.5%。",
    "自动导引车在车间内运送物料。记者 徐晨 摄",
    "改造的关键在于视觉检测。以前，焊点质量靠工人用放大镜一个个看，不仅慢，还容易漏检。现在，产线上安装了十几台工业相机，配合深度学习算法，每个焊点的检测时间不到0.1秒。",
    "“算法刚上线的时候误报很多，好好的产品也被判成不合格。”负责视觉系统的工程师说，团队花了半年时间收集了二十多万张缺陷图片，反复训练模型，才把误报率降到千分之一以下。",
    "工业相机正在检测焊点质量。记者 徐晨 摄",
    "不过，改造也带来了新的问题。原来的操作工需要转岗成为设备维护人员，工厂为此专门开设了培训班，目前已有三十多名工人通过考核拿到了新岗位的上岗证。",
    "厂长坦言，智能化改造投入不小，整条产线花了将近三千万元，但按照目前的效率测算，三年左右就可以收回成本。",
]


@page(
    id="split_divs",
    encoding="utf-8",
    title="一家“无人车间”的转型账本",
    published="2024-04-18",
    author="徐晨",
    paragraphs=SPLIT,
    kind="split story",
)
def _split(p):
    chunks = []
    for i in range(0, 8, 3):  # two paragraphs, then a picture and its caption
        chunks.append(f'<div class="text-block">\n<p>{p[i]}</p>\n<p>{p[i + 1]}</p>\n</div>')
        if i + 2 < len(p):
            chunks.append(
                f'<div class="pic-block"><img src="/img/2024/0418/{i}.jpg"><p class="pic-desc">{p[i + 2]}</p></div>'
            )
    body = "\n".join(chunks)
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>一家“无人车间”的转型账本｜澎湃新闻</title>
<meta property="og:title" content="一家“无人车间”的转型账本">
<meta name="Keywords" content="智能制造,视觉检测">
</head>
<body>
<div class="head_banner"><div class="logo"><a href="/">澎湃新闻</a></div><ul class="nav_list"><li><a href="#">要闻</a></li><li><a href="#">深度</a></li><li><a href="#">财经</a></li><li><a href="#">科技</a></li><li><a href="#">视频</a></li></ul></div>
<div class="main_lt">
<div class="newscontent">
<h1 class="news_title">一家“无人车间”的转型账本</h1>
<div class="news_about"><p>澎湃新闻记者 徐晨</p><p>2024-04-18 07:30 来源：澎湃新闻</p></div>
<div class="news_txt">
{body}
</div>
<div class="news_editor">责任编辑：刘畅　图片编辑：蒋立冬</div>
<div class="news_keyword">#智能制造 #视觉检测</div>
<div class="copyright_note">澎湃新闻报料：021-962866<br>澎湃新闻，未经授权不得转载</div>
</div>
<div class="news_hot"><h2>热新闻</h2><ul><li><a href="#">多地楼市出台新政，首付比例进一步下调</a></li><li><a href="#">高校毕业生就业季：这些岗位最缺人</a></li><li><a href="#">今年第一号台风生成，将影响华南沿海</a></li></ul></div>
</div>
<div class="footer">上海东方报业有限公司 版权所有 沪ICP备14003370号</div>
</body>
</html>
"""


# --- 13. story with a table inside ---------------------------------------------------------------
TABLE = [
    "国家统计局日前公布的数据显示，今年上半年，我国规模以上工业中，与人工智能相关的部分产品产量保持较快增长。其中，服务器、工业机器人和集成电路的产量增速均明显高于全部工业平均水平。",
    "具体数据如下：",
    "产品 产量 同比增长\n工业机器人 28.3万套 9.6%\n服务机器人 537.7万套 -4.9%\n集成电路 2071亿块 28.9%\n3D打印设备 95.2万台 51.6%",
    "分析人士指出，集成电路产量的大幅增长，一方面得益于消费电子需求回暖，另一方面也与国产替代进程加快有关。服务机器人产量下降，则主要受扫地机器人等产品出口放缓影响。",
    "业内预计，随着各地智能制造项目陆续落地，下半年工业机器人需求有望继续保持增长态势。",
]


@page(
    id="table_story",
    encoding="gbk",
    title="上半年工业机器人产量增长9.6% 集成电路增长28.9%",
    published="2024-07-20",
    author="UNKNOWN",
    paragraphs=TABLE,
    kind="table",
)
def _table(p):
    rows = [r.split(" ") for r in p[2].split("\n")]
    table = (
        '<table class="data" border="1" cellspacing="0">\n'
        + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        + "\n</table>"
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<title>上半年工业机器人产量增长9.6% 集成电路增长28.9%_财经频道_东方资讯网</title>
</head>
<body>
<div id="header"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/finance/">财经</a></li><li><a href="/stock/">股票</a></li><li><a href="/fund/">基金</a></li><li><a href="/data/">数据</a></li></ul></div>
<div id="stock_bar"><span>上证指数 2,967.40 <em>+0.36%</em></span> <span>深证成指 8,808.31 <em>-0.12%</em></span> <span>创业板指 1,673.24 <em>+0.18%</em></span></div>
<div id="main">
<div class="article">
<h1>上半年工业机器人产量增长9.6% 集成电路增长28.9%</h1>
<div class="source">2024年07月20日 14:05 &nbsp; 东方资讯网 &nbsp; 作者：本网综合</div>
<div id="ContentBody" class="Body">
<p>　　{p[0]}</p>
<p>　　{p[1]}</p>
{table}
<p>　　{p[3]}</p>
<p>　　{p[4]}</p>
<p class="em_media">（文章来源：东方资讯网）</p>
</div>
<div class="reading">（责任编辑：DF010）</div>
<div class="disclaimer">郑重声明：东方资讯网发布此信息的目的在于传播更多信息，与本站立场无关。</div>
<div class="relate"><h3>相关阅读</h3><ul><li><a href="#">机器人概念股午后拉升 多只个股涨停</a></li><li><a href="#">半导体板块走强 机构看好下半年行情</a></li><li><a href="#">统计局：上半年GDP同比增长5.0%</a></li></ul></div>
</div>
</div>
<div id="footer">关于我们 | 联系我们 | 免责声明 | 网站地图<br>Copyright (C) 2004-2024 东方资讯网 All Rights Reserved 沪ICP证：沪B2-20070217</div>
</body>
</html>
"""


# --- 14. traditional Chinese Hong Kong/Taiwan news (Big5) ----------------------------------------
BIG5 = [
    "香港科技園公司昨日公布，今年上半年共有85間人工智能初創企業進駐園區，較去年同期增加約三成，其中近半數來自內地及海外。",
    "科技園行政總裁表示，園區今年將再投入十億港元擴建超級運算中心，預計明年第一季投入服務，屆時可為園區企業提供的運算能力將提升一倍。",
    "有進駐企業負責人指出，香港在法律制度、資金流動和國際人才方面有明顯優勢，但本地租金和人力成本偏高，希望政府在資助和稅務方面提供更多支援。",
    "創新科技及工業局局長早前表示，政府會繼續推動「產學研」合作，並研究為人工智能企業提供專項資助，吸引更多國際頂尖團隊來港發展。",
]


@page(
    id="big5_hk",
    encoding="big5",
    title="科技園上半年85間AI初創進駐 擬投十億擴建超算中心",
    published="2024-08-02",
    author="UNKNOWN",
    paragraphs=BIG5,
    kind="traditional",
)
def _big5(p):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>科技園上半年85間AI初創進駐 擬投十億擴建超算中心 - 港聞 - 香港某某報</title>
<meta name="description" content="香港科技園公司昨日公布，今年上半年共有85間人工智能初創企業進駐園區。">
<meta property="article:published_time" content="2024-08-02T05:30:00+08:00">
</head>
<body>
<div id="top"><a href="/">主頁</a> | <a href="/local/">港聞</a> | <a href="/china/">中國</a> | <a href="/world/">國際</a> | <a href="/finance/">經濟</a> | <a href="/sports/">體育</a> | <a href="/ent/">娛樂</a></div>
<div id="wrapper">
<div id="leftCol">
<div class="breadcrumb"><a href="/">主頁</a> &gt; <a href="/local/">港聞</a></div>
<h1 class="articleTitle">科技園上半年85間AI初創進駐 擬投十億擴建超算中心</h1>
<div class="articleDate">2024年8月2日 星期五 05:30　<span class="fontsize">字體：<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="articleBody">
{ps(p)}
</div>
<div class="articleShare">分享：<a>Facebook</a> <a>WhatsApp</a> <a>Telegram</a></div>
<div class="relatedNews"><h3>相關新聞</h3><ul><li><a href="#">數碼港推出人工智能資助計劃 每間企業最多獲二百萬</a></li><li><a href="#">本港大學聯手研發粵語大模型</a></li><li><a href="#">政府擬修例便利數據跨境流動</a></li></ul></div>
</div>
<div id="rightCol"><div class="box"><h3>即時新聞</h3><ul><li><a href="#">天文台：今日大致多雲 有幾陣驟雨</a></li><li><a href="#">港股半日升120點 科指升1.2%</a></li><li><a href="#">機管局：暑假首周客運量創新高</a></li></ul></div><div class="box ad">廣告</div></div>
</div>
<div id="footer">© 2024 香港某某報有限公司 版權所有　<a href="#">私隱政策</a> | <a href="#">免責聲明</a> | <a href="#">聯絡我們</a></div>
</body>
</html>
"""


# --- 15. English news with a byline and a dateline ---------------------------------------------------
ENG1 = [
    "SHANGHAI, March 21 (Newswire) - A Chinese artificial intelligence start-up said on Thursday it had raised $600 million in a funding round led by two state-backed investment funds, valuing the company at about $2.5 billion.",
    "The Shanghai-based firm, which develops large language models for banks and insurers, said it would use the proceeds to buy computing capacity and hire researchers, according to a statement.",
    '"Our customers want models they can run inside their own data centres," chief executive Li Wen told reporters. "That is where we see the biggest demand over the next two years."',
    "Investment in Chinese AI companies has picked up this year after a slowdown in 2023, as local governments set up funds to support the industry and domestic chip supplies improve.",
    "Analysts, however, warned that competition was intensifying, with dozens of companies offering similar products and prices for model access falling sharply.",
    "The company did not disclose its revenue, but said the number of paying enterprise customers had more than doubled over the past twelve months.",
]


@page(
    id="english_byline",
    encoding="utf-8",
    title="Chinese AI start-up raises $600 million as state funds pile in",
    published="2024-03-21",
    author="Emily Zhang",
    paragraphs=ENG1,
    kind="english",
)
def _eng1(p):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chinese AI start-up raises $600 million as state funds pile in | World Business Daily</title>
<meta name="description" content="A Chinese artificial intelligence start-up said on Thursday it had raised $600 million.">
<meta property="og:title" content="Chinese AI start-up raises $600 million as state funds pile in">
<meta property="og:site_name" content="World Business Daily">
<meta name="article:published_time" content="2024-03-21T08:14:00Z">
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><div class="masthead"><a href="/">World Business Daily</a></div>
<nav aria-label="Main"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<div class="subscribe"><a href="/subscribe">Subscribe for $1 a week</a> <a href="/signin">Sign in</a></div></header>
<main id="main-content">
<article>
<header><div class="kicker"><a href="/technology">Technology</a></div>
<h1 data-testid="Heading">Chinese AI start-up raises $600 million as state funds pile in</h1>
<div class="byline">By <a href="/authors/emily-zhang" rel="author">Emily Zhang</a> and <a href="/authors/tom-baker">Tom Baker</a></div>
<div class="dateline"><time datetime="2024-03-21T08:14:00Z">March 21, 2024 8:14 AM UTC</time> <span>Updated 2 hours ago</span></div>
<div class="share-tools"><button>Share</button><a href="#">X</a><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">Email</a></div></header>
<div class="article-body">
{ps(p, '<p data-testid="paragraph">{}</p>')}
<p class="signoff">Reporting by Emily Zhang and Tom Baker; Editing by Mark Hollis</p>
<p class="trust">Our Standards: <a href="/principles">The Trust Principles.</a></p>
</div>
</article>
<aside class="read-next"><h2>Read Next</h2><ul><li><a href="#">China's chipmakers race to fill gap left by export curbs</a><span>March 20, 2024</span></li><li><a href="#">Asian shares rise as investors await central bank decisions</a><span>March 20, 2024</span></li><li><a href="#">Electric carmaker cuts prices again in crowded market</a><span>March 19, 2024</span></li></ul></aside>
</main>
<footer><p>&copy; 2024 World Business Daily. All rights reserved.</p><ul><li><a href="#">About</a></li><li><a href="#">Careers</a></li><li><a href="#">Privacy</a></li><li><a href="#">Cookies</a></li></ul></footer>
</body>
</html>
"""


# --- 16. English news without a byline (windows-1252) ------------------------------------------------
ENG2 = [
    "Hong Kong’s stock exchange will allow pre-revenue technology companies to list with a lower market value from next month, in a move aimed at attracting artificial intelligence and robotics firms that are still years away from profit.",
    "Under the revised rules, so-called specialist technology companies will need a market capitalisation of HK$4 billion at listing, down from HK$6 billion, the exchange said in a statement on Friday.",
    "The change follows a consultation with bankers and investors, many of whom argued that the previous threshold shut out promising firms at a time when private funding had become harder to secure.",
    "Bankers said at least a dozen companies were preparing applications under the new rules, including makers of industrial robots, autonomous driving software and AI chips.",
    "Some investor groups cautioned that looser rules could expose retail investors to greater risk, and urged the exchange to require clearer disclosure of research spending and cash burn.",
]


@page(
    id="english_plain",
    encoding="cp1252",
    title="Hong Kong eases listing rules for pre-profit tech firms",
    published="2024-09-13",
    author="UNKNOWN",
    paragraphs=ENG2,
    kind="english",
)
def _eng2(p):
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Hong Kong eases listing rules for pre-profit tech firms - Asia Markets Today</title>
<meta name="keywords" content="Hong Kong, listing, technology">
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="logo"><a href="/">Asia Markets Today</a></td><td class="topnav"><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/companies">Companies</a> | <a href="/economy">Economy</a> | <a href="/contact">Contact</a></td></tr></table>
<div id="container">
<div id="content">
<h2 class="headline">Hong Kong eases listing rules for pre-profit tech firms</h2>
<p class="posted">Posted on Friday, September 13, 2024 | Markets</p>
{ps(p)}
<p class="tags">Tags: <a href="#">Hong Kong</a>, <a href="#">IPO</a>, <a href="#">technology</a></p>
<div class="comments"><h3>2 Comments</h3>
<div class="comment"><p class="who">Daniel K. said on September 13, 2024 at 3:12 pm:</p><p>About time. Singapore and Shanghai have been competing hard for these listings, and Hong Kong cannot afford to fall behind.</p></div>
<div class="comment"><p class="who">Margaret said on September 14, 2024 at 9:40 am:</p><p>Lower thresholds mean more risk for small investors. I hope the disclosure rules are actually enforced this time.</p></div>
<h3>Leave a Reply</h3><form><textarea></textarea><input type="submit" value="Post Comment"></form></div>
</div>
<div id="sidebar"><h3>Recent Posts</h3><ul><li><a href="#">Yen slides to lowest level in a month</a></li><li><a href="#">Singapore exports rebound on chip demand</a></li><li><a href="#">Oil steady as traders weigh supply outlook</a></li></ul><h3>Archives</h3><ul><li><a href="#">September 2024</a></li><li><a href="#">August 2024</a></li></ul></div>
</div>
<div id="footer">Copyright &copy; 2024 Asia Markets Today. Powered by WordPress.</div>
</body>
</html>
"""


# --- 17. People's Daily-like page (GB2312, old-style divs, text in <br>-separated lines) ---------------
PEOPLE = [
    "本报北京10月9日电　（记者谷雨）记者从工业和信息化部获悉：截至今年8月底，我国已建成5G基站超过400万个，5G移动电话用户达到10亿户，5G网络已覆盖所有地级市城区和县城城区。",
    "工业和信息化部有关负责人介绍，5G应用已融入97个国民经济大类中的76个，在工业、矿业、电力、港口、医疗等行业形成了一批可复制推广的典型案例。“5G+工业互联网”项目数超过1.5万个，建成了一批5G工厂。",
    "下一步，工业和信息化部将持续推进5G网络向乡镇和农村延伸，加快5G轻量化技术的商用部署，并推动5G与人工智能、大数据等技术融合创新，培育更多新场景、新业态。",
]


@page(
    id="people_like",
    encoding="gb2312",
    title="我国5G基站超过400万个",
    published="2024-10-10",
    author="谷雨",
    paragraphs=PEOPLE,
    kind="state media",
)
def _people(p):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<title>我国5G基站超过400万个--通信--人民网</title>
<meta name="keywords" content="5G,基站" />
<meta name="description" content="截至今年8月底，我国已建成5G基站超过400万个。" />
<meta name="publishdate" content="2024-10-10">
<meta name="author" content="谷雨" />
<meta name="source" content="来源：人民网－人民日报">
</head>
<body>
<div class="header"><div class="w1000"><a href="/">人民网</a> &gt;&gt; <a href="/it/">通信</a></div><div class="nav"><a href="#">首页</a>|<a href="#">要闻</a>|<a href="#">5G</a>|<a href="#">互联网</a>|<a href="#">手机</a></div></div>
<div class="clearfix w1000_320 text_title">
<h3 class="pre"></h3>
<h1>我国5G基站超过400万个</h1>
<h4 class="sub">移动电话用户达到10亿户</h4>
<p class="author">本报记者 谷雨</p>
<div class="box01"><div class="fl">2024年10月10日06:18 | 来源：<a href="http://paper.example.com/">人民网－人民日报</a></div><div class="fr"><div class="fx">分享到：</div></div></div>
</div>
<div class="clearfix w1000_320 text_con" id="rwb_zw">
<div class="fl text_con_left">
<div class="box_con" id="rwb_zw">
{ps(p)}
<p>　　《 人民日报 》（ 2024年10月10日 02 版）</p>
<div class="zdfy clearfix"></div>
<div class="box_pic"></div>
<div class="edit clearfix">(责编：杨曦、袁勃)</div>
</div>
<div class="box_news"><h2>相关新闻</h2><ul><li><a href="#">我国千兆光网覆盖超过5亿户家庭</a></li><li><a href="#">工信部：加快推动6G技术研发</a></li></ul></div>
<div class="box_stop"><div class="title">关注公众号：人民网财经</div></div>
</div>
<div class="fr text_con_right"><div class="ph"><h2>排行榜</h2><ol><li><a href="#">人民网评：让科技创新成果惠及更多群众</a></li><li><a href="#">秋季新品手机扎堆发布</a></li></ol></div></div>
</div>
<div class="copyright">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br />Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</div>
</body>
</html>
"""


# ===================================================================================================
# Blind batch: written after the rules were fixed on the pages above, scored once as they came out.
# ===================================================================================================

# --- b1. Sohu-like article with a feed of recommended stories (each with a punctuated summary) -----
SOHU = [
    "近日，一家专注于农业无人机的企业发布了2024年上半年运营数据：其植保无人机累计作业面积突破3亿亩次，同比增长约四成。",
    "该企业负责人介绍，今年新推出的机型加入了多光谱相机，可以在飞行过程中识别作物长势和病虫害分布，再根据识别结果调整喷洒量，平均能节省农药用量两成左右。",
    "在新疆、黑龙江等地，越来越多的种植大户开始把无人机作为常规农机使用。一位新疆棉农算了一笔账：过去人工打药一天只能完成几十亩，现在一台无人机一天能作业上千亩。",
    "不过，业内人士也提醒，农业无人机的普及仍面临飞手短缺、售后网点不足等问题，部分偏远地区的农户在设备出现故障后，往往要等上好几天才能修好。",
]


@page(
    id="sohu_feed",
    encoding="utf-8",
    title="植保无人机上半年作业面积突破3亿亩次",
    published="2024-07-16",
    author="UNKNOWN",
    paragraphs=SOHU,
    kind="portal feed",
    batch="blind",
)
def _sohu(p):
    feed = [
        (
            "外卖骑手的新搭档：智能头盔开始在多个城市试点",
            "头盔内置语音助手和摄像头，骑手不用掏手机就能接单、导航，平台表示将根据试点效果决定是否推广。",
        ),
        (
            "高温天气持续，多地电网负荷创历史新高",
            "国家电网表示，将通过跨区域调度和需求侧响应保障电力供应，并呼吁用户错峰用电、合理设置空调温度。",
        ),
        (
            "暑期档电影票房突破百亿元，国产动画表现亮眼",
            "据猫眼专业版数据，今年暑期档已有三部国产动画电影票房超过十亿元，观众评价普遍较高。",
        ),
        (
            "二手手机回收价格走低，这些型号跌得最多",
            "多家回收平台的数据显示，旗舰机型发布一年后的回收价平均下降四成，部分中端机型跌幅更大。",
        ),
        (
            "新能源重卡销量大增，换电模式受青睐",
            "今年上半年，新能源重卡销量同比增长超过一倍，其中换电车型占比接近一半，主要用于港口和矿区运输。",
        ),
    ]
    feed_html = "\n".join(
        f'<div data-role="news-item" class="news-wrapper"><h4><a href="/a/{780000 + i}">{t}</a></h4><p class="news-desc">{d}</p><div class="other"><span>搜狐号</span> <span>{3 + i}小时前</span></div></div>'
        for i, (t, d) in enumerate(feed)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>植保无人机上半年作业面积突破3亿亩次_作业_农户_企业</title>
<meta name="keywords" content="作业,农户,企业,无人机">
<meta name="description" content="近日，一家专注于农业无人机的企业发布了2024年上半年运营数据">
<meta property="og:type" content="news">
<meta property="og:title" content="植保无人机上半年作业面积突破3亿亩次">
<meta property="og:release_date" content="2024-07-16 09:12">
<meta name="mediaid" content="农业科技观察">
</head>
<body>
<div class="head-container"><div class="area"><div class="left"><a href="/">搜狐首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a></div><div class="right"><a href="#">登录</a></div></div></div>
<div class="location-without-nav"></div>
<div class="area clearfix" id="article-container">
<div class="left main">
<div class="text">
<div class="text-title"><h1>植保无人机上半年作业面积突破3亿亩次</h1>
<div class="article-info"><span class="time" id="news-time">2024-07-16 09:12</span><span data-role="original-link">发布于：<a href="#">北京市</a></span></div></div>
<article class="article" id="mp-editor">
<p data-role="original-title" style="display:none">原标题：植保无人机上半年作业面积突破3亿亩次</p>
{ps(p)}
<p><a href="/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom">返回搜狐，查看更多</a></p>
<p data-role="editor-name">责任编辑：<span></span></p>
</article>
<div id="articleTransfer"></div>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap clear type-3"><div class="read-wrap"><span class="read-num">阅读 (<em>2856</em>)</span></div></div>
</div>
<div id="comment_area"><div class="comment-head"><span class="title">我来说两句</span><span>0人参与，0条评论</span></div><div class="comment-empty">来说两句吧...</div></div>
<div class="god-article-bottom"><div class="title">搜狐“我来说两句” 用户公约</div></div>
<div id="groomRead"><h3 class="title">推荐阅读</h3>
{feed_html}
<div class="more-load-btn">加载更多</div></div>
</div>
<div class="sidebar right"><div class="user-info"><div class="user-pic"></div><h4>农业科技观察</h4><dl><dt>文章</dt><dd>2816</dd><dt>总阅读</dt><dd>1.2亿</dd></dl></div>
<div class="hot-article"><div class="title">作者文章</div><ul><li><a href="#">智慧农场里的“新农具”</a></li><li><a href="#">秋粮生产形势总体向好</a></li></ul></div></div>
</div>
<div class="footer"><p>Copyright © 2024 Sohu All Rights Reserved</p><p>搜狐公司 版权所有</p></div>
</body>
</html>
"""


# --- b2. NetEase-like page (GBK) with 跟贴 and a next-stories list --------------------------------
NETEASE = [
    "（原标题：高校开设人工智能通识课 学生“抢课”热情高）",
    "新学期开学，国内多所高校面向全体本科生开设了人工智能通识课程。记者了解到，这类课程不要求编程基础，主要讲授人工智能的基本原理、典型应用以及相关的伦理和法律问题。",
    "在南方一所综合性大学，首批开放的800个选课名额在十分钟内被抢光。学校教务处负责人表示，将根据学生需求增开教学班，并计划把这门课纳入通识必修课。",
    "“以前觉得人工智能离自己很远，现在写论文、查资料都会用到。”一名历史系大二学生说，她希望通过这门课了解大模型是怎么工作的，也想知道哪些用法是合规的。",
    "也有教师提醒，通识课不能只停留在工具使用层面，更重要的是培养学生的批判性思维，让他们学会判断机器生成内容的可靠性。",
]


@page(
    id="netease_gbk",
    encoding="gbk",
    title="高校开设人工智能通识课 学生“抢课”热情高",
    published="2024-09-05",
    author="UNKNOWN",
    paragraphs=NETEASE,
    kind="portal",
    batch="blind",
)
def _netease(p):
    return f"""<!DOCTYPE HTML>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>高校开设人工智能通识课 学生“抢课”热情高|人工智能|高校_网易新闻</title>
<meta name="keywords" content="人工智能,高校" />
<meta name="description" content="高校开设人工智能通识课 学生“抢课”热情高,人工智能,高校" />
<meta name="author" content="网易" />
<meta property="article:published_time" content="2024-09-05T11:26:00+08:00" />
</head>
<body>
<div class="N-nav-top"><div class="N-nav-top-main"><a href="#">网易首页</a><a href="#">应用</a><a href="#">新闻</a><a href="#">体育</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">汽车</a><a href="#">科技</a><a href="#">手机</a></div></div>
<div class="wrapper clearfix">
<div class="post_main">
<h1 class="post_title">高校开设人工智能通识课 学生“抢课”热情高</h1>
<div class="post_info">2024-09-05 11:26:00　来源: <a href="#">中国青年报</a><img src="/img/icon.png" /><span class="post_wemedia_name">北京</span></div>
<div class="post_content" id="content">
<div class="post_body">
{ps(p)}
</div>
<div class="post_statement"><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p></div>
<div class="post_author">本文来源：中国青年报 作者：刘文静 责任编辑：王晓宇_NE0011</div>
</div>
<div class="post_tie_top"><a href="#">跟贴 <span>126</span></a> 参与 <span>3421</span></div>
<div class="tie-hot"><h3>热门跟贴</h3>
<div class="tie-item"><div class="tie-author">网易湖南省长沙市网友</div><div class="tie-cnt">通识课早就该开了，不然学生只会用不会想，写出来的东西千篇一律，老师一眼就能看出来。</div></div>
<div class="tie-item"><div class="tie-author">网易广东省网友</div><div class="tie-cnt">我们学校去年就开了，内容挺实用的，就是课时太少，很多内容只能一带而过，希望能增加实践环节。</div></div>
</div>
<div class="post_recommends"><h3>相关推荐</h3><ul>
<li><a href="#">教育部：推动人工智能融入教育教学全过程</a><span>09-04</span></li>
<li><a href="#">多地中小学试点人工智能课程，教材怎么编？</a><span>09-03</span></li>
<li><a href="#">大学生求职季：会用AI工具成了加分项</a><span>09-02</span></li>
</ul></div>
</div>
<div class="post_side"><div class="side_hot"><h3>热点新闻</h3><ul><li><a href="#">中秋国庆假期火车票开售</a></li><li><a href="#">多家银行调整存款利率</a></li></ul></div></div>
</div>
<div class="N-nav-bottom">网易公司版权所有 &copy;1997-2024 <a href="#">About NetEase</a> | <a href="#">公司简介</a> | <a href="#">联系方法</a> | <a href="#">招聘信息</a> | <a href="#">客户服务</a> | <a href="#">隐私政策</a></div>
</body>
</html>
"""


# --- b3. Hugo-style personal blog (UTF-8) -----------------------------------------------------------
HUGO = [
    "上个月把家里的旧笔记本改成了一台小服务器，跑一个本地的语音转文字服务，用来整理每周的会议录音。记一下过程。",
    "机器是2017年的轻薄本，8G内存，没有独立显卡。一开始担心跑不动，实际试下来，用小尺寸的语音识别模型，一小时的录音大概二十分钟能转完，准确率对普通话会议来说够用。",
    "部署上没有什么难点，主要是两件事：一是把系统的休眠关掉，合上盖子也不能睡；二是给服务加了一个简单的网页上传界面，家里人用手机也能传文件。",
    "最麻烦的反而是说话人区分。会议里好几个人轮流发言，转出来的文字全挤在一起。后来加了一个说话人分离的步骤，效果一般，但至少能分出段落，后期手动校对轻松了不少。",
    "整体来说，旧电脑拿来做这类不赶时间的批处理任务很合适，电费一个月也就几块钱。",
]


@page(
    id="hugo_blog",
    encoding="utf-8",
    title="旧笔记本改造成语音转文字服务器",
    published="2024-04-07",
    author="阿澄",
    paragraphs=HUGO,
    kind="static blog",
    batch="blind",
)
def _hugo(p):
    return f"""<!doctype html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>旧笔记本改造成语音转文字服务器 | 阿澄的自留地</title>
<meta name="author" content="阿澄">
<meta name="description" content="上个月把家里的旧笔记本改成了一台小服务器">
<meta property="og:title" content="旧笔记本改造成语音转文字服务器">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="2024-04-07T21:05:33+08:00">
<meta property="article:modified_time" content="2024-04-09T10:00:00+08:00">
<meta name="generator" content="Hugo 0.124.1">
<link rel="alternate" type="application/rss+xml" href="/index.xml">
</head>
<body>
<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="阿澄的自留地 (Alt + H)">阿澄的自留地</a></div>
<ul id="menu"><li><a href="/archives/" title="归档"><span>归档</span></a></li><li><a href="/tags/" title="标签"><span>标签</span></a></li><li><a href="/search/" title="搜索"><span>搜索</span></a></li><li><a href="/about/" title="关于"><span>关于</span></a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">主页</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">旧笔记本改造成语音转文字服务器</h1>
<div class="post-meta"><span title="2024-04-07 21:05:33 +0800 CST">2024年4月7日</span>&nbsp;·&nbsp;1 分钟&nbsp;·&nbsp;阿澄</div>
</header>
<div class="toc"><details><summary><span class="details">目录</span></summary><div class="inner"><ul><li><a href="#机器">机器</a></li><li><a href="#部署">部署</a></li></ul></div></details></div>
<div class="post-content">
{ps(p)}
</div>
<footer class="post-footer">
<ul class="post-tags"><li><a href="/tags/%E8%87%AA%E5%BB%BA/">自建</a></li><li><a href="/tags/%E8%AF%AD%E9%9F%B3/">语音</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/nas/"><span class="title">« 上一页</span><br><span>给NAS换了一块硬盘</span></a><a class="next" href="/posts/router/"><span class="title">下一页 »</span><br><span>路由器刷机小记</span></a></nav>
</footer>
<div id="disqus_thread"><noscript>Please enable JavaScript to view the comments.</noscript></div>
</article>
</main>
<footer class="footer"><span>&copy; 2024 <a href="/">阿澄的自留地</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="#">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link">↑</a>
</body>
</html>
"""


# --- b4. gov.cn-like policy interpretation page, div layout (UTF-8) --------------------------------
GOVDIV = [
    "近日，国务院办公厅印发《关于加快发展智慧养老服务的指导意见》（以下简称《意见》）。国家发展改革委有关负责同志就《意见》出台的背景和主要内容回答了记者提问。",
    "问：《意见》出台的背景是什么？",
    "答：我国老年人口规模大、增长快，养老服务需求日益多样化。近年来，各地积极探索运用互联网、物联网和人工智能等技术提升养老服务水平，取得了积极成效，但也存在产品适老化程度不高、服务标准不统一等问题。出台《意见》，就是要系统部署、加快推进。",
    "问：《意见》提出了哪些重点任务？",
    "答：《意见》从四个方面提出了重点任务：一是丰富智慧养老产品供给，二是推动服务场景创新应用，三是完善标准和评价体系，四是加强数据安全和个人信息保护。",
    "问：下一步如何推动《意见》落地？",
    "答：我们将会同有关部门加强统筹协调，组织开展智慧养老应用试点，及时总结推广典型经验，并加强对地方工作的指导和督促。",
]


@page(
    id="gov_div",
    encoding="utf-8",
    title="国家发展改革委有关负责同志就《关于加快发展智慧养老服务的指导意见》答记者问",
    published="2024-06-12",
    author="UNKNOWN",
    paragraphs=GOVDIV,
    kind="government",
    batch="blind",
)
def _govdiv(p):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>国家发展改革委有关负责同志就《关于加快发展智慧养老服务的指导意见》答记者问_政策解读_中国政府网</title>
<meta name="keywords" content="智慧养老,指导意见">
<meta name="firstpublishedtime" content="2024-06-12-17:30:21">
<meta name="lastmodifiedtime" content="2024-06-12-18:02:10">
<meta name="catalog" content="政策解读">
<meta name="contentid" content="CONT_2024061201">
<meta name="author" content="国家发展改革委网站">
<meta name="source" content="国家发展改革委网站">
</head>
<body>
<div class="header"><div class="header_box"><a class="logo" href="/">中国政府网</a><ul class="nav"><li><a href="#">首页</a></li><li><a href="#">新闻</a></li><li><a href="#">专题</a></li><li><a href="#">政策</a></li><li><a href="#">互动</a></li><li><a href="#">服务</a></li><li><a href="#">数据</a></li></ul><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; <a href="/zhengce/jiedu/">政策解读</a></div>
<div class="article oneColumn pub_border">
<h1 id="ti">国家发展改革委有关负责同志就《关于加快发展智慧养老服务的指导意见》答记者问</h1>
<div class="pages-date">2024-06-12 17:30 <span class="font">来源： 国家发展改革委网站</span><span class="font index_switchsize">【字体：<span>大</span><span>中</span><span>小</span>】</span><span class="font print"><a href="javascript:void(0)">打印</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{ps(p, '<p style="text-indent: 2em;">{}</p>')}
</div>
<div class="editor">【我要纠错】 责任编辑：张悦</div>
<div class="share"><span>扫一扫在手机打开当前页</span><img src="/qr.png"></div>
<div class="related"><div class="related_title">相关稿件</div><ul><li><a href="#">国务院办公厅关于加快发展智慧养老服务的指导意见</a></li><li><a href="#">图解：智慧养老服务怎么发展？</a></li><li><a href="#">民政部：推动养老服务数字化转型</a></li></ul></div>
</div>
<div class="footer"><div class="footer_box"><p><a href="#">中国政府网微博、微信</a> | <a href="#">网站说明</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p><p>版权所有：中国政府网 中文域名：中国政府网.政务</p><p>网站标识码bm01000001 京ICP备05070218号 京公网安备11010202000001号</p></div></div>
</body>
</html>
"""


# --- b5. Zhihu-like column article -------------------------------------------------------------------
ZHIHU = [
    "这两年身边不少朋友问我，文科生现在转行做数据分析还来得及吗？我自己就是中文系毕业，工作第三年转的行，说说我的经历和看法。",
    "先说结论：来得及，但别指望速成。数据分析的门槛看起来不高，会用表格、懂一点SQL就能找到入门岗位，可真正拉开差距的是业务理解和提出问题的能力，这恰恰是文科背景可以发挥的地方。",
    "我转行的第一年基本都在补基础。每天下班后学两个小时，先把SQL练熟，再学一点Python做数据清洗，统计学则是边用边补。最有用的其实是把公司里现成的报表一张张拆开，弄清楚每个指标是怎么算出来的。",
    "面试的时候，我没有和计算机专业的同学拼技术细节，而是重点讲自己做过的两个分析项目：问题是怎么提出来的，数据从哪里来，结论最后有没有被业务采纳。面试官后来告诉我，这正是他们最看重的部分。",
    "最后提醒一句，现在很多基础的取数工作已经可以交给AI工具完成，只会写查询语句的岗位会越来越少。想转行的朋友，最好从一开始就把精力放在理解业务和讲清楚结论上。",
]


@page(
    id="zhihu_column",
    encoding="utf-8",
    title="文科生转行做数据分析，还来得及吗？",
    published="2024-03-02",
    author="林间有风",
    paragraphs=ZHIHU,
    kind="q&a column",
    batch="blind",
)
def _zhihu(p):
    return f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light">
<head>
<meta charset="utf-8"/>
<title data-rh="true">文科生转行做数据分析，还来得及吗？ - 知乎</title>
<meta data-rh="true" name="description" content="这两年身边不少朋友问我，文科生现在转行做数据分析还来得及吗？"/>
<meta data-rh="true" property="og:title" content="文科生转行做数据分析，还来得及吗？"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:site_name" content="知乎专栏"/>
</head>
<body>
<div id="root"><div class="App-main">
<header class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader"><a href="/">知乎</a><span>首发于</span><a href="/column/data">数据人成长记</a><div class="ColumnPageHeader-Button"><button>写文章</button></div></div></header>
<main role="main"><div class="Post-content">
<article class="Post-Main Post-NormalMain" tabindex="-1">
<header class="Post-Header"><h1 class="Post-Title">文科生转行做数据分析，还来得及吗？</h1>
<div class="Post-Author"><div class="AuthorInfo"><a class="UserLink-link" href="/people/linjian">林间有风</a><div class="AuthorInfo-badge">数据分析师</div><button>关注他</button></div></div>
<div><span class="Voters"><button>328 人赞同了该文章</button></span></div></header>
<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">
{"".join(f'<p data-pid="Qv{i}">{x}</p>' for i, x in enumerate(p))}
</div></div></div>
<div class="ContentItem-time">发布于 2024-03-02 10:11・IP 属地北京</div>
<div class="Post-topicsAndReviewer"><div class="TopicList"><a href="#">数据分析</a><a href="#">转行</a><a href="#">职业规划</a></div></div>
<div class="RichContent-actions"><button>赞同 328</button><button>32 条评论</button><button>分享</button><button>喜欢</button><button>收藏</button></div>
</article>
<div class="Post-Sub Post-NormalSub"><div class="Comments-container"><div class="CommentsV2"><div class="Topbar">32 条评论</div>
<div class="CommentItem"><span class="UserLink">小鹿乱撞</span><div class="CommentContent">同样中文系，正在学SQL，看完很受鼓舞，请问您当时是怎么找到第一个分析项目的？</div></div>
<div class="CommentItem"><span class="UserLink">Tom</span><div class="CommentContent">最后一段说得很对，取数的活已经越来越少了，业务理解才是核心竞争力。</div></div></div></div>
<div class="Recommendations-Main"><h3>推荐阅读</h3>
<a class="PostItem" href="#"><div class="PostItem-title">从零开始的SQL学习路线</div><div class="PostItem-summary">很多人问SQL应该怎么学，这里整理了一份我自己用过的路线，从基础查询到窗口函数，每一步都配了练习题。</div></a>
<a class="PostItem" href="#"><div class="PostItem-title">数据分析师的一天都在做什么？</div><div class="PostItem-summary">早上看数据看板，中午开需求会，下午写分析报告，这篇文章记录了我作为数据分析师的普通一天。</div></a></div></div>
</div></main></div></div>
<script id="js-initialData" type="text/json">{{"initialState":{{"entities":{{"articles":{{"6838":{{"title":"文科生转行做数据分析，还来得及吗？","created":1709345460,"updated":1709345460}}}}}}}}}}</script>
</body>
</html>
"""


# --- b6. AP-like English wire story ------------------------------------------------------------------
AP = [
    "WASHINGTON (AP) — Federal regulators on Tuesday proposed new rules requiring companies that sell AI-powered hiring tools to disclose how their systems rank job applicants, a move that labor advocates have sought for years.",
    "The proposal would require vendors to publish summaries of the data used to train their models and to test the tools annually for bias against protected groups. Employers that use the software would have to tell applicants when an automated system is involved in screening.",
    "“Workers deserve to know when a machine is making decisions about their livelihood,” the agency’s chair said at a news conference.",
    "Industry groups said they supported transparency in principle but warned that some requirements could expose trade secrets. The public will have 60 days to comment on the proposal before it can be finalized.",
    "Several states, including New York and Colorado, have already passed laws regulating automated hiring tools, creating what businesses describe as a patchwork of rules.",
]


@page(
    id="ap_english",
    encoding="utf-8",
    title="Regulators propose disclosure rules for AI hiring tools",
    published="2024-10-08",
    author="Jordan Ellis",
    paragraphs=AP,
    kind="english wire",
    batch="blind",
)
def _ap(p):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Regulators propose disclosure rules for AI hiring tools | Newswire</title>
<meta property="og:title" content="Regulators propose disclosure rules for AI hiring tools">
<meta property="og:site_name" content="Newswire">
<meta name="author" content="JORDAN ELLIS">
</head>
<body>
<div class="Page-header"><div class="Page-header-bar"><a class="Page-logo" href="/">Newswire</a><nav class="Page-header-navigation"><ul><li><a href="/hub/us-news">U.S. News</a></li><li><a href="/hub/world-news">World News</a></li><li><a href="/politics">Politics</a></li><li><a href="/hub/business">Business</a></li><li><a href="/technology">Technology</a></li></ul></nav><a href="/donate" class="Page-donate">Donate</a></div></div>
<main class="Page-main">
<div class="Page-headline"><h1 class="Page-headline">Regulators propose disclosure rules for AI hiring tools</h1></div>
<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/author/jordan-ellis">JORDAN ELLIS</a></div><div class="Page-dateModified"><span>Updated 4:37 PM EDT, October 8, 2024</span></div></div>
<div class="Page-actions"><button>Share</button><button>Copy link</button><a href="#">Email</a><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a></div>
<div class="RichTextStoryBody RichTextBody">
{ps(p)}
<div class="Page-ad"><span>ADVERTISEMENT</span></div>
<p>___</p>
<p>Associated writer Priya Nair in Denver contributed to this report.</p>
</div>
<div class="Page-below"><div class="PageList-header"><h2>Most read</h2></div><ul><li><a href="#">Storm brings heavy rain to the Gulf Coast</a></li><li><a href="#">Stocks drift as investors wait for inflation data</a></li><li><a href="#">A small town library lends out telescopes</a></li></ul></div>
</main>
<footer class="Page-footer"><p>Copyright 2024 Newswire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p><ul><li><a href="#">Terms of Use</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Accessibility Statement</a></li></ul></footer>
</body>
</html>
"""


# --- b7. Taiwan news in traditional Chinese, UTF-8 ----------------------------------------------------
TW = [
    "（中央社記者許雅婷台北5日電）國內一家半導體封測大廠今天宣布，將投資新台幣300億元在中部科學園區興建先進封裝廠，預計2026年量產，主要生產人工智慧晶片所需的高階封裝產品。",
    "公司表示，全球人工智慧伺服器需求快速成長，先進封裝產能持續吃緊，新廠完工後可增加約三成產能，並創造一千個以上的就業機會。",
    "業界分析，先進封裝已成為提升晶片效能的關鍵技術之一，國際大廠紛紛擴大投資，台灣業者在這個領域具備技術與供應鏈優勢。",
]


@page(
    id="tw_utf8",
    encoding="utf-8",
    title="封測大廠砸300億建先進封裝廠 2026年量產",
    published="2024-06-05",
    author="許雅婷",
    paragraphs=TW,
    kind="traditional",
    batch="blind",
)
def _tw(p):
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>封測大廠砸300億建先進封裝廠 2026年量產 | 產經 | 某某新聞網</title>
<meta property="og:title" content="封測大廠砸300億建先進封裝廠 2026年量產 | 產經 | 某某新聞網">
<meta name="pubdate" content="2024-06-05T14:32:00+08:00">
</head>
<body>
<div id="header"><a href="/" class="logo">某某新聞網</a><ul class="mainMenu"><li><a href="#">即時</a></li><li><a href="#">政治</a></li><li><a href="#">國際</a></li><li><a href="#">兩岸</a></li><li><a href="#">產經</a></li><li><a href="#">證券</a></li><li><a href="#">科技</a></li><li><a href="#">生活</a></li></ul></div>
<div class="wrapper">
<div class="centralContent">
<div class="breadcrumb"><a href="/">首頁</a> / <a href="#">產經</a></div>
<h1><span>封測大廠砸300億建先進封裝廠 2026年量產</span></h1>
<div class="updatetime"><span>2024/06/05 14:32（6/5 15:10 更新）</span></div>
<div class="shareBar"><a>Facebook</a><a>Line</a><a>複製連結</a><span>字級</span></div>
<div class="paragraph">
{ps(p)}
<p>（編輯：張良知）1130605</p>
</div>
<div class="moreArticle"><h2>延伸閱讀</h2><ul><li><a href="#">AI伺服器需求旺 供應鏈營收創新高</a></li><li><a href="#">中科園區擴建計畫通過環評</a></li><li><a href="#">半導體人才缺口擴大 大學增設專班</a></li></ul></div>
</div>
<div class="sideBar"><div class="popNews"><h3>熱門新聞</h3><ol><li><a href="#">颱風動態 氣象署最新說明</a></li><li><a href="#">台股盤中站上新高</a></li></ol></div></div>
</div>
<div id="footer">本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。 © 2024 某某新聞網</div>
</body>
</html>
"""


# --- b8. short story under a comment section longer than the story ----------------------------------
COMMENTS = [
    "本报讯 日前，市图书馆推出“AI借阅助手”服务，读者在馆内任意一台查询机上说出想找的书名或主题，系统就会推荐相关图书并显示所在书架位置。",
    "图书馆工作人员介绍，该服务上线一周以来，日均使用量超过两千人次，其中六十岁以上读者占比约三成。下一步，图书馆还将把这项服务接入手机端。",
]


@page(
    id="long_comments",
    encoding="gb18030",
    title="市图书馆推出AI借阅助手",
    published="2024-11-20",
    author="UNKNOWN",
    paragraphs=COMMENTS,
    kind="short story + comments",
    batch="blind",
)
def _comments(p):
    comments = [
        (
            "书虫老王",
            "这个功能太好用了！我上周去找一本讲宋代历史的书，说了个大概的名字，它马上就告诉我在三楼哪个书架，比以前自己在书架之间转来转去找省事多了，希望别的图书馆也能学一学。",
        ),
        (
            "晴天",
            "建议再加一个预约功能，有些热门的书总是被借走，如果能在查询的时候直接预约，等书还回来以后发短信通知就更方便了，现在还得专门去服务台登记，排队很麻烦。",
        ),
        (
            "退休教师张",
            "我今年七十多岁了，以前不太会用电脑查书，现在对着机器说话就行，工作人员也很耐心地教我们怎么用，给图书馆点个赞，也希望以后字能再大一点，看着更清楚。",
        ),
        (
            "路人甲",
            "技术是好技术，但也要注意保护读者的隐私，借阅记录、查询记录这些数据怎么保存、保存多久，图书馆应该公开说明一下，让大家用得放心，这个问题不能忽视。",
        ),
        (
            "小林",
            "周末带孩子去试了一下，孩子说想看恐龙的书，系统一下子推荐了十几本，还分了适合几岁看的，挺贴心的，就是人多的时候要排队，查询机数量可以再增加一些。",
        ),
    ]
    comment_html = "\n".join(
        f'<li class="cmt-item"><div class="cmt-user">{u}</div><div class="cmt-body"><p>{c}</p></div><div class="cmt-time">2024-11-2{1 + i} 0{8 + i}:15</div></li>'
        for i, (u, c) in enumerate(comments)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GB18030">
<title>市图书馆推出AI借阅助手-本地新闻-某某晚报网</title>
</head>
<body>
<div class="topbar"><a href="/">首页</a> <a href="/local/">本地</a> <a href="/society/">社会</a> <a href="/culture/">文化</a> <a href="/bbs/">论坛</a></div>
<div class="main">
<div class="newsbox">
<div class="newstitle">市图书馆推出AI借阅助手</div>
<div class="newsinfo">发布时间：2024年11月20日 07:45　来源：某某晚报　浏览次数：<span>862</span></div>
<div class="newstext">
{ps(p, "<p>　　{}</p>")}
</div>
<div class="newsedit">编辑：何敏</div>
</div>
<div class="cmtbox">
<div class="cmt-title">网友留言（5）</div>
<ul class="cmt-list">
{comment_html}
</ul>
<div class="cmt-form"><textarea></textarea><button>提交留言</button></div>
</div>
</div>
<div class="footer">某某晚报社 版权所有 联系电话：0731-00000000 湘ICP备12000001号</div>
</body>
</html>
"""


# ===================================================================================================
# Second blind batch ("blind2"): written after the fixes made for the first blind batch.
# ===================================================================================================

# --- c1. ifeng-like article --------------------------------------------------------------------------
IFENG = [
    "凤凰网科技讯 11月6日，一家国产手机厂商在发布会上推出了自研的端侧大模型，可以在手机上离线完成通话摘要、照片搜索和文档翻译等任务。",
    "该厂商介绍，模型参数规模约为30亿，经过压缩后占用存储空间不到2GB，在旗舰机型上生成一句话的平均耗时约为0.3秒。由于数据不出手机，用户的通话和照片内容不会上传到云端。",
    "发布会上，厂商还演示了“一句话找照片”功能：用户说出“去年夏天在海边拍的日落”，系统就能从上万张照片中找出符合条件的几张。",
    "分析人士认为，端侧大模型正在成为手机厂商竞争的新焦点，但受限于手机的算力和功耗，复杂任务仍需要依靠云端模型完成，“端云结合”将是较长一段时间内的主流方案。",
]


@page(
    id="ifeng_like",
    encoding="utf-8",
    title="国产手机厂商发布端侧大模型 可离线完成通话摘要",
    published="2024-11-06",
    author="UNKNOWN",
    paragraphs=IFENG,
    kind="portal",
    batch="blind2",
)
def _ifeng(p):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>国产手机厂商发布端侧大模型 可离线完成通话摘要_凤凰网科技_凤凰网</title>
<meta name="keywords" content="端侧大模型,手机">
<meta name="og:time " content="2024-11-06 16:20:31">
<meta property="og:title" content="国产手机厂商发布端侧大模型 可离线完成通话摘要">
</head>
<body>
<div class="header-1"><div class="nav-1"><a href="#">凤凰网首页</a><a href="#">资讯</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">体育</a><a href="#">时尚</a><a href="#">汽车</a><a href="#">房产</a><a href="#">科技</a><a href="#">读书</a></div></div>
<div class="main-3"><div class="leftContent-2">
<div class="artical-1"><h1 class="topic-3">国产手机厂商发布端侧大模型 可离线完成通话摘要</h1>
<div class="info-2"><div class="time-3"><span>2024年11月06日 16:20:31</span><span class="source-1"><a href="#">凤凰网科技</a></span></div><div class="commentCount-1"><a href="#">0</a></div></div></div>
<div class="main_content-1"><div class="text-3">
{ps(p)}
</div></div>
<div class="editor-2">编辑 邓晓</div>
<div class="shareBox-1"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="hotNews-1"><h3 class="title-2">大家都在看</h3>
<div class="item-3"><a href="#"><img src="a.jpg"><p>新款折叠屏手机开售，首批备货迅速售罄</p></a></div>
<div class="item-3"><a href="#"><img src="b.jpg"><p>芯片设计公司发布新一代手机处理器</p></a></div>
<div class="item-3"><a href="#"><img src="c.jpg"><p>运营商推出5G-A套餐，下载速度提升一倍</p></a></div></div>
<div class="recommend-2"><h3>今日推荐</h3><ul><li><a href="#">智能手表能测血压了？医生提醒仅供参考</a><p>多款智能手表上线血压测量功能，但医生表示，这类数据只能作为参考，不能替代专业医疗设备。</p></li>
<li><a href="#">充电五分钟用一天，快充技术还能更快吗</a><p>手机快充功率已经突破200瓦，工程师介绍，继续提升将面临电池寿命和发热的双重限制。</p></li></ul></div>
</div>
<div class="rightContent-1"><div class="ad-2"><img src="ad.jpg"></div><div class="rank-1"><h3>科技热榜</h3><ol><li><a href="#">卫星互联网进入组网加速期</a></li><li><a href="#">国产大飞机累计交付突破百架</a></li></ol></div></div></div>
<div class="footer-1"><p>凤凰新媒体 版权所有 Copyright © 2024 Phoenix New Media Limited All Rights Reserved.</p></div>
</body>
</html>
"""


# --- c2. photo story: an intro and one caption per picture -------------------------------------------
PHOTO = [
    "11月的西北戈壁，一座大型光伏电站正在进行冬季检修。近千名工人和上百台机器人分工协作，要在一个月内完成四百万块光伏板的清洗和巡检。",
    "清晨，清扫机器人沿着光伏板的支架自动行进，用毛刷清除板面上的沙尘。（记者 马涛 摄）",
    "工程师在监控中心查看无人机传回的红外图像，发热异常的组件会被自动标记出来。（记者 马涛 摄）",
    "检修人员根据系统派发的工单，更换出现故障的接线盒。（记者 马涛 摄）",
    "夕阳下，完成检修的光伏阵列绵延数公里。电站负责人介绍，检修后发电效率预计可提高约百分之五。（记者 马涛 摄）",
]


@page(
    id="photo_story",
    encoding="utf-8",
    title="组图：戈壁光伏电站里的冬季检修",
    published="2024-11-22",
    author="UNKNOWN",
    paragraphs=PHOTO,
    kind="photo story",
    batch="blind2",
)
def _photo(p):
    pics = "\n".join(
        f'<div class="photo"><img src="/pic/2024/1122/{i}.jpg" alt=""><p class="photo-desc">{x}</p></div>'
        for i, x in enumerate(p[1:])
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>组图：戈壁光伏电站里的冬季检修 - 图片频道 - 西部日报网</title>
<meta name="publishdate" content="2024-11-22">
</head>
<body>
<div class="nav"><a href="/">首页</a><a href="/news/">新闻</a><a href="/photo/">图片</a><a href="/video/">视频</a><a href="/epaper/">数字报</a></div>
<div class="container">
<h1>组图：戈壁光伏电站里的冬季检修</h1>
<div class="meta">2024-11-22 10:05 来源：西部日报</div>
<div class="photo-article">
<p class="lead">{p[0]}</p>
{pics}
</div>
<div class="editor">责任编辑：赵一凡</div>
<div class="photo-more"><h3>更多图片</h3><ul><li><a href="#"><img src="m1.jpg"><span>雪后的高原铁路</span></a></li><li><a href="#"><img src="m2.jpg"><span>冬小麦田里的无人机</span></a></li><li><a href="#"><img src="m3.jpg"><span>夜色中的新港口</span></a></li></ul></div>
</div>
<div class="footer">西部日报社 版权所有 未经授权不得转载</div>
</body>
</html>
"""


# --- c3. story with an inline related box in its middle (yicai/jiemian-like) ------------------------
INLINE = [
    "第一财经记者从多位知情人士处获悉，国内某头部电商平台正在内部测试一款面向商家的AI客服产品，计划在明年“618”前向全部商家开放。",
    "知情人士介绍，这款产品可以根据商品详情页和历史聊天记录自动回答买家的常见问题，遇到退换货、投诉等复杂情况时再转交人工处理。在小范围测试中，它能独立处理约七成的咨询。",
    "对于中小商家而言，客服成本一直是一笔不小的开支。一位经营服装店铺的商家告诉记者，大促期间她需要临时招聘五六名客服，人均月薪在五千元左右，“如果AI能接住大部分咨询，能省下一半以上的费用”。",
    "不过，也有商家担心AI回答出错会引发纠纷。对此，平台方面表示，商家可以随时查看和修改AI的回复规则，平台也会对涉及价格、售后承诺的回答做额外审核。",
    "业内人士指出，电商平台推出AI客服，一方面是为了降低商家经营成本，另一方面也有助于提升平台整体的服务响应速度。但在实际使用中，如何平衡效率和消费者体验，仍需要时间检验。",
]


@page(
    id="inline_related",
    encoding="utf-8",
    title="电商平台内测AI客服 明年618前向全部商家开放",
    published="2024-10-30",
    author="UNKNOWN",
    paragraphs=INLINE,
    kind="inline related",
    batch="blind2",
)
def _inline(p):
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<title>电商平台内测AI客服 明年618前向全部商家开放</title>
<meta name="description" content="国内某头部电商平台正在内部测试一款面向商家的AI客服产品。">
</head>
<body>
<header class="m-header"><a href="/" class="logo">第一财经</a><nav><a href="#">首页</a><a href="#">新闻</a><a href="#">股市</a><a href="#">金融</a><a href="#">科技</a><a href="#">汽车</a></nav></header>
<div class="m-container"><div class="m-left">
<div class="title"><h1>电商平台内测AI客服 明年618前向全部商家开放</h1>
<p><em>一财网</em> <em>2024-10-30 19:41:02</em></p><h2>AI客服可独立处理约七成咨询。</h2></div>
<div class="intro">责编：吕倩</div>
<div class="m-txt">
<p>{p[0]}</p>
<p>{p[1]}</p>
<div class="m-inline-related"><div class="hd">相关阅读</div><ul><li><a href="#">直播电商增速放缓，平台纷纷加码货架电商</a></li><li><a href="#">“双11”预售开启，多平台简化满减规则</a></li></ul></div>
<p>{p[2]}</p>
<p>{p[3]}</p>
<p>{p[4]}</p>
</div>
<div class="m-copyright">举报</div>
<div class="m-tags"><a href="#">电商</a><a href="#">AI客服</a></div>
<div class="m-list"><h3>文章作者</h3><div class="author">吕倩</div><h3>一财最热</h3><ul><li><a href="#">银行理财收益率整体回落</a></li><li><a href="#">新能源汽车下乡活动启动</a></li></ul></div>
</div></div>
<footer class="m-footer">© 第一财经 保留一切权利 沪ICP备14042234号</footer>
</body>
</html>
"""


# --- c4. old GB2312 page, text in one <div> cut by <br><br>, <font> tags ------------------------------
OLDBR = [
    "本报记者 陈立",
    "　　昨天，记者从市科技局获悉，我市首个人工智能公共算力平台已于近日投入试运行，首期提供相当于200台高性能服务器的计算能力，重点服务本地中小企业和科研院所。",
    "　　据介绍，企业只需在平台网站上注册并提交使用申请，审核通过后即可按需租用算力，价格比市场平均水平低约三成。对于符合条件的初创企业，平台还将提供一定额度的免费算力。",
    "　　市科技局有关负责人表示，算力平台是我市推动人工智能产业发展的重要基础设施，下一步将根据使用情况逐步扩容，并引入更多行业数据和算法模型。",
]


@page(
    id="old_br_gb2312",
    encoding="gb2312",
    title="我市首个人工智能公共算力平台试运行",
    published="2024-05-29",
    author="陈立",
    paragraphs=OLDBR[1:],
    kind="old br page",
    batch="blind2",
)
def _oldbr(p):
    text = "<br><br>".join([OLDBR[0], *p])
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我市首个人工智能公共算力平台试运行</title>
<style type="text/css">.f14 {{font-size:14px; line-height:24px}}</style>
</head>
<body topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.gif"></td></tr>
<tr><td bgcolor="#0066CC" class="white"><a href="/">首页</a> | <a href="/news/">新闻中心</a> | <a href="/bbs/">社区论坛</a> | <a href="/epaper/">电子版</a></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="180" valign="top" bgcolor="#F0F0F0"><table width="100%"><tr><td><b>新闻排行</b></td></tr><tr><td><a href="#">・市区道路改造工程启动</a></td></tr><tr><td><a href="#">・夏季用电高峰即将到来</a></td></tr><tr><td><a href="#">・高考考点公布</a></td></tr></table></td>
<td width="598" valign="top">
<div align="center"><font size="4" color="#CC0000"><b>我市首个人工智能公共算力平台试运行</b></font></div>
<div align="center"><font color="#666666">2024-05-29 08:06:22　　某某日报</font></div>
<hr size="1" color="#CCCCCC">
<div class="f14"><font face="宋体">{text}</font></div>
<br>
<div align="right">【<a href="#">发表评论</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<table width="100%"><tr><td><b>相关链接</b></td></tr><tr><td><a href="#">・我市出台人工智能产业扶持政策</a> (2024-04-12)</td></tr><tr><td><a href="#">・科技局召开企业座谈会</a> (2024-03-08)</td></tr></table>
</td></tr></table>
<table width="778" border="0" align="center"><tr><td align="center" class="gray">版权所有 某某日报社 Copyright 2003-2024<br>地址：某某市人民路1号 邮编：000000</td></tr></table>
</body>
</html>
"""


# --- c5. Medium-like English tech blog -----------------------------------------------------------------
MEDIUM = [
    "Last year our team moved a search service from keyword matching to vector retrieval. This post covers what went well, what did not, and what we would do differently.",
    "Why we changed",
    'Users kept searching with phrases that never appeared in our documents. A query like "cannot log in after password reset" returned nothing useful, because the help article was titled "Account recovery".',
    "What worked",
    "Embedding the documents in chunks of about 300 words gave the best balance between precision and context. Smaller chunks lost meaning; larger ones diluted it.",
    "Keeping keyword search as a fallback turned out to matter more than we expected. Product names and error codes are still best matched exactly.",
    "What we would do differently",
    "We underestimated the cost of re-embedding. Every model upgrade meant reprocessing millions of chunks, so next time we would version the embeddings from day one.",
    "Query success rate before and after the switch.",
]


@page(
    id="medium_english",
    encoding="utf-8",
    title="What we learned moving search to vectors",
    published="2024-02-14",
    author="Sam Okafor",
    paragraphs=MEDIUM,
    kind="english blog",
    batch="blind2",
)
def _medium(p):
    parts = []
    for x in p[:-1]:  # the last is the figure's caption
        parts.append(
            f'<h2 class="pw-post-body-paragraph">{x}</h2>'
            if len(x) < 40
            else f'<p class="pw-post-body-paragraph">{x}</p>'
        )
    body = "\n".join(parts)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What we learned moving search to vectors | by Sam Okafor | Engineering Notes | Medium</title>
<meta property="og:title" content="What we learned moving search to vectors">
<meta name="author" content="Sam Okafor">
<meta property="article:published_time" content="2024-02-14T17:03:11.245Z">
</head>
<body>
<div id="root"><div class="a b c"><div class="metabar"><a href="/">Medium</a><a href="/m/signin">Sign in</a><a href="/m/signup">Get started</a></div>
<article><div class="l"><section><div>
<h1 data-testid="storyTitle" class="pw-post-title">What we learned moving search to vectors</h1>
<div class="pw-author"><a href="/@samokafor">Sam Okafor</a> · <button>Follow</button></div>
<div><span>Published in <a href="/engineering-notes">Engineering Notes</a></span> · <span data-testid="storyReadTime">4 min read</span> · <span>Feb 14, 2024</span></div>
<div class="clap"><button>312</button><button>5</button></div>
{body}
<figure><img src="chart.png"><figcaption>{p[-1]}</figcaption></figure>
</div></section></div></article>
<div class="post-footer"><div><a href="/tag/search">Search</a><a href="/tag/machine-learning">Machine Learning</a></div><div><button>312</button><span>Responses (5)</span></div>
<div class="written-by"><h2>Written by Sam Okafor</h2><p>1.2K Followers · Editor for Engineering Notes</p><p>Search and ranking engineer. Writing about things that broke in production.</p><button>Follow</button></div>
<div class="more-from"><h2>More from Sam Okafor</h2><a href="#"><h3>Ranking is a product decision</h3><p>Why the best model offline is rarely the best one in front of users.</p></a></div></div>
<div class="footer"><a href="#">Help</a><a href="#">Status</a><a href="#">About</a><a href="#">Careers</a><a href="#">Privacy</a><a href="#">Terms</a></div>
</div></div>
</body>
</html>
"""


# --- c6. huxiu-like article with a 本文来自微信公众号 credit line -----------------------------------
HUXIU = [
    "最近两个月，我陆续和十几家做AI应用的创业公司聊了聊，一个明显的感受是：大家不再谈论“颠覆”，而是开始认真算账。",
    "一家做企业知识库的公司创始人说，去年他们靠讲故事拿到了融资，今年投资人第一个问题就是“毛利率多少”。调用大模型的成本占到他们收入的四成，这让很多客户的订单看起来不那么划算。",
    "另一家做营销文案工具的公司则选择了更务实的路线：不再追求覆盖所有行业，而是专注服务跨境电商卖家，把产品做深。他们的付费客户数量在半年内翻了一番。",
    "当然，算账不等于没有机会。多位创业者都提到，随着模型价格持续下降，一些去年还不成立的商业模式，今年已经可以跑通了。关键是找到那些客户愿意付钱、而且大厂暂时看不上的细分需求。",
]


@page(
    id="huxiu_like",
    encoding="utf-8",
    title="AI创业者开始认真算账了",
    published="2024-08-28",
    author="木子",
    paragraphs=HUXIU,
    kind="tech media",
    batch="blind2",
)
def _huxiu(p):
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>AI创业者开始认真算账了-虎嗅网</title>
<meta name="keywords" content="AI,创业">
<meta name="description" content="最近两个月，我陆续和十几家做AI应用的创业公司聊了聊。">
</head>
<body>
<div class="header"><a class="logo" href="/">虎嗅</a><ul class="nav"><li><a href="#">资讯</a></li><li><a href="#">24小时</a></li><li><a href="#">视频</a></li><li><a href="#">会员</a></li><li><a href="#">活动</a></li></ul><a class="login" href="#">登录</a></div>
<div class="article-wrap">
<h1 class="article__title">AI创业者开始认真算账了</h1>
<div class="article__author-info"><a class="author-name" href="#">木子的创业笔记</a><span class="article__time">2024-08-28 14:05</span><span>关注</span></div>
<div class="article__content" id="article-content">
<div class="top-label">本文来自微信公众号：<a href="#">木子的创业笔记（ID：muzi_notes）</a>，作者：木子，题图来自：视觉中国</div>
{ps(p)}
<div class="bottom-label">本文来自微信公众号：木子的创业笔记（ID：muzi_notes），作者：木子</div>
<div class="neirong-shouquan"><span>本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@example.com</span></div>
<div class="neirong-shouquan-public">如对本稿件有异议或投诉，请联系 tougao@example.com</div>
</div>
<div class="article-share"><span>分享到</span><a>微信</a><a>微博</a></div>
<div class="comment-wrap"><div class="title">评论</div><div class="comment-item"><div class="name">路人乙</div><div class="content">说得太对了，今年融资明显难了，投资人只看收入和利润。</div></div></div>
<div class="recommend-wrap"><div class="title">相关推荐</div><ul><li><a href="#">大模型降价潮之后，应用层迎来窗口期</a></li><li><a href="#">一家AI初创公司的生存账本</a></li></ul></div>
</div>
<div class="footer">Copyright © 虎嗅网 京ICP备12013432号-1</div>
</body>
</html>
"""


# --- c7. a flash-news page: one short item among similar ones -----------------------------------------
FLASH = [
    "36氪获悉，国内一家人形机器人公司宣布完成5亿元B轮融资，由产业资本领投。公司表示，本轮资金将用于量产线建设和核心零部件研发，预计明年交付量达到千台级别。",
]


@page(
    id="flash_news",
    encoding="utf-8",
    title="人形机器人公司完成5亿元B轮融资",
    published="2024-12-03",
    author="UNKNOWN",
    paragraphs=FLASH,
    kind="flash",
    batch="blind2",
)
def _flash(p):
    others = [
        (
            "某新能源车企11月交付量同比增长62%",
            "该车企公布数据显示，11月共交付新车4.2万辆，同比增长62%，环比增长8%，今年累计交付量已超过去年全年。",
        ),
        (
            "央行开展1000亿元逆回购操作",
            "中国人民银行今日以利率招标方式开展了1000亿元7天期逆回购操作，中标利率与此前持平，保持银行体系流动性合理充裕。",
        ),
        (
            "某视频平台上线AI字幕翻译功能",
            "该平台表示，新功能支持二十多种语言的实时字幕翻译，创作者上传视频后可一键生成多语言字幕，目前向部分用户开放。",
        ),
    ]
    items = "\n".join(
        f'<div class="newsflash-item"><a class="item-title" href="#">{t}</a><div class="item-desc">{d}</div><span class="time">1小时前</span></div>'
        for t, d in others
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>人形机器人公司完成5亿元B轮融资-36氪</title>
<meta name="description" content="{p[0][:40]}">
</head>
<body>
<div class="kr-header"><a href="/">36氪</a><ul><li><a href="#">快讯</a></li><li><a href="#">推荐</a></li><li><a href="#">科技</a></li></ul></div>
<div class="newsflash-detail">
<div class="item-title-box"><h1 class="item-title">人形机器人公司完成5亿元B轮融资</h1></div>
<div class="item-time">2024年12月03日 10:18</div>
<div class="item-desc"><p>{p[0]}</p></div>
<div class="item-related"><a href="#">原文链接</a></div>
<div class="share">分享至 微信 微博</div>
</div>
<div class="newsflash-list"><div class="list-title">最新快讯</div>
{items}
</div>
<div class="kr-footer">© 2011~2024 北京多氪信息科技有限公司 | 京ICP备12031756号-6</div>
</body>
</html>
"""


# ===================================================================================================
# Third blind batch ("blind3"): written after the list-of-stories rule, to try to break it and the
# other rules (a story that is itself a list of linked items, comments under an unnamed heading).
# ===================================================================================================

# --- d1. a listicle: the story is a list of linked tools ------------------------------------------------
LISTICLE = [
    "期末论文季到了，不少同学开始借助AI工具整理资料。我们试用了十几款产品，挑出五款对学生比较友好的，供大家参考。",
    "文献助手A：输入研究主题后，可以自动检索相关论文并生成摘要对比表，免费版每天可用二十次。",
    "写作助手B：擅长检查语法和逻辑衔接，会标出表述含糊的句子并给出修改建议，但不会直接代写。",
    "翻译工具C：支持整篇PDF翻译，公式和表格的排版基本能保持原样，适合阅读外文文献。",
    "笔记工具D：可以把课堂录音转成文字，并按知识点自动分段，方便复习时快速定位。",
    "绘图工具E：根据文字描述生成流程图和示意图，导出的图片可以直接插入论文。",
    "需要提醒的是，多数高校对论文中使用AI工具有明确规定，使用前最好先了解学校的相关要求，并在论文中如实说明。",
]


@page(
    id="listicle",
    encoding="utf-8",
    title="期末论文季，这五款AI工具对学生比较友好",
    published="2024-12-10",
    author="周可",
    paragraphs=LISTICLE,
    kind="listicle",
    batch="blind3",
)
def _listicle(p):
    items = "\n".join(
        f'<li class="tool-item"><a href="https://tool.example.com/{i}" target="_blank">{x.split("：")[0]}</a>：{x.split("：", 1)[1]}</li>'
        for i, x in enumerate(p[1:-1])
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>期末论文季，这五款AI工具对学生比较友好 - 校园科技 - 青年数码</title>
<meta name="author" content="周可">
<meta property="article:published_time" content="2024-12-10T12:00:00+08:00">
</head>
<body>
<nav class="top"><a href="/">首页</a><a href="/campus/">校园</a><a href="/review/">评测</a><a href="/app/">应用</a></nav>
<main><article class="post">
<h1>期末论文季，这五款AI工具对学生比较友好</h1>
<div class="byline">文/周可 · 2024-12-10</div>
<div class="post-body">
<p>{p[0]}</p>
<ul class="tool-list">
{items}
</ul>
<p>{p[-1]}</p>
</div>
</article>
<aside class="more"><h3>猜你喜欢</h3><ul><li><a href="#">大学生租房避坑指南</a></li><li><a href="#">考研复习时间怎么安排</a></li><li><a href="#">实习面试常见问题汇总</a></li></ul></aside></main>
<footer>© 2024 青年数码 保留所有权利</footer>
</body>
</html>
"""


# --- d2. V2EX-like post with replies under a plain heading ---------------------------------------------
V2EX = [
    "公司最近让我们评估一下把内部的代码评审接入大模型，想先听听大家的实际经验。",
    "我们的情况是：后端主要是Java和Go，每天大概有四五十个合并请求，评审主要靠组内资深同事，经常排队一两天。",
    "想问几个问题：一是模型给出的评审意见准确率大概怎么样？二是代码需要上传到外部服务吗，有没有能私有部署的方案？三是大家一般怎么处理模型提出的错误建议？",
    "先谢谢各位了。",
]


@page(
    id="v2ex_post",
    encoding="utf-8",
    title="有在生产环境用大模型做代码评审的吗？",
    published="2024-07-23",
    author="gopher_li",
    paragraphs=V2EX,
    kind="forum",
    batch="blind3",
)
def _v2ex(p):
    replies = [
        (
            "tangyuan",
            "1",
            "我们用了半年，简单的问题比如空指针、资源没关闭这类，它找得挺准，但涉及业务逻辑的基本帮不上忙，最后还是要人看。",
        ),
        (
            "coffee2",
            "2",
            "私有部署可以考虑开源模型，我们在内网跑了一个，效果比商业模型差一点，但胜在代码不出公司，安全部门那关好过。",
        ),
        (
            "nullptr",
            "3",
            "错误建议太多会让人麻木，我们的做法是只让它评论有把握的几类问题，其余的一律不输出，误报少了大家才愿意看。",
        ),
        ("gopher_li", "4", "感谢各位，很有参考价值，我先按三楼的思路试一下。"),
    ]
    cells = "\n".join(
        f'<div class="cell" id="r_{n}"><table><tr><td width="48"><img class="avatar" src="a.png"></td><td><strong><a href="/member/{u}" class="dark">{u}</a></strong> <span class="ago">2 天前</span> <span class="no">{n}</span><div class="reply_content">{t}</div></td></tr></table></div>'
        for u, n, t in replies
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>有在生产环境用大模型做代码评审的吗？ - 技术社区</title>
<meta property="og:title" content="有在生产环境用大模型做代码评审的吗？">
<meta property="og:description" content="公司最近让我们评估一下把内部的代码评审接入大模型">
</head>
<body>
<div id="Top"><div class="content"><a href="/">技术社区</a> <a href="/">首页</a> <a href="/notes">记事本</a> <a href="/t">时间轴</a> <a href="/settings">设置</a></div></div>
<div id="Wrapper"><div class="content">
<div id="Main">
<div class="box">
<div class="header"><div class="fr"><a href="/member/gopher_li"><img src="avatar.png" class="avatar"></a></div>
<a href="/">技术社区</a> <span class="chevron">›</span> <a href="/go/programmer">程序员</a>
<h1>有在生产环境用大模型做代码评审的吗？</h1>
<small class="gray"><a href="/member/gopher_li">gopher_li</a> · <span title="2024-07-23 09:41:07 +08:00">2024-07-23 09:41:07 +08:00</span> · 1893 次点击</small></div>
<div class="cell"><div class="topic_content"><div class="markdown_body">
{ps(p)}
</div></div></div>
<div class="topic_buttons"><a href="#" class="tb">加入收藏</a> <a href="#" class="tb">忽略主题</a> <a href="#" class="tb">感谢</a></div>
</div>
<div class="box"><div class="cell"><span class="gray">4 条回复 &nbsp;<strong class="snow">•</strong> &nbsp;2024-07-25 10:02:13 +08:00</span></div>
{cells}
</div>
</div>
<div id="Rightbar"><div class="box"><div class="cell">今日热议主题</div><div class="cell"><a href="#">大家的显示器都用多大的？</a></div><div class="cell"><a href="#">35岁以后还在写代码的请进</a></div></div></div>
</div></div>
<div id="Bottom"><div class="content">创意工作者们的社区 · World is powered by solitude · VERSION: 3.9.8.5</div></div>
</body>
</html>
"""


# --- d3. finance page with an inline quote widget, source and original-title lines --------------------
FINANCE = [
    "受益于人工智能服务器需求旺盛，多家光模块企业第三季度业绩大幅增长。据统计，A股八家主要光模块上市公司前三季度合计实现净利润超过百亿元，同比增长约1.5倍。",
    "其中，一家龙头企业前三季度营业收入同比增长近两倍，公司在业绩说明会上表示，高速光模块订单已排至明年上半年，正在加快海外工厂的扩产进度。",
    "不过，机构人士提醒，光模块行业技术迭代快，下一代产品的研发进度和客户认证情况，将决定企业能否保持当前的增长势头。投资者还需关注海外大客户资本开支的变化。",
]


@page(
    id="finance_widget",
    encoding="gbk",
    title="光模块企业三季报亮眼 前三季度合计净利超百亿",
    published="2024-10-31",
    author="UNKNOWN",
    paragraphs=FINANCE,
    kind="finance",
    batch="blind3",
)
def _finance(p):
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>光模块企业三季报亮眼 前三季度合计净利超百亿 _ 财经资讯</title>
</head>
<body>
<div class="topnav"><a href="/">首页</a> | <a href="#">行情</a> | <a href="#">数据</a> | <a href="#">股吧</a> | <a href="#">基金</a> | <a href="#">资讯</a></div>
<div class="main">
<div class="newsContent">
<h1>光模块企业三季报亮眼 前三季度合计净利超百亿</h1>
<div class="tipbox"><div class="infos"><div class="item">2024年10月31日 07:12</div><div class="item">来源：证券时报网</div></div><div class="share"><a>分享</a></div></div>
<div class="abstract"><div class="b-review">摘要</div><div class="txt">【光模块企业三季报亮眼 前三季度合计净利超百亿】八家主要光模块上市公司前三季度合计实现净利润超过百亿元。（证券时报）</div></div>
<div id="ContentBody" class="txtinfos">
<div class="stockcodec"><span class="name">中际旭创</span><span class="price">136.50</span><span class="zdf">+3.21%</span><a href="#">股吧</a><a href="#">行情</a></div>
{ps(p, "<p>　　{}</p>")}
<p class="res-edit">（文章来源：证券时报网）</p>
<p class="res-edit">（原标题：光模块企业三季报亮眼）</p>
</div>
<div class="editor">责任编辑：8</div>
<div class="declare">郑重声明：本网发布此信息的目的在于传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。</div>
<div class="relatedStock"><h3>相关个股</h3><ul><li><a href="#">新易盛</a> 98.30 +2.15%</li><li><a href="#">天孚通信</a> 101.20 +1.02%</li><li><a href="#">光迅科技</a> 45.60 -0.35%</li></ul></div>
<div class="guba"><h3>热门股吧帖子</h3><ul><li><a href="#">光模块还能上车吗？</a></li><li><a href="#">三季报超预期，明天高开？</a></li><li><a href="#">主力资金连续三天流入</a></li></ul></div>
</div>
</div>
<div class="footer">网站备案号：沪ICP证:沪B2-20070217 增值电信业务经营许可证 版权所有：某某信息科技有限公司</div>
</body>
</html>
"""


# --- d4. English feature with an inline "Related:" line and a pull quote -------------------------------
FEATURE = [
    "For decades, the small port town relied on fishing. Now its biggest employer is a data centre built on the site of a former cannery.",
    "The facility, which opened last spring, uses seawater to cool thousands of servers. Local officials say it has created about 300 jobs, most of them in maintenance and security.",
    "Not everyone is convinced. Some residents worry about the centre's electricity use, which rivals that of the town itself, and about what happens if the operator decides to leave.",
    "The company says it has signed a 20-year lease and is investing in a solar farm on the hills above the harbour to cover part of its demand.",
    "For now, the mood in town is cautiously optimistic. The cafe opposite the site has extended its opening hours, and the school has started a course in network engineering.",
]


@page(
    id="english_feature",
    encoding="utf-8",
    title="How a fishing town became a data centre hub",
    published="2024-05-18",
    author="Clara Mendes",
    paragraphs=FEATURE,
    kind="english feature",
    batch="blind3",
)
def _feature(p):
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>How a fishing town became a data centre hub - Coastal Times</title>
<meta property="og:title" content="How a fishing town became a data centre hub">
<meta property="article:published_time" content="2024-05-18T06:00:00+01:00">
<meta name="author" content="Clara Mendes">
</head>
<body>
<header><a href="/">Coastal Times</a><nav><a href="/news">News</a><a href="/business">Business</a><a href="/culture">Culture</a><a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>How a fishing town became a data centre hub</h1>
<p class="standfirst-author">By Clara Mendes · 18 May 2024</p>
<div class="article-body">
<p>{p[0]}</p>
<p>{p[1]}</p>
<p class="related-inline"><strong>Related:</strong> <a href="#">Why data centres are moving north</a></p>
<p>{p[2]}</p>
<blockquote class="pull-quote">"We were promised jobs, and the jobs came."</blockquote>
<p>{p[3]}</p>
<p>{p[4]}</p>
</div>
</article>
<section class="newsletter"><h2>Get the Coastal Times newsletter</h2><p>Sign up to get the day's top stories in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></section>
<section class="popular"><h2>Most popular</h2><ol><li><a href="#">Harbour bridge to close for repairs</a></li><li><a href="#">Council approves new bus routes</a></li><li><a href="#">Local team reaches cup final</a></li></ol></section>
</main>
<footer><p>© Coastal Times Ltd 2024</p></footer>
</body>
</html>
"""


# ===================================================================================================
# Fourth blind batch ("blind4"): written after the blind3 fixes, to measure where the rules stand.
# ===================================================================================================

# --- e1. replies without a heading, in a box named "replies" -------------------------------------------
REPLIES = [
    "记者从市交通委获悉，本市将于下月起在三条公交线路上试点“需求响应式”公交，乘客可以通过手机小程序预约上车点和下车点，系统根据实时需求规划行驶路线。",
    "试点线路主要覆盖新建居住区和产业园区之间的通勤走廊。交通委有关负责人表示，这些区域客流分散、潮汐明显，传统固定线路公交往往“早上挤不上、白天没人坐”。",
    "据介绍，试点期间票价与普通公交相同，预约成功后车辆会在约定时间前后五分钟内到达。若试点效果良好，将在更多区域推广。",
]


@page(
    id="replies_box",
    encoding="utf-8",
    title="三条公交线路试点预约出行",
    published="2024-12-12",
    author="UNKNOWN",
    paragraphs=REPLIES,
    kind="replies without heading",
    batch="blind4",
)
def _replies(p):
    replies = [
        (
            "住在新城的老陈",
            "终于等到了！我们小区到园区只有一趟公交，每天早上排队半小时，希望试点能早点覆盖到我们这边，票价一样就更好了。",
        ),
        (
            "通勤族小王",
            "预约公交听起来不错，但如果预约的人太多，车辆调度跟不上怎么办？希望交通部门在高峰期多准备一些车辆，别让大家白等。",
        ),
        (
            "一名公交司机",
            "我们司机也挺期待的，按需跑比空车跑强，不过路线每天都变，对司机熟悉道路的要求更高了，希望公司能多组织培训。",
        ),
    ]
    items = "\n".join(
        f'<div class="reply"><div class="reply-user">{u}</div><div class="reply-text">{t}</div><div class="reply-meta">12-12 1{i}:30 · 赞 {i * 5 + 3}</div></div>'
        for i, (u, t) in enumerate(replies)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>三条公交线路试点预约出行_本地_城市快报</title></head>
<body>
<div class="site-nav"><a href="/">首页</a><a href="/local/">本地</a><a href="/traffic/">交通</a><a href="/life/">生活</a></div>
<div class="page">
<h1 class="headline">三条公交线路试点预约出行</h1>
<div class="dateline">2024-12-12 08:30　城市快报</div>
<div class="story">
{ps(p)}
</div>
<div class="story-tools"><a href="#">点赞</a><a href="#">收藏</a><a href="#">分享</a></div>
<div class="replies">
{items}
</div>
</div>
<div class="site-footer">城市快报 版权所有</div>
</body>
</html>
"""


# --- e2. a left column of topic summaries before the story in the DOM ------------------------------
LEFTCOL = [
    "今年以来，我省新能源汽车产业保持快速增长。省工业和信息化厅最新数据显示，1至11月全省新能源汽车产量达到58万辆，同比增长46%，占全国产量的比重提高到约百分之五。",
    "产量增长的背后是产业链的持续完善。目前，全省已聚集整车企业12家、关键零部件企业300余家，动力电池、电驱动系统等核心部件的本地配套率超过六成。",
    "省工业和信息化厅有关负责人表示，下一步将围绕智能网联、固态电池等方向布局一批重大项目，推动产业从“规模扩张”向“质量提升”转变。",
]


@page(
    id="left_column",
    encoding="gb18030",
    title="前11月我省新能源汽车产量同比增长46%",
    published="2024-12-15",
    author="UNKNOWN",
    paragraphs=LEFTCOL,
    kind="left column first",
    batch="blind4",
)
def _leftcol(p):
    topics = [
        (
            "聚焦中央经济工作会议",
            "会议提出，要以科技创新引领新质生产力发展，建设现代化产业体系，加强基础研究和关键核心技术攻关。",
        ),
        ("2024年终盘点", "回望这一年，全省经济运行总体平稳、稳中有进，重点产业链韧性持续增强，一批重大项目建成投产。"),
        ("冬季安全生产", "各地各部门要压紧压实安全生产责任，深入开展隐患排查整治，坚决防范遏制重特大事故发生。"),
    ]
    left = "\n".join(f'<div class="topic"><a href="#"><h4>{t}</h4></a><p>{d}</p></div>' for t, d in topics)
    return f"""<!DOCTYPE html>
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"><title>前11月我省新能源汽车产量同比增长46%-省级新闻网</title></head>
<body>
<div class="head"><a href="/">省级新闻网</a> <a href="#">要闻</a> <a href="#">经济</a> <a href="#">社会</a> <a href="#">专题</a></div>
<div class="body-wrap">
<div class="col-left"><div class="col-title">专题</div>
{left}
</div>
<div class="col-main">
<h1>前11月我省新能源汽车产量同比增长46%</h1>
<div class="info">来源：省级新闻网　　2024-12-15 10:22</div>
<div class="content">
{ps(p, "<p>　　{}</p>")}
</div>
<div class="edit">（责编：李想）</div>
</div>
</div>
<div class="foot">省级新闻网 版权所有 ICP备案：XX ICP备10000001号</div>
</body>
</html>
"""


# --- e3. Hong Kong page in Big5 with 【專訊】 lead, a caption and a tags block -------------------------
HKBIG5 = [
    "【本報專訊】本港一間大學的研究團隊昨日宣布，成功研發一套以人工智能分析視網膜照片的系統，可在數秒內評估患者的心血管疾病風險，準確度與傳統血液檢查相若。",
    "研究團隊指出，系統以超過十萬張本地病人的視網膜照片訓練，毋須抽血，只需一部普通眼底相機即可完成檢查，適合在社區健康中心推廣。",
    "研究團隊在大學實驗室展示視網膜照片分析系統。",
    "團隊負責人表示，下一步會與公立醫院合作進行大規模臨床測試，希望兩年內可以應用於基層醫療。",
]


@page(
    id="hk_big5_caption",
    encoding="big5",
    title="大學研AI看眼睛 數秒評估心臟病風險",
    published="2024-12-18",
    author="UNKNOWN",
    paragraphs=HKBIG5,
    kind="traditional",
    batch="blind4",
)
def _hkbig5(p):
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>大學研AI看眼睛 數秒評估心臟病風險 - 港聞 - 本報網</title>
</head>
<body>
<div id="nav"><a href="/">首頁</a> | <a href="#">要聞</a> | <a href="#">港聞</a> | <a href="#">經濟</a> | <a href="#">副刊</a></div>
<div id="main">
<div class="date">2024年12月18日 星期三</div>
<h1>大學研AI看眼睛 數秒評估心臟病風險</h1>
<div id="upper">
<p>{p[0]}</p>
<p>{p[1]}</p>
<div class="photo"><img src="p.jpg"><div class="caption">{p[2]}</div></div>
<p>{p[3]}</p>
</div>
<div class="tags">相關字詞﹕<a href="#">人工智能</a> <a href="#">視網膜</a> <a href="#">心血管疾病</a></div>
<div class="prev-next"><a href="#">上一篇：本港冬季流感高峰期料下月出現</a> <a href="#">下一篇：機管局推智能行李追蹤服務</a></div>
</div>
<div id="footer">本網站內容版權屬本報所有</div>
</body>
</html>
"""


# --- e4. English story with an author bio box at the end ---------------------------------------------
BIO = [
    "A start-up that turns old electric-vehicle batteries into storage units for small shops has raised $40 million, its founders said on Wednesday.",
    "The company collects battery packs that no longer hold enough charge for driving, tests each cell and rebuilds them into cabinets that can power a convenience store for several hours.",
    "Its chief executive said demand had come mainly from shop owners in areas with unreliable grids, who previously depended on diesel generators.",
    "The funding will be used to open two new refurbishing plants next year.",
]


@page(
    id="english_bio",
    encoding="utf-8",
    title="Second-life battery start-up raises $40 million",
    published="2024-11-27",
    author="Daniel Osei",
    paragraphs=BIO,
    kind="english",
    batch="blind4",
)
def _bio(p):
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Second-life battery start-up raises $40 million – Energy Desk</title>
<meta name="author" content="Daniel Osei"><meta property="article:published_time" content="2024-11-27T10:00:00Z"></head>
<body>
<header class="masthead"><a href="/">Energy Desk</a><nav><a href="#">Power</a><a href="#">Oil &amp; Gas</a><a href="#">Renewables</a><a href="#">Climate</a></nav></header>
<article class="story">
<h1>Second-life battery start-up raises $40 million</h1>
<p class="meta">By Daniel Osei | November 27, 2024</p>
<div class="entry-content">
{ps(p)}
</div>
<div class="author-box"><img src="osei.jpg"><p><strong>Daniel Osei</strong> is a reporter covering energy storage and electric vehicles. He previously worked as an engineer at a solar company.</p></div>
<div class="tags">Filed under: <a href="#">Batteries</a>, <a href="#">Start-ups</a></div>
</article>
<footer>© 2024 Energy Desk</footer>
</body>
</html>
"""


# Fifth blind batch ("blind5"): pages where the story's container boundary matters (prose after the
# story that no heading or class name announces), written before any change for them and scored once.

# --- f1. story, then a list of long comments with no heading and no telling class names ------------
F1 = [
    "本报讯（记者 孙晓蕾）记者从市交通运输局获悉，本市首批自动驾驶公交线路将于下月起在高新区试运营，首期投放12辆车，覆盖地铁站、产业园和居民区之间的6.8公里接驳路段。",
    "据介绍，试运营期间每辆车上仍配备一名安全员，车辆最高时速限定在40公里，乘客可通过手机扫码或刷公交卡乘车，票价与普通公交一致。",
    "市交通运输局相关负责人表示，线路沿途已完成路侧感知设备和信号灯联网改造，车辆可以提前获取红绿灯倒计时，减少急刹和等待时间。",
    "这位负责人说，试运营为期半年，期间将根据客流和安全数据决定是否扩大范围，并适时取消车内安全员。",
]


@page(
    id="plain_comments",
    encoding="utf-8",
    title="首批自动驾驶公交线路下月在高新区试运营",
    published="2025-01-08",
    author="孙晓蕾",
    paragraphs=F1,
    kind="story + unlabelled comments",
    batch="blind5",
)
def _plain_comments(p):
    comments = [
        (
            "城西老李",
            "01-08 09:12",
            "我每天就在这条线上通勤，从地铁站到园区走路要二十多分钟，早上高峰的时候共享单车根本抢不到。如果自动驾驶公交能做到五分钟一班，那真是解决了大问题，希望试运营期间不要只在平峰时段跑，早晚高峰才最需要。",
        ),
        (
            "半糖去冰",
            "01-08 09:40",
            "说实话心里还是有点打鼓，虽然有安全员，但是遇到路口有电动车乱窜的情况，系统到底能不能及时反应？之前看过一些测试视频，遇到突然横穿的行人会刹得很急，站着的乘客容易摔倒，建议试运营期间只允许坐着乘车。",
        ),
        (
            "山海经",
            "01-08 10:05",
            "路侧设备和红绿灯联网这一块才是关键，单车智能做得再好也有盲区，车路协同能把路口的情况提前告诉车辆。这个思路是对的，就是不知道改造一条路要花多少钱，以后推广到全市的话，财政能不能承受得了，还需要算一笔细账。",
        ),
        (
            "夜跑的猫",
            "01-08 11:30",
            "票价和普通公交一样挺良心的，不过希望能在站台上加个实时到站显示，现在很多线路的电子站牌都是坏的，等车全靠运气。另外希望以后能开通到大学城的线路，学生对新东西接受度高，客流肯定不会差，也能帮着积累更多的数据。",
        ),
    ]
    items = "\n".join(
        f'<div class="i"><div class="u"><span>{name}</span> <em>{time}</em></div><div class="t">{text}</div><div class="a"><a href="#">回复</a> <a href="#">顶</a></div></div>'
        for name, time, text in comments
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>首批自动驾驶公交线路下月在高新区试运营_城市_本地新闻网</title>
<meta name="publishdate" content="2025-01-08 08:30:00"></head>
<body>
<div class="hd"><a href="/">首页</a> <a href="#">城市</a> <a href="#">交通</a> <a href="#">民生</a> <a href="#">视频</a></div>
<div class="wrap">
<div class="l">
<h1>首批自动驾驶公交线路下月在高新区试运营</h1>
<div class="inf">2025-01-08 08:30 来源：本地晚报</div>
<div class="txt">
{ps(p)}
<p class="ed">（责任编辑：王丹）</p>
</div>
<div class="box">
{items}
</div>
</div>
<div class="r"><div class="rt">热门</div><ul><li><a href="#">地铁三号线延长线开通时间确定</a></li><li><a href="#">本周末全市最低气温将降至零下</a></li></ul></div>
</div>
<div class="ft">Copyright © 本地新闻网 版权所有</div>
</body></html>
"""


# --- f2. story, then five sibling divs of other stories with long summaries, no class names ---------
F2 = [
    "新华财经上海1月9日电（记者 周远）国内一家大模型公司9日宣布完成新一轮融资，融资金额约为5亿美元，本轮由多家产业资本和地方国资基金联合领投，老股东继续跟投。",
    "该公司创始人在接受记者采访时表示，新一轮资金将主要用于采购训练算力、扩充研发团队以及拓展企业客户，公司计划在今年上半年发布新一代多模态模型。",
    "据了解，该公司成立于2023年，目前员工约400人，其大模型产品已在金融、政务和教育等领域落地，付费企业客户超过千家。",
    "业内人士认为，在基础模型竞争日趋激烈的背景下，头部企业正在加速整合资源，融资节奏和商业化能力将成为决定其能否留在牌桌上的关键因素。",
]


@page(
    id="plain_feed",
    encoding="utf-8",
    title="国内一大模型公司完成约5亿美元新一轮融资",
    published="2025-01-09",
    author="周远",
    paragraphs=F2,
    kind="story + unnamed feed",
    batch="blind5",
)
def _plain_feed(p):
    feed = [
        (
            "机器人企业扎堆赴港上市，估值分化明显",
            "今年以来已有五家机器人企业向港交所递交招股书，其中既有工业机器人厂商，也有服务机器人和人形机器人公司。分析人士指出，投资者越来越看重收入规模和毛利率，讲故事的空间正在缩小，估值分化将进一步加剧。",
        ),
        (
            "智能驾驶芯片出货量创新高，国产份额持续提升",
            "最新数据显示，去年国内乘用车前装智能驾驶芯片出货量同比增长超过六成，国产芯片的市场份额从不足两成提升至三成以上。多家车企表示，将在新车型上优先采用国产方案，以降低成本并保障供应安全。",
        ),
        (
            "多地出台算力券政策，中小企业用云成本下降",
            "为降低中小企业使用算力的门槛，多个城市推出了算力券，企业购买智算服务时可按一定比例抵扣费用。有企业负责人表示，补贴让模型微调的成本下降了约三成，但申请流程仍然较为繁琐，希望进一步简化。",
        ),
        (
            "AI眼镜销量爆发，供应链企业订单排到二季度",
            "随着多款AI眼镜新品上市，相关产品的线上销量在年末出现爆发式增长。光学模组、微型电池等上游供应商透露，目前订单已经排到今年二季度，部分厂商正在加紧扩产以满足客户需求。",
        ),
        (
            "数据标注行业迎来转型，专业标注员薪资上涨",
            "大模型训练对高质量数据的需求不断提高，数据标注行业正从简单的画框打标签转向需要专业知识的内容评估。一些公司开始招聘具有医学、法律背景的标注员，相关岗位的薪资较去年上涨了两到三成。",
        ),
    ]
    items = "\n".join(
        f'<div><h3><a href="/a/{i}.html">{t}</a></h3><div>{s}</div><div><span>财经频道</span> <span>1小时前</span></div></div>'
        for i, (t, s) in enumerate(feed)
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>国内一大模型公司完成约5亿美元新一轮融资 - 财经频道</title>
<meta property="article:published_time" content="2025-01-09T15:20:00+08:00"></head>
<body>
<div id="top"><a href="/">首页</a> <a href="#">财经</a> <a href="#">科技</a> <a href="#">公司</a></div>
<div id="c">
<div>
<h1>国内一大模型公司完成约5亿美元新一轮融资</h1>
<div>2025年01月09日 15:20　来源：新华财经</div>
<div>
{ps(p)}
</div>
<div>
{items}
</div>
</div>
</div>
<div id="foot">关于我们 | 联系方式 | 版权声明</div>
</body></html>
"""


# --- f3. story, then the author's bio as a plain paragraph after the story ---------------------------
F3 = [
    "过去一年，几乎每一家软件公司都在产品里加上了“智能助手”，但真正让用户离不开的功能并不多。在我看来，问题不在模型能力，而在于产品团队没有想清楚助手应该替用户完成哪一步工作。",
    "以办公软件为例，很多助手能写周报、改措辞，但用户真正头疼的是从十几个系统里找数据、对口径。如果助手不能接入这些系统，它写出来的周报再通顺，也只是一段需要人工核对的文字。",
    "另一个常见的误区是把对话框当成唯一入口。用户在表格里遇到问题时，更希望在当前单元格旁边就得到建议，而不是切换到侧边栏重新描述一遍上下文。",
    "因此，我更建议团队从一个高频、可衡量的环节入手，先把这一步做到足够可靠，再逐步扩展。与其做一个什么都能聊的助手，不如做一个在某件事上绝不出错的工具。",
]


@page(
    id="plain_bio",
    encoding="utf-8",
    title="软件里的AI助手，为什么用的人不多",
    published="2025-01-06",
    author="陈默",
    paragraphs=F3,
    kind="column + bio paragraph",
    batch="blind5",
)
def _plain_bio(p):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>软件里的AI助手，为什么用的人不多 | 观点</title>
<meta name="author" content="陈默"><meta property="article:published_time" content="2025-01-06T10:00:00+08:00"></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="#">观点</a> <a href="#">产品</a> <a href="#">投稿</a></div>
<div class="post">
<h1>软件里的AI助手，为什么用的人不多</h1>
<div class="by">陈默 · 2025-01-06</div>
<div class="content">
{ps(p)}
</div>
<div class="about">
<p>陈默，互联网产品经理，曾在两家企业软件公司负责办公协同产品，目前关注人工智能在企业服务中的应用，业余时间写作，著有多篇产品设计方面的文章。</p>
</div>
<div class="share"><a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
</div>
<div class="foot">本站文章仅代表作者观点</div>
</body></html>
"""


# --- f4. story paragraphs as siblings of a long "editor's pick" block --------------------------------
F4 = [
    "中新网1月10日电 记者10日从国家知识产权局获悉，2024年我国人工智能领域发明专利授权量继续保持增长，全年授权量超过8万件，同比增长约两成。",
    "国家知识产权局有关负责人介绍，从技术分布看，计算机视觉、自然语言处理和机器学习基础算法是授权量最多的三个方向，大模型相关专利的申请量增长尤其明显。",
    "从申请主体看，企业已成为人工智能专利创造的主力军，占比超过六成；高校和科研院所在基础算法领域仍具有较强优势。",
    "这位负责人表示，下一步将加快人工智能领域专利审查，完善数据和算法相关的知识产权保护规则，支持创新主体加强海外专利布局。",
]


@page(
    id="editors_pick",
    encoding="gbk",
    title="2024年我国人工智能发明专利授权量超8万件",
    published="2025-01-10",
    author="UNKNOWN",
    paragraphs=F4,
    kind="story + editor's pick siblings",
    batch="blind5",
)
def _editors_pick(p):
    picks = [
        (
            "专家解读：人工智能生成内容的著作权如何认定",
            "随着生成式人工智能的普及，由模型生成的图片、文章是否受著作权保护成为争议焦点。多位法律专家认为，关键在于人在创作过程中是否作出了独创性的贡献，单纯输入提示词难以构成作品。",
        ),
        (
            "高校科技成果转化提速，专利许可收入大幅增长",
            "近年来，多所高校设立技术转移中心，探索先使用后付费等许可模式，推动专利从实验室走向生产线。数据显示，去年高校专利转让和许可合同金额较前年增长了四成以上。",
        ),
        (
            "企业出海遭遇专利壁垒，如何提前布局",
            "一些科技企业在拓展海外市场时频繁遭遇专利诉讼，业内人士建议，企业应在产品进入目标市场前开展专利检索和风险评估，必要时通过交叉许可等方式化解纠纷。",
        ),
    ]
    block = "".join(f'<p><a href="/pick/{i}.shtml">{t}</a></p><p>{s}</p>' for i, (t, s) in enumerate(picks))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>2024年我国人工智能发明专利授权量超8万件-中新网</title></head>
<body>
<div id="navbar"><a href="/">首页</a> <a href="#">滚动</a> <a href="#">国内</a> <a href="#">财经</a> <a href="#">科技</a></div>
<div class="content">
<h1>2024年我国人工智能发明专利授权量超8万件</h1>
<div class="left-t">2025年01月10日 14:05　来源：中国新闻网</div>
<div class="left_zw">
<p>{p[0]}</p>
<p>{p[1]}</p>
<div class="pick"><p><strong>编辑推荐</strong></p>{block}</div>
<p>{p[2]}</p>
<p>{p[3]}</p>
<div class="adEditor">【编辑:刘洋】</div>
</div>
</div>
<div id="bottom">中国新闻网版权所有，未经书面授权禁止使用</div>
</body></html>
"""


# --- f5. Q&A interview in short lines -------------------------------------------------------------
F5 = [
    "近日，记者专访了一家服务机器人公司的创始人张悦，聊了聊机器人进入家庭还要跨过哪些门槛。",
    "记者：家用机器人喊了很多年，为什么一直没有普及？",
    "张悦：成本太高，能干的活太少。",
    "记者：现在有变化吗？",
    "张悦：有。零部件便宜了一半，大模型让机器人能听懂模糊的指令。",
    "记者：比如？",
    "张悦：你说“把桌上收拾一下”，它知道哪些该扔、哪些该放回原处。",
    "记者：价格什么时候能降到普通家庭能接受的水平？",
    "张悦：我们判断三年内能到两万元以下。",
    "记者：最大的风险是什么？",
    "张悦：安全。家里有老人和孩子，一次事故就可能毁掉整个行业的信任。",
]


@page(
    id="qa_interview",
    encoding="utf-8",
    title="对话张悦：家用机器人还要跨过几道坎",
    published="2025-01-07",
    author="UNKNOWN",
    paragraphs=F5,
    kind="q&a interview",
    batch="blind5",
)
def _qa(p):
    lines = "\n".join(
        f"<p><strong>{q.split('：', 1)[0]}：</strong>{q.split('：', 1)[1]}</p>" if "：" in q[:4] else f"<p>{q}</p>"
        for q in p
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>对话张悦：家用机器人还要跨过几道坎_科技频道</title>
<meta property="article:published_time" content="2025-01-07T09:00:00+08:00"></head>
<body>
<div class="header"><a href="/">首页</a> <a href="#">科技</a> <a href="#">对话</a> <a href="#">专题</a></div>
<div class="article">
<h1>对话张悦：家用机器人还要跨过几道坎</h1>
<div class="meta">2025-01-07 09:00 来源：科技日报</div>
<div class="article-body">
{lines}
</div>
<div class="related"><h4>相关阅读</h4><ul><li><a href="#">扫地机器人企业加速出海</a></li><li><a href="#">人形机器人量产元年来了吗</a></li><li><a href="#">养老机器人进社区试点</a></li></ul></div>
</div>
<div class="footer">科技频道 版权所有</div>
</body></html>
"""


# --- f6. feature with a standfirst box and a long pull quote repeating a sentence -------------------
F6 = [
    "当大模型开始写代码，程序员这个职业会变成什么样？我们走访了五家公司的开发团队，发现变化已经发生，只是和想象中不太一样。",
    "在一家电商公司的研发中心，工程师刘洋打开编辑器，输入一行注释，几秒钟后，一段完整的数据处理函数就出现在屏幕上。他说，现在团队里大约四成的新代码由工具生成，但每一行都需要人来审查。",
    "“工具写得越快，审查就越重要。以前我们一天写两百行，现在一天要看两千行。”刘洋说。",
    "这种变化正在改变团队的招聘标准。一家金融科技公司的技术负责人告诉记者，他们现在更看重候选人阅读代码和发现问题的能力，而不是在白板上手写算法。",
    "也有人担心，新人如果一开始就依赖工具，可能永远学不会扎实的基本功。对此，多家公司的做法是让新员工在前三个月关闭代码补全，先把基础打牢。",
]


@page(
    id="pullquote_feature",
    encoding="utf-8",
    title="大模型写代码之后，程序员在做什么",
    published="2025-01-05",
    author="UNKNOWN",
    paragraphs=F6,
    kind="feature + standfirst + pull quote",
    batch="blind5",
)
def _pullquote(p):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>大模型写代码之后，程序员在做什么 - 深度</title>
<meta property="article:published_time" content="2025-01-05T08:00:00+08:00"></head>
<body>
<header><a href="/">深度</a> <nav><a href="#">封面</a> <a href="#">调查</a> <a href="#">人物</a></nav></header>
<main>
<article>
<h1>大模型写代码之后，程序员在做什么</h1>
<div class="dek">{p[0]}</div>
<div class="byline">文 / 本刊记者 · 2025年1月5日</div>
<section class="body">
<p>{p[1]}</p>
<aside class="pq"><p>工具写得越快，审查就越重要。以前我们一天写两百行，现在一天要看两千行。</p><p>—— 刘洋，电商公司工程师</p></aside>
<p>{p[2]}</p>
<p>{p[3]}</p>
<p>{p[4]}</p>
</section>
</article>
</main>
<footer>深度 © 2025</footer>
</body></html>
"""


# --- f7. live blog: timestamped entries, all of them the story --------------------------------------
F7 = [
    "14:32",
    "发布会结束。总结一下：新芯片性能提升约一倍，首批产品下季度供货，价格暂未公布。",
    "14:15",
    "有记者问到出口管制的影响，公司方面回应称，新产品完全符合相关规定，国内客户的交付不受影响。",
    "13:58",
    "公司宣布与三家云服务商达成合作，首批搭载新芯片的云实例将在三月上线，开发者可以申请免费试用。",
    "13:40",
    "现场展示了新芯片运行千亿参数模型的推理演示，每秒生成速度约为上一代的1.8倍，功耗基本持平。",
    "13:30",
    "发布会正式开始，公司首席执行官登台，开场便表示今年是公司“从追赶到并跑”的一年。",
]


@page(
    id="live_blog",
    encoding="utf-8",
    title="直播：国产AI芯片新品发布会",
    published="2025-01-11",
    author="UNKNOWN",
    paragraphs=F7,
    kind="live blog",
    batch="blind5",
)
def _live(p):
    entries = "\n".join(
        f'<div class="entry"><div class="ts">{p[i]}</div><p>{p[i + 1]}</p></div>' for i in range(0, len(p), 2)
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>直播：国产AI芯片新品发布会 - 科技直播间</title>
<meta property="article:published_time" content="2025-01-11T13:25:00+08:00"></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="#">直播</a> <a href="#">科技</a> <a href="#">汽车</a></div>
<div class="live">
<h1>直播：国产AI芯片新品发布会</h1>
<div class="status">正在直播 · 2025-01-11 13:25 开始 · <span>12.3万人看过</span></div>
<div class="entries">
{entries}
</div>
<div class="more"><a href="#">加载更早的内容</a></div>
</div>
<div class="footer">科技直播间</div>
</body></html>
"""


# --- f8. two articles on one page: the main story and a short unrelated one below -------------------
F8 = [
    "本报讯 1月12日，省教育厅发布通知，今年春季学期起，全省中小学将分批开设人工智能通识课程，首批覆盖200所试点学校。",
    "通知明确，小学阶段以体验和兴趣培养为主，初中阶段学习编程和数据基础，高中阶段结合具体项目了解机器学习的基本原理，每学期课时不少于8节。",
    "省教育厅有关负责人表示，课程将由信息技术教师和高校志愿者共同承担，教育厅将统一组织师资培训，并为试点学校配备必要的教学设备。",
    "这位负责人同时提醒，学校不得以人工智能课程为名向学生收取额外费用，也不得要求家长购买指定的学习设备。",
]


@page(
    id="two_articles",
    encoding="gb18030",
    title="全省中小学春季起分批开设人工智能通识课",
    published="2025-01-12",
    author="UNKNOWN",
    paragraphs=F8,
    kind="two articles",
    batch="blind5",
)
def _two(p):
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"><title>全省中小学春季起分批开设人工智能通识课_教育_省报网</title></head>
<body>
<div class="menu"><a href="/">首页</a> <a href="#">时政</a> <a href="#">教育</a> <a href="#">社会</a></div>
<div class="main">
<div class="art">
<h1>全省中小学春季起分批开设人工智能通识课</h1>
<div class="time">2025-01-12 07:50　来源：省报</div>
<div class="art-text">
{ps(p)}
</div>
</div>
<div class="art">
<h2>寒假期间全省图书馆延长开放时间</h2>
<div class="time">2025-01-12 07:45　来源：省报</div>
<div class="art-text">
<p>本报讯 记者从省文化和旅游厅获悉，寒假期间全省各级公共图书馆将延长开放时间，每天开放至晚上九点，并增设自习座位。</p>
<p>部分图书馆还将举办亲子阅读和科普讲座等活动，读者可通过图书馆公众号预约。</p>
</div>
</div>
</div>
<div class="foot">省报网 版权所有</div>
</body></html>
"""


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="xmlcharrefreplace")  # what a CMS writes for a © outside the charset


def build_pages(folder: Path) -> Path:
    """Write every page and ``gold.jsonl`` into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    gold = []
    for spec in PAGES:
        html = spec.render(spec.paragraphs)
        (folder / f"{spec.id}.html").write_bytes(_encode(html, spec.encoding))
        gold.append(
            {
                "id": spec.id,
                "kind": spec.kind,
                "batch": spec.batch,
                "encoding": spec.encoding,
                "title": spec.title,
                "published": spec.published,
                "author": spec.author,
                "body": "\n".join(spec.paragraphs),
            }
        )
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as handle:
        for record in gold:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="aiwatch-holdout-"))
    build_pages(folder)
    print(f"{len(PAGES)} pages written to {folder}")


if __name__ == "__main__":
    main()
