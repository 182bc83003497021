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

error-too-large = 提交的内容太大了。照片请不要超过 3 MB。
error-not-json = 提交的格式不对。
error-invalid = 有几处需要改一下，请看标红的地方。
error-key-reused = 这次提交和上次的内容不一样，请刷新页面后重新提交。
error-appeal-not-found = 没有找到。请核对受理编号和查询码。
error-not-now = 现在不能这样操作，请刷新页面看看最新进展。
error-bad-rating = 请选择 1 到 5 颗星。
error-bad-text = 请写几句话（不要太长）。
appeal-error-category = 请选择是什么事。
appeal-error-village = 请选择乡镇和村。
appeal-error-description-short = 请多写几句，至少 10 个字。
appeal-error-description-long = 写得太长了，请不要超过 2000 个字。
appeal-error-phone = 电话号码好像不对，请核对（手机 11 位）。
appeal-error-name = 名字太长了。
appeal-error-photos = 最多只能上传 3 张照片。
appeal-error-retry = 页面已过期，请刷新后重新提交。

home-appeal-link = 我要反映
home-appeal-text = 吃水、道路、安全隐患、纠纷……急事难事，告诉我们，限时办理。
home-track-link = 查进展
home-track-text = 用受理编号和查询码，看看办到哪一步了。

appeal-title = 我要反映 · 公道
appeal-heading = 我要反映
appeal-intro = 说说遇到了什么事。我们会转给负责的村、乡镇或县里，并在规定时间内办理。
appeal-emergency = 有人受伤、着火或遇到危险，请马上拨打 110、120 或 119。
appeal-category = 是什么事？
appeal-place = 在哪里？（选乡镇和村）
appeal-place-choose = 请选择
appeal-description = 具体情况
appeal-description-hint = 什么时候、在哪里、发生了什么。至少 10 个字。
appeal-phone = 电话（可以不填）
appeal-phone-hint = 方便工作人员联系您。只有办理的工作人员能看到。
appeal-name = 怎么称呼您（可以不填）
appeal-consent = 我同意把以上内容交给办理单位处理。
appeal-privacy-link = 隐私说明
appeal-submit = 提交

receipt-heading = 已经收到，请记下这两个号码
receipt-keep = 查进展需要受理编号和查询码。请截图或抄下来，查询码不要告诉别人。
receipt-qr-alt = 扫码查看办理进展

track-title = 查进展 · 公道
track-heading = 查进展
track-intro = 输入提交时拿到的受理编号和查询码。
track-number = 受理编号
track-code = 查询码
track-open = 查看
track-status = 现在的状态
track-unit = 办理单位
track-deadline = 办理时限
track-overdue = 已超时
track-category = 事项
track-what = 反映的内容
track-timeline = 办理经过
track-add-info = 补充情况
track-add-info-send = 发送补充
track-rate = 办得怎么样？请打分
track-stars = { $stars } 星
track-comment = 想说的话（可以不填）
track-rate-send = 提交评价
track-reopen = 不满意？说明原因，可以重新办理一次
track-reopen-send = 重新办理
track-rated = 您的评价：{ $stars } 星。谢谢！
track-done-info = 补充已经发送。
track-done-rating = 评价已经提交，谢谢！
track-done-reopen = 已经退回重新办理。

status-received = 已受理，等待处理
status-accepted = 正在办理
status-resolved = 已办结，请评价
status-closed = 已评价，结束

event-received = 收到反映
event-routed = 转给 { $unit } 办理
event-accepted = { $unit } 开始办理
event-reply = { $unit } 回复
event-info-added = 您补充了情况
event-transferred = 转给 { $unit }
event-resolved = { $unit } 已办结
event-rated = 您做了评价
event-reopened = 您要求重新办理

privacy-title = 隐私说明 · 公道
privacy-heading = 隐私说明
privacy-what = 您反映问题时，我们保存您写的内容、选择的地点，以及您自愿留下的电话和称呼。
privacy-who = 只有负责办理的工作人员能看到您的电话；其他人看到的电话会隐去中间几位。拿着受理编号和查询码的人可以看到办理进展，所以查询码不要告诉别人。
privacy-how-long = 这些信息只用于办理您反映的这件事，不会公开，也不会用在别的地方。
privacy-rights = 您可以用受理编号和查询码查看自己的记录。有疑问可以拨打 12345 或 12348。

# Staff console: Chinese only, on purpose (the staff of county, township and
# village read Chinese); ids starting with staff- need no Tibetan or Yi.
staff-title = 公道 · 工作台
staff-sign-in = 登录
staff-sign-in-failed = 用户名或密码不对。
staff-username = 用户名
staff-password = 密码
staff-sign-out = 退出
staff-queue = 待办事项
staff-queue-empty = 现在没有待办的事项。
staff-back = 返回待办
staff-done = 已完成操作，并记入日志。
staff-refused = 这个操作没有完成：请写回复内容，或刷新后再试。
staff-contact = 联系方式
staff-accept = 受理
staff-reply = 回复群众（群众能看到）
staff-reply-send = 发送回复
staff-resolve = 办结
staff-transfer = 转办（上报或下派）
staff-transfer-send = 转办
appeal-draft-restored = 已恢复您上次没写完的内容。
error-not-image = 只能上传照片（JPG、PNG 或 WebP）。
error-no-photo = 没有收到照片，请重新选择。
appeal-error-photo-lost = 有照片没上传成功，请重新选择照片。
appeal-photos = 照片（可以不传，最多 3 张）
appeal-photos-hint = 拍下现场，办理的人看得更清楚。
appeal-photo-uploading = 正在上传照片……
appeal-photo-done = 照片已上传：{ $count } 张
appeal-photo-failed = 照片没有传上去，请检查网络后重新选择。
appeal-photo-too-many = 最多只能传 3 张照片。
track-photos = 照片
error-too-many = 操作太频繁了，请过几分钟再试。
track-download = 下载我的这条记录（JSON 文件）
