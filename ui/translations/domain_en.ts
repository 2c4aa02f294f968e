<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>Domain</name>
    <message>
      <source>冶金、机械和电气</source>
      <translation>Metallurgy, Machinery and Electrical</translation>
    </message>
    <message>
      <source>土木建筑</source>
      <translation>Civil Engineering and Construction</translation>
    </message>
    <message>
      <source>计算机通信</source>
      <translation>Computing and Telecommunications</translation>
    </message>
    <message>
      <source>仪电</source>
      <translation>Instruments and Electronics</translation>
    </message>
    <message>
      <source>医药</source>
      <translation>Pharmaceuticals</translation>
    </message>
    <message>
      <source>医学</source>
      <translation>Medicine</translation>
    </message>
    <message>
      <source>绿化</source>
      <translation>Landscaping</translation>
    </message>
    <message>
      <source>餐饮</source>
      <translation>Catering</translation>
    </message>
    <message>
      <source>工艺设计</source>
      <translation>Arts and Crafts Design</translation>
    </message>
    <message>
      <source>交通运输</source>
      <translation>Transport</translation>
    </message>
    <message>
      <source>其它</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>单位推荐</source>
      <translation>Employer nomination</translation>
    </message>
    <message>
      <source>社团推荐</source>
      <translation>Association nomination</translation>
    </message>
    <message>
      <source>个人自荐</source>
      <translation>Self-nomination</translation>
    </message>
    <message>
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>全国劳模</source>
      <translation>National model worker</translation>
    </message>
    <message>
      <source>上海劳模</source>
      <translation>Shanghai model worker</translation>
    </message>
    <message>
      <source>部劳模</source>
      <translation>Ministerial model worker</translation>
    </message>
    <message>
      <source>全国五一</source>
      <translation>National May Day Labour Medal</translation>
    </message>
    <message>
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <source>农业户口</source>
      <translation>Agricultural hukou</translation>
    </message>
    <message>
      <source>非农业户口</source>
      <translation>Non-agricultural hukou</translation>
    </message>
    <message>
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>干部</source>
      <translation>Cadre</translation>
    </message>
    <message>
      <source>专业技术人员</source>
      <translation>Professional or technical staff</translation>
    </message>
    <message>
      <source>普通工人</source>
      <translation>Worker</translation>
    </message>
    <message>
      <source>职员</source>
      <translation>Clerical staff</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>高级技师</source>
      <translation>Senior technician</translation>
    </message>
    <message>
      <source>技师</source>
      <translation>Technician</translation>
    </message>
    <message>
      <source>高级工</source>
      <translation>Senior worker</translation>
    </message>
    <message>
      <source>中级工</source>
      <translation>Intermediate worker</translation>
    </message>
    <message>
      <source>初级工</source>
      <translation>Junior worker</translation>
    </message>
    <message>
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <source>高级职称</source>
      <translation>Senior title</translation>
    </message>
    <message>
      <source>中级职称</source>
      <translation>Intermediate title</translation>
    </message>
    <message>
      <source>初级职称</source>
      <translation>Junior title</translation>
    </message>
    <message>
      <source>高</source>
      <translation>High</translation>
    </message>
    <message>
      <source>较高</source>
      <translation>Fairly high</translation>
    </message>
    <message>
      <source>中</source>
      <translation>Middle</translation>
    </message>
    <message>
      <source>较低</source>
      <translation>Fairly low</translation>
    </message>
    <message>
      <source>低</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>低于普通</source>
      <translation>Below ordinary staff</translation>
    </message>
    <message>
      <source>普通</source>
      <translation>Ordinary staff</translation>
    </message>
    <message>
      <source>中层</source>
      <translation>Middle management</translation>
    </message>
    <message>
      <source>高层</source>
      <translation>Senior management</translation>
    </message>
    <message>
      <source>资格审查</source>
      <translation>Eligibility check</translation>
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
    <message>
      <source>专家</source>
      <translation>Reviewer</translation>
    </message>
    <message>
      <source>组长</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>海选面试</source>
      <translation>Open-call interview</translation>
    </message>
    <message>
      <source>诚信审核</source>
      <translation>Credit check</translation>
    </message>
    <message>
      <source>通过</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>未通过</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <source>无异议</source>
      <translation>No objection</translation>
    </message>
    <message>
      <source>有异议</source>
      <translation>Objection raised</translation>
    </message>
    <message>
      <source>异议不成立</source>
      <translation>Objection dismissed</translation>
    </message>
    <message>
      <source>异议成立</source>
      <translation>Objection upheld</translation>
    </message>
    <message>
      <source>已命名</source>
      <translation>Named</translation>
    </message>
    <message>
      <source>不予命名</source>
      <translation>Not named</translation>
    </message>
    <message>
      <source>未建批次</source>
      <translation>No batch yet</translation>
    </message>
    <message>
      <source>结果待返回</source>
      <translation>Awaiting result</translation>
    </message>
    <message>
      <source>已验证导入</source>
      <translation>Verified and imported</translation>
    </message>
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
      <source>申报信息</source>
      <translation>Application</translation>
    </message>
    <message>
      <source>基本信息</source>
      <translation>Personal details</translation>
    </message>
    <message>
      <source>工作信息</source>
      <translation>Employment</translation>
    </message>
    <message>
      <source>身份与等级</source>
      <translation>Status and grades</translation>
    </message>
    <message>
      <source>工匠五力</source>
      <translation>The five craftsman powers</translation>
    </message>
    <message>
      <source>工匠精神与个人自述</source>
      <translation>Craftsman spirit and personal statement</translation>
    </message>
    <message>
      <source>曾经获得的荣誉</source>
      <translation>Honours received</translation>
    </message>
    <message>
      <source>收入水平调研问卷</source>
      <translation>Income survey</translation>
    </message>
    <message>
      <source>申报编号</source>
      <translation>Application no.</translation>
    </message>
    <message>
      <source>申请渠道</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>所属区局（产业）工会/社团</source>
      <translation>District or industry union / association</translation>
    </message>
    <message>
      <source>组别</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>手机号码</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <source>政治面貌</source>
      <translation>Political affiliation</translation>
    </message>
    <message>
      <source>学历</source>
      <translation>Education</translation>
    </message>
    <message>
      <source>职务</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>身份证</source>
      <translation>ID card no.</translation>
    </message>
    <message>
      <source>出生日期</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>是否曾获劳模称号</source>
      <translation>Model worker title</translation>
    </message>
    <message>
      <source>户籍属性</source>
      <translation>Household registration</translation>
    </message>
    <message>
      <source>是否外来务工人员</source>
      <translation>Migrant worker</translation>
    </message>
    <message>
      <source>家庭住址</source>
      <translation>Home address</translation>
    </message>
    <message>
      <source>邮编</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>邮编（家庭住址）</source>
      <translation>Postcode (home)</translation>
    </message>
    <message>
      <source>工作单位</source>
      <translation>Employer</translation>
    </message>
    <message>
      <source>单位性质</source>
      <translation>Type of employer</translation>
    </message>
    <message>
      <source>所属行业</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>工种</source>
      <translation>Trade</translation>
    </message>
    <message>
      <source>工作年限</source>
      <translation>Years of service</translation>
    </message>
    <message>
      <source>单位地址</source>
      <translation>Employer's address</translation>
    </message>
    <message>
      <source>邮编（单位地址）</source>
      <translation>Postcode (employer)</translation>
    </message>
    <message>
      <source>身份</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>技能等级</source>
      <translation>Skill level</translation>
    </message>
    <message>
      <source>职称</source>
      <translation>Professional title</translation>
    </message>
    <message>
      <source>勇挑重担</source>
      <translation>Taking on heavy duties</translation>
    </message>
    <message>
      <source>追求卓越</source>
      <translation>Pursuing excellence</translation>
    </message>
    <message>
      <source>示范带动</source>
      <translation>Leading by example</translation>
    </message>
    <message>
      <source>技能精湛</source>
      <translation>Superb skill</translation>
    </message>
    <message>
      <source>业绩突出</source>
      <translation>Outstanding results</translation>
    </message>
    <message>
      <source>持续学习</source>
      <translation>Continuous learning</translation>
    </message>
    <message>
      <source>业务洞察</source>
      <translation>Business insight</translation>
    </message>
    <message>
      <source>是否获得专利</source>
      <translation>Patents obtained</translation>
    </message>
    <message>
      <source>发明专利数</source>
      <translation>Invention patents</translation>
    </message>
    <message>
      <source>实用新型专利数</source>
      <translation>Utility model patents</translation>
    </message>
    <message>
      <source>外观设计专利数</source>
      <translation>Design patents</translation>
    </message>
    <message>
      <source>创新成果</source>
      <translation>Innovation output</translation>
    </message>
    <message>
      <source>价值创造</source>
      <translation>Value creation</translation>
    </message>
    <message>
      <source>担当重任</source>
      <translation>Shouldering key tasks</translation>
    </message>
    <message>
      <source>协同配合</source>
      <translation>Collaboration</translation>
    </message>
    <message>
      <source>直面难题</source>
      <translation>Facing hard problems</translation>
    </message>
    <message>
      <source>总结继承</source>
      <translation>Summarising and passing on</translation>
    </message>
    <message>
      <source>培养人才</source>
      <translation>Cultivating talent</translation>
    </message>
    <message>
      <source>应用智能</source>
      <translation>Applying intelligent technology</translation>
    </message>
    <message>
      <source>对“工匠精神”的理解</source>
      <translation>Understanding of the craftsman spirit</translation>
    </message>
    <message>
      <source>个人自述</source>
      <translation>Personal statement</translation>
    </message>
    <message>
      <source>月工资实际到手收入</source>
      <translation>Monthly take-home pay</translation>
    </message>
    <message>
      <source>在本单位所处收入水平</source>
      <translation>Income level within the employer</translation>
    </message>
    <message>
      <source>相当于本单位行政管理哪一个职级收入</source>
      <translation>Income equivalent to which management grade at the employer</translation>
    </message>
    <message>
      <source>本人期望工资收入</source>
      <translation>Expected pay</translation>
    </message>
    <message>
      <source>创新成果实施是否与职级晋升挂钩</source>
      <translation>Innovation results linked to promotion</translation>
    </message>
    <message>
      <source>创新成果实施成效是否获得一次性奖励</source>
      <translation>One-off reward for the results of innovation</translation>
    </message>
    <message>
      <source>创新成果实施成效是否与收入挂钩</source>
      <translation>Results of innovation linked to pay</translation>
    </message>
    <message>
      <source>对当前工作环境的认可度</source>
      <translation>Satisfaction with the current working environment</translation>
    </message>
    <message>
      <source>如被命名“上海工匠”，是否愿意参加劳模工匠助企行等社会公益活动</source>
      <translation>If named a Shanghai Craftsman, willing to take part in public-interest activities such as model workers and craftsmen helping enterprises</translation>
    </message>
    <message>
      <source>引领力</source>
      <translation>Leadership</translation>
    </message>
    <message>
      <source>实践力</source>
      <translation>Practice</translation>
    </message>
    <message>
      <source>创新力</source>
      <translation>Innovation</translation>
    </message>
    <message>
      <source>攻关力</source>
      <translation>Problem-solving</translation>
    </message>
    <message>
      <source>传承力</source>
      <translation>Passing on</translation>
    </message>
  </context>
</TS>
