<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>程序内部错误</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <source>发生意外错误（{kind}），当前操作未完成。详细信息已记录到日志。</source>
        <translation>An unexpected error occurred ({kind}); the current operation was not completed. The details have been logged.</translation>
    </message>
    <message>
        <source>上海工匠评审</source>
        <translation>Shanghai Craftsman Review</translation>
    </message>
    <message>
        <source>请选择您的身份</source>
        <translation>Please choose your role</translation>
    </message>
    <message>
        <source>申报办公室</source>
        <translation>Selection Office</translation>
    </message>
    <message>
        <source>评审专家</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>评审组长</source>
        <translation>Chair</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
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
        <source>申请渠道</source>
        <translation>Channel</translation>
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
        <source>资格审查</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Issues</translation>
    </message>
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
        <source>{mark} {field}：{reason}</source>
        <translation>{mark} {field}: {reason}</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DossierRenderer</name>
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
        <source>（未填写姓名）</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <source>当前阶段：{stage}</source>
        <translation>Current stage: {stage}</translation>
    </message>
    <message>
        <source>资格审查：{status}</source>
        <translation>Eligibility: {status}</translation>
    </message>
    <message>
        <source>资格审查意见</source>
        <translation>Eligibility findings</translation>
    </message>
    <message>
        <source>未发现问题</source>
        <translation>No issues found</translation>
    </message>
    <message>
        <source>{field}：{reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source> 元/月</source>
        <translation> yuan/month</translation>
    </message>
    <message>
        <source>（{count} 字）</source>
        <translation>({count} characters)</translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>无附件</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>收入水平调研问卷（敏感，仅办公室可见）</source>
        <translation>Income survey (sensitive, seen by the office only)</translation>
    </message>
    <message>
        <source>未填写调研问卷</source>
        <translation>Survey not filled in</translation>
    </message>
</context>
<context>
    <name>IntakeResultDialog</name>
    <message>
        <source>导入结果 — {file}</source>
        <translation>Import result — {file}</translation>
    </message>
    <message>
        <source>导入详情</source>
        <translation>Import details</translation>
    </message>
    <message>
        <source>“{file}”（工作表“{sheet}”）共 {rows} 行：新增 {new}，更新 {updated}，未变 {unchanged}；合格 {eligible}，不合格 {ineligible}。</source>
        <translation>“{file}” (sheet “{sheet}”), {rows} rows: {new} new, {updated} updated, {unchanged} unchanged; {eligible} eligible, {ineligible} ineligible.</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
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
        <source>第 {row} 行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>（未填写姓名）</source>
        <translation>(no name given)</translation>
    </message>
    <message>
        <source>{field}：{reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>修改 {field}：</source>
        <translation>Changed {field}: </translation>
    </message>
    <message>
        <source>未识别的列（已忽略）：{columns}</source>
        <translation>Unrecognised columns (ignored): {columns}</translation>
    </message>
    <message>
        <source>所有候选人均未发现问题，也没有修改。</source>
        <translation>No issues found and no changes for any candidate.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>无法读取或写入文件 {file}：{reason}</source>
        <translation>Cannot read or write the file {file}: {reason}</translation>
    </message>
    <message>
        <source>无法读取或写入文件：{reason}</source>
        <translation>Cannot read or write the file: {reason}</translation>
    </message>
    <message>
        <source>发生意外错误（{kind}），操作未完成。详细信息已记录到日志。</source>
        <translation>An unexpected error occurred ({kind}); the operation was not completed. The details have been logged.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>放大字体(&amp;L)</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <source>缩小字体(&amp;S)</source>
        <translation>&amp;Smaller Text</translation>
    </message>
    <message>
        <source>默认字号(&amp;D)</source>
        <translation>&amp;Default Text Size</translation>
    </message>
    <message>
        <source>界面语言(&amp;G)</source>
        <translation>Interface Lan&amp;guage</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
</TS>
