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
privacy-rights = ꆏꆹꌤꁱꂷ（受理编号）、ꉜꁱꂷ（查询码）ꌌꄉ，ꆏꈁꁱꌠꉜꉆ（查看自己的记录）。ꀋꌧꇬꆹ 12345 ꅀ 12348 ꅥꉆ。
error-too-many = ꀋꄐꈭꂷꀉꄉꇁ, ꇬꄉꃅꀋꐥ.（操作太频繁了，请过几分钟再试。）
track-download = ꉢꌠꁱꂷ（下载我的这条记录，JSON 文件）
