# Gongdao UI text, Chinese (the source and the fallback language).
# Message ids are kebab-case; every id here must exist in bo/ and ii/ too.

site-name = 公道
lang-switch-label = 选择语言
lang-name-zh = 中文
lang-name-bo = བོད་ཡིག 藏文
lang-name-ii = ꆈꌠꉙ 彝文
text-size-larger = 大字
text-size-normal = 标准字

home-title = 公道 · 法律帮助与群众诉求
home-heading = 有事找公道
home-intro = 在这里看懂身边的法律，反映急事难事，找到双方都信得过的调解员。全部免费。

emergency-heading = 情况紧急，请直接打电话
emergency-police = 报警
emergency-ambulance = 急救
emergency-fire = 火警
emergency-women = 妇女维权热线
emergency-legal-aid = 法律援助热线

not-found-heading = 没有找到这个页面
not-found-body = 链接可能写错了，或者页面已经不在了。
not-found-home = 回到首页

ui-machine-drafted = 本页的界面文字由机器起草，还没有经过母语人士审校。
footer-free = 公道是公益服务，不收任何费用。
footer-copyright = © { $year } 公道法律帮助平台

error-not-found = 没有找到。
error-bad-request = 提交的内容有误，请检查后再试。
error-unavailable = 服务暂时不可用，请稍后再试。您填写的内容没有丢失。
error-query-too-long = 搜索的字太多了，请少写一些。

loading = 正在加载……
list-separator = 、
home-guide-link = 看法律指南
home-guide-text = 用大白话讲清楚邻里、婚姻、土地、工钱、诈骗这些事该怎么办。

guide-list-title = 法律指南 · 公道
guide-list-description = 邻里、婚姻、土地、工钱、诈骗……身边常见法律问题的白话指南，中文、藏文、彝文都能看。
guide-list-heading = 法律指南
guide-search-label = 搜索指南
guide-search-placeholder = 比如：工钱、离婚、地界
guide-search-button = 搜索
guide-search-results = 搜“{ $query }”，找到 { $count } 篇
guide-search-none = 没有找到。换个说法试试，或者拨打法律援助热线 12348。
guide-only-chinese = 只有中文版
guide-back-to-list = 全部指南
guide-back-to-article = 回到指南
guide-law-articles = 第 { $numbers } 条
guide-sources = 法律依据
guide-updated = 更新于 { $date }
guide-notice-chinese = 这篇指南还没有您所选语言的版本，下面是中文原文。
guide-notice-machine-drafted = 这篇译文由机器起草，还没有经过母语人士审校。有疑问时请以中文原文为准，或拨打 12348 问清楚。
guide-read-chinese = 看中文原文

share-heading = 分享给需要的人
share-wechat-hint = 在微信里，点右上角的“···”，可以发给朋友或微信群。
share-link-label = 这篇指南的链接
share-copy = 复制链接
share-copied = 链接已复制，可以粘贴到微信里发出去。
share-copy-failed = 没能自动复制，请长按上面的链接，选“复制”。
share-qr-alt = 扫描二维码，在手机上打开这篇指南
share-print = 打印成海报

print-button = 打印
print-scan = 微信扫一扫，手机上看全文
print-help = 免费法律援助热线 12348 · 紧急情况请拨打 110

next-steps-heading = 还需要帮助？
next-call-legal-aid = 拨打法律援助热线 12348（免费）
