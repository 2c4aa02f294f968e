<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ChairSession</name>
    <message>
        <source>新导入的评分改变了并列情况，之前记录的并列裁定已不再适用，已清除，请重新裁定。</source>
        <extracomment>Stands in for the package&apos;s SHA-256 in the preview: the real one exists only once it is signed.</extracomment>
        <translation>The newly imported scores changed the ties: the tie decisions recorded earlier no longer apply and have been cleared. Please decide again.</translation>
    </message>
    <message>
        <source>还没有汇总结果</source>
        <translation>There is no tally yet</translation>
    </message>
    <message>
        <source>只能对仍然并列的一组候选人排定先后，且每人只列一次</source>
        <translation>Only a group of candidates that is still tied can be put in order, each listed once</translation>
    </message>
    <message>
        <source>无法读取 {file}：{reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <source>结果表 PDF 未生成：{reason}</source>
        <translation>Result sheet PDF not created: {reason}</translation>
    </message>
    <message>
        <source>结果工作簿未生成：{reason}</source>
        <translation>Result workbook not created: {reason}</translation>
    </message>
</context>
<context>
    <name>ChairStartScreen</name>
    <message>
        <source>开始汇总</source>
        <extracomment>The reviewer screen&apos;s translation context: its title and subtitle are found as that screen shows them, in the interface&apos;s language (a variable, so that lupdate leaves them to the reviewer catalog).</extracomment>
        <translation>Start the tally</translation>
    </message>
    <message>
        <source>核对评审专家名单</source>
        <translation>Check the panel of reviewers</translation>
    </message>
    <message>
        <source>上海工匠评审 · 评审组长</source>
        <translation>Shanghai Craftsman Review · Chair</translation>
    </message>
    <message>
        <source>打开本场次的评审批次，核对办公室指纹，输入现场宣布的口令，然后导入各位专家交回的评分文件。</source>
        <translation>Open this session&apos;s review batch, compare the office fingerprint, enter the passphrase announced in the room, then import the score files the reviewers hand in.</translation>
    </message>
    <message>
        <source>本机签名密钥指纹：&lt;span style=&apos;font-family: monospace; font-size: {size}pt; color: #1f2933;&apos;&gt;{fp}&lt;/span&gt;&lt;br/&gt;评审结果包和结果表用此密钥签名；组长本人也评分时，应与组长评分文件的签名指纹一致。</source>
        <translation>This computer&apos;s signing key fingerprint: &lt;span style=&apos;font-family: monospace; font-size: {size}pt; color: #1f2933;&apos;&gt;{fp}&lt;/span&gt;&lt;br/&gt;The result package and the result sheets are signed with this key; if the chair also scores, it must match the fingerprint on the chair&apos;s own score file.</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>① 导入评分</source>
        <translation>① Import scores</translation>
    </message>
    <message>
        <source>② 汇总与讨论</source>
        <translation>② Tally and discussion</translation>
    </message>
    <message>
        <source>③ 裁定与签名</source>
        <translation>③ Decide and sign</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>添加评分文件(&amp;A)…</source>
        <translation>&amp;Add score files…</translation>
    </message>
    <message>
        <source>导入整个文件夹(&amp;D)…</source>
        <translation>Import a whole fol&amp;der…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>上海工匠评审 · 评审组长</source>
        <translation>Shanghai Craftsman Review · Chair</translation>
    </message>
    <message>
        <source>{year}年 {group} {label} 第 {session} 场</source>
        <translation>{year} {group} {label}, session {session}</translation>
    </message>
    <message>
        <source>评审组长 {number} {name}&#x3000;已交评分 {handed} / {total}</source>
        <translation>Chair {number} {name}   Scores handed in: {handed} / {total}</translation>
    </message>
    <message>
        <source>尚未签名</source>
        <translation>Not signed yet</translation>
    </message>
    <message>
        <source>汇总结果还没有签名保存。关闭后需要重新导入评分文件。确定要关闭吗？</source>
        <translation>The tally has not been signed and saved. After closing, the score files must be imported again. Close anyway?</translation>
    </message>
</context>
<context>
    <name>FinalisePage</name>
    <message>
        <source>裁定与签名</source>
        <translation>Decide and sign</translation>
    </message>
    <message>
        <source>并列的裁定</source>
        <translation>Tie decisions</translation>
    </message>
    <message>
        <source>清除全部裁定</source>
        <translation>Clear all decisions</translation>
    </message>
    <message>
        <source>组长意见</source>
        <translation>Chair&apos;s notes</translation>
    </message>
    <message>
        <source>评审组的意见、讨论中需要记录的事项；记入签名的结果包，并印在结果表上。</source>
        <translation>The panel&apos;s opinion and anything from the discussion to put on record; saved in the signed result package and printed on the result sheet.</translation>
    </message>
    <message>
        <source>例如：上海市总工会 3 楼会议室</source>
        <translation>e.g. Shanghai Federation of Trade Unions, 3rd-floor meeting room</translation>
    </message>
    <message>
        <source>按所填原样印在结果表上</source>
        <translation>Printed on the result sheet exactly as entered</translation>
    </message>
    <message>
        <source>评审地点</source>
        <translation>Place of review</translation>
    </message>
    <message>
        <source>评审日期</source>
        <translation>Date of review</translation>
    </message>
    <message>
        <source>预览、签名与保存</source>
        <translation>Preview, sign and save</translation>
    </message>
    <message>
        <source>同时生成结果表 PDF（组长数字签名），与结果包同名、放在同一文件夹</source>
        <translation>Also create the result sheet PDF (digitally signed by the chair), named like the result package, in the same folder</translation>
    </message>
    <message>
        <source>同时生成结果工作簿 XLSX（供办公室排序筛选，不带签名）</source>
        <translation>Also create the result workbook XLSX (for the office to sort and filter; not signed)</translation>
    </message>
    <message>
        <source>预览结果表</source>
        <translation>Preview result sheet</translation>
    </message>
    <message>
        <source>结果表模块尚未安装</source>
        <translation>The result sheet module is not installed</translation>
    </message>
    <message>
        <source>签名并保存…</source>
        <translation>Sign and save…</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>查看结果表</source>
        <translation>View result sheet</translation>
    </message>
    <message>
        <source>打印结果表…</source>
        <translation>Print result sheet…</translation>
    </message>
    <message>
        <source>还没有导入评分文件。</source>
        <translation>No score files imported yet.</translation>
    </message>
    <message>
        <source>已交 {handed} / {total} 份评分。未交：{who}。签名后的结果只包含已交的评分。</source>
        <translation>{handed} / {total} score files handed in. Missing: {who}. The signed result includes only the scores handed in.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>全部 {total} 位专家的评分已导入。</source>
        <translation>The scores of all {total} reviewers have been imported.</translation>
    </message>
    <message>
        <source>还没有汇总结果</source>
        <translation>No tally yet</translation>
    </message>
    <message>
        <source>名额线上有并列（{who}），请先裁定先后再签名</source>
        <translation>Tie on the quota line ({who}): decide the order before signing</translation>
    </message>
    <message>
        <source>总分 {final}</source>
        <translation>total {final}</translation>
    </message>
    <message>
        <source>并列第 {rank} 名：{who}</source>
        <translation>Tied for rank {rank}: {who}</translation>
    </message>
    <message>
        <source>（名额线上并列，须裁定）</source>
        <translation> (tie on the quota line: must be decided)</translation>
    </message>
    <message>
        <source>裁定先后…</source>
        <translation>Decide order…</translation>
    </message>
    <message>
        <source>已裁定（名次由高到低）：{order}</source>
        <translation>Decided (highest rank first): {order}</translation>
    </message>
    <message>
        <source>没有需要裁定的并列。</source>
        <translation>No ties to decide.</translation>
    </message>
    <message>
        <source>签名密钥（本机）：&lt;span style=&apos;font-family:&quot;{mono}&quot;; font-size:{size}pt&apos;&gt;{fp}&lt;/span&gt;</source>
        <translation>Signing key (this computer): &lt;span style=&apos;font-family:&quot;{mono}&quot;; font-size:{size}pt&apos;&gt;{fp}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>✓ 与组长本人评分文件的签名密钥一致</source>
        <translation>✓ Matches the signing key of the chair&apos;s own score file</translation>
    </message>
    <message>
        <source>✗ 与组长本人评分文件的签名密钥（{fp}）不同：请在组长本人评分所用的电脑上签名</source>
        <translation>✗ Differs from the signing key of the chair&apos;s own score file ({fp}): sign on the computer the chair scored on</translation>
    </message>
    <message>
        <source>本机签名密钥无法读取</source>
        <translation>This computer&apos;s signing key cannot be read</translation>
    </message>
    <message>
        <source>无法记录裁定</source>
        <translation>Cannot record the decision</translation>
    </message>
    <message>
        <source>正在生成结果表预览…</source>
        <translation>Preparing the result sheet preview…</translation>
    </message>
    <message>
        <source>预览（尚未签名）：内容与签名后的结果表相同；页脚、二维码和签名栏中的结果包摘要在签名后才能确定，此处暂以 0 代替。</source>
        <translation>Preview (not signed yet): the content is the same as the signed result sheet; the result package digest in the footer, the QR code and the signature block is known only after signing and is shown as zeros here.</translation>
    </message>
    <message>
        <source>结果表预览（未签名）</source>
        <translation>Result sheet preview (not signed)</translation>
    </message>
    <message>
        <source>无法显示结果表</source>
        <translation>Cannot show the result sheet</translation>
    </message>
    <message>
        <source>结果表 PDF 无法打开。</source>
        <translation>The result sheet PDF cannot be opened.</translation>
    </message>
    <message>
        <source>还不能签名</source>
        <translation>Cannot sign yet</translation>
    </message>
    <message>
        <source>签名密钥不符</source>
        <translation>Signing key does not match</translation>
    </message>
    <message>
        <source>仍有 {n} 位专家未交评分：{who}。签名后的结果只包含已交的评分。</source>
        <translation>{n} reviewer(s) have not handed in scores: {who}. The signed result includes only the scores handed in.</translation>
    </message>
    <message>
        <source>仍有未裁定的并列：{groups}（不影响推荐，名次按并列记录）。</source>
        <translation>Ties not yet decided: {groups} (they do not affect the recommendations; the ranks are recorded as tied).</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>确认签名</source>
        <translation>Confirm signing</translation>
    </message>
    <message>
        <source>仍要签名吗？</source>
        <translation>Sign anyway?</translation>
    </message>
    <message>
        <source>保存签名的评审结果包</source>
        <translation>Save the signed result package</translation>
    </message>
    <message>
        <source>评审结果包 (*.crresult)</source>
        <translation>Result packages (*.crresult)</translation>
    </message>
    <message>
        <source>正在签名并生成结果表…</source>
        <translation>Signing and creating the result sheets…</translation>
    </message>
    <message>
        <source>结果包已签名，但有文件未生成</source>
        <translation>Result package signed, but some files were not created</translation>
    </message>
    <message>
        <source>结果包已保存，可稍后用命令行 tally 重新生成结果表。</source>
        <translation>The result package is saved; the result sheets can be made again later with the command-line tally.</translation>
    </message>
    <message>
        <source>结果包：{path}</source>
        <translation>Result package: {path}</translation>
    </message>
    <message>
        <source>摘要（结果表页脚核对用）：&lt;span style=&apos;font-family:&quot;{mono}&quot;&apos;&gt;{digest}&lt;/span&gt;</source>
        <translation>Digest (to check against the result sheet&apos;s footer): &lt;span style=&apos;font-family:&quot;{mono}&quot;&apos;&gt;{digest}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>结果表 PDF（已数字签名）：{path}</source>
        <translation>Result sheet PDF (digitally signed): {path}</translation>
    </message>
    <message>
        <source>结果工作簿：{path}</source>
        <translation>Result workbook: {path}</translation>
    </message>
    <message>
        <source>签名后修改了组长意见；如需记入结果，请重新签名。</source>
        <translation>The chair&apos;s notes changed after signing; to put them on record, sign again.</translation>
    </message>
    <message>
        <source>已签名并保存</source>
        <translation>Signed and saved</translation>
    </message>
    <message>
        <source>评审结果表（已签名）</source>
        <translation>Result sheet (signed)</translation>
    </message>
    <message>
        <source>已由评审组长数字签名。打印后请各位专家在签名栏签字，并核对页脚的结果包摘要 {digest}。</source>
        <translation>Digitally signed by the chair. Once printed, each reviewer signs in the signature block and checks the result package digest {digest} in the footer.</translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>导入专家评分文件</source>
        <translation>Import the reviewers&apos; score files</translation>
    </message>
    <message>
        <source>逐份核验：签名、所属场次与评分方案、是否本组专家、评分编辑记录。专家重新打开评分并再次签名时，新版本取代旧版本；被拒收的文件列出原因，不计入汇总。</source>
        <translation>Each file is verified: signature, session and scoring scheme, membership of this panel, and the edit log. When a reviewer reopens and signs again, the new version replaces the old; refused files are listed with the reason and are not tallied.</translation>
    </message>
    <message>
        <source>添加评分文件…</source>
        <translation>Add score files…</translation>
    </message>
    <message>
        <source>导入整个文件夹（U 盘）…</source>
        <translation>Import a whole folder (USB stick)…</translation>
    </message>
    <message>
        <source>也可以把评分文件（.crscore）或文件夹拖到此窗口</source>
        <translation>You can also drag score files (.crscore) or folders onto this window</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>签名密钥指纹（与专家打印的评分表核对）</source>
        <translation>Signing key fingerprint (compare with the reviewer&apos;s printed score sheet)</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation>Import log</translation>
    </message>
    <message>
        <source>查看汇总结果 →</source>
        <translation>View the tally →</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>未交</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>✓ 已交</source>
        <translation>✓ Handed in</translation>
    </message>
    <message>
        <source>已导入</source>
        <extracomment>How each outcome is marked in the log: (symbol, word, colour).</extracomment>
        <translation>Imported</translation>
    </message>
    <message>
        <source>新版本</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <source>旧版本，未采用</source>
        <translation>Older version, not used</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>未接受</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>评审专家交回评分的情况</source>
        <translation>Score files handed in by the reviewers</translation>
    </message>
    <message>
        <source>全部 {total} 位专家已交评分</source>
        <translation>All {total} reviewers have handed in their scores</translation>
    </message>
    <message>
        <source>已交 {handed} / {total} 份。未交：{who}</source>
        <translation>{handed} / {total} handed in. Missing: {who}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>选择评分文件（可多选）</source>
        <translation>Choose score files (several allowed)</translation>
    </message>
    <message>
        <source>评分文件 (*.crscore);;所有文件 (*)</source>
        <translation>Score files (*.crscore);;All files (*)</translation>
    </message>
    <message>
        <source>选择存放评分文件的文件夹（如 U 盘）</source>
        <translation>Choose the folder holding the score files (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>{what}完成后再导入评分文件。</source>
        <translation>Import score files once this has finished: {what}</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>无法读取文件夹：{reason}</source>
        <translation>Cannot read the folder: {reason}</translation>
    </message>
    <message>
        <source>没有评分文件</source>
        <translation>No score files</translation>
    </message>
    <message>
        <source>所选文件夹中没有评分文件（.crscore）。评分文件应直接放在该文件夹中。</source>
        <translation>The chosen folder holds no score files (.crscore). The score files must be directly inside that folder.</translation>
    </message>
    <message>
        <source>{symbol} {file}&#x3000;{word}：{message}</source>
        <translation>{symbol} {file}   {word}: {message}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>共 {n} 页</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印结果表</source>
        <translation>Print result sheet</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>打印机没有接受打印任务，请检查打印机后重试。</source>
        <translation>The printer did not accept the job. Check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>PowerChart</name>
    <message>
        <source>候选人各项得分图</source>
        <extracomment>Tableau 10, slightly muted: distinct for up to ten reviewers, calm on white.</extracomment>
        <translation>Chart of the candidate&apos;s scores</translation>
    </message>
    <message>
        <source>每位专家按五力给出的分数（柱），横线为全组结果；悬停柱子查看分数</source>
        <translation>Each reviewer&apos;s score for each of the five powers (bars); the line is the panel&apos;s result. Hover over a bar to see the score.</translation>
    </message>
    <message>
        <source>选择一位候选人，查看各位专家按“五力”的评分</source>
        <translation>Choose a candidate to see each reviewer&apos;s scores by the five powers</translation>
    </message>
    <message>
        <source>{reviewer}：{power} {score} / {maximum}</source>
        <translation>{reviewer}: {power} {score} / {maximum}</translation>
    </message>
    <message>
        <source>（去掉）</source>
        <translation> (dropped)</translation>
    </message>
    <message>
        <source>全组结果</source>
        <translation>Panel result</translation>
    </message>
</context>
<context>
    <name>ResultLabels</name>
    <message>
        <source>算术平均</source>
        <extracomment>The result sheet&apos;s words (``exports.result_sheet``: methods, trimming scopes, flags), listed as literals so that lupdate collects them; the screen shows them through ``result_label``. The signed paper stays Chinese. tests/test_ui_chair_language.py checks that every label of the sheet is listed here.</extracomment>
        <translation>Arithmetic mean</translation>
    </message>
    <message>
        <source>中位数</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>截尾平均</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>标准分（z 分数）换算</source>
        <translation>Standard scores (z-scores)</translation>
    </message>
    <message>
        <source>按总分截尾</source>
        <translation>trimmed by total</translation>
    </message>
    <message>
        <source>按分项分别截尾</source>
        <translation>trimmed item by item</translation>
    </message>
    <message>
        <source>有效评分不足，不排名</source>
        <translation>Too few valid scores: not ranked</translation>
    </message>
    <message>
        <source>评分人数不足，未截尾</source>
        <translation>Too few reviewers: not trimmed</translation>
    </message>
    <message>
        <source>有专家未评</source>
        <translation>Not scored by every reviewer</translation>
    </message>
    <message>
        <source>专家分歧较大</source>
        <translation>Reviewers disagree strongly</translation>
    </message>
    <message>
        <source>有畸高畸低分</source>
        <translation>Has outlying scores</translation>
    </message>
    <message>
        <source>并列，待组长裁定</source>
        <translation>Tied, awaiting the chair&apos;s decision</translation>
    </message>
    <message>
        <source>同分，按分项依次比较</source>
        <translation>Equal totals, ordered by the tie-break powers</translation>
    </message>
    <message>
        <source>并列，组长已裁定</source>
        <translation>Tied, decided by the chair</translation>
    </message>
    <message>
        <source>名额线上并列</source>
        <translation>Tied on the quota line</translation>
    </message>
    <message>
        <source>显示分相同，精确值不同</source>
        <translation>Same displayed score, different exact values</translation>
    </message>
</context>
<context>
    <name>ReviewerModel</name>
    <message>
        <source>专家</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>平均</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>标准差</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>宽严</source>
        <translation>Leniency</translation>
    </message>
    <message>
        <source>畸高畸低</source>
        <translation>Outliers</translation>
    </message>
    <message>
        <source>该专家的平均总分减去全组在同一批候选人上的平均分：正为偏松，负为偏严</source>
        <translation>This reviewer&apos;s mean total minus the panel&apos;s mean on the same candidates: positive is lenient, negative is strict</translation>
    </message>
    <message>
        <source>偏松</source>
        <translation>lenient</translation>
    </message>
    <message>
        <source>偏严</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>该专家给所有候选人的总分相同，无法标准化（z 分数记为 0）</source>
        <translation>This reviewer gave every candidate the same total: cannot standardise (z-scores set to 0)</translation>
    </message>
    <message>
        <source>回避：{who}</source>
        <translation>Recused: {who}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>未评：{who}</source>
        <translation>Not scored: {who}</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>评分人数不足</source>
        <extracomment>Short labels for the table (the long ones, ``FLAG_LABELS``, are the tooltips and the PDF&apos;s).</extracomment>
        <translation>Too few scores</translation>
    </message>
    <message>
        <source>未截尾</source>
        <translation>Not trimmed</translation>
    </message>
    <message>
        <source>有人未评</source>
        <translation>Unscored</translation>
    </message>
    <message>
        <source>意见分歧</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>畸高畸低</source>
        <translation>Outliers</translation>
    </message>
    <message>
        <source>并列</source>
        <translation>Tied</translation>
    </message>
    <message>
        <source>分项定序</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <source>组长裁定</source>
        <translation>Chair decided</translation>
    </message>
    <message>
        <source>名额线并列</source>
        <translation>Quota-line tie</translation>
    </message>
    <message>
        <source>显示同分</source>
        <translation>Same display</translation>
    </message>
    <message>
        <source>名次</source>
        <extracomment>Flags that matter most first (the column is narrow).</extracomment>
        <translation>Rank</translation>
    </message>
    <message>
        <source>申报编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>有效评分</source>
        <translation>Valid scores</translation>
    </message>
    <message>
        <source>标准差</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>极差</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>推荐</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>参与计算的有效评分个数（回避、未评者不计）</source>
        <translation>Number of valid scores counted (recusals and unscored left out)</translation>
    </message>
    <message>
        <source>有效总分的样本标准差和极差：数值越大，专家分歧越大</source>
        <translation>Sample standard deviation and range of the valid totals: the larger, the more the reviewers disagree</translation>
    </message>
    <message>
        <source>✓ 推荐</source>
        <translation>✓ Recommended</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>与 {who} 并列，待组长裁定</source>
        <translation>Tied with {who}, awaiting the chair&apos;s decision</translation>
    </message>
    <message>
        <source>回避：{who}</source>
        <translation>Recused: {who}</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>所有专家都评了的候选人不足两名</source>
        <extracomment>The core&apos;s reasons for an undefined agreement figure, in Chinese (others are shown as given).</extracomment>
        <translation>Fewer than two candidates were scored by every reviewer</translation>
    </message>
    <message>
        <source>评分专家不足两位</source>
        <translation>Fewer than two reviewers scored</translation>
    </message>
    <message>
        <source>分母为零：候选人之间、专家之间都没有差异</source>
        <translation>Zero denominator: no variation between candidates or between reviewers</translation>
    </message>
    <message>
        <source>每位专家给所有候选人的总分都相同，没有可比较的名次</source>
        <translation>Every reviewer gave every candidate the same total: no ranking to compare</translation>
    </message>
    <message>
        <source>没有一名候选人被全部专家评分</source>
        <translation>No candidate was scored by every reviewer</translation>
    </message>
    <message>
        <source>单向随机，单个专家</source>
        <translation>One-way random, single reviewer</translation>
    </message>
    <message>
        <source>双向随机，单个专家（绝对一致）</source>
        <translation>Two-way random, single reviewer (absolute agreement)</translation>
    </message>
    <message>
        <source>双向混合，单个专家（相对一致）</source>
        <translation>Two-way mixed, single reviewer (consistency)</translation>
    </message>
    <message>
        <source>单向随机，全组平均</source>
        <translation>One-way random, panel mean</translation>
    </message>
    <message>
        <source>双向随机，全组平均（绝对一致）</source>
        <translation>Two-way random, panel mean (absolute agreement)</translation>
    </message>
    <message>
        <source>双向混合，全组平均（相对一致）</source>
        <translation>Two-way mixed, panel mean (consistency)</translation>
    </message>
    <message>
        <source>（{scope}）</source>
        <translation> ({scope})</translation>
    </message>
    <message>
        <source>不排名</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>第 {rank} 名</source>
        <translation>rank {rank}</translation>
    </message>
    <message>
        <source>汇总结果</source>
        <translation>Tally</translation>
    </message>
    <message>
        <source>大字投影（F5）</source>
        <translation>Projection (F5)</translation>
    </message>
    <message>
        <source>{year}年 {group} {label} 第 {session} 场 · 专家评审汇总结果</source>
        <translation>{year} {group} {label}, session {session} · Panel tally</translation>
    </message>
    <message>
        <source>汇总排名</source>
        <translation>Tally ranking</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>畸高畸低</source>
        <translation>Outliers</translation>
    </message>
    <message>
        <source>一致性</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>敏感性</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>各位专家的评分尺度</source>
        <translation>Each reviewer&apos;s scoring scale</translation>
    </message>
    <message>
        <source>宽严：该专家平均总分与全组在同一批候选人上的平均分之差，正为偏松、负为偏严。</source>
        <translation>Leniency: the reviewer&apos;s mean total minus the panel&apos;s mean on the same candidates; positive is lenient, negative is strict.</translation>
    </message>
    <message>
        <source>分项得分与其余专家相差过大的分数，供组长提请讨论，不改变结果。点击查看该候选人。</source>
        <translation>Sub-item scores far from the other reviewers&apos;, for the chair to raise in the discussion; they do not change the result. Click to see the candidate.</translation>
    </message>
    <message>
        <source>畸高畸低分</source>
        <translation>Outlying scores</translation>
    </message>
    <message>
        <source>若改用其他汇总方法，哪些候选人的名次会变化、谁会跨越名额线（供讨论，不改变结果）。</source>
        <translation>Under another tally method, whose rank would change and who would cross the quota line (for discussion; the result does not change).</translation>
    </message>
    <message>
        <source>改用其他汇总方法时的名次变化</source>
        <translation>Rank changes under other tally methods</translation>
    </message>
    <message>
        <source>方法 / 候选人</source>
        <translation>Method / candidate</translation>
    </message>
    <message>
        <source>名次变化</source>
        <translation>Rank change</translation>
    </message>
    <message>
        <source>退出投影（Esc）</source>
        <translation>Leave projection (Esc)</translation>
    </message>
    <message>
        <source>还没有导入专家的评分文件。
请在“导入评分”页添加各位专家交回的评分文件。</source>
        <translation>No reviewer&apos;s score file has been imported yet.
Add the score files the reviewers hand in on the “Import scores” page.</translation>
    </message>
    <message>
        <source>汇总方法：{method}&#x3000;推荐名额 {quota} 名&#x3000;评分文件 {handed} / {total} 份</source>
        <translation>Method: {method}   Quota: {quota}   Score files: {handed} / {total}</translation>
    </message>
    <message>
        <source>，两端各去 {n} 个</source>
        <translation>, {n} dropped at each end</translation>
    </message>
    <message>
        <source>（尚有专家未交）</source>
        <translation> (some reviewers have not handed in)</translation>
    </message>
    <message>
        <source>{method}&#x3000;推荐名额 {quota} 名</source>
        <translation>{method}   Quota: {quota}</translation>
    </message>
    <message>
        <source>&#x3000;（尚有专家未交评分）</source>
        <translation>   (some reviewers have not handed in scores)</translation>
    </message>
    <message>
        <source>绿底：推荐人选（前 {n} 名）&#x3000;粗线：名额线</source>
        <translation>Green: recommended (top {n})   Heavy line: quota line</translation>
    </message>
    <message>
        <source>&#x3000;黄底：名额线上并列，待组长裁定</source>
        <translation>   Amber: tied on the quota line, awaiting the chair&apos;s decision</translation>
    </message>
    <message>
        <source>选择一位候选人查看详情</source>
        <translation>Choose a candidate to see the details</translation>
    </message>
    <message>
        <source>各位专家按五力的评分</source>
        <translation>Each reviewer&apos;s scores by the five powers</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>最高</source>
        <translation>highest</translation>
    </message>
    <message>
        <source>最低</source>
        <translation>lowest</translation>
    </message>
    <message>
        <source>同分</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>{side}，分摊 {share}</source>
        <translation>{side}, share {share}</translation>
    </message>
    <message>
        <source>{where} {score}（{side}）</source>
        <translation>{where} {score} ({side})</translation>
    </message>
    <message>
        <source>与 {who} 并列，待组长裁定</source>
        <translation>Tied with {who}, awaiting the chair&apos;s decision</translation>
    </message>
    <message>
        <source>有效评分不足 {n} 个，不排名</source>
        <translation>Fewer than {n} valid scores: not ranked</translation>
    </message>
    <message>
        <source>有效评分不足 {n} 个，未截尾</source>
        <translation>Fewer than {n} valid scores: not trimmed</translation>
    </message>
    <message>
        <source>回避 {n} 人</source>
        <translation>{n} recused</translation>
    </message>
    <message>
        <source>未评 {who}</source>
        <translation>Not scored by {who}</translation>
    </message>
    <message>
        <source>{rank}&#x3000;总分 &lt;b&gt;{final}&lt;/b&gt;</source>
        <translation>{rank}   total &lt;b&gt;{final}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ 推荐</source>
        <translation>✓ Recommended</translation>
    </message>
    <message>
        <source>（有效评分 {n} 个，不足 {minimum} 个，未截尾）</source>
        <translation> ({n} valid scores, fewer than {minimum}: not trimmed)</translation>
    </message>
    <message>
        <source>（{scope}，两端各去 {n} 个）</source>
        <translation> ({scope}, {n} dropped at each end)</translation>
    </message>
    <message>
        <source>汇总方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>有效评分</source>
        <translation>Valid scores</translation>
    </message>
    <message>
        <source>{n} 个</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>原始平均</source>
        <translation>Raw mean</translation>
    </message>
    <message>
        <source>标准分法（参考）</source>
        <translation>Standard scores (for reference)</translation>
    </message>
    <message>
        <source>回避</source>
        <translation>Recused</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>离散</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>标准差 {sd}，极差 {range}（{low} ~ {high}）</source>
        <translation>SD {sd}, range {range} ({low} – {high})</translation>
    </message>
    <message>
        <source>去掉的分数</source>
        <translation>Dropped scores</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>各专家总分</source>
        <translation>Totals by reviewer</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{reviewer}·{item} {score}（其余中位数 {median}，{direction}）</source>
        <translation>{reviewer}·{item} {score} (others&apos; median {median}, {direction})</translation>
    </message>
    <message>
        <source>畸高</source>
        <translation>unusually high</translation>
    </message>
    <message>
        <source>畸低</source>
        <translation>unusually low</translation>
    </message>
    <message>
        <source>{reviewer} {name}：{candidate} {candidate_name} · {item} {score} 分，{direction}（其余 {others} 位中位数 {median}）</source>
        <translation>{reviewer} {name}: {candidate} {candidate_name} · {item} {score}, {direction} (median of the other {others}: {median})</translation>
    </message>
    <message>
        <source>稳健标准差 {sd}；点击查看该候选人</source>
        <translation>Robust SD {sd}; click to see the candidate</translation>
    </message>
    <message>
        <source>没有畸高畸低分</source>
        <translation>No outlying scores</translation>
    </message>
    <message>
        <source>无法计算：{reason}</source>
        <translation>Cannot be computed: {reason}</translation>
    </message>
    <message>
        <source>名次一致性（含同分校正）</source>
        <translation>Agreement of the rankings (corrected for ties)</translation>
    </message>
    <message>
        <source>基于全部评分专家都评了的 {candidates} 名候选人 × {reviewers} 位专家的总分。ICC 按 Shrout 与 Fleiss（1979）定义。数值越接近 1，专家意见越一致；接近 0 或为负，说明候选人之间的差别不比专家之间的差别大。</source>
        <translation>Based on the totals of the {candidates} candidates scored by every reviewer × {reviewers} reviewers. ICCs as defined by Shrout and Fleiss (1979). The closer to 1, the more the reviewers agree; near 0 or negative, the candidates differ no more than the reviewers do.</translation>
    </message>
    <message>
        <source>全组评分一致性</source>
        <translation>Agreement of the panel&apos;s scores</translation>
    </message>
    <message>
        <source>无名次变化</source>
        <translation>No rank changes</translation>
    </message>
    <message>
        <source>{n} 人名次变化</source>
        <translation>{n} rank change(s)</translation>
    </message>
    <message>
        <source>，{n} 人跨越名额线</source>
        <translation>, {n} crossing the quota line</translation>
    </message>
    <message>
        <source>若改用{method}</source>
        <translation>With {method}</translation>
    </message>
    <message>
        <source>，进入推荐</source>
        <translation>, becomes recommended</translation>
    </message>
    <message>
        <source>，落出推荐</source>
        <translation>, no longer recommended</translation>
    </message>
</context>
<context>
    <name>TieOrderDialog</name>
    <message>
        <source>裁定并列的先后</source>
        <translation>Decide the order of a tie</translation>
    </message>
    <message>
        <source>以下候选人按汇总规则无法区分先后（总分和同分比较的各力均相同）。请按评审组讨论的结果排定先后，名次高的在上：可拖动，或选中后用“上移”“下移”。</source>
        <translation>The tally rules cannot separate these candidates (equal totals and equal tie-break powers). Put them in the order the panel agreed, highest rank at the top: drag them, or select one and use “Move up” / “Move down”.</translation>
    </message>
    <message>
        <source>这组候选人跨越推荐名额线：排在前 {n} 位的获推荐。</source>
        <translation>This group straddles the quota line: the first {n} are recommended.</translation>
    </message>
    <message>
        <source>并列的候选人，名次高的在上</source>
        <translation>Tied candidates, highest rank first</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>裁定记入组长签名的结果包，并印在结果表上。</source>
        <translation>The decision goes into the result package the chair signs and is printed on the result sheet.</translation>
    </message>
    <message>
        <source>记录裁定</source>
        <translation>Record decision</translation>
    </message>
</context>
</TS>
