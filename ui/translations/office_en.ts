<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>OfficeJobs</name>
    <message>
        <source>已导出候选人名单 {file}：{count} 人</source>
        <translation>Candidate list exported to {file}: {count} candidate(s)</translation>
    </message>
    <message>
        <source>已导出公示名单（草稿） {file}：{count} 人</source>
        <translation>Public notice list (draft) exported to {file}: {count} candidate(s)</translation>
    </message>
    <message>
        <source>已导出公示名单 {file}：{count} 人</source>
        <translation>Public notice list exported to {file}: {count} candidate(s)</translation>
    </message>
    <message>
        <source>已导出附件3统计表 {file}：{count} 个工会/社团</source>
        <translation>Annex 3 statistics exported to {file}: {count} union(s) or association(s)</translation>
    </message>
    <message>
        <source>已导出调研问卷汇总 {file}：{count} 份问卷（小分组已合并）</source>
        <translation>Survey summary exported to {file}: {count} questionnaire(s) (small groups merged)</translation>
    </message>
    <message>
        <source>已备份到 {backup}</source>
        <translation>Backed up to {backup}</translation>
    </message>
    <message>
        <source>已从 {backup} 恢复</source>
        <translation>Restored from {backup}</translation>
    </message>
    <message>
        <source>；损坏的原数据库已移到 {file}</source>
        <translation>; the damaged database was moved to {file}</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>打开数据库…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <source>打开办公室数据库文件</source>
        <translation>Open an office database file</translation>
    </message>
    <message>
        <source>导入申报表…</source>
        <translation>Import Applications…</translation>
    </message>
    <message>
        <source>读取填好的申报表并进行资格审查</source>
        <translation>Read a completed applications workbook and check eligibility</translation>
    </message>
    <message>
        <source>生成申报表模板…</source>
        <translation>Create Applications Template…</translation>
    </message>
    <message>
        <source>保存一份空白的申报表（Excel）供各单位填写</source>
        <translation>Save a blank applications workbook (Excel) for the nominating bodies to fill in</translation>
    </message>
    <message>
        <source>导入结果包…</source>
        <translation>Import Result Package…</translation>
    </message>
    <message>
        <source>验证评审组长签名的结果包、按原始评分复核后导入</source>
        <translation>Verify the result package signed by the chair, recompute it from the original scores and import it</translation>
    </message>
    <message>
        <source>导出候选人名单…</source>
        <translation>Export Candidate List…</translation>
    </message>
    <message>
        <source>报市总审定的候选人名单（PDF 或 Excel）</source>
        <translation>The candidate list for Federation approval (PDF or Excel)</translation>
    </message>
    <message>
        <source>导出公示名单…</source>
        <translation>Export Public Notice List…</translation>
    </message>
    <message>
        <source>只含姓名、性别、工作单位、工种、组别（Excel 或 PDF）</source>
        <translation>Name, gender, employer, trade and group only (Excel or PDF)</translation>
    </message>
    <message>
        <source>导出附件3统计表…</source>
        <translation>Export Annex 3 Statistics…</translation>
    </message>
    <message>
        <source>每个推荐工会/社团一张《工作情况统计表》，已填申报和命名人数</source>
        <translation>One work statistics sheet per nominating union or association, with applications and names filled in</translation>
    </message>
    <message>
        <source>导出调研问卷汇总…</source>
        <translation>Export Survey Summary…</translation>
    </message>
    <message>
        <source>匿名汇总的收入调研问卷（不足 5 人的分组合并）</source>
        <translation>The income survey, summarised anonymously (groups of fewer than 5 merged)</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation>Back Up Database…</translation>
    </message>
    <message>
        <source>将办公室数据库完整备份为一个文件</source>
        <translation>Back up the whole office database to one file</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <source>用备份文件替换当前数据库的全部内容</source>
        <translation>Replace the whole current database with a backup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>评审结果(&amp;R)</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>姓名、申报编号或单位</source>
        <translation>Name, application no. or employer</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>“合格”含待核实；“待核实”为合格但有须办公室核实的提示</source>
        <translation>“Eligible” includes those to confirm; “To confirm” means eligible with notes the office must check</translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>请在表格中选择一位候选人。</source>
        <translation>Select a candidate in the table.</translation>
    </message>
    <message>
        <source>尚未打开办公室数据库</source>
        <translation>No office database open</translation>
    </message>
    <message>
        <source>打开本年度的办公室数据库后，即可导入申报表、查看候选人和资格审查结果。</source>
        <translation>Open this year&apos;s office database to import applications and see the candidates and their eligibility.</translation>
    </message>
    <message>
        <source>打开办公室数据库…</source>
        <translation>Open Office Database…</translation>
    </message>
    <message>
        <source>候选人</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>查找候选人</source>
        <translation>Find Candidate</translation>
    </message>
    <message>
        <source>转到候选人页的查找框</source>
        <translation>Go to the search box on the Candidates tab</translation>
    </message>
    <message>
        <source>切换到候选人页</source>
        <translation>Show the Candidates tab</translation>
    </message>
    <message>
        <source>评审结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>切换到评审结果页</source>
        <translation>Show the Results tab</translation>
    </message>
    <message>
        <source>按资格审查结果筛选</source>
        <translation>Filter by eligibility</translation>
    </message>
    <message>
        <source>按组别筛选</source>
        <translation>Filter by group</translation>
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
        <source>上海工匠评审 — 申报办公室</source>
        <translation>Shanghai Craftsman Review — Selection Office</translation>
    </message>
    <message>
        <source>上海工匠评审 — 申报办公室 — {name}</source>
        <translation>Shanghai Craftsman Review — Selection Office — {name}</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>打开办公室数据库</source>
        <translation>Open office database</translation>
    </message>
    <message>
        <source>办公室数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation>Office databases (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>全部 ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message>
        <source>{code} {label} ({count})</source>
        <translation>{code} {label} ({count})</translation>
    </message>
    <message>
        <source>组别未识别 ({count})</source>
        <translation>Group not recognised ({count})</translation>
    </message>
    <message>
        <source>共 {total} 人：合格 {eligible}，不合格 {ineligible}，待核实 {pending}</source>
        <translation>{total} candidates: {eligible} eligible, {ineligible} ineligible, {pending} to confirm</translation>
    </message>
    <message>
        <source>当前显示 {shown} / {total} 人</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <source>数据库中还没有候选人。请通过“文件 → 导入申报表…”导入填好的申报表。</source>
        <translation>The database has no candidates yet. Import a completed applications workbook with “File → Import Applications…”.</translation>
    </message>
    <message>
        <source>该候选人已不在数据库中。</source>
        <translation>This candidate is no longer in the database.</translation>
    </message>
    <message>
        <source>选择填好的申报表</source>
        <translation>Choose the completed applications workbook</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>导入申报表</source>
        <translation>Import applications</translation>
    </message>
    <message>
        <source>是否同时导入附件文件夹？

附件文件夹中每位候选人一个子文件夹，以申报编号或身份证号码命名。</source>
        <translation>Import an attachments folder as well?

The attachments folder holds one subfolder per candidate, named by application no. or ID card no.</translation>
    </message>
    <message>
        <source>选择附件文件夹</source>
        <translation>Choose the attachments folder</translation>
    </message>
    <message>
        <source>已取消导入</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>正在导入“{name}”并进行资格审查…</source>
        <translation>Importing “{name}” and checking eligibility…</translation>
    </message>
    <message>
        <source>申报表模板.xlsx</source>
        <translation>applications template.xlsx</translation>
    </message>
    <message>
        <source>保存申报表模板</source>
        <translation>Save applications template</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>正在生成申报表模板…</source>
        <translation>Creating the applications template…</translation>
    </message>
    <message>
        <source>已生成申报表模板：{path}</source>
        <translation>Applications template created: {path}</translation>
    </message>
    <message>
        <source>选择评审结果包</source>
        <translation>Choose a result package</translation>
    </message>
    <message>
        <source>评审结果包 (*.crresult);;所有文件 (*)</source>
        <translation>Result packages (*.crresult);;All files (*)</translation>
    </message>
    <message>
        <source>正在验证并复核“{name}”…</source>
        <translation>Verifying and recomputing “{name}”…</translation>
    </message>
    <message>
        <source>{rank}. {name}（{id}，{final}）</source>
        <translation>{rank}. {name} ({id}, {final})</translation>
    </message>
    <message>
        <source>推荐：</source>
        <translation>Recommended:</translation>
    </message>
    <message>
        <source>结果包已导入过</source>
        <translation>Result package already imported</translation>
    </message>
    <message>
        <source>结果包已导入</source>
        <translation>Result package imported</translation>
    </message>
    <message>
        <source>已有结果包</source>
        <translation>A result package already exists</translation>
    </message>
    <message>
        <source>是否以这份新的结果包取代之前的？两份都会留存记录。</source>
        <translation>Replace the earlier package with this new one? Both stay on record.</translation>
    </message>
    <message>
        <source>结果包未导入</source>
        <translation>Result package not imported</translation>
    </message>
    <message>
        <source>无法记录</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>导出候选人名单</source>
        <translation>Export candidate list</translation>
    </message>
    <message>
        <source>{year}年度上海工匠候选人名单.pdf</source>
        <translation>Shanghai Craftsman candidates {year}.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</source>
        <translation>PDF files (*.pdf);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出候选人名单…</source>
        <translation>Exporting the candidate list…</translation>
    </message>
    <message>
        <source>导出公示名单</source>
        <translation>Export public notice list</translation>
    </message>
    <message>
        <source>还没有通过市总审定的候选人。是否导出公示名单草稿（全部获推荐、尚未被否决的候选人，标明“草稿，不得公布”）？</source>
        <translation>No candidate has passed Federation approval yet. Export a draft public notice list (every recommended candidate not yet turned down, marked “Draft, not for publication”)?</translation>
    </message>
    <message>
        <source>{year}年度上海工匠公示名单.xlsx</source>
        <translation>Shanghai Craftsman public notice {year}.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)</source>
        <translation>Excel workbooks (*.xlsx);;PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在导出公示名单…</source>
        <translation>Exporting the public notice list…</translation>
    </message>
    <message>
        <source>导出附件3统计表</source>
        <translation>Export Annex 3 statistics</translation>
    </message>
    <message>
        <source>附件3 工作情况统计表.xlsx</source>
        <translation>Annex 3 work statistics.xlsx</translation>
    </message>
    <message>
        <source>正在导出附件3统计表…</source>
        <translation>Exporting the Annex 3 statistics…</translation>
    </message>
    <message>
        <source>导出调研问卷汇总</source>
        <translation>Export survey summary</translation>
    </message>
    <message>
        <source>调研问卷汇总（匿名）.xlsx</source>
        <translation>Survey summary (anonymous).xlsx</translation>
    </message>
    <message>
        <source>正在汇总调研问卷…</source>
        <translation>Summarising the survey…</translation>
    </message>
    <message>
        <source>{stem}-备份-{stamp}.db</source>
        <translation>{stem}-backup-{stamp}.db</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <source>备份文件不能是数据库本身</source>
        <translation>The backup cannot be the database itself</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>数据库备份 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation>Database backups (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>将用备份“{name}”替换当前数据库“{db}”的全部内容，此后的导入和记录都会丢失。

确定要恢复吗？</source>
        <translation>The backup “{name}” will replace everything in the current database “{db}”; imports and records made since then will be lost.

Restore now?</translation>
    </message>
    <message>
        <source>正在从备份恢复…</source>
        <translation>Restoring from the backup…</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>后台任务尚未完成，请等待完成后再退出。</source>
        <translation>A background task is still running. Please wait for it to finish before quitting.</translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <source>申报编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>现状</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>申请渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>所属工会/社团</source>
        <translation>Union / association</translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>海选面试</source>
        <translation>Open-call interview</translation>
    </message>
    <message>
        <source>专家复审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <source>评审发布</source>
        <translation>Panel release</translation>
    </message>
    <message>
        <source>诚信审核</source>
        <translation>Credit check</translation>
    </message>
    <message>
        <source>市总审定</source>
        <translation>Federation approval</translation>
    </message>
    <message>
        <source>社会公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>命名</source>
        <translation>Naming</translation>
    </message>
</context>
<context>
    <name>ProcedureTexts</name>
    <message>
        <source>不合格</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <source>合格·待核实</source>
        <translation>Eligible · to confirm</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>待面试</source>
        <translation>Interview due</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Check due</translation>
    </message>
    <message>
        <source>待审定</source>
        <translation>Approval due</translation>
    </message>
    <message>
        <source>公示中</source>
        <translation>On public notice</translation>
    </message>
    <message>
        <source>待命名</source>
        <translation>Naming due</translation>
    </message>
    <message>
        <source>未编入批次</source>
        <translation>Not in a batch</translation>
    </message>
    <message>
        <source>第 {n} 场</source>
        <translation>Session {n}</translation>
    </message>
    <message>
        <source>待返回</source>
        <translation>Result awaited</translation>
    </message>
    <message>
        <source>第 {rank} 名 {final}</source>
        <translation>Rank {rank} {final}</translation>
    </message>
    <message>
        <source>{text}，推荐</source>
        <translation>{text}, recommended</translation>
    </message>
    <message>
        <source>未获推荐</source>
        <translation>Not recommended</translation>
    </message>
    <message>
        <source>未获推荐（第 {rank} 名）</source>
        <translation>Not recommended (rank {rank})</translation>
    </message>
    <message>
        <source>资格审查未通过</source>
        <translation>Failed the eligibility check</translation>
    </message>
    <message>
        <source>海选面试未通过</source>
        <translation>Did not pass the open-call interview</translation>
    </message>
    <message>
        <source>待海选面试</source>
        <translation>Awaiting the open-call interview</translation>
    </message>
    <message>
        <source>资格审查通过，待编入评审批次</source>
        <translation>Eligible, awaiting a review batch</translation>
    </message>
    <message>
        <source>专家复审中，结果待返回</source>
        <translation>In expert review, result awaited</translation>
    </message>
    <message>
        <source>诚信审核未通过</source>
        <translation>Failed the credit check</translation>
    </message>
    <message>
        <source>获推荐，待诚信审核</source>
        <translation>Recommended, awaiting the credit check</translation>
    </message>
    <message>
        <source>诚信审核通过，待市总审定</source>
        <translation>Credit check passed, awaiting Federation approval</translation>
    </message>
    <message>
        <source>市总审定未通过</source>
        <translation>Not approved by the Federation</translation>
    </message>
    <message>
        <source>社会公示中</source>
        <translation>On public notice</translation>
    </message>
    <message>
        <source>公示收到异议，核实中</source>
        <translation>Objection received during the notice, under review</translation>
    </message>
    <message>
        <source>公示异议成立</source>
        <translation>Objection upheld</translation>
    </message>
    <message>
        <source>已命名“上海工匠”</source>
        <translation>Named “Shanghai Craftsman”</translation>
    </message>
    <message>
        <source>不予命名</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>公示期满，待命名</source>
        <translation>Notice period over, awaiting naming</translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <source>记录决定 — {no}</source>
        <translation>Record decision — {no}</translation>
    </message>
    <message>
        <source>情况说明（未通过、异议和不予命名时必填）</source>
        <translation>Explanation (required when not passed, for objections and when not named)</translation>
    </message>
    <message>
        <source>{no} {name}（{state}）</source>
        <translation>{no} {name} ({state})</translation>
    </message>
    <message>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>将更正已有的记录（{outcome}），原记录保留。</source>
        <translation>This corrects the existing record ({outcome}); the original is kept.</translation>
    </message>
    <message>
        <source>请填写备注。</source>
        <translation>Please write a note.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>评审结果命令</source>
        <translation>Results commands</translation>
    </message>
    <message>
        <source>各场次的批次和结果</source>
        <translation>Batches and results by session</translation>
    </message>
    <message>
        <source>全部组别</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>全部工会/社团</source>
        <translation>All unions / associations</translation>
    </message>
    <message>
        <source>查找候选人</source>
        <translation>Find Candidate</translation>
    </message>
    <message>
        <source>姓名、申报编号或身份证号</source>
        <translation>Name, application no. or ID card no.</translation>
    </message>
    <message>
        <source>记录决定…</source>
        <translation>Record Decision…</translation>
    </message>
    <message>
        <source>为所选候选人记录海选面试、诚信审核、市总审定、社会公示或命名的结果</source>
        <translation>Record the outcome of the open-call interview, credit check, Federation approval, public notice or naming for the selected candidate</translation>
    </message>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>工会/社团</source>
        <translation>Union / association</translation>
    </message>
    <message>
        <source>候选人审核程序</source>
        <translation>Candidates along the procedure</translation>
    </message>
    <message>
        <source>所选候选人的审核记录</source>
        <translation>The selected candidate&apos;s record</translation>
    </message>
    <message>
        <source>场次：已验证 {verified} · 待返回 {awaiting} · 未建批次 {missing}&#x3000;&#x3000;候选人 {total}：资格审查 {eligibility} · 复审中 {review} · 评审发布 {release} · 市总审定 {approval} · 社会公示 {notice} · 已命名 {named}（其中止步 {closed}）</source>
        <translation>Sessions: {verified} verified · {awaiting} awaited · {missing} without a batch    Candidates {total}: eligibility {eligibility} · in review {review} · panel release {release} · Federation approval {approval} · public notice {notice} · named {named} ({closed} stopped)</translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 人</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
        <source>在表格中选择一位候选人，查看其审核程序的各步结果和办公室的记录。</source>
        <translation>Select a candidate in the table to see each step of their procedure and the office&apos;s records.</translation>
    </message>
    <message>
        <source>{stage}：{state}</source>
        <translation>{stage}: {state}</translation>
    </message>
    <message>
        <source>办公室的记录</source>
        <translation>The office&apos;s records</translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>组别</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>候选人</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>批次文件</source>
        <translation>Batch file</translation>
    </message>
    <message>
        <source>结果包</source>
        <translation>Result package</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>推荐</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>（另有 {n} 份被取代）</source>
        <translation> ({n} more superseded)</translation>
    </message>
    <message>
        <source>批次编号 {id}</source>
        <translation>Batch ID {id}</translation>
    </message>
</context>
</TS>
