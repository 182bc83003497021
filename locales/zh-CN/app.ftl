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
