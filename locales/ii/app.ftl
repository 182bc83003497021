# Gongdao UI text, Nuosu Yi.
# translation: machine-drafted — no native speaker has reviewed this file yet.

site-name = 公道
lang-switch-label = ꉙꂷꀘꇬ
lang-name-zh = ꉌꉙ 中文
lang-name-bo = ꀒꉙ བོད་ཡིག
lang-name-ii = ꆈꌠꉙ
text-size-larger = ꁱꂷꀉ
text-size-normal = ꁱꂷꃀ

home-title = 公道 · ꊿꈩꀋꐥ
home-heading = ꌋꄉꇬ公道ꈭꀋ
home-intro = ꀋꄐꈭ ꊿꈩꇬꌋꇁ, ꌋꄉꌦꇁ, ꉬꑍꇬꄉꃅꀋꐥꊿꈭꇁ. ꄜꀋꐥꇬꁨꂷꀋꐥ.

emergency-heading = ꌋꄉꏂꏦ, ꄉꁧꃅ
emergency-police = ꇩꄮꆹꐥ
emergency-ambulance = ꋍꇁꃆꌦ
emergency-fire = ꃀꍈ
emergency-women = ꃀꋍꂷꑌꀋꐥ
emergency-legal-aid = ꊿꈩꀋꐥ

not-found-heading = ꀋꄐꈭꄉꂷꇁ
not-found-body = ꀋꄐꈭꂷꍈ, ꀋꄐꈭꂷꇁ.
not-found-home = ꈭꀋꄐꈭ

ui-machine-drafted = ꀋꄐꈭꆈꌠꉙ ꀉꄿꇁꃅ, ꆈꌠꊿꀋꄐꈭꂷꇁ.
footer-free = 公道 ꁨꂷꀋꐥ
footer-copyright = © { $year } 公道

error-not-found = ꀋꄐꈭꂷꇁ.
error-bad-request = ꀋꄐꈭꂷꍈ, ꇬꄉꃅꀋꐥ.
error-unavailable = ꀋꄐꈭꄜꂷꇁ, ꇬꄉꃅꀋꐥ.
