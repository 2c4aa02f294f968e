<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>Messages</name>
    <message>
      <source>与候选人同单位（{employer}）</source>
      <translation>Same employer as the candidate ({employer})</translation>
    </message>
    <message>
      <source>{year}年 {group} {group_label} 第 {session} 场，候选人 {candidates} 名，评审专家 {panel} 名，评分方案“{scheme}”，办公室签名指纹 {fingerprint}</source>
      <translation>{year} {group} {group_label} session {session}, {candidates} candidates, {panel} reviewers, scoring scheme "{scheme}", office signing fingerprint {fingerprint}</translation>
    </message>
    <message>
      <source>办公室预置的回避</source>
      <translation>Recusal prepared by the office</translation>
    </message>
    <message>
      <source>口令太短：评审现场宣布的口令至少 8 个字符</source>
      <translation>Passphrase too short: the passphrase announced in the review room needs at least 8 characters</translation>
    </message>
    <message>
      <source>评分方案</source>
      <translation>Scoring scheme</translation>
    </message>
    <message>
      <source>申报办公室</source>
      <translation>office</translation>
    </message>
    <message>
      <source>{name}：口令错误（请核对评审现场宣布的口令）</source>
      <translation>{name}: wrong passphrase (check the passphrase announced in the review room)</translation>
    </message>
    <message>
      <source>{group} {label} 第 {session} 场没有资格审查合格的候选人，无法生成批次</source>
      <translation>{group} {label} session {session} has no candidates who passed the eligibility check: no batch can be made</translation>
    </message>
    <message>
      <source>{name}：批次文件头已损坏</source>
      <translation>{name}: the batch file header is damaged</translation>
    </message>
    <message>
      <source>{name}：批次文件头已损坏（文字过长）</source>
      <translation>{name}: the batch file header is damaged (text too long)</translation>
    </message>
    <message>
      <source>{name}：批次文件头声明的内容过大（单个附件上限 {limit_mb} MB），文件已损坏或不是本程序生成的</source>
      <translation>{name}: the batch file header declares contents that are too large (at most {limit_mb} MB per attachment); the file is damaged or was not made by this app</translation>
    </message>
    <message>
      <source>{name}：批次文件头已损坏（内容长度不一致）</source>
      <translation>{name}: the batch file header is damaged (the content length does not match)</translation>
    </message>
    <message>
      <source>{name}：批次清单与签名不符，文件已被改动或损坏</source>
      <translation>{name}: the batch manifest does not match the signature; the file was altered or is damaged</translation>
    </message>
    <message>
      <source>{name} 中的评分方案</source>
      <translation>Scoring scheme in {name}</translation>
    </message>
    <message>
      <source>{name}：批次清单与文件头不一致，文件已被改动</source>
      <translation>{name}: the batch manifest does not match the file header; the file was altered</translation>
    </message>
    <message>
      <source>{name}：不支持的加密方式 {cipher} / {kdf}</source>
      <translation>{name}: unsupported encryption {cipher} / {kdf}</translation>
    </message>
    <message>
      <source>{name}：批次文件头已损坏（内容索引不一致）</source>
      <translation>{name}: the batch file header is damaged (the content index does not match)</translation>
    </message>
    <message>
      <source>找不到文件 {path}</source>
      <translation>File not found: {path}</translation>
    </message>
    <message>
      <source>{path} 是文件夹，不是评审批次</source>
      <translation>{path} is a folder, not a review batch</translation>
    </message>
    <message>
      <source>无法读取 {path}：{strerror}</source>
      <translation>Cannot read {path}: {strerror}</translation>
    </message>
    <message>
      <source>批次中没有第 {blob_index} 个附件</source>
      <translation>The batch has no attachment {blob_index}</translation>
    </message>
    <message>
      <source>{name}：附件内容与签名不符，批次文件已被改动或损坏</source>
      <translation>{name}: an attachment does not match the signature; the batch file was altered or is damaged</translation>
    </message>
    <message>
      <source>{name}：批次清单过大，文件已损坏</source>
      <translation>{name}: the batch manifest is too large; the file is damaged</translation>
    </message>
    <message>
      <source>{name}：批次清单解密失败，文件已损坏</source>
      <translation>{name}: the batch manifest could not be decrypted; the file is damaged</translation>
    </message>
    <message>
      <source>{name}：批次清单已损坏</source>
      <translation>{name}: the batch manifest is damaged</translation>
    </message>
    <message>
      <source>清单</source>
      <translation>manifest</translation>
    </message>
    <message>
      <source>第 {index} 个附件</source>
      <translation>attachment {index}</translation>
    </message>
    <message>
      <source>{name}：{what}的内容与签名不符，文件已被改动或损坏</source>
      <translation>{name}: the {what} does not match the signature; the file was altered or is damaged</translation>
    </message>
    <message>
      <source>无法读取批次文件 {path}（{strerror}），附件暂时无法查看</source>
      <translation>Cannot read the batch file {path} ({strerror}); the attachment cannot be viewed for now</translation>
    </message>
    <message>
      <source>{name}：附件内容与签名不符（解密失败），批次文件已被改动或损坏</source>
      <translation>{name}: an attachment does not match the signature (decryption failed); the batch file was altered or is damaged</translation>
    </message>
    <message>
      <source>{name}：文件不完整（被截断）</source>
      <translation>{name}: the file is incomplete (cut short)</translation>
    </message>
    <message>
      <source>附件长度与文件头不符</source>
      <translation>The attachment's length does not match the file header</translation>
    </message>
    <message>
      <source>{file}：与已导入的 {reviewer} 的评分文件互相矛盾（不是同一评分记录的先后版本），请当面核实</source>
      <translation>{file}: contradicts the imported score file of {reviewer} (not an earlier or later version of the same scoring record); check in person</translation>
    </message>
    <message>
      <source>{folder} 不是文件夹</source>
      <translation>{folder} is not a folder</translation>
    </message>
    <message>
      <source>已导入 {reviewer} 的评分（签名指纹 {fingerprint}）</source>
      <translation>Imported the scores of {reviewer} (signature fingerprint {fingerprint})</translation>
    </message>
    <message>
      <source>{file}：专家 {reviewer} 已有一份由另一密钥签名的评分文件（{known_fingerprint} ≠ {new_fingerprint}），请当面核实</source>
      <translation>{file}: reviewer {reviewer} already has a score file signed with another key ({known_fingerprint} ≠ {new_fingerprint}); check in person</translation>
    </message>
    <message>
      <source>{reviewer} 的这份评分已导入过，忽略</source>
      <translation>These scores of {reviewer} were already imported; ignored</translation>
    </message>
    <message>
      <source>{reviewer} 重新打开评分并再次签名（第 {reopened} 次重新打开），已采用新版本</source>
      <translation>{reviewer} reopened the scores and signed again (reopened {reopened} time(s)); the new version is used</translation>
    </message>
    <message>
      <source>这是 {reviewer} 较早的版本，已保留后来重新签名的版本</source>
      <translation>This is an earlier version from {reviewer}; the version signed again later is kept</translation>
    </message>
    <message>
      <source>{file}：与专家 {reviewer}（{reviewer_name}）的评分文件由同一密钥签名，一位专家只能提交自己的评分</source>
      <translation>{file}: signed with the same key as the score file of reviewer {reviewer} ({reviewer_name}); each reviewer can hand in only their own scores</translation>
    </message>
    <message>
      <source>两次输入的口令不一致</source>
      <translation>The two passphrases you entered do not match</translation>
    </message>
    <message>
      <source>场次应为正整数</source>
      <translation>The session must be a positive whole number</translation>
    </message>
    <message>
      <source>批次口令</source>
      <translation>batch passphrase</translation>
    </message>
    <message>
      <source>请给出 --out BOOK.xlsx（一个工作簿，每个工会一张表）或 --per-union DIR（每个工会一个工作簿）之一</source>
      <translation>Give one of --out BOOK.xlsx (one workbook, one sheet per union) or --per-union DIR (one workbook per union)</translation>
    </message>
    <message>
      <source>需要{what}：用 --passphrase-file 给出，或在终端中输入</source>
      <translation>The {what} is needed: give it with --passphrase-file or type it in a terminal</translation>
    </message>
    <message>
      <source>组别“{group}”不是 11 个组别之一（G01–G11）</source>
      <translation>Group "{group}" is not one of the 11 groups (G01–G11)</translation>
    </message>
    <message>
      <source>{file}：结果包所属的批次不是由给定的办公室公钥签发的</source>
      <translation>{file}: the result package's batch was not signed with the given office public key</translation>
    </message>
    <message>
      <source>{file}：不是评审批次（.crbatch）</source>
      <translation>{file}: not a review batch (.crbatch)</translation>
    </message>
    <message>
      <source>{path}：文件名应以 {suffixes} 结尾</source>
      <translation>{path}: the file name should end in {suffixes}</translation>
    </message>
    <message>
      <source>找不到办公室数据库 {database}</source>
      <translation>Office database {database} not found</translation>
    </message>
    <message>
      <source>请给出 --id 或 --employer 之一</source>
      <translation>Give one of --id or --employer</translation>
    </message>
    <message>
      <source>无法读取口令文件 {path}：{reason}</source>
      <translation>Cannot read the passphrase file {path}: {reason}</translation>
    </message>
    <message>
      <source>口令文件 {path} 不是 UTF-8 文本</source>
      <translation>The passphrase file {path} is not UTF-8 text</translation>
    </message>
    <message>
      <source>数据库中没有申报编号为 {candidate} 的候选人</source>
      <translation>The database has no candidate with application no. {candidate}</translation>
    </message>
    <message>
      <source> 或 </source>
      <translation> or </translation>
    </message>
    <message>
      <source>口令错误</source>
      <translation>Wrong passphrase</translation>
    </message>
    <message>
      <source>密文过短</source>
      <translation>The encrypted data is too short</translation>
    </message>
    <message>
      <source>解密失败（密钥不符或内容被改动）</source>
      <translation>Decryption failed (wrong key, or the contents were altered)</translation>
    </message>
    <message>
      <source>密文校验失败（数据被改动或截断）</source>
      <translation>The encrypted data fails its check (altered or cut short)</translation>
    </message>
    <message>
      <source>{source}：密钥派生参数 r={r}, p={p} 不受支持，拒绝打开</source>
      <translation>{source}: key derivation parameters r={r}, p={p} are not supported; refused</translation>
    </message>
    <message>
      <source>{source}：密钥派生强度 2^{log_n} 超出允许范围（2^{min_log_n}–2^{max_log_n}），可能是恶意文件，拒绝打开</source>
      <translation>{source}: key derivation cost 2^{log_n} is outside the allowed range (2^{min_log_n}–2^{max_log_n}); the file may be malicious; refused</translation>
    </message>
    <message>
      <source>{source}：密钥派生的盐过短，拒绝打开</source>
      <translation>{source}: the key derivation salt is too short; refused</translation>
    </message>
    <message>
      <source>{folder} 不是空文件夹；演示工作区只写入新的或空的文件夹</source>
      <translation>{folder} is not empty; the demo workspace is written only into a new or empty folder</translation>
    </message>
    <message>
      <source>限制名单的身份证或单位不能为空</source>
      <translation>The ID card number or employer of an exclusion cannot be empty</translation>
    </message>
    <message>
      <source>请用 --entry 给出要删除的记录编号（见 exclusions list）</source>
      <translation>Give the number of the entry to delete with --entry (see exclusions list)</translation>
    </message>
    <message>
      <source>限制类型应为 {kinds}</source>
      <translation>The exclusion type should be {kinds}</translation>
    </message>
    <message>
      <source>{file}：缺少列 {columns}</source>
      <translation>{file}: missing columns {columns}</translation>
    </message>
    <message>
      <source>限制名单中没有编号为 {entry} 的记录</source>
      <translation>The exclusion list has no entry number {entry}</translation>
    </message>
    <message>
      <source>{file} 第 {row} 行：类型“{kind}”应为“身份证”或“单位”</source>
      <translation>{file} row {row}: the type "{kind}" should be "身份证" (ID card) or "单位" (employer)</translation>
    </message>
    <message>
      <source>限制名单中的身份证 {id_number} 无效：{reason}</source>
      <translation>The ID card number {id_number} in the exclusion list is invalid: {reason}</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>{file} 第 {row} 行：{error}</source>
      <translation>{file} row {row}: {error}</translation>
    </message>
    <message>
      <source>{file} 第 {row} 行：截止日期“{until}”应为 YYYY-MM-DD</source>
      <translation>{file} row {row}: the end date "{until}" should be YYYY-MM-DD</translation>
    </message>
    <message>
      <source>应为18位，实际为{length}位</source>
      <translation>should have 18 characters, has {length}</translation>
    </message>
    <message>
      <source>只能由17位数字和1位数字或X组成</source>
      <translation>must be 17 digits followed by a digit or X</translation>
    </message>
    <message>
      <source>前两位地区码“{region}”不存在</source>
      <translation>the region code "{region}" (first two digits) does not exist</translation>
    </message>
    <message>
      <source>出生日期“{date}”不合理</source>
      <translation>the date of birth "{date}" is not plausible</translation>
    </message>
    <message>
      <source>校验码错误（末位与前17位不符）</source>
      <translation>wrong check character (the last character does not match the first 17)</translation>
    </message>
    <message>
      <source>出生日期“{digits}”不是真实日期</source>
      <translation>the date of birth "{digits}" is not a real date</translation>
    </message>
    <message>
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>“{text}”不是日期（应为 1980-05-17 的形式）</source>
      <translation>"{text}" is not a date (write it like 1980-05-17)</translation>
    </message>
    <message>
      <source>应为数字</source>
      <translation>Should be a number</translation>
    </message>
    <message>
      <source>不能为负数（{text}）</source>
      <translation>Cannot be negative ({text})</translation>
    </message>
    <message>
      <source>共 {count} 字，超过 {limit} 字的上限 {excess} 字</source>
      <translation>{count} characters: {excess} over the limit of {limit}</translation>
    </message>
    <message>
      <source>职务“{position}”含“{word}”，可能为副局级及以上领导干部，请核实是否符合申报条件</source>
      <translation>The position "{position}" contains "{word}": possibly a leading cadre at deputy bureau level or above; please confirm the candidate may apply</translation>
    </message>
    <message>
      <source>{channel}的候选人未见本地区（系统、行业）工匠称号，请核实（通知 五（二））</source>
      <translation>{channel} candidate without a local (system or industry) craftsman title; please confirm (notice 5 (2))</translation>
    </message>
    <message>
      <source>填“否”但专利数合计 {total} 项，请核实</source>
      <translation>"No" is filled in but the patents add up to {total}; please confirm</translation>
    </message>
    <message>
      <source>附件文件夹 {folder} 不存在或不是文件夹</source>
      <translation>The attachments folder {folder} does not exist or is not a folder</translation>
    </message>
    <message>
      <source>{file}：缺少必需的列：{columns}（请使用 template applications 生成的模板）</source>
      <translation>{file}: required columns missing: {columns} (use the template made by template applications)</translation>
    </message>
    <message>
      <source>“{text}”不是真实日期</source>
      <translation>"{text}" is not a real date</translation>
    </message>
    <message>
      <source>应为整数（{text}）</source>
      <translation>Should be a whole number ({text})</translation>
    </message>
    <message>
      <source>“{text}”是表格中的选项，但一项也没有勾选</source>
      <translation>"{text}" lists the form's options, but none is ticked</translation>
    </message>
    <message>
      <source>“{text}”不是可选项（可选：{choices}）</source>
      <translation>"{text}" is not one of the options (options: {choices})</translation>
    </message>
    <message>
      <source>同时填了“否”和称号</source>
      <translation>Both "No" and a title are filled in</translation>
    </message>
    <message>
      <source>以数字格式保存，末几位可能已丢失；请把该列设为“文本”格式后重新填写</source>
      <translation>Saved as a number, so the last digits may be lost; set the column to "Text" format and fill it in again</translation>
    </message>
    <message>
      <source>“{text}”不是有效的11位手机号码</source>
      <translation>"{text}" is not a valid 11-digit mobile number</translation>
    </message>
    <message>
      <source>未填写（《申报审批表》不得缺项、漏项）</source>
      <translation>Not filled in (the application form must have no blanks or omissions)</translation>
    </message>
    <message>
      <source>{fields}均未填写，五项指标都需提交证明材料</source>
      <translation>None of {fields} is filled in; all five powers need supporting evidence</translation>
    </message>
    <message>
      <source>与身份证不符（身份证显示为{gender}性）</source>
      <translation>Does not match the ID card (the ID card shows {gender})</translation>
    </message>
    <message>
      <source>与身份证不符（身份证显示为 {birth_date}）</source>
      <translation>Does not match the ID card (the ID card shows {birth_date})</translation>
    </message>
    <message>
      <source>按身份证出生日期 {birth_date} 计算未满16周岁</source>
      <translation>Under 16 by the date of birth on the ID card ({birth_date})</translation>
    </message>
    <message>
      <source>工作年限 {years} 年与年龄不符，请核实</source>
      <translation>{years} years of service do not fit the age; please confirm</translation>
    </message>
    <message>
      <source>共 {count} 字，比要求的 {target} 字左右少 {shortfall} 字（可接受 {low}–{high} 字）</source>
      <translation>{count} characters: {shortfall} fewer than the required {target} or so (acceptable: {low}–{high})</translation>
    </message>
    <message>
      <source>填“是”但各类专利数均为 0，请核实</source>
      <translation>"Yes" is filled in but every patent count is 0; please confirm</translation>
    </message>
    <message>
      <source>本人在限制申报名单中（{reason}，至 {until}）</source>
      <translation>The candidate is on the exclusion list ({reason}, until {until})</translation>
    </message>
    <message>
      <source>所在单位在限制申报名单中（{reason}，至 {until}）</source>
      <translation>The employer is on the exclusion list ({reason}, until {until})</translation>
    </message>
    <message>
      <source>附件文件夹中没有该候选人的子文件夹</source>
      <translation>the attachments folder has no subfolder for this candidate</translation>
    </message>
    <message>
      <source>文件夹 {folder} 中未找到</source>
      <translation>not found in the folder {folder}</translation>
    </message>
    <message>
      <source>附件</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>缺少{attachment}（{where}）</source>
      <translation>{attachment} missing ({where})</translation>
    </message>
    <message>
      <source>{file} 超过 {limit_mb} MB</source>
      <translation>{file} is larger than {limit_mb} MB</translation>
    </message>
    <message>
      <source>“{text}”不是数字</source>
      <translation>"{text}" is not a number</translation>
    </message>
    <message>
      <source>身份证号码无效：{reason}</source>
      <translation>Invalid ID card number: {reason}</translation>
    </message>
    <message>
      <source>家庭住址的邮编“{text}”不是有效的6位邮政编码</source>
      <translation>The home address postcode "{text}" is not a valid 6-digit postcode</translation>
    </message>
    <message>
      <source>单位地址的邮编“{text}”不是有效的6位邮政编码</source>
      <translation>The employer's address postcode "{text}" is not a valid 6-digit postcode</translation>
    </message>
    <message>
      <source>共 {count} 字，比要求的 {target} 字左右多 {excess} 字（可接受 {low}–{high} 字）</source>
      <translation>{count} characters: {excess} more than the required {target} or so (acceptable: {low}–{high})</translation>
    </message>
    <message>
      <source>已导入的申报 {application_no}（{name}）</source>
      <translation>the imported application {application_no} ({name})</translation>
    </message>
    <message>
      <source>第 {row} 行（{application_no}）</source>
      <translation>row {row} ({application_no})</translation>
    </message>
    <message>
      <source>同一身份证重复申报：与{first}为同一人</source>
      <translation>Same ID card number applied twice: the same person as {first}</translation>
    </message>
    <message>
      <source>限制申报名单</source>
      <translation>Exclusion list</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>瞒报、虚报</source>
      <translation>concealed or false information</translation>
    </message>
    <message>
      <source>长期</source>
      <translation>indefinitely</translation>
    </message>
    <message>
      <source>无姓名</source>
      <translation>no name</translation>
    </message>
    <message>
      <source>私钥文件</source>
      <translation>private key file</translation>
    </message>
    <message>
      <source>公钥文件</source>
      <translation>public key file</translation>
    </message>
    <message>
      <source>文件夹 {folder} 不存在</source>
      <translation>Folder {folder} does not exist</translation>
    </message>
    <message>
      <source>{path}：私钥声明的密码计算量过大（{cost}），文件已损坏或不可信</source>
      <translation>{path}: the private key asks for too much passphrase computation ({cost}); the file is damaged or untrustworthy</translation>
    </message>
    <message>
      <source>{path}：不是 Ed25519 签名私钥</source>
      <translation>{path}: not an Ed25519 signing private key</translation>
    </message>
    <message>
      <source>{path}：不是 Ed25519 签名公钥</source>
      <translation>{path}: not an Ed25519 signing public key</translation>
    </message>
    <message>
      <source>{path} 已存在；为免覆盖密钥，请换一个名字或先移走旧文件</source>
      <translation>{path} already exists; to avoid overwriting a key, choose another name or move the old file first</translation>
    </message>
    <message>
      <source>{path}：文件过大，不是{kind}</source>
      <translation>{path}: the file is too large to be a {kind}</translation>
    </message>
    <message>
      <source>找不到{kind} {path}</source>
      <translation>The {kind} {path} was not found</translation>
    </message>
    <message>
      <source>无法读取{kind} {path}：{reason}</source>
      <translation>Cannot read the {kind} {path}: {reason}</translation>
    </message>
    <message>
      <source>{path}：不是有效的私钥文件，或已损坏</source>
      <translation>{path}: not a valid private key file, or damaged</translation>
    </message>
    <message>
      <source>{path}：私钥受密码保护，请提供密码</source>
      <translation>{path}: the private key is protected by a passphrase; please give the passphrase</translation>
    </message>
    <message>
      <source>{path}：不是有效的公钥文件，或已损坏</source>
      <translation>{path}: not a valid public key file, or damaged</translation>
    </message>
    <message>
      <source>{path}：此私钥没有设密码，却提供了密码</source>
      <translation>{path}: this private key has no passphrase, but one was given</translation>
    </message>
    <message>
      <source>{path}：私钥密码错误，或文件已损坏</source>
      <translation>{path}: wrong private key passphrase, or the file is damaged</translation>
    </message>
    <message>
      <source>{file}：结构版本 {version}，候选人 {candidates} 名，评审结果 {results} 份，办公室决定 {decisions} 条，{size_mb:.1f} MB，SHA-256 {sha256}</source>
      <translation>{file}: schema version {version}, {candidates} candidates, {results} review results, {decisions} office decisions, {size_mb:.1f} MB, SHA-256 {sha256}</translation>
    </message>
    <message>
      <source>备份文件</source>
      <translation>backup file</translation>
    </message>
    <message>
      <source>备份文件不能是数据库本身</source>
      <translation>The backup file cannot be the database itself</translation>
    </message>
    <message>
      <source>备份文件与要恢复的数据库是同一个文件</source>
      <translation>The backup file and the database to restore are the same file</translation>
    </message>
    <message>
      <source>找不到{what} {path}</source>
      <translation>Cannot find the {what} {path}</translation>
    </message>
    <message>
      <source>{file}：不是办公室数据库或其备份（不是 SQLite 数据库文件）</source>
      <translation>{file}: not an office database or a backup of one (not an SQLite database file)</translation>
    </message>
    <message>
      <source>无法写入 {target}：文件夹 {directory} 不存在</source>
      <translation>Cannot write {target}: the folder {directory} does not exist</translation>
    </message>
    <message>
      <source>{database} 已存在；恢复会用备份覆盖其中的全部内容，如确要覆盖请加 --force</source>
      <translation>{database} already exists; restoring overwrites all of it with the backup; to do so, add --force</translation>
    </message>
    <message>
      <source>{file}：无法打开（{error}）</source>
      <translation>{file}: cannot be opened ({error})</translation>
    </message>
    <message>
      <source>{file}：{what}已损坏（完整性检查：{error}）</source>
      <translation>{file}: the {what} is damaged (integrity check: {error})</translation>
    </message>
    <message>
      <source>{file}：是其他程序的 SQLite 数据库，不是办公室数据库</source>
      <translation>{file}: an SQLite database of another program, not an office database</translation>
    </message>
    <message>
      <source>{file}：由更新版本的程序创建（结构版本 {version}，本程序支持 {supported}），请先升级程序</source>
      <translation>{file}: made by a newer version of the program (schema version {version}, this program supports {supported}); please upgrade the program first</translation>
    </message>
    <message>
      <source>备份副本未通过完整性检查（{check}），未写入</source>
      <translation>The backup copy failed the integrity check ({check}); nothing was written</translation>
    </message>
    <message>
      <source>{file}：{what}已损坏（{error}）</source>
      <translation>{file}: the {what} is damaged ({error})</translation>
    </message>
    <message>
      <source>无法备份 {file}：{error}</source>
      <translation>Cannot back up {file}: {error}</translation>
    </message>
    <message>
      <source>无法恢复到 {database}：{error}</source>
      <translation>Cannot restore to {database}: {error}</translation>
    </message>
    <message>
      <source>备份副本</source>
      <translation>backup copy</translation>
    </message>
    <message>
      <source>第 {session} 场</source>
      <translation>Session {session}</translation>
    </message>
    <message>
      <source>公示期满，待命名</source>
      <translation>Notice period over, awaiting naming</translation>
    </message>
    <message>
      <source>{application_no} {name}：{step}更正为“{outcome}”；现状：{state}</source>
      <translation>{application_no} {name}: {step} corrected to "{outcome}"; now: {state}</translation>
    </message>
    <message>
      <source>{application_no} {name}：{step}记录为“{outcome}”；现状：{state}</source>
      <translation>{application_no} {name}: {step} recorded as "{outcome}"; now: {state}</translation>
    </message>
    <message>
      <source>步骤“{text}”不是可记录的步骤之一：{choices}</source>
      <translation>"{text}" is not one of the steps that can be recorded: {choices}</translation>
    </message>
    <message>
      <source>“{step}”的结果“{text}”无效，应为：{outcomes}</source>
      <translation>"{text}" is not a valid outcome of "{step}"; it should be: {outcomes}</translation>
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
      <source>第 {rank} 名 {final}</source>
      <translation>Rank {rank} {final}</translation>
    </message>
    <message>
      <source>第 {rank} 名</source>
      <translation>Rank {rank}</translation>
    </message>
    <message>
      <source>{place}，推荐</source>
      <translation>{place}, recommended</translation>
    </message>
    <message>
      <source>资格审查未通过</source>
      <translation>Failed the eligibility check</translation>
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
      <source>未获推荐（第 {rank} 名）</source>
      <translation>Not recommended (rank {rank})</translation>
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
      <translation>Named "Shanghai Craftsman"</translation>
    </message>
    <message>
      <source>不予命名</source>
      <translation>Not named</translation>
    </message>
    <message>
      <source>组别“{text}”不是 11 个组别之一（G01–G11）</source>
      <translation>The group "{text}" is not one of the 11 groups (G01–G11)</translation>
    </message>
    <message>
      <source>申请渠道“{text}”应为：{channels}</source>
      <translation>The channel "{text}" should be: {channels}</translation>
    </message>
    <message>
      <source>{who} 不在评审发布的候选人名单上（须先导入其场次已验证的评审结果并获推荐），不能记录{step}</source>
      <translation>{who} is not on the panel's released list (their session's verified result must be imported first and recommend them): {step} cannot be recorded</translation>
    </message>
    <message>
      <source>{who} 尚未通过市总审定，不能记录{step}</source>
      <translation>{who} has not passed Federation approval: {step} cannot be recorded</translation>
    </message>
    <message>
      <source>{who} 的社会公示尚未以“无异议”或“异议不成立”结束，不能命名</source>
      <translation>The public notice of {who} has not ended with "No objection" or "Objection dismissed": they cannot be named</translation>
    </message>
    <message>
      <source>“{step}”的结果应为：{outcomes}</source>
      <translation>The outcome of "{step}" should be: {outcomes}</translation>
    </message>
    <message>
      <source>记录“{step}：{outcome}”须写明情况（备注）</source>
      <translation>Recording "{step}: {outcome}" needs a note explaining it</translation>
    </message>
    <message>
      <source>数据库中没有申报编号为 {application_no} 的候选人</source>
      <translation>The database has no candidate with application no. {application_no}</translation>
    </message>
    <message>
      <source>{application_no} {name}：{step}已记录为“{outcome}”，未作改动</source>
      <translation>{application_no} {name}: {step} is already recorded as "{outcome}"; nothing changed</translation>
    </message>
    <message>
      <source>{step}（{label}）</source>
      <translation>{step} ({label})</translation>
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
      <source>待返回</source>
      <translation>Result awaited</translation>
    </message>
    <message>
      <source>已记录的“{steps}”在前一步未通过之后，请核实</source>
      <translation>"{steps}" recorded after an earlier step was not passed; please check</translation>
    </message>
    <message>
      <source>个人自荐：未记录海选面试通过，却已编入评审批次</source>
      <translation>Self-nominated: in a review batch without a recorded pass of the open-call interview</translation>
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
      <source>未获推荐</source>
      <translation>Not recommended</translation>
    </message>
    <message>
      <source>诚信审核未通过，却记录了市总审定通过，请核实</source>
      <translation>Failed the credit check, yet Federation approval is recorded as passed; please check</translation>
    </message>
    <message>
      <source>{who} 经{channel}申报：海选面试只适用于个人自荐</source>
      <translation>{who} applied by {channel}: the open-call interview is only for self-nominated candidates</translation>
    </message>
    <message>
      <source>{who} 未通过资格审查，不能记录海选面试</source>
      <translation>{who} failed the eligibility check: no open-call interview can be recorded</translation>
    </message>
    <message>
      <source>{who} 尚未记录诚信审核通过，不能记录市总审定通过</source>
      <translation>{who} has no recorded pass of the credit check: Federation approval cannot be recorded as passed</translation>
    </message>
    <message>
      <source>批次评分方案</source>
      <translation>the batch's scoring scheme</translation>
    </message>
    <message>
      <source>{file}：{group} 第 {session} 场已有另一份结果包（{existing}）</source>
      <translation>{file}: {group} session {session} already has another result package ({existing})</translation>
    </message>
    <message>
      <source>已验证并导入 {group} {group_label} 第 {session} 场的结果：{reviewers} 位专家的评分，复核一致，并取代了之前的结果包</source>
      <translation>Verified and imported the result of {group} {group_label} session {session}: scores of {reviewers} reviewers, check consistent; it replaces the earlier result package</translation>
    </message>
    <message>
      <source>已验证并导入 {group} {group_label} 第 {session} 场的结果：{reviewers} 位专家的评分，复核一致</source>
      <translation>Verified and imported the result of {group} {group_label} session {session}: scores of {reviewers} reviewers, check consistent</translation>
    </message>
    <message>
      <source>{result}。注意：{warning}</source>
      <translation>{result}. Note: {warning}</translation>
    </message>
    <message>
      <source>{file}：所属批次（{batch_id}…）不是本办公室签发的，或不在本数据库中</source>
      <translation>{file}: its batch ({batch_id}…) was not issued by this office, or is not in this database</translation>
    </message>
    <message>
      <source>{file}：组长签名的汇总方法或设置与批次的评分方案不符</source>
      <translation>{file}: the method or settings of the chair's signed tally do not match the batch's scoring scheme</translation>
    </message>
    <message>
      <source>{file}：组长签名的结果中的候选人与批次不符</source>
      <translation>{file}: the candidates in the chair's signed result do not match the batch</translation>
    </message>
    <message>
      <source>{file}：复核不符——一致性系数（ICC）与按原始评分重算的不同</source>
      <translation>{file}: the check failed: the agreement coefficient (ICC) differs from the one recomputed from the raw scores</translation>
    </message>
    <message>
      <source>{file}：结果包所属批次的办公室签名与本办公室记录的不同</source>
      <translation>{file}: the office signature of the result package's batch differs from this office's record</translation>
    </message>
    <message>
      <source>{file}：签名的组长（{signer}）不是该批次的组长 {chair_number} {chair_name}</source>
      <translation>{file}: the signing chair ({signer}) is not the batch's chair {chair_number} {chair_name}</translation>
    </message>
    <message>
      <source>{file}：组长的并列决定已损坏</source>
      <translation>{file}: the chair's tie decisions are damaged</translation>
    </message>
    <message>
      <source>{file}：汇总结果已损坏</source>
      <translation>{file}: the tally is damaged</translation>
    </message>
    <message>
      <source>{file} 已导入过，未作改动</source>
      <translation>{file} was already imported; nothing changed</translation>
    </message>
    <message>
      <source>{refusal}；如确要以新结果包取代，请加 --supersede</source>
      <translation>{refusal}; to replace it with the new result package, add --supersede</translation>
    </message>
    <message>
      <source>{file}：结果包的{key}与本办公室记录的批次不符</source>
      <translation>{file}: the result package's {key} does not match the batch this office recorded</translation>
    </message>
    <message>
      <source>{file}：其中标为 {reviewer} 的评分文件实为 {actual} 的</source>
      <translation>{file}: the score file marked as {reviewer}'s is in fact {actual}'s</translation>
    </message>
    <message>
      <source>{file}：{reason}</source>
      <translation>{file}: {reason}</translation>
    </message>
    <message>
      <source>{file}：无法按原始评分重算：{error}</source>
      <translation>{file}: cannot recompute from the raw scores: {error}</translation>
    </message>
    <message>
      <source>{file}：复核不符——候选人 {candidate_id} 的 {key} 组长签名为 {signed!r}，按原始评分重算为 {recomputed!r}</source>
      <translation>{file}: the check failed: for candidate {candidate_id}, the chair signed {key} = {signed!r}, recomputed from the raw scores it is {recomputed!r}</translation>
    </message>
    <message>
      <source>{file} 第 {row} 行</source>
      <translation>{file} row {row}</translation>
    </message>
    <message>
      <source>{file}：专家名单缺少列 {columns}</source>
      <translation>{file}: the panel list is missing the columns {columns}</translation>
    </message>
    <message>
      <source>{file}：专家名单应有且只有一名组长，实有 {count} 名</source>
      <translation>{file}: the panel list should have exactly one chair, it has {count}</translation>
    </message>
    <message>
      <source>{file}：专家名单只有 {count} 人，至少需要 3 人</source>
      <translation>{file}: the panel list has only {count} members; at least 3 are needed</translation>
    </message>
    <message>
      <source>{where}：编号“{number}”应为1–16位字母、数字</source>
      <translation>{where}: the number "{number}" should be 1–16 letters or digits</translation>
    </message>
    <message>
      <source>{where}：姓名未填写</source>
      <translation>{where}: the name is not filled in</translation>
    </message>
    <message>
      <source>{where}：工作单位未填写（用于判断回避）</source>
      <translation>{where}: the employer is not filled in (it is needed to decide recusals)</translation>
    </message>
    <message>
      <source>{where}：角色“{role}”应为“专家”或“组长”</source>
      <translation>{where}: the role "{role}" should be "专家" (reviewer) or "组长" (chair)</translation>
    </message>
    <message>
      <source>{where}：编号 {number} 重复</source>
      <translation>{where}: the number {number} appears twice</translation>
    </message>
    <message>
      <source>还没有导入任何专家的评分文件</source>
      <translation>No reviewer's score file has been imported yet</translation>
    </message>
    <message>
      <source>组长 {chair} 本人没有评分文件，签名密钥（{key_fingerprint}）无法与评审组对应，请与纸质结果表上的指纹核对</source>
      <translation>Chair {chair} has no score file of their own, so the signing key ({key_fingerprint}) cannot be tied to the panel; compare it with the fingerprint on the paper result sheet</translation>
    </message>
    <message>
      <source>签名密钥（{key_fingerprint}）与组长 {chair} 评分文件的签名密钥（{own_fingerprint}）不同，请与纸质结果表上的指纹核对</source>
      <translation>The signing key ({key_fingerprint}) differs from the key that signed chair {chair}'s score file ({own_fingerprint}); compare it with the fingerprint on the paper result sheet</translation>
    </message>
    <message>
      <source>评审结果包</source>
      <translation>result package</translation>
    </message>
    <message>
      <source>组长签名密钥（{key_fingerprint}）与组长 {chair} 评分文件的签名密钥（{own_fingerprint}）不同，请用同一把密钥</source>
      <translation>The chair's signing key ({key_fingerprint}) differs from the key that signed chair {chair}'s score file ({own_fingerprint}); use the same key</translation>
    </message>
    <message>
      <source>名额线上有并列（{candidates}），请先记录组长的决定再签名</source>
      <translation>Tie on the quota line ({candidates}): record the chair's decision before signing</translation>
    </message>
    <message>
      <source>无法汇总：{error}</source>
      <translation>Cannot tally: {error}</translation>
    </message>
    <message>
      <source>{file}：汇总结果与签名不符</source>
      <translation>{file}: the tally does not match the signature</translation>
    </message>
    <message>
      <source>{file}：结果包结构已损坏</source>
      <translation>{file}: the result package's structure is damaged</translation>
    </message>
    <message>
      <source>并列决定“{text}”应列出至少两名候选人的申报编号，用逗号分隔，名次高的在前</source>
      <translation>The tie decision "{text}" should list the application numbers of at least two candidates, separated by commas, highest rank first</translation>
    </message>
    <message>
      <source>{file}：汇总结果无法用该批次的密钥解密，不属于该批次</source>
      <translation>{file}: the tally cannot be decrypted with this batch's key; it does not belong to this batch</translation>
    </message>
    <message>
      <source>{file}：其中的“{part}”与签名不符，文件已被改动</source>
      <translation>{file}: its part "{part}" does not match the signature; the file has been changed</translation>
    </message>
    <message>
      <source>评分日志格式不对</source>
      <translation>The score log is malformed</translation>
    </message>
    <message>
      <source>这份评分记录正在另一个窗口中打开：请先关闭那个窗口，再清除本机评审数据</source>
      <translation>This score record is open in another window: close that window first, then clear this laptop's review data</translation>
    </message>
    <message>
      <source>“{text}”不是分数</source>
      <translation>"{text}" is not a score</translation>
    </message>
    <message>
      <source>评分已提交锁定；如需修改，请先“重新打开”（会记入日志并体现在评分文件中）</source>
      <translation>The scores are handed in and locked; to change them, first choose "Reopen" (this is logged and shows in the score file)</translation>
    </message>
    <message>
      <source>声明回避需要写明理由</source>
      <translation>A recusal needs a reason</translation>
    </message>
    <message>
      <source>已声明回避</source>
      <translation>recusal declared</translation>
    </message>
    <message>
      <source>还有 {count} 个子项未评分：{items}</source>
      <translation>{count} sub-items not yet scored: {items}</translation>
    </message>
    <message>
      <source>总分 {total} 低于满分的 {low:.0%} 或高于 {high:.0%}，请在评语中说明理由</source>
      <translation>the total {total} is below {low:.0%} or above {high:.0%} of the maximum: give the reason in the comment</translation>
    </message>
    <message>
      <source>重新打开需要写明理由（会记入日志）</source>
      <translation>Reopening needs a reason (it is logged)</translation>
    </message>
    <message>
      <source>评分日志中有无效的分数：记录被改动</source>
      <translation>The score log has an invalid score: the record was altered</translation>
    </message>
    <message>
      <source>无法打开评分记录 {path}（{error}）</source>
      <translation>Cannot open the score record {path} ({error})</translation>
    </message>
    <message>
      <source>评分记录 {path} 属于另一批次或另一位专家</source>
      <translation>The score record {path} belongs to another batch or another reviewer</translation>
    </message>
    <message>
      <source>评分记录 {path} 用的评分方案与批次不同</source>
      <translation>The score record {path} uses a different scoring scheme from the batch</translation>
    </message>
    <message>
      <source>本评分记录正由另一个窗口创建，请稍后再打开</source>
      <translation>Another window is creating this score record; open it again in a moment</translation>
    </message>
    <message>
      <source>批次中没有候选人 {candidate}</source>
      <translation>The batch has no candidate {candidate}</translation>
    </message>
    <message>
      <source>本评分记录已在另一个窗口中打开：此窗口只读，请回到原窗口继续评分</source>
      <translation>This score record is open in another window: this window is read-only; go back to the other window to go on scoring</translation>
    </message>
    <message>
      <source>评分方案中没有子项 {item}</source>
      <translation>The scoring scheme has no sub-item {item}</translation>
    </message>
    <message>
      <source>已声明回避的候选人不能评分；如需评分请先取消回避</source>
      <translation>A candidate you recused from cannot be scored; withdraw the recusal first to score</translation>
    </message>
    <message>
      <source>评分日志第 {index} 条格式不对</source>
      <translation>Entry {index} of the score log is malformed</translation>
    </message>
    <message>
      <source>未能完全清除评分记录 {path}：{reason}；请关闭程序后重试</source>
      <translation>Could not fully clear the score record {path}: {reason}; close the app and try again</translation>
    </message>
    <message>
      <source>评分记录 {path} 是旧版本未加密保存的，本版本不再打开它。请关闭程序，把该文件移走后重新打开批次（分数需重新录入），或联系申报办公室</source>
      <translation>The score record {path} was saved unencrypted by an older version, which this version no longer opens. Close the app, move the file away and open the batch again (the scores must be entered again), or contact the office</translation>
    </message>
    <message>
      <source>评分记录 {path} 无法解密：它属于另一批次或另一位专家，或文件已损坏</source>
      <translation>The score record {path} cannot be decrypted: it belongs to another batch or another reviewer, or the file is damaged</translation>
    </message>
    <message>
      <source>评分记录 {path} 已损坏或不是评分记录（{error}）</source>
      <translation>The score record {path} is damaged or is not a score record ({error})</translation>
    </message>
    <message>
      <source>还有 {count} 名候选人未完成评分：{candidates}</source>
      <translation>{count} candidates are not yet complete: {candidates}</translation>
    </message>
    <message>
      <source>本评分记录已在另一个窗口中打开：此窗口只读</source>
      <translation>This score record is open in another window: this window is read-only</translation>
    </message>
    <message>
      <source>评分日志第 {seq} 条校验失败：记录被改动</source>
      <translation>Entry {seq} of the score log fails its check: the record was altered</translation>
    </message>
    <message>
      <source>评分记录与日志不一致（候选人 {candidate}）</source>
      <translation>The score record does not match its log (candidate {candidate})</translation>
    </message>
    <message>
      <source>不能标为已完成：{problem}</source>
      <translation>Cannot mark as complete: {problem}</translation>
    </message>
    <message>
      <source>还有 {count} 名候选人未完成评分：{candidates}等</source>
      <translation>{count} candidates are not yet complete: {candidates} and others</translation>
    </message>
    <message>
      <source>（文本）</source>
      <translation>(text)</translation>
    </message>
    <message>
      <source>powers[{index}]（{key}）</source>
      <translation>powers[{index}] ({key})</translation>
    </message>
    <message>
      <source>默认方案</source>
      <translation>default scheme</translation>
    </message>
    <message>
      <source>{power}·{item}的分数应在 0 到 {maximum} 之间</source>
      <translation>The score for {power} · {item} should be between 0 and {maximum}</translation>
    </message>
    <message>
      <source>{power}·{item}的分数应为 {step} 的整数倍</source>
      <translation>The score for {power} · {item} should be a multiple of {step}</translation>
    </message>
    <message>
      <source>{where}：{reason}</source>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <source>评分方案 {source} 无效：{problem}</source>
      <translation>Scoring scheme {source} is invalid: {problem}</translation>
    </message>
    <message>
      <source>至少需要一项能力（[[powers]]）</source>
      <translation>At least one power is needed ([[powers]])</translation>
    </message>
    <message>
      <source>{where}.items[{index}]（{key}）</source>
      <translation>{where}.items[{index}] ({key})</translation>
    </message>
    <message>
      <source>“{method}”不是可用的方法（{methods}）</source>
      <translation>"{method}" is not an available method ({methods})</translation>
    </message>
    <message>
      <source>“{scope}”应为 {scopes}</source>
      <translation>"{scope}" should be {scopes}</translation>
    </message>
    <message>
      <source>去掉两端各 {trim} 个分数后至少要留下 1 个，trim_min_panel 应不小于 {minimum}</source>
      <translation>At least 1 score must remain after dropping {trim} at each end: trim_min_panel should be at least {minimum}</translation>
    </message>
    <message>
      <source>应为能力键的列表</source>
      <translation>Should be a list of power keys</translation>
    </message>
    <message>
      <source>未知的能力键 {keys}</source>
      <translation>Unknown power keys {keys}</translation>
    </message>
    <message>
      <source>能力键重复</source>
      <translation>Repeated power keys</translation>
    </message>
    <message>
      <source>应满足 comment_below &lt; comment_above ≤ 1</source>
      <translation>Must satisfy comment_below &lt; comment_above ≤ 1</translation>
    </message>
    <message>
      <source>应为一个表（table）</source>
      <translation>Should be a table</translation>
    </message>
    <message>
      <source>未知的键 {keys}（可用：{allowed}）</source>
      <translation>Unknown keys {keys} (available: {allowed})</translation>
    </message>
    <message>
      <source>应为非空文本</source>
      <translation>Should be non-empty text</translation>
    </message>
    <message>
      <source>“{key}”应由小写字母、数字和下划线组成，以字母开头</source>
      <translation>"{key}" should consist of lowercase letters, digits and underscores, starting with a letter</translation>
    </message>
    <message>
      <source>应为正数，实际为 {value}</source>
      <translation>Should be a positive number, but is {value}</translation>
    </message>
    <message>
      <source>“{value}”超出范围（应在 0 到 {max_number} 之间，最多 {max_places} 位小数）</source>
      <translation>"{value}" is out of range (should be between 0 and {max_number}, with at most {max_places} decimal places)</translation>
    </message>
    <message>
      <source>应为不小于 {minimum} 的整数，实际为 {value}</source>
      <translation>Should be a whole number of at least {minimum}, but is {value}</translation>
    </message>
    <message>
      <source>不是有效的 TOML：{error}</source>
      <translation>Not valid TOML: {error}</translation>
    </message>
    <message>
      <source>嵌套层数过多，不是评分方案</source>
      <translation>Nested too deeply: not a scoring scheme</translation>
    </message>
    <message>
      <source>含有位数过多的数字，不是评分方案</source>
      <translation>Contains a number with too many digits: not a scoring scheme</translation>
    </message>
    <message>
      <source>至少需要一个子项（[[powers.items]]）</source>
      <translation>At least one sub-item is needed ([[powers.items]])</translation>
    </message>
    <message>
      <source>能力键“{key}”重复</source>
      <translation>Power key "{key}" is repeated</translation>
    </message>
    <message>
      <source>总分 {declared} 与各能力满分之和 {total} 不符</source>
      <translation>Total {declared} does not match the sum of the powers' maximums {total}</translation>
    </message>
    <message>
      <source>评分方案 {path} 过大（超过 1 MB），不像是方案文件</source>
      <translation>Scoring scheme {path} is too large (over 1 MB); it does not look like a scheme file</translation>
    </message>
    <message>
      <source>找不到评分方案文件 {path}</source>
      <translation>Scoring scheme file {path} not found</translation>
    </message>
    <message>
      <source>评分方案 {path} 不是 UTF-8 文本</source>
      <translation>Scoring scheme {path} is not UTF-8 text</translation>
    </message>
    <message>
      <source>无法读取评分方案 {path}：{strerror}</source>
      <translation>Cannot read scoring scheme {path}: {strerror}</translation>
    </message>
    <message>
      <source>“{value}”不是数字</source>
      <translation>"{value}" is not a number</translation>
    </message>
    <message>
      <source>缺少满分 max</source>
      <translation>The maximum (max) is missing</translation>
    </message>
    <message>
      <source>满分 {maximum} 不是步长 step = {step} 的整数倍</source>
      <translation>Maximum {maximum} is not a multiple of the step (step = {step})</translation>
    </message>
    <message>
      <source>子项键“{key}”重复</source>
      <translation>Sub-item key "{key}" is repeated</translation>
    </message>
    <message>
      <source>满分 {declared} 与子项满分之和 {parts} = {total} 不符</source>
      <translation>Maximum {declared} does not match the sum of the sub-items' maximums {parts} = {total}</translation>
    </message>
    <message>
      <source>请先确认提交（锁定）评分，再导出评分文件</source>
      <translation>Hand in (lock) the scores first, then export the score file</translation>
    </message>
    <message>
      <source>专家编号 {reviewer} 不在本批次的评审专家名单中</source>
      <translation>Reviewer number {reviewer} is not on this batch's panel</translation>
    </message>
    <message>
      <source>评分文件</source>
      <translation>score file</translation>
    </message>
    <message>
      <source>{name}：评分内容与签名不符，文件已被改动或损坏</source>
      <translation>{name}: the scores do not match the signature; the file was altered or is damaged</translation>
    </message>
    <message>
      <source>{name}：这是另一场次（批次 {batch_id}…）的评分文件，不属于本批次</source>
      <translation>{name}: this is a score file of another session (batch {batch_id}…), not of this batch</translation>
    </message>
    <message>
      <source>{name}：评分方案与本批次不同</source>
      <translation>{name}: the scoring scheme differs from this batch's</translation>
    </message>
    <message>
      <source>{name}：专家编号 {reviewer} 不在本批次的评审专家名单中</source>
      <translation>{name}: reviewer number {reviewer} is not on this batch's panel</translation>
    </message>
    <message>
      <source>{name}：评分日志与签名记录的不符</source>
      <translation>{name}: the score log does not match the signed record</translation>
    </message>
    <message>
      <source>{name}：评分未提交锁定，不能作为正式评分文件</source>
      <translation>{name}: the scores were not handed in and locked; this is not a final score file</translation>
    </message>
    <message>
      <source>{name}：评分日志中有无效的分数</source>
      <translation>{name}: the score log has an invalid score</translation>
    </message>
    <message>
      <source>{name}：含有本批次之外的候选人</source>
      <translation>{name}: contains candidates who are not in this batch</translation>
    </message>
    <message>
      <source>{name}：评分文件头已损坏</source>
      <translation>{name}: the score file header is damaged</translation>
    </message>
    <message>
      <source>{name}：评分内容过大，文件已损坏</source>
      <translation>{name}: the scores are too large; the file is damaged</translation>
    </message>
    <message>
      <source>{name}：评分内容无法用本批次的密钥解密，不属于本批次</source>
      <translation>{name}: the scores cannot be decrypted with this batch's key; the file is not of this batch</translation>
    </message>
    <message>
      <source>{name}：评分内容已损坏</source>
      <translation>{name}: the scores are damaged</translation>
    </message>
    <message>
      <source>{name}：{error}</source>
      <translation>{name}: {error}</translation>
    </message>
    <message>
      <source>{name}：候选人 {no} 未评完</source>
      <translation>{name}: candidate {no} is not fully scored</translation>
    </message>
    <message>
      <source>{name}：候选人 {no}：{problem}</source>
      <translation>{name}: candidate {no}: {problem}</translation>
    </message>
    <message>
      <source>未填写分数</source>
      <translation>no score entered</translation>
    </message>
    <message>
      <source>{score} 不是 {step} 的整数倍</source>
      <translation>{score} is not a multiple of {step}</translation>
    </message>
    <message>
      <source>第 {row} 行 {column}：{reason}</source>
      <translation>Row {row} {column}: {reason}</translation>
    </message>
    <message>
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <source>“{cell}”不是数字</source>
      <translation>"{cell}" is not a number</translation>
    </message>
    <message>
      <source>“{cell}”被 Excel 当成了日期或时间，请把单元格格式改为“常规”后重新输入分数</source>
      <translation>Excel took "{cell}" for a date or time: set the cell format to "General" and enter the score again</translation>
    </message>
    <message>
      <source>{score} 超出 0 到 {maximum} 分的范围</source>
      <translation>{score} is outside the range 0 to {maximum} points</translation>
    </message>
    <message>
      <source>{column}：{reason}</source>
      <translation>{column}: {reason}</translation>
    </message>
    <message>
      <source>{name}：有 {count} 处需要修改，未生成评分文件：{problems}；另有 {more} 处</source>
      <translation>{name}: {count} places need correcting; no score file was made: {problems}; and {more} more</translation>
    </message>
    <message>
      <source>{name}：有 {count} 处需要修改，未生成评分文件：{problems}</source>
      <translation>{name}: {count} places need correcting; no score file was made: {problems}</translation>
    </message>
    <message>
      <source>列“{header}”重复出现（第 {first} 列与第 {second} 列）</source>
      <translation>column "{header}" appears twice (columns {first} and {second})</translation>
    </message>
    <message>
      <source>办公室已为您预设回避（{reason}），此行应选“{yes}”且不填分数</source>
      <translation>the office has prepared a recusal for you ({reason}): choose "{yes}" in this row and enter no scores</translation>
    </message>
    <message>
      <source>专家编号 {reviewer} 不在本批次的评审专家名单中（名单：{known}）</source>
      <translation>Reviewer number {reviewer} is not on this batch's panel (panel: {known})</translation>
    </message>
    <message>
      <source>表中缺少“{header}”这一列</source>
      <translation>the sheet has no "{header}" column</translation>
    </message>
    <message>
      <source>这份评分表属于另一批次（{other}…），不是本批次 {batch}… 的</source>
      <translation>this score sheet belongs to another batch ({other}…), not to this batch {batch}…</translation>
    </message>
    <message>
      <source>这份评分表是为专家 {other} 生成的，不是 {reviewer}</source>
      <translation>this score sheet was made for reviewer {other}, not {reviewer}</translation>
    </message>
    <message>
      <source>未填写申报编号</source>
      <translation>no application no. entered</translation>
    </message>
    <message>
      <source>“{no}”不是本批次的候选人</source>
      <translation>"{no}" is not a candidate of this batch</translation>
    </message>
    <message>
      <source>{no} 与第 {row} 行重复</source>
      <translation>{no} repeats row {row}</translation>
    </message>
    <message>
      <source>“{name}”与本批次中 {no} 的姓名“{expected}”不符，请核对申报编号</source>
      <translation>"{name}" does not match the name "{expected}" of {no} in this batch; check the application no.</translation>
    </message>
    <message>
      <source>评语过长（{length} 字，上限 {limit} 字）</source>
      <translation>comment too long ({length} characters, at most {limit})</translation>
    </message>
    <message>
      <source>“{cell}”应为“{yes}”或“{no}”</source>
      <translation>"{cell}" should be "{yes}" or "{no}"</translation>
    </message>
    <message>
      <source>缺少候选人 {no} {name}（表中没有这一行）</source>
      <translation>candidate {no} {name} is missing (the sheet has no row for them)</translation>
    </message>
    <message>
      <source>声明回避需要在评语中写明理由</source>
      <translation>a recusal needs its reason in the comment</translation>
    </message>
    <message>
      <source>评分</source>
      <translation>Scores</translation>
    </message>
    <message>
      <source>还没有填写分数（共 {count} 项）；如需回避，请在“{column}”选“{yes}”并在评语中写明理由</source>
      <translation>no scores entered yet ({count} items); to recuse, choose "{yes}" under "{column}" and give the reason in the comment</translation>
    </message>
    <message>
      <source>已声明回避，不应填写分数（{score}）</source>
      <translation>recusal declared: no score should be entered ({score})</translation>
    </message>
    <message>
      <source>评审批次（.crbatch）</source>
      <translation>review batch (.crbatch)</translation>
    </message>
    <message>
      <source>评分文件（.crscore）</source>
      <translation>score file (.crscore)</translation>
    </message>
    <message>
      <source>结果包（.crresult）</source>
      <translation>result package (.crresult)</translation>
    </message>
    <message>
      <source>{name}：不是本程序的文件（评审批次、评分文件或结果包）</source>
      <translation>{name}: not a file of this app (review batch, score file or result package)</translation>
    </message>
    <message>
      <source>{name}：文件头已损坏</source>
      <translation>{name}: the file header is damaged</translation>
    </message>
    <message>
      <source>{name}：文件头已损坏（缺少内容长度）</source>
      <translation>{name}: the file header is damaged (no content length)</translation>
    </message>
    <message>
      <source>{name}：文件不完整（被截断：应有 {expected} 字节，实有 {size} 字节）</source>
      <translation>{name}: the file is incomplete (cut short: {size} bytes instead of {expected})</translation>
    </message>
    <message>
      <source>{name}：文件末尾多出 {extra} 字节，已被改动</source>
      <translation>{name}: {extra} extra bytes at the end of the file; it was altered</translation>
    </message>
    <message>
      <source>{name}：签名者不是预期的{role}（文件签名指纹 {signer_fingerprint}，预期 {expected}）</source>
      <translation>{name}: the signer is not the expected {role} (the file's signing fingerprint is {signer_fingerprint}, expected {expected})</translation>
    </message>
    <message>
      <source>{path} 是文件夹</source>
      <translation>{path} is a folder</translation>
    </message>
    <message>
      <source>{name}：文件过大（超过 {limit_mb} MB），不是有效的{what}</source>
      <translation>{name}: the file is too large (over {limit_mb} MB); not a valid {what}</translation>
    </message>
    <message>
      <source>{path} 是文件夹，不是{what}</source>
      <translation>{path} is a folder, not a {what}</translation>
    </message>
    <message>
      <source>{name}：文件过短，不是{what}</source>
      <translation>{name}: the file is too short; not a {what}</translation>
    </message>
    <message>
      <source>{name}：不是{what}</source>
      <translation>{name}: not a {what}</translation>
    </message>
    <message>
      <source>{name}：文件格式版本 {version} 比本程序支持的 {supported} 新，请升级程序</source>
      <translation>{name}: file format version {version} is newer than {supported}, which this app supports; please update the app</translation>
    </message>
    <message>
      <source>{name}：文件格式版本 {version} 无效</source>
      <translation>{name}: file format version {version} is invalid</translation>
    </message>
    <message>
      <source>{name}：文件头过大（{header_length} 字节），文件已损坏</source>
      <translation>{name}: the file header is too large ({header_length} bytes); the file is damaged</translation>
    </message>
    <message>
      <source>{name}：文件头缺少有效的签名公钥，文件已损坏</source>
      <translation>{name}: the file header has no valid signing public key; the file is damaged</translation>
    </message>
    <message>
      <source>{name}：签名无效，文件已被改动或损坏</source>
      <translation>{name}: invalid signature; the file was altered or is damaged</translation>
    </message>
    <message>
      <source>{name}：这是{other}，不是{what}</source>
      <translation>{name}: this is a {other}, not a {what}</translation>
    </message>
    <message>
      <source>找不到办公室数据库 {path}</source>
      <translation>Cannot find the office database {path}</translation>
    </message>
    <message>
      <source>数据库 {path} 由更新版本的程序创建（结构版本 {version}，本程序支持 {supported}），请升级程序</source>
      <translation>The database {path} was made by a newer version of the program (schema version {version}, this program supports {supported}); please upgrade the program</translation>
    </message>
    <message>
      <source>{path} 是其他程序的 SQLite 数据库，不是办公室数据库</source>
      <translation>{path} is an SQLite database of another program, not an office database</translation>
    </message>
    <message>
      <source>附件 {attachment} 不存在</source>
      <translation>Attachment {attachment} does not exist</translation>
    </message>
    <message>
      <source>{path} 不是本程序的数据库，或已损坏（{error}）</source>
      <translation>{path} is not a database of this program, or it is damaged ({error})</translation>
    </message>
    <message>
      <source>{file}：文件是空的</source>
      <translation>{file}: the file is empty</translation>
    </message>
    <message>
      <source>{file}：文件过大（{size_mb} MB），超过 {limit_mb} MB 上限</source>
      <translation>{file}: the file is too large ({size_mb} MB, the limit is {limit_mb} MB)</translation>
    </message>
    <message>
      <source>{file}：不是 Excel 工作簿（.xlsx），文件可能已损坏或是其他格式</source>
      <translation>{file}: not an Excel workbook (.xlsx); the file may be damaged or of another format</translation>
    </message>
    <message>
      <source>{path} 是文件夹，不是工作簿</source>
      <translation>{path} is a folder, not a workbook</translation>
    </message>
    <message>
      <source>没有权限读取 {path}</source>
      <translation>No permission to read {path}</translation>
    </message>
    <message>
      <source>{file}：文件已损坏（{error}）</source>
      <translation>{file}: the file is damaged ({error})</translation>
    </message>
    <message>
      <source>{file}：无法打开工作簿（{kind}: {error}）</source>
      <translation>{file}: cannot open the workbook ({kind}: {error})</translation>
    </message>
    <message>
      <source>{file}：找不到表头行（前 {rows} 行中没有可识别的列名）</source>
      <translation>{file}: no header row found (no known column names in the first {rows} rows)</translation>
    </message>
    <message>
      <source>{file}：工作表“{title}”声明有 {claimed} 行，超过 {last_row} 行上限（数据最多 {max_rows} 行），已拒绝导入；请删除多余的行后另存再导入</source>
      <translation>{file}: the sheet "{title}" declares {claimed} rows, over the limit of {last_row} (at most {max_rows} data rows); not imported. Delete the extra rows, save and import again</translation>
    </message>
    <message>
      <source>{cells}等</source>
      <translation>{cells} and more</translation>
    </message>
    <message>
      <source>{file}：共 {count} 个单元格是公式（{cells}），请复制后“选择性粘贴为数值”再导入</source>
      <translation>{file}: {count} cells are formulas ({cells}); copy them, use "Paste Special › Values" and import again</translation>
    </message>
    <message>
      <source>{file}：这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入</source>
      <translation>{file}: this is an old Excel (.xls) file; save it as .xlsx in Excel and import again</translation>
    </message>
    <message>
      <source>{file}：压缩包中没有工作簿内容，不是 Excel 工作簿（.xlsx）</source>
      <translation>{file}: the archive holds no workbook content; not an Excel workbook (.xlsx)</translation>
    </message>
    <message>
      <source>{file}：解压后内容过大（{size_mb} MB），拒绝读取</source>
      <translation>{file}: the content is too large when unpacked ({size_mb} MB); not read</translation>
    </message>
    <message>
      <source>{file}：文件已损坏（{member} 校验失败）</source>
      <translation>{file}: the file is damaged ({member} failed its check)</translation>
    </message>
    <message>
      <source>{file}：读取工作表“{title}”时出错（{error}）</source>
      <translation>{file}: error while reading the sheet "{title}" ({error})</translation>
    </message>
    <message>
      <source>{file}：工作簿设有打开密码，请取消密码后另存为 .xlsx 再导入</source>
      <translation>{file}: the workbook has an opening password; remove it, save as .xlsx and import again</translation>
    </message>
    <message>
      <source>{file}：工作表“{title}”已损坏（{error}）</source>
      <translation>{file}: the sheet "{title}" is damaged ({error})</translation>
    </message>
    <message>
      <source>{file}：工作表“{title}”的行数超过 {last_row} 行上限（含空行），已拒绝导入；请删除多余的行后另存再导入</source>
      <translation>{file}: the sheet "{title}" has more than {last_row} rows (blank rows included); not imported. Delete the extra rows, save and import again</translation>
    </message>
    <message>
      <source>{file}：数据行超过 {max_rows} 行上限（读到第 {row} 行仍有内容），已拒绝导入；请删除多余的行</source>
      <translation>{file}: more than {max_rows} data rows (row {row} still has content); not imported. Delete the extra rows</translation>
    </message>
    <message>
      <source>没有一位候选人由全部评分专家评分</source>
      <translation>No candidate was scored by every reviewer who scored</translation>
    </message>
    <message>
      <source>全部专家都评了的候选人不足两名</source>
      <translation>Fewer than two candidates were scored by every reviewer</translation>
    </message>
    <message>
      <source>评分专家不足两位</source>
      <translation>Fewer than two reviewers scored</translation>
    </message>
    <message>
      <source>分母为零：候选人之间、专家之间都没有差异</source>
      <translation>Zero denominator: no differences between candidates or between reviewers</translation>
    </message>
    <message>
      <source>每位专家给每位候选人的总分都相同，没有可比较的排序</source>
      <translation>Every reviewer gave every candidate the same total: there is no ranking to compare</translation>
    </message>
    <message>
      <source>没有写入权限（文件夹或文件是只读的）</source>
      <translation>no permission to write (the folder or file is read-only)</translation>
    </message>
    <message>
      <source>没有写入权限（文件夹或文件被锁定）</source>
      <translation>no permission to write (the folder or file is locked)</translation>
    </message>
    <message>
      <source>所在的磁盘是只读的</source>
      <translation>the disk is read-only</translation>
    </message>
    <message>
      <source>磁盘空间已满</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <source>文件超出了磁盘或系统允许的大小</source>
      <translation>the file is larger than the disk or system allows</translation>
    </message>
    <message>
      <source>文件夹已不存在（U 盘可能已拔出）</source>
      <translation>the folder no longer exists (the USB stick may have been removed)</translation>
    </message>
    <message>
      <source>路径中有一级不是文件夹</source>
      <translation>part of the path is not a folder</translation>
    </message>
    <message>
      <source>同名的是一个文件夹</source>
      <translation>a folder has that name</translation>
    </message>
    <message>
      <source>磁盘读写出错（U 盘可能已拔出或损坏）</source>
      <translation>disk read/write error (the USB stick may have been removed or be damaged)</translation>
    </message>
    <message>
      <source>文件名太长</source>
      <translation>the file name is too long</translation>
    </message>
    <message>
      <source>文件正被其他程序占用</source>
      <translation>the file is in use by another program</translation>
    </message>
    <message>
      <source>超出了磁盘配额</source>
      <translation>the disk quota is exceeded</translation>
    </message>
    <message>
      <source>磁盘读写出错（磁盘可能已满或已拔出）</source>
      <translation>disk read/write error (the disk may be full or removed)</translation>
    </message>
    <message>
      <source>无法在该文件夹中创建文件（文件夹只读或已不存在）</source>
      <translation>cannot create a file in that folder (it is read-only or no longer exists)</translation>
    </message>
    <message>
      <source>无法保存 {target}：{reason}。未留下不完整的文件，请换一个位置再试</source>
      <translation>Cannot save {target}: {reason}. No incomplete file was left behind; please try another location</translation>
    </message>
    <message>
      <source>无法保存 {target}：{reason}。未留下不完整的文件，原有的同名文件未改动，请换一个位置再试</source>
      <translation>Cannot save {target}: {reason}. No incomplete file was left behind and the existing file of that name is unchanged; please try another location</translation>
    </message>
    <message>
      <source>同名的是一个文件夹，请换一个文件名</source>
      <translation>a folder has that name; please choose another file name</translation>
    </message>
    <message>
      <source>文件夹 {folder} 不存在（或已被移走）</source>
      <translation>folder {folder} does not exist (or has been moved)</translation>
    </message>
    <message>
      <source>没有写入权限（文件夹是只读的）</source>
      <translation>no permission to write (the folder is read-only)</translation>
    </message>
    <message>
      <source>这不是普通文件（设备或管道），不能覆盖</source>
      <translation>it is not an ordinary file (a device or pipe) and cannot be overwritten</translation>
    </message>
    <message>
      <source>已有的同名文件是只读的</source>
      <translation>the existing file of that name is read-only</translation>
    </message>
    <message>
      <source>无法读取 {path}（{reason}）</source>
      <translation>cannot read {path} ({reason})</translation>
    </message>
    <message>
      <source>未找到可嵌入PDF的中文字体（需TrueType轮廓并含英文字母和数字）。Debian/Ubuntu 请执行：sudo apt-get install fonts-wqy-microhei；Windows 系统自带黑体 SimHei（C:/Windows/Fonts/simhei.ttf）；也可设置环境变量 {variable} 指向一个 .ttf/.ttc 字体文件。 No embeddable CJK font found (TrueType outlines with Latin letters and digits are needed). On Debian/Ubuntu run: sudo apt-get install fonts-wqy-microhei; on Windows SimHei ships with the system; or set {variable} to the path of a .ttf/.ttc font.</source>
      <translation>No embeddable CJK font found (TrueType outlines with Latin letters and digits are needed). On Debian/Ubuntu run: sudo apt-get install fonts-wqy-microhei; on Windows SimHei (C:/Windows/Fonts/simhei.ttf) ships with the system; or set {variable} to the path of a .ttf/.ttc font.</translation>
    </message>
    <message>
      <source>环境变量 {variable} 指向的字体文件不存在：{path}。 The font file named by {variable} does not exist: {path}</source>
      <translation>The font file named by {variable} does not exist: {path}</translation>
    </message>
    <message>
      <source>环境变量 {variable} 指向的字体不是TrueType轮廓的中文字体（Noto/思源等CFF字体不可用）：{path}。 The font named by {variable} has no TrueType outlines (Noto/Source Han CJK cannot be embedded by reportlab): {path}</source>
      <translation>The font named by {variable} has no TrueType outlines (Noto/Source Han CJK cannot be embedded by reportlab): {path}</translation>
    </message>
    <message>
      <source>字体无法嵌入PDF：{path}（{error}）。 {hint}</source>
      <translation>The font cannot be embedded in a PDF: {path} ({error}). {hint}</translation>
    </message>
    <message>
      <source>还没有通过市总审定的候选人，无法生成公示名单（可先生成草稿：--draft）</source>
      <translation>No candidate has passed Federation approval yet, so the public notice list cannot be made (a draft can be made first: --draft)</translation>
    </message>
    <message>
      <source>还没有获推荐的候选人（须先导入已验证的评审结果），无法生成公示名单草稿</source>
      <translation>No candidate has been recommended yet (verified review results must be imported first), so the draft public notice list cannot be made</translation>
    </message>
    <message>
      <source>证书中组长密钥的绑定无法识别</source>
      <translation>The certificate's binding to the chair's key cannot be recognised</translation>
    </message>
    <message>
      <source>证书的公钥不是 ECDSA P-256</source>
      <translation>The certificate's public key is not ECDSA P-256</translation>
    </message>
    <message>
      <source>证书上的组长密钥指纹与绑定的密钥不符</source>
      <translation>The chair key fingerprint on the certificate does not match the bound key</translation>
    </message>
    <message>
      <source>{file}：由评审组长 {chair}（密钥指纹 {fingerprint}）签名，签名有效，文件未被改动</source>
      <translation>{file}: signed by chair {chair} (key fingerprint {fingerprint}); the signature is valid and the file is unchanged</translation>
    </message>
    <message>
      <source>证书不是本软件为评审组长生成的（缺少组长密钥的绑定）</source>
      <translation>The certificate was not made by this app for a chair (the binding to the chair's key is missing)</translation>
    </message>
    <message>
      <source>证书的签名公钥未经组长密钥确认（绑定签名无效）</source>
      <translation>The certificate's signing key is not confirmed by the chair's key (invalid binding signature)</translation>
    </message>
    <message>
      <source>{file}：文件没有数字签名</source>
      <translation>{file}: the file has no digital signature</translation>
    </message>
    <message>
      <source>{file}：文件有 {count} 个签名，结果表只应有组长的一个</source>
      <translation>{file}: the file has {count} signatures; a result sheet should have only the chair's one</translation>
    </message>
    <message>
      <source>{file}：签名人密钥（{signer_fingerprint}）不是评审组长的（{chair_fingerprint}）</source>
      <translation>{file}: the signer's key ({signer_fingerprint}) is not the chair's ({chair_fingerprint})</translation>
    </message>
    <message>
      <source>签名后文件内容被改动（摘要不符）</source>
      <translation>The file was changed after signing (digest mismatch)</translation>
    </message>
    <message>
      <source>签名值无效</source>
      <translation>The signature value is invalid</translation>
    </message>
    <message>
      <source>签名证书不受信任</source>
      <translation>The signing certificate is not trusted</translation>
    </message>
    <message>
      <source>签名没有覆盖整个文件（签名后又追加了内容）</source>
      <translation>The signature does not cover the whole file (content was added after signing)</translation>
    </message>
    <message>
      <source>签名未通过全部检查</source>
      <translation>The signature did not pass every check</translation>
    </message>
    <message>
      <source>PDF 无法签名：{kind}: {error}</source>
      <translation>The PDF cannot be signed: {kind}: {error}</translation>
    </message>
    <message>
      <source>无法读取 {path}：{reason}</source>
      <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
      <source>{file}：签名无法验证（{kind}: {error}）</source>
      <translation>{file}: the signature cannot be verified ({kind}: {error})</translation>
    </message>
    <message>
      <source>数据库中没有经单位推荐或社团推荐、填写了所属区局（产业）工会/社团的申报，无法生成附件3</source>
      <translation>The database has no application recommended by a unit or association with its district or industry union / association filled in, so Annex 3 cannot be made</translation>
    </message>
    <message>
      <source>最小分组人数至少为 2</source>
      <translation>The smallest group size must be at least 2</translation>
    </message>
    <message>
      <source>有效问卷只有 {count} 份，不足 {min_cell} 份，无法在不暴露个人的前提下汇总</source>
      <translation>Only {count} valid questionnaires, fewer than {min_cell}: they cannot be summarised without revealing individuals</translation>
    </message>
  </context>
</TS>
