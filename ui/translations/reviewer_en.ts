<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>‹ 上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一页（Alt+←）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页（Alt+→）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小（Ctrl+-）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大（Ctrl++）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按窗口宽度显示（Ctrl+0）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该候选人没有附件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件无法读取：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批次未打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该附件不是可以显示的 PDF 文件（可能已损坏）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该附件的格式无法在此显示（仅支持 PDF 和常见图片）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {page} / {count} 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDossierRenderer</name>
    <message>
        <source>（未填写姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <source>打开其他批次…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一位候选人（PgUp 或 Ctrl+↑）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一位候选人（PgDn 或 Ctrl+↓）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标为已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>看看自己的平均分、分布和尚未完成的候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交评分…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自查、锁定并导出签名的评分文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出评分文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>候选人(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上海工匠评审 — 评审专家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上海工匠评审 — 评审专家 — {group} {label} 第 {session} 场 — {name}（{number}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审专家 {number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开评分记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按办公室预置的回避关系为您标记回避的候选人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分记录已在别处打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您的这份评分记录已在另一个窗口中打开。为免互相覆盖，本窗口只读：只能查看、不能修改；请回到原窗口继续评分，或关闭原窗口后重新打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已是最后一位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已是第一位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 已自动保存 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法撤销：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重做：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有分数不符合评分方案（红色显示），尚未保存。请先改正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分已锁定。请保存评分文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存评分文件（例如保存到 U 盘）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分文件 (*.crscore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分已锁定，尚未导出评分文件：可随时用“导出评分文件…”导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导出评分文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

个人评分表（PDF）未能生成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

个人评分表（请打印并签名）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分文件已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分文件已保存到：
{path}

您的签名指纹：{fp}

请将文件交给评审组长，并核对指纹。{sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出评分文件 {name}，签名指纹 {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新打开评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明重新打开的理由（会记入日志并体现在评分文件中）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法重新打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重新打开。修改后请重新提交并导出评分文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在解锁评审批次，请稍候再退出。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>总分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评语：对候选人的评价；总分特别高或特别低时须写明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评语</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人回避此候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与候选人有利益关系（同单位、亲属、师徒等）时须回避：回避后不评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回避理由（必填），按回车确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标为已完成（Ctrl+Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分已提交并锁定。如需修改，请使用“重新打开…”（会记入日志）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您已声明回避此候选人，不对其评分。

回避理由：{reason}

如需取消回避，请去掉下方“本人回避此候选人”的勾选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已回避</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有 {count} 个子项未评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总分低于满分的 {low:.0%} 或高于 {high:.0%}：请在评语中写明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各子项均已评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选中一个子项即可在此看到评分标准：高分和低分各是什么样子。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写回避理由，按回车确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>声明回避需要写明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已声明回避：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no} 已标为已完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>提交前自查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评分自查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请花一分钟读一读：这些只是提示，分数由您决定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有候选人未完成，暂不能提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认提交并锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>查找：姓名、编号、单位、工种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在左侧选择一位候选人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} / {todo} 已完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>上海工匠评审 · 评审专家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开本场次的评审批次，核对办公室指纹，输入现场宣布的口令，选择您的身份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将评审批次文件（.crbatch）拖到此窗口，或</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择批次文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办公室签名指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请与评审现场宣布的指纹逐字核对；不一致时请勿使用此文件，并告知工作人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场宣布的口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解锁</source>
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
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始评审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择评审批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入口令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择您的身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开评审批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机签名密钥无法读取：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机签名密钥指纹：&lt;span style=&apos;font-family: monospace; font-size: 14pt; color: #1f2933;&apos;&gt;{fp}&lt;/span&gt;&lt;br/&gt;提交的评分文件用此密钥签名；请在打印的评分表签名处核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审批次 (*.crbatch);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 名（评审专家 {panel} 名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入评审现场宣布的口令。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核对口令并解锁评审批次…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 已解锁</source>
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
</context>
</TS>
