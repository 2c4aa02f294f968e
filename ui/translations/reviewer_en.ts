<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttachmentKind</name>
    <message>
        <source>身份证复印件</source>
        <translation>ID card copy</translation>
    </message>
    <message>
        <source>工会会员服务卡</source>
        <translation>Trade union member card</translation>
    </message>
    <message>
        <source>证书（奖状）</source>
        <translation>Certificate (award)</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>‹ 上一页</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>上一页（Alt+←）</source>
        <translation>Previous page (Alt+←)</translation>
    </message>
    <message>
        <source>下一页 ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>下一页（Alt+→）</source>
        <translation>Next page (Alt+→)</translation>
    </message>
    <message>
        <source>缩小（Ctrl+-）</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>放大（Ctrl++）</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>按窗口宽度显示（Ctrl+0）</source>
        <translation>Fit to the window&apos;s width (Ctrl+0)</translation>
    </message>
    <message>
        <source>附件页面</source>
        <translation>Attachment page</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>{kind}，{size}</source>
        <translation>{kind}, {size}</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>附件文件</source>
        <translation>Attachment file</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>该候选人没有附件。</source>
        <translation>This candidate has no attachments.</translation>
    </message>
    <message>
        <source>附件无法读取：{reason}</source>
        <translation>The attachment cannot be read: {reason}</translation>
    </message>
    <message>
        <source>批次未打开</source>
        <translation>The batch is not open</translation>
    </message>
    <message>
        <source>该附件不是可以显示的 PDF 文件（可能已损坏）。</source>
        <translation>This attachment is not a PDF file that can be shown (it may be damaged).</translation>
    </message>
    <message>
        <source>该附件的格式无法在此显示（仅支持 PDF 和常见图片）。</source>
        <translation>This attachment&apos;s format cannot be shown here (only PDF and common image formats).</translation>
    </message>
    <message>
        <source>第 {page} / {count} 页</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>申报编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>已回避：{reason}</source>
        <translation>Recused: {reason}</translation>
    </message>
</context>
<context>
    <name>CandidateState</name>
    <message>
        <source>未评</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>回避</source>
        <translation>Recused</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>清空</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>{item}：{value}</source>
        <translation>{item}: {value}</translation>
    </message>
    <message>
        <source>评语</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>回避</source>
        <translation>Recusal</translation>
    </message>
    <message>
        <source>取消回避</source>
        <translation>Recusal withdrawn</translation>
    </message>
    <message>
        <source>标为已完成</source>
        <translation>Marked complete</translation>
    </message>
    <message>
        <source>取消已完成</source>
        <translation>Complete withdrawn</translation>
    </message>
</context>
<context>
    <name>ReviewerDossierRenderer</name>
    <message>
        <source>（未填写姓名）</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation>Attachments ({n})</translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <source>{action}（{key}）</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>打开其他批次…</source>
        <translation>Open Another Batch…</translation>
    </message>
    <message>
        <source>上一位</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>上一位候选人（PgUp 或 Ctrl+↑）</source>
        <translation>Previous candidate (PgUp or Ctrl+↑)</translation>
    </message>
    <message>
        <source>下一位</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>下一位候选人（PgDn 或 Ctrl+↓）</source>
        <translation>Next candidate (PgDn or Ctrl+↓)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>标为已完成</source>
        <translation>Mark Complete</translation>
    </message>
    <message>
        <source>自查</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>看看自己的平均分、分布和尚未完成的候选人</source>
        <translation>See your mean score, your spread and the candidates not yet complete</translation>
    </message>
    <message>
        <source>提交评分…</source>
        <translation>Hand In Scores…</translation>
    </message>
    <message>
        <source>自查、锁定并导出签名的评分文件</source>
        <translation>Self-check, lock and export the signed score file</translation>
    </message>
    <message>
        <source>导出评分文件…</source>
        <translation>Export Score File…</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>清除本机评审数据…</source>
        <translation>Wipe Review Data from This Computer…</translation>
    </message>
    <message>
        <source>提交并导出评分文件后，从本机删除这份评分记录</source>
        <translation>After handing in and exporting the score file, delete this score record from this computer</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>候选人(&amp;C)</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <source>附件(&amp;A)</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <source>评审(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>上海工匠评审 — 评审专家</source>
        <translation>Shanghai Craftsman Review — Reviewer</translation>
    </message>
    <message>
        <source>上海工匠评审 — 评审专家 — {group} {label} 第 {session} 场 — {name}（{number}）</source>
        <translation>Shanghai Craftsman Review — Reviewer — {group} {label}, session {session} — {name} ({number})</translation>
    </message>
    <message>
        <source>评审专家 {number} {name}</source>
        <translation>Reviewer {number} {name}</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>无法打开评分记录</source>
        <translation>Cannot open the score record</translation>
    </message>
    <message>
        <source>已按办公室预置的回避关系为您标记回避的候选人。</source>
        <translation>The recusals the office prepared for you have been marked.</translation>
    </message>
    <message>
        <source>评分记录已在别处打开</source>
        <translation>Score record already open elsewhere</translation>
    </message>
    <message>
        <source>您的这份评分记录已在另一个窗口中打开。为免互相覆盖，本窗口只读：只能查看、不能修改；请回到原窗口继续评分，或关闭原窗口后重新打开。</source>
        <translation>Your score record is already open in another window. So that the two do not overwrite each other, this window is read-only: you can look but not change anything. Go back to the other window to keep scoring, or close it and open the record again.</translation>
    </message>
    <message>
        <source>已是最后一位</source>
        <translation>This is the last candidate</translation>
    </message>
    <message>
        <source>已是第一位</source>
        <translation>This is the first candidate</translation>
    </message>
    <message>
        <source>✓ 已自动保存 {time}</source>
        <translation>✓ Saved automatically at {time}</translation>
    </message>
    <message>
        <source>无法撤销：{reason}</source>
        <translation>Cannot undo: {reason}</translation>
    </message>
    <message>
        <source>已撤销：{what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <source>已重做：{what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <source>有分数不符合评分方案（红色显示），尚未保存。请先改正。</source>
        <translation>Some scores do not fit the scoring scheme (shown in red) and are not saved. Please correct them first.</translation>
    </message>
    <message>
        <source>无法提交</source>
        <translation>Cannot hand in</translation>
    </message>
    <message>
        <source>评分已锁定。请保存评分文件。</source>
        <translation>Scores locked. Please save the score file.</translation>
    </message>
    <message>
        <source>保存评分文件（例如保存到 U 盘）</source>
        <translation>Save the score file (for example to a USB stick)</translation>
    </message>
    <message>
        <source>评分文件 (*.crscore)</source>
        <translation>Score files (*.crscore)</translation>
    </message>
    <message>
        <source>评分已锁定，尚未导出评分文件：可随时用“导出评分文件…”导出。</source>
        <translation>Scores locked, score file not exported yet: use “Export Score File…” at any time.</translation>
    </message>
    <message>
        <source>无法导出评分文件</source>
        <translation>Cannot export the score file</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>

个人评分表（PDF）未能生成：{reason}</source>
        <translation>

The personal score sheet (PDF) could not be made: {reason}</translation>
    </message>
    <message>
        <source>

个人评分表（请打印并签名）：{path}</source>
        <translation>

Personal score sheet (print and sign it): {path}</translation>
    </message>
    <message>
        <source>评分文件已保存</source>
        <translation>Score file saved</translation>
    </message>
    <message>
        <source>评分文件已保存到：
{path}

您的签名指纹：{fp}

请将文件交给评审组长，并核对指纹。{sheet}</source>
        <translation>The score file was saved to:
{path}

Your signing fingerprint: {fp}

Hand the file to the panel chair and check the fingerprint together.{sheet}</translation>
    </message>
    <message>
        <source>已导出评分文件 {name}，签名指纹 {fp}</source>
        <translation>Score file {name} exported, signing fingerprint {fp}</translation>
    </message>
    <message>
        <source>重新打开评分</source>
        <translation>Reopen scores</translation>
    </message>
    <message>
        <source>请写明重新打开的理由（会记入日志并体现在评分文件中）：</source>
        <translation>Why are you reopening? (The reason is logged and shows in the score file.)</translation>
    </message>
    <message>
        <source>无法重新打开</source>
        <translation>Cannot reopen</translation>
    </message>
    <message>
        <source>已重新打开。修改后请重新提交并导出评分文件。</source>
        <translation>Reopened. After your changes, hand in and export the score file again.</translation>
    </message>
    <message>
        <source>请先导出评分文件</source>
        <translation>Export the score file first</translation>
    </message>
    <message>
        <source>本次提交的评分文件还没有导出。清除后本机不再有您的分数和评语，请先用“导出评分文件…”把评分文件保存到 U 盘，再清除本机评审数据。</source>
        <translation>The score file of this hand-in has not been exported yet. After wiping, this computer no longer has your scores and comments: first save the score file to a USB stick with “Export Score File…”, then wipe the review data from this computer.</translation>
    </message>
    <message>
        <source>  {path}（现在找不到：U 盘可能已拔出）</source>
        <translation>  {path} (not found now: the USB stick may have been removed)</translation>
    </message>
    <message>
        <source>将从本机删除：
  评分记录文件夹 {folder}
  （其中的评分数据库、日志与锁文件），以及本机记住的本场评审位置。

保留的只有您导出的文件：
{files}

评审批次文件和您的签名密钥不受影响。清除后本机不再有您本场的分数和评语；如组长要求修改，需要重新录入。确定清除吗？</source>
        <translation>To be deleted from this computer:
  the score record folder {folder}
  (its score database, log and lock file), and where you were in this session.

Only the files you exported are kept:
{files}

The batch file and your signing key are not affected. After wiping, this computer no longer has your scores and comments for this session; if the chair asks for changes, they must be typed in again. Wipe now?</translation>
    </message>
    <message>
        <source>清除本机评审数据</source>
        <translation>Wipe review data from this computer</translation>
    </message>
    <message>
        <source>未能清除本机评审数据</source>
        <translation>Could not wipe the review data from this computer</translation>
    </message>
    <message>
        <source>已清除本机评审数据</source>
        <translation>Review data wiped from this computer</translation>
    </message>
    <message>
        <source>本机的评分记录已删除。保留的文件：
{files}</source>
        <translation>The score record on this computer was deleted. Files kept:
{files}</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>正在解锁评审批次，请稍候再退出。</source>
        <translation>The batch is being unlocked; please wait a moment before quitting.</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{power}·{item}</source>
        <translation>{power} · {item}</translation>
    </message>
    <message>
        <source>评语：对候选人的评价；总分特别高或特别低时须写明理由</source>
        <translation>Comment: your assessment of the candidate; required to explain a particularly high or low total</translation>
    </message>
    <message>
        <source>评语</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>本人回避此候选人</source>
        <translation>I recuse myself from this candidate</translation>
    </message>
    <message>
        <source>与候选人有利益关系（同单位、亲属、师徒等）时须回避：回避后不评分</source>
        <translation>Recuse yourself when you have a conflict of interest (same employer, relative, master and apprentice…): a recused reviewer does not score</translation>
    </message>
    <message>
        <source>回避理由（必填），按回车确认</source>
        <translation>Reason for recusal (required); press Enter to confirm</translation>
    </message>
    <message>
        <source>回避理由</source>
        <translation>Reason for recusal</translation>
    </message>
    <message>
        <source>标为已完成（Ctrl+Enter）</source>
        <translation>Mark complete (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>评分已提交并锁定。如需修改，请使用“重新打开…”（会记入日志）。</source>
        <translation>Scores handed in and locked. To change them, use “Reopen…” (it is logged).</translation>
    </message>
    <message>
        <source>{power}·{item}（满分 {max}）</source>
        <translation>{power} · {item} (max. {max})</translation>
    </message>
    <message>
        <source>高分：</source>
        <translation>High: </translation>
    </message>
    <message>
        <source>低分：</source>
        <translation>Low: </translation>
    </message>
    <message>
        <source>您已声明回避此候选人，不对其评分。

回避理由：{reason}

如需取消回避，请去掉下方“本人回避此候选人”的勾选。</source>
        <translation>You have recused yourself from this candidate and do not score them.

Reason: {reason}

To withdraw the recusal, untick “I recuse myself from this candidate” below.</translation>
    </message>
    <message>
        <source>已完成 ✓</source>
        <translation>Complete ✓</translation>
    </message>
    <message>
        <source>已回避</source>
        <translation>Recused</translation>
    </message>
    <message>
        <source>还有 {count} 个子项未评</source>
        <translation>{count} sub-item(s) not scored yet</translation>
    </message>
    <message>
        <source>总分低于满分的 {low:.0%} 或高于 {high:.0%}：请在评语中写明理由</source>
        <translation>The total is below {low:.0%} or above {high:.0%} of the maximum: explain why in the comment</translation>
    </message>
    <message>
        <source>各子项均已评分</source>
        <translation>Every sub-item is scored</translation>
    </message>
    <message>
        <source>选中一个子项即可在此看到评分标准：高分和低分各是什么样子。</source>
        <translation>Select a sub-item to see its scoring criteria here: what a high and a low score look like.</translation>
    </message>
    <message>
        <source>请填写回避理由，按回车确认。</source>
        <translation>Type the reason for recusal and press Enter.</translation>
    </message>
    <message>
        <source>声明回避需要写明理由</source>
        <translation>A recusal needs a reason</translation>
    </message>
    <message>
        <source>已声明回避：{reason}</source>
        <translation>Recused: {reason}</translation>
    </message>
    <message>
        <source>{no} 已标为已完成</source>
        <translation>{no} marked complete</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>平均分 {mean:.1f} 已超过满分的 {share:.0%}：请确认高分确有事迹和证明支撑。</source>
        <translation>Your mean score {mean:.1f} is above {share:.0%} of the maximum: make sure the high scores are backed by achievements and evidence.</translation>
    </message>
    <message>
        <source>平均分 {mean:.1f} 低于满分的 {share:.0%}：请确认是否对全体候选人偏严。</source>
        <translation>Your mean score {mean:.1f} is below {share:.0%} of the maximum: check whether you are being too strict with all candidates.</translation>
    </message>
    <message>
        <source>各候选人总分的标准差只有 {sd:.1f} 分（满分 {maximum}），分数拉不开，可能难以体现候选人之间的差别。</source>
        <translation>The standard deviation of your totals is only {sd:.1f} points (out of {maximum}): the scores are close together and may not show the differences between candidates.</translation>
    </message>
    <message>
        <source>有多名候选人总分完全相同，排名时将依赖并列处理规则：请确认确实难分高下。</source>
        <translation>Several candidates have exactly the same total, so the ranking will depend on the tie-break rules: make sure they really are that hard to tell apart.</translation>
    </message>
    <message>
        <source>有候选人各子项分数完全相同：请确认不是误操作（例如复制了上一位的分数）。</source>
        <translation>Some candidates have identical scores on every sub-item: make sure this is not a slip (such as copying the previous candidate&apos;s scores).</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>还没有评完任何一位候选人，暂无统计。</source>
        <translation>No candidate is fully scored yet: no figures so far.</translation>
    </message>
    <message>
        <source>已评完</source>
        <translation>Fully scored</translation>
    </message>
    <message>
        <source>{count} 人</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>&lt;b&gt;{mean:.1f}&lt;/b&gt; / {maximum}（满分的 {share:.0%}）</source>
        <translation>&lt;b&gt;{mean:.1f}&lt;/b&gt; / {maximum} ({share:.0%} of the maximum)</translation>
    </message>
    <message>
        <source>标准差</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <source>&lt;b&gt;{sd:.1f}&lt;/b&gt; 分</source>
        <translation>&lt;b&gt;{sd:.1f}&lt;/b&gt; points</translation>
    </message>
    <message>
        <source>最低 – 最高</source>
        <translation>Lowest – highest</translation>
    </message>
    <message>
        <source>方案范围</source>
        <translation>Scheme range</translation>
    </message>
    <message>
        <source>0 – {maximum}；低于 {low:g} 或高于 {high:g} 的总分须写评语说明理由</source>
        <translation>0 – {maximum}; a total below {low:g} or above {high:g} needs a comment explaining why</translation>
    </message>
    <message>
        <source>您的总分</source>
        <translation>Your totals</translation>
    </message>
    <message>
        <source>各能力平均分</source>
        <translation>Mean by power</translation>
    </message>
    <message>
        <source>各候选人总分（由高到低）</source>
        <translation>Each candidate&apos;s total (highest first)</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>未发现需要留意的情况。</source>
        <translation>Nothing that needs attention.</translation>
    </message>
    <message>
        <source>总分 &lt;b&gt;{total}&lt;/b&gt;：{count} 人——{names}</source>
        <translation>Total &lt;b&gt;{total}&lt;/b&gt;: {count} candidates — {names}</translation>
    </message>
    <message>
        <source>相同总分（{count} 人及以上）</source>
        <translation>Same total ({count} or more candidates)</translation>
    </message>
    <message>
        <source>各子项分数完全相同</source>
        <translation>Identical scores on every sub-item</translation>
    </message>
    <message>
        <source>尚未完成</source>
        <translation>Not yet complete</translation>
    </message>
    <message>
        <source>除回避者外，所有候选人均已标为已完成。</source>
        <translation>Apart from recusals, every candidate is marked complete.</translation>
    </message>
    <message>
        <source>回避（{count} 人）</source>
        <translation>Recused ({count})</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <source>确认提交后，您的评分将&lt;b&gt;锁定&lt;/b&gt;并导出为签名的评分文件（.crscore）。锁定后如需修改，须“重新打开”并写明理由，这会记入日志并体现在评分文件中。</source>
        <translation>Once you confirm, your scores are &lt;b&gt;locked&lt;/b&gt; and exported as a signed score file (.crscore). To change them afterwards you must “Reopen” with a reason, which is logged and shows in the score file.</translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>提交前自查</source>
        <translation>Self-check before hand-in</translation>
    </message>
    <message>
        <source>评分自查</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>请花一分钟读一读：这些只是提示，分数由您决定。</source>
        <translation>Please take a minute to read this: these are only hints; the scores are your decision.</translation>
    </message>
    <message>
        <source>还有候选人未完成，暂不能提交。</source>
        <translation>Some candidates are not complete yet: you cannot hand in now.</translation>
    </message>
    <message>
        <source>自查结果</source>
        <translation>Self-check results</translation>
    </message>
    <message>
        <source>确认提交并锁定</source>
        <translation>Hand In and Lock</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Back to Scoring</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>查找：姓名、编号、单位、工种</source>
        <translation>Find: name, number, employer, trade</translation>
    </message>
    <message>
        <source>查找候选人</source>
        <translation>Find a candidate</translation>
    </message>
    <message>
        <source>按评分状态筛选</source>
        <translation>Filter by scoring state</translation>
    </message>
    <message>
        <source>候选人列表</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <source>申报材料</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>请在左侧选择一位候选人。</source>
        <translation>Choose a candidate on the left.</translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>{done} / {todo} 已完成</source>
        <translation>{done} / {todo} complete</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>上海工匠评审 · 评审专家</source>
        <translation>Shanghai Craftsman Review · Reviewer</translation>
    </message>
    <message>
        <source>打开本场次的评审批次，核对办公室指纹，输入现场宣布的口令，选择您的身份。</source>
        <translation>Open this session&apos;s review batch, check the office&apos;s fingerprint, type the passphrase announced in the room, and choose who you are.</translation>
    </message>
    <message>
        <source>将评审批次文件（.crbatch）拖到此窗口，或</source>
        <translation>Drag the review batch file (.crbatch) onto this window, or</translation>
    </message>
    <message>
        <source>选择批次文件…</source>
        <translation>Choose Batch File…</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>候选人</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>评分方案</source>
        <translation>Scoring scheme</translation>
    </message>
    <message>
        <source>办公室签名指纹</source>
        <translation>Office signing fingerprint</translation>
    </message>
    <message>
        <source>请与评审现场宣布的指纹逐字核对；不一致时请勿使用此文件，并告知工作人员。</source>
        <translation>Compare it character by character with the fingerprint announced in the review room; if they differ, do not use this file and tell the staff.</translation>
    </message>
    <message>
        <source>现场宣布的口令</source>
        <translation>Passphrase announced in the room</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>显示口令</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>评审专家名单</source>
        <translation>Panel members</translation>
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
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>开始评审</source>
        <translation>Start Reviewing</translation>
    </message>
    <message>
        <source>选择评审批次</source>
        <translation>Choose the review batch</translation>
    </message>
    <message>
        <source>输入口令</source>
        <translation>Type the passphrase</translation>
    </message>
    <message>
        <source>选择您的身份</source>
        <translation>Choose who you are</translation>
    </message>
    <message>
        <source>无法打开评审批次</source>
        <translation>Cannot open the review batch</translation>
    </message>
    <message>
        <source>本机签名密钥无法读取：{reason}</source>
        <translation>This computer&apos;s signing key cannot be read: {reason}</translation>
    </message>
    <message>
        <source>本机签名密钥指纹：&lt;span style=&apos;font-family: monospace; font-size: {size}pt; color: #1f2933;&apos;&gt;{fp}&lt;/span&gt;&lt;br/&gt;提交的评分文件用此密钥签名；请在打印的评分表签名处核对。</source>
        <translation>This computer&apos;s signing key fingerprint: &lt;span style=&apos;font-family: monospace; font-size: {size}pt; color: #1f2933;&apos;&gt;{fp}&lt;/span&gt;&lt;br/&gt;Your score file is signed with this key; check it where you sign the printed score sheet.</translation>
    </message>
    <message>
        <source>评审批次 (*.crbatch);;所有文件 (*)</source>
        <translation>Review batches (*.crbatch);;All files (*)</translation>
    </message>
    <message>
        <source>无法读取 {path}：{reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>{group} {label}（{year} 年）</source>
        <translation>{group} {label} ({year})</translation>
    </message>
    <message>
        <source>第 {n} 场</source>
        <translation>Session {n}</translation>
    </message>
    <message>
        <source>{n} 名（评审专家 {panel} 名）</source>
        <translation>{n} (panel of {panel} reviewers)</translation>
    </message>
    <message>
        <source>请输入评审现场宣布的口令。</source>
        <translation>Type the passphrase announced in the review room.</translation>
    </message>
    <message>
        <source>正在核对口令并解锁评审批次…</source>
        <translation>Checking the passphrase and unlocking the review batch…</translation>
    </message>
    <message>
        <source>✓ 已解锁</source>
        <translation>✓ Unlocked</translation>
    </message>
    <message>
        <source>组长</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Reviewer</translation>
    </message>
</context>
<context>
    <name>StateFilter</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>待完成</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>回避</source>
        <translation>Recused</translation>
    </message>
</context>
</TS>
