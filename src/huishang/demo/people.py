"""Invented names and phone numbers for the people behind the demo's records."""

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟廖"
GIVEN = [
    "建国", "志强", "秀英", "丽华", "海涛", "晓燕", "文杰", "玉兰", "国庆", "红梅", "永红", "明亮", "春燕",
    "德华", "俊峰", "雪梅", "家豪", "静", "勇", "敏", "磊", "娟", "涛", "艳", "伟", "芳", "军", "霞",
    "宏伟", "小军", "桂芳", "成林", "光明", "秋菊", "晓东", "卫东", "立新", "淑珍", "振华", "思远",
]
# Mobile number prefixes in use in Sichuan and Chongqing.
MOBILE_PREFIXES = ["135", "138", "139", "150", "151", "158", "177", "180", "183", "187", "189", "199"]


def person_name(rng) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def mobile_number(rng) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
