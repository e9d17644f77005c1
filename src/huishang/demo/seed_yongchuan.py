"""Yongchuan (永川, Chongqing) as seed 000 describes it, April 2024.

The enterprise butler service (民营企业管家, training on 19 April), the CPPCC survey of 16 April
that heard of 高端人才短缺、融资困难、水电气成本上涨, and the union's labour-field risk screening
(劳动领域风险排查, work meeting on 18 April). None of these matters has been assigned yet, so the
consultation figures stay those of seed 004. People's names and the enterprises the page does not
name are invented.
"""

import datetime
from dataclasses import dataclass

from huishang.demo.shapes import Raised, Unit

MUNICIPALITY = ("500000", "重庆市")
DISTRICT = ("500118", "永川区")

UNION = ("重庆市永川区总工会", "永川区总工会")
SERVICE_OFFICE = ("重庆市永川区民营企业服务工作专班", "区企业服务专班")
OFFICE_ACCOUNT = ("office_yc", "蒋文静")

# The departments the butlers come from; each also has a handler account.
UNITS = [
    Unit("yc_jxw", "重庆市永川区经济和信息化委员会", "区经信委", "unit_yc_jxw", "冉光辉"),
    Unit("yc_kjj", "重庆市永川区科学技术局", "区科技局", "unit_yc_kjj", "田蕾"),
    Unit("yc_gxq", "重庆永川高新技术产业开发区管理委员会", "永川高新区管委会", "unit_yc_gxq", "骆家宏"),
    Unit("yc_rsj", "重庆市永川区人力资源和社会保障局", "区人力社保局", "unit_yc_rsj", "彭小琴"),
]

# (name, industry, first two characters of the credit code: 91 company, 12 public institution)
ENTERPRISES = [
    ("重庆磐谷动力技术有限公司", "动力系统研发", "91"),
    ("重庆固高科技长江研究院", "运动控制研发", "91"),
    ("文理学院新材料研究院", "新材料研发", "12"),
    ("重庆良工科技公司", "智能装备", "91"),
    ("重庆太平洋精工公司", "精密制造", "91"),
    ("重庆永川鑫宇精密模具有限公司", "模具制造", "91"),
    ("重庆凤凰湖智能装备有限公司", "智能装备", "91"),
    ("重庆永川智联电子有限公司", "电子信息", "91"),
    ("重庆永荣机械有限公司", "机械制造", "91"),
    ("重庆卫星湖食品有限公司", "食品制造", "91"),
    ("重庆来苏稻虾生态农业有限公司", "生态农业", "91"),
    ("重庆宝峰澳洲茶树种植有限公司", "特色种植", "91"),
    ("重庆茶山竹海茶业有限公司", "茶叶加工", "91"),
]


@dataclass(frozen=True)
class Butler:
    username: str
    name: str
    unit: str
    enterprises: tuple[str, ...]


BUTLERS = [
    Butler("butler", "陈思远", "yc_jxw", (
        "重庆磐谷动力技术有限公司", "重庆良工科技公司", "重庆永川鑫宇精密模具有限公司", "重庆凤凰湖智能装备有限公司")),
    Butler("butler_tang", "唐晓燕", "yc_kjj", ("重庆固高科技长江研究院", "文理学院新材料研究院", "重庆永川智联电子有限公司")),
    Butler("butler_luo", "罗斌", "yc_gxq", ("重庆太平洋精工公司", "重庆永荣机械有限公司", "重庆卫星湖食品有限公司")),
    Butler("butler_he", "何雨婷", "yc_rsj", (
        "重庆来苏稻虾生态农业有限公司", "重庆宝峰澳洲茶树种植有限公司", "重庆茶山竹海茶业有限公司")),
]
BUTLER_TRAINING_DAY = datetime.date(2024, 4, 19)


SURVEY_DAY = datetime.date(2024, 4, 16)
SURVEY_TITLE = "永川区政协民革界别生产性服务业高质量发展专题调研座谈会"
SURVEY_ATTENDEES = (
    "区政协民革界别委员、重庆市生产性服务业协会专家、区政协相关委室、区经信委、区科技局、永川高新区，"
    "重庆磐谷动力技术有限公司、重庆固高科技长江研究院、文理学院新材料研究院、重庆良工科技公司、重庆太平洋精工公司负责人"
)
SURVEY_MINUTES = (
    "调研组实地走访重庆磐谷动力技术有限公司、重庆固高科技长江研究院、文理学院新材料研究院。座谈会上，区经信委、"
    "区科技局、永川高新区通报了全区生产性服务业发展现状、存在问题及下一步举措；企业负责人介绍了生产经营中遇到的"
    "高端人才短缺、融资困难、水电气成本上涨等问题。委员们围绕提升工业设计能力、高校科技成果转化、人才队伍建设、"
    "立足企业真实需求出台帮扶政策等提出意见建议。企业反映的问题由区企业服务专班登记受理。"
)
SURVEY_RECORDED = datetime.date(2024, 4, 17)

SURVEY_MATTERS = [
    Raised(
        "重庆磐谷动力技术有限公司", "talent", "电控标定、系统仿真方向高端研发人才引进难",
        "企业从事动力系统研发，急需电控标定、系统仿真方向高级工程师，与主城企业相比薪酬竞争力弱，"
        "近一年仅引进2人。希望在人才公寓、安家补贴等方面给予支持。",
        SURVEY_RECORDED, accepted=True, raised_by=OFFICE_ACCOUNT[0], source="survey",
    ),
    Raised(
        "重庆固高科技长江研究院", "talent", "运动控制算法和工业软件人才短缺",
        "研究院运动控制算法、工业软件开发人才缺口较大，本地高校相关专业毕业生少，外地人才留用难。"
        "希望支持与本地高校共建实训基地、联合培养。",
        SURVEY_RECORDED, accepted=True, raised_by=OFFICE_ACCOUNT[0], source="survey",
    ),
    Raised(
        "文理学院新材料研究院", "financing", "新材料中试放大阶段资金缺口大，成果转化融资难",
        "研究院多项新材料成果进入中试放大阶段，设备和场地投入大，缺少合适的融资渠道，成果转化进度受影响。"
        "希望对接科技金融产品和产业基金。",
        SURVEY_RECORDED, accepted=True, raised_by=OFFICE_ACCOUNT[0], source="survey",
    ),
    Raised(
        "重庆良工科技公司", "financing", "轻资产科技企业缺少抵押物，银行授信额度低",
        "企业以研发和系统集成为主，厂房租赁、固定资产少，银行授信额度低，难以满足订单增长后的流动资金需求。",
        SURVEY_RECORDED, accepted=True, raised_by=OFFICE_ACCOUNT[0], source="survey",
    ),
    Raised(
        "重庆太平洋精工公司", "utilities", "水电气价格上涨，热处理工序成本明显增加",
        "企业热处理、清洗工序用电用气量大，今年以来水电气价格上涨，单位产品能源成本明显增加。"
        "希望了解电力市场化交易和节能改造支持政策。",
        SURVEY_RECORDED, accepted=False, raised_by=OFFICE_ACCOUNT[0], source="survey",
    ),
    Raised(
        "重庆良工科技公司", "utilities", "分时电价调整后装配测试用电成本上升",
        "企业整机装配测试集中在白天高峰时段，分时电价调整后用电成本上升，希望提供用电优化指导。",
        SURVEY_RECORDED, accepted=False, raised_by=OFFICE_ACCOUNT[0], source="survey",
    ),
]

BUTLER_VISIT_MATTERS = [
    Raised(
        "重庆永川鑫宇精密模具有限公司", "permits", "新建厂房消防验收排期较久",
        "企业管家走访了解到，企业新建厂房已完工，消防验收排期较久，新购设备无法进场安装。",
        datetime.date(2024, 4, 23), accepted=True, raised_by="butler",
    ),
    Raised(
        "重庆凤凰湖智能装备有限公司", "policy", "首台（套）重大技术装备认定政策咨询",
        "企业管家走访了解到，企业新研制的智能装配线拟申报首台（套）重大技术装备，不清楚认定条件和保险补偿政策。",
        datetime.date(2024, 4, 24), accepted=False, raised_by="butler",
    ),
    Raised(
        "重庆来苏稻虾生态农业有限公司", "infrastructure", "稻虾基地机耕道年久失修，运输车辆进出困难",
        "企业管家走访了解到，来苏镇稻虾共养基地机耕道年久失修，雨天泥泞，收获季运输车辆进出困难。",
        datetime.date(2024, 4, 25), accepted=False, raised_by="butler_he",
    ),
    Raised(
        "重庆宝峰澳洲茶树种植有限公司", "market", "澳洲茶树精油产品缺少销售渠道",
        "企业管家走访了解到，宝峰镇澳洲茶树种植规模扩大，精油等深加工产品缺少销售渠道，希望对接展会和电商平台。",
        datetime.date(2024, 4, 25), accepted=True, raised_by="butler_he",
    ),
]

RISK_MATTERS = [
    Raised(
        "重庆永川智联电子有限公司", "other", "订单下滑拟缩减产线，存在集中裁员风险",
        "区总工会劳动领域风险排查发现：企业二季度订单下滑，拟缩减一条产线，涉及职工约60人，存在集中裁员引发劳动纠纷的风险。",
        datetime.date(2024, 4, 24), accepted=True, raised_by=OFFICE_ACCOUNT[0], source="office", kind="risk",
    ),
    Raised(
        "重庆卫星湖食品有限公司", "other", "季节性用工工资支付不及时，存在欠薪隐患",
        "区总工会劳动领域风险排查发现：企业季节性用工工资按批次结算，部分工资延迟发放，存在欠薪隐患。",
        datetime.date(2024, 4, 25), accepted=False, raised_by=OFFICE_ACCOUNT[0], source="office", kind="risk",
    ),
    Raised(
        "重庆永荣机械有限公司", "other", "劳务派遣人员社保缴纳不规范",
        "区总工会劳动领域风险排查发现：企业部分劳务派遣人员社保缴纳不规范，易引发劳动争议。",
        datetime.date(2024, 4, 26), accepted=True, raised_by=OFFICE_ACCOUNT[0], source="office", kind="risk",
    ),
]
ACCEPTED_ON = datetime.date(2024, 4, 28)
