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
