"""Chinese written in characters, read as the English words of a course question.

Han text has no spaces between words, so the course words of `HAN_WORDS` are found as
substrings (longest first) and replaced by their English; characters no entry covers are
dropped. A message is read so only when at least `HAN_LEAST` entries are found in it
("请问这门课推荐什么教材": "please this course recommended what textbook"); with fewer it is
left as it is, and the bot says it reads English (`handlers.not_english`).
"""

from __future__ import annotations

import re

# Course words in simplified Chinese, with the English they stand for ("" for a particle or
# a politeness that says nothing here).
HAN_WORDS = {
    # what is asked for
    "期末考试": "final exam", "考试": "exam", "期末": "final", "测验": "quiz",
    "作业": "coursework", "课程作业": "coursework", "项目": "project",
    "截止日期": "deadline", "截止时间": "deadline", "截止": "deadline", "提交": "submit",
    "交作业": "submit coursework", "讲座": "lecture", "上课": "lecture", "讲课": "lecture",
    "课程": "course", "这门课": "this course", "这节课": "this lecture", "课": "lecture",
    "辅导课": "tutorial", "辅导": "tutorial", "习题课": "tutorial", "答疑": "q&a",
    "教材": "textbook", "课本": "textbook", "参考书": "textbook", "书": "book",
    "推荐": "recommended", "课件": "slides", "幻灯片": "slides", "笔记": "notes",
    "资料": "materials", "录像": "recording", "视频": "video", "成绩": "marks",
    "分数": "marks", "总成绩": "final mark", "占": "counts", "比例": "weight",
    "百分之": "percent", "权重": "weight", "老师": "teacher", "教授": "lecturer",
    "助教": "ta", "小组": "group", "个人": "individual", "主题": "topic", "内容": "content",
    # when, where, which
    "什么时候": "when", "几点": "what time", "哪天": "what day", "哪里": "where",
    "在哪": "where", "哪儿": "where", "哪个": "which", "什么": "what", "多少": "how much",
    "怎么办": "what should i do", "怎么": "how", "为什么": "why", "谁": "who",
    "明天": "tomorrow", "今天": "today", "昨天": "yesterday", "下周": "next week",
    "下星期": "next week", "这周": "this week", "本周": "this week", "周一": "monday",
    "周二": "tuesday", "周三": "wednesday", "周四": "thursday", "周五": "friday",
    "周六": "saturday", "周日": "sunday", "星期一": "monday", "星期二": "tuesday",
    "星期三": "wednesday", "星期四": "thursday", "星期五": "friday", "星期六": "saturday",
    "星期日": "sunday", "周": "week", "星期": "week", "下一个": "next", "下一次": "next",
    "下个": "next",
    # a personal matter told ("我因为签证问题...连不上")
    "签证": "visa", "生病": "ill", "病了": "ill", "医院": "hospital", "去世": "passed away",
    "家里": "family", "紧急": "emergency", "延期": "extension", "问题": "problem",
    "连不上": "cannot connect", "上不了": "cannot access", "国内": "home country",
    "经常": "often", "我们": "we", "我": "i", "能不能": "can", "可以": "can",
    # politeness and particles
    "请问": "", "你好": "hello", "您好": "hello", "老师好": "hello", "谢谢": "thanks",
    "的": "", "了": "", "吗": "?", "呢": "?", "是": "is", "和": "and", "还是": "or",
    "在": "",
}
# At least this many entries found: the message is read in English.
HAN_LEAST = 2
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# "第5周", "第 3 讲": the week or lecture of that number.
_NUMBERED = re.compile(r"第\s*(\d+|[一二三四五六七八九十]+)\s*(周|讲|次作业|个作业|次辅导)")
# Chinese numerals up to twenty ("第二个作业": coursework 2).
_DIGITS = {ch: i for i, ch in enumerate("一二三四五六七八九", start=1)}
_NUMBERED_AS = {"周": "week", "讲": "lecture", "次作业": "coursework", "个作业": "coursework",
                "次辅导": "tutorial"}
_ENTRY = re.compile("|".join(re.escape(w) for w in sorted(HAN_WORDS, key=len, reverse=True)))
# Chinese punctuation as English.
_PUNCTUATION = str.maketrans({"。": ". ", "，": ", ", "、": ", ", "？": "? ", "！": "! ",
                              "：": ": ", "；": "; ", "（": " (", "）": ") "})


def _number(written: str) -> int:
    """A number written in digits or in Chinese numerals ("十二": 12)."""
    if written.isdigit():
        return int(written)
    tens, _, units = written.rpartition("十")
    if "十" not in written:
        return _DIGITS.get(written, 0)
    return (_DIGITS.get(tens, 1)) * 10 + _DIGITS.get(units, 0)


def found(text: str) -> int:
    """How many entries of HAN_WORDS (and numbered weeks or lectures) `text` holds."""
    return len(_NUMBERED.findall(text)) + len(_ENTRY.findall(_NUMBERED.sub(" ", text)))


def read_han(text: str) -> str:
    """`text` with its Chinese read as English words when it holds at least HAN_LEAST of
    them (characters no entry covers dropped); else `text` as it is."""
    if not _HAN.search(text) or found(text) < HAN_LEAST:
        return text
    text = _NUMBERED.sub(lambda m: f" {_NUMBERED_AS[m.group(2)]} {_number(m.group(1))} ", text)
    text = _ENTRY.sub(lambda m: f" {HAN_WORDS[m.group()]} ", text)
    text = _HAN.sub(" ", text).translate(_PUNCTUATION)
    text = re.sub(r"\s+([?.,!:;)])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def without_read(text: str) -> str:
    """`text` without the Chinese `read_han` reads in it (what is left went unread)."""
    if not _HAN.search(text) or found(text) < HAN_LEAST:
        return text
    return _ENTRY.sub(" ", _NUMBERED.sub(" ", text))
