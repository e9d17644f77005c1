"""Neijiang (内江) as seed 004 describes it: the 会商会 mechanism, its units, enterprises and meetings.

"市领导已主持召开企业化解难题问题会商会12次，共对85户企业的127个问题进行了会商研究。截至目前，2023年全市
第十次企业化解难题问题会商会上企业反映的9个问题正在交办中，前期交办的118个问题已办结95个，问题办结率80.5%。"
(内江日报, November 2023). The data below is what the demo world is built from; people's names and
the enterprises other than 内江金鸿曲轴有限公司 are invented.
"""

import datetime
from dataclasses import dataclass

from huishang.demo.shapes import Raised, Unit

# The day the article's "截至目前" refers to: every event of the history happens before it.
ARTICLE_DAY = datetime.date(2023, 11, 2)

PROVINCE = ("510000", "四川省")
CITY = ("511000", "内江市")
DISTRICTS = [
    ("511002", "市中区"),
    ("511011", "东兴区"),
    ("511024", "威远县"),
    ("511025", "资中县"),
    ("511083", "隆昌市"),
]


UNITS = [
    Unit("rsj", "内江市人力资源和社会保障局", "市人力资源社会保障局", "unit", "刘晓梅"),
    Unit("jxj", "内江市经济和信息化局", "市经济和信息化局", "unit_jxj", "陈志刚"),
    Unit("fgw", "内江市发展和改革委员会", "市发展改革委", "unit_fgw", "王海燕"),
    Unit("zrzy", "内江市自然资源和规划局", "市自然资源规划局", "unit_zrzy", "李国栋"),
    Unit("zjj", "内江市住房和城乡建设局", "市住房城乡建设局", "unit_zjj", "张建平"),
    Unit("sthj", "内江市生态环境局", "市生态环境局", "unit_sthj", "赵丽君"),
    Unit("scjg", "内江市市场监督管理局", "市市场监管局", "unit_scjg", "周文斌"),
    Unit("swj", "内江市商务局", "市商务局", "unit_swj", "吴雪芳"),
    Unit("czj", "内江市财政局", "市财政局", "unit_czj", "郑开明"),
    Unit("tax", "国家税务总局内江市税务局", "市税务局", "unit_tax", "黄静怡"),
    Unit("power", "国网四川省电力公司内江供电公司", "国网内江供电公司", "unit_power", "罗振宇"),
    Unit("water", "内江市水务局", "市水务局", "unit_water", "邓春华"),
    Unit("jtys", "内江市交通运输局", "市交通运输局", "unit_jtys", "曾宪伟"),
    Unit("jrj", "内江市地方金融管理局", "市地方金融管理局", "unit_jrj", "唐薇"),
    Unit("kjj", "内江市科学技术局", "市科技局", "unit_kjj", "蒋友谊"),
    Unit("yjj", "内江市应急管理局", "市应急管理局", "unit_yjj", "谢德明"),
]

# The joint supervision group: 市委目标绩效办 and 市经济和信息化局 together (联合督查组).
SUPERVISION_GROUP = ("内江市企业化解难题问题联合督查组", "联合督查组")
SUPERVISORS = [
    ("supervisor", "杨建华", "市委目标绩效办"),
    ("supervisor_jxj", "何静", "市经济和信息化局"),
]
SERVICE_OFFICE = ("内江市企业化解难题问题会商会工作专班", "工作专班")
OFFICE_ACCOUNT = ("office", "孙丽娜")
UNION = ("内江市总工会", "市总工会")
LEADER_ACCOUNT = ("leader", "方志远")
LEADER_TITLE = "副市长"

FEATURED_ENTERPRISE = "内江金鸿曲轴有限公司"
FEATURED_CONTACT = ("enterprise", "钟明华")

# (name, district code, industry). The first is the enterprise the seed names.
ENTERPRISES = [
    ("内江金鸿曲轴有限公司", "511002", "汽车零部件"),
    ("内江华森机械制造有限公司", "511002", "通用设备制造"),
    ("内江瑞丰精密铸造有限公司", "511002", "铸造"),
    ("内江恒昌减振器有限公司", "511002", "汽车零部件"),
    ("内江鑫达汽车零部件有限公司", "511002", "汽车零部件"),
    ("四川沱江电子科技有限公司", "511002", "电子元器件"),
    ("内江博远智能装备有限公司", "511002", "专用设备制造"),
    ("内江市甜城食品有限公司", "511002", "食品制造"),
    ("内江天汇包装材料有限公司", "511002", "包装材料"),
    ("四川内江德瑞医药有限公司", "511002", "医药制造"),
    ("内江盛世印务有限公司", "511002", "印刷"),
    ("内江宏泰塑胶制品有限公司", "511002", "塑料制品"),
    ("内江云帆数字科技有限公司", "511002", "软件和信息技术服务"),
    ("内江汇通物流有限公司", "511002", "物流"),
    ("内江益康生物科技有限公司", "511002", "生物技术"),
    ("内江立晟新材料有限公司", "511002", "新材料"),
    ("内江锦程服装有限公司", "511002", "服装"),
    ("内江东兴恒力锻造有限公司", "511011", "锻造"),
    ("四川嘉裕新能源科技有限公司", "511011", "新能源"),
    ("内江市峰岭建材有限公司", "511011", "建材"),
    ("内江安泰化工有限公司", "511011", "化工"),
    ("内江金盛不锈钢制品有限公司", "511011", "金属制品"),
    ("四川甜城农业开发有限公司", "511011", "农产品加工"),
    ("内江卓越电气设备有限公司", "511011", "电气机械"),
    ("内江东兴明珠陶瓷有限公司", "511011", "陶瓷"),
    ("内江润泽环保科技有限公司", "511011", "环保"),
    ("四川蓝海智造科技有限公司", "511011", "智能制造"),
    ("内江中宇机电有限公司", "511011", "机电"),
    ("内江新源电池材料有限公司", "511011", "电池材料"),
    ("内江市永兴木业有限公司", "511011", "木材加工"),
    ("内江康达医疗器械有限公司", "511011", "医疗器械"),
    ("内江富民粮油有限公司", "511011", "粮油加工"),
    ("内江顺航汽车服务有限公司", "511011", "汽车服务"),
    ("内江弘远精工有限公司", "511011", "精密加工"),
    ("威远县鑫源钒钛材料有限公司", "511024", "钒钛新材料"),
    ("四川威远华丰铸业有限公司", "511024", "铸造"),
    ("威远县宏达页岩气技术服务有限公司", "511024", "页岩气服务"),
    ("威远县无花果产业开发有限公司", "511024", "农产品加工"),
    ("威远县金石合金材料有限公司", "511024", "合金材料"),
    ("四川威远恒通矿山机械有限公司", "511024", "矿山机械"),
    ("威远县龙会陶瓷有限公司", "511024", "陶瓷"),
    ("威远县连界机械加工有限公司", "511024", "机械加工"),
    ("威远县严陵食品有限公司", "511024", "食品制造"),
    ("四川威远嘉禾化工有限公司", "511024", "化工"),
    ("威远县新场耐磨材料有限公司", "511024", "耐磨材料"),
    ("威远县瑞恒电力设备有限公司", "511024", "电力设备"),
    ("威远县东联建材有限公司", "511024", "建材"),
    ("四川威远佳美纺织有限公司", "511024", "纺织"),
    ("威远县镇西农业科技有限公司", "511024", "农业科技"),
    ("威远县山王水泥制品有限公司", "511024", "水泥制品"),
    ("资中县血橙产业发展有限公司", "511025", "农产品加工"),
    ("四川资中球溪鲶鱼食品有限公司", "511025", "食品制造"),
    ("资中县银山机械制造有限公司", "511025", "机械制造"),
    ("资中县重龙纸业有限公司", "511025", "造纸"),
    ("四川资中冬尖食品有限公司", "511025", "食品制造"),
    ("资中县归德建材有限公司", "511025", "建材"),
    ("资中县鱼溪电子有限公司", "511025", "电子元器件"),
    ("四川资中顺兴汽配有限公司", "511025", "汽车零部件"),
    ("资中县明心纺织有限公司", "511025", "纺织"),
    ("资中县水南物流有限公司", "511025", "物流"),
    ("四川资中华强新材料有限公司", "511025", "新材料"),
    ("资中县铁佛五金制品有限公司", "511025", "五金制品"),
    ("资中县罗泉豆制品有限公司", "511025", "食品制造"),
    ("四川资中天宇光电科技有限公司", "511025", "光电"),
    ("资中县金李井农业发展有限公司", "511025", "农业"),
    ("资中县宏源药业有限公司", "511025", "医药制造"),
    ("隆昌市夏布织造有限公司", "511083", "纺织"),
    ("隆昌市金鼎耐火材料有限公司", "511083", "耐火材料"),
    ("隆昌市石燕桥土陶有限公司", "511083", "陶瓷"),
    ("四川隆昌宏发化工有限公司", "511083", "化工"),
    ("隆昌市响石电器有限公司", "511083", "电器"),
    ("隆昌市界市机械有限公司", "511083", "机械制造"),
    ("隆昌市云顶文化旅游开发有限公司", "511083", "文化旅游"),
    ("隆昌市胡家酿造有限公司", "511083", "调味品"),
    ("四川隆昌金山汽车配件有限公司", "511083", "汽车零部件"),
    ("隆昌市双凤建材有限公司", "511083", "建材"),
    ("隆昌市圣灯新材料有限公司", "511083", "新材料"),
    ("隆昌市古湖电子科技有限公司", "511083", "电子元器件"),
    ("四川隆昌亿联塑业有限公司", "511083", "塑料制品"),
    ("隆昌市黄家农业开发有限公司", "511083", "农业"),
    ("隆昌市渔箭玻璃制品有限公司", "511083", "玻璃制品"),
    ("隆昌市普润陶瓷有限公司", "511083", "陶瓷"),
    ("四川隆昌中天医药有限公司", "511083", "医药制造"),
    ("隆昌市石碾机电设备有限公司", "511083", "机电"),
    ("隆昌市金鹅纸业有限公司", "511083", "造纸"),
]


@dataclass(frozen=True)
class MeetingPlan:
    """One 会商会: its day, how many new problems it takes up, and how many of them are still open."""

    held_on: datetime.date
    problems: int
    open_in_progress: int = 0
    open_responded: int = 0
    being_assigned: bool = False


# Two meetings when the mechanism started in late 2022, ten in 2023 — the tenth's nine problems
# are still being assigned; of the 118 before them, 23 are open (10 with the unit, 13 awaiting review).
MEETINGS = [
    MeetingPlan(datetime.date(2022, 11, 25), 12),
    MeetingPlan(datetime.date(2022, 12, 23), 10),
    MeetingPlan(datetime.date(2023, 1, 13), 12),
    MeetingPlan(datetime.date(2023, 2, 24), 10, open_in_progress=1),
    MeetingPlan(datetime.date(2023, 3, 24), 11),
    MeetingPlan(datetime.date(2023, 4, 21), 9, open_in_progress=1),
    MeetingPlan(datetime.date(2023, 5, 26), 10),
    MeetingPlan(datetime.date(2023, 6, 20), 9, open_in_progress=1),
    MeetingPlan(datetime.date(2023, 7, 21), 11, open_in_progress=1, open_responded=1),
    MeetingPlan(datetime.date(2023, 8, 25), 12, open_in_progress=3, open_responded=4),
    MeetingPlan(datetime.date(2023, 9, 22), 12, open_in_progress=3, open_responded=8),
    MeetingPlan(datetime.date(2023, 10, 27), 9, being_assigned=True),
]

MEETING_LOCATIONS = ["市政府第一会议室", "市政府第三会议室", "市经济和信息化局四楼会议室", "市政务服务中心会商室"]

# How many reopened (持续推进 once, then resolved), sent back (退回, then re-dispatched) and
# deferred (缓议 at one meeting, assigned at the next) matters the history shows.
REOPENED_RESOLVED = 6
SENT_BACK = 2

# Matters that show the other branches and the queue for the next meeting; none is consulted.
REJECTED = (
    Raised(
        "内江汇通物流有限公司", "other", "请求协调省外客户支付拖欠运费约36万元",
        "企业与省外某客户存在运输合同纠纷，对方拖欠运费约36万元，请求政府出面协调对方付款。",
        datetime.date(2023, 6, 5), accepted=False, raised_by="office", source="hotline",
    ),
    "经审查，该事项属于企业间商业合同纠纷，不属于会商会受理范围。已告知企业可通过人民调解、仲裁或诉讼途径解决，"
    "并提供法律援助咨询渠道。",
)
# Raised again by phone while the original (the featured enterprise's power problem) was being handled.
DUPLICATE = Raised(
    FEATURED_ENTERPRISE, "utilities", "变压器增容工程进度慢，新产线仍未投产",
    "企业再次来电反映：厂区变压器增容工程进度慢，新增产线仍无法投产，希望加快推进。",
    datetime.date(2023, 5, 15), accepted=False, raised_by="office", source="hotline",
)
WAITING = [
    Raised(
        "威远县鑫源钒钛材料有限公司", "land", "钒钛新材料产业园二期项目用地报批进度慢",
        "企业二期项目已完成备案，项目用地约80亩，用地报批进度慢，影响年内开工。",
        datetime.date(2023, 10, 30), accepted=True, raised_by="office",
    ),
    Raised(
        "资中县银山机械制造有限公司", "talent", "数控操作工缺口约30人",
        "企业新接农机零部件订单，数控操作工缺口约30人，希望协助对接职业院校和零工市场。",
        datetime.date(2023, 10, 30), accepted=True, raised_by="office", source="enterprise",
    ),
    Raised(
        "隆昌市夏布织造有限公司", "market", "夏布非遗产品希望参加成都国际非遗节展销",
        "企业生产的隆昌夏布属国家级非物质文化遗产产品，希望参加成都国际非物质文化遗产节展销，拓展销售渠道。",
        datetime.date(2023, 10, 31), accepted=True, raised_by="office",
    ),
    Raised(
        "内江云帆数字科技有限公司", "policy", "软件产品增值税即征即退政策申报咨询",
        "企业自主开发的工业软件产品已取得著作权登记，希望了解软件产品增值税即征即退政策的申报条件和流程。",
        datetime.date(2023, 11, 1), accepted=False, raised_by="office", source="hotline",
    ),
]
