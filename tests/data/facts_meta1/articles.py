# ruff: noqa: E501
"""Page-shape set meta1 (issue 12, metadata): 60 pages, each written out whole in the layout of a
different real Chinese news site or page kind, gold written and committed before aiwatch was ever
run on them, so its first score measures how aiwatch reads title, published date, source, author
and editor on layouts it has never seen.

Written by an engineer who had read only the gold conventions (../facts/README.md), the Spec format
and renderers (../facts/pages.py), the earlier sets' specs (to avoid their shapes: no earlier set
used a raw page) and tests/test_facts_set.py, never aiwatch's code or results.  Every page is a
``raw`` page (``scope="metadata"``): events, entities and figures are not annotated, and the
taxonomy lists are left empty (``[]``) because a metadata-scope page is not scored on them.  The
stories are short AI-industry news written for this set; every company, person and story is made
up, while the sites' markup conventions (head tags, info lines, editor lines, footers, embedded
JSON) follow the real sites' templates.  URLs keep the real sites' hosts and path shapes.

Families (pages): central media 10 (people.cn, xinhuanet, cctv, chinanews, gmw, ce.cn, cnr,
youth.cn, chinadaily.com.cn, a cyol e-paper), portals 4 (sina mobile, sohu, qq news, ifeng),
finance and tech media 13 (thepaper, jiemian, yicai, caixin, eastmoney, cls, stcn, 36kr, huxiu,
ithome, qbitai, jiqizhixin, cnbeta), local media, e-papers and app shares 5 (南方+, 浙江日报
e-paper, 北京日报客户端, 大众网, 上观), government 8 (a gov.cn policy page with its 索引号 table,
gov.cn 部门动态, miit, zj.gov.cn, chengdu, a park administration, a county page, a city bureau's
notice with its 信息公开 table), universities and institutes 3 (tsinghua, a WebPlus college page,
cas.cn), companies 2 (a newsroom press release, a 美通社 release), an industry alliance 1,
self-media 5 (toutiao, zhihu zhuanlan, csdn, xueqiu, bilibili 专栏), AMP, mobile and print 3
(a zaobao AMP page, an oeeee m. page, a stdaily print page), non-HTML 6 (an RSS item, an Atom
entry, a news app's JSON response, a crawler CSV row, a WARC conversion record, a Notion Markdown
export).  Dates run from 2019 to 2026; every published date is a day, as in the earlier sets.

Decisions where the README is silent (a careful news engineer's reading):

- title is the headline in the page's <h1>/title block, without the <title> suffix; an e-paper's
  引题 above it is not part of it; 36kr's 「36氪首发 |」 is part of the headline it shows; a gov notice's title is the notice's full name.
- published is the story's own publication day in Beijing time: not 更新/修改/编辑于 when a
  first-publication date is shown (csdn 首次发布, zaobao 发布), not a crawl date (WARC-Date, a CSV
  crawl_time, Notion's Created), not a document's 成文日期/生成日期 (the 发布日期/公开日期 wins),
  not comment dates; UTC stamps are converted (zhihu's 18:13Z is the next day in Beijing).
- source: a 来源 naming a paper and its website (人民网－人民日报, 光明网-《光明日报》) is the paper;
  a wire story shown under 来源：新华网 is 新华网 as printed; a gov page's 来源/ContentSource as
  printed (科技司, 省经信厅, 市经信局（市新经济委）); a gov.cn policy page with no 来源 is its
  发文机关; a university page's 来源 as printed; a company's or alliance's own page, with no
  来源, is the company or alliance; a press-wire release's 消息来源 is the issuing company, not 美通社;
  huxiu's 本文来自微信公众号 names the source; a zhihu post in a column (首发于) has the column as
  source; toutiao, csdn, xueqiu and bilibili accounts are their own source; an app share page's
  outlet is the app's name (南方+, 北京日报客户端); an RSS/Atom item's source is its channel/feed title.
- author: reporters and 通讯员 in a byline are all authors (several joined by 、, in the page's
  order); 实习记者 is a label; an account handle (老周的小馆日记, 算法小卢) or a secretariat
  (联盟秘书处) is no author; a zhihu user shown by a personal name is the author; a pen name used as
  a site's byline (ithome's 远山, qbitai's 一寸) is the author; 文/ in a university page's credit
  line names the author, 发布者 (the uploader) does not; cctv's meta author names
  its editor, as that site does, and is no author.
- editor: 责任编辑/责编/编辑 as printed; where several editor roles are printed, 责任编辑 wins over
  图片编辑/版面编辑/校对, and on 上观 the 文字编辑 (the story's editor) wins over the 栏目主编; 每经编辑
  is the editor; 机器之心's 编辑 line names the people who compiled the report and is the
  editor (no author); 审核, 签发, 校对 and 流程编辑 codes are no editor; an editor given only as a
  staff code (东方财富's DF512) is none; a WebPlus page's 发布者 (the uploader) is none.
- url: the canonical URL where the page gives one (it wins over a different og:url: sina's
  mobile page), else og:url, else the article URL the page or record
  states (an RSS/Atom link, a JSON shareUrl, a CSV url column, WARC-Target-URI, a Notion URL
  property, a print page's 本文网址 line); null when the page states none."""

from facts_pages import raw_page as page

ARTICLES = [
    page(
        "m01_people_finance",
        "算力调度平台“云枢”在贵州上线 首批接入12家数据中心",
        "2024-05-20",
        "人民日报",
        "杜明远",
        "韦嘉、程露",
        None,
        [
            "本报贵阳5月19日电 由黔川数智科技牵头建设的算力调度平台“云枢”日前在贵州上线，首批接入省内外12家数据中心，可统一调度约1.8万张加速卡。",
            "平台负责人介绍，“云枢”按任务类型自动分配训练与推理资源，中小企业可按小时租用算力，价格较自建机房低三成左右。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<title>{{T}}--财经·人民网</title>
<meta name="keywords" content="算力 数据中心 贵州" />
<meta name="description" content="由黔川数智科技牵头建设的算力调度平台“云枢”日前在贵州上线……" />
<meta name="publishdate" content="2024-05-20">
<meta name="author" content="">
<meta name="source" content="来源：人民网－人民日报">
<meta name="filetype" content="0">
<meta name="catalogs" content="1004">
<meta name="contentid" content="40239187">
<link href="http://tools.people.com.cn/css/2019/base.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="header"><div class="w1000"><a href="http://www.people.com.cn/">人民网首页</a> <a href="http://finance.people.com.cn/">财经</a></div></div>
<div class="path"><a href="http://www.people.com.cn/" target="_blank">人民网</a>&gt;&gt;<a href="http://finance.people.com.cn/" target="_blank">财经</a></div>
<div class="layout rm_txt cf">
<div class="col col-1 fl">
<h3 class="pre"></h3>
<h1>{{T}}</h1>
<h4 class="sub"></h4>
<p class="author">本报记者  杜明远</p>
<div class="channel cf"><div class="col-1-1 fl">2024年05月20日06:12 | 来源：<a href="http://paper.people.com.cn/rmrb/" target="_blank">人民网－人民日报</a></div>
<div class="col-1-2 fr"><a href="#">小字号</a></div></div>
<div class="rm_txt_con cf">
{{story}}
<p style="text-align: right;">《 人民日报 》（ 2024年05月20日 10 版）</p>
<div class="edit cf">(责编：韦嘉、程露)</div>
</div>
<div class="box_pic"></div>
<div class="rm_relevant"><h2>相关新闻</h2><ul><li><a href="#">东数西算工程进展观察</a></li></ul></div>
</div>
</div>
<div class="foot"><p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</p></div>
</body>
</html>
""",
    ),
    page(
        "m02_xinhuanet",
        "我国首个矿山大模型安全评测规范发布",
        "2023-08-15",
        "新华网",
        "邱宇航、彭宁",
        "孔令溪",
        None,
        [
            "新华社北京8月15日电（记者邱宇航、彭宁）记者15日从中国矿业智能化产业联盟获悉，《矿山行业大模型安全评测规范》正式发布，这是我国首个面向矿山场景的大模型评测规范。",
            "规范从数据安全、生成内容可靠性、应急场景响应等6个维度设置了42项指标，首批将在晋陕蒙地区8座煤矿开展试评测。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<title>{{T}}-新华网</title>
<meta name="keywords" content="大模型,矿山,评测规范" />
<meta name="description" content="我国首个矿山大模型安全评测规范发布---记者15日从中国矿业智能化产业联盟获悉……" />
<meta name="section" content="科技" />
<meta name="pagetype" content="1" />
<link rel="stylesheet" href="//www.news.cn/2021detail/css/style.css" />
</head>
<body>
<div class="header"><div class="logo"><a href="http://www.news.cn/">新华网</a></div><div class="nav"><a href="#">时政</a><a href="#">科技</a></div></div>
<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> 2023</em></span><span class="day"><em> 08</em>/<em>15</em></span><span class="time"> 17:42:06</span></div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">{{T}}</span><span class="btn-audio"></span></h1></div>
<div class="pageShare"><span>字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a></span> 分享到：<a class="wx"></a><a class="wb"></a></div>
</div>
<div class="main clearfix"><div class="main-left left">
<div id="detail"><span id="detailContent">
{{story}}
</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">【责任编辑:孔令溪 】</span></div>
</div></div>
<div class="foot"><p>Copyright © 2000-2023 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司</p></div>
<script>var shareTitle = document.title;</script>
</body>
</html>
""",
    ),
    page(
        "m03_cctv_news",
        "多地试点AI辅助急救调度 平均派车时间缩短40秒",
        "2024-03-12",
        "央视新闻客户端",
        None,
        "苗婷",
        "https://news.cctv.com/2024/03/12/ARTIbX2KJt0pWqR7sVh3Mz8a240312.shtml",
        [
            "记者从国家卫生健康委了解到，今年以来，江苏、四川、广西等地的急救中心试点AI辅助调度系统，系统可自动识别来电中的症状描述并给出分级建议。",
            "试点数据显示，调度员平均派车时间缩短约40秒，对心脏骤停等危重病例的识别准确率超过九成。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}_新闻频道_央视网(cctv.com)</title>
<meta name="keywords" content="急救 调度 人工智能">
<meta name="description" content="记者从国家卫生健康委了解到，今年以来，江苏、四川、广西等地的急救中心试点AI辅助调度系统……">
<meta name="spm-id" content="C94212.P4YnMod9m2uD.ENPMkWvfnaiV.1">
<meta name="contentid" content="ARTIbX2KJt0pWqR7sVh3Mz8a240312">
<meta name="author" content="苗婷">
<meta name="source" content="央视新闻客户端">
<meta name="filetype" content="1">
<meta name="publishedtype" content="1">
<link rel="canonical" href="https://news.cctv.com/2024/03/12/ARTIbX2KJt0pWqR7sVh3Mz8a240312.shtml">
<script>var commentTitle = "{{T}}"; var itemid1="ARTIbX2KJt0pWqR7sVh3Mz8a240312";</script>
</head>
<body>
<div class="nav_wrap"><a href="https://www.cctv.com/">央视网</a> <a href="https://news.cctv.com/">新闻</a> <a href="https://tv.cctv.com/">直播</a></div>
<div class="column_wrapper">
<div class="title_area">
<h1>{{T}}</h1>
<div class="info1">央视网消息：</div>
<div class="info"><i>来源：<a href="https://news.cctv.com/" target="_blank">央视新闻客户端</a></i> | <i>2024年03月12日 19:02</i></div>
</div>
<div class="content_area" id="content_area">
{{story}}
</div>
<div class="zebian"><span>编辑：苗婷</span><span>责任编辑：苗婷</span></div>
<div class="share">分享到：<a class="weixin"></a><a class="weibo"></a></div>
<div class="xgnews"><h2>相关新闻</h2><ul><li><a href="#">院前急救“提速”背后</a></li></ul></div>
</div>
<div class="copyright">中央广播电视总台 版权所有 京ICP证060535号 网上传播视听节目许可证（0102004）号</div>
</body>
</html>
""",
    ),
    page(
        "m04_chinanews",
        "长三角首个工业AI质检公共服务平台在苏州启用",
        "2025-01-08",
        "中国新闻网",
        "钟奕",
        "尚文博",
        "https://www.chinanews.com.cn/cj/2025/01-08/10349217.shtml",
        [
            "中新网苏州1月8日电 (记者 钟奕)长三角首个工业AI质检公共服务平台8日在苏州启用。平台由苏州慧检智能与当地三所高校共建，向中小制造企业开放缺陷检测模型和标注数据集。",
            "据介绍，平台首批上线电子元件、纺织面料、汽车零部件等5类质检模型，企业上传样品图片即可获得检测结果，单张图片处理时间不到0.2秒。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-中新网</title>
<meta name="keywords" content="工业AI,质检,苏州">
<meta name="description" content="长三角首个工业AI质检公共服务平台8日在苏州启用。">
<meta name="author" content="chinanews">
<meta name="copyright" content="www.chinanews.com.cn">
<link rel="canonical" href="https://www.chinanews.com.cn/cj/2025/01-08/10349217.shtml">
</head>
<body>
<div id="navbar"><a href="/">首页</a> | <a href="/cj/">财经</a> | <a href="/business/">产经</a></div>
<div class="content_left">
<div id="nav"><a href="/">首页</a> &gt; <a href="/cj/">财经中心</a> &gt; <a href="/cj/gd.shtml">产经</a></div>
<div class="content">
<h1 class="content_left_title">{{T}}</h1>
<div class="content_left_time">2025年01月08日 15:27　来源：中国新闻网 <span class="pl"><a href="#">参与互动</a></span></div>
<div class="left_zw" style="position:relative">
{{story}}
</div>
<div class="adEditor"><div class="left">【编辑:尚文博】</div></div>
</div>
<div class="dl_comment">发表评论 文明上网理性发言，请遵守新闻评论服务协议</div>
</div>
<div id="footer"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p><p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div>
</body>
</html>
""",
    ),
    page(
        "m05_gmw",
        "高校联合发布中文科学文献大模型“格物”",
        "2022-11-03",
        "光明日报",
        "葛思远",
        "邢晓",
        "https://news.gmw.cn/2022-11/03/content_36135721.htm",
        [
            "本报讯（记者葛思远）由五所高校图书馆联合研发的中文科学文献大模型“格物”近日发布。该模型使用约2000万篇中文期刊论文进行训练，可完成文献综述生成、引文核查和术语翻译等任务。",
            "研发团队表示，“格物”将首先向参与高校的师生免费开放，明年起逐步向科研院所提供服务。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_光明网</title>
<meta name="keywords" content="大模型 文献 高校">
<meta name="description" content="由五所高校图书馆联合研发的中文科学文献大模型“格物”近日发布。">
<meta name="publishdate" content="2022-11-03">
<meta name="author" content="葛思远">
<meta name="source" content="光明日报">
<meta name="contentid" content="36135721">
<link rel="canonical" href="https://news.gmw.cn/2022-11/03/content_36135721.htm">
</head>
<body>
<div class="g-header"><a href="https://www.gmw.cn/">光明网</a> <a href="https://news.gmw.cn/">时政</a> <a href="https://tech.gmw.cn/">科技</a></div>
<div class="g-crumbs"><a href="https://www.gmw.cn/">首页</a> &gt; <a href="https://news.gmw.cn/">时政频道</a> &gt; 正文</div>
<div class="m-title-box">
<h1 class="u-title">{{T}}</h1>
<div class="m-con-info"><span class="m-con-time">2022-11-03 04:50</span> <span class="m-con-source">来源：<a href="https://epaper.gmw.cn/gmrb/" target="_blank">光明网-《光明日报》</a></span></div>
</div>
<div class="u-mainText">
{{story}}
<div class="m-editor">[ 责编：邢晓 ]</div>
</div>
<div class="m-share">分享：<a>微信</a><a>微博</a></div>
<div class="m-relate"><h3>阅读剩余全文（）</h3></div>
<div class="g-footer">光明网版权所有 Copyright © 1998-2022 京ICP备05000000号</div>
</body>
</html>
""",
    ),
    page(
        "m06_ce_cn",
        "智能客服渗透率提升 银行网点柜面业务量三年降两成",
        "2021-06-22",
        "经济日报",
        "庞立新",
        "毕晴",
        None,
        [
            "记者从多家商业银行了解到，智能客服已覆盖手机银行80%以上的咨询场景。某股份制银行数据显示，2018年至2020年，其网点柜面业务量累计下降约两成。",
            "业内人士认为，随着语音识别和语义理解技术成熟，银行网点正由交易型向咨询服务型转变。",
        ],
        r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_中国经济网——国家经济门户</title>
<meta name="keywords" content="智能客服,银行网点" />
<meta name="description" content="记者从多家商业银行了解到，智能客服已覆盖手机银行80%以上的咨询场景。" />
<link href="http://www.ce.cn/css/ce_2019.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><a href="http://www.ce.cn/">中国经济网首页</a> <a href="http://finance.ce.cn/">金融</a></div>
<div class="dqwz">您当前的位置 ：<a href="http://www.ce.cn/">中国经济网</a>&gt;<a href="http://finance.ce.cn/">金融频道</a>&gt;<a href="http://finance.ce.cn/bank12/">银行</a></div>
<div id="articleTitle">{{T}}</div>
<div class="laiy"><span id="articleTime">2021年06月22日 07:41</span>　<span id="articleSource">来源：经济日报</span>　<span id="articleAuthor">作者：庞立新</span></div>
<div id="articleText"><div class="TRS_Editor">
{{story}}
</div></div>
<div class="fr">（责任编辑：毕晴）</div>
<div class="bq">中国经济网版权及免责声明：1、凡本网注明“来源：中国经济网”或“来源：经济日报”的所有作品，版权均属于中国经济网……</div>
<div class="footer">中国经济网 版权所有 互联网新闻信息服务许可证(10120170008) 京ICP备05000000号</div>
</body>
</html>
""",
    ),
    page(
        "m07_cnr",
        "电网巡检无人机用上视觉大模型 故障识别种类扩至60类",
        "2023-09-14",
        "央广网",
        "韩栎",
        "廖可欣",
        "https://tech.cnr.cn/techph/20230914/t20230914_526418822.shtml",
        [
            "央广网北京9月14日消息（记者韩栎）记者从北辰电网科技获悉，该公司为输电线路巡检无人机部署的视觉大模型已在华北5省投用，可识别的故障种类由此前的18类扩至60类。",
            "公司介绍，模型在无人机端完成初筛，疑似缺陷图片回传后由人工复核，巡检报告生成时间由2天缩短到半天。",
        ],
        r"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_央广网</title>
<meta name="keywords" content="电网,无人机,大模型">
<meta name="description" content="央广网北京9月14日消息（记者韩栎）记者从北辰电网科技获悉……">
<link rel="canonical" href="https://tech.cnr.cn/techph/20230914/t20230914_526418822.shtml">
</head>
<body>
<div class="header"><a href="https://www.cnr.cn/">央广网</a> <a href="https://tech.cnr.cn/">科技</a></div>
<div class="subNav"><a href="https://tech.cnr.cn/">科技</a> &gt; <a href="https://tech.cnr.cn/techph/">评论</a></div>
<div class="article-header">
<h1>{{T}}</h1>
<div class="source"><span>2023-09-14 18:20:00</span><span>来源：央广网</span></div>
<div class="share"><span>分享到：</span><a class="icon-wx"></a><a class="icon-wb"></a><span class="fontsize">字号：T|T</span></div>
</div>
<div class="article-content"><div class="TRS_Editor">
{{story}}
</div></div>
<div class="editor">编辑：廖可欣</div>
<div class="copyright">央广网版权所有 中央人民广播电台主办</div>
</body>
</html>
""",
    ),
    page(
        "m08_youth_cn",
        "大学生团队研发盲道巡查机器人 获全国创新创业大赛金奖",
        "2020-07-30",
        "中国青年网",
        "闵一帆",
        "沙沐",
        None,
        [
            "中国青年网北京7月30日电（记者 闵一帆）在日前结束的一项全国大学生创新创业大赛中，来自西南某高校的学生团队凭借盲道巡查机器人获得金奖。",
            "该机器人通过摄像头和深度学习算法识别被占用或破损的盲道，并将位置信息上传至城市管理平台。团队表示，产品已在两个社区试用。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_新闻频道_中国青年网</title>
<meta name="keywords" content="盲道,机器人,大学生" />
<meta name="description" content="中国青年网北京7月30日电（记者 闵一帆）在日前结束的一项全国大学生创新创业大赛中……" />
</head>
<body>
<div class="top_nav"><a href="http://www.youth.cn/">中国青年网</a> | <a href="http://news.youth.cn/">新闻</a></div>
<div class="loc"><a href="http://news.youth.cn/">新闻频道</a> &gt;&gt; <a href="http://news.youth.cn/gn/">国内</a></div>
<div class="page_bt"><p class="pbt">{{T}}</p></div>
<div class="page_k"><span id="page_right">2020-07-30 09:12:45</span>　 来源：<span>中国青年网</span></div>
<div class="page_text"><div class="TRS_Editor">
{{story}}
</div></div>
<p class="page_bianji">责任编辑：沙沐</p>
<div class="footer">Copyright © 1999-2020 Youth.cn All Rights Reserved 中国青年网 版权所有</div>
</body>
</html>
""",
    ),
    page(
        "m09_chinadaily_cn",
        "跨境电商卖家用AI生成多语种商品详情 上新周期缩短一半",
        "2024-10-10",
        "中国日报网",
        "易凌",
        "范启航",
        "https://cn.chinadaily.com.cn/a/202410/10/WS6707a1b2a310b59111d9c4e1.html",
        [
            "中国日报网10月10日电 (记者 易凌) 在义乌，越来越多的跨境电商卖家开始用AI工具生成英语、西班牙语、阿拉伯语等多语种商品详情页。",
            "当地一家电商服务商表示，借助这类工具，卖家的新品上架周期由过去的10天左右缩短到5天，翻译外包费用下降六成。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{{T}} - 中国日报网</title>
<meta name="keywords" content="跨境电商,AI,义乌">
<meta name="description" content="在义乌，越来越多的跨境电商卖家开始用AI工具生成多语种商品详情页。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://cn.chinadaily.com.cn/a/202410/10/WS6707a1b2a310b59111d9c4e1.html">
<meta name="articl-author" content="易凌">
<meta name="source" content="中国日报网">
</head>
<body>
<div class="topNav"><a href="https://cn.chinadaily.com.cn/">中国日报中文网</a> <a href="https://caijing.chinadaily.com.cn/">财经</a></div>
<div class="da-bre"><a href="https://cn.chinadaily.com.cn/">中国日报网</a> &gt; <a href="https://caijing.chinadaily.com.cn/">财经</a></div>
<div class="dabiaoti">{{T}}</div>
<div class="fenx"><div class="xinf-le">来源：<a href="https://cn.chinadaily.com.cn/">中国日报网</a></div><div class="xinf-le">2024-10-10 15:22</div><div class="xinf-ri">分享到：</div></div>
<div id="Content" class="article">
{{story}}
</div>
<div class="fenx"><div class="xinf-le">【我要纠错】 责任编辑：范启航</div></div>
<div class="foot">中国日报网版权说明：凡注明来源为“中国日报网：XXX(署名)”，除与中国日报网签署内容授权协议的网站外……</div>
</body>
</html>
""",
    ),
    page(
        "m10_cyol_epaper",
        "“AI陪练”进课堂：学生口语练习有了24小时搭档",
        "2019-12-18",
        "中国青年报",
        "俞思齐",
        None,
        None,
        [
            "在杭州一所初中，英语课后的口语练习由一款“AI陪练”负责。学生对着平板电脑朗读课文，系统会逐句给出发音评分和纠正建议。",
            "学校英语教研组长介绍，使用一个学期以来，学生日均口语练习时长由8分钟增加到21分钟，但教师仍需把关评分标准，避免学生只追求分数。",
        ],
        r"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>中国青年报</title>
<link rel="stylesheet" href="../../../css/style.css" type="text/css">
</head>
<body>
<table width="1000" align="center"><tr><td class="paper_title">中国青年报 2019年12月18日 星期三</td>
<td><a href="../../../html/2019-12/18/nbs.D110000zgqnb_01.htm">第01版：要闻</a> 第06版：教育·科学 <a href="#">上一期</a> <a href="#">下一期</a></td></tr></table>
<table width="1000" align="center"><tr>
<td width="300" class="banmian"><img src="../../../page/6/2019-12/18/06/2019121806_brief.jpg" usemap="#PagePicMap"><p>版面导航</p><ul><li><a href="#">“AI陪练”进课堂</a></li><li><a href="#">高校实验室安全检查进行时</a></li></ul></td>
<td width="700">
<div class="zw">
<h3 class="yt"></h3>
<h1>{{T}}</h1>
<h2 class="ft"></h2>
<p class="author">本报记者 俞思齐</p>
<div class="content">
{{story}}
</div>
<p class="from">《中国青年报》（ 2019年12月18日 06 版）</p>
</div>
</td></tr></table>
<div class="copyright">中国青年报社版权所有 Copyright© 2019 All rights reserved</div>
</body>
</html>
""",
    ),
    page(
        "m11_sina_mobile",
        "AI眼镜出货量上半年同比增长近3倍 国产品牌占六成",
        "2025-08-05",
        "证券时报",
        "祁言",
        "苏文岚",
        "https://finance.sina.com.cn/stock/stocktalk/2025-08-05/doc-infkqwxy3821057.shtml",
        [
            "证券时报记者 祁言",
            "据行业机构统计，今年上半年国内AI眼镜出货量约为112万副，同比增长近3倍，其中国产品牌出货量占比约六成。",
            "分析人士指出，具备拍照、翻译和语音助手功能的轻量化产品最受欢迎，价格带集中在1500元至2500元。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{{T}}_手机新浪网</title>
<meta name="keywords" content="AI眼镜,出货量">
<meta name="description" content="据行业机构统计，今年上半年国内AI眼镜出货量约为112万副。">
<meta property="og:type" content="news">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://finance.sina.cn/2025-08-05/detail-infkqwxy3821057.d.html">
<meta property="article:published_time" content="2025-08-05T08:41:12+08:00">
<meta property="article:author" content="证券时报">
<meta name="weibo: article:create_at" content="2025-08-05 08:41:12">
<link rel="canonical" href="https://finance.sina.com.cn/stock/stocktalk/2025-08-05/doc-infkqwxy3821057.shtml">
</head>
<body>
<header class="sinaHead"><a class="logo" href="https://sina.cn/">新浪</a><span>财经</span></header>
<main class="s_card j_article_main">
<section class="art_main">
<h1 class="art_tit_h1">{{T}}</h1>
<section class="art_info_n"><time class="weibo_time">2025-08-05 08:41</time><cite class="weibo_name">证券时报</cite><span class="weibo_v">新浪财经官方</span></section>
<article class="art_box">
{{story}}
<p class="art_p_editor">责任编辑：苏文岚</p>
</article>
</section>
<section class="hotnews"><h2>热门推荐</h2><a href="#">A股三大指数午后走强</a></section>
<footer>新浪财经APP 打开APP看更多</footer>
</main>
</body>
</html>
""",
    ),
    page(
        "m12_sohu",
        "一家无人配送车企业的下沉市场账本",
        "2024-06-06",
        "智能车参考",
        None,
        None,
        "https://www.sohu.com/a/784512390_121124376",
        [
            "在华中一个县城，快递网点的无人配送车已经跑了一年。网点负责人算了一笔账：一台车每天往返乡镇驿站4趟，替代了两名司机的工作量，月租金约4000元。",
            "生产这些车的企业坦言，县域市场订单增长快，但单车利润薄，能否靠规模摊薄研发投入，还要看明年的交付量。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_搜狐汽车_搜狐网</title>
<meta name="keywords" content="无人配送,县城,快递">
<meta name="description" content="在华中一个县城，快递网点的无人配送车已经跑了一年。">
<meta property="og:type" content="news">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.sohu.com/a/784512390_121124376">
<meta property="og:release_date" content="2024-06-06 10:12">
<meta name="mediaid" content="智能车参考">
<meta itemprop="dateUpdate" content="2024-06-06 10:12">
</head>
<body>
<div class="head-container"><a href="https://www.sohu.com/">搜狐</a> <a href="https://auto.sohu.com/">汽车</a></div>
<div class="left main">
<div class="user-info" id="user-info" data-role="info-area"><div class="user-pic"><img src="//p3.itc.cn/q_70/images03/avatar.jpg" alt=""></div><h4><a href="https://mp.sohu.com/profile?xpt=aaaa">智能车参考</a></h4><ul class="user-more"><li>文章</li><li>总阅读</li></ul></div>
<div class="text">
<div class="text-title"><h1>{{T}}</h1></div>
<div class="article-info"><span class="time" id="news-time" data-val="1717639920000">2024-06-06 10:12</span><span data-role="original-link">发布于：<a href="#">北京市</a></span></div>
<article class="article" id="mp-editor">
{{story}}
<p data-role="editor-name"><a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom">返回搜狐，查看更多</a></p>
</article>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<div class="article-oper"><span>阅读 (3812)</span></div>
</div>
<div id="comment_area">评论</div>
</div>
<script>window.article = {title: "{{T}}", authorName: "智能车参考", publicTime: "2024-06-06 10:12"};</script>
</body>
</html>
""",
    ),
    page(
        "m13_qq_news",
        "国产大模型一体机扎堆上市 政企客户更看重本地部署",
        "2025-02-14",
        "每日经济新闻",
        "邝晓彤",
        "梁芮",
        "https://news.qq.com/rain/a/20250214A03QXN00",
        [
            "每经记者 邝晓彤 每经编辑 梁芮",
            "春节后，多家服务器厂商密集推出预装国产大模型的一体机产品，价格从数十万元到数百万元不等。",
            "多位渠道商表示，政务、能源和金融客户询价明显增多，这类客户普遍要求数据不出本地机房，一体机交付周期约两到三周。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}_腾讯新闻</title>
<meta name="keywords" content="大模型,一体机">
<meta name="description" content="春节后，多家服务器厂商密集推出预装国产大模型的一体机产品。">
<meta name="apub:time" content="2025-02-14 07:25:33">
<link rel="canonical" href="https://news.qq.com/rain/a/20250214A03QXN00">
</head>
<body>
<div id="QQcom-header"><a href="https://www.qq.com/">腾讯网</a> <a href="https://news.qq.com/">新闻</a></div>
<div class="content-article">
<div class="article-title"><h1>{{T}}</h1></div>
<div class="article-author"><a class="author-name" href="#">每日经济新闻</a><span class="media-verified">腾讯新闻优质财经领域创作者</span><span class="article-time">2025-02-14 07:25</span><span class="article-location">发布于四川</span></div>
<div id="ArticleContent" class="rich_media_content">
{{story}}
<p class="statement">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p>
</div>
<div class="comment">写评论... 0条评论</div>
</div>
<script>window.DATA = {"article_id":"20250214A03QXN00","title":"{{T}}","pubtime":"2025-02-14 07:25:33","media":"每日经济新闻","catalog1":"finance","tags":["大模型"],"comment_id":"0"};</script>
</body>
</html>
""",
    ),
    page(
        "m14_ifeng",
        "AI制药公司完成临床前候选化合物交付 首付款2000万美元",
        "2023-05-09",
        "中国证券报",
        "单沐阳",
        "谭一诺",
        "https://finance.ifeng.com/c/8PcQz2wXyKb",
        [
            "中证报中证网讯（记者 单沐阳）AI制药企业晶析智药5月9日宣布，已向一家欧洲药企交付首个临床前候选化合物，并获得2000万美元首付款。",
            "公司表示，该化合物从立项到确定候选分子用时14个月，较行业常见周期缩短约一半。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_凤凰网财经_凤凰网</title>
<meta name="keywords" content="AI制药 候选化合物">
<meta name="description" content="AI制药企业晶析智药5月9日宣布，已向一家欧洲药企交付首个临床前候选化合物。">
<meta property="og:url" content="https://finance.ifeng.com/c/8PcQz2wXyKb">
<meta property="og:title" content="{{T}}">
<meta name="og:time " content="2023-05-09 16:44:17">
<meta name="og:category " content="凤凰网财经">
</head>
<body>
<div class="index_header"><a href="https://www.ifeng.com/">凤凰网首页</a> <a href="https://finance.ifeng.com/">财经</a></div>
<div class="index_artical">
<h1 class="index_topic">{{T}}</h1>
<div class="index_info"><p class="index_time"><span>2023年05月09日 16:44:17</span><span class="index_source"><a href="#">中国证券报</a></span></p><span class="index_shareBox">分享</span></div>
<div class="index_main_content">
{{story}}
</div>
<p class="index_editor">责任编辑：谭一诺</p>
</div>
<div class="index_comment">网友评论 说两句 已有0人参与</div>
<script>var allData = {"docData":{"base62Id":"8PcQz2wXyKb","title":"{{T}}","newsTime":"2023-05-09 16:44:17","source":"中国证券报","editorName":"谭一诺","editorCode":"PF084"},"nav":[]};</script>
</body>
</html>
""",
    ),
    page(
        "m15_thepaper",
        "上海发布具身智能训练场开放计划 首批向30家企业开放",
        "2024-03-21",
        "澎湃新闻",
        "蓝时雨",
        "曹惟",
        "https://www.thepaper.cn/newsDetail_forward_26779014",
        [
            "3月21日，澎湃新闻记者从上海市有关部门获悉，位于浦东的具身智能公共训练场将于4月起分批开放，首批向30家机器人企业提供场景数据采集和测试服务。",
            "训练场模拟了家庭、商超、工厂等12类场景，企业可按周预约使用。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}}_10%公司_澎湃新闻-The Paper</title>
<meta name="keywords" content="具身智能,训练场,上海">
<meta name="description" content="位于浦东的具身智能公共训练场将于4月起分批开放。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.thepaper.cn/newsDetail_forward_26779014">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.thepaper.cn/newsDetail_forward_26779014">
</head>
<body>
<div id="__next">
<div class="header_nav"><a href="/">澎湃新闻</a> <a href="/channel_25950">时事</a> <a href="/channel_25951">财经</a></div>
<div class="index_wrapper__L_zqV">
<h1 class="index_title__B8mhI">{{T}}</h1>
<div class="index_headerContent__sASF4"><div class="ant-space"><div>澎湃新闻记者 蓝时雨</div></div>
<div class="ant-space ant-space-horizontal"><span>2024-03-21 19:05</span><span>来源：澎湃新闻</span></div></div>
<div class="index_cententWrap__Jv8jK">
{{story}}
</div>
<p class="index_editor__UXBE2">责任编辑：曹惟 图片编辑：葛林</p><p class="index_editor__UXBE2">校对：施雯</p>
<p class="index_copyright">澎湃新闻报料：021-962866 澎湃新闻，未经授权不得转载</p>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"detailData":{"contentDetail":{"contId":26779014,"name":"{{T}}","author":"澎湃新闻记者 蓝时雨","pubTime":"2024-03-21 19:05","source":"澎湃新闻","responEditor":"曹惟","nodeInfo":{"name":"10%公司"}}}}},"page":"/newsDetail_forward/[id]"}</script>
</body>
</html>
""",
    ),
    page(
        "m16_jiemian",
        "自动驾驶卡车公司启动港股上市辅导",
        "2024-07-02",
        "界面新闻",
        "盛知远",
        "贺楠",
        "https://www.jiemian.com/article/11384920.html",
        [
            "界面新闻记者获悉，自动驾驶卡车公司驰远智运已启动港股上市辅导，计划年内递交招股书。",
            "驰远智运成立于2019年，主要为干线物流客户提供L4级自动驾驶重卡运营服务，目前在津冀、长三角两条线路上常态化运营约200台车辆。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}|界面新闻 · 科技</title>
<meta name="keywords" content="自动驾驶,港股,上市">
<meta name="description" content="界面新闻记者获悉，自动驾驶卡车公司驰远智运已启动港股上市辅导。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.jiemian.com/article/11384920.html">
<meta property="og:site_name" content="界面新闻">
</head>
<body>
<div class="header"><a href="https://www.jiemian.com/">界面新闻</a> <a href="https://www.jiemian.com/lists/6.html">科技</a></div>
<div class="article-header">
<div class="article-header-label"><a href="#">科技</a></div>
<h1>{{T}}</h1>
<p class="article-view"><span>计划年内递交招股书。</span></p>
</div>
<div class="article-info"><p><span class="author"><a href="https://www.jiemian.com/user/1883.html">界面新闻记者 | 盛知远</a></span>
<span class="date" data-date="1719887040">2024/07/02 10:24</span> <span>来源：界面新闻</span></p></div>
<div class="article-content">
{{story}}
<p class="editor">编辑 | 贺楠</p>
</div>
<div class="article-share">分享到：微信 微博 QQ</div>
<div class="comment-container">评论</div>
<div class="footer">界面新闻版权所有 © 2014-2024 上海界面财联社科技股份有限公司</div>
</body>
</html>
""",
    ),
    page(
        "m17_yicai",
        "工业软件企业牵手汽车主机厂 共建研发大模型",
        "2025-03-05",
        "第一财经",
        "郁清",
        "沈旸",
        "https://www.yicai.com/news/102493617.html",
        [
            "工业软件企业衡算科技3月5日与一家头部汽车主机厂签署合作协议，双方将基于主机厂历年积累的仿真和试验数据，共建面向车身设计的研发大模型。",
            "衡算科技董事长表示，合作首期投入约1.5亿元，目标是将新车型车身结构设计周期缩短30%。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}</title>
<meta name="keywords" content="工业软件,大模型,汽车">
<meta name="description" content="工业软件企业衡算科技3月5日与一家头部汽车主机厂签署合作协议。">
<link rel="canonical" href="https://www.yicai.com/news/102493617.html">
</head>
<body>
<div class="m-header"><a href="https://www.yicai.com/">第一财经</a> <a href="#">新闻</a> <a href="#">视听</a></div>
<div class="m-crumb">当前位置：<a href="https://www.yicai.com/">首页</a> &gt; <a href="#">科技</a></div>
<div class="title f-pr">
<h1>{{T}}</h1>
<p><em>第一财经</em><em>2025-03-05 21:12:33</em><em>作者：郁清</em><em>责编：沈旸</em></p>
</div>
<div class="intro">合作首期投入约1.5亿元。</div>
<div class="m-txt">
{{story}}
</div>
<div class="m-statement">举报 第一财经广告合作，请点击这里 此内容为第一财经原创，著作权归第一财经所有。</div>
</body>
</html>
""",
    ),
    page(
        "m18_caixin",
        "芯片设计初创公司获国资领投 估值超50亿元",
        "2023-04-11",
        "财新网",
        "柯晓晨、袁悦",
        "季川",
        "https://www.caixin.com/2023-04-11/102017764.html",
        [
            "财新记者获悉，专注于边缘AI推理芯片的初创公司芯瀚微电子近日完成新一轮融资，由某地方国资基金领投，投后估值超过50亿元。",
            "芯瀚微电子首款芯片已在安防摄像头和工业网关中量产应用，公司计划将新一轮资金用于车规级芯片研发。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_科技频道_财新网</title>
<meta name="keywords" content="芯片,融资,国资">
<meta name="description" content="专注于边缘AI推理芯片的初创公司芯瀚微电子近日完成新一轮融资。">
<meta name="author" content="财新网">
<link rel="canonical" href="https://www.caixin.com/2023-04-11/102017764.html">
</head>
<body>
<div class="head"><a href="https://www.caixin.com/">财新网</a> | <a href="https://science.caixin.com/">科技</a></div>
<div class="crumb"><a href="https://www.caixin.com/">财新网</a> &gt; <a href="https://science.caixin.com/">科技</a> &gt; 正文</div>
<div id="the_content" class="article">
<h1>{{T}}</h1>
<div class="artInfo">文｜财新 柯晓晨，实习记者 袁悦<br>2023年04月11日 18:58 <span class="source">来源于 财新网</span></div>
<div class="subhead">新一轮资金将用于车规级芯片研发</div>
<div id="Main_Content_Val" class="text">
{{story}}
<p class="editor">责任编辑：季川 | 版面编辑：钟亦</p>
</div>
</div>
<div class="footer">京ICP证090880号 京ICP备10044210号 版权所有 财新传媒</div>
</body>
</html>
""",
    ),
    page(
        "m19_eastmoney",
        "AI服务器订单饱满 这家PCB厂商一季度净利增长72%",
        "2025-04-17",
        "证券时报网",
        "龙芮",
        None,
        "https://finance.eastmoney.com/a/202504173379012458.html",
        [
            "4月16日晚间，PCB厂商联瀚电路披露一季报，公司一季度实现营业收入18.6亿元，同比增长35%；净利润2.4亿元，同比增长72%。",
            "公司表示，业绩增长主要受益于AI服务器相关高多层板订单放量，目前产能利用率维持在95%以上。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}_东方财富网</title>
<meta name="keywords" content="PCB,AI服务器,一季报">
<meta name="description" content="4月16日晚间，PCB厂商联瀚电路披露一季报。">
<link rel="canonical" href="https://finance.eastmoney.com/a/202504173379012458.html">
</head>
<body>
<div class="topnav"><a href="https://www.eastmoney.com/">东方财富网</a> &gt; <a href="https://finance.eastmoney.com/">财经频道</a> &gt; 正文</div>
<div class="mainleft">
<div class="title">{{T}}</div>
<div class="infos"><div class="item">2025年04月17日 09:18</div><div class="item">来源：<a href="http://www.stcn.com/">证券时报网</a></div><div class="item">作者：龙芮</div><div class="item"><a href="#">评论(12)</a></div></div>
<div class="abstract"><div class="b-review">摘要</div>【AI服务器订单饱满 这家PCB厂商一季度净利增长72%】公司表示，业绩增长主要受益于AI服务器相关高多层板订单放量。</div>
<div class="txtinfos" id="ContentBody">
{{story}}
<p class="res-edit">(文章来源：证券时报网)</p>
<p class="res-edit">(责任编辑：DF512)</p>
</div>
<div class="fxtip">郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。</div>
</div>
</body>
</html>
""",
    ),
    page(
        "m20_cls",
        "人形机器人灵巧手供应商获数亿元B轮融资",
        "2024-04-03",
        "科创板日报",
        "喻晨",
        "伍佳",
        "https://www.cls.cn/detail/1638219",
        [
            "《科创板日报》4月3日讯（记者 喻晨）人形机器人灵巧手供应商指衡科技近日完成数亿元B轮融资，本轮由两家产业资本联合领投。",
            "指衡科技创始人表示，公司的六自由度灵巧手已向国内多家人形机器人整机厂小批量供货，今年计划将年产能提升至1万只。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{T}}_财联社</title>
<meta name="keywords" content="人形机器人,灵巧手,融资">
<meta name="description" content="人形机器人灵巧手供应商指衡科技近日完成数亿元B轮融资。">
<link rel="canonical" href="https://www.cls.cn/detail/1638219">
</head>
<body>
<div id="__next">
<div class="header"><a href="/">财联社</a> <a href="/telegraph">电报</a> <a href="/depth?id=1000">头条</a></div>
<div class="detail-header"><div class="detail-title"><span>{{T}}</span></div>
<div class="detail-time-source"><span class="f-l m-r-10">2024-04-03 14:20 星期三</span><span class="f-l">来源：科创板日报</span></div>
<div class="detail-author">科创板日报记者 喻晨</div></div>
<div class="detail-brief">指衡科技创始人表示，公司的六自由度灵巧手已向国内多家人形机器人整机厂小批量供货。</div>
<div class="detail-content">
{{story}}
<p>（科创板日报记者 喻晨）</p>
</div>
<div class="detail-editor">编辑 伍佳</div>
<div class="detail-subject">关联话题：<a href="#">人形机器人</a></div>
<div class="detail-statement">声明：文章不构成投资建议</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"initialState":{"detail":{"articleDetail":{"id":1638219,"title":"{{T}}","ctime":1712125200,"author":{"name":"喻晨"},"source":"科创板日报"}}}}}</script>
</body>
</html>
""",
    ),
    page(
        "m21_stcn",
        "券商研报写作用上大模型 首批试点覆盖十余家机构",
        "2025-06-11",
        "证券时报网",
        "罗屹",
        "安然",
        None,
        [
            "证券时报网讯，记者从多家券商获悉，由证券行业数据服务商恒证数科推出的研报辅助写作大模型已在十余家券商研究所试点。",
            "试点券商表示，模型主要用于数据整理、图表生成和初稿撰写，分析师的观点和结论仍需人工完成，合规审核流程不变。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{{T}}</title>
<meta name="keywords" content="券商,研报,大模型">
<meta name="description" content="由证券行业数据服务商恒证数科推出的研报辅助写作大模型已在十余家券商研究所试点。">
</head>
<body>
<div class="header"><a href="https://www.stcn.com/">证券时报网</a> <a href="https://www.stcn.com/article/list/kx.html">快讯</a> <a href="#">券商</a></div>
<div class="detail-content-wrapper">
<div class="detail-title">{{T}}</div>
<div class="detail-info"><span>来源：证券时报网</span><span>作者：罗屹</span><span>2025-06-11 16:35</span></div>
<div class="detail-content">
{{story}}
</div>
<div class="detail-content-editor">责任编辑： 安然 </div>
<div class="detail-content-editor">校对： 魏婷 </div>
<div class="social-bar"><a>分享</a><a>收藏</a></div>
<div class="detail-declare">声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</div>
</div>
<div class="footer">证券时报网 版权所有 增值电信业务经营许可证：粤B2-20080118</div>
</body>
</html>
""",
    ),
    page(
        "m22_36kr",
        "36氪首发 | 做AI视频翻译的「声迹」完成千万美元A轮融资",
        "2024-05-30",
        "36氪",
        "苗澄",
        "邹禾",
        "https://36kr.com/p/2798631256701952",
        [
            "36氪获悉，AI视频翻译公司「声迹」近日完成千万美元A轮融资，由一家美元基金领投，老股东跟投。",
            "「声迹」的产品可将视频中的人声翻译成20多种语言，并保持原说话人的音色和口型同步，主要客户为短剧出海公司和跨境电商卖家。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}-36氪</title>
<meta name="keywords" content="AI视频翻译,融资">
<meta name="description" content="36氪获悉，AI视频翻译公司「声迹」近日完成千万美元A轮融资。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://36kr.com/p/2798631256701952">
</head>
<body>
<div class="kr-header"><a href="/">36氪</a> <a href="/information/web_news/">最新</a> <a href="/information/technology/">科技</a></div>
<div class="article-left-container">
<div class="article-title-icon common-width margin-bottom-20"><a class="title-icon-item item-a" href="/user/5893712">苗澄</a><span class="title-icon-item item-time">·2024年05月30日 10:00</span><span class="title-icon-item item-read">阅读 3.2万</span></div>
<h1 class="article-title margin-bottom-20 common-width">{{T}}</h1>
<div class="summary">主要客户为短剧出海公司和跨境电商卖家</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">
<p>文｜苗澄</p><p>编辑｜邹禾</p>
{{story}}
</div>
<div class="article-footer-txt"><p>本文由「36氪」原创出品，未经许可，禁止转载。</p></div>
</div>
<script>window.initialState={"articleDetail":{"articleDetailData":{"data":{"widgetTitle":"{{T}}","publishTime":1717034400000,"author":"苗澄","sourceType":"original"}}}}</script>
</body>
</html>
""",
    ),
    page(
        "m23_huxiu",
        "县城律所开始用AI写起诉状了",
        "2023-10-16",
        "法治新观察",
        "岑静",
        None,
        "https://www.huxiu.com/article/2183469.html",
        [
            "在西南一个县城，一家只有6名律师的律所去年底开始使用AI文书工具，起诉状、答辩状的初稿可在几分钟内生成。",
            "律所主任说，工具节省了大量重复劳动，但引用法条和案例时仍会出错，每份文书都要律师逐条核对后才能提交。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{T}}-虎嗅网</title>
<meta name="keywords" content="AI,律所,县城">
<meta name="description" content="在西南一个县城，一家只有6名律师的律所去年底开始使用AI文书工具。">
<meta property="og:url" content="https://www.huxiu.com/article/2183469.html">
<meta property="og:title" content="{{T}}-虎嗅网">
</head>
<body>
<div class="header"><a href="/">虎嗅</a> <a href="/channel/105.html">前沿科技</a></div>
<div class="article-wrap">
<h1 class="article__title">{{T}}</h1>
<div class="article__author-info"><a class="author-info__username" href="/member/3319581.html">法治新观察</a></div>
<div class="article__time">2023-10-16 08:15</div>
<div class="article__content">
<p class="text-remarks">本文来自微信公众号：<a>法治新观察 （ID：fzxgc2016）</a>，作者：岑静，原文标题：《AI进了县城律所》，题图来自：视觉中国</p>
{{story}}
<p class="text-remarks">本文来自微信公众号：法治新观察 （ID：fzxgc2016），作者：岑静</p>
<p class="text-remarks">本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系hezuo@huxiu.com</p>
</div>
<div class="article__bottom-info">本文来自虎嗅，原文链接：https://www.huxiu.com/article/2183469.html?f=wyxwapp</div>
</div>
</body>
</html>
""",
    ),
    page(
        "m24_ithome",
        "澜芯发布端侧AI芯片 LX-800：NPU算力48TOPS",
        "2024-09-12",
        "IT之家",
        "远山",
        "问舟",
        "https://www.ithome.com/0/795/218.htm",
        [
            "IT之家 9 月 12 日消息，芯片企业澜芯科技今日发布端侧 AI 芯片 LX-800，官方称其 NPU 算力为 48TOPS，可在本地运行 70 亿参数的语言模型。",
            "据介绍，LX-800 采用 6nm 工艺，面向 AI PC 和平板产品，首批搭载该芯片的终端预计于今年第四季度上市。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} - IT之家</title>
<meta name="keywords" content="澜芯,LX-800,芯片,NPU">
<meta name="description" content="IT之家 9 月 12 日消息，芯片企业澜芯科技今日发布端侧 AI 芯片 LX-800。">
<link rel="canonical" href="https://www.ithome.com/0/795/218.htm">
</head>
<body>
<div id="nav"><a href="https://www.ithome.com/">IT之家</a> <a href="https://it.ithome.com/">IT资讯</a> <a href="https://digi.ithome.com/">数码之家</a></div>
<div id="dt">
<div class="fl"><h1>{{T}}</h1>
<div class="cv"><span id="pubtime_baidu">2024/9/12 8:41:25</span><span id="source_baidu">来源：<a href="https://www.ithome.com/">IT之家</a></span><span id="author_baidu">作者：<strong>远山</strong></span><span id="editor_baidu">责编：<strong>问舟</strong></span><span class="cmtsLink">评论：<a href="#">62</a></span></div></div>
<div class="post_content" id="paragraph">
{{story}}
<p class="ad-tips">广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家所有文章均包含本声明。</p>
</div>
</div>
<div id="post_comm">最新评论 2024/9/12 9:02 网友：终于来了</div>
</body>
</html>
""",
    ),
    page(
        "m25_qbitai",
        "国产开源代码模型登顶多语言评测榜 参数仅340亿",
        "2024-12-10",
        "量子位",
        "一寸",
        None,
        "https://www.qbitai.com/2024/12/223187.html",
        [
            "一个参数量340亿的国产开源代码模型，在最新一期多语言代码生成评测中拿下第一。",
            "这款名为“织码”的模型由杭州初创公司深织智能发布，支持40多种编程语言，团队同时开源了模型权重和部分训练数据。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<title>{{T}} | 量子位</title>
<meta name="description" content="一个参数量340亿的国产开源代码模型，在最新一期多语言代码生成评测中拿下第一。">
<link rel="canonical" href="https://www.qbitai.com/2024/12/223187.html">
<meta property="og:locale" content="zh_CN">
<meta property="og:type" content="article">
<meta property="og:title" content="{{T}} | 量子位">
<meta property="og:url" content="https://www.qbitai.com/2024/12/223187.html">
<meta property="og:site_name" content="量子位">
<meta property="article:published_time" content="2024-12-10T06:03:22+00:00">
<meta property="article:modified_time" content="2024-12-10T07:40:11+00:00">
<meta name="generator" content="WordPress 6.4.2">
</head>
<body class="post-template-default single single-post">
<div class="header"><a href="https://www.qbitai.com/">量子位</a> <a href="https://www.qbitai.com/category/资讯">资讯</a></div>
<div class="article">
<h1>{{T}}</h1>
<div class="article_info"><span class="author"><a href="https://www.qbitai.com/author/yicun">一寸</a></span><span class="date">2024-12-10</span><span class="time">14:03:22</span><span class="tags">来源：量子位</span></div>
<div class="zhaiyao">支持40多种编程语言</div>
<p>一寸 发自 凹非寺<br>量子位 | 公众号 QbitAI</p>
{{story}}
<p>— 完 —</p>
<p>版权所有，未经授权不得以任何形式转载及使用，违者必究。</p>
</div>
<div class="footer">© 2024 量子位 京ICP备17000000号</div>
</body>
</html>
""",
    ),
    page(
        "m26_jiqizhixin",
        "两千张显卡训出的医学影像模型，在12家医院跑了半年",
        "2023-06-02",
        "机器之心",
        None,
        "杜伟、陈萍",
        "https://www.jiqizhixin.com/articles/2023-06-02-4",
        [
            "一款用约2000张GPU训练的医学影像基础模型，已在12家三甲医院的放射科试运行了半年。",
            "研发方明影智能公布的数据显示，在肺结节和骨折两类任务上，模型辅助下的阅片时间平均缩短了38%，漏诊率也有所下降。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{T}} | 机器之心</title>
<meta name="description" content="一款用约2000张GPU训练的医学影像基础模型，已在12家三甲医院的放射科试运行了半年。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.jiqizhixin.com/articles/2023-06-02-4">
<meta property="og:site_name" content="机器之心">
</head>
<body>
<div class="header"><a href="/">机器之心</a> <a href="/articles">文章库</a> <a href="/sota">SOTA!模型</a></div>
<article class="article">
<div class="article__header"><h1 class="article__title">{{T}}</h1>
<div class="article__info"><span class="article__source">机器之心报道</span> <span class="article__editor">编辑：杜伟、陈萍</span> <time class="js-time-ago" datetime="2023-06-02 12:31:00 +0800">2023/06/02 12:31</time></div></div>
<div class="article__content">
{{story}}
</div>
<div class="article__statement">© THE END 转载请联系本公众号获得授权 投稿或寻求报道：content@jiqizhixin.com</div>
</article>
</body>
</html>
""",
    ),
    page(
        "m27_cnbeta",
        "视频平台上线AI识别“换脸”内容标注功能",
        "2020-10-14",
        "凤凰网科技",
        None,
        None,
        "https://www.cnbeta.com.tw/articles/tech/1041276.htm",
        [
            "一家国内视频平台10月14日宣布，上线AI生成内容识别和标注功能，对疑似使用“换脸”技术合成的视频自动添加提示。",
            "平台表示，功能上线首周已标注相关视频3.1万条，用户对标注有异议可申请人工复核。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} - cnBeta.COM 移动版</title>
<meta name="keywords" content="视频平台,AI,换脸">
<meta name="description" content="一家国内视频平台10月14日宣布，上线AI生成内容识别和标注功能。">
<link rel="canonical" href="https://www.cnbeta.com.tw/articles/tech/1041276.htm">
</head>
<body>
<header class="cb-header"><a href="/">cnBeta.COM</a> <a href="/category/tech.htm">科技</a></header>
<div class="cnbeta-article">
<header class="title"><h1>{{T}}</h1>
<div class="meta"><span>2020年10月14日 21:09</span><span class="source">稿源：<a href="#"><span>凤凰网科技</span></a></span></div></header>
<div class="cnbeta-article-body">
<div class="article-summary"><div class="topic"><a href="/topics/9.htm"><img title="人工智能" src="//static.cnbetacdn.com/topics/ai.png"></a></div><p>一家国内视频平台宣布上线AI生成内容识别和标注功能。</p></div>
<div class="article-content">
{{story}}
</div>
</div>
<div class="article-topic">查看评论 <a href="#">(28)</a></div>
</div>
<div class="footer">© 2003-2020 cnBeta.COM</div>
</body>
</html>
""",
    ),
    page(
        "m28_nfplus",
        "佛山陶瓷企业引入AI釉面检测 每条线节省质检员6名",
        "2024-04-18",
        "南方+",
        "郑嘉俊、麦晓琳",
        "谭芷晴",
        None,
        [
            "佛山一家陶瓷企业近日在三条生产线上引入AI釉面检测设备，可识别针孔、色差、裂纹等15类缺陷，每条生产线节省质检员6名。",
            "企业负责人介绍，设备由本地企业瓷眸科技研发，漏检率控制在千分之三以内，投资回收期约一年半。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{{T}}</title>
<meta name="description" content="南方+">
<script>var shareData = {title: "{{T}}", desc: "南方+", imgUrl: "https://static.nfapp.southcn.com/share.png"};</script>
</head>
<body>
<div class="top-banner"><img src="https://static.nfapp.southcn.com/logo.png" alt="南方+"><span>打开南方+，阅读体验更佳</span><a class="open-app">打开</a></div>
<div class="article">
<h1 class="article-title">{{T}}</h1>
<div class="article-info"><span class="author">南方+ 记者 郑嘉俊</span><span class="time">2024-04-18 19:26</span></div>
<div class="article-content">
{{story}}
<p>【记者】郑嘉俊</p>
<p>【通讯员】麦晓琳</p>
<p>【作者】 郑嘉俊;麦晓琳</p>
<p>【来源】 南方报业传媒集团南方+客户端</p>
</div>
<div class="article-editor">编辑 谭芷晴</div>
</div>
<div class="comment-box">评论 暂无评论，快来抢沙发吧</div>
<div class="bottom">南方+客户端 南方报业传媒集团出品</div>
</body>
</html>
""",
    ),
    page(
        "m29_zjrb_epaper",
        "绍兴纺织印染企业建起“AI配色大脑”",
        "2023-03-15",
        "浙江日报",
        "蒋思源、阮一帆",
        None,
        None,
        [
            "在绍兴柯桥一家印染企业的打样车间，技术员把客户寄来的布样放进测色仪，十几秒后，“AI配色大脑”就给出了染料配方。",
            "企业负责人说，过去一个颜色平均要打样4次才能达标，现在一次达标率提高到85%，每年可节省染料和用水成本约300万元。",
        ],
        r"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>浙江日报</title>
<link href="../../../../css/paper.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="main-top"><span class="paper-name">浙江日报</span> <span class="paper-date">2023年03月15日 星期三</span></div>
<div class="main-left">
<div class="banmian">第00005版：经济新闻 <a href="../node_5.html">返回版面</a></div>
<div class="bmdh"><ul><li><a href="content_123.html">绍兴纺织印染企业建起“AI配色大脑”</a></li><li><a href="content_124.html">一季度外贸“开门红”</a></li></ul></div>
</div>
<div class="main-right">
<div class="tit">
<h3>智能化改造让老行业焕新</h3>
<h1>{{T}}</h1>
<h2></h2>
</div>
<div class="info"><span>2023年03月15日</span> <span>浙江日报</span></div>
<p class="author">本报记者 蒋思源 通讯员 阮一帆</p>
<div class="content" id="ozoom">
{{story}}
</div>
<div class="page-nav"><a href="#">上一篇</a> <a href="#">下一篇</a></div>
</div>
<div class="footer">浙江日报报业集团 版权所有 浙ICP备05000000号</div>
</body>
</html>
""",
    ),
    page(
        "m30_bjd_app",
        "北京亦庄开通首条无人驾驶公交接驳线",
        "2025-02-27",
        "北京日报客户端",
        "祝宁",
        "邓晓岩",
        "https://xinwen.bjd.com.cn/content/s67bfc8a2e4b0e2bb1a27c1f4.html",
        [
            "2月27日，北京经济技术开发区首条无人驾驶公交接驳线开通运营，线路全长约6.8公里，连接地铁站与三个产业园区。",
            "运营方介绍，线路投放8辆无人驾驶小巴，早晚高峰发车间隔8分钟，乘客通过手机预约即可乘车，试运营期间免费。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{{T}}</title>
<meta name="keywords" content="无人驾驶,公交,亦庄">
<meta name="description" content="北京经济技术开发区首条无人驾驶公交接驳线开通运营。">
<link rel="canonical" href="https://xinwen.bjd.com.cn/content/s67bfc8a2e4b0e2bb1a27c1f4.html">
</head>
<body>
<div class="header"><img src="https://xinwen.bjd.com.cn/images/logo.png" alt="北京日报"><a class="download">下载北京日报客户端</a></div>
<div class="container">
<div class="article-title">{{T}}</div>
<div class="source-time"><span class="source">来源：北京日报客户端</span><span class="time">2025-02-27 10:05:12</span></div>
<div class="article-content">
{{story}}
</div>
<div class="article-foot"><p>来源：北京日报客户端 | 记者：祝宁</p><p>编辑：邓晓岩</p><p>流程编辑：U071</p></div>
<div class="related"><h4>相关推荐</h4><a href="#">亦庄自动驾驶示范区扩区</a></div>
</div>
<div class="footer">北京日报报业集团 版权所有</div>
</body>
</html>
""",
    ),
    page(
        "m31_dzwww",
        "山东港口集装箱码头启用AI理货 单箱作业时间降至20秒",
        "2022-06-01",
        "大众日报",
        "于沐尘",
        "韩璐",
        None,
        [
            "日前，山东沿海一座集装箱码头全面启用AI智能理货系统，系统通过岸桥上的高清摄像头自动识别箱号、箱型和残损情况。",
            "码头运营方介绍，单箱理货作业时间由过去的约1分钟降至20秒，理货准确率达到99.9%，原有理货员转岗从事远程复核工作。",
        ],
        r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{{T}}_大众网</title>
<meta name="keywords" content="港口,AI理货" />
<meta name="description" content="山东沿海一座集装箱码头全面启用AI智能理货系统。" />
</head>
<body>
<div class="top"><a href="https://www.dzwww.com/">大众网</a> <a href="https://sd.dzwww.com/">山东新闻</a></div>
<div class="position">您现在的位置：<a href="https://www.dzwww.com/">首页</a> &gt; <a href="https://sd.dzwww.com/">山东新闻</a> &gt; <a href="https://sd.dzwww.com/sdnews/">山东要闻</a></div>
<div class="layout">
<h2>{{T}}</h2>
<div class="left"><span id="pubtime">2022-06-01 08:23:00</span>　<span id="source">来源：大众日报</span>　<span id="author">作者：于沐尘</span></div>
<div class="right">【我要纠错】【字号：大 中 小】</div>
<div class="news-con" id="news-con">
{{story}}
</div>
<div class="edit">责任编辑：韩璐</div>
</div>
<div class="footer">大众网版权所有，未经书面授权禁止使用 鲁ICP备09023866号</div>
</body>
</html>
""",
    ),
    page(
        "m32_jfdaily",
        "临港一季度新增人工智能企业47家",
        "2024-04-09",
        "解放日报",
        "俞澄、葛晓",
        "严文",
        None,
        [
            "记者从临港新片区管委会获悉，一季度临港新增注册人工智能企业47家，其中12家为具身智能和智能网联汽车领域企业。",
            "管委会有关负责人表示，临港将在今年建成第二个智算中心，为区内企业提供普惠算力。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}}</title>
<meta name="keywords" content="临港,人工智能">
<meta name="description" content="一季度临港新增注册人工智能企业47家。">
</head>
<body>
<div class="topbar"><a href="https://www.jfdaily.com/">上观新闻</a> <a href="#">上海</a> <a href="#">财经</a></div>
<div class="main">
<div class="wz_contents">{{T}}</div>
<div class="fen_time"><span>2024-04-09 06:45</span> <span>来源：解放日报</span> <span>作者：俞澄 葛晓</span> <span>阅读：5237</span></div>
<div class="wz_contents1">
{{story}}
</div>
<div class="bianji">栏目主编：施如 文字编辑：严文</div>
<div class="share-box">分享到 微信 微博</div>
<div class="comment">评论 发表评论</div>
</div>
<div class="footer">上观新闻 解放日报社 版权所有</div>
</body>
</html>
""",
    ),
    page(
        "m33_govcn_policy",
        "国务院办公厅关于推进人工智能赋能公共服务的指导意见",
        "2026-01-16",
        "国务院办公厅",
        None,
        "卜嘉",
        "https://www.gov.cn/zhengce/content/202601/content_7052318.htm",
        [
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为推动人工智能技术在教育、医疗、养老、政务服务等领域规范应用，经国务院同意，现提出如下意见。",
            "到2027年，公共服务领域人工智能应用场景基本覆盖主要民生事项，形成一批可复制推广的典型案例。各地区各部门要结合实际认真贯彻落实。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>国务院办公厅关于推进人工智能赋能公共服务的指导意见_国务院文件_中国政府网</title>
<meta name="keywords" content="人工智能;公共服务">
<meta name="description" content="国务院办公厅关于推进人工智能赋能公共服务的指导意见">
<meta name="firstpublishedtime" content="2026-01-16-17:02:11">
<meta name="lastmodifiedtime" content="2026-01-16-17:40:05">
<meta name="catalogs" content="01">
<meta name="contentid" content="7052318">
<meta name="manuscriptId" content="7052318">
<link rel="canonical" href="https://www.gov.cn/zhengce/content/202601/content_7052318.htm">
</head>
<body>
<div class="header"><a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.gov.cn/zhengce/">政策</a></div>
<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="https://www.gov.cn/zhengce/">政策</a> &gt; <a href="https://www.gov.cn/zhengce/zuixin/">最新</a></div>
<div class="policyLibraryOverview_header">
<table class="border-table noneBorder pc_border">
<tr><td class="tbg"><b>索 引 号：</b></td><td>000014349/2026-00006</td><td class="tbg"><b>主题分类：</b></td><td>科技、教育\科技</td></tr>
<tr><td class="tbg"><b>发文机关：</b></td><td>国务院办公厅</td><td class="tbg"><b>成文日期：</b></td><td>2026年01月09日</td></tr>
<tr><td class="tbg"><b>标　　题：</b></td><td colspan="3">国务院办公厅关于推进人工智能赋能公共服务的指导意见</td></tr>
<tr><td class="tbg"><b>发文字号：</b></td><td>国办发〔2026〕3号</td><td class="tbg"><b>发布日期：</b></td><td>2026年01月16日</td></tr>
</table>
</div>
<div class="pages_content" id="UCAP-CONTENT">
<p style="text-align:center"><strong>国务院办公厅关于推进人工智能赋能公共服务的指导意见</strong></p>
<p style="text-align:center">国办发〔2026〕3号</p>
{{story}}
<p style="text-align:right">国务院办公厅</p>
<p style="text-align:right">2026年1月9日</p>
<p>（此件公开发布）</p>
</div>
<div class="editor">【我要纠错】 责任编辑：卜嘉</div>
<div class="share">扫一扫在手机打开当前页</div>
<div class="footer">主办单位：国务院办公厅 运行维护单位：中国政府网运行中心 版权所有：中国政府网 网站标识码bm01000001</div>
</body>
</html>
""",
    ),
    page(
        "m34_govcn_bumen",
        "工业和信息化部启动2024年度智能制造标准应用试点",
        "2024-01-19",
        "工业和信息化部网站",
        None,
        "房潇",
        "https://www.gov.cn/lianbo/bumen/202401/content_6927031.htm",
        [
            "近日，工业和信息化部启动2024年度智能制造标准应用试点工作，聚焦工业大模型、数字孪生工厂、智能检测装备等方向遴选试点项目。",
            "通知要求，各地工业和信息化主管部门于3月底前完成项目推荐，每个省份推荐数量不超过10个。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>工业和信息化部启动2024年度智能制造标准应用试点_部门动态_中国政府网</title>
<meta name="keywords" content="智能制造;标准">
<meta name="firstpublishedtime" content="2024-01-19-10:27:03">
<meta name="lastmodifiedtime" content="2024-01-19-10:30:44">
<meta name="source" content="工业和信息化部网站">
<link rel="canonical" href="https://www.gov.cn/lianbo/bumen/202401/content_6927031.htm">
</head>
<body>
<div class="header"><a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.gov.cn/lianbo/">联播</a></div>
<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="https://www.gov.cn/lianbo/">联播</a> &gt; <a href="https://www.gov.cn/lianbo/bumen/">部门</a></div>
<div class="article oneColumn pub_border">
<h1 id="ti">{{T}}</h1>
<div class="pages-date">2024-01-19 10:27 <span class="font">来源： 工业和信息化部网站</span><div class="pages_print"><span class="font index_switchsize">字号：默认 大 超大</span>|<span class="font printIco">打印</span>|<span class="share">分享</span></div></div>
<div class="pages_content" id="UCAP-CONTENT">
{{story}}
</div>
<div class="editor">【我要纠错】 责任编辑：房潇</div>
<div class="related"><h3>相关稿件</h3></div>
</div>
<div class="footer">版权所有：中国政府网 网站标识码bm01000001 京ICP备05070218号</div>
</body>
</html>
""",
    ),
    page(
        "m35_miit",
        "工业和信息化部召开人形机器人产业发展座谈会",
        "2023-07-31",
        "科技司",
        None,
        None,
        None,
        [
            "7月28日，工业和信息化部在京召开人形机器人产业发展座谈会，来自整机企业、核心零部件企业、高校院所的20余位代表参加会议。",
            "会议指出，要加快突破高精度减速器、伺服电机等关键部件，推动人形机器人在汽车制造、物流搬运等场景开展应用验证。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>工业和信息化部召开人形机器人产业发展座谈会</title>
<meta name="SiteName" content="中华人民共和国工业和信息化部">
<meta name="SiteDomain" content="www.miit.gov.cn">
<meta name="SiteIDCode" content="bm07000001">
<meta name="ColumnName" content="工作动态">
<meta name="ColumnType" content="工作动态">
<meta name="ArticleTitle" content="工业和信息化部召开人形机器人产业发展座谈会">
<meta name="PubDate" content="2023-07-31 09:30">
<meta name="ContentSource" content="科技司">
<meta name="Keywords" content="人形机器人">
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="中华人民共和国工业和信息化部"></div>
<div class="location">您当前所在的位置：<a href="/">首页</a> &gt; <a href="/xwdt/index.html">新闻动态</a> &gt; <a href="/xwdt/gzdt/index.html">工作动态</a></div>
<div class="ctitle"><h1 id="con_title">{{T}}</h1></div>
<div class="cinfo center"><span id="con_time">发布时间：2023-07-31</span> <span>来源：科技司</span> <span class="fontsize">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="ccontent center" id="con_con">
{{story}}
</div>
<div class="cprint"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="footer">主办单位：中华人民共和国工业和信息化部 地址：北京市西长安街13号 京ICP备04000001号</div>
</body>
</html>
""",
    ),
    page(
        "m36_zj_gov",
        "我省新增15个人工智能产业应用示范场景",
        "2025-05-08",
        "省经信厅",
        None,
        None,
        None,
        [
            "近日，省经信厅公布2025年度人工智能产业应用示范场景名单，15个场景入选，涵盖纺织印染、港口物流、基层医疗等领域。",
            "入选场景将获得最高200万元的省级财政奖补，省经信厅将组织现场观摩，推动成熟方案在同行业复制推广。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>浙江省人民政府 部门动态 我省新增15个人工智能产业应用示范场景</title>
<meta name="SiteName" content="浙江省人民政府">
<meta name="SiteDomain" content="www.zj.gov.cn">
<meta name="SiteIDCode" content="3300000063">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="我省新增15个人工智能产业应用示范场景">
<meta name="PubDate" content="2025-05-08 16:12">
<meta name="ContentSource" content="省经信厅">
<meta name="Author" content="">
</head>
<body>
<div class="head"><a href="https://www.zj.gov.cn/">浙江省人民政府</a> <span>浙里办</span></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <a href="#">部门动态</a></div>
<div class="con">
<div class="title">{{T}}</div>
<div class="fbrq">发布日期：2025-05-08 16:12 <span>信息来源：省经信厅</span> <span>浏览次数：<script src="/module/visitcount/articlehits.jsp?colid=1229&amp;artid=6381920"></script></span> <span>字体：[大 中 小]</span></div>
<div class="zoom" id="zoom">
{{story}}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a> <a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
</div>
<div class="foot">主办单位：浙江省人民政府办公厅 网站标识码：3300000063 浙ICP备05000000号</div>
</body>
</html>
""",
    ),
    page(
        "m37_chengdu_gov",
        "成都发布人工智能赋能千行百业行动方案",
        "2022-10-20",
        "市经信局（市新经济委）",
        None,
        None,
        None,
        [
            "10月19日，成都市召开新闻发布会，发布人工智能赋能千行百业行动方案，提出到2025年培育人工智能重点企业100家、打造应用场景500个。",
            "方案明确，成都将围绕智能网联汽车、智慧医疗、智慧农业等领域每年发布场景清单，并设立专项资金支持首台套智能装备推广应用。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>成都发布人工智能赋能千行百业行动方案 - 成都市人民政府网站</title>
<meta name="SiteName" content="成都市人民政府网站">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="成都发布人工智能赋能千行百业行动方案">
<meta name="PubDate" content="2022-10-20 09:40">
<meta name="ContentSource" content="市经信局（市新经济委）">
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="成都市人民政府"></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">部门动态</a></div>
<div class="wz_title">{{T}}</div>
<div class="wz_rq">发布时间：2022-10-20 09:40 来源：市经信局（市新经济委） 字体：[<a>大</a> <a>中</a> <a>小</a>]</div>
<div class="wz_content" id="Zoom">
{{story}}
</div>
<div class="wz_dy"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer">主办：成都市人民政府办公厅 承办：成都市大数据中心 蜀ICP备05000000号 网站标识码：5101000001</div>
</body>
</html>
""",
    ),
    page(
        "m38_sip_admin",
        "园区启动人工智能创新中心二期建设",
        "2023-11-22",
        "园区科技创新委员会",
        None,
        None,
        None,
        [
            "11月21日，苏州工业园区人工智能创新中心二期项目开工，项目总建筑面积约12万平方米，计划2025年底前投用。",
            "二期将重点引进大模型应用、智能机器人和AI芯片设计企业，并配套建设算力服务平台和中试基地。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>苏州工业园区管理委员会</title>
<meta name="SiteName" content="苏州工业园区管理委员会">
<meta name="ColumnName" content="园区动态">
<meta name="ArticleTitle" content="园区启动人工智能创新中心二期建设">
<meta name="PubDate" content="2023-11-22 17:30">
<meta name="ContentSource" content="园区科技创新委员会">
</head>
<body>
<div class="top"><a href="/">苏州工业园区管理委员会</a> <a href="#">政务公开</a> <a href="#">政务服务</a></div>
<div class="position">您所在的位置：<a href="/">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">园区动态</a></div>
<div class="article-title"><h3>{{T}}</h3></div>
<div class="article-info">信息来源：园区科技创新委员会　发布日期：2023-11-22　浏览次数：<span id="hits">1026</span></div>
<div class="article-content">
{{story}}
</div>
<div class="article-tools"><a>【打印】</a><a>【关闭】</a></div>
<div class="foot">苏州工业园区管理委员会 版权所有 苏ICP备05000000号 网站标识码：3205000001</div>
</body>
</html>
""",
    ),
    page(
        "m39_county_news",
        "县里首个AI农技问答平台上线 果农手机拍照就能查病虫害",
        "2020-05-12",
        "县融媒体中心",
        "龚洁",
        None,
        None,
        [
            "近日，县农业农村局联合本地企业开发的AI农技问答平台正式上线。果农用手机拍下叶片或果实照片，平台即可识别常见病虫害并给出防治建议。",
            "平台上线半个月，已有1300多名果农注册使用，累计回答问题4600余条。",
        ],
        r"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>县里首个AI农技问答平台上线 果农手机拍照就能查病虫害</title>
<meta name="SiteName" content="某县人民政府">
<meta name="ColumnName" content="乡镇动态">
</head>
<body>
<div class="top"><img src="../images/top.jpg" alt="人民政府网站"></div>
<div class="dh">您现在的位置：<a href="../index.html">首页</a> &gt;&gt; <a href="../zwdt/">政务动态</a> &gt;&gt; <a href="./">乡镇动态</a></div>
<table width="100%"><tr><td class="bt" align="center">{{T}}</td></tr>
<tr><td class="xx" align="center">发布时间: 2020-05-12 16:20:37　 浏览次数: 312　 来源: 县融媒体中心　 作者: 龚洁</td></tr>
<tr><td class="nr">
{{story}}
</td></tr>
<tr><td class="sh" align="right">审核：钱若海　签发：陆青</td></tr></table>
<div class="bottom">版权所有：某县人民政府 主办：县人民政府办公室 ICP备案号：皖ICP备05000000号</div>
</body>
</html>
""",
    ),
    page(
        "m40_city_kjj_notice",
        "市科学技术局关于组织申报2026年度人工智能应用场景项目的通知",
        "2026-01-09",
        "市科学技术局",
        None,
        None,
        None,
        [
            "各区（市）科技主管部门，各有关单位：为加快人工智能技术在我市重点产业落地，现组织申报2026年度人工智能应用场景项目。",
            "申报截止时间为2026年2月28日。每个项目市级财政资助不超过300万元。联系人：科技局高新技术处，联系电话：0571-8000000。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>市科学技术局关于组织申报2026年度人工智能应用场景项目的通知</title>
<meta name="SiteName" content="某市科学技术局">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="市科学技术局关于组织申报2026年度人工智能应用场景项目的通知">
<meta name="PubDate" content="2026-01-09 15:00">
<meta name="ContentSource" content="市科学技术局">
</head>
<body>
<div class="header"><a href="/">某市科学技术局</a></div>
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="#">通知公告</a></div>
<div class="xxgk-table"><table>
<tr><th>索引号：</th><td>002489362/2026-00004</td><th>公开方式：</th><td>主动公开</td></tr>
<tr><th>发布机构：</th><td>市科学技术局</td><th>生成日期：</th><td>2026-01-08</td></tr>
<tr><th>公开日期：</th><td>2026-01-09</td><th>文号：</th><td>市科发〔2026〕2号</td></tr>
</table></div>
<h1 class="title">{{T}}</h1>
<div class="content">
{{story}}
<p>附件：<a href="#">1.2026年度人工智能应用场景项目申报指南.docx</a></p>
<p style="text-align:right">市科学技术局</p>
<p style="text-align:right">2026年1月8日</p>
</div>
<div class="footer">主办单位：某市科学技术局 网站标识码：3301000025</div>
</body>
</html>
""",
    ),
    page(
        "m41_tsinghua",
        "计算机系团队发布低资源语言语音识别开源数据集",
        "2023-11-20",
        "计算机系",
        "闫子墨",
        "陶然",
        None,
        [
            "近日，清华大学计算机系一支研究团队发布低资源语言语音识别开源数据集，覆盖我国12种少数民族语言和方言，总时长约3800小时。",
            "团队表示，数据集采集均经过说话人授权，将免费向学术界开放，用于推动语音技术在民族地区公共服务中的应用。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>计算机系团队发布低资源语言语音识别开源数据集-清华大学</title>
<meta name="keywords" content="清华新闻网,计算机系,语音识别">
<meta name="description" content="近日，清华大学计算机系一支研究团队发布低资源语言语音识别开源数据集。">
</head>
<body>
<div class="header"><a href="https://www.tsinghua.edu.cn/">清华大学</a> <a href="https://www.tsinghua.edu.cn/news.htm">新闻</a></div>
<div class="crumbs">首页 / 新闻 / 综合新闻</div>
<div class="content">
<div class="sj"><p>2023</p><p>11.20</p></div>
<div class="bt"><h3>{{T}}</h3></div>
<div class="laiy"><span>来源：计算机系</span></div>
<div class="v_news_content">
{{story}}
<p>供稿：计算机系</p>
<p>题图设计：于然</p>
<p>编辑：陶然</p>
<p>审核：郭岩</p>
<p style="text-align:right">（文：闫子墨）</p>
</div>
<div class="fenxiang">分享到：</div>
</div>
<div class="footer">版权所有 © 清华大学 京ICP备15006448号 京公网安备 110402430053 号</div>
</body>
</html>
""",
    ),
    page(
        "m42_webplus_univ",
        "学院与企业共建智能制造联合实验室揭牌",
        "2024-06-17",
        "人工智能与数据科学学院",
        "严书航",
        None,
        None,
        [
            "6月14日，人工智能与数据科学学院与本地装备制造企业共建的智能制造联合实验室揭牌。双方将围绕工业视觉检测、设备预测性维护等方向开展联合攻关。",
            "根据协议，企业首期投入研发经费800万元，并每年接收30名研究生到生产一线实习。",
        ],
        r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<title>学院与企业共建智能制造联合实验室揭牌</title>
<meta name="description" content="6月14日，人工智能与数据科学学院与本地装备制造企业共建的智能制造联合实验室揭牌。" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<script type="text/javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="17"></script>
</head>
<body class="list">
<div class="header"><div class="logo"><a href="/main.htm"><img src="/_upload/site/logo.png" alt="某大学新闻网"></a></div></div>
<div class="col_path"><span class="path-name">当前位置：</span><a href="/main.htm">首页</a><span class="possplit">&nbsp;&nbsp;</span><a href="/xyxw/list.htm">学院新闻</a></div>
<div frag="窗口5" portletmode="simpleArticleAttri">
<h1 class="arti_title">{{T}}</h1>
<p class="arti_metas"><span class="arti_publisher">发布者：韦晴</span><span class="arti_update">发布时间：2024-06-17</span><span class="arti_source">来源：人工智能与数据科学学院</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=17&type=3&articleId=618234">10</span></span></p>
<div class="entry"><div class="read"><div class="wp_articlecontent">
{{story}}
<p>（文/严书航 图/柯禹 审核/黄立新）</p>
</div></div></div>
</div>
<div class="footer">版权所有 © 某大学 地址：某市大学路1号</div>
</body>
</html>
""",
    ),
    page(
        "m43_cas",
        "自动化所研发类脑芯片原型 能效比提升一个数量级",
        "2022-03-08",
        "自动化研究所",
        None,
        "车晓",
        None,
        [
            "近日，中国科学院自动化研究所研究团队研发出一款类脑计算芯片原型，在手势识别、语音唤醒等任务上，能效比较同工艺传统芯片提升约一个数量级。",
            "相关成果已发表在国际学术期刊上。研究团队下一步将与企业合作，探索在可穿戴设备中的应用。",
        ],
        r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>自动化所研发类脑芯片原型 能效比提升一个数量级----中国科学院</title>
<meta name="SiteName" content="中国科学院">
<meta name="SiteDomain" content="www.cas.cn">
<meta name="ColumnName" content="科研进展">
<meta name="ArticleTitle" content="自动化所研发类脑芯片原型 能效比提升一个数量级">
<meta name="PubDate" content="2022-03-08 10:00">
<meta name="ContentSource" content="自动化研究所">
</head>
<body>
<div class="header"><a href="https://www.cas.cn/">中国科学院</a></div>
<div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; <a href="/syky/">科研</a> &gt; <a href="/syky/202203/">科研进展</a></div>
<div class="xl_title"><h1>{{T}}</h1></div>
<div class="xl_title_sub"><span>2022-03-08</span> | <span>来源：自动化研究所</span> <span>【字号 大 中 小】</span></div>
<div class="xl_content"><div class="TRS_Editor">
{{story}}
</div></div>
<div class="xl_bot"><a>【打印】</a> <a>【关闭】</a> <span class="zrbj">责任编辑：车晓</span></div>
<div class="footer">版权所有 © 中国科学院 京ICP备05002857号 京公网安备110402500047号</div>
</body>
</html>
""",
    ),
    page(
        "m44_company_newsroom",
        "星衡发布新一代工业大模型星衡Forge 3.0",
        "2024-09-20",
        "星衡科技",
        None,
        None,
        "https://www.xingheng-tech.cn/cn/news/2024/9/forge-3-launch",
        [
            "[中国，苏州，2024年9月20日] 在今日举行的星衡工业智能大会上，星衡科技发布新一代工业大模型星衡Forge 3.0。",
            "Forge 3.0面向工艺参数优化、设备故障诊断和质量追溯三类场景，支持在企业私有化环境中部署。星衡科技表示，目前已有超过200家制造企业使用Forge系列模型。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>星衡发布新一代工业大模型星衡Forge 3.0 - 星衡科技</title>
<meta name="description" content="在今日举行的星衡工业智能大会上，星衡科技发布新一代工业大模型星衡Forge 3.0。">
<meta property="og:type" content="article">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.xingheng-tech.cn/cn/news/2024/9/forge-3-launch">
<meta property="og:site_name" content="星衡科技">
<link rel="canonical" href="https://www.xingheng-tech.cn/cn/news/2024/9/forge-3-launch">
</head>
<body>
<header class="site-header"><a href="/cn">星衡科技</a><nav><a href="/cn/products">产品与方案</a><a href="/cn/news">新闻中心</a><a href="/cn/about">关于我们</a></nav></header>
<div class="breadcrumb"><a href="/cn">首页</a> / <a href="/cn/news">新闻中心</a> / <a href="/cn/news/press-release">新闻稿</a></div>
<section class="press-release">
<p class="tag">新闻稿</p>
<h1>{{T}}</h1>
<p class="date">2024/09/20</p>
<div class="share">分享：<a>微信</a><a>微博</a><a>LinkedIn</a></div>
<div class="rich-text">
{{story}}
<h4>关于星衡科技</h4>
<p>星衡科技是一家工业人工智能企业，总部位于苏州。</p>
<p>媒体联系：pr@xingheng-tech.cn</p>
</div>
</section>
<section class="related-news"><h2>相关新闻</h2><a href="#">星衡科技入选年度智能制造优秀供应商 2024/06/03</a></section>
<footer>© 2024 星衡科技有限公司 版权所有 苏ICP备20000000号</footer>
</body>
</html>
""",
    ),
    page(
        "m45_prnasia",
        "灵犀数科推出面向零售业的AI陈列巡检方案",
        "2025-03-04",
        "灵犀数科",
        None,
        None,
        "https://www.prnasia.com/story/452187-1.shtml",
        [
            "上海2025年3月4日 /美通社/ -- 零售科技企业灵犀数科今日推出AI陈列巡检方案。门店员工用手机拍摄货架，系统即可识别缺货、错位和价签不符等问题。",
            "灵犀数科称，该方案已在华东地区300余家连锁便利店试用，单店巡检时间由每天约1小时缩短至15分钟。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>灵犀数科推出面向零售业的AI陈列巡检方案 -- 上海2025年3月4日 /美通社/ -- | 美通社</title>
<meta name="description" content="零售科技企业灵犀数科今日推出AI陈列巡检方案。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.prnasia.com/story/452187-1.shtml">
<meta property="og:site_name" content="美通社 PR Newswire">
<link rel="canonical" href="https://www.prnasia.com/story/452187-1.shtml">
</head>
<body>
<div class="header"><a href="/">美通社 PR Newswire</a> <a href="/story/">最新新闻稿</a> <a href="#">发布新闻稿</a></div>
<div class="container">
<h1 id="contenttitle">{{T}}</h1>
<div class="storySub"><span class="story-date">2025-03-04 10:00</span> <span class="story-source">消息来源：灵犀数科</span></div>
<div id="dvContent">
{{story}}
<p>关于灵犀数科</p>
<p>灵犀数科成立于2018年，为零售企业提供门店数字化产品。</p>
<p>消息来源：灵犀数科</p>
</div>
<div class="relatedLinks"><h3>相关链接</h3><a href="#">灵犀数科官网</a></div>
</div>
<div class="footer">© 2025 美通社 Cision Ltd. 版权所有</div>
</body>
</html>
""",
    ),
    page(
        "m46_association",
        "联盟发布《大模型行业应用成熟度评估指南》",
        "2024-07-05",
        "人工智能产业发展联盟",
        None,
        None,
        None,
        [
            "7月4日，人工智能产业发展联盟在京发布《大模型行业应用成熟度评估指南》，从数据基础、技术能力、业务融合、安全合规四个方面将应用成熟度划分为五个等级。",
            "指南由40余家成员单位共同编制，联盟将于下半年启动首批评估工作。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>联盟动态-人工智能产业发展联盟</title>
<meta name="keywords" content="人工智能产业发展联盟,大模型,评估">
</head>
<body>
<div class="top"><a href="/">人工智能产业发展联盟</a> <a href="#">联盟介绍</a> <a href="#">联盟动态</a> <a href="#">成员单位</a> <a href="#">入会申请</a></div>
<div class="position">首页 &gt; 联盟动态</div>
<div class="news-detail">
<h2 class="news-title">{{T}}</h2>
<div class="news-info">时间：2024-07-05 &nbsp;&nbsp; 作者：联盟秘书处 &nbsp;&nbsp; 点击：846</div>
<div class="news-body">
{{story}}
</div>
<div class="prev-next"><p>上一篇：<a href="#">联盟第五次全体会议召开</a></p><p>下一篇：<a href="#">关于征集2024年度可信AI案例的通知</a></p></div>
</div>
<div class="footer">人工智能产业发展联盟 版权所有 联系邮箱：aiia@example.org.cn</div>
</body>
</html>
""",
    ),
    page(
        "m47_toutiao",
        "用了三个月AI记账软件，我把小饭馆的账理清了",
        "2024-02-08",
        "老周的小馆日记",
        None,
        None,
        "https://www.toutiao.com/article/7332918460123456789/",
        [
            "开饭馆八年，我的账一直记在一个旧本子上。去年底孩子给我装了一个AI记账软件，拍小票、说一句话就能记一笔。",
            "三个月下来，每道菜的成本和毛利一目了然，我把两道亏本的菜撤了，1月份的利润比去年同期多了大约四千元。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{T}} - 今日头条</title>
<meta name="keywords" content="AI记账,饭馆">
<meta name="description" content="开饭馆八年，我的账一直记在一个旧本子上。">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.toutiao.com/article/7332918460123456789/">
<link rel="canonical" href="https://www.toutiao.com/article/7332918460123456789/">
</head>
<body>
<div id="root">
<div class="ttp-site-header"><a href="/">今日头条</a> <a>下载头条APP</a> <a>登录</a></div>
<div class="article-content">
<h1>{{T}}</h1>
<div class="article-meta"><span>2024-02-08 21:15</span><span class="dot">·</span><span class="name"><a href="/c/user/token/MS4wLjABAAAA/">老周的小馆日记</a></span><span class="dot">·</span><span>湖南</span></div>
<article class="syl-article-base tt-article-content syl-page-article">
{{story}}
</article>
<div class="article-footer">举报 <span>赞 126</span> <span>评论 33</span></div>
</div>
<div class="side-author"><div class="author-name">老周的小馆日记</div><div class="author-desc">一个开了八年小饭馆的厨子</div><button>关注</button></div>
</div>
</body>
</html>
""",
    ),
    page(
        "m48_zhihu_zhuanlan",
        "我在一家大模型公司做数据标注的一年",
        "2023-05-12",
        "标注手记",
        "林一舟",
        None,
        "https://zhuanlan.zhihu.com/p/628314072",
        [
            "去年5月，我入职一家大模型公司做数据标注，最初的工作是给对话打分，后来转去写示范答案。",
            "一年里团队从12个人扩到60多人，工作也从“挑错”变成了“出题”。很多人问这份工作有没有前途，我的回答是：要看你能不能成为某个领域的专家。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{{T}} - 知乎</title>
<meta name="description" content="去年5月，我入职一家大模型公司做数据标注……">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://zhuanlan.zhihu.com/p/628314072">
<meta property="og:type" content="article">
<meta property="og:site_name" content="知乎专栏">
<meta itemprop="headline" content="{{T}}">
<meta itemprop="datePublished" content="2023-05-11T18:13:45.000Z">
<meta itemprop="dateModified" content="2023-05-14T02:20:11.000Z">
<meta itemprop="commentCount" content="56">
</head>
<body>
<div id="root"><div class="ColumnPageHeader"><a href="https://www.zhihu.com/">知乎</a> <span>首发于</span><a class="ColumnLink" href="https://www.zhihu.com/column/c_1600213">标注手记</a></div>
<article class="Post-Main Post-NormalMain">
<header class="Post-Header"><h1 class="Post-Title">{{T}}</h1>
<div class="Post-Author"><div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="林一舟"><a class="UserLink-link" href="//www.zhihu.com/people/lin-yi-zhou-42">林一舟</a><div class="AuthorInfo-badgeText">AI产品经理</div></div></div></header>
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">
{{story}}
</div></div>
<div class="ContentItem-time">编辑于 2023-05-14 10:20・IP 属地北京</div>
<div class="Post-topicsAndReviewer">人工智能 数据标注</div>
</article>
<div class="Comments-container">56 条评论 2023-05-13 · 好真实</div>
</div>
</body>
</html>
""",
    ),
    page(
        "m49_csdn",
        "本地部署开源大模型踩坑记录：显存不够怎么办",
        "2024-02-28",
        "算法小卢",
        None,
        None,
        "https://blog.csdn.net/lu_algo/article/details/136352871",
        [
            "最近在公司一台只有24G显存的服务器上部署开源大模型，记录一下遇到的问题。",
            "一是直接加载140亿参数模型会爆显存，改用4比特量化后显存占用降到约10G；二是推理速度偏慢，开启批处理后吞吐量提高了约2.5倍。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>本地部署开源大模型踩坑记录：显存不够怎么办_大模型 量化-CSDN博客</title>
<meta name="keywords" content="大模型 量化,本地部署,显存">
<meta name="description" content="文章浏览阅读1.2k次，点赞18次，收藏36次。最近在公司一台只有24G显存的服务器上部署开源大模型……">
<link rel="canonical" href="https://blog.csdn.net/lu_algo/article/details/136352871">
<script>var username = "lu_algo"; var nickName = "算法小卢"; var articleTitle = "{{T}}"; var articleDesc = ""; var blogUrl = "https://blog.csdn.net/lu_algo";</script>
</head>
<body>
<div id="csdn-toolbar"><a href="https://www.csdn.net/">CSDN</a> <a>博客</a> <a>下载</a> <a>学习</a></div>
<div class="blog-content-box">
<div class="article-header-box"><div class="article-title-box"><span class="article-type type-1 float-left">原创</span><h1 class="title-article" id="articleContentId">{{T}}</h1></div>
<div class="article-info-box"><div class="bar-content"><a class="follow-nickName" href="https://blog.csdn.net/lu_algo">算法小卢</a><img class="article-time-img" src="//csdnimg.cn/newTime.png"><span class="time">已于 2024-03-02 11:20:35 修改</span><span class="time blog-postTime" data-time="2024-02-28 09:41:12">于 2024-02-28 09:41:12 首次发布</span><span class="read-count">阅读量1.2k</span></div>
<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div><div>本文链接：https://blog.csdn.net/lu_algo/article/details/136352871</div></div></div></div></div>
<div id="article_content" class="article_content clearfix"><div id="content_views" class="markdown_views prism-atom-one-dark">
{{story}}
</div></div>
</div>
<div class="comment-box">评论 2 条 | 2024-03-01 请问用的什么量化工具</div>
</body>
</html>
""",
    ),
    page(
        "m50_xueqiu",
        "AI算力租赁公司的财报该怎么看",
        "2024-11-05",
        "价投小熊",
        None,
        None,
        "https://xueqiu.com/8812034567/310298654",
        [
            "最近几家做算力租赁的上市公司陆续发布三季报，收入增速都很好看，但我更关心两个数：设备折旧年限和客户集中度。",
            "如果折旧按5年算而设备3年就落后，利润是被高估的；前五大客户占比超过七成的，也要警惕续约风险。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>AI算力租赁公司的财报该怎么看 - 雪球</title>
<meta name="keywords" content="算力租赁,财报">
<meta name="description" content="最近几家做算力租赁的上市公司陆续发布三季报……">
<link rel="canonical" href="https://xueqiu.com/8812034567/310298654">
</head>
<body>
<div class="nav"><a href="/">雪球</a> <a href="/today">首页</a> <a href="/hq">行情</a></div>
<div class="container article__container">
<div class="avatar__name"><a class="name" href="/u/8812034567">价投小熊</a></div>
<div class="article__bd">
<h1 class="article__bd__title">{{T}}</h1>
<div class="article__bd__from"><a href="/8812034567/310298654">发布于2024-11-05 22:14</a> · 来自iPhone</div>
<div class="article__bd__detail">
{{story}}
</div>
<div class="article__bd__statement">声明：本文仅代表作者个人观点，不构成投资建议。</div>
<div class="article__bd__footer">修改于2024-11-06 08:03 · 转发 12 · 讨论 35 · 赞 88</div>
</div>
<div class="comment__list">价投小熊 2024-11-06 回复@老股民：折旧是关键</div>
</div>
</body>
</html>
""",
    ),
    page(
        "m51_bilibili_read",
        "AI配音三年：从机械腔到能演戏",
        "2023-08-29",
        "声音考古队",
        None,
        None,
        "https://www.bilibili.com/read/cv26012345/",
        [
            "三年前我第一次用AI给视频配音，观众在弹幕里刷“机器人念经”。现在同样的工具已经能做出停顿、气声和情绪变化。",
            "这篇专栏按时间顺序整理了我用过的六款AI配音工具，附上同一段台词的对比试听，大家可以自己判断进步有多大。",
        ],
        r"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>{{T}} - 哔哩哔哩</title>
<meta name="keywords" content="AI配音,专栏,哔哩哔哩">
<meta name="description" content="三年前我第一次用AI给视频配音……">
<meta name="author" content="声音考古队">
<meta property="og:title" content="{{T}}">
<meta property="og:url" content="https://www.bilibili.com/read/cv26012345/">
<meta property="og:type" content="article">
</head>
<body>
<div id="biliMainHeader"><a href="//www.bilibili.com">首页</a> <a>番剧</a> <a>直播</a> <a>专栏</a></div>
<div class="opus-detail">
<div class="opus-module-title"><span class="opus-module-title__text">{{T}}</span></div>
<div class="opus-module-author"><div class="opus-module-author__name">声音考古队</div><div class="opus-module-author__pub"><span class="opus-module-author__pub__text">编辑于 2023年08月29日 19:45</span></div><button class="opus-module-author__action">+ 关注</button></div>
<div class="opus-module-content">
{{story}}
</div>
<div class="opus-module-extend"><a class="opus-module-extend-item">AI配音</a><a class="opus-module-extend-item">科技</a></div>
<div class="opus-module-bottom">本文为我原创 · 投诉或建议 · 阅读 2.3万 · 评论 118</div>
</div>
<script>window.__INITIAL_STATE__={"readInfo":{"id":26012345,"title":"{{T}}","author":{"mid":35112233,"name":"声音考古队"},"publish_time":1693309500,"ctime":1693309380}};</script>
</body>
</html>
""",
    ),
    page(
        "m52_zaobao_amp",
        "新加坡港引入AI调度系统 船舶平均等泊时间缩短两成",
        "2021-11-25",
        "联合早报",
        "许靖雯",
        None,
        "https://www.zaobao.com.sg/news/singapore/story20211125-1217864",
        [
            "新加坡海事及港务管理局星期三（11月24日）宣布，港口已全面启用AI船舶调度系统，船舶平均等泊时间比去年缩短约两成。",
            "该系统根据船舶到港预报、泊位占用和潮汐数据自动排定靠泊计划，调度员只需审核和处理例外情况。",
        ],
        r"""<!doctype html>
<html ⚡ lang="zh-Hans">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>新加坡港引入AI调度系统 船舶平均等泊时间缩短两成 | 联合早报</title>
<link rel="canonical" href="https://www.zaobao.com.sg/news/singapore/story20211125-1217864">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.zaobao.com.sg/news/singapore/story20211125-1217864","headline":"新加坡港引入AI调度系统 船舶平均等泊时间缩短两成","datePublished":"2021-11-25T05:30:00+08:00","dateModified":"2021-11-25T09:12:00+08:00","author":{"@type":"Person","name":"许靖雯"},"publisher":{"@type":"Organization","name":"联合早报","logo":{"@type":"ImageObject","url":"https://www.zaobao.com.sg/logo.png","width":600,"height":60}},"image":{"@type":"ImageObject","url":"https://www.zaobao.com.sg/sites/default/files/port.jpg","width":1200,"height":800}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<style amp-custom>.byline{color:#666;font-size:14px}</style>
</head>
<body>
<header><a href="https://www.zaobao.com.sg/">联合早报</a> <a href="/news/singapore">新加坡</a></header>
<article>
<h1>{{T}}</h1>
<div class="byline"><span>许靖雯</span> <span>发布/2021年11月25日 05:30</span> <span>更新/2021年11月25日 09:12</span></div>
<amp-img src="https://www.zaobao.com.sg/sites/default/files/port.jpg" width="1200" height="800" layout="responsive" alt="港口"></amp-img>
{{story}}
</article>
<footer>版权所有 © 新报业媒体有限公司 SPH Media Limited</footer>
</body>
</html>
""",
    ),
    page(
        "m53_oeeee_mobile",
        "深圳一社区试点AI助老热线 老人一句话就能预约上门服务",
        "2024-01-09",
        "南方都市报",
        "甘雨桐",
        None,
        "https://m.mp.oeeee.com/a/BAAFRD000020240109883917.html",
        [
            "采写：南都记者 甘雨桐",
            "深圳福田一个社区近日试点AI助老热线，老人拨打电话后，用方言说出需求，系统即可帮助预约助餐、助浴、家电维修等上门服务。",
            "社区工作人员介绍，试点一个月接到来电900多个，约七成需求由系统直接完成预约，其余转人工处理。",
        ],
        r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{{T}}</title>
<meta name="description" content="深圳福田一个社区近日试点AI助老热线。">
<link rel="canonical" href="https://m.mp.oeeee.com/a/BAAFRD000020240109883917.html">
<script>var wxShare = {title: "{{T}}", link: location.href, desc: "南都N视频"};</script>
</head>
<body>
<div class="download-bar"><img src="//static.oeeee.com/nd/logo.png" alt="南都N视频"> 打开南都N视频APP 阅读更多</div>
<div class="article-wrap">
<h1 class="title">{{T}}</h1>
<div class="info"><span class="source">南方都市报</span><span class="time">2024-01-09 22:30</span><span class="ip">发布于：广东</span></div>
<div class="content">
{{story}}
</div>
<div class="copyright">本文由南方都市报原创，未经授权不得转载</div>
<div class="recommend"><h3>相关推荐</h3><a href="#">深圳养老服务数字化再提速</a></div>
</div>
</body>
</html>
""",
    ),
    page(
        "m54_stdaily_print",
        "科研人员用AI预测蛋白质稳定性 突变筛选效率提高十倍",
        "2021-03-30",
        "科技日报",
        "邵一鸣",
        "纪宁",
        "http://www.stdaily.com/index/kejixinwen/2021-03/30/content_1102361.shtml",
        [
            "科技日报讯 （记者邵一鸣）记者3月29日获悉，一所高校的研究团队开发出预测蛋白质稳定性的AI模型，可在数小时内从数万个突变体中筛选出候选方案。",
            "团队介绍，与传统实验筛选相比，该方法效率提高约十倍，已用于一种工业用酶的耐热改造。",
        ],
        r"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>打印 -- 科研人员用AI预测蛋白质稳定性 突变筛选效率提高十倍</title>
<style>body{font-size:14px;width:680px;margin:0 auto}.noprint{display:block}@media print{.noprint{display:none}}</style>
</head>
<body>
<div class="noprint" style="text-align:right"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
<table width="680" border="0" cellpadding="0" cellspacing="0">
<tr><td align="center"><h2>{{T}}</h2></td></tr>
<tr><td align="center" class="pd">来源：科技日报 作者：邵一鸣 2021-03-30 08:56</td></tr>
<tr><td><hr></td></tr>
<tr><td class="content">
{{story}}
</td></tr>
<tr><td align="right">责任编辑：纪宁</td></tr>
<tr><td align="center"><hr>本文网址：http://www.stdaily.com/index/kejixinwen/2021-03/30/content_1102361.shtml<br>科技日报社版权所有</td></tr>
</table>
</body>
</html>
""",
    ),
    page(
        "m55_rss_item",
        "国产AR眼镜厂商推出实时字幕功能 助力听障人士交流",
        "2025-01-14",
        "爱范儿",
        "周灵",
        None,
        "https://www.ifanr.com/1613372",
        [
            "AR眼镜厂商澄镜科技今天推出实时字幕功能，佩戴者可在镜片上看到对话方说话内容的文字，延迟约0.5秒。",
            "澄镜科技表示，功能支持普通话和粤语、四川话等6种方言，将通过系统更新免费推送给现有用户，公司还将向听障人士组织捐赠500副眼镜。",
        ],
        r"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>爱范儿</title>
<atom:link href="https://www.ifanr.com/feed" rel="self" type="application/rss+xml" />
<link>https://www.ifanr.com</link>
<description>让未来触手可及</description>
<lastBuildDate>Tue, 14 Jan 2025 09:40:02 +0000</lastBuildDate>
<language>zh-CN</language>
<generator>https://wordpress.org/?v=6.5</generator>
<item>
<title>国产AR眼镜厂商推出实时字幕功能 助力听障人士交流</title>
<link>https://www.ifanr.com/1613372</link>
<dc:creator><![CDATA[周灵]]></dc:creator>
<pubDate>Tue, 14 Jan 2025 03:12:00 +0000</pubDate>
<category><![CDATA[早报]]></category>
<guid isPermaLink="false">https://www.ifanr.com/?p=1613372</guid>
<description><![CDATA[{{story}}]]></description>
<comments>https://www.ifanr.com/1613372#comments</comments>
</item>
</channel>
</rss>
""",
        ext="xml",
    ),
    page(
        "m56_atom_entry",
        "我们如何把客服大模型的幻觉率降到2%以下",
        "2022-02-10",
        "星衡技术团队",
        "汤亦凡",
        None,
        "https://tech.xingheng-tech.cn/posts/2022/02/llm-hallucination/",
        [
            "过去半年，我们的客服大模型在上线前要经过一套幻觉评测：从真实工单里抽取2000个问题，人工核对回答中的每一条事实。",
            "通过检索增强和拒答训练，模型的幻觉率从最初的11%降到了1.8%。这篇文章介绍我们在数据构造和评测流程上的做法。",
        ],
        r"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>星衡技术团队</title>
<subtitle>星衡科技工程博客</subtitle>
<link href="https://tech.xingheng-tech.cn/atom.xml" rel="self"/>
<link href="https://tech.xingheng-tech.cn/"/>
<updated>2022-03-01T10:00:00+08:00</updated>
<id>https://tech.xingheng-tech.cn/</id>
<generator uri="https://gohugo.io/">Hugo</generator>
<entry>
<title type="html">我们如何把客服大模型的幻觉率降到2%以下</title>
<link href="https://tech.xingheng-tech.cn/posts/2022/02/llm-hallucination/"/>
<id>https://tech.xingheng-tech.cn/posts/2022/02/llm-hallucination/</id>
<published>2022-02-10T08:00:00+08:00</published>
<updated>2022-02-11T21:35:00+08:00</updated>
<author><name>汤亦凡</name></author>
<category term="大模型"/>
<content type="text"><![CDATA[{{story}}]]></content>
</entry>
</feed>
""",
        ext="xml",
    ),
    page(
        "m57_app_json",
        "北京首批AI辅助诊疗收费项目落地 三家医院率先执行",
        "2026-03-18",
        "新京报",
        "柏心怡",
        "罗琪",
        "https://m.bjnews.com.cn/detail/1742254200168834.html",
        [
            "新京报讯（记者柏心怡）3月18日起，北京首批AI辅助诊疗收费项目在三家市属医院率先执行，涉及AI辅助影像诊断和AI辅助病理诊断两类，患者自愿选择，费用按医保乙类报销。",
        ],
        r"""{"code":200,"msg":"success","data":{"newsId":"1742254200168834","type":1,"title":"北京首批AI辅助诊疗收费项目落地 三家医院率先执行","subTitle":"","shareTitle":"北京首批AI辅助诊疗收费项目落地 三家医院率先执行","column":{"id":27,"name":"健康"},"pubTime":"2026-03-18 07:30:00","updateTime":"2026-03-18 09:02:11","pubTimestamp":1773790200,"source":"新京报","author":"新京报记者 柏心怡","editor":"罗琪","proofreader":"刘军","shareUrl":"https://m.bjnews.com.cn/detail/1742254200168834.html","commentCount":14,"likeCount":230,"content":"{{story}}","images":[{"url":"https://static.bjnews.com.cn/img/2026/0318/ai.jpg","desc":"资料图"}],"relatedNews":[{"title":"AI医疗器械审批提速","pubTime":"2026-02-27 18:00:00"}]}}
""",
        ext="json",
    ),
    page(
        "m58_crawler_csv",
        "物流园区上线AI能耗管理平台 年节电约400万千瓦时",
        "2021-09-07",
        "中国交通报",
        "童可",
        None,
        "http://www.zgjtb.com/2021-09/07/content_275638.html",
        [
            "位于华北的一座物流园区近日上线AI能耗管理平台，对园区内冷库、照明和充电桩的用电进行统一调度。",
            "园区运营方测算，平台投用后全年可节电约400万千瓦时，冷库温度波动也明显减小。",
        ],
        r"""id,url,title,publish_time,source,author,crawl_time,content
88213,http://www.zgjtb.com/2021-09/07/content_275638.html,物流园区上线AI能耗管理平台 年节电约400万千瓦时,2021-09-07 08:10:00,中国交通报,童可,2021-09-09 02:31:44,"{{story}}"
""",
        ext="txt",
    ),
    page(
        "m59_warc_text",
        "港口城市试点AI识别船舶污染物偷排",
        "2025-12-30",
        "中国环境报",
        "凌晓",
        "邵乔",
        "https://www.cenews.com.cn/news.html?aid=1310482",
        [
            "近日，一座沿海港口城市试点利用AI视频分析识别船舶污染物偷排行为，系统在锚地和航道布设的摄像头可自动发现异常排放并推送给执法人员。",
            "试点两个月来，系统共发出预警27次，经核查确认违法行为9起。",
        ],
        r"""WARC/1.0
WARC-Type: conversion
WARC-Target-URI: https://www.cenews.com.cn/news.html?aid=1310482
WARC-Date: 2026-01-20T03:14:07Z
WARC-Record-ID: <urn:uuid:7c1e5d7a-3a0e-4b53-9a8c-2f6a9d4b81e0>
WARC-Refers-To: <urn:uuid:0b9f3e62-51cd-4f8e-a1b7-6c2d8e4f9a13>
WARC-Block-Digest: sha1:Q4KJ2M7X5ZVB3NPLD6HFGWTY8ERCUA0S
Content-Type: text/plain
Content-Length: 641

首页 | 新闻 | 要闻 | 地方 | 评论 | 专题
港口城市试点AI识别船舶污染物偷排
2025-12-30 09:12 来源：中国环境报 作者：凌晓
【字体：大 中 小】 【打印】 【关闭】

{{story}}

责任编辑：邵乔
相关新闻
生态环境部部署冬季大气污染防治工作 2025-12-28
版权所有 中国环境报社 京ICP备11000000号
""",
        ext="txt",
    ),
    page(
        "m60_notion_export",
        "一家AI初创公司的出海第一年",
        "2025-11-03",
        "出海观察",
        "孟知远",
        None,
        "https://mp.weixin.qq.com/s/Xk3pQ8vRzL2mN5tYbC7wFa",
        [
            "成立第三年，做AI设计工具的画匠科技把第一个海外办公室开在了新加坡。一年下来，海外收入占比从几乎为零升到了35%。",
            "创始人说，最大的教训是本地化不只是翻译界面：付费习惯、发票流程、客服时区，每一项都比预想的难。",
        ],
        r"""# 一家AI初创公司的出海第一年

Created: 2025年11月6日 22:41
Tags: AI, 出海, 剪藏
URL: https://mp.weixin.qq.com/s/Xk3pQ8vRzL2mN5tYbC7wFa
状态: 待读

> 原创 孟知远 出海观察 2025-11-03 08:00 发表于上海

{{story}}

---

*本文转载自公众号「出海观察」，作者：孟知远*
""",
        ext="md",
    ),
]
