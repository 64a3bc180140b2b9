"""The API page (``/api``) in Chinese, like the rest of the app.

The OpenAPI description stays in English for client generators; the page reads these texts first
and falls back to the English one (marked ``lang="en"``) for a route not listed here yet.
"""

from __future__ import annotations

INTRO = (
    "检索和浏览已入库的人工智能产业新闻：文章、实体、事件、趋势。默认只读；运维人员用 --token 或 "
    "AIWATCH_TOKEN 启动服务后，写入类接口需要在请求头带上 Authorization: Bearer <令牌>。出错时返回 "
    '{"code": "E…", "message": "…"}，错误码见 aiwatch/errors.py，不会返回程序堆栈。'
)

#: (method, path) → what the route does.
ROUTES = {
    ("GET", "/api/health"): "服务是否在线、语料库能否读取、是否允许写入，以及语料库的计数。",
    ("GET", "/api/articles"): "文章列表：默认按发布时间从新到旧；带 q 时按相关度排序。筛选条件与 aiwatch search 相同。",
    ("GET", "/api/articles/{article_id}"): "一篇文章的全部分析字段，以及同一报道在其他来源的转载。",
    ("GET", "/api/search"): "全文检索（查询语法见 README），最相关的在前，附摘录和匹配位置。",
    ("GET", "/api/searches"): "已保存的检索。",
    ("PUT", "/api/searches/{name}"): "以此名称保存一个检索（需要令牌）。",
    ("DELETE", "/api/searches/{name}"): "删除一个已保存的检索（需要令牌）。",
    ("GET", "/api/searches/{name}/results"): "运行一个已保存的检索，返回结果。",
    ("GET", "/api/entities"): "实体列表，按提及它的文章数排序。",
    ("GET", "/api/entities/{name}"): "一个实体（名称或别名）：别名、相关文章、共同提及的实体、每月提及数、相关事件。",
    ("GET", "/api/events"): "带日期的事件，按日期排序；多家媒体报道的同一事件只列一次，并列出全部来源。",
    ("GET", "/api/events/{event_id}"): "一个事件及其全部报道。",
    ("GET", "/api/sources"): (
        "正在采集的来源及其健康状况：上次成功、上次出错及其 HTTP 状态、连续失败次数、延迟、"
        "新增/重复/未变/失败的条目数、"
        "空白或可疑抽取的比例、退避时间。"
    ),
    ("GET", "/api/subscriptions"): "提醒订阅：规则（任一匹配即可）、通知目标、摘要周期。",
    ("POST", "/api/subscriptions"): "新增或替换一个提醒订阅（字段与配置文件相同）；需要令牌。",
    ("DELETE", "/api/subscriptions/{name}"): "删除一个提醒订阅；需要令牌。",
    ("GET", "/api/trends"): "一段时间内最常被报道的技术或行业，每月的文章数。",
    ("GET", "/api/network"): (
        "实体共现网络：最常被提及的实体之间最强的联系（同时提及的文章数超出随机预期越多越强，"
        "处处出现的实体因此被降权）。weight 为同时提及的文章数，score 为超出预期的部分。"
    ),
    ("POST", "/api/ingest"): (
        "读取、清洗、分析并存储一份原始文档（HTML、文本、Markdown、JSON、WARC 等），可作为请求体或"
        "表单的 file 字段上传。需要令牌。成功返回 201 和入库的文章；读不出文章时返回 422。"
    ),
}

#: Parameter name → what it means (the same name means the same thing on every route).
PARAMETERS = {
    "q": "检索词（查询语法：空格表示同时出现，OR、-排除、title:/source:/entity: 等字段）",
    "since": "起始日期：YYYY、YYYY-MM 或 YYYY-MM-DD（含）",
    "until": "截止日期：YYYY、YYYY-MM 或 YYYY-MM-DD（含）",
    "source": "只看这个来源（完整名称）",
    "entity": "只看提及这个实体（名称或别名）的文章",
    "technology": "技术（中文或英文名称）",
    "industry": "行业（中文或英文名称）",
    "duplicates": "包括近似重复的转载",
    "limit": "每页条数，最多 100",
    "offset": "跳过的条数（分页）",
    "sort": "排序：relevance（相关度）或 date（时间）",
    "facets": "同时返回各来源、技术、行业、实体、月份的计数",
    "article_id": "文章编号",
    "name": "名称（实体名或别名、检索名；上传时为文档的标签，不是路径）",
    "event_id": "事件编号",
    "type": "类型（实体：ORG 机构、PER 人物、LOC 地点、DOC 文件）",
    "kind": "technology（技术）或 industry（行业）",
    "top": "最多返回多少个（网络中为节点数）",
    "order": "asc：从旧到新；desc：从新到旧",
    "authorization": "Bearer <令牌>",
    "x-aiwatch-token": "令牌（也可用 Authorization 头）",
}

#: Where a parameter goes, in Chinese.
PLACES = {"query": "查询串", "path": "路径", "header": "请求头", "cookie": "Cookie"}
