# Gongdao UI text, Nuosu Yi.
# translation: machine-drafted — no native speaker has reviewed this file yet.
# Punctuation as in Liangshan print: ， 。 、 and “ ”. Where no settled Yi word
# is known (WeChat, QR code, link, copy, print, phone call), the Chinese term
# follows in （ ）.

# Words coined in the 2nd pass, no Chinese left in the messages (for the reviewer):
# ꉚꂷ 照片, ꈄꏍ 网络, ꈄꏍꁱꂷ 链接, ꊿꀊꂷ 对方, ꄮꐽꃅꇖ 申请调解, ꐯꇯꌋꇖ 调解邀请,
# ꇖꌠ 问题, ꉉꁳꌠ 回答/回复, ꂓꁱ 名单, ꀋꐥꃅ 删除, ꁱꄡꑟ 至少要写, ꏦꃤꇖ 问法律.

site-name = 公道
lang-switch-label = ꅇꂷꌋ
lang-name-zh = 中文
lang-name-bo = བོད་ཡིག
lang-name-ii = ꆈꌠꉙ
text-size-larger = ꁱꂷꀉꒉ
text-size-normal = ꁱꂷꎃꐚ

home-title = 公道 · ꏦꃤꇇꀤꌋꆀꉹꁌꌤꇨ
home-heading = ꌤꐥꇬꆹ公道ꎹꇁ
home-intro = ꄚꇬ，ꍤꁆꏦꃤꉜꌧꉆ；ꌤꊸ、ꌤꄿꌤꇨꉆ；ꑍꂷꐯꇯꑇꌠꄮꐽꃅꌠꎹꉆ。ꉬꇮꎆꀋꁵ。

emergency-heading = ꌤꊸꇬꆹ，ꅥꉏꈛꎂꃅꅥꉏ
emergency-police = ꏢꍤꇴ
emergency-ambulance = ꈉꊸꈭꋏ
emergency-fire = ꃆꄔ
emergency-women = ꌋꅪꌅꅍꀧꌋꅥꉏ
emergency-legal-aid = ꏦꃤꇇꀤꅥꉏ

not-found-heading = ꋋꁬꎹꀋꊌ
not-found-body = ꈄꏍꁱꂷꁱꑽꀐꋭ，ꅀꋋꁬꀋꐥꀐ。
not-found-home = ꀨꁬꇬꀱꁧ

ui-machine-drafted = ꋋꁬꇬꁱꂷꆹꏠꐕꌌꁏꌠꉬ，ꆈꌠꊿꍤꀋꄻꑴꌦ。
footer-free = 公道ꆹꉹꁌꇇꀤꌠꉬ，ꉬꇮꎆꀋꁵ。
footer-copyright = © { $year } 公道ꏦꃤꇇꀤ

error-not-found = ꎹꀋꊌ。
error-bad-request = ꆏꈁꁱꌠꑽꐪꐥ，ꍤꄻꄉꉈꑴꃅꉚꉏ。
error-unavailable = ꀋꃋꌬꀋꉆ，ꀇꌐꆀꉈꑴꃅꉚꉏ。ꆏꈁꁱꌠꄡꇗꐥ。
error-query-too-long = ꎹꌠꁱꂷꀉꑌꇨꀐ，ꊼꇅꊨꒊꉏ。
error-bad-month = ꆪꆹ ꈎꌋꆀꆪ ꄷꁱ，ꃷꋪ 2026-11。
# machine-drafted from phrases already in this file; needs a native Nuosu speaker's review
error-unknown-lang = ꅇꂷꋋꂷꀋꐥ。{ lang-name-zh }、{ lang-name-bo }、{ lang-name-ii } ꌋꉏ。
error-internal = ꑽꐪꋍꂷꐥ，ꉪꁱꄉꐥꀐ。ꀇꌐꆀꉈꑴꃅꉚꉏ。

loading = ꇁꉚꉏ……
list-separator = 、

# Guidance library
home-guide-link = ꏦꃤꉉꀽꉜ
home-guide-text = ꅇꂷꎃꐚꌌ，ꐯꇯꐥꌠꊿ、ꑮꒃ、ꂱ、ꊋꁌ、ꀸꊏꑠꌤꈍꃅꃅꄻꅐꌠꉉꀽ。

guide-list-title = ꏦꃤꉉꀽ · 公道
guide-list-description = ꐯꇯꐥꌠꊿ、ꑮꒃ、ꂱ、ꊋꁌ、ꀸꊏ……ꍤꁆꏦꃤꌤꃆꉉꀽ，ꅇꂷꎃꐚꌌꁱ，ꉌꈲꉙ、ꀒꋤꉙ、ꆈꌠꉙꌌꉬꇮꉜꉆ。
guide-list-heading = ꏦꃤꉉꀽ
guide-search-label = ꏦꃤꉉꀽꎹ
guide-search-placeholder = ꊋꁌ、ꃝꇽ、ꂱꅇꎹ
guide-search-button = ꎹ
guide-search-results = ꎹꌠ“{ $query }”，ꉉꀽ { $count } ꁬꎹꊌ。
guide-search-none = ꎹꀋꊌ。ꅇꂷꆦꄉꉈꑴꎹꉚꉏ，ꅀꏦꃤꇇꀤꅥꉏ 12348 ꅥꉏ。
guide-only-chinese = ꉌꈲꉙꀉꄂꐥ
guide-back-to-list = ꏦꃤꉉꀽꉬꇮ
guide-back-to-article = ꏦꃤꉉꀽꇬꀱꁧ
guide-law-articles = { $numbers } ꐘ
guide-sources = ꏦꃤꇬꉉꌠ
guide-updated = { $date } ꀊꏀꃅꄻ
guide-notice-chinese = ꉉꀽꋋꁬꆹꆏꈁꌋꌠꅇꂷꌌꁱꌠꀋꐥꑴꌦ，ꀏꏯꆹꉌꈲꉙꁱꂷꉬ。
guide-notice-machine-drafted = ꉉꀽꋋꁬꆹꏠꐕꌌꁏꌠꉬ，ꆈꌠꊿꍤꀋꄻꑴꌦ。ꀋꌧꇬꆹꉌꈲꉙꁱꂷꈴꉏ，ꅀ 12348 ꅥꄉꅲꂥꀘꉏ。
guide-read-chinese = ꉌꈲꉙꁱꂷꉜ
guide-review-progress = ꋍꄮ { $m } ꇬ，{ $n } ꄮ ꆈꌠꊿꍤꄻꀐ。
guide-reviewed-on = ꉉꀽꋋꁬ ꋍꄮꋍꄮ ꆈꌠꊿꍤꄻꀐ（{ $date }）。
guide-section-chinese = ꋋꇬꌠꉌꈲꉙꁱꂷꉜ

share-heading = ꈉꐨꐥꌠꊿꁵꉏ
share-wechat-hint = ꈄꏍꅇꄜꇬ，ꑳꏯꉎꇬꌠ“···”ꃴꄉ，ꐋꀨꅀꈄꏍꅇꄜꊿꁥꁳꉆ。
share-link-label = ꉉꀽꋋꁬꈄꏍꁱꂷ
share-copy = ꈄꏍꁱꂷꐒ
share-copied = ꈄꏍꁱꂷꐒꀐ，ꈄꏍꅇꄜꇬꑕꄉꁳꉆ。
share-copy-failed = ꐒꀋꊌ，ꄩꏯꈄꏍꁱꂷꀊꉗꃅꃴꄉ，“ꐒ”ꌋꉏ。
share-qr-alt = ꌐꂷꉚꄉ，ꅥꉏꇬꉉꀽꋋꁬꉜꉆ
share-print = ꅇꇰꃅꍑ

print-button = ꍑ
print-scan = ꈄꏍꅇꄜꌌꌐꂷꋋꂷꉚꄉ，ꅥꉏꇬꁱꂷꉬꇮꉜꉆ。
print-help = ꎆꀋꁵꏦꃤꇇꀤꅥꉏ 12348 · ꌤꊸꇬꆹ 110 ꅥꉏ

next-steps-heading = ꇇꀤꈁꑴꌦꅀ？
next-call-legal-aid = ꏦꃤꇇꀤꅥꉏ 12348 ꅥꉏ（ꎆꀋꁵ）

# Appeals and tracking
# Terms coined for this section (no settled Yi word; the Chinese follows in （ ）):
# ꌤꁱꂷ 受理编号, ꉜꁱꂷ 查询码, ꅥꁱꂷ 电话号码, ꌤꃅꅉ 办理单位, ꌤꃅꄮꈉ 办理时限,
# ꄮꈉꇨꀐ 已超时, ꌤꈍꃅꃅꉜ 查进展, ꋋꁬꀊꏀꃅ 刷新, ꁳ 提交; ★ stands for 星.

error-too-large = ꆏꈁꁱꌠꀉꒉꇨꀐ。ꉚꂷꆹ 3 MB ꀋꇨꉏ。
error-not-json = ꆏꈁꁱꌠꈍꃅꑽꐪꐥ。
error-invalid = ꁱꌠꑽꐪꐥ，ꅪꌠꅉꉜꄉꉈꑴꁱꉏ。
error-key-reused = ꁳꌠꑽꐪꐥ：ꋋꇬꌋꆀꀊꇬꀋꐯꇯ。ꋋꁬꀊꏀꃅꄉ，ꉈꑴꁳꉏ。
error-appeal-not-found = ꎹꀋꊌ。ꌤꁱꂷ、ꉜꁱꂷꍤꄻꉏ。
error-not-now = ꀃꑍꋋꃅꀋꉆ。ꋋꁬꀊꏀꃅꄉ，ꌤꈍꃅꃅꉜꉏ。
error-bad-rating = ★ 1—5 ꌋꉏ。
error-bad-text = ꅇꂷꀊꑌꁱꉏ（ꀉꑌꁱꀋꇨ）。
appeal-error-category = ꌤꑞꉬꌋꉏ。
appeal-error-village = ꑤꌋꆀꁡꇤꌋꉏ。
appeal-error-description-short = ꀉꑌꁱꉏ，ꁱꂷ 10 ꂷꁱꄡꑟ。
appeal-error-description-long = ꁱꂷꀉꑌꇨꀐ，ꁱꂷ 2000 ꂷꀋꇨꉏ。
appeal-error-phone = ꅥꁱꂷꑽꐪꐥꋭ，ꍤꄻꉏ（ꅥꉏꁱꂷ 11 ꂷ）。
appeal-error-name = ꂓꀉꑌꇨꀐ。
appeal-error-photos = ꉚꂷ 3 ꂷꇨꀋꉆ。
appeal-error-retry = ꋋꁬꄮꈉꇨꀐ。ꋋꁬꀊꏀꃅꄉ，ꉈꑴꁳꉏ。

home-appeal-link = ꉢꌤꇨꄛꑣ
home-appeal-text = ꒉꑌꀋꐥ、ꏂꇓ、ꇁꀋꄮ、ꅇꎹ……ꌤꊸ、ꌤꄿ，ꉪꇬꉉꉏ，ꄮꈉꇬꌤꃅ。
home-track-link = ꌤꈍꃅꃅꉜ
home-track-text = ꌤꁱꂷꌋꆀꉜꁱꂷꌌꄉ，ꌤꈍꃅꃅꉜꉏ。

appeal-title = ꉢꌤꇨꄛꑣ · 公道
appeal-heading = ꉢꌤꇨꄛꑣ
appeal-intro = ꌤꑞꐥꉉꉏ。ꉪꆹꌤꃅꌠꁡꇤ、ꑤ、ꑤꀉꒉꇬꁳꄉ，ꄮꈉꇬꌤꃅ。
appeal-emergency = ꊿꅐꌶ、ꃆꄔ、ꅀꌤꊸꐥꇬꆹ，ꈛꎂꃅ 110、120 ꅀ 119 ꅥꉏ。
appeal-category = ꌤꑞꉬ？
appeal-place = ꇿꇬꐥ？（ꑤꌋꆀꁡꇤꌋꉏ）
appeal-place-choose = ꌋꉏ
appeal-description = ꌤꈍꃅꐥ
appeal-description-hint = ꑞꄮꈉ、ꇿꇬ、ꑞꌤꐥ。ꁱꂷ 10 ꂷꁱꄡꑟ。
appeal-phone = ꅥꁱꂷ（ꀋꁱꑌꉆ）
appeal-phone-hint = ꌤꃅꌠꊿꆏꇬꅥꉏꅥꉆ。ꌤꃅꌠꊿꀉꄂꉜꉆ。
appeal-name = ꆏꂓ（ꀋꁱꑌꉆ）
appeal-consent = ꄩꏯꁱꌠꌤꃅꅉꇬꁳꄉꌤꃅ，ꉢꉬꀐ。
appeal-privacy-link = ꊿꀋꉜꉆꌠꉉꀽ
appeal-submit = ꁳ
appeal-draft-restored = ꆏꀊꇬꁱꀋꐛꌠꉈꑴꇁꀐ。
error-not-image = ꉚꂷꀉꄂꁳꉆ（JPG、PNG ꅀ WebP）。
error-no-photo = ꉚꂷꀋꊌ，ꉈꑴꌋꉏ。
appeal-error-photo-lost = ꉚꂷꁳꀋꊌꌠꐥ，ꉚꂷꉈꑴꌋꉏ。
appeal-photos = ꉚꂷ（ꀋꁳꑌꉆ，3 ꂷꇨꀋꉆ）
appeal-photos-hint = ꌤꐥꅉꉚꄉ，ꌤꃅꌠꊿꉜꄻꅐ。
appeal-photo-uploading = ꉚꂷꁳꐥ……
appeal-photo-done = ꉚꂷꁳꀐ：{ $count } ꂷ
appeal-photo-failed = ꉚꂷꁳꀋꊌ。ꈄꏍꍤꄻꄉ，ꉈꑴꌋꉏ。
appeal-photo-too-many = ꉚꂷ 3 ꂷꇨꀋꉆ。
appeal-same-heading = ꁡꇤꊈꇬ { $days } ꑍꂶ，ꌤꇨꑠꂷꋍꂷꌠ { $count } ꂷ ꌤꃅꐥ。
appeal-same-line = { $status } · { $unit } · ꄮꈉ { $deadline } · { $residents } ꊿ ꌤꇨ
appeal-same-question = ꌤꋍꂷꉬꆏ，ꆏꌤꇨꀊꇬꀋꐯꉆ：ꆏꌤꁱꂷꌋꆀꉜꁱꂷꆏꂷꂴꐥ，ꌤꃅꊿꀋꐯꌤꃅ，ꇬꋍꇬꋍꆏꉜꉆ。
appeal-same-join = ꀋꐯ，ꀋꐯꌤꃅ
appeal-same-separate = ꌤꋍꂷꀋꉬ，ꆏꂷꂴꇨ
appeal-same-choose = ꂴꋍꂷꌋꉏ：ꀋꐯꅀꆏꂷꂴꇨ。
track-photos = ꉚꂷ

receipt-heading = ꊌꀐ。ꁱꂷꋋꑍꂷꁱꄉꐥꉏ。
receipt-keep = ꌤꈍꃅꃅꉜꇬꆹ，ꌤꁱꂷꌋꆀꉜꁱꂷꈉꐨꐥ。ꋋꁬꉚꄉ，ꅀꁱꄉꐥꉏ。ꉜꁱꂷꊿꀋꉉꁳꉏ。
receipt-qr-alt = ꌐꂷꉚꄉ，ꌤꈍꃅꃅꉜ

track-title = ꌤꈍꃅꃅꉜ · 公道
track-heading = ꌤꈍꃅꃅꉜ
track-intro = ꁳꇬꊌꌠꌤꁱꂷꌋꆀꉜꁱꂷꁱꉏ。
track-number = ꌤꁱꂷ
track-code = ꉜꁱꂷ
track-open = ꉜ
track-status = ꀃꑍꌤꈍꃅꃅ
track-unit = ꌤꃅꅉ
track-deadline = ꌤꃅꄮꈉ
track-overdue = ꄮꈉꇨꀐ
track-category = ꌤ
track-what = ꌤꇨꄛꑣꌠ
track-timeline = ꌤꈍꃅꃅꀐ
track-add-info = ꉈꑴꉉ
track-add-info-send = ꉈꑴꉉꌠꁳ
track-rate = ꌤꃅꈍꃅꐥ？ꊮꁵꉏ
track-stars = { $stars } ★
track-comment = ꆏꉉꈁꌠ（ꀋꁱꑌꉆ）
track-rate-send = ꊮꁵꌠꁳ
track-reopen = ꉌꀋꃹꅀ？ꑞꉬꉉꉏ，ꌤꉈꑴꋍꇬꃅꉆ。
track-reopen-send = ꌤꉈꑴꃅ
track-rated = ꆏꁳꌠ：{ $stars } ★。ꈀꎭꎭ！
track-done-info = ꉈꑴꉉꌠꁳꀐ。
track-done-rating = ꊮꁵꀐ，ꈀꎭꎭ！
track-done-reopen = ꌤꉈꑴꃅꁧꀐ。

status-received = ꊌꀐ，ꌤꀋꃅꑴꌦ
status-accepted = ꌤꃅꐥ
status-resolved = ꌤꃅꐛꀐ，ꊮꁵꉏ
status-closed = ꊮꁵꀐ，ꌤꐛꀐ

event-received = ꌤꇨꊌꀐ
event-routed = { $unit } ꇬꁳꄉꌤꃅ
event-accepted = { $unit } ꌤꃅꐥꀐ
event-reply = { $unit } ꉉꁳ
event-info-added = ꆏꉈꑴꉉꀐ
event-transferred = { $unit } ꇬꁳ
event-resolved = { $unit } ꌤꃅꐛꀐ
event-rated = ꆏꊮꁵꀐ
event-reopened = ꆏꌤꉈꑴꃅꉏꉉ
event-joined = ꁡꇤꊈꇬ ꌤꋍꂷꌠꌤꇨꐥ，ꆏꌤꇨꀋꐯꀐ，{ $unit } ꀋꐯꌤꃅ

# Privacy notice: a legal text; it must say what the Chinese says, no more, no less.
privacy-title = ꊿꀋꉜꉆꌠꉉꀽ · 公道
privacy-heading = ꊿꀋꉜꉆꌠꉉꀽ
privacy-what = ꆏꌤꇨꄛꑣꇬ，ꉪꆹꆏꈁꁱꌠ、ꆏꈁꌋꌠꅉ，ꆏꉌꃹꄉꁱꌠꅥꁱꂷꌋꆀꂓꊌꄉꐥ。
privacy-who = ꆏꅥꁱꂷꆹ，ꌤꃅꌠꊿꀉꄂꉜꉆ；ꊿꂿꉜꌠꅥꁱꂷꇬ，ꁱꂷꀊꑌꂷꉜꀋꉆ。ꌤꁱꂷꌋꆀꉜꁱꂷꐥꌠꊿꆹ，ꌤꈍꃅꃅꉜꉆ；ꉜꁱꂷꊿꀋꉉꁳꉏ。
privacy-how-long = ꋋꑠꆹ，ꆏꌤꇨꄛꑣꌠꌤꋋꂷꃅꀉꄂꌌ；ꊿꉬꇮꉜꀋꁳ，ꅉꂿꇬꑌꀋꌌ。
privacy-retention = ꌤꃅꐛꀐ { $days } ꑍꈭ（ꌤꃅꐛꀋꊌꌠꆹ，ꈭꋍꇬꌤꃅꌠꑍꇬꇁꉜ），ꊿꌧꉆꌠꉬꇮꀋꐥꃅ：ꅥꁱꂷ、ꂓ、ꉚꂷ、ꆏꁱꌠꌤꈍꃅꃅꌋꆀꉈꑴꉉꌠ、ꊮꁵꌠꅇꂷ、ꌤꃅꌠꊿꉉꁳꌠ；ꄮꐽꃅꇖꌠꇬꑍꂷꅥꁱꂷ、ꌤꈍꃅꃅꌋꆀꄮꐽꃅꅉꑌꀋꐥꃅ。ꌤꑞꉬ、ꌤꃅꅉ、ꄮꈉ、ꌤꈍꃅꃅꌋꆀꌤꃅꌠꈍꃅꀉꄂꐥ，ꋋꑠꌌꄉꌤꀊꑌꂷꐥꉜ，ꌤꃅꐚꇬꉆ。
privacy-download = ꌤꈍꃅꃅꉜꌠꁬꇬ，ꆏꌤꁱꂷꌋꆀꉜꁱꂷꌌꄉ，ꌤꋋꂷꁱꌠꉬꇮꅥꉏꇬꊌꉆ。
privacy-rights = ꆏꌤꁱꂷꌋꆀꉜꁱꂷꌌꄉ，ꆏꌤꁱꌠꉜꉆ。ꀋꌧꇬꆹ 12345 ꅀ 12348 ꅥꉆ。
error-too-many = ꃅꌠꀉꑌꇨꀐ，ꀇꌐꆀꉈꑴꃅꉚꉏ。
track-download = ꉢꌤꋋꂷꁱꌠꊌ（JSON ꁱꂷ）

## Mediation by order (点单调解)
# machine-drafted: not yet reviewed by a native speaker.
home-mediators-link = ꄮꐽꃅꌠꎹ
# machine-drafted 2026-12-03: mediation and chat messages, Yi with Chinese glosses; needs a native Nuosu speaker's review
home-mediators-text = ꆏꌋꆀꊿꀊꂷꐯꇯ，ꑍꂷꐯꇯꑇꌠꄮꐽꃅꌠꋍꂷꌋ。ꌋꀋꄐꆏ，ꏦꃤꅉꄮꐽꃅꌠꁳ。
error-mediation-not-found = ꄮꐽꃅꇖꌠꋋꂷꎹꀋꊌ。ꌤꁱꂷ、ꉜꁱꂷꍤꄻꉏ。
error-invite-not-found = ꐯꇯꌋꇖꈄꏍꁱꂷꋋꂷꉜꀋꉆ。ꊿꀊꂷꇬꉉꉏ：ꈄꏍꁱꂷꅀꌐꂷꉈꑴꆏꇬꁳ。
specialty-neighbour = ꐯꇯꐥꌠꊿꅇꎹ
specialty-family = ꑮꒃꑱꈐ
specialty-land = ꂱꌋꆀꁧ
specialty-labour = ꊋꁌ
specialty-traffic = ꈭꈜꃣꈌ
specialty-consumer = ꎊꃶꎊꃷ
specialty-other = ꀋꐥꅇꎹ
mediator-kind-police = ꁡꇤꏢꍤꊿ
mediator-kind-elder = ꃀꊿꌠ
mediator-kind-lawyer = ꏦꃤꊿ
mediator-kind-people-mediator = ꉹꁌꄮꐽꃅꌠ
mediator-kind-legal-adviser = ꏦꃤꌧꊿ
spoken-zh = ꉌꈲꉙ
spoken-bo = ꀒꋤꉙ
spoken-ii = ꆈꌠꉙ
mediators-title = ꄮꐽꃅꌠ · 公道
mediators-heading = ꄮꐽꃅꌠ
mediators-intro = ꄮꐽꃅꌠꋋꈨꆹ，ꎆꀋꁵꇇꀤ。ꆏꌋꆀꊿꀊꂷꐯꇯ，ꑍꂷꐯꇯꑇꌠꊿꋍꂷꌋꄉ，ꄮꐽꃅꉆ。
mediators-ask = ꄮꐽꃅꇖ
mediators-filter-specialty = ꄮꐽꃅꉆꌠ
mediators-filter-township = ꑤ
mediators-filter-language = ꉉꉆ
mediators-filter-kind = ꊿꑞꉬ
mediators-filter-any = ꉬꇮ
mediators-filter-apply = ꌋ
mediators-count = ꄮꐽꃅꌠ { $count } ꂷꎹꊌ
mediator-rating = { $stars } ꊮꊨ（{ $count } ꂷꊮꁵꀐ）
mediator-no-rating = ꊮꁵꌠꀋꐥꑴꌦ
mediator-cases = ꄮꐽꃅꀐ { $count } ꂷ
mediator-specialties = ꄮꐽꃅꉆꌠ
mediator-languages = ꉉꉆ
mediator-townships = ꇇꀤꌠꑤ
mediator-villages = ꇇꀤꌠꁡꇤ
mediator-unit = ꄮꐽꃅꌠꁳꌠꌤꃅꅉ
mediator-office = ꌤꃅꅉꅥꁱꂷ
mediator-back = ← ꄮꐽꃅꌠꉬꇮ
mediator-ask-this = ꄮꐽꃅꌠꋋꂷꄮꐽꃅꇖ
mediation-title = ꄮꐽꃅꇖ · 公道
mediation-heading = ꄮꐽꃅꇖ
mediation-intro = ꅇꎹꑞꉬꁱꉏ，ꆏꑇꌠꄮꐽꃅꌠꌋꉏ（3 ꂷꇨꀋꉆ）。ꁳꀐꈭ，ꐯꇯꌋꇖꈄꏍꁱꂷꋍꂷꊌ，ꊿꀊꂷꇬꁳꉏ；ꊿꀊꂷꑌꋍꂷꉬꆏ，ꋌꄮꐽꃅꇖ。
mediation-dispute-type = ꅇꎹꑞꉬ？
mediation-description = ꅇꎹꈍꃅꐥ
mediation-description-hint = ꊿꑞꂷꐯꇯ、ꌤꑞꉬ，ꉉꉏ。ꁱꂷ 10 ꂷꁱꄡꑟ。ꌤꃅꌠꊿꀉꄂꉜꉆ，ꊿꀊꂷꉜꀋꉆ。
mediation-phone-hint = ꄮꐽꃅꇬ，ꌤꃅꌠꊿꆏꇬꅥꉏꅥꉆ。ꌤꃅꌠꊿꀉꄂꉜꉆ，ꊿꀊꂷꉜꀋꉆ。
mediation-mode = ꄮꐽꃅꌠꈍꃅꎹ？
mediation-mode-choose = ꉢꂴꌋ，ꊿꀊꂷꑌꐯꇯꌋ
mediation-mode-assign = ꉢꀋꌋ，ꏦꃤꅉꅀꏢꍤꅉꄮꐽꃅꌠꁳ
mediation-mediators = ꄮꐽꃅꌠꌋ
mediation-mediators-hint = ꆏꑇꌠꊿꌋꉏ，{ $max } ꂷꇨꀋꉆ。ꊿꑞꂷꆏꅀꊿꀊꂷꇬꏣꑟ、ꐋꀨꉬ，ꅀꅇꎹꐥꆏ，“ꄮꐽꀋꃅ”ꌋꉏ。ꋌꀋꁳꀐ。
mediation-pick = ꉢ { $name } ꑇ
mediation-recuse = { $name } ꄮꐽꀋꃅ（ꌠꋍꂷꌋꆀꌤꐥ）
mediation-consent = ꄩꏯꁱꌠꄮꐽꃅꌠꁳꌠꌤꃅꅉꇬꁳꄉꌤꃅ，ꉢꉬꀐ。
mediation-submit = ꄮꐽꃅꇖꌠꁳ
mediation-error-dispute-type = ꅇꎹꑞꉬꌋꉏ。
mediation-error-picks = ꄮꐽꃅꌠ 3 ꂷꇨꀋꉆ，ꋍꂷꆹꋍꇬꀉꄂꌋꉆ。
mediation-error-recused = ꄮꐽꀋꃅꌠꊿꀉꑌꇨꀐ，10 ꂷꇨꀋꉆ。
mediation-error-pick-recused = ꄮꐽꃅꌠꋍꂷꌋꄉ，ꋌꄮꐽꀋꃅꑌꉉ，ꀋꉆ。
mediation-error-unknown-mediator = ꄮꐽꃅꌠꋍꂷꆹꂓꁱꇬꀋꐥ。ꋋꁬꀊꏀꃅꄉ，ꉈꑴꌋꉏ。
mediation-error-answer = ꋍꂷꌋꉏ：ꄮꐽꃅꌠꋍꂷꉬ、ꆏꈁꌋ，ꅀꌤꃅꅉꇬꇖ。
mediation-error-accept = ꊿꀊꂷꌋꌠꄮꐽꃅꌠꇬ，ꋍꂷꀉꄂꉬꉆ。
mediation-error-filter = ꌋꌠꑽꐪꐥ，ꉈꑴꌋꉏ。
mediation-error-recused-assign = ꄮꐽꃅꌠꋋꂷ，ꌠꋍꂷꄮꐽꀋꃅꇖꀐ，ꁳꀋꉆ。
mediation-status-invited = ꊿꀊꂷꄮꐽꃅꌠꀋꌋꑴꌦ
mediation-status-dispatch = ꌤꃅꅉꄮꐽꃅꌠꀋꁳꑴꌦ
mediation-status-matched = ꄮꐽꃅꌠꌋꐛꀐ，ꄮꈉ、ꅉꀋꌋꑴꌦ
mediation-status-scheduled = ꄮꈉ、ꅉꌋꐛꀐ
mediation-status-done = ꄮꐽꃅꐛꀐ
dispatch-no-common-pick = ꑍꂷꐯꇯꄮꐽꃅꌠꋍꂷꌋꀋꊌ
dispatch-declined = ꊿꀊꂷꌤꃅꅉꇬꇖ
dispatch-no-answer = ꊿꀊꂷꄮꈉꇬꉉꀋꁳ
dispatch-asked = ꄮꐽꃅꇖꌠꊿꌤꃅꅉꇬꇖ
outcome-agreement = ꄮꐽꃅꄯꒉꁱꐛꀐ（ꅇꎹꌤꀞꈉꇬꉬꄷꇖꉆ）
outcome-no-agreement = ꄮꐽꃅꄯꒉꀋꊌ
outcome-referred-court = ꅇꎹꌤꀞꈉꇬꁳꄉꌤꃅ
outcome-referred-department = ꌤꋋꂷꃅꌠꌤꃅꅉꇬꁳꄉꌤꃅ
mediation-answer-by = ꊿꀊꂷꋋꄮꈉꀋꇨꉉꁳꉏ
mediation-why-dispatch = ꑞꃅꌤꃅꅉꄮꐽꃅꌠꁳ
mediation-when-where = ꄮꐽꃅꄮꈉꌋꆀꅉ
mediation-outcome = ꄮꐽꃅꈍꃅꐛ
mediation-my-phone = ꉢꅥꁱꂷ
mediation-the-mediator = ꄮꐽꃅꌠ
mediation-my-picks = ꉢꌋꌠꄮꐽꃅꌠ
mediation-my-recused = ꉢꉉꌠꄮꐽꀋꃅꌠꊿ
mediation-dispatch-now-hint = ꊿꀊꂷꀋꉉꁳꑴꌦꅀ？ꌤꃅꅉꇬꇖꄉ，ꄮꐽꃅꌠꋍꂷꈛꎂꃅꁳꉆ。
mediation-dispatch-now = ꌤꃅꅉꇬꇖ
mediation-invite-heading = ꐯꇯꌋꇖꋋꂷꊿꀊꂷꇬꁳꉏ
mediation-invite-how = ꈄꏍꁱꂷꊿꀊꂷꈄꏍꅇꄜꇬꁳꉏ，ꅀꊿꀊꂷꌐꂷꋋꂷꉚꉏ。ꊿꀊꂷꅇꎹꑞꉬꌋꆀꆏꌋꌠꄮꐽꃅꌠꉜꉆ；ꆏꅥꁱꂷꌋꆀꆏꁱꌠꉜꀋꉆ。
mediation-invite-qr-alt = ꊿꀊꂷꌐꂷꉚꄉ，ꐯꇯꌋꇖꉜ
mediation-rate = ꄮꐽꃅꈍꃅꐥ？ꄮꐽꃅꌠꊮꁵꉏ
mediation-done-answer = ꆏꉉꁳꌠꊌꀐ。
mediation-done-dispatch = ꌤꃅꅉꇬꄮꐽꃅꌠꁳꇖꀐ。
mediation-event-requested = ꌠꋍꂷꄮꐽꃅꇖꀐ
mediation-event-answered = ꊿꀊꂷꉉꁳꀐ
mediation-event-matched = ꑍꂷꐯꇯ { $name } ꌋꀐ
mediation-event-dispatched = ꌤꃅꅉꇬꁳ：{ $reason }
mediation-event-assigned = ꌤꃅꅉ { $name } ꁳꀐ
mediation-event-scheduled = ꄮꈉ：{ $when }，ꅉ：{ $place }
mediation-event-outcome = ꄮꐽꃅꈍꃅꐛ：{ $outcome }
mediation-event-rated-a = ꄮꐽꃅꇖꌠꊿꊮꁵꀐ
mediation-event-rated-b = ꊿꀊꂷꊮꁵꀐ
invite-title = ꄮꐽꃅꌠꐯꇯꌋꇖ · 公道
invite-heading = ꊿꋍꂷꆏꇬꄮꐽꃅꌠꐯꇯꌋꇖ
invite-intro = ꆏꌋꆀꅇꎹꐥꌠꊿꆹ，ꎆꀋꁵꄮꐽꃅꇖꀐ。ꊿꀊꂷꌋꌠꄮꐽꃅꌠꉜꉏ：ꋍꂷꉬ，ꅀꆏꈁꌋ，ꅀꌤꃅꅉꇬꇖꑌꉆ。
invite-their-picks = ꊿꀊꂷꌋꌠꄮꐽꃅꌠ
invite-accept = ꉢꑌ { $name } ꉬ
invite-own = ꉢꈁꌋ（{ $max } ꂷꇨꀋꉆ）
invite-decline = ꉢꀋꌋ，ꌤꃅꅉꇬꇖ
invite-own-list = ꆏꈁꄮꐽꃅꌠꌋ、ꄮꐽꀋꃅꌠꊿꉉ
invite-send = ꉉꁳꌠꁳ

## Chat widget — machine-drafted (see the note above home-mediators-text).
## The chat's answers themselves are quoted from the Yi articles.
widget-open = ꏦꃤꇖ
widget-close = ꐛ
chat-title = ꏦꃤꇖ · 公道
chat-intro = ꆏꐚꅀ！ꆏꑞꌤꈌꅐꇁ，ꆏꅇꂷꌌꄉꉉꉏ。ꉢꏦꃤꉉꀽꇬꉉꁳꌠꎹꄉꆏꇬꁳ。ꌤꊸꇬꆹ，ꈛꎂꃅ 110 ꅥꉏ。
chat-label = ꆏꇖꌠ
chat-send = ꁳ
chat-sending = ꉉꁳꌠꎹꐥ…
chat-sources = ꉉꁳꌠꉉꀽꇬꇁ：
chat-privacy = ꆏꁱꌠꅇꂷꊌꄉꀋꐥ。ꋋꇬꌠꉉꁳꌠꆹꏦꃤꌤꀉꄂꉬ，ꏦꃤꊿꅇꂷꀋꉬ。
chat-error-network = ꈄꏍꀋꐚ，ꅇꂷꁳꀋꊌ。ꆏꇖꌠꄚꇬꐥꑴꌦ，ꀇꌐꆀ“ꁳ”ꉈꑴꃴꉏ。
chat-error-empty = ꆏꇖꌠꂴꁱꉏ。
chat-error-too-long = ꇖꌠꀉꑌꇨꀐ，ꁱꂷ 500 ꂷꀋꇨꉏ。
chat-from-guide = 《{ $title }》ꇬ“{ $heading }”ꋋꃅꉉ：
chat-greeting = ꆏꐚꅀ！ꏦꃤꌤꈛꎂꃅꇖꉆ，“ꌊꁈꊋꁌꀋꁳꆏꈍꃅꃅ”ꋋꃅ；ꌤꇨꄛꑣ、ꄮꐽꃅꌠꎹ，ꅀꌤꈍꃅꃅꉜꑌꉆ。
chat-thanks = ꌤꀋꐥ！ꌤꉈꑴꐥꆏ，ꉈꑴꇖꉏ。
chat-about = ꉢꆹꊿꀋꉬ，ꉢꆹꏦꃤꉉꀽꇬꉉꌠꉉ。ꊿꇬꉉꉪꆏ，ꆏꇖꌠꏦꃤꇇꀤꉌꃹꊿꇬꁳꉆ；ꏦꃤꇇꀤꅥꉏ 12348 ꑌꅥꉆ。
chat-appeal = ꉆ。“ꌤꇨꄛꑣ”ꃴꄉ，ꌤꌋꆀꆏꐥꌠꁡꇤꁱꉏ。ꉪꌤꃅꌠꌤꃅꅉꇬꁳꄉ，ꌤꁱꂷꋍꂷꆏꇬꁳ。
chat-mediator = ꉆ。ꄮꐽꃅꌠꂓꁱꇬ，ꆏꌋꆀꊿꀊꂷꑇꌠꄮꐽꃅꌠꌋꉆ；ꐯꇯꌋꀋꄐꆏ，ꏦꃤꅉꄮꐽꃅꌠꁳ。
chat-track-how = ꌤꁱꂷ（K7M4-Q9PX ꋋꃅ）ꌋꆀꉜꁱꂷ（ABC-DEF-GHJ ꋋꃅ）ꉢꇬꁳꉏ；ꅀ“ꌤꈍꃅꃅꉜ”ꃴꄉꉜ。
chat-track-ask = ꌤꁱꂷ { $number } ꊌꀐ。ꉜꁱꂷ（ABC-DEF-GHJ ꋋꃅ）ꉈꑴꁳꉏ：ꁳꄮꈉꇬ，ꌤꁱꂷꌋꆀꐯꇯꆏꇬꁳꌠꁱꂷꀊꉬ。
chat-track-found = ꌤꁱꂷ { $number }，ꀃꑍꌤꈍꃅꃅ：{ $status }。“ꌤꈍꃅꃅꉜ”ꃴꄉ，ꌤꈍꃅꃅꀐꉬꇮꉜꉆ。
chat-track-miss = ꌤꁱꂷ { $number } ꌋꆀꉜꁱꂷꋋꂷꀋꐯꇯ。ꁳꄮꈉꇬꊌꌠꁱꂷꉜꄉ，ꉈꑴꃅꉚꉏ；ꑽꐪꀉꑌꇨꆏ，ꀇꌐꆀꉜꀋꉆ。
chat-unknown = ꉌꀋꐚ，ꏦꃤꉉꀽꇬ，ꇖꌠꋋꂷꉉꁳꌠꎹꀋꊌ。ꉢꑽꐪꀋꉉ。ꆏꇖꌠꏦꃤꇇꀤꉌꃹꊿꇬꁳꉆ，ꋌꆏꇬꅥꉏꅥꉆ；ꏦꃤꇇꀤꅥꉏ 12348 ꑌꅥꉆ。
chat-emergency-fire = ꃆꄔꀐ，ꈛꎂꃅ 119 ꅥꉏ！ꂴꌤꊸꅉꇬꀋꐥꉏ，ꊿꇬꇇꀤꇖꉏ。
chat-emergency-suicide = ꊿꋍꂷꌤꊸꐥ，ꈛꎂꃅ 110 ꅀ 120 ꅥꉏ！ꋌꐯꇯꐥꉏ，ꋌꋍꂷꀉꄂꀋꐥꁳꉏ。
chat-emergency-injury = ꊿꅐꌶ，ꈛꎂꃅ 120 ꅥꉏ，ꈉꊸꈭꋏꇖ！
chat-emergency-women = ꌤꊸꐥꆏ，ꈛꎂꃅ 110 ꅥꉏꄉꏢꍤꇴ！ꌋꅪꁒꐀꆏ，12338 ꌋꅪꅥꉏꑌꅥꉆ。
chat-emergency-violence = ꌤꊸꐥꆏ，ꈛꎂꃅ 110 ꅥꉏꄉꏢꍤꇴ！ꂴꋬꂻꌠꅉꇬꁧꉏ。
chat-emergency-drowning = ꌤꊸꐥꆏ，ꈛꎂꃅ 119 ꅀ 120 ꅥꉏ！
chat-emergency-missing = ꌤꊸꐥꆏ，ꈛꎂꃅ 110 ꅥꉏꄉꏢꍤꇴ！
chat-action-guide = ꉉꀽꉬꇮꉜ
chat-action-library = ꏦꃤꉉꀽꉜ
chat-action-mediator = ꄮꐽꃅꌠꎹ
chat-action-appeal = ꌤꇨꄛꑣ
chat-action-track = ꌤꈍꃅꃅꉜ
chat-action-legal-aid = ꏦꃤꇇꀤ 12348 ꅥꉏ
chat-action-call = { $number } ꅥꉏ
chat-action-volunteer = ꆏꇖꌠꏦꃤꇇꀤꉌꃹꊿꇬꁳ

## Without a network (public/sw.js, public/offline.js) — machine-drafted
offline-heading = ꀃꑍꈄꏍꀋꐥ
offline-body = ꋋꁬꅥꉏꋋꂷꇬꊌꄉꀋꐥꑴꌦ，ꈄꏍꀋꐥꇬꉜꀋꉆ。ꆏꉜꀐꌠꏦꃤꉉꀽꆹ，ꈄꏍꀋꐥꑌꉜꉆ。
offline-guides = ꏦꃤꉉꀽꉜ
appeal-kept-heading = ꌤꇨꅥꉏꋋꂷꇬꊌꄉꐥꀐ
appeal-kept-body = ꀃꑍꈄꏍꀋꐥ，ꆏꌤꇨꉹꁌꌤꃅꅉꇬꀋꊌꑴꌦ。ꌤꇨꆹꅥꉏꋋꂷꇬꊌꄉꐥ：ꈄꏍꐥꀐꈭ，公道ꇬꁬꋍꁬꉜꆏ，ꌤꇨꆹꁳꁧꄉ，ꌤꁱꂷꌋꆀꉜꁱꂷꉜꉆ。
appeal-kept-emergency = ꌤꊸꇬꆹ，ꈛꎂꃅ 110（ꏢꍤꇴ）ꅀ 120（ꈉꊸꈭꋏ）ꅥꉏ。
outbox-waiting = ꈄꏍꀋꐥꇬꁱꌠꌤꇨꆹꅥꉏꋋꂷꇬꊌꄉꐥ，ꈄꏍꐥꇬꁳꁧꉆ。
outbox-sent = ꈄꏍꀋꐥꇬꁱꌠꌤꇨꊌꀐ。
outbox-sent-open = ꌤꁱꂷꌋꆀꉜꁱꂷꉜ
outbox-returned = ꈄꏍꀋꐥꇬꁱꌠꌤꇨꆹꊌꀋꉆ，ꉈꑴꁱꄉꉈꑴꁳꄡꑟ。
outbox-returned-open = ꉜꄉꉈꑴꁱ

## Public figures of 接诉即办 (stats.rs)
stats-title = ꌤꇨꂷꊪꊿꂷꏭꉜꁳ · 公道
stats-heading = ꑤꋍꑤꋍꌤꈍꃅꃅ
stats-intro = ꆪꋍꆪ ꌤꇨꈍꑋꊌ、ꄮꈉꇬꈍꑋꉉ、ꈍꑋꌤꃅꐛꀐ、ꊿꂷꉌꐚꀋꐚ，ꋋꇬꊿꂷꏭꉜꁳ。ꂷꊪꌦꐥ，ꊿꂓꀋꁱ，ꌤꇨꇬꉉꌠꑌꀋꁱ。
stats-none = ꌤꃅꅉꅀꆪꋌꂷꀋꎹꉆ。ꈨꌋꉏ。
stats-unit = ꑤꀉꒉꅀꑤ
stats-month = ꆪ
stats-show = ꉜ
stats-received = ꊌ
stats-received-resident = ꊿꂷꂴꇨꌠ
stats-received-grid = ꅉꂷꉜꊿꎹꌠ
stats-responded = ꄮꈉꇬꉉ
stats-resolved = ꌤꃅꐛꀐ
stats-rated = ꊮꁵ
stats-satisfied = ꉌꐚ
stats-overdue = ꄮꈉꇁꀐꀋꐛ
stats-median-days = ꌤꃅꐛꀐꑍꊪ（ꈬꀋꂷ）
stats-mediations = ꄮꐽꃅꇖ
stats-matched = ꑍꂷꋍꊿꌋ
stats-assigned = ꄮꐽꃅꌠꁳ
stats-agreements = ꄮꐽꃅꄯꒉꁱꀐ
stats-trend = ꉈꇬ 12 ꆪ
stats-by-unit = ꑤꀉꒉꌋꆀꑤꋍꑤꋍ
stats-by-category = ꌤꇨꑠꂷꑠꂷ
stats-csv = ꄯꒉꊌ（CSV）
stats-definitions = ꂷꊪꑠꈍꃅꉘ
stats-def-received = ꆪꋋꆪꊌꌠꌤꇨ，ꊿꂷꂴꇨꌠꌋꆀ ꅉꂷꉜꊿꎹꌠꀋꐯꉘ。ꃅꇬꂷꊪꆹꆪꋋꆪꊌꌠꌦꉘ。
stats-def-responded = ꌤꃅꊿꆹꄮꈉꋍꂷꇬꂴꌤꃅ（ꊌ、ꉉ、ꉈꊿꏭꁳ、ꌤꃅꐛꀐ）ꌠ。
stats-def-resolved = ꌤꃅꅉꌤꃅꐛꀐꌠ，ꊿꂷꊮꁵꀋꁵꀋꉜ。
stats-def-satisfied = ꊿꂷꊮꁵ 4 ꅀ 5 ꁵꌠ；ꉈꇬꂷꆹꊮꁵꁵꌠꀋꐯꉬ。
stats-def-overdue = ꀃꑍꀋꐛꑴ、ꄮꈉꇁꀐꌠ。
stats-def-median = ꊌꄉꌤꃅꐛꀐꑍꊪ，ꈬꀋꂷꌠ。ꌤꃅꐛꀐ 5 ꀋꇎꆏꀋꉜꁳ。
stats-def-mediations = ꆪꋋꆪꊌꌠꄮꐽꃅꇖ：ꑍꂷꄮꐽꃅꌠꋍꊿꌋꌠ、ꄮꐽꃅꌠꁳꌠ、ꄮꐽꃅꄯꒉꁱꀐꌠ。
stats-def-small = 5 ꀋꇎꆏ“<5”ꌦꁱ，ꐯꇯꐥꌠꊿꆹꊿꃅꊿꌤꀋꌧ。

# The culture bank (文化银行), for residents. machine-drafted
bank-title = ꊮꊨꎆꅉ · 公道
bank-heading = ꊮꊨꎆꅉ
bank-intro = ꁡꇤꇬꌤꉬꃅꇬ ꊮꊨꑟ，ꇽꃤꏦꀋꃅꇬ ꊮꊨꃴ。ꊮꊨꁡꇤꏱꅉꇬꄉ ꉪꈌꐚꉆ。ꀑꂾꆹ ꊮꊨꑟꃴꌠꇽꃤ，ꁡꇤꋍꇬꋍꇬꌠ ꉬꉻꄯꒉ。
bank-law = ꇽꃤꏦꆀꊮꊨ ꏦꃤꁨꄡꑟ：ꉉꀽꀋꉜ
bank-mine = ꉢꑱꈐꊮꊨꉜ
bank-account-no = ꊮꊨꁱꂷ
bank-open-account = ꊮꊨꉜ
bank-earn = ꊮꊨꑟꌠ
bank-deduct = ꊮꊨꃴꌠ
bank-honour = { $year } ꈎ ꉬꉻꄯꒉ
bank-honour-none = ꁡꇤꊮꊨꁱꂷ ꀊꀋꇁ。
bank-honour-empty = ꑱꈐ ꀊꀋꉻ。
bank-month-totals = ꀋꆪꁡꇤꊨꊨ：ꑟ { $earned }，ꃴ { $deducted }，ꐚꀐ { $redeemed }。
bank-month-few = ꊮꊨꁱꂷꇁꌠꑱꈐ 5 ꈐꀋꇨ，ꀋꆪꊨꊨ ꀋꁳꉜ。
bank-village = ꁡꇤ
bank-balance = ꀃꑍꊮꊨ
bank-shop = ꐚꉆꌠꈌ
bank-collect = ꐚꀐꇬ，ꊮꊨꄯꒉꑟꄉ ꁡꇤꏱꅉꇬꑟꇁ。
bank-shop-none = ꁡꇤꋍꇬ ꐚꉆꌠꈌ ꀊꀋꁳ。
bank-price = { $points } ꊮꊨ
bank-stock = { $n } ꂷꐥꀊ
bank-redeem = ꐚ
bank-redeemed = ꐚꀐ。ꊮꊨꄯꒉꑟꄉ ꁡꇤꏱꅉꇬꑟꇁ。
bank-entries = ꊮꊨꁱꌠ
bank-entries-none = ꊮꊨꁱꌠ ꀊꀋꐥ。
bank-entry-redeem = ꐚ：{ $item }
bank-entry-correction = { $seq } ꂷꌠꍤꄻ：{ $item }
bank-entry-reversed = ꍤꄻꀐ
bank-error-not-found = ꊮꊨꁱꂷꋍꂷ ꀋꑟ，ꁱꂷꆀꉜꁱꂷ ꍤꄻꉏ。
bank-error-not-enough = ꊮꊨꀋꇯ，ꈌꋍꂷ ꐚꀋꉆ。
bank-error-out-of-stock = ꈌꋍꂷ ꐚꐛꀐ。
bank-error-not-reversible = ꁱꌠꋍꂷ ꍤꄻꀋꉆ（ꍤꄻꀐꅀ ꍤꄻꌠꉬ）。
bank-error-household = ꑱꈐꂓꁱꉏ，ꁱꂷ 50 ꂷꀋꇨꉏ。
bank-error-members = ꑱꈐꊿꂓ ꁱꂷ 200 ꂷꀋꇨꉏ。
bank-error-item = ꊮꊨꌤꋍꂷ ꀋꐥ。
bank-error-note = ꉉꁱ ꁱꂷ 200 ꂷꀋꇨꉏ。
bank-error-good = ꁡꇤꋍꇬ ꈌꋍꂷꀋꐥ。

# Volunteer teams and the volunteer police, for residents. machine-drafted
volunteer-title = ꉌꃹꊿꋒꆀꉌꃹꏢꍤꊿ · 公道
volunteer-heading = ꉌꃹꊿꋒꇬꐯ
volunteer-intro = ꁡꇤꋍꇬꋍꇬ ꉌꃹꊿꋒ 8 ꋒꐥ，ꑤꇬ ꉌꃹꏢꍤꊿꑌꐥ。ꊿꋒꋍꋒꌋꄉ ꂓꁱ。ꁡꇤ（ꉌꃹꏢꍤꊿꆹ ꏢꍤꅉ）ꉬꇬ，ꆏ ꊿꋒꊿꉬꀐ。ꆏꌤꃅꌠ ꑱꈐꇬ ꊮꊨꑟꉆ。
volunteer-points = ꉌꃹꊿꌤꃅꄉ ꊮꊨꈍꃅꑟ：ꊮꊨꎆꅉꉜ
volunteer-team = ꂓꁱꌠꊿꋒ
volunteer-police = ꉌꃹꏢꍤꊿ
volunteer-police-about = ꏢꍤꊿꐯ ꉉꀽ、ꇬꃀꉜ、ꇁꀋꄮꉜ、ꅇꎹꄮꐽꃅ。
volunteer-village = ꆏ ꁡꇤꇿꇬꐥ？
volunteer-name = ꆏꂓ
volunteer-phone = ꆏꅥꁱꂷ
volunteer-privacy = ꂓꆀꅥꁱꂷ ꁡꇤꏱꅉꅀꏢꍤꅉ ꉜꉆ，ꀋꁳꉜ。
volunteer-send = ꂓꁱ
volunteer-received = ꂓꁱꊌꀐ。ꁡꇤꅀꏢꍤꅉ ꉬꇬ，ꀑꂾꇬꉜꉆ。
volunteer-keep = ꂓꁱꁱꂷꆀꉜꁱꂷ ꁱꄉꀀ，ꅀꆏ ꉚꂷꋍꂷꀀ，ꃅꀕ ꉜꄉ ꇬꃀꉜꇬ ꂓꁱ。
volunteer-no = ꂓꁱꁱꂷ
volunteer-role = ꉌꃹꏢꍤꊿꌤ
volunteer-grid = ꌤꃅꌠꅉꂷ
volunteer-status-pending = ꉜꄻꐥ
volunteer-status-approved = ꉬꀐ，ꇁꇬꉌꑌ
volunteer-status-declined = ꋋꁬ ꀋꉬ
volunteer-shifts = ꂓꁱꉆꌠꇬꃀꉜ
volunteer-shifts-none = ꀋꆪ ꇬꃀꉜ ꀋꐥ。
volunteer-free = { $free } ꊿꀊꄡꑟ（ꊨꊨ { $places } ꊿ）
volunteer-mine = ꆏ ꂓꁱꀐ
volunteer-sign-up = ꇬꃀꉜꋍꁬ ꂓꁱ
volunteer-signed-up = ꇬꃀꉜ ꂓꁱꀐ，ꄮꈉꇬꇁꉏ。
volunteer-error-not-found = ꂓꁱꋍꂷ ꀋꑟ，ꁱꂷꆀꉜꁱꂷ ꍤꄻꉏ。
volunteer-error-name = ꂓꁱꉏ，ꁱꂷ 40 ꂷꀋꇨꉏ。
volunteer-error-team = ꊿꋒꋍꋒꌋꉏ。
volunteer-error-full = ꇬꃀꉜꋍꁬ ꊿꇯꀐ，ꄮꈉꀋꋍꁬꌋꉏ。
volunteer-error-township = ꑤꋍꂷ ꀋꐥ。
event-team-handed = ꁡꇤꇬ { $unit } ꇇꀤꌤꃅ
event-team-done = { $unit } ꇇꀤꌤꃅꐛꀐ

# Readers' feedback on a passage (issue 19). machine-drafted
feedback-open = ꇬꀋꐥꅀ？ꁵꀋꉬꅀ？ꉢꇬꉉꉏ
feedback-kind = ꁱꌠꋍꄮ ꑞꌤꐥ？
feedback-unclear = ꇬꀋꐥ
feedback-wrong = ꁵꀋꉬ（ꁱꂷ、ꉙ、ꇁꀨ、ꌤ）
feedback-other = ꌤꀋꋍꂷ
feedback-text = ꉉꇁꌠ（ꀋꁱꑌꉆ，ꁱꂷ 500 ꂷꀋꇨꉏ）
feedback-private = ꂓꆀꅥꁱꂷ ꀋꁱꉏ。ꉢꆹ ꁱꌠꇿꂷꆀꋍꄮ ꁱꀀꄉꀋꃅ。
feedback-send = ꁳ
feedback-thanks = ꆏꉉꇁꀐ！ꁱꌠꋍꄮꌤ ꉢꁱꀀꄉ，ꁱꌠꉈꑴꍤꄻ。
feedback-error = ꁳꀋꊌ：ꋍꂷꌋꉏ，ꉉꌠ ꁱꂷ 500 ꂷꀋꇨꉏ。
feedback-error-kind = ꋍꂷꌋꉏ：ꇬꀋꐥ、ꁵꀋꉬ、ꅀꌤꀋꋍꂷ。
feedback-error-text = ꉉꌠ ꁱꂷ 500 ꂷꀋꇨꉏ。
feedback-error-section = ꁱꌠꋍꄮꀋꐥ。

# The translation's coverage in public (issue 19). machine-drafted
translation-title = ꀒꋤꉙ、ꆈꌠꉙ ꍤꄻꌠ ꐥꀋꐥ
translation-intro = 公道 ꀒꋤꉙ、ꆈꌠꉙꆹ ꏠꐕꌌ ꀉꀋꁏ，ꀋꑌ ꉙꑍꂷꌧꌠꊿꌋ ꋍꄮꋍꄮ ꍤꄻꇬꐚ。ꍤꄻꀐꌠ ꋯꀋꋯ ꉜꉏ。
translation-articles = ꏦꃤꉉꀽ：{ $m } ꇬ，{ $n } ꁱ ꋍꄮꋍꄮ ꍤꄻꀐ
translation-sections = ꉉꀽꋍꄮ：{ $m } ꇬ，{ $n } ꄮ ꍤꄻꀐ
translation-messages = ꋋꁬꇬꁱꂷ：{ $m } ꇬ，{ $n } ꍤꄻꀐ
translation-help = ꆏ ꀒꋤꉙ、ꆈꌠꉙ ꌧꀨ？ꏦꃤꉉꀽ ꉜꇬ，ꋍꄮꋍꄮ ꇬ “ꇬꀋꐥꅀ？ꁵꀋꉬꅀ？” ꐥ，ꉪꇬꉉꉏ。ꍤꄻꌠꊿꌋ ꁵꀋꉬꌠ ꁨꀐꇬ，ꁱꂷꅇꌠ ꑠꑍꄉ ꉜꉆ。
translation-help-link = ꏦꃤꉉꀽꉜ
