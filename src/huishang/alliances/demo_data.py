"""The alliances of seed 004 as data: regions, studios, council, agreements, resources and events.

Named in the seed: the three alliances, 赵小东 (chair, 内江金鸿曲轴有限公司刀具室主任), 周竞峰 and 李金平 (chairs),
李小孟 (council member), 邓旭东 (member representative), the studios of 徐显云 (重庆渝硕重型机械有限公司),
蹇宏 (重庆潍柴发动机有限公司), 李小孟, 周小仪 and 秦兆华, the 2023-10-31 joint meeting in Neijiang, the June 2023
exchange visits, 9 agreements in April-June 2023, 50+ experts and the resources by kind. The other studios,
hosts, people and the districts of the Chongqing hosts are invented to be believable.
"""

import datetime

FOUNDED = datetime.date(2022, 11, 18)
JOINT_DAY = datetime.date(2023, 10, 31)
HANDOVER_DAY = datetime.date(2023, 11, 1)

# code, name, parent code, seat longitude, latitude: 川南四市 and 渝西 districts (two more than the six
# the seed names, 合川 and 潼南, to reach its 12 cities and districts).
REGIONS = [
    ("511000", "内江市", "510000", 105.058, 29.580),
    ("510300", "自贡市", "510000", 104.779, 29.339),
    ("510500", "泸州市", "510000", 105.443, 28.872),
    ("511500", "宜宾市", "510000", 104.643, 28.752),
    ("500118", "永川区", "500000", 105.927, 29.356),
    ("500153", "荣昌区", "500000", 105.594, 29.405),
    ("500111", "大足区", "500000", 105.722, 29.707),
    ("500120", "璧山区", "500000", 106.227, 29.592),
    ("500116", "江津区", "500000", 106.259, 29.290),
    ("500151", "铜梁区", "500000", 106.056, 29.845),
    ("500117", "合川区", "500000", 106.276, 29.972),
    ("500152", "潼南区", "500000", 105.840, 30.191),
]

EQUIPMENT = "川南渝西地区装备制造劳模和工匠人才创新工作室联盟"
PLANTING = "川南渝西地区种植业劳模和工匠人才创新工作室联盟"
POWER = "川渝新型电力系统劳模和工匠人才创新工作室联盟"

ALLIANCES = [
    (EQUIPMENT, "装备制造联盟", "装备制造"),
    (PLANTING, "种植业联盟", "种植业"),
    (POWER, "新型电力系统联盟", "新型电力系统"),
]

# leader, studio name suffix, host, host kind (enterprise, or institution: a public institution, credit code 12…),
# region code, level, field, joined (None = founding day)
STUDIOS = {
    EQUIPMENT: [
        ("赵小东", "劳模创新工作室", "内江金鸿曲轴有限公司", "enterprise", "511000", "provincial", "曲轴刀具", None),
        ("徐显云", "劳模创新工作室", "重庆渝硕重型机械有限公司", "enterprise", "500118", "provincial", "重型机械制造", None),
        ("蹇宏", "劳模创新工作室", "重庆潍柴发动机有限公司", "enterprise", "500116", "national", "发动机装配", None),
        ("罗永军", "工匠创新工作室", "自贡川南阀门制造有限公司", "enterprise", "510300", "city", "阀门铸造", None),
        ("陈志刚", "劳模创新工作室", "自贡恒力锅炉装备有限公司", "enterprise", "510300", "provincial", "锅炉焊接", None),
        ("黄德明", "工匠创新工作室", "泸州长江起重机械有限公司", "enterprise", "510500", "city", "起重机械", None),
        ("王建华", "劳模创新工作室", "泸州川南液压件有限公司", "enterprise", "510500", "city", "液压件加工", None),
        ("杨天林", "工匠创新工作室", "宜宾三江数控机床有限公司", "enterprise", "511500", "city", "数控加工", None),
        ("刘光明", "劳模创新工作室", "宜宾金沙智能装备有限公司", "enterprise", "511500", "provincial", "智能装备", None),
        ("何昌平", "工匠创新工作室", "内江川威汽车零部件有限公司", "enterprise", "511000", "city", "汽车零部件", None),
        ("唐学军", "劳模创新工作室", "重庆荣昌精工齿轮有限公司", "enterprise", "500153", "city", "齿轮加工", None),
        ("邹国强", "工匠创新工作室", "重庆大足五金工具有限公司", "enterprise", "500111", "city", "五金模具", None),
        ("曾庆华", "劳模创新工作室", "重庆璧山摩托车配件有限公司", "enterprise", "500120", "city", "摩托车零部件", None),
        ("谢永红", "工匠创新工作室", "重庆铜梁精密铸造有限公司", "enterprise", "500151", "city", "精密铸造", "2023-03-15"),
        ("范文斌", "劳模创新工作室", "重庆合川电机制造有限公司", "enterprise", "500117", "city", "电机制造", "2023-03-15"),
        ("彭晓东", "工匠创新工作室", "重庆潼南焊接装备有限公司", "enterprise", "500152", "city", "焊接工艺", "2023-06-15"),
        ("冯开林", "工匠创新工作室", "重庆江津船舶机械有限公司", "enterprise", "500116", "city", "船舶机械", "2023-06-15"),
        ("胡建明", "劳模创新工作室", "重庆永川数控刀具有限公司", "enterprise", "500118", "provincial", "刀具磨削", "2023-11-01"),
    ],
    PLANTING: [
        ("李金平", "劳模和工匠人才创新工作室", "威远县无花果科学研究所", "institution", "511000", "provincial", "无花果种植", None),
        ("李小孟", "劳模和工匠人才创新工作室", "内江沱江农业科技有限公司", "enterprise", "511000", "city", "柑橘种植", None),
        ("周小仪", "劳模和工匠人才创新工作室", "重庆永川秀芽茶叶专业合作社", "enterprise", "500118", "city", "茶叶种植", None),
        ("秦兆华", "劳模创新工作室", "重庆市荣昌区农业技术推广中心", "institution", "500153", "provincial", "蔬菜种植", None),
        ("钟丽萍", "劳模和工匠人才创新工作室", "自贡富顺优质稻种植专业合作社", "enterprise", "510300", "city", "水稻种植", None),
        ("吴春林", "劳模和工匠人才创新工作室", "泸州合江荔枝产业园有限公司", "enterprise", "510500", "city", "荔枝种植", None),
        ("赵德福", "劳模和工匠人才创新工作室", "宜宾早茶种植专业合作社", "enterprise", "511500", "city", "茶叶种植", None),
        ("郭红梅", "劳模和工匠人才创新工作室", "重庆大足冬菜种植专业合作社", "enterprise", "500111", "city", "蔬菜种植", None),
        ("孙志强", "劳模和工匠人才创新工作室", "重庆江津花椒产业发展有限公司", "enterprise", "500116", "provincial", "花椒种植", None),
        ("马桂兰", "劳模和工匠人才创新工作室", "重庆铜梁莲藕种植专业合作社", "enterprise", "500151", "city", "水生蔬菜", None),
        ("高永福", "劳模和工匠人才创新工作室", "重庆潼南柠檬产业有限公司", "enterprise", "500152", "city", "柠檬种植", "2023-06-20"),
        ("林秀英", "劳模和工匠人才创新工作室", "重庆璧山葡萄种植专业合作社", "enterprise", "500120", "city", "葡萄种植", "2023-06-20"),
    ],
    POWER: [
        ("周竞峰", "劳模创新工作室", "国网四川省电力公司内江供电公司", "enterprise", "511000", "provincial", "配电运维", None),
        ("邓旭东", "劳模创新工作室", "国网重庆市电力公司永川供电分公司", "enterprise", "500118", "city", "变电检修", None),
        ("付明亮", "工匠创新工作室", "国网四川省电力公司自贡供电公司", "enterprise", "510300", "city", "输电线路", None),
        ("韩光辉", "劳模创新工作室", "国网四川省电力公司泸州供电公司", "enterprise", "510500", "city", "继电保护", None),
        ("蒋立新", "劳模创新工作室", "国网四川省电力公司宜宾供电公司", "enterprise", "511500", "provincial", "新能源并网", None),
        ("袁丽", "工匠创新工作室", "国网重庆市电力公司荣昌供电分公司", "enterprise", "500153", "city", "电能计量", None),
        ("潘永刚", "劳模创新工作室", "国网重庆市电力公司大足供电分公司", "enterprise", "500111", "city", "带电作业", None),
        ("田海波", "工匠创新工作室", "国网重庆市电力公司璧山供电分公司", "enterprise", "500120", "city", "配网自动化", None),
        ("任宏伟", "劳模创新工作室", "国网重庆市电力公司江津供电分公司", "enterprise", "500116", "city", "电缆运检", None),
        ("罗斌", "工匠创新工作室", "国网重庆市电力公司铜梁供电分公司", "enterprise", "500151", "city", "智能电表", None),
        ("许建平", "劳模创新工作室", "国网重庆市电力公司合川供电分公司", "enterprise", "500117", "city", "调度运行", None),
        ("程亮", "工匠创新工作室", "国网重庆市电力公司潼南供电分公司", "enterprise", "500152", "city", "光伏运维", None),
        ("夏天明", "工匠创新工作室", "内江川南储能科技有限公司", "enterprise", "511000", "city", "储能运维", "2023-03-01"),
        ("王晓峰", "劳模创新工作室", "宜宾川南水电开发有限公司", "enterprise", "511500", "city", "水电检修", "2023-03-01"),
        ("沈国华", "工匠创新工作室", "泸州川南智慧能源有限公司", "enterprise", "510500", "city", "综合能源", "2023-03-01"),
        ("杜文军", "工匠创新工作室", "自贡川南电力设备有限公司", "enterprise", "510300", "city", "电力设备", "2023-03-01"),
    ],
}

# One studio left later, so that counts at a date differ from counts over all time.
LEAVING = ("冯开林", datetime.date(2025, 3, 31))

# alliance, seat role, person, position, leader of studio / account username
COUNCIL = [
    (EQUIPMENT, "chair", "赵小东", "内江金鸿曲轴有限公司刀具室主任"),
    (EQUIPMENT, "vice_chair", "徐显云", "重庆渝硕重型机械有限公司"),
    (EQUIPMENT, "vice_chair", "蹇宏", "重庆潍柴发动机有限公司"),
    (EQUIPMENT, "secretary_general", "王蓉", "内江市总工会经济技术部"),
    (PLANTING, "chair", "李金平", "威远县无花果科学研究所"),
    (PLANTING, "member", "李小孟", "内江沱江农业科技有限公司"),
    (PLANTING, "member", "周小仪", "重庆永川秀芽茶叶专业合作社"),
    (PLANTING, "secretary_general", "陈静", "内江市总工会经济技术部"),
    (POWER, "chair", "周竞峰", "国网四川省电力公司内江供电公司"),
    (POWER, "vice_chair", "邓旭东", "国网重庆市电力公司永川供电分公司"),
    (POWER, "secretary_general", "黄晓琳", "国网四川省电力公司内江供电公司工会"),
]

# subject, leaders of the parties, signed on (April: 川南, May-June: 渝西)
AGREEMENTS = [
    ("配电网不停电作业工器具联合研制", ("周竞峰", "付明亮"), "2023-04-12"),
    ("输电线路无人机巡检缺陷智能识别", ("付明亮", "韩光辉"), "2023-04-19"),
    ("分布式光伏并网继电保护整定研究", ("韩光辉", "蒋立新"), "2023-04-26"),
    ("储能电站运维规程联合编制", ("夏天明", "周竞峰"), "2023-04-28"),
    ("变电站智能巡检机器人应用攻关", ("邓旭东", "袁丽"), "2023-05-17"),
    ("低压台区电能计量异常诊断", ("袁丽", "罗斌"), "2023-05-24"),
    ("10千伏带电作业机械臂实训课程共建", ("潘永刚", "田海波"), "2023-06-07"),
    ("城区电缆通道状态监测联合攻关", ("任宏伟", "许建平"), "2023-06-14"),
    ("农村光伏运维技能人才联合培养", ("程亮", "邓旭东"), "2023-06-21"),
]

# kind, name, owner (host of the leader's studio), capacity
RESOURCES = [
    ("industrial_unit", "内江川南储能示范电站", "夏天明", 20),
    ("industrial_unit", "宜宾川南水电站检修车间", "王晓峰", 15),
    ("industrial_unit", "泸州综合能源服务中心", "沈国华", 12),
    ("testing_centre", "内江电力安全工器具检测中心", "周竞峰", 10),
    ("testing_centre", "永川电力工器具检测中心", "邓旭东", 10),
    ("training_base", "内江配网不停电作业实训基地", "周竞峰", 40),
    ("training_base", "永川变电运维实训基地", "邓旭东", 30),
    ("training_base", "自贡输电线路实训基地", "付明亮", 30),
    ("training_base", "大足带电作业实训基地", "潘永刚", 25),
    ("simulation_system", "配电网调度仿真系统", "许建平", 16),
    ("simulation_system", "变电站运维仿真培训系统", "韩光辉", 16),
]
RESOURCES_LISTED = datetime.date(2023, 9, 28)

EXPERT_COUNTS = {EQUIPMENT: 5, PLANTING: 4, POWER: 53}
EXPERT_TITLES = ["正高级工程师", "高级工程师", "高级技师", "技师", "高级工程师、高级技师"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = ["建国", "志强", "海涛", "晓梅", "春华", "立军", "永红", "文杰", "德胜", "红霞", "光荣", "学兵", "明辉",
         "俊峰", "雪芳", "国平", "小兵", "丽娟", "大伟", "云飞", "长江", "家林", "玉兰", "振宇", "思远"]

ACHIEVEMENTS = [
    (EQUIPMENT, "technique", "曲轴圆角滚压刀具寿命提升技术", ("赵小东", "胡建明"), "2024-03-20"),
    (EQUIPMENT, "patent", "一种重型齿轮箱装配定位工装（实用新型专利）", ("徐显云",), "2024-05-08"),
    (EQUIPMENT, "award", "川渝职工技术创新成果二等奖：发动机缸盖气门座圈压装改进", ("蹇宏",), "2024-09-12"),
    (PLANTING, "standard", "无花果设施栽培技术规程（团体标准）", ("李金平", "秦兆华"), "2024-04-16"),
    (PLANTING, "course", "川南渝西茶园绿色防控技术培训课程", ("周小仪", "赵德福"), "2024-02-27"),
    (POWER, "patent", "一种配电线路绝缘遮蔽罩快速安装工具（实用新型专利）", ("周竞峰", "付明亮"), "2024-01-18"),
    (POWER, "technique", "变电站智能巡检机器人缺陷识别方法", ("邓旭东", "袁丽"), "2024-06-26"),
    (POWER, "course", "10千伏带电作业机械臂实训课程", ("潘永刚", "田海波"), "2024-03-05"),
]
