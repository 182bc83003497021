# Gongdao UI text, Chinese (the source and the fallback language).
# Message ids are kebab-case; every id here must exist in bo/ and ii/ too.

site-name = 公道
lang-switch-label = 选择语言
lang-name-zh = 中文
lang-name-bo = བོད་ཡིག
lang-name-ii = ꆈꌠꉙ
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
error-unknown-lang = 没有这种语言。请选择中文、藏文或彝文。
error-internal = 出了一个错误，我们已经记下来了。请稍后再试。

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
guide-section-chinese = 看这一段的中文原文

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
privacy-retention = 事情办结 { $days } 天以后（一直没有办结的，从最后一次办理算起），系统会删除所有能认出人的内容：电话、称呼、照片、您写的经过和补充、评价的话、工作人员的回复；调解申请里双方的电话、事情经过和调解地点也一样删除。只留下类别、办理单位、日期、状态和办理步骤的种类，用来统计和改进工作。
privacy-download = 在查询页面，您可以用受理编号和查询码把这件事的全部记录下载下来。
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

## Mediation by order (点单调解)
home-mediators-link = 找调解员
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
mediator-kind-lawyer = 律师
mediator-kind-people-mediator = 人民调解员
mediator-kind-legal-adviser = 法律明白人

spoken-zh = 汉语
spoken-bo = 藏语
spoken-ii = 彝语

mediators-title = 调解员 · 公道
mediators-heading = 调解员
mediators-intro = 这些调解员都是免费帮忙的。您和对方可以一起选一位都信得过的人来调解。
mediators-ask = 申请调解
mediators-filter-specialty = 擅长
mediators-filter-township = 乡镇
mediators-filter-language = 会说
mediators-filter-kind = 身份
mediators-filter-any = 不限
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

mediation-title = 申请调解 · 公道
mediation-heading = 申请调解
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
mediation-my-phone = 我的电话
mediation-the-mediator = 调解员
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

invite-title = 调解邀请 · 公道
invite-heading = 有人请您一起选调解员
invite-intro = 和您有纠纷的一方申请了免费调解。请看看对方选的调解员，同意其中一位，或者自己选，也可以请单位安排。
invite-their-picks = 对方选的调解员
invite-accept = 我也同意请{ $name }
invite-own = 我想自己选（最多 { $max } 位，在下面勾选）
invite-decline = 我不选，请单位安排
invite-own-list = 自己选调解员、说明需要回避的人
invite-send = 送出回复

staff-mediations = 调解申请
staff-mediations-empty = 现在没有待办的调解申请。
staff-mediation-phone-a = 申请人电话
staff-mediation-phone-b = 对方电话
staff-mediation-picks-a = 申请人选的
staff-mediation-picks-b = 对方选的
staff-mediation-recused = 需要回避
staff-mediation-assign = 安排调解员（派单）
staff-mediation-assign-hint = 名单里已去掉双方要求回避的人，最合适的排在前面（擅长这类纠纷、服务本乡镇、会说申请人的语言）。
staff-mediation-assign-send = 安排
staff-mediation-when = 调解时间
staff-mediation-place = 调解地点
staff-mediation-schedule-send = 确定时间地点
staff-mediation-outcome-send = 记录调解结果
staff-mediation-recused-refused = 这位调解员已被一方要求回避，不能安排。
staff-mediation-bad-time = 时间格式不对，请重新选择。

## Chat widget (问法律)
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

## Without a network (public/sw.js, public/offline.js)
offline-heading = 现在没有网络
offline-body = 这一页还没有保存在这部手机上，没有网络时打不开。您以前打开过的法律指南，没有网络也能看。
offline-guides = 看法律指南
appeal-kept-heading = 诉求已保存在这部手机上
appeal-kept-body = 现在没有网络，您的诉求还没有送到政府。它保存在这部手机上：有网络后，打开公道的任何一页，它就会自动发出，并显示受理编号和查询码。
appeal-kept-emergency = 情况紧急时不要等，请直接拨打 110（报警）或 120（急救）。
outbox-waiting = 没有网络时写的诉求保存在这部手机上，有网络时会自动发出。
outbox-sent = 没有网络时写的诉求已经送到。
outbox-sent-open = 查看受理编号和查询码
outbox-returned = 没有网络时写的诉求没有被接收，需要修改后再发。
outbox-returned-open = 打开修改
