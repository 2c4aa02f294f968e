<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>OfficeWindow</name>
    <message>
        <source>打开数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开办公室数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入申报表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取填好的申报表并进行资格审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成申报表模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存一份空白的申报表（Excel）供各单位填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入结果包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证评审组长签名的结果包、按原始评分复核后导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出候选人名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报市总审定的候选人名单（PDF 或 Excel）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出公示名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只含姓名、性别、工作单位、工种、组别（Excel 或 PDF）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出附件3统计表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个推荐工会/社团一张《工作情况统计表》，已填申报和命名人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出调研问卷汇总…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>匿名汇总的收入调研问卷（不足 5 人的分组合并）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将办公室数据库完整备份为一个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用备份文件替换当前数据库的全部内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审结果(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名、申报编号或单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“合格”含待核实；“待核实”为合格但有须办公室核实的提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在表格中选择一位候选人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未打开办公室数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开本年度的办公室数据库后，即可导入申报表、查看候选人和资格审查结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开办公室数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上海工匠评审 — 申报办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上海工匠评审 — 申报办公室 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开办公室数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办公室数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部 ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组别未识别 ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {total} 人：合格 {eligible}，不合格 {ineligible}，待核实 {pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前显示 {shown} / {total} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中还没有候选人。请通过“文件 → 导入申报表…”导入填好的申报表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该候选人已不在数据库中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择填好的申报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入申报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否同时导入附件文件夹？

附件文件夹中每位候选人一个子文件夹，以申报编号或身份证号码命名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择附件文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入“{name}”并进行资格审查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报表模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存申报表模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成申报表模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成申报表模板：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择评审结果包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审结果包 (*.crresult);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在验证并复核“{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推荐：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果包已导入过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果包已导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有结果包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否以这份新的结果包取代之前的？两份都会留存记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果包未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出候选人名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年度上海工匠候选人名单.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出候选人名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出公示名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有通过市总审定的候选人。是否导出公示名单草稿（全部获推荐、尚未被否决的候选人，标明“草稿，不得公布”）？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年度上海工匠公示名单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出公示名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出附件3统计表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件3 工作情况统计表.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出附件3统计表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出调研问卷汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研问卷汇总（匿名）.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在汇总调研问卷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件不能是数据库本身</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库备份 (*.db *.sqlite *.sqlite3);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将用备份“{name}”替换当前数据库“{db}”的全部内容，此后的导入和记录都会丢失。

确定要恢复吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后台任务尚未完成，请等待完成后再退出。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <source>申报编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现状</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属工会/社团</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>海选面试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专家复审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诚信审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市总审定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社会公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命名</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDecisionDialog</name>
    <message>
        <source>记录决定 — {no} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况说明（未通过、异议和不予命名时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将更正已有的记录（{outcome}），原记录保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写备注。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>全部组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部工会/社团</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名、申报编号或身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录决定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为所选候选人记录海选面试、诚信审核、市总审定、社会公示或命名的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会/社团</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场次：已验证 {verified} · 待返回 {awaiting} · 未建批次 {missing}&#x3000;&#x3000;候选人 {total}：资格审查 {eligibility} · 复审中 {review} · 评审发布 {release} · 市总审定 {approval} · 社会公示 {notice} · 已命名 {named}（其中止步 {closed}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示 {shown} / {total} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在表格中选择一位候选人，查看其审核程序的各步结果和办公室的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专家复审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审发布</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批次文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推荐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（另有 {n} 份被取代）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批次编号 {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
