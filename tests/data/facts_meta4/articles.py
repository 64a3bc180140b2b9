# ruff: noqa: E501
"""Page-shape set meta4 (issue 12, metadata): 40 pages, each written out whole in the layout of a
real Chinese site or page kind that none of meta1, meta2 and meta3 has, gold written and committed
before aiwatch was ever run on them, so its first score measures how aiwatch reads title, published
date, source, author, editor, url and main text on layouts it has never seen.

Written blind, as meta1 was: the writer read only the gold conventions (../facts/README.md), the
Spec format and renderers (../facts/pages.py), meta1's specs (to follow its format and decisions),
the site lists of meta2 and meta3 (to avoid them), tests/test_facts_set.py and the README's list of
inputs, never aiwatch's code or results.  Every page is ``raw`` with ``scope="metadata"``; events,
entities and figures are not annotated and the taxonomy lists are empty.  Stories, companies and
people are made up; the sites' markup conventions follow the real templates and URLs keep the real
hosts' path shapes.

Families (pages): provincial and city papers and their sites 11 (北国网/辽宁日报, 长城网/河北日报,
西部网, 天眼新闻 share page, 中国江西网, 东南网, 中安在线, 新湖南, 厦门日报 e-paper, 中国宁波网,
青岛日报 e-paper), industry papers 6 (中国电子报, 人民邮电报, 中国科学报, 中国汽车报, 中国教育报,
中国知识产权报), government 5 (江苏省工信厅, 广西科技厅, a 高新区管委会, a 县融媒体中心, 四川省发改委),
state firms, institutes and listed companies 5 (国家电网, 中国移动, 中国信通院, 之江实验室, a listed
company's 投资者关系 page), a university department 1, overseas Chinese-language media 5 (自由時報,
星島日報, 澳門日報 e-paper, 南洋商报, 星洲网), formats 7 (podcast show notes, a newsletter archive
page, a Discuz forum thread, a Telegram channel export as text, an Obsidian note, an Org-mode file
saved as .txt, a Word document saved as HTML with mso markup).  Dates run from 2020 to 2026; every
published date is a day.

Decisions, meta1's kept (see ../facts_meta1/articles.py), and these where both are silent:

- published: where an info line splits the date and the time across spans, the date part is the
  day; where a page shows 首发 and 更新 (or 发布 and 修改), the first publication wins; an e-paper's
  版次 line (2025年03月14日 第A05版) dates the story when the page has no other date.
- source: a 来源 written as a link names the outlet in the link text, not the link's host; in a
  reprint chain (来源：甲 转自乙 / 原载乙) the source is the outlet the story first appeared in (乙);
  a forum post or Telegram message that states a 来源 has that outlet as source, otherwise the forum
  or channel; a podcast's show notes have the show as source; a newsletter archive page has the
  newsletter as source; an Obsidian or Org note's source is the outlet its own source field names.
- author: when a byline gives roles (文/摄/视频/记者/通讯员), the people credited for text and photos
  are all authors in the page's order; 视频剪辑, 制图, 海报 and 统筹 credits are not; an English
  byline on a Chinese page (By Lin Qiao) names the author as written; a Word file's DocumentProperties
  Author (the file's creator) is no byline; a podcast's hosts are no authors; a forum user name or a
  Telegram channel is no author.
- editor: an editor shown only as a staff code (编辑：0571) is none, as in meta1; 值班编辑 / 编辑 /
  责任编辑 as printed, 责任编辑 winning when several are printed; 审核/终审/签发 are no editor.
- url: as meta1 (canonical, else og:url, else a link the page or record states), null otherwise; a
  share link inside a script (shareUrl) counts as a stated link, and so does a page's 本文链接 or
  分享链接 line.
- a Word document saved as HTML: the title is the document's heading (its 文号 and the issuer's red
  header are not part of it); the issuer signing it is the source; with no 发布日期 the signed date
  at its foot is the published day, never the file's Created or LastSaved stamps; LastAuthor and
  Author are no byline.
- a listed company's 公告 on its IR page: the title is the notice's name as its <h1> shows it (the
  company name printed above it is not part of it); the source is the company; the 董事会 signing it
  is no author.
- a forum thread's 【转】/【原创】 tag in front of its subject is a label, not part of the title (as
  meta3 took a mail's 【新闻稿】); its first post's 发表于 is the published day, replies are not.
- traditional-character pages keep their characters in the gold (title, source, author as shown)."""

from facts_pages import raw_page as page

ARTICLES = [
    page(
        "q01_lnd_liaoning",
        "沈阳一家机床企业用视觉质检替下人工抽检 良品率升至99.2%",
        "2024-06-18",
        "辽宁日报",
        "范承宇、郑悦",
        "石晓岚",
        "https://news.lnd.com.cn/system/2024/06/18/030462115.shtml",
        [
            "本报讯 记者范承宇 通讯员郑悦报道 沈阳铎衡精机日前在两条主轴生产线上启用视觉质检系统，替下原来每班6人的人工抽检。",
            "企业负责人介绍，系统上线三个月来，产品良品率由97.5%升至99.2%，质检环节的用时缩短一半。",
        ],
        r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_新闻中心_北国网</title>
<meta name="keywords" content="视觉质检,机床,沈阳" />
<meta name="description" content="沈阳铎衡精机日前在两条主轴生产线上启用视觉质检系统" />
<link rel="canonical" href="https://news.lnd.com.cn/system/2024/06/18/030462115.shtml" />
<link href="//www.lnd.com.cn/css/news2019.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topbar"><a href="https://www.lnd.com.cn/">北国网首页</a> | <a href="#">辽宁日报</a> | <a href="#">辽沈晚报</a> | <a href="#">北国客户端</a></div>
<div class="nav"><a href="#">时政</a><a href="#">辽宁</a><a href="#">财经</a><a href="#">科技</a></div>
<div class="position">当前位置：<a href="https://www.lnd.com.cn/">北国网</a> &gt; <a href="https://news.lnd.com.cn/">新闻中心</a> &gt; 辽宁要闻</div>
<div class="main">
<h1 class="title">{{T}}</h1>
<div class="info"><span id="pubtime_baidu">2024-06-18 07:35:12</span>　<span id="source_baidu">来源：<a href="https://epaper.lnd.com.cn/">辽宁日报</a></span>　<span id="author_baidu">作者：范承宇 郑悦</span></div>
<div class="content" id="zoom">
{{story}}
</div>
<div class="editor">[责任编辑：石晓岚]</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="#">辽宁推进制造业数字化转型</a></li></ul></div>
</div>
<div class="footer"><p>北国网版权所有 未经授权禁止复制或建立镜像</p><p>辽ICP备05001370号 互联网新闻信息服务许可证编号：21120170003</p></div>
<script type="text/javascript" src="//www.lnd.com.cn/js/count.js"></script>
</body>
</html>
""",
    ),
    page(
        "q02_hebnews",
        "河北首个钢铁行业大模型在唐山发布",
        "2025-02-26",
        "河北日报",
        "吕建波",
        "冯楠",
        "http://hebei.hebnews.cn/2025-02/26/content_9302114.htm",
        [
            "2月25日，由唐山冀铸智能科技联合5家钢铁企业训练的行业大模型“炉语”在唐山发布，可为高炉操作提供配料与炉况建议。",
            "据介绍，“炉语”已在两座高炉试用半年，吨铁燃料消耗下降约4千克。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-长城网</title>
<meta name="keywords" content="大模型 钢铁 唐山">
<meta name="description" content="2月25日，由唐山冀铸智能科技联合5家钢铁企业训练的行业大模型“炉语”在唐山发布">
<meta property="og:url" content="http://hebei.hebnews.cn/2025-02/26/content_9302114.htm">
<meta property="og:title" content="{{T}}">
<link rel="stylesheet" href="http://www.hebnews.cn/css/content2020.css">
</head>
<body>
<div class="hd"><a class="logo" href="http://www.hebnews.cn/">长城网</a><div class="menu"><a href="#">河北</a><a href="#">国内</a><a href="#">经济</a><a href="#">视频</a></div></div>
<div class="crumbs"><a href="http://www.hebnews.cn/">长城网</a> &gt; <a href="http://hebei.hebnews.cn/">河北新闻</a> &gt; 正文</div>
<div class="g_width content">
<h1>{{T}}</h1>
<div class="post_source">
<span class="time">2025-02-26</span> <span class="time2">08:14:33</span>　来源：河北日报　作者：吕建波
</div>
<div class="text">
{{story}}
</div>
<div class="editor">责任编辑：冯楠</div>
</div>
<div class="ft"><p>河北长城网络传媒有限责任公司版权所有</p><p>冀ICP备09016590号 冀公网安备13010802000159号</p></div>
<script src="http://www.hebnews.cn/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
""",
    ),
    page(
        "q03_cnwest",
        "西安高新区上线AI政策匹配平台 企业申报材料压减六成",
        "2023-11-09",
        "西部网",
        "韩梓涵",
        "贺宁",
        None,
        [
            "西部网讯（记者 韩梓涵）11月8日，西安高新区“政策找企业”AI匹配平台正式上线，企业输入统一社会信用代码即可看到可申报的扶持政策。",
            "平台由秦岭数算科技开发，首批收录各级政策条款1400余条，企业申报需要提交的材料平均压减六成。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{{T}} - 西部网（陕西新闻网）</title>
<meta name="keywords" content="西安高新区 政策 AI">
<meta name="description" content="11月8日，西安高新区“政策找企业”AI匹配平台正式上线">
<link href="http://www.cnwest.com/css/2018/news.css" rel="stylesheet">
</head>
<body>
<div id="top"><a href="http://www.cnwest.com/">西部网首页</a> <a href="#">陕西</a> <a href="#">西安</a> <a href="#">财经</a></div>
<div class="layout">
<div class="layout-left">
<p class="crumb"><a href="http://www.cnwest.com/">首页</a> &gt; <a href="http://news.cnwest.com/">新闻频道</a> &gt; 陕西</p>
<h1 class="title">{{T}}</h1>
<p class="layout-left-info"><span class="source">来源：西部网</span><span class="date">2023-11-09 10:46:21</span><span class="author">作者：韩梓涵</span></p>
<div class="layout-left-content" id="conent_text">
{{story}}
</div>
<p class="editor">编辑：贺宁</p>
<div class="bottom-ad"><a href="#">下载西部网客户端</a></div>
</div>
<div class="layout-right"><h3>热点排行</h3><ol><li><a href="#">秦岭保护条例实施一周年</a></li></ol></div>
</div>
<div id="foot">陕西广电融媒体集团（陕西广播电视台）主管 西部网（陕西新闻网）版权所有</div>
</body>
</html>
""",
    ),
    page(
        "q04_tianyan_share",
        "贵州大数据交易所上线语料专区 首批挂牌数据产品37个",
        "2024-09-03",
        "天眼新闻",
        "罗湘、杨珂",
        "吴晓",
        "https://jgz.app.todayguizhou.com/news/news-news_detail-news_id-11515105.html",
        [
            "9月2日，贵州大数据交易所“大模型语料专区”上线，首批挂牌民族医药、山地农业等领域的数据产品37个。",
            "交易所相关负责人表示，专区将为语料提供合规评估与定价服务，已有14家模型企业完成入驻登记。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{{T}}</title>
<meta name="description" content="9月2日，贵州大数据交易所“大模型语料专区”上线">
</head>
<body>
<div class="download-bar"><img src="/static/logo_tianyan.png" alt="天眼新闻"><span>打开天眼新闻，阅读体验更好</span><a href="#">打开</a></div>
<div class="article">
<h1 class="article-title">{{T}}</h1>
<div class="article-info"><span class="origin">天眼新闻</span><span class="time">2024-09-03 09:20</span></div>
<div class="article-author">贵州日报天眼新闻记者 罗湘 杨珂</div>
<div class="article-content">
{{story}}
</div>
<div class="article-editor">编辑 吴晓<br>二审 龙海<br>三审 蒋平</div>
</div>
<div class="comment-box"><p>暂无评论，快来抢沙发吧</p></div>
<script>
window.__SHARE__ = {"title":"{{T}}","desc":"贵州大数据交易所上线语料专区","shareUrl":"https://jgz.app.todayguizhou.com/news/news-news_detail-news_id-11515105.html","img":"https://jgz.app.todayguizhou.com/static/share.png"};
</script>
</body>
</html>
""",
    ),
    page(
        "q05_jxnews",
        "南昌VR产业基地引入AI数字人工作室 年内计划孵化20家企业",
        "2023-04-21",
        "江西日报",
        "刘赣江",
        "熊瑶",
        "https://jxjjnews.jxnews.com.cn/system/2023/04/21/020091773.shtml",
        [
            "本报讯（记者刘赣江）4月20日，南昌VR科创城引入的AI数字人联合工作室揭牌，首批入驻企业包括豫章虚拟人科技等6家公司。",
            "科创城负责人表示，年内计划在数字人直播、文旅讲解等方向孵化20家企业。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_中国江西网_江西新闻</title>
<meta name="keywords" content="数字人,VR,南昌" />
<meta name="description" content="4月20日，南昌VR科创城引入的AI数字人联合工作室揭牌" />
<meta name="publishdate" content="2023-04-21 07:08" />
<link rel="canonical" href="https://jxjjnews.jxnews.com.cn/system/2023/04/21/020091773.shtml" />
</head>
<body>
<div class="jxnews_top"><a href="https://www.jxnews.com.cn/">中国江西网</a> <a href="#">江西日报</a> <a href="#">江南都市报</a> <a href="#">江西手机报</a></div>
<div class="w1200 weizhi">您的位置：<a href="https://www.jxnews.com.cn/">首页</a> &gt; <a href="#">经济</a> &gt; 正文</div>
<div class="w1200 BiaoTi"><h1>{{T}}</h1></div>
<div class="w1200 xinxi">
<span>2023-04-21 07:08</span>
<span>来源：中国江西网 转自 <a href="http://epaper.jxxw.com.cn/">江西日报</a></span>
<span>作者：刘赣江</span>
<span>编辑：熊瑶</span>
</div>
<div class="w1200 neirong" id="content">
{{story}}
</div>
<div class="w1200 bianji">本文为中国江西网转载作品，版权归原作者所有</div>
<div class="foot">中国江西网（大江网）版权所有 赣ICP备05008311号</div>
</body>
</html>
""",
    ),
    page(
        "q06_fjsen",
        "福州港上线集装箱智能理货系统 单箱识别用时不到3秒",
        "2022-08-15",
        "东南网",
        "林思远、陈婧",
        "许雅",
        "http://fz.fjsen.com/2022-08/15/content_31107862.htm",
        [
            "东南网8月15日讯（本网记者 林思远 通讯员 陈婧）近日，福州港江阴港区上线集装箱智能理货系统，通过岸桥上的高清摄像头自动识别箱号和箱体残损。",
            "据港方介绍，系统单箱识别用时不到3秒，理货员由现场作业改为远程复核。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} - 福州 - 东南网</title>
<meta name="keywords" content="福州港 智能理货">
<meta name="description" content="近日，福州港江阴港区上线集装箱智能理货系统">
<meta name="contentid" content="31107862">
<meta property="og:url" content="http://fz.fjsen.com/2022-08/15/content_31107862.htm">
<link rel="stylesheet" href="http://www.fjsen.com/css/content.css">
</head>
<body>
<div id="header"><a href="http://www.fjsen.com/">东南网</a> <span>福建日报报业集团主办</span></div>
<div id="nav"><a href="#">福州</a><a href="#">厦门</a><a href="#">泉州</a><a href="#">漳州</a></div>
<div class="cont_head">
<h1>{{T}}</h1>
<div class="cont_info"><span id="pubtime_baidu">2022-08-15 16:32</span>　<span id="source_baidu">来源：东南网</span>　<span id="author_baidu">作者：林思远 陈婧</span></div>
</div>
<div class="cont_news" id="zoom">
{{story}}
</div>
<div class="cont_bianji"><span id="editor_baidu">责任编辑：许雅</span></div>
<div class="cont_share">分享到：<a href="#">新浪微博</a> <a href="#">微信</a></div>
<div id="footer">Copyright 2008-2022 FJSEN.COM All Rights Reserved 东南网版权所有</div>
</body>
</html>
""",
    ),
    page(
        "q07_anhuinews",
        "合肥一家语音企业推出方言客服模型 支持皖北皖南12种口音",
        "2025-07-08",
        "中安在线",
        "汪晴",
        None,
        "http://ah.anhuinews.com/hfms/202507/t20250708_8724511.html",
        [
            "中安在线讯 7月7日，合肥庐声智能发布方言客服模型“乡音通”，可识别皖北、皖南等地12种口音的普通话与方言。",
            "该公司介绍，模型已在省内两家农商银行的电话客服试用，方言来电的一次解决率提高了17个百分点。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{{T}}_合肥_中安在线</title>
<meta name="ContentSource" content="中安在线">
<meta name="PubDate" content="2025-07-08 15:02">
<meta name="keywords" content="方言 客服 合肥">
<link rel="canonical" href="http://ah.anhuinews.com/hfms/202507/t20250708_8724511.html">
</head>
<body>
<div class="top"><a href="http://www.anhuinews.com/">中安在线</a> <a href="#">安徽日报</a> <a href="#">新安晚报</a> <a href="#">中安新闻客户端</a></div>
<div class="position"><a href="http://www.anhuinews.com/">首页</a> &gt; <a href="#">安徽</a> &gt; <a href="#">合肥</a></div>
<div class="article">
<h1>{{T}}</h1>
<div class="laiyuan">
<span class="time"><em>2025-07-08</em> <em>15:02</em></span>
<span>来源：中安在线</span>
<span>作者：汪晴</span>
</div>
<div class="TRS_Editor">
{{story}}
</div>
<div class="bjbox">编辑：AH0307</div>
</div>
<div class="footer">中安在线版权所有 皖ICP备05011473号</div>
</body>
</html>
""",
    ),
    page(
        "q08_voc_xinhunan",
        "长沙工程机械企业试点“AI调度员” 设备出租率提高11%",
        "2024-12-02",
        "新湖南客户端",
        "谭卓、周子墨",
        "易珊",
        "https://m.voc.com.cn/xhn/news/202412/30818844.html",
        [
            "新湖南客户端12月2日讯（记者 谭卓 通讯员 周子墨）记者从长沙经开区获悉，湘工重科今年下半年试点的“AI调度员”，可根据全国工地的施工进度自动推荐设备调配方案。",
            "试点四个月来，该企业泵车、起重机等设备的出租率提高了11%，空驶里程减少约两成。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{{T}}_新湖南</title>
<meta name="description" content="长沙经开区湘工重科试点“AI调度员”">
<link rel="canonical" href="https://m.voc.com.cn/xhn/news/202412/30818844.html">
</head>
<body>
<header class="xhn-head"><a href="https://www.voc.com.cn/">华声在线</a><span>新湖南</span><a class="open-app" href="#">打开APP</a></header>
<article class="news-detail">
<h1 class="news-title">{{T}}</h1>
<div class="news-meta">
<span class="news-source">新湖南客户端</span>
<span class="news-time">2024-12-02 11:28:49</span>
</div>
<div class="news-body">
{{story}}
</div>
<div class="news-credit">
<p>[责编：易珊]</p>
<p>[编辑：彭鹏]</p>
<p>来源：新湖南客户端</p>
</div>
</article>
<section class="hot-list"><h3>热门推荐</h3><ul><li>湖南发布数字经济三年行动</li></ul></section>
<footer>湖南日报社新湖南客户端 版权所有</footer>
</body>
</html>
""",
    ),
    page(
        "q09_xmrb_epaper",
        "厦门一所医院用AI读片筛查肺结节 门诊报告出具提速一倍",
        "2025-03-14",
        "厦门日报",
        "陈嘉怡、黄晓东",
        None,
        None,
        [
            "本报讯（记者 陈嘉怡 通讯员 黄晓东）记者昨日从厦门鹭岛医院获悉，该院引入的AI读片系统已在胸部CT检查中全面使用，可自动标注疑似肺结节并给出风险分级。",
            "医院放射科介绍，系统使用后，门诊胸部CT报告的平均出具时间由4小时缩短至2小时。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>厦门日报数字报</title>
<link rel="stylesheet" href="../../../styles/paper.css">
</head>
<body>
<div class="paper-top"><img src="../../../images/xmrb_logo.png" alt="厦门日报"><span>厦门日报社主管主办</span></div>
<div class="paper-date">2025年03月14日 星期五</div>
<div class="banci">第A05版：城市新闻</div>
<div class="article">
<p class="yinti">市民就医更便捷</p>
<h1>{{T}}</h1>
<p class="futi"></p>
<div class="content" id="ozoom">
{{story}}
</div>
</div>
<div class="pager"><a href="node_5.htm">上一版</a> <a href="node_7.htm">下一版</a></div>
<div class="copyright">厦门日报社版权所有 未经许可不得转载</div>
</body>
</html>
""",
    ),
    page(
        "q10_cnnb",
        "宁波舟山港试用AI引航助手 大型船舶靠泊更平稳",
        "2026-01-20",
        "宁波日报",
        "应蕾",
        "钱晨",
        "http://news.cnnb.com.cn/system/2026/01/20/030672219.shtml",
        [
            "记者昨日从宁波舟山港获悉，由甬港数智科技研发的AI引航助手已在穿山港区试用，可根据潮流、风速实时给出靠泊航速和拖轮配置建议。",
            "试用以来，30万吨级以上船舶靠泊的平均用时缩短约15分钟。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_中国宁波网</title>
<meta name="keywords" content="宁波舟山港 引航 AI" />
<link rel="canonical" href="http://news.cnnb.com.cn/system/2026/01/20/030672219.shtml" />
</head>
<body>
<div class="cnnb-top"><a href="http://www.cnnb.com.cn/">中国宁波网</a> <a href="#">宁波日报</a> <a href="#">宁波晚报</a> <a href="#">甬上APP</a></div>
<div class="path"><a href="http://www.cnnb.com.cn/">中国宁波网</a> &gt;&gt; <a href="http://news.cnnb.com.cn/">新闻中心</a> &gt;&gt; 宁波新闻</div>
<div class="main">
<h1>{{T}}</h1>
<div class="laiyuan">来源：<a href="http://daily.cnnb.com/">宁波日报</a>　作者：应蕾　发布时间：2026-01-20 06:45:00　更新时间：2026-01-21 09:12:37</div>
<div class="TRS_Editor" id="Zoom">
{{story}}
</div>
<div class="zrbj">编辑：钱晨　审核：郑亮</div>
</div>
<div class="bottom">宁波日报报业集团 中国宁波网版权所有 浙ICP备05040373号</div>
</body>
</html>
""",
    ),
    page(
        "q11_qdrb_epaper",
        "青岛啤酒街区试点AI导览 外地游客可用9种语言点播讲解",
        "2023-07-27",
        "青岛日报",
        "孙晓彤",
        "于洋",
        "https://epaper.qingdaonews.com/html/qdrb/20230727/qdrb1133517.html",
        [
            "记者从市北区获悉，登州路啤酒街近日试点AI导览服务，游客扫码即可用9种语言点播街区历史和啤酒工艺讲解。",
            "导览系统由青岛海泊智能提供，开通一周来累计服务游客约2.6万人次。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>青岛日报 - {{T}}</title>
<meta property="og:url" content="https://epaper.qingdaonews.com/html/qdrb/20230727/qdrb1133517.html">
</head>
<body>
<div class="head"><a href="https://www.qingdaonews.com/">青岛新闻网</a> | 青岛日报数字报 | <a href="#">往期回顾</a></div>
<table class="banmian"><tr><td>2023年07月27日</td><td>第 05 版：城事</td><td>上一期 下一期</td></tr></table>
<div class="detail">
<h2 class="yt"></h2>
<h1>{{T}}</h1>
<div class="author">□青岛日报/观海新闻记者 孙晓彤</div>
<div class="text">
{{story}}
</div>
<div class="edit">责任编辑：于洋　校对：王芳</div>
</div>
<div class="foot">青岛日报社主办 鲁ICP备09001486号</div>
</body>
</html>
""",
    ),
    page(
        "q12_cena",
        "国产车规级AI芯片通过功能安全认证 明年装车",
        "2024-10-29",
        "中国电子报",
        "闫若琳",
        "骆晴",
        "http://www.cena.com.cn/semi/20241029/125301.html",
        [
            "近日，芯衡微电子宣布其车规级AI芯片“衡驰H3”通过ISO 26262 ASIL-B功能安全认证，计划明年在两家车企的智能座舱车型上装车。",
            "该芯片采用自研神经网络加速单元，算力为32TOPS，典型功耗约8瓦。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-中国电子报、电子信息产业网</title>
<meta name="keywords" content="车规级芯片,功能安全">
<meta name="description" content="芯衡微电子宣布其车规级AI芯片“衡驰H3”通过ISO 26262 ASIL-B功能安全认证">
<link rel="canonical" href="http://www.cena.com.cn/semi/20241029/125301.html">
</head>
<body>
<div class="top"><a href="http://www.cena.com.cn/">电子信息产业网</a> <span>中国电子报社主办</span></div>
<div class="nav"><a href="#">集成电路</a><a href="#">智能制造</a><a href="#">人工智能</a><a href="#">电子报</a></div>
<div class="article">
<h1>{{T}}</h1>
<div class="info">
<span>来源：中国电子报</span>
<span>作者：闫若琳</span>
<span>发布时间：2024-10-29</span>
<span>阅读量：<em id="hits">412</em></span>
</div>
<div class="article-content">
{{story}}
</div>
<div class="bianji">责任编辑：骆晴</div>
</div>
<div class="footer">版权所有：中国电子报社 京ICP备13001346号</div>
</body>
</html>
""",
    ),
    page(
        "q13_cnii_rmydb",
        "运营商试点5G专网+边缘AI 矿区无人驾驶卡车编队运行",
        "2022-05-17",
        "人民邮电报",
        "姜雨桐、白杨",
        "屈晓",
        "https://www.cnii.com.cn/rmydb/202205/t20220517_381206.html",
        [
            "在内蒙古一处露天煤矿，6台无人驾驶矿卡依托5G专网与边缘AI平台实现编队运行，平台由北疆矿联科技与当地运营商联合部署。",
            "据介绍，边缘AI平台将车辆感知数据的处理时延控制在20毫秒以内，矿卡单班运输趟次提高约8%。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}--人民邮电报--中国信息产业网</title>
<meta name="ColumnName" content="人民邮电报">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2022-05-17 09:31">
<meta name="ContentSource" content="人民邮电报">
<link rel="canonical" href="https://www.cnii.com.cn/rmydb/202205/t20220517_381206.html">
</head>
<body>
<div class="header"><a href="https://www.cnii.com.cn/">中国信息产业网</a> <a href="#">人民邮电报</a> <a href="#">通信产业</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">人民邮电报</a></div>
<div class="art">
<h1>{{T}}</h1>
<div class="art-info">2022-05-17 09:31　来源：人民邮电报　记者：姜雨桐　通讯员：白杨</div>
<div class="TRS_Editor">
{{story}}
</div>
<div class="art-edit">责任编辑：屈晓</div>
</div>
<div class="foot">人民邮电报社 版权所有 京ICP备05039364号</div>
</body>
</html>
""",
    ),
    page(
        "q14_sciencenet",
        "研究团队提出低比特训练新方法 大模型显存占用降四成",
        "2025-09-11",
        "中国科学报",
        "孟可欣",
        "方舟",
        None,
        [
            "近日，东湖理工大学计算智能实验室团队提出一种面向大模型的低比特训练方法，相关论文发表于一场机器学习国际会议。",
            "团队在多个开源模型上的实验显示，新方法在精度基本不变的前提下，将训练时的显存占用降低约四成。",
        ],
        r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}—新闻—科学网</title>
<meta name="keywords" content="大模型,低比特训练" />
</head>
<body>
<div id="top"><a href="https://www.sciencenet.cn/">科学网</a> <a href="https://news.sciencenet.cn/">新闻</a> <a href="#">博客</a> <a href="#">论文</a></div>
<table width="100%"><tr><td class="style1"><div class="title"><h1>{{T}}</h1></div></td></tr>
<tr><td align="left">作者：孟可欣 来源：<a href="https://news.sciencenet.cn/dz/">中国科学报</a> 发布时间：2025/9/11 15:03:27</td></tr>
<tr><td align="right"><a href="#">选择字号：小 中 大</a></td></tr></table>
<div id="content1">
{{story}}
<p>《中国科学报》 (2025-09-12 第3版 综合)</p>
</div>
<div class="bj">编辑：方舟</div>
<div>版权声明：凡本网注明“来源：中国科学报、科学网、科学新闻杂志”的所有作品，网站转载，请在正文上方注明来源和作者。</div>
<div id="foot">Copyright © 2007-2025 中国科学报社 All Rights Reserved 京ICP备07017567号-12</div>
</body>
</html>
""",
    ),
    page(
        "q15_cnautonews",
        "自主品牌车企发布端到端智驾系统 城区领航覆盖200城",
        "2025-04-22",
        "中国汽车报",
        "丁一鸣",
        "朱珂",
        "http://www.cnautonews.com/qiche/2025/04/22/detail_20250422391205.html",
        [
            "4月21日，启辰远航汽车发布端到端智能驾驶系统“远瞳”，首发车型的城区领航辅助驾驶功能已覆盖全国200个城市。",
            "公司介绍，“远瞳”由一个统一模型完成感知与规划，训练数据来自超过60万辆量产车的回传片段。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-中国汽车报网</title>
<meta name="keywords" content="智能驾驶,端到端">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="http://www.cnautonews.com/qiche/2025/04/22/detail_20250422391205.html">
</head>
<body>
<div class="topnav"><a href="http://www.cnautonews.com/">中国汽车报网</a> <a href="#">乘用车</a> <a href="#">新能源</a> <a href="#">智能网联</a></div>
<div class="content-wrap">
<h1 class="c-title">{{T}}</h1>
<div class="c-info"><span>中国汽车报网</span> <span>2025-04-22 10:08</span> <span>作者：丁一鸣</span></div>
<div class="c-source">来源：<a href="http://epaper.cnautonews.com/">中国汽车报</a></div>
<div class="c-content">
{{story}}
</div>
<div class="c-editor">责任编辑：朱珂</div>
<div class="c-statement">【版权声明】本文为中国汽车报网原创，转载请注明出处。</div>
</div>
<div class="footer">中国汽车报社有限公司版权所有</div>
</body>
</html>
""",
    ),
    page(
        "q16_jyb",
        "一所中职学校开设工业机器人运维“AI课堂” 学生实训工位翻番",
        "2024-04-16",
        "中国教育报",
        "许嘉禾、袁梅",
        "杜帆",
        "http://www.jyb.cn/rmtzgjyb/202404/t20240416_2111187412.html",
        [
            "日前，湖州市一所中等职业学校开设工业机器人运维“AI课堂”，学生可在虚拟产线上反复练习故障排查，再到真实设备上操作。",
            "学校介绍，虚实结合的实训方式让同时开展实训的工位由40个增至80个。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} - 中国教育新闻网</title>
<meta name="keywords" content="职业教育,工业机器人">
<meta name="description" content="湖州市一所中等职业学校开设工业机器人运维“AI课堂”">
</head>
<body>
<div class="jyb-top"><a href="http://www.jyb.cn/">中国教育新闻网</a> <a href="#">中国教育报</a> <a href="#">中国教师报</a></div>
<div class="xl_title"><h1>{{T}}</h1></div>
<div class="xl_text">
<span>作者：本报记者 许嘉禾 通讯员 袁梅</span>
<span>来源：<a href="http://paper.jyb.cn/">中国教育报</a></span>
<span>发布时间：2024-04-16</span>
</div>
<div class="new_content" id="zoom">
{{story}}
<p>《中国教育报》2024年04月16日第3版</p>
</div>
<div class="xl_editor">责任编辑：杜帆</div>
<div class="share">分享：<a href="#">微信</a></div>
<div class="footer">主管：中华人民共和国教育部　主办：中国教育报刊社　京ICP备05020587号</div>
<script>var shareInfo={link:"http://www.jyb.cn/rmtzgjyb/202404/t20240416_2111187412.html"};</script>
</body>
</html>
""",
    ),
    page(
        "q17_cnipr",
        "人工智能专利审查指引细化 涉及训练数据的申请需说明来源",
        "2026-03-05",
        "中国知识产权报",
        "吴楚晴",
        None,
        None,
        [
            "记者近日从国家知识产权局了解到，人工智能相关发明专利申请审查指引进一步细化，明确涉及训练数据的申请需在说明书中说明数据来源与处理方式。",
            "业内人士认为，细化后的指引有助于申请人把握撰写要求，减少因公开不充分被驳回的情况。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_中国知识产权资讯网</title>
</head>
<body>
<div class="logo"><a href="http://www.iprchn.com/">中国知识产权资讯网</a> 中国知识产权报社主办</div>
<div class="menu"><a href="#">资讯</a><a href="#">专利</a><a href="#">商标</a><a href="#">版权</a><a href="#">数字报</a></div>
<div class="article">
<h1>{{T}}</h1>
<div class="source">
<span>发布时间：</span><span>2026年03月05日</span>
<span>作者：本报记者　吴楚晴</span>
<span>来源：中国知识产权报</span>
<span>浏览次数：<span id="count">136</span></span>
</div>
<div class="nr">
{{story}}
</div>
<div class="bianji">（编辑：001）</div>
</div>
<div class="footer">中国知识产权报社 版权所有 京ICP备10037540号</div>
</body>
</html>
""",
    ),
    page(
        "q18_jsgxt",
        "省工业和信息化厅公布2025年度人工智能赋能制造业典型场景名单",
        "2025-11-27",
        "江苏省工业和信息化厅",
        None,
        None,
        None,
        [
            "根据《关于开展2025年度人工智能赋能制造业典型场景征集工作的通知》，经企业申报、设区市推荐、专家评审和网上公示，确定“锂电极片缺陷视觉检测”等86个场景为2025年度人工智能赋能制造业典型场景。",
            "各设区市工业和信息化主管部门要加强对入选场景的跟踪服务，推动成熟场景在同行业复制推广。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>江苏省工业和信息化厅 通知公告 {{T}}</title>
<meta name="SiteName" content="江苏省工业和信息化厅">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2025-11-27 16:40">
<meta name="ContentSource" content="江苏省工业和信息化厅">
</head>
<body>
<div class="gov-top"><a href="https://gxt.jiangsu.gov.cn/">江苏省工业和信息化厅</a><span>无障碍</span><span>关怀版</span></div>
<div class="location">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div>
<div class="main-txt">
<h1 class="bt">{{T}}</h1>
<div class="sp">发布日期：2025-11-27 16:40　来源：江苏省工业和信息化厅　浏览次数：<span>2047</span>　字体：[大 中 小]</div>
<div id="zoom">
{{story}}
<p>附件：2025年度人工智能赋能制造业典型场景名单.pdf</p>
<p style="text-align:right">江苏省工业和信息化厅</p>
<p style="text-align:right">2025年11月26日</p>
</div>
<div class="btn"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="gov-foot">主办单位：江苏省工业和信息化厅 苏ICP备05007190号 网站标识码：3200000027</div>
</body>
</html>
""",
    ),
    page(
        "q19_gxst",
        "自治区科技厅组织召开人工智能+糖业重大专项启动会",
        "2023-06-13",
        "资源配置与管理处",
        "覃梦",
        None,
        "http://kjt.gxzf.gov.cn/dtxx_59100/gzdt/t16675203.shtml",
        [
            "6月12日，自治区科技厅在南宁组织召开“人工智能+糖业”重大专项启动会，专项由桂糖智联科技牵头，联合4家制糖企业和2所高校实施。",
            "专项将围绕甘蔗长势遥感识别、压榨工艺智能优化等方向攻关，实施期3年。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} - 工作动态 - 广西壮族自治区科学技术厅</title>
<meta name="SiteName" content="广西壮族自治区科学技术厅">
<meta name="ColumnName" content="工作动态">
<meta name="PubDate" content="2023-06-13 10:15">
<meta name="Url" content="http://kjt.gxzf.gov.cn/dtxx_59100/gzdt/t16675203.shtml">
</head>
<body>
<div class="header"><img src="/images/gxkjt_logo.png" alt="广西壮族自治区科学技术厅"></div>
<div class="nav"><a href="#">首页</a><a href="#">机构概况</a><a href="#">动态信息</a><a href="#">政务公开</a></div>
<div class="article">
<h1>{{T}}</h1>
<div class="article-inf">
<span>文章来源：资源配置与管理处</span>
<span>作者：覃梦</span>
<span>发布时间：2023-06-13 10:15</span>
</div>
<div class="article-con">
{{story}}
</div>
</div>
<div class="footer">主办：广西壮族自治区科学技术厅 桂ICP备05010493号 政府网站标识码：4500000033</div>
</body>
</html>
""",
    ),
    page(
        "q20_hefei_gxq",
        "高新区举办具身智能产业对接会 现场签约项目9个",
        "2025-05-30",
        "合肥高新区管委会",
        None,
        None,
        "https://gxq.hefei.gov.cn/xwzx/gxdt/19311248.html",
        [
            "5月29日，合肥高新区具身智能产业对接会举行，来自长三角的40余家机器人整机与零部件企业参加，现场签约项目9个。",
            "高新区相关负责人介绍，园区已集聚具身智能相关企业60余家，正在建设一处面向人形机器人的公共测试场。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_合肥高新区管委会</title>
<meta name="SiteName" content="合肥高新技术产业开发区管理委员会">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2025-05-30">
<meta name="ContentSource" content="合肥高新区管委会">
<link rel="canonical" href="https://gxq.hefei.gov.cn/xwzx/gxdt/19311248.html">
</head>
<body>
<div class="top"><span>合肥高新技术产业开发区管理委员会</span><a href="#">English</a></div>
<div class="nav"><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">投资高新</a></div>
<div class="wzy_bt"><h1>{{T}}</h1></div>
<div class="wzy_xx"><span>发布时间：2025-05-30 17:21</span><span>信息来源：合肥高新区管委会</span><span>阅读次数：<b>865</b></span></div>
<div class="j-fontContent">
{{story}}
</div>
<div class="wzy_fx">扫一扫在手机打开当前页</div>
<div class="foot">主办：合肥高新技术产业开发区管理委员会 皖ICP备11005322号</div>
</body>
</html>
""",
    ),
    page(
        "q21_county_rongmei",
        "县里首个AI农技服务站投用 茶农拍照就能查病虫害",
        "2024-04-08",
        "安吉县融媒体中心",
        "潘雯、沈一帆",
        "钟晓",
        None,
        [
            "4月7日，安吉县溪龙乡AI农技服务站正式投用，茶农用手机拍下茶叶叶片，系统即可识别常见病虫害并给出防治建议。",
            "服务站由县农业农村局与竹乡云智科技共建，目前已覆盖全乡1.2万亩白茶园。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-安吉新闻网</title>
<meta name="keywords" content="安吉 白茶 AI">
</head>
<body>
<div class="top">安吉新闻网 | 安吉县融媒体中心主办 | <a href="#">爱安吉APP</a></div>
<div class="main">
<div class="crumb">首页 &gt; 本地新闻</div>
<h1>{{T}}</h1>
<div class="info">
<span class="date">2024-04-08</span><span class="clock">18:20</span>
<span>来源：安吉县融媒体中心</span>
</div>
<div class="byline">记者 潘雯 沈一帆　视频剪辑 吴磊　海报 陆茜</div>
<div class="content">
{{story}}
</div>
<div class="editor">编辑：钟晓　审核：周建　终审：施红</div>
</div>
<div class="foot">安吉县融媒体中心版权所有 浙ICP备05015112号</div>
</body>
</html>
""",
    ),
    page(
        "q22_scdrc",
        "省发展改革委召开全省算力基础设施建设推进会",
        "2024-08-23",
        "数字经济处",
        None,
        None,
        "https://fgw.sc.gov.cn/sfgw/gzdt/2024/8/23/0a91c3f0e55b4d7f8b1e2c3a4d5e6f70.shtml",
        [
            "8月22日，省发展改革委在成都召开全省算力基础设施建设推进会，通报上半年全省算力项目建设进展。",
            "会议要求，各地要加快推进已开工的数据中心项目建设，年内全省新增智能算力规模力争达到一万P以上。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}- 四川省发展和改革委员会</title>
<meta name="SiteName" content="四川省发展和改革委员会">
<meta name="ColumnName" content="工作动态">
<meta name="ArticleTitle" content="{{T}}">
<meta name="PubDate" content="2024-08-23 09:05">
<meta name="ContentSource" content="数字经济处">
<meta property="og:url" content="https://fgw.sc.gov.cn/sfgw/gzdt/2024/8/23/0a91c3f0e55b4d7f8b1e2c3a4d5e6f70.shtml">
</head>
<body>
<div class="head"><a href="https://fgw.sc.gov.cn/">四川省发展和改革委员会</a></div>
<div class="dqwz">您当前的位置：首页 &gt; 工作动态</div>
<div class="contMain">
<h2 class="contTit">{{T}}</h2>
<div class="contMsg">
<span>发布时间：2024-08-23 09:05</span>
<span>来源：</span>
<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>
</div>
<div class="contText" id="cmsArticleContent">
{{story}}
</div>
</div>
<div class="footer">主办单位：四川省发展和改革委员会 蜀ICP备05003256号</div>
</body>
</html>
""",
    ),
    page(
        "q23_sgcc",
        "国家电网发布电力行业大模型“光明”2.0 新增配网故障研判能力",
        "2025-10-15",
        "国家电网有限公司",
        None,
        None,
        "http://www.sgcc.com.cn/html/sgcc_main/col2017041259/2025-10/15/20251015093012345678901_1.shtml",
        [
            "10月14日，国家电网有限公司发布电力行业大模型“光明”2.0版本，新增配网故障研判、调度规程问答等能力。",
            "据介绍，新版本已在12个省级电力公司部署，配网故障的平均研判时间由20分钟缩短至5分钟以内。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>国家电网有限公司-{{T}}</title>
<meta name="keywords" content="国家电网,大模型">
<link rel="canonical" href="http://www.sgcc.com.cn/html/sgcc_main/col2017041259/2025-10/15/20251015093012345678901_1.shtml">
</head>
<body>
<div class="sgcc-head"><img src="/images/sgcc_logo.png" alt="国家电网"><div class="menu"><a href="#">关于我们</a><a href="#">新闻中心</a><a href="#">社会责任</a></div></div>
<div class="location">首页 &gt; 新闻中心 &gt; 公司新闻</div>
<div class="detail">
<h1 class="detail-title">{{T}}</h1>
<p class="detail-date">2025-10-15</p>
<div class="detail-con">
{{story}}
</div>
</div>
<div class="sgcc-foot">版权所有：国家电网有限公司 京ICP备05034521号</div>
</body>
</html>
""",
    ),
    page(
        "q24_chinamobile",
        "中国移动在浙江开通首个“算网一体”智算中心节点",
        "2024-02-28",
        "中国移动",
        None,
        None,
        "https://www.10086.cn/aboutus/news/groupnews/index_detail_48213.html",
        [
            "2月27日，中国移动在浙江开通首个“算网一体”智算中心节点，节点部署国产加速卡约4000张，通过全光网络与长三角其他节点互联。",
            "该节点将优先服务省内制造业企业的模型训练与推理需求，企业可通过算力网络门户按需申请。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{{T}}-集团新闻-中国移动</title>
<meta name="description" content="中国移动在浙江开通首个“算网一体”智算中心节点">
</head>
<body>
<div class="cm-header"><a href="https://www.10086.cn/">中国移动</a><nav><a href="#">关于中国移动</a><a href="#">新闻中心</a><a href="#">投资者关系</a></nav></div>
<div class="breadcrumb">关于我们 / 新闻中心 / 集团新闻</div>
<div class="news-detail">
<h2 class="news-title">{{T}}</h2>
<div class="news-time">发布时间：<span>2024</span>-<span>02</span>-<span>28</span></div>
<div class="news-content">
{{story}}
</div>
<div class="news-share">分享链接：https://www.10086.cn/aboutus/news/groupnews/index_detail_48213.html</div>
</div>
<footer class="cm-footer">Copyright©1999-2024 中国移动 版权所有 京ICP备05002571号</footer>
</body>
</html>
""",
    ),
    page(
        "q25_caict",
        "中国信通院发布《可信AI智能体评估方法》 首批12款产品通过评估",
        "2025-12-09",
        "中国信息通信研究院",
        None,
        None,
        "http://www.caict.ac.cn/xwdt/ynxw/202512/t20251209_509812.htm",
        [
            "12月8日，中国信通院在北京发布《可信AI智能体评估方法》，从任务完成度、工具调用安全、人机协同等维度对智能体产品进行评估。",
            "首批共有12款智能体产品通过评估，涉及客服、办公、编程等场景。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>中国信通院发布《可信AI智能体评估方法》 首批12款产品通过评估 - 中国信通院</title>
<meta name="keywords" content="智能体,可信AI,评估" />
</head>
<body>
<div class="head"><img src="../../../images/logo.png" alt="中国信息通信研究院"><ul class="nav"><li>首页</li><li>新闻动态</li><li>科研成果</li><li>权威发布</li></ul></div>
<div class="local">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻动态</a> &gt; <a href="#">院内新闻</a></div>
<div class="article">
<div class="title">{{T}}</div>
<div class="date">发布时间:2025-12-09 &nbsp;&nbsp; 来源:中国信息通信研究院</div>
<div class="content">
{{story}}
</div>
<div class="page_url">本文链接：http://www.caict.ac.cn/xwdt/ynxw/202512/t20251209_509812.htm</div>
</div>
<div class="foot">版权所有：中国信息通信研究院 京ICP备09013372号</div>
</body>
</html>
""",
    ),
    page(
        "q26_zhejianglab",
        "之江实验室开源科学计算大模型 支持气象、材料等5类任务",
        "2024-07-19",
        "之江实验室",
        "江南溪",
        None,
        None,
        [
            "7月18日，之江实验室开源科学计算大模型“格致”，可用于气象预报、材料性质预测、分子模拟等5类科学计算任务。",
            "研发团队介绍，模型在公开气象数据集上的中期预报误差比同规模模型降低约9%。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>之江实验室</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="zj-header"><a class="logo" href="/">之江实验室 ZHEJIANG LAB</a><nav><a href="#">关于我们</a><a href="#">科学研究</a><a href="#">新闻资讯</a><a href="#">加入我们</a></nav></header>
<main>
<div class="news-banner"><span>新闻资讯</span></div>
<div class="news-head">
<h3>{{T}}</h3>
<div class="news-meta"><span class="date">2024.07.19</span><span class="from">来源：之江实验室</span><span class="writer">文：江南溪</span><span class="photo">图：科研发展部</span></div>
</div>
<div class="news-body">
{{story}}
</div>
<div class="news-nav"><a href="#">上一篇：之江实验室举办开放日活动</a><a href="#">下一篇：暂无</a></div>
</main>
<footer>Copyright © 2024 之江实验室 浙ICP备17054000号</footer>
</body>
</html>
""",
    ),
    page(
        "q27_ir_page",
        "关于公司子公司获得人工智能算法备案的自愿性信息披露公告",
        "2024-11-12",
        "杭州云岫智能科技股份有限公司",
        None,
        None,
        "https://ir.yunxiu-ai.com/news-detail/2024111201.html",
        [
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。",
            "杭州云岫智能科技股份有限公司全资子公司杭州云岫数据服务有限公司开发的“云岫客服助手”近日完成深度合成服务算法备案，可向社会公众提供智能客服问答服务。",
            "上述备案不会对公司当期经营业绩产生重大影响，敬请广大投资者注意投资风险。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>投资者关系 - 公司公告 - 云岫智能</title>
<link rel="canonical" href="https://ir.yunxiu-ai.com/news-detail/2024111201.html">
</head>
<body>
<header><a href="https://www.yunxiu-ai.com/">云岫智能</a><nav><a href="#">产品</a><a href="#">解决方案</a><a href="#">投资者关系</a><a href="#">联系我们</a></nav></header>
<aside class="ir-menu"><a href="#">公司公告</a><a href="#">定期报告</a><a href="#">股价信息</a><a href="#">投资者问答</a></aside>
<section class="ir-detail">
<div class="stock">证券代码：688951　　证券简称：云岫智能　　公告编号：2024-047</div>
<p class="company">杭州云岫智能科技股份有限公司</p>
<h1>{{T}}</h1>
<div class="ir-date">公告日期：2024-11-12</div>
<div class="ir-body">
{{story}}
<p>特此公告。</p>
<p>杭州云岫智能科技股份有限公司董事会</p>
<p>2024年11月12日</p>
</div>
<a class="pdf" href="/uploads/2024-047.pdf">下载PDF</a>
</section>
<footer>© 2024 杭州云岫智能科技股份有限公司 浙ICP备2019011234号</footer>
</body>
</html>
""",
    ),
    page(
        "q28_univ_dept",
        "学院团队获国际自动驾驶感知挑战赛冠军",
        "2023-10-24",
        "计算机科学与技术学院",
        "苏嘉言",
        "林若",
        None,
        [
            "近日，学院视觉智能研究组在一项国际自动驾驶感知挑战赛中获得三维目标检测赛道冠军，参赛队伍由4名博士生和2名硕士生组成。",
            "团队提出的多传感器融合方法在雨雾等恶劣天气场景下的检测精度明显优于其他参赛方案。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-计算机科学与技术学院</title>
</head>
<body>
<div class="top"><a href="#">东湖理工大学</a> | 计算机科学与技术学院</div>
<div class="menu"><a href="#">学院概况</a><a href="#">师资队伍</a><a href="#">学院新闻</a><a href="#">人才培养</a></div>
<div class="wp_articlecontent_box">
<h1 class="arti_title">{{T}}</h1>
<p class="arti_metas"><span class="arti_publisher">来源：计算机科学与技术学院</span><span class="arti_update">发布时间：2023-10-24</span><span class="arti_views">浏览次数：<span>531</span></span></p>
<div class="wp_articlecontent">
{{story}}
<p style="text-align:right">撰稿：苏嘉言　审稿：周向东　编辑：林若</p>
</div>
</div>
<div class="foot">Copyright © 东湖理工大学计算机科学与技术学院</div>
</body>
</html>
""",
    ),
    page(
        "q29_ltn",
        "台南科技業者推AI漁電監測 魚塭溶氧異常5分鐘內示警",
        "2025-08-04",
        "自由時報",
        "洪瑞琪",
        None,
        "https://news.ltn.com.tw/news/life/breakingnews/5130271",
        [
            "〔記者洪瑞琪／台南報導〕台南一家新創公司鯤鯓智能推出AI漁電監測系統，透過魚塭中的感測器與攝影機，持續分析水質與魚群活動。",
            "業者表示，系統偵測到溶氧異常時可在5分鐘內發出警示，目前已有將近80戶養殖業者試用。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>{{T}} - 自由時報電子報</title>
<meta name="description" content="台南一家新創公司鯤鯓智能推出AI漁電監測系統">
<meta property="og:url" content="https://news.ltn.com.tw/news/life/breakingnews/5130271">
<meta property="og:site_name" content="自由時報電子報">
<meta property="article:published_time" content="2025-08-04T14:21:00+08:00">
<link rel="canonical" href="https://news.ltn.com.tw/news/life/breakingnews/5130271">
</head>
<body>
<div class="header"><a href="https://www.ltn.com.tw/">自由時報</a><ul><li>即時</li><li>政治</li><li>社會</li><li>生活</li></ul></div>
<div class="whitecon article">
<h1>{{T}}</h1>
<div class="text boxTitle">
<span class="time">2025/08/04 14:21</span>
<div class="photo boxTitle"><img src="https://img.ltn.com.tw/Upload/news/600/2025/08/04/phpAbc.jpg"><p>鯤鯓智能的監測設備架設在魚塭旁。（記者洪瑞琪攝）</p></div>
{{story}}
<p class="appE1121"><a href="#">不用抽 不用搶 現在用APP看新聞 保證天天中獎</a></p>
</div>
</div>
<div class="footer">自由時報版權所有不得轉載 © 2025 The Liberty Times. All Rights Reserved.</div>
</body>
</html>
""",
    ),
    page(
        "q30_singtao",
        "本港初創推AI法律文件翻譯 稱準確率達九成五",
        "2024-05-06",
        "星島日報",
        None,
        None,
        "https://std.stheadline.com/daily/article/2601837/",
        [
            "本港初創公司譯衡科技推出AI法律文件翻譯服務，可將中英文合約、判詞及法例條文互譯，並保留原文的條款編號與格式。",
            "公司創辦人表示，服務經本地律師行測試，準確率達九成五，目前已有11間律師行簽約使用。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>{{T}}｜星島日報</title>
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://std.stheadline.com/daily/article/2601837/">
<meta name="author" content="星島日報">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{T}}","datePublished":"2024-05-06T00:00:00+08:00","dateModified":"2024-05-06T09:41:27+08:00","author":{"@type":"Organization","name":"星島日報"},"publisher":{"@type":"Organization","name":"星島日報"}}</script>
</head>
<body>
<div class="std-header"><a href="https://std.stheadline.com/">星島日報</a><nav><a href="#">港聞</a><a href="#">財經</a><a href="#">國際</a><a href="#">副刊</a></nav></div>
<article>
<div class="category">日報 財經</div>
<h1>{{T}}</h1>
<div class="date">2024年5月6日 星期一</div>
<div class="paragraphs">
{{story}}
</div>
</article>
<div class="related"><h4>相關新聞</h4></div>
<footer>© 2024 Sing Tao News Corporation Limited. All rights reserved.</footer>
</body>
</html>
""",
    ),
    page(
        "q31_macaodaily",
        "澳門大學團隊研發葡語語音大模型 可用於公共服務熱線",
        "2023-03-21",
        "澳門日報",
        None,
        None,
        None,
        [
            "【本報消息】澳門大學智慧城市物聯網團隊研發一款面向葡語及粵語的語音大模型，可用於公共服務熱線的自動應答與轉寫。",
            "團隊表示，模型在本地口音測試集上的識別準確率超過百分之九十，下一步將與相關部門商討試用。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>澳門日報電子版</title>
</head>
<body>
<table width="100%" class="top"><tr><td><img src="../../../images/logo.gif" alt="澳門日報"></td><td class="date">2023年3月21日 星期二</td></tr></table>
<table class="bm"><tr><td>第B05版：澳聞</td><td><a href="node_3.htm">上一版</a> <a href="node_5.htm">下一版</a></td></tr></table>
<div class="detail">
<h3 class="yt"></h3>
<h1>{{T}}</h1>
<div id="ozoom">
{{story}}
</div>
</div>
<div class="copyright">版權所有 澳門日報 不得轉載</div>
</body>
</html>
""",
    ),
    page(
        "q32_enanyang",
        "大马数码部推AI试点计划 首批资助30家中小企业",
        "2025-06-11",
        "南洋商报",
        "林慧心",
        None,
        "https://www.enanyang.my/财经新闻/大马数码部推ai试点计划-首批资助30家中小企业",
        [
            "（吉隆坡10日讯）大马数码部推出人工智能应用试点计划，首批将资助30家中小企业在客服、库存管理和品质检测等环节引入AI工具。",
            "数码部表示，每家企业最高可获5万令吉配套资助，申请将于下月截止。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<title>{{T}} | 南洋商报</title>
<link rel="canonical" href="https://www.enanyang.my/财经新闻/大马数码部推ai试点计划-首批资助30家中小企业">
<meta property="og:site_name" content="南洋商报">
<meta property="article:published_time" content="2025-06-11T06:30:00+08:00">
<meta property="article:modified_time" content="2025-06-11T11:02:45+08:00">
</head>
<body>
<div class="nanyang-header"><a href="https://www.enanyang.my/">南洋商报</a><nav><a href="#">时事</a><a href="#">财经</a><a href="#">地方</a><a href="#">言路</a></nav></div>
<article>
<div class="category-tag">财经新闻</div>
<h1 class="entry-title">{{T}}</h1>
<div class="entry-meta">By 林慧心 <time>2025年06月11日 6:30 AM</time></div>
<div class="entry-content">
{{story}}
</div>
<div class="tags">标签：<a href="#">数码部</a> <a href="#">人工智能</a></div>
</article>
<footer>© 2025 Nanyang Siang Pau. All rights reserved.</footer>
</body>
</html>
""",
    ),
    page(
        "q33_sinchew",
        "柔佛数据中心用电需求激增 州政府研议AI能耗标准",
        "2024-09-19",
        "星洲网",
        "Tan Wei Ling",
        "黄佩仪",
        "https://www.sinchew.com.my/news/20240919/nation/5918273",
        [
            "（新山19日讯）随着多个人工智能数据中心项目相继动工，柔佛州用电需求快速增长，州政府正研议为数据中心制定能耗标准。",
            "州行政议员指出，新标准将要求新建数据中心的电能使用效率不高于1.4，并优先使用再生能源。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{T}} | 星洲网 Sin Chew Daily</title>
<meta property="og:url" content="https://www.sinchew.com.my/news/20240919/nation/5918273">
<meta property="og:site_name" content="星洲网 Sin Chew Daily">
</head>
<body>
<div class="header"><a href="https://www.sinchew.com.my/">星洲网</a><nav><a href="#">国内</a><a href="#">国际</a><a href="#">财经</a><a href="#">地方</a></nav></div>
<div class="article-page">
<h1 class="article-page-title">{{T}}</h1>
<div class="article-byline">
<span class="byline">By Tan Wei Ling</span>
<span class="time"><span class="dt">19/09/2024</span> <span class="tm">20:47</span></span>
</div>
<div class="article-page-content">
{{story}}
</div>
<div class="article-editor">责任编辑：黄佩仪</div>
</div>
<footer>© 2024 Sin Chew Media Corporation Berhad. All rights reserved.</footer>
</body>
</html>
""",
    ),
    page(
        "q34_podcast_notes",
        "E86 和做AI质检的创业者聊聊：工厂到底愿意为什么付钱",
        "2025-01-14",
        "硅基茶馆",
        None,
        None,
        "https://www.xiaoyuzhoufm.com/episode/67850c3e9a1f2b0012ab34cd",
        [
            "本期我们请到了工业视觉公司衡镜科技的创始人邵启明，聊他们过去三年在汽车零部件工厂做AI质检的经历。",
            "邵启明提到，公司去年签下的27个项目里，有一半以上是从替代夜班人工抽检开始的，工厂最愿意为能直接减少返工的功能付钱。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} - 硅基茶馆 | 小宇宙 - 听播客，上小宇宙</title>
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.xiaoyuzhoufm.com/episode/67850c3e9a1f2b0012ab34cd">
<meta property="og:type" content="music.song">
<script name="schema:podcast-show" type="application/ld+json">{"@context":"https://schema.org/","@type":"PodcastEpisode","url":"https://www.xiaoyuzhoufm.com/episode/67850c3e9a1f2b0012ab34cd","name":"{{T}}","datePublished":"2025-01-14T02:00:00.000Z","timeRequired":"PT68M","partOfSeries":{"@type":"PodcastSeries","name":"硅基茶馆"}}</script>
</head>
<body>
<header><a href="/">小宇宙</a></header>
<main>
<div class="podcast-title"><a href="/podcast/63a1b2c3d4e5f6a7b8c9d0e1">硅基茶馆</a></div>
<h1 class="title">{{T}}</h1>
<div class="info"><span>68分钟</span> · <time datetime="2025-01-14T02:00:00.000Z">2025/01/14</time> · <span>1.2万次播放</span></div>
<section class="shownotes">
<h2>节目介绍</h2>
{{story}}
<h3>时间轴</h3>
<p>02:15 为什么从螺栓和齿轮开始</p>
<p>21:40 一条产线的数据够不够</p>
<p>48:30 夜班、返工和账期</p>
<h3>本期主播</h3>
<p>阿泽、小满</p>
<p>后期：周周</p>
</section>
</main>
<footer>© 2025 小宇宙</footer>
</body>
</html>
""",
    ),
    page(
        "q35_newsletter_archive",
        "第112期：一家做病理切片AI的公司拿到了三类证",
        "2023-09-08",
        "医疗AI周报",
        "程一苇",
        None,
        "https://medai-weekly.substack.com/p/112",
        [
            "本周最值得说的一件事：做病理切片分析的瑞析医疗宣布其宫颈细胞学辅助诊断软件获得国家药监局三类医疗器械注册证。",
            "据公司披露，该软件在多中心临床试验中的敏感度为96.3%，阅片医生的平均用时缩短约一半。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{T}} - 医疗AI周报</title>
<meta property="og:title" content="{{T}}">
<meta property="og:site_name" content="医疗AI周报">
<meta property="og:url" content="https://medai-weekly.substack.com/p/112">
<meta name="author" content="程一苇">
<meta property="article:published_time" content="2023-09-08T00:30:00.000Z">
</head>
<body>
<div class="navbar"><a href="https://medai-weekly.substack.com/">医疗AI周报</a><a class="subscribe" href="#">Subscribe</a><a href="#">Sign in</a></div>
<article class="post">
<h1 class="post-title">{{T}}</h1>
<h3 class="subtitle">以及：三家医院的大模型病历质控试点</h3>
<div class="post-meta"><a class="author" href="#">程一苇</a><div class="date">Sep 08, 2023</div></div>
<div class="available-content"><div class="body markup">
{{story}}
<p>感谢阅读医疗AI周报！免费订阅以获取每周新内容。</p>
</div></div>
</article>
<div class="comments">3 Comments</div>
<footer>© 2023 程一苇 · Privacy ∙ Terms ∙ Collection notice</footer>
</body>
</html>
""",
    ),
    page(
        "q36_discuz_thread",
        "本地一家机器人公司完成B轮融资，做的是巡检机器人",
        "2022-11-30",
        "常州日报",
        None,
        None,
        "https://bbs.czforum.cn/thread-1452213-1-1.html",
        [
            "常州巡安机器人近日宣布完成2亿元B轮融资，由常武产业基金领投，资金将用于变电站和管廊巡检机器人的研发与量产。",
            "该公司成立于2018年，产品已在全国300多座变电站投入使用。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>【转】{{T}} - 常州杂谈 -  龙城论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="【转】{{T}}" />
<meta name="generator" content="Discuz! X3.4" />
<base href="https://bbs.czforum.cn/" />
<link rel="canonical" href="https://bbs.czforum.cn/thread-1452213-1-1.html" />
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div>
<div id="pt" class="bm cl"><a href="./" class="nvhm">龙城论坛</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="forum-12-1.html">常州杂谈</a> <em>›</em> 查看内容</div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3284</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">17</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">【转】{{T}}</span></h1></td></tr></table>
<div id="post_38817201">
<table class="plhin"><tr>
<td class="pls"><div class="authi"><a href="space-uid-88213.html" class="xw1">龙城老张</a></div><p>帖子 2174　积分 5530</p></td>
<td class="plc"><div class="pi"><strong><a href="#">楼主</a></strong><div class="authi"><em id="authorposton38817201">发表于 2022-11-30 21:07</em> | <a href="#">只看该作者</a></div></div>
<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_38817201">
来源：常州日报<br />
{{story}}
</td></tr></table></div></div>
</td></tr></table>
</div>
<div id="post_38817235">
<table class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-10442.html" class="xw1">天宁小王</a></div></td>
<td class="plc"><div class="authi"><em id="authorposton38817235">发表于 2022-12-1 08:15</em></div>
<div class="t_f" id="postmessage_38817235">这家公司就在我们园区，门口天天有机器人在跑</div></td></tr></table>
</div>
</div>
<div id="ft" class="wp cl"><p>Powered by <strong>Discuz!</strong> X3.4 © 2001-2022 Comsenz Inc.</p><p>GMT+8, 2022-12-5 10:22 , Processed in 0.061 second(s), 27 queries .</p></div>
</body>
</html>
""",
    ),
    page(
        "q37_telegram_export",
        "深圳一家AI眼镜公司获3亿元融资",
        "2026-04-02",
        "晶报",
        None,
        None,
        "https://t.me/aichinadaily/18834",
        [
            "深圳视曜科技宣布完成3亿元B+轮融资，由鹏城科创投资领投，资金将用于AI眼镜的光学模组研发和海外渠道建设。",
            "公司去年AI眼镜出货量约18万副，其中海外市场占比约四成。",
        ],
        r"""AI中国日报 频道消息导出
导出时间：2026-04-09 22:10:51

——————————
消息 #18834
频道：AI中国日报 (@aichinadaily)
时间：01.04.2026 23:48:12 UTC+00:00
链接：https://t.me/aichinadaily/18834

【{{T}}】

{{story}}

来源：晶报
#融资 #AI眼镜 #深圳

👁 4.1K
——————————
消息 #18835
频道：AI中国日报 (@aichinadaily)
时间：02.04.2026 00:05:40 UTC+00:00

早报汇总已更新，见置顶。
""",
        ext="txt",
    ),
    page(
        "q38_obsidian_note",
        "工信部通报首批“人工智能+制造”揭榜项目",
        "2025-08-19",
        "中国工业报",
        "冉东升",
        None,
        "https://www.cinn.cn/p/331822.html",
        [
            "记者从工业和信息化部获悉，首批“人工智能+制造”揭榜挂帅项目名单日前公布，共有58个项目入选，覆盖原材料、装备、消费品和电子信息等行业。",
            "入选项目将获得为期两年的跟踪服务，成效突出的将在行业内推广。",
        ],
        r"""---
tags: [剪藏, 政策, AI制造]
created: 2025-08-22 21:14
source: 中国工业报
author: 冉东升
published: 2025-08-19
link: https://www.cinn.cn/p/331822.html
aliases: []
---

# {{T}}

> [!info] 剪藏自 [中国工业新闻网](https://www.cinn.cn/p/331822.html)，2025-08-22 用 Web Clipper 保存

{{story}}

## 我的笔记

- 揭榜名单里有 [[常州巡安机器人]] 吗？回头查一下
- 关联：[[2025 人工智能+ 政策汇总]]
""",
        ext="md",
    ),
    page(
        "q39_orgmode_txt",
        "杭州发布具身智能产业政策 单个项目最高补助3000万元",
        "2024-03-19",
        "杭州日报",
        "俞佳宁",
        None,
        "https://hzdaily.hangzhou.com.cn/hzrb/2024/03/19/article_detail_1_20240319A041.html",
        [
            "杭州市近日出台支持具身智能产业发展的若干措施，对人形机器人整机及核心零部件的重大产业化项目，按投资额给予最高3000万元补助。",
            "措施还提出，将在城西科创大走廊建设具身智能中试验证平台，向中小企业开放测试场景。",
        ],
        r"""#+TITLE: {{T}}
#+AUTHOR: 俞佳宁
#+DATE: <2024-03-19 二>
#+SOURCE: 杭州日报
#+URL: https://hzdaily.hangzhou.com.cn/hzrb/2024/03/19/article_detail_1_20240319A041.html
#+FILETAGS: :政策:具身智能:
#+STARTUP: showall

* 正文
:PROPERTIES:
:CAPTURED: [2024-03-20 三 09:32]
:END:

{{story}}

* 备注
- 版面：杭州日报 2024年03月19日 第A04版
- TODO 对照余杭区的配套细则
""",
        ext="txt",
    ),
    page(
        "q40_word_html",
        "关于2026年度人工智能创新应用先导区建设工作进展的通报",
        "2026-06-30",
        "苏州市工业和信息化局",
        None,
        None,
        None,
        [
            "各县级市（区）工业和信息化主管部门：",
            "2026年上半年，全市人工智能创新应用先导区建设有序推进，新增人工智能应用场景124个，培育人工智能骨干企业17家。",
            "下半年，各地要聚焦智能制造、智慧交通等重点领域，加快场景开放和项目落地，确保完成年度目标任务。",
        ],
        r"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>关于2026年度人工智能创新应用先导区建设工作进展的通报</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>szgx-bgs</o:Author>
  <o:LastAuthor>周敏</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:Created>2026-06-26T01:12:00Z</o:Created>
  <o:LastSaved>2026-06-30T07:45:00Z</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Company>苏州市工业和信息化局</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;margin:0cm;text-align:justify;font-size:16.0pt;font-family:仿宋_GB2312;}
@page WordSection1
	{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:22.0pt;font-family:方正小标宋简体;color:red'>苏州市工业和信息化局<o:p></o:p></span></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-family:仿宋_GB2312'>苏工信〔2026〕58号<o:p></o:p></span></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{{T}}<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
{{story}}
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>苏州市工业和信息化局<o:p></o:p></span></p>
<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>2026年6月30日<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>（此件公开发布）<o:p></o:p></span></p>
</div>
</body>
</html>
""",
    ),
]
