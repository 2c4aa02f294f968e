<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>Domain</name>
    <message>
      <source>冶金、机械和电气</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>土木建筑</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>计算机通信</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>仪电</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>医药</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>医学</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>绿化</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>餐饮</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工艺设计</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>交通运输</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>其它</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位推荐</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>社团推荐</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>个人自荐</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>男</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>女</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全国劳模</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上海劳模</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>部劳模</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>全国五一</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>否</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>农业户口</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>非农业户口</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>是</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>干部</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专业技术人员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>普通工人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>职员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>其他</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高级技师</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>技师</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高级工</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>中级工</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>初级工</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高级职称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>中级职称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>初级职称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>较高</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>中</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>较低</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>低</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>低于普通</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>普通</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>中层</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高层</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>资格审查</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专家复审</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>评审发布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>市总审定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>社会公示</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>命名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专家</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>组长</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>基本信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工作信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>身份与等级</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工匠五力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工匠精神与个人自述</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>曾经获得的荣誉</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>收入水平调研问卷</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申请渠道</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>所属区局（产业）工会/社团</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>组别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>性别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>手机号码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政治面貌</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>学历</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>职务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>身份证</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>出生日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>是否曾获劳模称号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>户籍属性</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>是否外来务工人员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>家庭住址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>邮编</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>邮编（家庭住址）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工作单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位性质</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>所属行业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工种</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工作年限</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位地址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>邮编（单位地址）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>身份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>技能等级</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>职称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>勇挑重担</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>追求卓越</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>示范带动</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>技能精湛</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>业绩突出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>持续学习</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>业务洞察</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>是否获得专利</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>发明专利数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>实用新型专利数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>外观设计专利数</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新成果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>价值创造</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>担当重任</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>协同配合</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>直面难题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>总结继承</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>培养人才</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>应用智能</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>对“工匠精神”的理解</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>个人自述</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>月工资实际到手收入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>在本单位所处收入水平</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>相当于本单位行政管理哪一个职级收入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本人期望工资收入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新成果实施是否与职级晋升挂钩</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新成果实施成效是否获得一次性奖励</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新成果实施成效是否与收入挂钩</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>对当前工作环境的认可度</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>如被命名“上海工匠”，是否愿意参加劳模工匠助企行等社会公益活动</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>引领力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>实践力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>攻关力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>传承力</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
