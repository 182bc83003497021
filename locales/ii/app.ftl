# Gongdao UI text, Nuosu Yi.
# translation: machine-drafted — no native speaker has reviewed this file yet.
# Punctuation as in Liangshan print: ， 。 、 and “ ”. Where no settled Yi word
# is known (WeChat, QR code, link, copy, print, phone call), the Chinese term
# follows in （ ）.

site-name = 公道
lang-switch-label = ꅇꂷꌋ
lang-name-zh = ꉌꈲꉙ 中文
lang-name-bo = ꀒꋤꉙ བོད་ཡིག
lang-name-ii = ꆈꌠꉙ
text-size-larger = ꁱꂷꀉꒉ
text-size-normal = ꁱꂷꎃꐚ

home-title = 公道 · ꏦꃤꇇꀨꌋꆀꉹꁌꌤꄛꑣ
home-heading = ꌤꐥꇬꆹ公道ꎹꇁ
home-intro = ꄚꇬ，ꍤꁆꏦꃤꉜꌧꉆ，ꌤꊸ、ꌤꄿꇨꄛꑣꉆ，ꑍꁁꏯꐯꇯꉈꊋꌠꅡꈭꎹꊌꉆ。ꉬꇮꁌꑵ。

emergency-heading = ꌤꊸꇬꆹ，ꈛꎂꃅꅥꉏ（打电话）
emergency-police = ꏢꍤꇴ
emergency-ambulance = ꈉꊸꈭꋏ
emergency-fire = ꃆꄔ
emergency-women = ꌋꅪꌅꈌꀧꌋꃅ
emergency-legal-aid = ꏦꃤꇇꀨ

not-found-heading = ꋋꁬꎹꀋꊌ
not-found-body = ꈄꏍ（链接）ꁱꑽꀐꋭ，ꅀꋋꁬꀋꐥꀐ。
not-found-home = ꀨꁬꇬꀱꁧ

ui-machine-drafted = ꋋꁬꇬꁱꂷꆹꏠꐕꌌꁏꌠꉬ，ꆈꌠꊿꍤꀋꄻꑴꌦ。
footer-free = 公道ꆹꉹꁌꁧꃤꃅꌠꉬ，ꁌꑞꑌꀋꎴ。
footer-copyright = © { $year } 公道ꏦꃤꇇꀨꅉ

error-not-found = ꎹꀋꊌ。
error-bad-request = ꆏꈁꁱꌠꑽꐪꐥ，ꍤꄻꄉꉈꑴꃅꉚꉏ。
error-unavailable = ꀋꃋꌬꀋꉆ，ꀇꌐꆀꉈꑴꃅꉚꉏ。ꆏꈁꁱꌠꄡꇗꐥ。
error-query-too-long = ꎹꌠꁱꂷꀉꑌꇨꀐ，ꊼꇅꊨꒊꉏ。

loading = ꇁꉚꉏ……
list-separator = 、

# Guidance library
home-guide-link = ꏦꃤꉉꀽꉜ
home-guide-text = ꅇꂷꎃꐚꌌ，ꃷꇎ、ꑮꑟ、ꃄꅉ、ꊋꁌ、ꀸꊏꑠꌤꈍꃅꃅꄻꅐꌠꉉꀽ。

guide-list-title = ꏦꃤꉉꀽ · 公道
guide-list-description = ꃷꇎ、ꑮꑟ、ꃄꅉ、ꊋꁌ、ꀸꊏ……ꍤꁆꏦꃤꌤꃆꉉꀽ，ꅇꂷꎃꐚꌌꁱ，ꉌꈲꉙ、ꀒꋤꉙ、ꆈꌠꉙꌌꉬꇮꉜꉆ。
guide-list-heading = ꏦꃤꉉꀽ
guide-search-label = ꏦꃤꉉꀽꎹ
guide-search-placeholder = ꊋꁌ、ꏥꇽ、ꄼꊨꑠ
guide-search-button = ꎹ
guide-search-results = ꎹꌠ“{ $query }”，ꉉꀽ { $count } ꁬꎹꊌ。
guide-search-none = ꎹꀋꊌ。ꅇꂷꆦꄉꉈꑴꎹꉚꉏ，ꅀꏦꃤꇇꀨ 12348 ꅥꉏ。
guide-only-chinese = ꉌꈲꉙꀉꄂꐥ
guide-back-to-list = ꏦꃤꉉꀽꈁꐥꌠ
guide-back-to-article = ꏦꃤꉉꀽꇬꀱꁧ
guide-law-articles = { $numbers } ꏢꌠ
guide-sources = ꏦꃤꅉꀨ
guide-updated = { $date } ꀊꏀꃅꄻ
guide-notice-chinese = ꉉꀽꋋꁬꆹꆏꈁꌋꌠꅇꂷꌌꁱꌠꀋꐥꑴꌦ，ꀏꏯꆹꉌꈲꉙꁱꂷꉬ。
guide-notice-machine-drafted = ꉉꀽꋋꁬꆹꏠꐕꌌꁏꌠꉬ，ꆈꌠꊿꍤꀋꄻꑴꌦ。ꀋꌧꇬꆹꉌꈲꉙꁱꂷꈴꉏ，ꅀ 12348 ꅥꄉꅲꂥꀘꉏ。
guide-read-chinese = ꉌꈲꉙꁱꂷꉜ

share-heading = ꈉꐨꐥꌠꊿꁵꉏ
share-wechat-hint = ꈄꏍꅇꄜ（微信）ꇬ，ꑳꏯꉎꇬꌠ“···”ꃴꄉ，ꐋꀨꅀꊿꁥꁳꉆ。
share-link-label = ꋋꁬꈄꏍ（链接）
share-copy = ꈄꏍꐒ（复制链接）
share-copied = ꈄꏍꐒꀐ，ꈄꏍꅇꄜ（微信）ꇬꑕꄉꁳꉆ。
share-copy-failed = ꐒꀋꊌ，ꄩꏯꈄꏍꀊꉗꃅꃴꄉ，ꐒꌠ（复制）ꌋꉏ。
share-qr-alt = ꌐꂷ（二维码）ꉚꄉ，ꉉꀽꋋꁬꉜꉆ
share-print = ꅇꇰꃅꍑ（打印）

print-button = ꍑ（打印）
print-scan = ꈄꏍꅇꄜ（微信）ꌌꌐꂷꋋꂷꉚꄉ，ꁱꂷꉬꇮꉜꉆ。
print-help = ꁌꑵꏦꃤꇇꀨ 12348 · ꌤꊸꇬꆹ 110 ꅥꉏ

next-steps-heading = ꇇꀨꈁꑴꌦꅀ？
next-call-legal-aid = ꏦꃤꇇꀨ 12348 ꅥ（ꁌꑵ）

# Appeals and tracking
# Terms coined for this section (no settled Yi word; the Chinese follows in （ ）):
# ꌤꁱꂷ 受理编号, ꉜꁱꂷ 查询码, ꅥꁱꂷ 电话号码, ꌤꃅꅉ 办理单位, ꌤꃅꄮꈉ 办理时限,
# ꄮꈉꇨꀐ 已超时, ꌤꈍꃅꃅꉜ 查进展, ꋋꁬꀊꏀꃅ 刷新, ꁳ 提交; ★ stands for 星.

error-too-large = ꆏꈁꁱꌠꀉꒉꇨꀐ。（照片）ꆹ 3 MB ꀋꇨꉏ。
error-not-json = ꆏꈁꁱꌠꑽꐪꐥ（格式不对）。
error-invalid = ꁱꌠꑽꐪꐥ，ꅪꌠꅉꉜꉏ（标红的地方）。
error-key-reused = ꆏꈁꁱꌠꑽꐪꐥ（这次和上次提交的内容不一样）。ꋋꁬꀊꏀꃅ（刷新）ꄉ，ꉈꑴꁳꉏ。
error-appeal-not-found = ꎹꀋꊌ。ꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꍤꄻꉏ。
error-not-now = ꀃꑍꋋꃅꀋꉆ。ꋋꁬꀊꏀꃅ（刷新）ꄉ，ꌤꈍꃅꃅꉜꉏ。
error-bad-rating = ★ 1—5 ꌋꉏ。
error-bad-text = ꅇꂷꁱꉏ（ꀉꑌꀋꇨ）。
appeal-error-category = ꌤꑞꉬꌋꉏ。
appeal-error-village = ꅉꌋꉏ（乡镇和村）。
appeal-error-description-short = ꀉꑌꁱꉏ，（至少）ꁱꂷ 10 ꂷ。
appeal-error-description-long = ꁱꂷꀉꑌꇨꀐ，ꁱꂷ 2000 ꂷꀋꇨꉏ。
appeal-error-phone = ꅥꁱꂷ（电话号码）ꑽꐪꐥꋭ，ꍤꄻꉏ（手机 11 位）。
appeal-error-name = ꂓꀉꑌꇨꀐ。
appeal-error-photos = （照片）3 ꂷꇨꀋꉆ。
appeal-error-retry = ꋋꁬꄮꈉꇨꀐ（页面已过期）。ꋋꁬꀊꏀꃅ（刷新）ꄉ，ꉈꑴꁳꉏ。

home-appeal-link = ꉢꌤꇨꄛꑣ
home-appeal-text = ꒉꑌꀋꐥ、ꏂꇓ、ꇁꀋꄮ、ꎭꌋ……ꌤꊸ、ꌤꄿ，ꉪꇬꉉꉏ，ꄮꈉꇬꌤꃅ（限时办理）。
home-track-link = ꌤꈍꃅꃅꉜ
home-track-text = ꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꌌꄉ，ꌤꈍꃅꃅꉜ。

appeal-title = ꉢꌤꇨꄛꑣ · 公道
appeal-heading = ꉢꌤꇨꄛꑣ
appeal-intro = ꌤꑞꐥꉉꉏ。ꉪꆹꌤꃅꌠꅉ（负责的村、乡镇或县）ꇬꁳꄉ，ꄮꈉ（规定时间）ꇬꌤꃅ。
appeal-emergency = ꊿꈉꊸ（有人受伤）、ꃆꄔ（着火）ꅀ（危险）ꐥꇬꆹ，ꈛꎂꃅ 110、120 ꅀ 119 ꅥꉏ。
appeal-category = ꌤꑞꉬ？
appeal-place = ꇿꇬꐥ？ꅉꌋꉏ（乡镇和村）
appeal-place-choose = ꌋꉏ
appeal-description = ꌤꈍꃅꐥ（具体情况）
appeal-description-hint = ꑞꄮꈉ、ꇿꇬ、ꑞꌤꐥ。（至少）ꁱꂷ 10 ꂷ。
appeal-phone = ꅥꁱꂷ（电话），ꀋꁱꑌꉆ
appeal-phone-hint = ꌤꃅꌠꊿ（工作人员）ꆏꇬꅥꉆ。ꌤꃅꌠꊿꀉꄂꉜꉆ。
appeal-name = ꆏꂓ（怎么称呼您），ꀋꁱꑌꉆ
appeal-consent = ꄩꏯꁱꌠꌤꃅꅉ（办理单位）ꇬꁳꄉꌤꃅ，ꉢꉬꀐ（我同意）。
appeal-privacy-link = ꊿꀋꉜꉆꌠ（隐私说明）
appeal-submit = ꁳ（提交）
appeal-draft-restored = ꆏꁱꀋꐛꌠ（上次没写完的内容）ꉈꑴꇁꀐ（已恢复）。
error-not-image = （照片）ꀉꄂꁳꉆ（JPG、PNG ꅀ WebP）。
error-no-photo = （照片）ꀋꊌ，ꉈꑴꌋꉏ。
appeal-error-photo-lost = （照片）ꁳꀋꊌꌠꐥ（有照片没上传成功），（照片）ꉈꑴꌋꉏ。
appeal-photos = （照片）：ꀋꁳꑌꉆ，3 ꂷꇨꀋꉆ
appeal-photos-hint = ꌤꐥꅉ（拍下现场）ꄉ，ꌤꃅꌠꊿꉜꄻꅐ（看得更清楚）。
appeal-photo-uploading = （照片）ꁳꐥ……
appeal-photo-done = （照片）ꁳꀐ：{ $count } ꂷ
appeal-photo-failed = （照片）ꁳꀋꊌ。（网络）ꍤꄻꄉ，ꉈꑴꌋꉏ。
appeal-photo-too-many = （照片）3 ꂷꇨꀋꉆ。
track-photos = （照片）

receipt-heading = ꊌꀐ。ꁱꂷꋋꑍꂷꁱꉏ。
receipt-keep = ꌤꈍꃅꃅꉜꇬꆹ，ꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꈉꐨꐥ。（截图）ꅀꁱꄉꐥꉏ。ꉜꁱꂷꊿꀋꉉꁳꉏ（查询码不要告诉别人）。
receipt-qr-alt = ꌐꂷ（二维码）ꉚꄉ，ꌤꈍꃅꃅꉜ

track-title = ꌤꈍꃅꃅꉜ · 公道
track-heading = ꌤꈍꃅꃅꉜ
track-intro = ꁳꇬꊌꌠꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꁱꉏ。
track-number = ꌤꁱꂷ（受理编号）
track-code = ꉜꁱꂷ（查询码）
track-open = ꉜ
track-status = ꀃꑍꌤꈍꃅꃅ（状态）
track-unit = ꌤꃅꅉ（办理单位）
track-deadline = ꌤꃅꄮꈉ（办理时限）
track-overdue = ꄮꈉꇨꀐ（已超时）
track-category = ꌤ（事项）
track-what = ꇨꄛꑣꌠ（反映的内容）
track-timeline = ꌤꈍꃅꃅꀐ（办理经过）
track-add-info = ꉈꑴꉉ（补充情况）
track-add-info-send = ꉈꑴꉉꌠꁳ
track-rate = ꌤꃅꈍꃅꐥ？★ꁳꉏ（打分）
track-stars = { $stars } ★
track-comment = ꆏꉉꌠ（想说的话），ꀋꁱꑌꉆ
track-rate-send = ★ꁳ（提交评价）
track-reopen = （不满意）？ꑞꉬꉉꉏ，ꌤꉈꑴꃅꉆ（可以重新办理一次）。
track-reopen-send = ꌤꉈꑴꃅ（重新办理）
track-rated = ꆏꁳꌠ：{ $stars } ★。ꈀꎭꎭ！
track-done-info = ꉈꑴꉉꌠꁳꀐ。
track-done-rating = ★ꁳꀐ，ꈀꎭꎭ！
track-done-reopen = ꌤꉈꑴꃅꁧꀐ（已退回重新办理）。

status-received = ꊌꀐ（已受理），ꌤꀋꃅꑴꌦ
status-accepted = ꌤꃅꐥ（正在办理）
status-resolved = ꌤꃅꐛꀐ（已办结），★ꁳꉏ
status-closed = ★ꁳꀐ，ꌤꐛꀐ（已评价，结束）

event-received = ꇨꄛꑣꌠꊌꀐ
event-routed = { $unit } ꇬꁳꄉꌤꃅ
event-accepted = { $unit } ꌤꃅꐥꀐ（开始办理）
event-reply = { $unit } ꉉꁳ（回复）
event-info-added = ꆏꉈꑴꉉꀐ（补充了情况）
event-transferred = { $unit } ꇬꁳ（转给）
event-resolved = { $unit } ꌤꃅꐛꀐ（已办结）
event-rated = ꆏ★ꁳꀐ（做了评价）
event-reopened = ꆏꌤꉈꑴꃅꉏꉉ（要求重新办理）

# Privacy notice: a legal text; it must say what the Chinese says, no more, no less.
privacy-title = ꊿꀋꉜꉆꌠ（隐私说明） · 公道
privacy-heading = ꊿꀋꉜꉆꌠ（隐私说明）
privacy-what = ꆏꌤꇨꄛꑣꇬ，ꉪꆹꆏꈁꁱꌠ、ꆏꈁꌋꌠꅉ、ꆏꈁꁱꌠꅥꁱꂷ、ꆏꂓ（您自愿留下的电话和称呼）ꊌꄉꐥ（保存）。
privacy-who = ꆏꅥꁱꂷꆹ，ꌤꃅꌠꊿ（负责办理的工作人员）ꀉꄂꉜꉆ；ꊿꉜꌠꅥꁱꂷꆹ，ꁱꂷꉜꀋꉆꌠꐥ（其他人看到的电话会隐去中间几位）。ꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꐥꌠꊿꆹ，ꌤꈍꃅꃅꉜꉆ；ꉜꁱꂷꊿꀋꉉꁳꉏ（所以查询码不要告诉别人）。
privacy-how-long = ꋋꑠ（这些信息）ꆹ，ꆏꈁꇨꄛꑣꌠꌤꋋꂷꃅꀉꄂꌌ（只用于办理您反映的这件事）；ꊿꉜꀋꁳ（不会公开），ꅉꂿꇬꑌꀋꌌ（也不会用在别的地方）。
privacy-retention = ꌤꈍꃅꐛ { $days } ꑍꈭ，ꆏꅥꁱꂷ、ꂓ、ꑋꀕꊂꀕꉐ（事情办结 { $days } 天以后，电话、称呼和照片会被删除，只留下不带个人信息的办理经过）。
privacy-download = ꉜꁱꂷꐥꇬ，ꌤꁱꂷ、ꉜꁱꂷꊫꌠ，ꌤꈍꃅꐛꇁꉪ（在查询页面，可以用受理编号和查询码下载这件事的全部记录）。
privacy-rights = ꆏꆹꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꌌꄉ，ꆏꈁꁱꌠꉜꉆ（查看自己的记录）。ꀋꌧꇬꆹ 12345 ꅀ 12348 ꅥꉆ。
error-too-many = ꀋꄐꈭꂷꀉꄉꇁ, ꇬꄉꃅꀋꐥ.（操作太频繁了，请过几分钟再试。）
track-download = ꉢꌠꁱꂷ（下载我的这条记录，JSON 文件）

## Mediation by order (点单调解)
# machine-drafted: not yet reviewed by a native speaker.
# NOT YET TRANSLATED: most lines below are the Chinese text standing in (what the
# Chinese fallback would show anyway) until a Yi translator writes them; only the
# short Yi words with Chinese in brackets are drafts. Listed so nothing is missed.
home-mediators-link = ꄮꐽꃅꌠꈴ（找调解员）
home-mediators-text = 和对方一起选一位双方都信得过的调解员，选不成由司法所帮你们安排。
error-mediation-not-found = 没有找到这个调解申请。请核对编号和查询码。
error-invite-not-found = 这个邀请链接打不开。请让对方把链接或二维码重新发给您。
specialty-neighbour = 邻里纠纷
specialty-family = 婚姻家庭
specialty-land = 土地山林
specialty-labour = 劳务工钱
specialty-traffic = 交通事故
specialty-consumer = 买卖消费
specialty-other = 其他纠纷
mediator-kind-police = 包村民警
mediator-kind-elder = 五老乡贤
mediator-kind-lawyer = ꏦꃤꊿ（律师）
mediator-kind-people-mediator = 人民调解员
mediator-kind-legal-adviser = 法律明白人
spoken-zh = ꉢꇩꉙ（汉语）
spoken-bo = ꀒꊉꉙ（藏语）
spoken-ii = ꆈꌠꉙ（彝语）
mediators-title = ꄮꐽꃅꌠ（调解员） · 公道
mediators-heading = ꄮꐽꃅꌠ（调解员）
mediators-intro = 这些调解员都是免费帮忙的。您和对方可以一起选一位都信得过的人来调解。
mediators-ask = ꄮꐽꃅꐥ（申请调解）
mediators-filter-specialty = 擅长
mediators-filter-township = 乡镇
mediators-filter-language = 会说
mediators-filter-kind = 身份
mediators-filter-any = ꀋꏸ（不限）
mediators-filter-apply = 筛选
mediators-count = 找到 { $count } 位调解员
mediator-rating = { $stars } 分（{ $count } 人评价）
mediator-no-rating = 还没有评价
mediator-cases = 调解过 { $count } 件
mediator-specialties = 擅长
mediator-languages = 会说
mediator-townships = 服务乡镇
mediator-villages = 服务的村
mediator-unit = 安排调解的单位
mediator-office = 办公电话
mediator-back = ← 全部调解员
mediator-ask-this = 请这位调解员调解
mediation-title = ꄮꐽꃅꐥ（申请调解） · 公道
mediation-heading = ꄮꐽꃅꐥ（申请调解）
mediation-intro = 写下是什么纠纷，选出您信得过的调解员（最多 3 位）。提交后会得到一个邀请链接，发给对方；对方也同意其中一位，就请他来调解。
mediation-dispute-type = 是什么纠纷？
mediation-description = 纠纷的情况
mediation-description-hint = 简单说说和谁、为了什么事。至少 10 个字。只有办理的工作人员能看到，对方看不到。
mediation-phone-hint = 方便安排调解时联系您。只有办理的工作人员能看到，对方看不到。
mediation-mode = 怎么找调解员？
mediation-mode-choose = 我先选，再请对方一起选
mediation-mode-assign = 不用选了，请司法所或派出所直接安排
mediation-mediators = 选调解员
mediation-mediators-hint = 勾选您信得过的人，最多 { $max } 位。如果谁和您或对方是亲戚、朋友或有过节，请勾“需要回避”，这样就不会安排他。
mediation-pick = 我信得过{ $name }
mediation-recuse = { $name }需要回避（和一方有关系）
mediation-consent = 我同意把以上内容交给安排调解的单位处理。
mediation-submit = 提交申请
mediation-error-dispute-type = 请选择是什么纠纷。
mediation-error-picks = 最多选 3 位调解员，每位只能选一次。
mediation-error-recused = 需要回避的人太多了，最多 10 位。
mediation-error-pick-recused = 同一位调解员不能既选他又让他回避。
mediation-error-unknown-mediator = 有一位调解员不在名单上，请刷新页面重新选。
mediation-error-answer = 请选一项：同意一位、自己选，或请单位安排。
mediation-error-accept = 只能同意对方选的调解员之一。
mediation-error-filter = 筛选条件不对，请重新选择。
mediation-error-recused-assign = 这位调解员已被一方要求回避，不能安排。
mediation-status-invited = 等对方选调解员
mediation-status-dispatch = 等单位安排调解员
mediation-status-matched = 调解员已确定，等安排时间地点
mediation-status-scheduled = 已约好时间地点
mediation-status-done = 调解已结束
dispatch-no-common-pick = 双方没有选到同一位调解员
dispatch-declined = 对方请单位安排
dispatch-no-answer = 对方在期限内没有回复
dispatch-asked = 申请人请单位直接安排
outcome-agreement = 达成调解协议（可以请法院司法确认）
outcome-no-agreement = 没有达成协议
outcome-referred-court = 转到法院处理
outcome-referred-department = 转到有关部门处理
mediation-answer-by = 请对方在这之前回复
mediation-why-dispatch = 为什么由单位安排
mediation-when-where = 调解时间和地点
mediation-outcome = 调解结果
mediation-my-phone = ꀉꅥꁱꂷ（我的电话）
mediation-the-mediator = ꄮꐽꃅꌠ（调解员）
mediation-my-picks = 我选的调解员
mediation-my-recused = 我说需要回避的人
mediation-dispatch-now-hint = 不想等对方了？可以请单位直接安排一位调解员。
mediation-dispatch-now = 请单位直接安排
mediation-invite-heading = 把这个邀请发给对方
mediation-invite-how = 把链接转发到对方的微信，或让对方扫这个二维码。对方能看到纠纷类型和您选的调解员，看不到您的电话和您写的情况。
mediation-invite-qr-alt = 对方扫码打开调解邀请
mediation-rate = 调解得怎么样？给调解员打分
mediation-done-answer = 您的回复已经送到。
mediation-done-dispatch = 已经请单位安排调解员。
mediation-event-requested = 一方申请调解
mediation-event-answered = 对方已回复
mediation-event-matched = 双方都选了{ $name }
mediation-event-dispatched = 交给单位安排：{ $reason }
mediation-event-assigned = 单位安排了{ $name }
mediation-event-scheduled = 约好时间：{ $when }，地点：{ $place }
mediation-event-outcome = 调解结果：{ $outcome }
mediation-event-rated-a = 申请人已评价
mediation-event-rated-b = 对方已评价
invite-title = ꄮꐽꃅ ꑌꀕ（调解邀请） · 公道
invite-heading = 有人请您一起选调解员
invite-intro = 和您有纠纷的一方申请了免费调解。请看看对方选的调解员，同意其中一位，或者自己选，也可以请单位安排。
invite-their-picks = 对方选的调解员
invite-accept = 我也同意请{ $name }
invite-own = 我想自己选（最多 { $max } 位，在下面勾选）
invite-decline = 我不选，请单位安排
invite-own-list = 自己选调解员、说明需要回避的人
invite-send = 送出回复

## Chat widget. NOT YET TRANSLATED: the Chinese text stands in (it is what
## the Chinese fallback would show anyway) until a Yi translator writes it.
## The chat's answers themselves are quoted from the Yi articles.
widget-open = 问法律
widget-close = 关闭
chat-title = 问法律 · 公道
chat-intro = 您好！请用自己的话说说遇到了什么事，我从法律指南里找答案给您。情况紧急请直接打 110。
chat-label = 您的问题
chat-send = 发送
chat-sending = 正在找答案…
chat-sources = 答案出自：
chat-privacy = 您写的话不会被保存。这里的回答只是法律常识，不代替律师意见。
chat-error-network = 网络不好，消息没有发出去。您的问题还在框里，请稍后再点发送。
chat-error-empty = 请先写下您的问题。
chat-error-too-long = 问题太长了，请写短一些（最多 500 字）。
chat-from-guide = 《{ $title }》中“{ $heading }”这样说：
chat-greeting = 您好！您可以直接问法律问题，比如“老板欠工资不给怎么办”；也可以反映问题、找调解员，或者查办理进度。
chat-thanks = 不客气！还有问题随时问。
chat-appeal = 可以。点下面的按钮，写下问题和所在的村，我们会转给负责的单位，并给您一个受理编号。
chat-mediator = 可以。在调解员名单里，您和对方可以各自挑选信得过的调解员；挑不到一起时，由司法所派人。
chat-track-how = 请把受理编号（像 K7M4-Q9PX）和查询码（像 ABC-DEF-GHJ）发给我，或者点下面的按钮去查询。
chat-track-ask = 收到编号 { $number }。请再发一下查询码（像 ABC-DEF-GHJ），就是提交时和编号一起给您的那串字母数字。
chat-track-found = 编号 { $number } 现在的状态是：{ $status }。点下面的按钮可以看完整的办理过程。
chat-track-miss = 编号 { $number } 和这个查询码对不上。请对照提交时得到的回执再试一次；错误次数多了，会暂时不能查询。
chat-unknown = 对不起，法律指南里没有找到能回答这个问题的内容。我不想乱说。您可以把问题留给法律援助志愿者，他们会联系您；也可以打 12348 法律援助热线。
chat-emergency-fire = 着火了请马上打 119！先离开危险地方，再叫人帮忙。
chat-emergency-suicide = 有人有生命危险，请马上打 110 或 120！请陪在他身边，不要让他一个人待着。
chat-emergency-injury = 有人受伤请马上打 120 叫救护车！
chat-emergency-women = 有危险请马上打 110 报警！妇女遭受暴力还可以打 12338 妇联热线。
chat-emergency-violence = 有危险请马上打 110 报警！先到安全的地方去。
chat-action-guide = 看完整的指南
chat-action-library = 看法律指南
chat-action-mediator = 找调解员
chat-action-appeal = 反映问题
chat-action-track = 查询办理进度
chat-action-legal-aid = 打 12348 法律援助
chat-action-call = 打 { $number }
chat-action-volunteer = 把问题留给法律援助志愿者

## Without a network (public/sw.js, public/offline.js) — machine-drafted
offline-heading = ꀋꐥ（现在没有网络）
offline-body = ꋋꁬ（这一页）ꀋꉆꐥ（没有保存在手机上），（没有网络时打不开）。ꆏꁱꇬꁨꌠ（以前打开过的）ꃅꄯ（法律指南），（没有网络也能看）。
offline-guides = ꃅꄯꉜ（看法律指南）
appeal-kept-heading = ꌤꇨ（诉求）ꉆꐥꀐ（已保存在这部手机上）
appeal-kept-body = （现在没有网络，）ꆏꌠꌤꇨ（您的诉求）ꀋꊌꑴ（还没有送到政府）。（它保存在这部手机上：有网络后，打开公道的任何一页，它就会自动发出，并显示）ꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）。
appeal-kept-emergency = ꈛꎂꃅ（情况紧急时不要等），110（报警）ꅀ 120（急救）ꅥꉏ。
outbox-waiting = ꌤꇨ（没有网络时写的诉求）ꉆꐥ（保存在这部手机上），（有网络时会自动发出）。
outbox-sent = ꌤꇨ（没有网络时写的诉求）ꊌꀐ（已经送到）。
outbox-sent-open = ꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꉜ
outbox-returned = ꌤꇨ（没有网络时写的诉求没有被接收，需要修改后再发）。
outbox-returned-open = （打开修改）
