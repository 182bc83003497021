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
# machine-drafted from phrases already in this file; needs a native Nuosu speaker's review
error-unknown-lang = ꆏꈁꁱꌠꑽꐪꐥ：{ lang-name-zh }、{ lang-name-bo }、{ lang-name-ii } ꌋꉏ。
error-internal = ꀋꃋꌬꀋꉆ，ꀇꌐꆀꉈꑴꃅꉚꉏ。

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
guide-section-chinese = ꉌꈲꉙꁱꂷꉜ

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
privacy-retention = ꌤꈍꃅꐛ { $days } ꑍꈭ，ꆏꅥꁱꂷ、ꂓ、ꑋꀕꊂꀕꉐ（事情办结 { $days } 天以后——一直没有办结的从最后一次办理算起——电话、称呼、照片、写的经过和补充、评价的话、工作人员的回复，以及调解申请里双方的电话、经过和调解地点都会删除；只留下类别、办理单位、日期、状态和办理步骤的种类，用来统计）。
privacy-download = ꉜꁱꂷꐥꇬ，ꌤꁱꂷ、ꉜꁱꂷꊫꌠ，ꌤꈍꃅꐛꇁꉪ（在查询页面，可以用受理编号和查询码下载这件事的全部记录）。
privacy-rights = ꆏꆹꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꌌꄉ，ꆏꈁꁱꌠꉜꉆ（查看自己的记录）。ꀋꌧꇬꆹ 12345 ꅀ 12348 ꅥꉆ。
error-too-many = ꀋꄐꈭꂷꀉꄉꇁ, ꇬꄉꃅꀋꐥ.（操作太频繁了，请过几分钟再试。）
track-download = ꉢꌠꁱꂷ（下载我的这条记录，JSON 文件）

## Mediation by order (点单调解)
# machine-drafted: not yet reviewed by a native speaker.
home-mediators-link = ꄮꐽꃅꌠꈴ（找调解员）
# machine-drafted 2026-12-03: mediation and chat messages, Yi with Chinese glosses; needs a native Nuosu speaker's review
home-mediators-text = ꊿ（对方）ꐯꇯ，ꑍꂷꐯꇯꑇꌠꄮꐽꃅꌠ（调解员）ꋍꂷꌋ。ꌋꀋꄐꆏ，（司法所）ꄮꐽꃅꌠꁳ（帮你们安排）。
error-mediation-not-found = ꄮꐽꃅꐥ（调解申请）ꋋꂷꎹꀋꊌ。ꁱꂷ（编号）、ꉜꁱꂷ（查询码）ꍤꄻꉏ。
error-invite-not-found = ꑌꀕꈄꏍ（邀请链接）ꋋꂷꉜꀋꉆ（打不开）。ꊿ（对方）ꇬꉉꉏ：ꈄꏍ（链接）ꅀꌐꂷ（二维码）ꉈꑴꆏꇬꁳ。
specialty-neighbour = ꃷꇎꅇꎹ（邻里纠纷）
specialty-family = ꑮꑟꌋꆀꑱꈐ（婚姻家庭）
specialty-land = ꃄꅉ（土地山林）
specialty-labour = ꊋꁌ（劳务工钱）
specialty-traffic = ꈭꈜꃣꈌ（交通事故）
specialty-consumer = ꎊꃶꎊꃷ（买卖消费）
specialty-other = ꅇꎹ（其他纠纷）
mediator-kind-police = ꏢꍤꊿ（包村民警）
mediator-kind-elder = ꃀꊿꌠ（五老乡贤）
mediator-kind-lawyer = ꏦꃤꊿ（律师）
mediator-kind-people-mediator = ꉹꁌꄮꐽꃅꌠ（人民调解员）
mediator-kind-legal-adviser = ꏦꃤꌧꊿ（法律明白人）
spoken-zh = ꉢꇩꉙ（汉语）
spoken-bo = ꀒꊉꉙ（藏语）
spoken-ii = ꆈꌠꉙ（彝语）
mediators-title = ꄮꐽꃅꌠ（调解员） · 公道
mediators-heading = ꄮꐽꃅꌠ（调解员）
mediators-intro = ꄮꐽꃅꌠ（调解员）ꋋꈨꆹ，ꎆꀋꁵ（免费）ꇇꀨ。ꆏꌋꆀꊿ（对方）ꐯꇯ，ꑍꂷꐯꇯꑇꌠꊿꋍꂷꌋꄉ，ꄮꐽꃅꉆ。
mediators-ask = ꄮꐽꃅꐥ（申请调解）
mediators-filter-specialty = ꄮꐽꃅꉆꌠ（擅长）
mediators-filter-township = ꅉ（乡镇）
mediators-filter-language = ꉉꉆ（会说）
mediators-filter-kind = ꊿꑞꉬ（身份）
mediators-filter-any = ꀋꏸ（不限）
mediators-filter-apply = ꌋꉏ（筛选）
mediators-count = ꄮꐽꃅꌠ（调解员） { $count } ꂷꎹꊌ
mediator-rating = { $stars } ★，{ $count } ꂷ★ꁳꀐ（人评价）
mediator-no-rating = ★ꀋꁳꑴꌦ（还没有评价）
mediator-cases = ꄮꐽꃅꀐ（调解过） { $count } ꂷ
mediator-specialties = ꄮꐽꃅꉆꌠ（擅长）
mediator-languages = ꉉꉆ（会说）
mediator-townships = ꇇꀨꌠꅉ（服务乡镇）
mediator-villages = ꇇꀨꌠꇽ（服务的村）
mediator-unit = ꌤꃅꅉ（安排调解的单位）
mediator-office = ꌤꃅꅉꅥꁱꂷ（办公电话）
mediator-back = ← ꄮꐽꃅꌠꉬꇮ（全部调解员）
mediator-ask-this = ꄮꐽꃅꌠꋋꂷꇖ（请这位调解员调解）
mediation-title = ꄮꐽꃅꐥ（申请调解） · 公道
mediation-heading = ꄮꐽꃅꐥ（申请调解）
mediation-intro = ꅇꎹ（纠纷）ꑞꉬꁱꉏ。ꆏꑇꌠꄮꐽꃅꌠ（调解员）ꌋꉏ，3 ꂷꇨꀋꉆ。ꁳ（提交）ꄉ，ꑌꀕꈄꏍ（邀请链接）ꋍꂷꊌ，ꊿ（对方）ꇬꁳꉏ。ꊿ（对方）ꑌꋍꂷꉬ（也同意其中一位）ꆏ，ꋌꄮꐽꃅꇖ（就请他来调解）。
mediation-dispute-type = ꅇꎹ（纠纷）ꑞꉬ？
mediation-description = ꅇꎹꈍꃅꐥ（纠纷的情况）
mediation-description-hint = ꊿꑞꂷꐯꇯ（和谁）、ꌤꑞꉬ（为了什么事），ꉉꉏ（简单说说）。（至少）ꁱꂷ 10 ꂷ。ꌤꃅꌠꊿ（办理的工作人员）ꀉꄂꉜꉆ，ꊿ（对方）ꉜꀋꉆ。
mediation-phone-hint = ꄮꐽꃅ（安排调解）ꆏ，ꌤꃅꌠꊿꆏꇬꅥꉆ（方便联系您）。ꌤꃅꌠꊿ（办理的工作人员）ꀉꄂꉜꉆ，ꊿ（对方）ꉜꀋꉆ。
mediation-mode = ꄮꐽꃅꌠ（调解员）ꈍꃅꎹ？
mediation-mode-choose = ꉢꂴꌋ，ꊿ（对方）ꑌꌋ（再请对方一起选）
mediation-mode-assign = ꉢꀋꌋ（不用选了），（司法所）ꅀ（派出所）ꄮꐽꃅꌠꁳ（直接安排）
mediation-mediators = ꄮꐽꃅꌠ（调解员）ꌋ
mediation-mediators-hint = ꆏꑇꌠꊿꌋ（勾选），{ $max } ꂷꇨꀋꉆ。ꊿꑞꂷꆏꅀꊿ（对方）ꇬꏣꑟ（亲戚）、ꐋꀨ（朋友）ꉬ，ꅀ（有过节）ꆏ，“ꄮꐽꀋꃅ”（需要回避）ꌋꉏ。ꋌꄮꐽꃅꀋꁳ（这样就不会安排他）。
mediation-pick = ꉢ { $name } ꑇ（我信得过）
mediation-recuse = { $name } ꄮꐽꀋꃅ（需要回避：和一方有关系）
mediation-consent = ꄩꏯꁱꌠ（以上内容）ꌤꃅꅉ（安排调解的单位）ꇬꁳꄉꌤꃅ，ꉢꉬꀐ（我同意）。
mediation-submit = ꄮꐽꃅꐥꁳ（提交申请）
mediation-error-dispute-type = ꅇꎹ（纠纷）ꑞꉬꌋꉏ。
mediation-error-picks = ꄮꐽꃅꌠ（调解员）3 ꂷꇨꀋꉆ，ꋍꂷꆹꀉꄂꋍꇬꌋꉆ（每位只能选一次）。
mediation-error-recused = ꄮꐽꀋꃅꌠꊿ（需要回避的人）ꀉꑌꇨꀐ（太多了），10 ꂷꇨꀋꉆ。
mediation-error-pick-recused = ꄮꐽꃅꌠ（调解员）ꋍꂷꆹ，ꌋ，ꄮꐽꀋꃅ（回避）ꑌꌋ，ꀋꉆ（不能既选他又让他回避）。
mediation-error-unknown-mediator = ꄮꐽꃅꌠ（调解员）ꋍꂷ（名单）ꇬꀋꐥ。ꋋꁬꀊꏀꃅ（刷新）ꄉ，ꉈꑴꌋꉏ。
mediation-error-answer = ꋍꂷꌋꉏ：ꋍꂷꉬ（同意一位）、ꆏꈁꌋ（自己选），ꅀꌤꃅꅉ（单位）ꇬꇖ（请单位安排）。
mediation-error-accept = ꊿ（对方）ꌋꌠꄮꐽꃅꌠ（调解员）ꇬ，ꋍꂷꀉꄂꉬꉆ（只能同意其中一位）。
mediation-error-filter = ꌋꌠ（筛选条件）ꑽꐪꐥ（不对），ꉈꑴꌋꉏ。
mediation-error-recused-assign = ꄮꐽꃅꌠꋋꂷ，ꌠꋍꂷꄮꐽꀋꃅꇖꀐ（已被一方要求回避），ꁳꀋꉆ（不能安排）。
mediation-status-invited = ꊿ（对方）ꄮꐽꃅꌠ（调解员）ꀋꌋꑴꌦ（等对方选）
mediation-status-dispatch = ꌤꃅꅉ（单位）ꄮꐽꃅꌠꀋꁳꑴꌦ（等单位安排调解员）
mediation-status-matched = ꄮꐽꃅꌠ（调解员）ꌋꐛꀐ（已确定），ꄮꈉ、ꅉꀋꌋꑴꌦ（等安排时间地点）
mediation-status-scheduled = ꄮꈉ、ꅉꌋꐛꀐ（已约好时间地点）
mediation-status-done = ꄮꐽꃅꐛꀐ（调解已结束）
dispatch-no-common-pick = ꑍꂷꐯꇯꄮꐽꃅꌠꋍꂷꌋꀋꊌ（双方没有选到同一位调解员）
dispatch-declined = ꊿ（对方）ꌤꃅꅉ（单位）ꇬꇖ（请单位安排）
dispatch-no-answer = ꊿ（对方）ꄮꈉ（期限内）ꇬꉉꀋꁳ（没有回复）
dispatch-asked = ꄮꐽꃅꐥꌠ（申请人）ꌤꃅꅉ（单位）ꇬꇖ（请单位直接安排）
outcome-agreement = ꄮꐽꃅꄉꏦꌠ（调解协议）ꊌꀐ（达成）；ꅇꎹꌤꀞꈉ（法院）ꇬ（司法确认）ꇖꉆ
outcome-no-agreement = ꄮꐽꀋꐛ（没有达成协议）
outcome-referred-court = ꅇꎹꌤꀞꈉ（法院）ꇬꁳ（转到法院处理）
outcome-referred-department = ꌤꃅꅉ（有关部门）ꇬꁳ（转去处理）
mediation-answer-by = ꊿ（对方）ꋋꄮꈉꀋꇨ（在这之前）ꉉꁳꉏ（回复）
mediation-why-dispatch = ꌤꃅꅉ（单位）ꁳꌠꑞꉬ（为什么由单位安排）
mediation-when-where = ꄮꐽꃅꄮꈉꌋꆀꅉ（调解时间和地点）
mediation-outcome = ꄮꐽꃅꈍꃅꐛ（调解结果）
mediation-my-phone = ꀉꅥꁱꂷ（我的电话）
mediation-the-mediator = ꄮꐽꃅꌠ（调解员）
mediation-my-picks = ꉢꌋꌠꄮꐽꃅꌠ（我选的调解员）
mediation-my-recused = ꉢꉉꌠꄮꐽꀋꃅꌠꊿ（我说需要回避的人）
mediation-dispatch-now-hint = （不想等对方了？）ꌤꃅꅉ（单位）ꇬꇖꄉ，ꄮꐽꃅꌠ（调解员）ꋍꂷꁳꉆ（直接安排）。
mediation-dispatch-now = ꌤꃅꅉ（单位）ꇬꇖ（请单位直接安排）
mediation-invite-heading = ꑌꀕ（邀请）ꋋꂷꊿ（对方）ꇬꁳꉏ
mediation-invite-how = ꈄꏍ（链接）ꊿ（对方）ꌠꈄꏍꅇꄜ（微信）ꇬꁳꉏ，ꅀꊿ（对方）ꌐꂷ（二维码）ꋋꂷꉚꉏ。ꊿ（对方）ꅇꎹꑞꉬ（纠纷类型）、ꆏꌋꌠꄮꐽꃅꌠꉜꉆ；ꆏꅥꁱꂷ（您的电话）、ꆏꁱꌠ（您写的情况）ꉜꀋꉆ。
mediation-invite-qr-alt = ꊿ（对方）ꌐꂷ（二维码）ꉚꄉ，ꄮꐽꃅꑌꀕ（调解邀请）ꉜ
mediation-rate = ꄮꐽꃅꈍꃅꐥ？ꄮꐽꃅꌠ（调解员）★ꁳꉏ（打分）
mediation-done-answer = ꆏꉉꁳꌠ（您的回复）ꊌꀐ（已经送到）。
mediation-done-dispatch = ꌤꃅꅉ（单位）ꇬꇖꀐ（已经请单位安排调解员）。
mediation-event-requested = ꌠꋍꂷꄮꐽꃅꐥ（一方申请调解）
mediation-event-answered = ꊿ（对方）ꉉꁳꀐ（已回复）
mediation-event-matched = ꑍꂷꐯꇯ { $name } ꌋꀐ（双方都选了）
mediation-event-dispatched = ꌤꃅꅉ（单位）ꇬꁳ（交给单位安排）：{ $reason }
mediation-event-assigned = ꌤꃅꅉ（单位）{ $name } ꁳꀐ（安排了）
mediation-event-scheduled = ꄮꈉ（约好时间）：{ $when }，ꅉ（地点）：{ $place }
mediation-event-outcome = ꄮꐽꃅꈍꃅꐛ（调解结果）：{ $outcome }
mediation-event-rated-a = ꄮꐽꃅꐥꌠ（申请人）★ꁳꀐ（已评价）
mediation-event-rated-b = ꊿ（对方）★ꁳꀐ（已评价）
invite-title = ꄮꐽꃅ ꑌꀕ（调解邀请） · 公道
invite-heading = ꊿꋍꂷ，ꆏꐯꇯꄮꐽꃅꌠ（调解员）ꌋꇖ（有人请您一起选）
invite-intro = ꆏꐯꇯꅇꎹꐥꌠꊿ（和您有纠纷的一方），ꎆꀋꁵ（免费）ꄮꐽꃅꐥꀐ（申请了调解）。ꊿ（对方）ꌋꌠꄮꐽꃅꌠ（调解员）ꉜꉏ：ꋍꂷꉬ（同意其中一位），ꅀꆏꈁꌋ（自己选），ꅀꌤꃅꅉ（单位）ꇬꇖꑌꉆ（也可以请单位安排）。
invite-their-picks = ꊿ（对方）ꌋꌠꄮꐽꃅꌠ（调解员）
invite-accept = ꉢꑌ { $name } ꉬ（我也同意请）
invite-own = ꉢꈁꌋ（我想自己选），{ $max } ꂷꇨꀋꉆ，（在下面勾选）ꌋ
invite-decline = ꉢꀋꌋ，ꌤꃅꅉ（单位）ꇬꇖ（请单位安排）
invite-own-list = ꆏꈁꄮꐽꃅꌠꌋ（自己选调解员）、ꄮꐽꀋꃅꌠꊿꉉ（说明需要回避的人）
invite-send = ꉉꁳꌠꁳ（送出回复）

## Chat widget — machine-drafted (see the note above home-mediators-text).
## The chat's answers themselves are quoted from the Yi articles.
widget-open = ꏦꃤ（问法律）
widget-close = ꐛ（关闭）
chat-title = ꏦꃤ（问法律） · 公道
chat-intro = （您好）！ꆏꑞꈌꅐꇁ（遇到了什么事），ꆏꌠꅇꂷꌌꄉꉉꉏ（用自己的话说）。ꉢꏦꃤꉉꀽ（法律指南）ꇬ（答案）ꎹꄉꆏꇬꁳ。ꌤꊸꇬꆹ，ꈛꎂꃅ 110 ꅥꉏ。
chat-label = ꆏꌠꌤ（您的问题）
chat-send = ꁳ（发送）
chat-sending = ꎹꐥ（正在找答案）…
chat-sources = （答案）ꉉꀽꇬꇁ（出自）：
chat-privacy = ꆏꁱꌠꅇꂷꀋꈉꐨ（不会被保存）。ꋋꇬꌠ（回答）ꆹꏦꃤ（常识）ꀉꄂꉬ，ꏦꃤꊿ（律师）ꅇꂷ（意见）ꀋꉬ（不代替）。
chat-error-network = （网络）ꀋꐚ（不好），ꅇꂷ（消息）ꁳꀋꊌ（没有发出去）。ꆏꌠꌤꑴꐥ（您的问题还在框里）。（稍后）ꉈꑴꃴꄉꁳꉏ（再点发送）。
chat-error-empty = ꆏꌠꌤ（您的问题）ꂴꁱꉏ。
chat-error-too-long = ꁱꂷꀉꑌꇨꀐ（问题太长了），ꁱꂷ 500 ꂷꀋꇨꉏ（请写短一些）。
chat-from-guide = 《{ $title }》ꇬ“{ $heading }”ꋋꃅꉉ（这样说）：
chat-greeting = （您好）！ꆏꏦꃤꌤ（法律问题）ꉉꉆ（可以直接问），（比如）“ꌊꁈꊋꁌꀋꁳꆏꈍꃅꃅ”（老板欠工资不给怎么办）；ꌤꇨꄛꑣ（反映问题）、ꄮꐽꃅꌠꎹ（找调解员），ꅀꌤꈍꃅꃅꉜ（查办理进度）ꑌꉆ。
chat-thanks = （不客气）！ꌤꉈꑴꐥꆏ，ꉈꑴꉉꉏ（还有问题随时问）。
chat-appeal = ꉆ（可以）。（下面的按钮）ꃴꄉ，ꌤꌋꆀꆏꐥꌠꇽ（问题和所在的村）ꁱꉏ。ꉪꌤꃅꅉ（负责的单位）ꇬꁳ，ꌤꁱꂷ（受理编号）ꋍꂷꆏꇬꁳ。
chat-mediator = ꉆ（可以）。ꄮꐽꃅꌠ（调解员名单）ꇬ，ꆏꌋꆀꊿ（对方），ꑇꌠꄮꐽꃅꌠꌋꉆ（各自挑选信得过的调解员）；ꐯꇯꌋꀋꄐꆏ（挑不到一起时），（司法所）ꊿꁳ（派人）。
chat-track-how = ꌤꁱꂷ（受理编号，像 K7M4-Q9PX）、ꉜꁱꂷ（查询码，像 ABC-DEF-GHJ）ꉢꇬꁳꉏ；ꅀ（下面的按钮）ꃴꄉꉜ。
chat-track-ask = ꌤꁱꂷ（编号）{ $number } ꊌꀐ（收到）。ꉜꁱꂷ（查询码，像 ABC-DEF-GHJ）ꉈꑴꁳꉏ：ꁳ（提交）ꄮꈉ，ꌤꁱꂷꐯꇯꆏꇬꁳꌠꁱꂷ（就是提交时和编号一起给您的那串字母数字）。
chat-track-found = ꌤꁱꂷ（编号）{ $number }，ꀃꑍꌤꈍꃅꃅ（现在的状态）：{ $status }。（下面的按钮）ꃴꄉ，ꌤꈍꃅꃅꀐ（办理经过）ꉬꇮꉜꉆ（完整）。
chat-track-miss = ꌤꁱꂷ（编号）{ $number } ꌋꆀꉜꁱꂷ（查询码）ꑽꐪꐥ（对不上）。ꁳꄮꈉꊌꌠ（回执）ꉜꄉ，ꉈꑴꃅꉏ（再试一次）；ꑽꐪꀉꑌꇨꆏ（错误次数多了），ꉜꀋꉆ（会暂时不能查询）。
chat-unknown = （对不起），ꏦꃤꉉꀽ（法律指南）ꇬ，ꌤꋋꂷꌠ（答案）ꎹꀋꊌ。ꉢ（乱说）ꀋꉉ。ꆏꌠꌤ（您的问题），ꏦꃤꇇꀨ（法律援助志愿者）ꇬꁳꉆ，ꋌ（他们）ꆏꇬꅥꉆ（会联系您）；12348 ꏦꃤꇇꀨ（法律援助热线）ꑌꅥꉆ。
chat-emergency-fire = ꃆꄔꀐ（着火了），ꈛꎂꃅ 119 ꅥꉏ！ꂴ（离开危险地方）ꁧꉏ，ꊿꇬꇇꀨꇖꉏ（再叫人帮忙）。
chat-emergency-suicide = ꊿ（有人有生命危险），ꈛꎂꃅ 110 ꅀ 120 ꅥꉏ！ꋌꐯꇯꐥꉏ（请陪在他身边），ꋌꋍꂷꀋꐥꁳ（不要让他一个人待着）。
chat-emergency-injury = ꊿꈉꊸ（有人受伤），ꈛꎂꃅ 120 ꅥꉏ，ꈉꊸꈭꋏ（救护车）ꇖ！
chat-emergency-women = （危险）ꐥꆏ，ꈛꎂꃅ 110 ꅥꉏ（报警）！ꌋꅪ（妇女）ꁒꐀ（遭受暴力）ꆏ，12338（妇联热线）ꑌꅥꉆ。
chat-emergency-violence = （危险）ꐥꆏ，ꈛꎂꃅ 110 ꅥꉏ（报警）！ꂴ（安全的地方）ꇬꁧꉏ。
chat-action-guide = ꉉꀽ（指南）ꉬꇮꉜ（看完整的）
chat-action-library = ꏦꃤꉉꀽꉜ（看法律指南）
chat-action-mediator = ꄮꐽꃅꌠꈴ（找调解员）
chat-action-appeal = ꌤꇨꄛꑣ（反映问题）
chat-action-track = ꌤꈍꃅꃅꉜ（查询办理进度）
chat-action-legal-aid = ꏦꃤꇇꀨ 12348 ꅥ
chat-action-call = { $number } ꅥ
chat-action-volunteer = ꆏꌠꌤ（问题）ꏦꃤꇇꀨ（法律援助志愿者）ꇬꁳ

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
outbox-returned-open = ꉜꄉꉈꑴꁱ（打开修改）
