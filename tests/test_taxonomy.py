"""Taxonomy tagging: canonical names, counts, aliases, blocks, weak words, user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiwatch.analyze.taxonomy import count_terms, load_taxonomy, taxonomy_words
from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import read_bytes
from conftest import run_stage, seed_path


def names(items: list[dict]) -> list[str]:
    return [item["name"] for item in items]


def tag(text: str, files: tuple[Path, ...] = ()) -> dict[str, list[dict]]:
    return count_terms([text], load_taxonomy(files))


def test_canonical_name_english_name_and_count():
    found = tag("商汤展示了图像识别、测温等技术，图像识别准确率领先。")
    assert {"name": "图像识别", "en": "image recognition", "count": 2} in found["technologies"]
    assert {"name": "测温", "en": "temperature screening", "count": 1} in found["technologies"]


def test_a_narrower_entry_brings_its_broader_one_with_its_count():
    # 图像识别 and 视频分析 are computer vision too: 计算机视觉 counts their three mentions.
    found = tag("某某科技展示了图像识别、视频分析、测温等技术，图像识别准确率领先。")
    assert found["technologies"][0] == {"name": "计算机视觉", "en": "computer vision", "count": 3}
    assert names(found["technologies"]) == ["计算机视觉", "图像识别", "视频分析", "测温"]
    # added to the broader entry's own mentions, weak ones included once the narrower supports it
    found = tag("门禁支持刷脸通行，摄像头安装在入口")
    assert found["technologies"] == [
        {"name": "计算机视觉", "en": "computer vision", "count": 2},
        {"name": "人脸识别", "en": "face recognition", "count": 1},
    ]
    assert names(tag("采用卷积神经网络")["technologies"]) == ["深度学习", "机器学习"]
    assert names(tag("采用机器学习方法")["technologies"]) == ["机器学习"]  # never downwards


def test_broader_in_a_user_file_and_its_errors(tmp_path):
    chain = tmp_path / "chain.yaml"
    chain.write_text(
        "technologies:\n  - name: 具身智能\n    aliases: [具身大脑]\n    broader: 机器人\n"
        "  - name: 灵巧手\n    broader: [具身智能]\n",
        encoding="utf-8",
    )
    found = tag("发布新一代灵巧手", (chain,))
    assert names(found["technologies"]) == ["灵巧手", "具身智能", "机器人"]  # followed up the chain
    assert all(item["count"] == 1 for item in found["technologies"])
    loop = tmp_path / "loop.yaml"
    loop.write_text(
        "technologies:\n  - name: 甲技术\n    broader: [乙技术]\n  - name: 乙技术\n    broader: [甲技术]\n",
        encoding="utf-8",
    )
    assert names(tag("甲技术", (loop,))["technologies"]) == ["甲技术", "乙技术"]  # a cycle ends
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text("technologies:\n  - name: 灵巧手\n    broader: [具身智能]\n", encoding="utf-8")
    with pytest.raises(AiwatchError) as info:
        load_taxonomy((unknown,))
    assert info.value.code == "E108" and "unknown.yaml" in info.value.describe() and "具身智能" in info.value.describe()
    kinds = tmp_path / "kinds.yaml"  # an industry is no broader technology
    kinds.write_text("technologies:\n  - name: 灵巧手\n    broader: [制造]\n", encoding="utf-8")
    with pytest.raises(AiwatchError):
        load_taxonomy((kinds,))


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("发布机器视觉检测方案", "technologies", "计算机视觉"),
        ("这是一套CV检测平台", "technologies", "计算机视觉"),
        ("建设超算中心与超算平台", "technologies", "超算/算力"),
        ("算力需求持续攀升", "technologies", "超算/算力"),
        ("体温检测通道", "technologies", "测温"),
        ("聚焦AI+医疗和医疗影像", "industries", "智慧医疗"),
        ("一网通办上线", "industries", "政务"),
        ("打造人工智能教育标杆校", "industries", "教育"),
        ("天津港智慧码头的无人集卡", "industries", "物流"),
        # A vehicle-to-road network is transport infrastructure: 无锡车联网先导区.
        ("建设国家级车联网先导区", "industries", "交通"),
        # applications named by what they do, without the industry's word
        ("一家AI制药初创公司", "industries", "智慧医疗"),
        ("该区采购智能环卫服务", "industries", "智慧城市"),
        ("深化产教融合", "industries", "教育"),
        ("巡检机器狗进入变电站", "industries", "能源"),
        ("推出新一代视频生成工具", "technologies", "生成式AI"),
        ("固态激光雷达量产", "technologies", "自动驾驶"),
    ],
)
def test_aliases_map_to_canonical_names(text, kind, name):
    assert names(tag(text)[kind]) == [name]


def test_longest_match_wins_without_overlap():
    # 智慧城市 is one industry mention, not also a 城市 something; 深度学习平台 is 深度学习 once
    # (and, as its broader entry, 机器学习 once).
    found = tag("智慧城市建设与深度学习平台")
    assert found["industries"] == [{"name": "智慧城市", "en": "smart city", "count": 1}]
    assert found["technologies"] == [
        {"name": "深度学习", "en": "deep learning", "count": 1},
        {"name": "机器学习", "en": "machine learning", "count": 1},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "与上海交通大学开展合作",  # a university, not the transport industry
        "与黄浦区教育局签订协议",  # a government bureau, not the education industry
        "交通银行发布年报",  # a bank's name
    ],
)
def test_blocked_strings_hide_their_alias(text):
    found = tag(text)
    assert "交通" not in names(found["industries"])
    assert "教育" not in names(found["industries"])


def test_latin_alias_needs_word_boundaries_and_capitals():
    assert tag("在CVPR上发表论文")["technologies"] == []  # CV inside CVPR
    assert tag("Mr. Li 的团队")["technologies"] == []  # MR (mixed reality) only in capitals
    assert names(tag("推出AR眼镜")["technologies"]) == ["AR/VR"]
    assert names(tag("提供 5G 网络")["technologies"]) == ["5G"]
    assert tag("容量为25G的硬盘")["technologies"] == []


def test_weak_word_alone_once_is_not_support():
    # 用手机扫码 says nothing about consumer electronics; two mentions or a strong alias do.
    assert tag("市民用手机扫码通行")["industries"] == []
    assert names(tag("手机出货量下滑，手机厂商转向")["industries"]) == ["消费电子"]
    assert tag("智能手机与手机")["industries"][0]["count"] == 2


def test_generic_algorithm_mention_is_weak():
    assert tag("提供算力、算法、数据等支持")["technologies"][0]["name"] == "超算/算力"
    assert "算法" not in names(tag("提供算力、算法、数据等支持")["technologies"])
    assert names(tag("实施算法创新行动，提升算法水平")["technologies"]) == ["算法"]


def test_one_word_industry_name_is_weak():
    # 制造 is as often the verb (制造混乱); 金融 once in a list of fields is a passing mention.
    assert tag("有人故意制造混乱")["industries"] == []
    assert tag("涵盖交通枢纽、商圈、政务、金融等领域")["industries"][0]["name"] == "交通"
    assert "金融" not in names(tag("涵盖交通枢纽、商圈、政务、金融等领域")["industries"])
    assert names(tag("金融行业拥抱大模型，金融机构加快部署")["industries"]) == ["金融"]


def test_sorted_by_count_then_first_mention():
    found = tag("金融科技、教育、教育、交通枢纽")
    assert names(found["industries"]) == ["教育", "金融", "交通"]


def test_user_file_extends_and_replaces(tmp_path):
    extend = tmp_path / "extend.yaml"
    extend.write_text(
        "technologies:\n  - name: 计算机视觉\n    aliases: [视觉大脑]\n  - name: 具身智能\n    en: embodied AI\n",
        encoding="utf-8",
    )
    found = tag("视觉大脑与具身智能，还有图像识别", (extend,))
    assert names(found["technologies"]) == ["计算机视觉", "具身智能", "图像识别"]
    replace = tmp_path / "replace.yaml"
    replace.write_text("replace: true\nindustries:\n  - name: 养老\n    aliases: [养老院]\n", encoding="utf-8")
    found = tag("养老院引入图像识别", (replace,))
    assert found == {"technologies": [], "industries": [{"name": "养老", "en": "", "count": 1}]}


def test_bad_user_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("technologies: [oops", encoding="utf-8")
    with pytest.raises(AiwatchError) as info:
        load_taxonomy((bad,))
    assert info.value.code == "E108" and str(bad) in info.value.describe()
    odd = tmp_path / "odd.yaml"
    odd.write_text("technologies:\n  - name: 视觉\n    aliases: {a: b}\n", encoding="utf-8")
    with pytest.raises(AiwatchError) as info:
        load_taxonomy((odd,))
    assert info.value.code == "E108" and "odd.yaml" in info.value.describe()
    with pytest.raises(AiwatchError) as info:
        load_taxonomy((tmp_path / "missing.yaml",))
    assert info.value.code == "E105"


def test_reader_supplied_values_are_kept():
    article = Article(path="a", format="record", body="图像识别", technologies=[{"name": "手写"}], industries=[])
    run_stage("taxonomy", article)
    assert article.technologies == [{"name": "手写"}] and article.industries == []


def test_words_for_the_segmenter_are_long_chinese_terms():
    words = dict(taxonomy_words())
    assert words["计算机视觉"] == "nz" and "智慧城市" in words
    assert "能源" not in words and "CV" not in words and "超算/算力" not in words


def test_seed_000_technologies_and_industries():
    data = seed_path("000").read_bytes()
    article = next(read_bytes(data, "000", Options()))
    article.body, article.technologies, article.industries = article.raw, None, None
    run_stage("taxonomy", article)
    technologies = names(article.technologies)
    industries = names(article.industries)
    # The hand-made record lists 图像识别, 视频分析, 测温 and 智慧城市, 智慧医疗.
    assert {"图像识别", "视频分析", "测温", "深度学习", "超算/算力"} <= set(technologies)
    assert industries[:2] == ["智慧医疗", "智慧城市"]
    assert "教育" in industries  # 人工智能教育, 智慧教育, AI教育 (教育局 is blocked)


def test_traditional_text_kept_as_written_still_matches():
    article = Article(path="t", format="text", body="香港數碼港超算中心啟用，支援人臉識別與醫療影像研究。")
    run_stage("taxonomy", article, Options(keep_script=True))
    # 人脸识别 brings 计算机视觉 (its mention and 醫療影像's weak one); equal counts: first mentioned first
    assert names(article.technologies) == ["计算机视觉", "超算/算力", "人脸识别"]
    assert names(article.industries) == ["智慧医疗"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("主要为制造企业提供工业视觉大模型", "制造"),
        ("其人形机器人已在比亚迪的产线开展试点", "制造"),
        ("智能驾驶芯片公司地平线上市", "汽车"),
        ("采用5纳米车规工艺，补齐车载语音交互的短板", "汽车"),
        ("在示范区开展无人驾驶出租车收费服务", "交通"),
        ("中关村第三小学开设启蒙课，授课老师说全校学生都参加", "教育"),
    ],
)
def test_industries_an_application_names_without_the_industrys_word(text, name):
    assert name in names(tag(text)["industries"])


def test_a_transport_bureau_is_an_authority_not_the_transport_industry():
    found = tag("广州市交通运输局向小鹿出行颁发许可，允许其开展无人配送服务。")
    assert names(found["industries"]) == ["物流"]
    # 自动驾驶出租车 is both: the technology and the transport it serves.
    found = tag("发放首批自动驾驶出租车商业化运营牌照")
    assert "自动驾驶" in names(found["technologies"]) and "交通" in names(found["industries"])


@pytest.mark.parametrize(
    "text",
    [
        "该公司的AI质检设备已进入多家工厂",
        "其玻璃缺陷检测系统可发现0.1毫米的气泡",
        "路口摄像头可实时识别行人闯红灯",  # a camera and an unqualified 识别: two weak words
        "系统能识别病虫害，识别准确率达九成",  # 识别 twice
    ],
)
def test_vision_named_by_what_it_does(text):
    assert "计算机视觉" in names(tag(text)["technologies"])


@pytest.mark.parametrize(
    "text",
    [
        "系统可自动识别异常订单",  # 识别 once is no support
        "反欺诈识别率提升，风险识别更准确",  # recognising fraud or risk is not seeing
        "要尽量识别风险因素，并对融资风险进行识别",
        "语音识别准确率提升，声纹识别也已上线",  # matched whole as speech
    ],
)
def test_recognition_that_is_not_vision(text):
    assert "计算机视觉" not in names(tag(text)["technologies"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("海上风电场的风机叶片由无人机巡检", "能源"),
        ("煤矿井下部署安全监测系统", "能源"),
        ("核电站检修机器人完成换料大修", "能源"),
        ("区税务局上线智能办税助手", "政务"),
        ("公安机关采购视频解析平台，执法记录仪接入", "政务"),
        ("市水务局推进智慧水务建设", "智慧城市"),
        ("智慧停车运营商接入全市停车场", "交通"),
        ("铁路巡检机器人上线", "交通"),
        ("连锁药店部署AI审方系统", "智慧医疗"),
        ("典当行用AI鉴定奢侈品，典当业务增长", "金融"),
        ("报关企业完成融资", "物流"),
        ("纺织企业引入验布设备，纺织行业加速转型", "制造"),
        ("电竞俱乐部引入AI陪练", "文娱传媒"),
        ("出版社推出多语种翻译服务，首批翻译出版图书200种", "文娱传媒"),
    ],
)
def test_industries_named_by_their_trades(text, name):
    assert name in names(tag(text)["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("公司在深圳证券交易所上市，证券交易所数据显示成交活跃", "金融"),  # the venue of a listing
        ("公司（证券简称：某某股份）拟以发行股份及支付现金方式收购", "金融"),  # a deal's boilerplate
        ("推出面向医疗险的核赔模型", "智慧医疗"),  # an insurance product
        ("宠物医疗连锁的宠物医院用上AI", "智慧医疗"),  # animals' care
        ("纺织面料的柔软度", "制造"),  # one trade word once is a passing mention
        ("参考文献：某某大学出版社，2004", "文娱传媒"),  # a publisher cited once
    ],
)
def test_passing_or_misleading_industry_words(text, name):
    assert name not in names(tag(text)["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("月之暗面旗下Kimi的月活用户突破千万", "大模型"),
        ("百度文心一言用户数增长", "大模型"),
        ("发布新一代基座模型，推理成本下降", "大模型"),
        ("网信办公布深度合成服务算法备案信息", "生成式AI"),
        ("一家AI作曲公司被收购", "生成式AI"),
        ("AI配音公司完成融资", "语音识别"),
        ("通过叫声训练鸟类声纹模型", "语音识别"),
        ("发布同声传译模型", "自然语言处理"),
        ("税务局上线智能应答助手", "自然语言处理"),
        ("新加坡AI客服公司被收购", "自然语言处理"),
        ("发布电梯故障预测模型", "机器学习"),
        ("利用AI预测订单与路况", "机器学习"),
    ],
)
def test_technologies_named_by_product_or_use(text, name):
    assert name in names(tag(text)["technologies"])


def test_a_compound_of_two_entries_counts_for_both():
    # 语音大模型 is a large model for speech: longest match must not hide the large model.
    assert {"大模型", "语音识别"} <= set(names(tag("语音大模型公司声衍智能")["technologies"]))


def test_ambiguous_model_names_are_weak():
    assert tag("早餐吃了一个豆包")["technologies"] == []
    assert "大模型" in names(tag("豆包大模型降价，豆包用户增长")["technologies"])


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("联合研发风机叶片缺陷识别算法", "technologies", "计算机视觉"),
        ("接入公共视频监控点位，视频结构化后检索", "technologies", "计算机视觉"),  # two video-analytics words
        ("报关AI助手上线一年", "technologies", "大模型"),
        ("码头现有无人集卡86辆", "technologies", "自动驾驶"),
        ("收购一家语音芯片公司", "technologies", "语音识别"),
        ("收购一家语音芯片公司", "technologies", "智能芯片"),
        ("公共数据运营平台上线", "industries", "政务"),
    ],
)
def test_more_uses_and_compounds(text, kind, name):
    assert name in names(tag(text)[kind])


def test_video_analytics_is_vision_and_a_camera_network_alone_is_not_analytics():
    found = names(tag("某某科技展示了视频分析技术")["technologies"])
    assert found == ["视频分析", "计算机视觉"]
    assert tag("平台整合了全县136个视频监控点的实时数据")["technologies"] == []
    assert names(tag("公安局采购视频解析服务器，接入视频监控点位")["technologies"]) == ["视频分析", "计算机视觉"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("口腔AI读片软件获三类证", "计算机视觉"),
        ("宠物医院引入AI影像系统", "计算机视觉"),
        ("经AI修复的老唱片重新发行", "生成式AI"),
    ],
)
def test_imaging_reading_and_restoration(text, name):
    assert name in names(tag(text)["technologies"])


def test_a_park_committee_is_an_authority_not_the_park_industry():
    found = tag("某公司与苏州工业园区管委会签约，在园区设立中国总部")
    assert "园区" not in names(found["industries"])
    assert "园区" in names(tag("相城人工智能产业园开园，园区首批32家企业入驻")["industries"])


def test_the_industry_ministry_is_an_authority_not_manufacturing():
    found = tag("省工业和信息化厅印发方案，省工业和信息化厅副厅长表示，工业企业将受益")
    assert "制造" not in names(found["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AI眼镜品牌完成B轮融资", "消费电子"),
        ("大模型端侧版本可在手机上离线运行", "消费电子"),  # two weak words
        ("旗下子公司海康汽车技术收购一家激光雷达企业", "汽车"),  # two weak words
    ],
)
def test_devices_and_car_parts(text, name):
    assert name in names(tag(text)["industries"])


def test_the_art_market_is_culture():
    assert "文娱传媒" in names(tag("艺术品鉴定公司完成融资，已收录历代书画图像")["industries"])
    assert "文娱传媒" not in names(tag("一件艺术品")["industries"])  # once is a passing mention


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # farms, livestock, fisheries, orchards, tea, seeds and flowers as they are grown
        ("某某牧业旗下规模化牧场的奶牛佩戴监测项圈", "农业"),
        ("系统已在200个养猪场部署，覆盖生猪50万头", "农业"),
        ("深远海养殖工船投喂系统，渔业企业降本", "农业"),
        ("苹果采摘机器人进入山地果园", "农业"),
        ("该系统已在3000亩茶园试用", "农业"),
        ("植保无人机出口大单落地", "农业"),
        ("种质资源库保存水稻、玉米种子", "农业"),
        ("菌菇工厂用AI管理食用菌生长", "农业"),
        ("鲜切花拍卖中心上线分级系统", "农业"),
        # shops selling to the public
        ("连锁便利店部署AI订货系统，门店缺货率下降", "零售"),
        ("烘焙连锁企业收购需求预测公司", "零售"),
        ("眼镜零售连锁企业在门店增设检查区", "零售"),
        ("大药房连锁门店上线AI审方", "零售"),
        # tourism, resorts, parks, hotels, cruises
        ("AI导游App覆盖全国4000多个A级景区", "文旅"),
        ("某某滑雪度假区启用雪道巡检系统", "文旅"),
        ("海洋主题乐园上线客流调度系统", "文旅"),
        ("国产大型邮轮部署AI客舱管家", "文旅"),
        ("酒店运营系统已接入2700家酒店", "文旅"),
        ("低空观光航线开通，观光飞行每天12班", "文旅"),
        # surveillance, policing, fire, disaster warning, emergency rescue
        ("森林防火AI企业完成融资", "安防"),
        ("县里启用AI应急指挥调度平台，山区救援响应缩短", "安防"),
        ("地震预警信息发布时间缩短至5秒", "安防"),
        ("平台今年汛期预警管涌、滑坡险情126次", "安防"),
        ("气象大模型预报台风路径，台风登陆前48小时发布", "安防"),
        ("市公安局采购视频解析平台，公安民警使用", "安防"),
        # disease control and a population screened
        ("AI近视筛查进校园，126所小学参与", "公共卫生"),
        ("幼儿园配备AI晨检机器人", "公共卫生"),
        ("省疾控中心上线传染病监测系统", "公共卫生"),
    ],
)
def test_trades_of_farms_shops_tourism_security_and_public_health(text, name):
    assert name in names(tag(text)["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国农业银行发布年报", "农业"),
        ("某某农业大学教授表示", "农业"),
        ("农业农村部数据显示", "农业"),  # an authority's figures, as a transport bureau's
        ("海洋与渔业局中标渔船监管平台项目", "农业"),  # fishery enforcement
        ("这块业务是公司的现金奶牛", "农业"),
        ("农民工返乡就业", "农业"),
        ("公司三季度业绩超市场预期", "零售"),
        ("今年上半年化妆品类零售额增长4.1%", "零售"),
        ("建议零售价为3999元", "零售"),
        ("获得某某文旅产业基金投资", "文旅"),
        ("文化和旅游部数据显示", "文旅"),
        ("为该风电场的86台风机提供巡检，单台风机40分钟", "安防"),  # a count of turbines
        ("应急管理部数据显示，去年燃气事故下降", "安防"),
        ("乐园上线客流调度系统", "公共卫生"),  # 流调 inside 客流调度
        ("物流调度平台上线", "公共卫生"),
        ("像隔离传染病一样禁止接触", "公共卫生"),  # once, a figure of speech
    ],
)
def test_words_of_those_trades_that_mean_something_else(text, name):
    assert name not in names(tag(text)["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("门架摄像头完成车牌识别，准确率99%", "图像识别"),
        ("产线通过视觉识别电池包型号", "图像识别"),
        ("物种识别模型能分辨400多种动物", "图像识别"),
        ("手写体识别准确率提升至94%", "图像识别"),
        ("清扫机器人用AI视觉判断积灰程度", "图像识别"),
        ("鉴定系统通过显微图像比对识别仿品", "图像识别"),
        ("口岸上线智能审图系统", "图像识别"),
        ("某某航空的无人驾驶航空器获得生产许可证", "无人机"),
    ],
)
def test_recognition_read_off_pictures_and_unmanned_aircraft(text, name):
    found = names(tag(text)["technologies"])
    assert name in found
    if name == "图像识别":
        assert "计算机视觉" in found  # its broader entry


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某某公司的智能加工车间投产，车间用工减少一半", "制造"),  # a workshop, twice
        ("竹材加工企业招工难，另一家加工企业已改用机器人", "制造"),
        ("公司为锂电池企业提供极片检测设备，锂电产能扩张", "制造"),
        ("绣坊的AI刺绣系统可驱动电脑绣花机", "制造"),
        ("拆船企业引入切割机器人，拆船周期缩短", "制造"),
        ("某某船闸上线过闸调度系统", "交通"),
        ("机场飞行区部署驱鸟设备，机场鸟击事件下降", "交通"),
        ("智能绞吸船在运河航道清淤，航道水深增加", "交通"),
        ("某某区不动产登记中心启用智能审核", "政务"),
        ("市公共资源交易中心上线辅助评标系统", "政务"),
        ("野生动物园建设动物行为监测平台", "文旅"),
        ("古建筑监测平台将在11处文物建筑部署，覆盖古建筑2000余处", "文旅"),
        ("公司中标某某输气管道内检测项目", "能源"),
        ("蛋鸡存栏80万羽，鸡蛋分级用上AI", "农业"),
        ("分选中心按色泽为荔枝分级，今年荔枝产量增长", "农业"),
        ("智能洗车机能规划喷淋路径，洗车时间约4分钟", "汽车"),
        ("某某客车制造的氢能客车上线运营", "汽车"),
        ("泳池防溺水系统识别溺水姿态", "安防"),
        ("海上搜救中心上线漂移预测系统，参与搜救12次", "安防"),
        ("烟花生产线的AI安全监控系统识别违规", "安防"),
    ],
)
def test_trades_named_by_their_sites_and_goods(text, name):
    assert name in names(tag(text)["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某某教育出版社发布数字教材，出版社负责人介绍", "文娱传媒"),  # an education press
        ("某某文物局印发古建筑保护指引", "文旅"),  # an authority, and 古建筑 once
        ("公司在工厂旁新建一间车间", "农业"),
        ("代表团乘车前往机场", "交通"),  # 机场 once, a passing place
        ("这家企业的天然气费用上涨", "能源"),  # once
    ],
)
def test_words_of_the_new_trades_that_are_not_enough_alone(text, name):
    assert name not in names(tag(text)["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AI分级设备让每颗珍珠旋转拍摄", "图像识别"),  # grades read off pictures
        ("商户用手机拍照识别香料等级", "图像识别"),
        ("系统从叶片照片识别12种病害", "图像识别"),
        ("洗车机搭载AI车型识别系统", "图像识别"),
        ("通过显微图像测量纤维细度", "图像识别"),
        ("荔枝智能分选线按色泽分级", "图像识别"),
        ("索道站台的86路摄像头发现异常即停车", "视频分析"),  # channels of video
        ("隐患点布设了雨量计和AI视频监控", "视频分析"),
        ("系统通过视频实时识别违规带入火种", "视频分析"),
        ("检测线利用X光成像识别胎体内部断裂", "计算机视觉"),  # imaging words, twice
        ("顾客拍照后，系统可识别脸型", "计算机视觉"),
        ("系统根据无人机航拍图像判断结晶时机", "计算机视觉"),
    ],
)
def test_vision_named_by_what_it_looks_at(text, name):
    found = names(tag(text)["technologies"])
    assert name in found
    assert "计算机视觉" in found  # the broader entry of each


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("医院推行智能分级诊疗", "图像识别"),  # referral between hospitals
        ("婚纱照片修图", "计算机视觉"),  # one imaging word alone
    ],
)
def test_imaging_words_that_are_not_vision(text, name):
    assert name not in names(tag(text)["technologies"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某某热力公司的集中供热管网接入调度平台", "能源"),  # district heating
        ("公司用AI模型辅助找矿，圈定矿产靶区", "能源"),
        ("城市燃气公司上线管网巡检系统，燃气泄漏报警", "能源"),
        ("铸造车间的X光检测线检出铸件缺陷", "制造"),
        ("白酒企业用AI辅助酿造勾调", "制造"),
        ("屠宰线引入分割机器人，肉制品产能提升", "制造"),
        ("某某航空公司上线机组排班系统", "交通"),
        ("航班延误时系统自动调整客运计划", "交通"),
        ("综合管廊巡检机器人投入使用", "智慧城市"),
        ("全市路灯接入单灯控制，路灯能耗下降", "智慧城市"),
        ("蚕桑基地引入AI识别蚕茧", "农业"),
        ("某某驾校引入AI教练车", "教育"),
        ("连锁咖啡品牌用AI选址开店", "零售"),
        ("新茶饮品牌门店上线智能点单，茶饮销量增长", "零售"),
        ("微短剧制作公司发布AI剧本工具", "文娱传媒"),
        ("动画公司用AI生成中间帧，动画制作周期缩短", "文娱传媒"),
    ],
)
def test_more_trades_by_their_works(text, name):
    assert name in names(tag(text)["industries"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("门店客流热力图显示，热力最高的是入口", "能源"),  # a chart, and 热力 once
        ("葡萄酒庄的酿酒葡萄进入采收期", "制造"),  # one trade word once
        ("航班号已公布", "交通"),  # 航班 once
    ],
)
def test_words_of_those_works_that_are_not_enough_alone(text, name):
    assert name not in names(tag(text)["industries"])


def test_super_resolution_is_vision():
    assert "计算机视觉" in names(tag("平台对老录像进行超分辨率修复")["technologies"])


@pytest.mark.parametrize(
    "text",
    [
        "合作社饲养的马匹佩戴传感器，马场用AI识别步态",  # horses raised: two weak words
        "某某马业引入步态分析系统",
        "公司在当地拥有珍珠养殖水面2万亩",
    ],
)
def test_horses_and_aquaculture_waters_are_farming(text):
    assert "农业" in names(tag(text)["industries"])


def test_one_horse_word_alone_is_not_farming():
    assert "农业" not in names(tag("骑警的马匹在广场巡逻")["industries"])
