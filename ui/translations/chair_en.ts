<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ChairStartScreen</name>
    <message>
        <source>开始汇总</source>
        <extracomment>Texts of the reviewer&apos;s screen and the chair&apos;s in their place (matched exactly; see ``_retitle``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机签名密钥指纹：&lt;span style=&apos;font-family: monospace; font-size: 14pt; color: #1f2933;&apos;&gt;{fp}&lt;/span&gt;&lt;br/&gt;评审结果包和结果表用此密钥签名；组长本人也评分时，应与组长评分文件的签名指纹一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>① 导入评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② 汇总与讨论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③ 裁定与签名</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加评分文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入整个文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上海工匠评审 · 评审组长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审组长 {number} {name}&#x3000;已交评分 {handed} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇总结果还没有签名保存。关闭后需要重新导入评分文件。确定要关闭吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinalisePage</name>
    <message>
        <source>裁定与签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并列的裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除全部裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组长意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审组的意见、讨论中需要记录的事项；记入签名的结果包，并印在结果表上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：上海市总工会 3 楼会议室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览、签名与保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时生成结果表 PDF（组长数字签名），与结果包同名、放在同一文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时生成结果工作簿 XLSX（供办公室排序筛选，不带签名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览结果表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果表模块尚未安装</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名并保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看结果表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印结果表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有导入评分文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交 {handed} / {total} 份评分。未交：{who}。签名后的结果只包含已交的评分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部 {total} 位专家的评分已导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有汇总结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名额线上有并列（{who}），请先裁定先后再签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并列第 {rank} 名：{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（名额线上并列，须裁定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>裁定先后…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已裁定（名次由高到低）：{order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要裁定的并列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名密钥（本机）：&lt;span style=&apos;font-family:&quot;{mono}&quot;; font-size:{size}pt&apos;&gt;{fp}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ 与组长本人评分文件的签名密钥（{fp}）不同：请在组长本人评分所用的电脑上签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机签名密钥无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法记录裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成结果表预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果表预览（未签名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法显示结果表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果表 PDF 无法打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还不能签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名密钥不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍有 {n} 位专家未交评分：{who}。签名后的结果只包含已交的评分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍有未裁定的并列：{groups}（不影响推荐，名次按并列记录）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍要签名吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存签名的评审结果包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审结果包 (*.crresult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在签名并生成结果表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果包已签名，但有文件未生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果包已保存，可稍后用命令行 tally 重新生成结果表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果包：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要（结果表页脚核对用）：&lt;span style=&apos;font-family:&quot;{mono}&quot;&apos;&gt;{digest}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果表 PDF（已数字签名）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果工作簿：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名后修改了组长意见；如需记入结果，请重新签名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审结果表（已签名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已由评审组长数字签名。打印后请各位专家在签名栏签字，并核对页脚的结果包摘要 {digest}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>导入专家评分文件</source>
        <extracomment>How each outcome is marked in the log: (symbol, word, colour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逐份核验：签名、所属场次与评分方案、是否本组专家、评分编辑记录。专家重新打开评分并再次签名时，新版本取代旧版本；被拒收的文件列出原因，不计入汇总。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加评分文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入整个文件夹（U 盘）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>也可以把评分文件（.crscore）或文件夹拖到此窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名密钥指纹（与专家打印的评分表核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看汇总结果 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 已交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部 {total} 位专家已交评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交 {handed} / {total} 份。未交：{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核验…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择评分文件（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分文件 (*.crscore);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择存放评分文件的文件夹（如 U 盘）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}完成后再导入评分文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件夹：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有评分文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选文件夹中没有评分文件（.crscore）。评分文件应直接放在该文件夹中。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印结果表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机没有接受打印任务，请检查打印机后重试。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerChart</name>
    <message>
        <source>选择一位候选人，查看各位专家按“五力”的评分</source>
        <extracomment>Tableau 10, slightly muted: distinct for up to ten reviewers, calm on white.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全组结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>汇总结果</source>
        <extracomment>The core&apos;s reasons for an undefined agreement figure, in Chinese (others are shown as given).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大字投影（F5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>畸高畸低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一致性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>敏感性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宽严：该专家平均总分与全组在同一批候选人上的平均分之差，正为偏松、负为偏严。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分项得分与其余专家相差过大的分数，供组长提请讨论，不改变结果。点击查看该候选人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>若改用其他汇总方法，哪些候选人的名次会变化、谁会跨越名额线（供讨论，不改变结果）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方法 / 候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名次变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出投影（Esc）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法汇总：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有导入专家的评分文件。
请在“导入评分”页添加各位专家交回的评分文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇总方法：{method}&#x3000;推荐名额 {quota} 名&#x3000;评分文件 {handed} / {total} 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，两端各去 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（尚有专家未交）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}&#x3000;推荐名额 {quota} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;（尚有专家未交评分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>绿底：推荐人选（前 {n} 名）&#x3000;粗线：名额线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;黄底：名额线上并列，待组长裁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各位专家按五力的评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无名次变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 人名次变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，{n} 人跨越名额线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>若改用{method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，进入推荐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，落出推荐</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TieOrderDialog</name>
    <message>
        <source>裁定并列的先后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下候选人按汇总规则无法区分先后（总分和同分比较的各力均相同）。请按评审组讨论的结果排定先后，名次高的在上：可拖动，或选中后用“上移”“下移”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这组候选人跨越推荐名额线：排在前 {n} 位的获推荐。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>裁定记入组长签名的结果包，并印在结果表上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录裁定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
