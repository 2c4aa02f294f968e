<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大字体(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小字体(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认字号(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>程序内部错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发生意外错误（{kind}），当前操作未完成。详细信息已记录到日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上海工匠评审</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择您的身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审专家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评审组长</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
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
        <source>申请渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资格审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格·待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierRenderer</name>
    <message>
        <source>不合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格·待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填写姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前阶段：{stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 元/月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入水平调研问卷（敏感，仅办公室可见）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeResultDialog</name>
    <message>
        <source>导入结果 — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}”（工作表“{sheet}”）共 {rows} 行：新增 {new}，更新 {updated}，未变 {unchanged}；合格 {eligible}，不合格 {ineligible}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未变</source>
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
</context>
<context>
    <name>Task</name>
    <message>
        <source>无法读取或写入文件：{where}{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发生意外错误（{kind}），操作未完成。详细信息已记录到日志。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
