<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Appearance</name>
    <message>
        <source>Like the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach a photo or PDF</source>
        <translation>附加照片或 PDF</translation>
    </message>
    <message>
        <source>Photos and PDFs ({patterns} *.pdf);;All files (*)</source>
        <translation>照片和 PDF ({patterns} *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>已附加的文件</translation>
    </message>
    <message>
        <source>The attached file</source>
        <translation>附加的文件</translation>
    </message>
    <message>
        <source>Kept encrypted inside the diary, and in its backups. Photos are stored without their hidden details (such as where they were taken).</source>
        <translation>加密保存在日记及其备份中。照片保存时会去掉隐藏信息（例如拍摄地点）。</translation>
    </message>
    <message>
        <source>&amp;Add a photo or PDF…</source>
        <translation>添加照片或 PDF(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>保存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing attached yet. Add a photo of the report, or its PDF.</source>
        <translation>尚无附件。请添加化验单的照片或 PDF。</translation>
    </message>
    <message>
        <source>{name}: a PDF of {size}. Dosebook keeps it, but cannot show PDF pages; save a copy to open it.</source>
        <translation>{name}：PDF，大小 {size}。Dosebook 会保存它，但无法显示 PDF 页面；请保存副本后打开。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved a copy to {path}. It is NOT encrypted.</source>
        <translation>已将副本保存到 {path}。它未加密。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove {name} from the diary? This cannot be undone.</source>
        <translation>从日记中移除 {name}？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The picture could not be prepared for keeping.</source>
        <translation>无法处理该图片以便保存。</translation>
    </message>
    <message>
        <source>That file is not a photo or PDF Dosebook can read.</source>
        <translation>该文件不是 Dosebook 能读取的照片或 PDF。</translation>
    </message>
    <message>
        <source>{name} is {size}; an attachment can be at most {most}.</source>
        <translation>{name} 大小为 {size}；附件最大为 {most}。</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Less about {title}</source>
        <translation>收起：{title}</translation>
    </message>
    <message>
        <source>More about {title}</source>
        <translation>展开：{title}</translation>
    </message>
    <message>
        <source>Warning signs and notes</source>
        <translation>警示信号与提示</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation>0–7 天</translation>
    </message>
    <message>
        <source>8–14</source>
        <translation>8–14</translation>
    </message>
    <message>
        <source>15–28</source>
        <translation>15–28</translation>
    </message>
    <message>
        <source>29+ days</source>
        <translation>29 天以上</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Used last time</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>last used today</source>
        <translation>今天刚用过</translation>
    </message>
    <message>
        <source>last used yesterday</source>
        <translation>昨天用过</translation>
    </message>
    <message>
        <source>last used {n} days ago</source>
        <translation>{n} 天前用过</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>用过 1 次</translation>
    </message>
    <message>
        <source>used {n} times</source>
        <translation>用过 {n} 次</translation>
    </message>
    <message>
        <source>not in use: {reason}</source>
        <translation>不使用：{reason}</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Recent: {dates}</source>
        <translation>最近：{dates}</translation>
    </message>
    <message>
        <source>Suggested for the next injection</source>
        <translation>建议下次注射使用</translation>
    </message>
    <message>
        <source>A site reaction was noted here</source>
        <translation>此处记录过部位反应</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>used last time</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>site reaction noted</source>
        <translation>有部位反应记录</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>view of the body</comment>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>view of the body</comment>
        <translation>背面</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the person&apos;s right side</comment>
        <translation>右</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the person&apos;s left side</comment>
        <translation>左</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation>人体图</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between injection zones, Enter to pick one.</source>
        <translation>用方向键在注射区域间移动，按 Enter 选择。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>JPEG picture</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG) and PDF files can be attached.</source>
        <translation>只能附加照片（JPEG、PNG）和 PDF 文件。</translation>
    </message>
    <message>
        <source>An attachment belongs to one lab panel or one site reaction.</source>
        <translation>附件属于某次化验或某次部位反应。</translation>
    </message>
    <message>
        <source>An attached file cannot be empty.</source>
        <translation>附加的文件不能为空。</translation>
    </message>
    <message>
        <source>The file is {size}; an attachment can be at most {most}.</source>
        <translation>文件大小为 {size}；附件最大为 {most}。</translation>
    </message>
    <message>
        <source>The attached file&apos;s size does not match its record.</source>
        <translation>附件大小与其记录不符。</translation>
    </message>
    <message>
        <source>The file is not a {kind}, as its record says.</source>
        <translation>该文件不是其记录所说的{kind}。</translation>
    </message>
    <message>
        <source>The photo still holds EXIF data (it can hold where it was taken); add it again so Dosebook can remove it.</source>
        <translation>照片仍含有 EXIF 数据（可能包含拍摄地点）；请重新添加，以便 Dosebook 将其删除。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>The range &apos;{range}&apos; is in {unit} but the result is in {result_unit}; type the range printed for the result&apos;s unit.</source>
        <translation>参考区间“{range}”的单位是 {unit}，而结果的单位是 {result_unit}；请输入结果单位对应的参考区间。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a test in the catalogue.</source>
        <translation>“{code}”不是目录中的项目。</translation>
    </message>
    <message>
        <source>&apos;{sign}&apos; is not a comparison Dosebook understands.</source>
        <translation>Dosebook 无法理解比较符“{sign}”。</translation>
    </message>
    <message>
        <source>Each result needs a value, or a word such as &apos;negative&apos;.</source>
        <translation>每个结果都需要数值，或像“阴性”这样的文字。</translation>
    </message>
    <message>
        <source>Numbers must be ordinary finite numbers.</source>
        <translation>数字必须是普通的有限数。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The range&apos;s low end is above its high end.</source>
        <translation>参考区间的下限高于上限。</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not where a range comes from ({known}).</source>
        <translation>“{source}”不是参考区间的来源（{known}）。</translation>
    </message>
    <message>
        <source>The collection date is in the future.</source>
        <translation>采样日期在未来。</translation>
    </message>
    <message>
        <source>Add at least one result to the panel.</source>
        <translation>请为这次化验至少添加一个结果。</translation>
    </message>
    <message>
        <source>A test needs a name.</source>
        <translation>项目需要名称。</translation>
    </message>
    <message>
        <source>Each other unit needs a name.</source>
        <translation>每个其他单位都需要名称。</translation>
    </message>
    <message>
        <source>The factor for {unit} must be a number above zero.</source>
        <translation>{unit} 的换算系数必须是大于零的数。</translation>
    </message>
    <message>
        <source>range end</source>
        <translation>区间端点</translation>
    </message>
    <message>
        <source>The SI unit {unit} needs a factor among the test&apos;s other units.</source>
        <translation>国际单位 {unit} 需要在该项目的其他单位中有换算系数。</translation>
    </message>
    <message>
        <source>A monitoring group needs a name.</source>
        <translation>监测组需要名称。</translation>
    </message>
    <message>
        <source>Months between tests must be between 0 and 120.</source>
        <translation>两次检测之间的月数必须在 0 到 120 之间。</translation>
    </message>
    <message>
        <source>The shortest interval is longer than the longest.</source>
        <translation>最短间隔比最长间隔还长。</translation>
    </message>
    <message>
        <source>Choose cold, flu, stomach or other for the kind of sickness.</source>
        <translation>请为患病类型选择感冒、流感、肠胃不适或其他。</translation>
    </message>
    <message>
        <source>Tags cannot contain commas or be empty.</source>
        <translation>标签不能包含逗号，也不能为空。</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>请填写药品名称。</translation>
    </message>
    <message>
        <source>The dose must be more than zero.</source>
        <translation>剂量必须大于零。</translation>
    </message>
    <message>
        <source>Choose the dose unit (for example mg).</source>
        <translation>请选择剂量单位（例如 mg）。</translation>
    </message>
    <message>
        <source>Choose the route (for example subcutaneous).</source>
        <translation>请选择给药途径（例如皮下）。</translation>
    </message>
    <message>
        <source>&apos;Every N days&apos; must be between 1 and 365.</source>
        <translation>“每 N 天”须在 1 到 365 之间。</translation>
    </message>
    <message>
        <source>Choose weekdays or &apos;every N days&apos; for the schedule (one of them).</source>
        <translation>请为计划选择星期几或“每 N 天”（二选一）。</translation>
    </message>
    <message>
        <source>Weekdays run from Monday (0) to Sunday (6).</source>
        <translation>星期几从星期一（0）到星期日（6）。</translation>
    </message>
    <message>
        <source>Each weekday can be chosen once.</source>
        <translation>每个星期几只能选一次。</translation>
    </message>
    <message>
        <source>The planned end is before the start.</source>
        <translation>计划结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The pause is before the start.</source>
        <translation>暂停日期早于开始日期。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The on-time window must be between 0 and {hours:g} hours.</source>
        <translation>按时窗口须在 0 到 {hours:g} 小时之间。</translation>
    </message>
    <message>
        <source>Give the vial&apos;s product a name.</source>
        <translation>请填写药瓶的药品名称。</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>diluent volume</source>
        <translation>溶剂体积</translation>
    </message>
    <message>
        <source>beyond-use time</source>
        <translation>开封后可用时间</translation>
    </message>
    <message>
        <source>The vial&apos;s {what} must be more than zero.</source>
        <translation>药瓶的{what}必须大于零。</translation>
    </message>
    <message>
        <source>vial&apos;s {what}</source>
        <translation>药瓶的{what}</translation>
    </message>
    <message>
        <source>The {what} time needs a named time zone (for example Europe/Berlin).</source>
        <translation>{what}时间需要有名称的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Pick the injection site on the body map.</source>
        <translation>请在身体图上选择注射部位。</translation>
    </message>
    <message>
        <source>A dose counts either for a scheduled dose or as an extra one, not both.</source>
        <translation>一次注射要么算作计划剂量，要么算作额外注射，不能两者都算。</translation>
    </message>
    <message>
        <source>Only a dose of a course can count for one of its scheduled doses.</source>
        <translation>只有疗程中的注射才能算作该疗程的计划剂量。</translation>
    </message>
    <message>
        <source>Grade the reaction 1, 2 or 3.</source>
        <translation>请将反应分为 1、2 或 3 级。</translation>
    </message>
    <message>
        <source>Choose what the reaction looks like from the list.</source>
        <translation>请从列表中选择反应的表现。</translation>
    </message>
    <message>
        <source>Pick the zone where the reaction is.</source>
        <translation>请选择出现反应的部位。</translation>
    </message>
    <message>
        <source>The reaction cannot have settled before it was seen.</source>
        <translation>反应不可能在发现之前就已消退。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone this computer knows.</source>
        <translation>这台电脑不认识时区“{name}”。</translation>
    </message>
    <message>
        <source>The birth year does not look right; type four digits, e.g. 1980.</source>
        <translation>出生年份似乎不对；请输入四位数字，例如 1980。</translation>
    </message>
    <message>
        <source>A body zone needs its {field}.</source>
        <translation>身体部位需要填写 {field}。</translation>
    </message>
    <message>
        <source>&apos;{view}&apos; is not front or back.</source>
        <translation>“{view}”既不是正面也不是背面。</translation>
    </message>
    <message>
        <source>&apos;{side}&apos; is not left or right.</source>
        <translation>“{side}”既不是左也不是右。</translation>
    </message>
    <message>
        <source>&apos;{rule_id}&apos; is not a rule id.</source>
        <translation>“{rule_id}”不是规则编号。</translation>
    </message>
    <message>
        <source>A snooze needs a time with a time zone.</source>
        <translation>稍后提醒需要带时区的时间。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting Dosebook knows.</source>
        <translation>“{key}”不是 Dosebook 认识的设置。</translation>
    </message>
    <message>
        <source>The setting {key}: {err}.</source>
        <translation>设置 {key}：{err}。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting of a warning rule Dosebook knows.</source>
        <translation>“{key}”不是 Dosebook 认识的警示规则设置。</translation>
    </message>
    <message>
        <source>The setting {key} is 1 (on) or 0 (off), not &apos;{value}&apos;.</source>
        <translation>设置 {key} 只能是 1（开）或 0（关），不能是“{value}”。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a threshold that can be changed.</source>
        <translation>“{key}”不是可以更改的阈值。</translation>
    </message>
    <message>
        <source>Keep the {what} to one line of at most {MAX_SHORT_TEXT} characters.</source>
        <translation>{what}请写在一行内，最多 {MAX_SHORT_TEXT} 个字符。</translation>
    </message>
    <message>
        <source>Give the medicine a name.</source>
        <translation>请填写药物名称。</translation>
    </message>
    <message>
        <source>The day it was stopped is before the day it was started.</source>
        <translation>停用日期早于开始日期。</translation>
    </message>
    <message>
        <source>&apos;Acts on the immune system&apos; is yes or no.</source>
        <translation>“作用于免疫系统”只能是是或否。</translation>
    </message>
    <message>
        <source>Say who the appointment is with (a doctor, a clinic, a lab).</source>
        <translation>请说明预约对象（医生、诊所或化验室）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{path} already exists; choose another name so nothing is overwritten.</source>
        <translation>{path} 已存在；请换一个名称，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>Created an empty diary at {path}.</source>
        <translation>已在 {path} 创建空日记。</translation>
    </message>
    <message>
        <source>Wrote a demo diary to {path} (passphrase: demo): {injection} injections, {diary_entry} diary days, {lab_panel} lab panels.</source>
        <translation>已将演示日记写入 {path}（口令：demo）：{injection} 次注射，{diary_entry} 天日记，{lab_panel} 份化验单。</translation>
    </message>
    <message>
        <source>Diary: {path}</source>
        <translation>日记：{path}</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>完整性：{result}</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>数据库结构版本：{revision}</translation>
    </message>
    <message>
        <source>Wrote {count} CSV files to {out}. They are NOT encrypted: keep them safe.</source>
        <translation>已将 {count} 个 CSV 文件写入 {out}。它们未加密：请妥善保管。</translation>
    </message>
    <message>
        <source>{out} already exists; choose another name so nothing is overwritten.</source>
        <translation>{out} 已存在；请换个名称，以免覆盖。</translation>
    </message>
    <message>
        <source>Wrote {out}. This export is NOT encrypted: keep it safe, delete it when done.</source>
        <translation>已写入 {out}。此导出文件未加密：请妥善保管，用完后删除。</translation>
    </message>
    <message>
        <source>Could not read {file}: {err}.</source>
        <translation>无法读取 {file}：{err}。</translation>
    </message>
    <message>
        <source>{path} is read-only; nothing was imported.</source>
        <translation>{path} 为只读；未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported {rows} records into {path}.</source>
        <translation>已将 {rows} 条记录导入 {path}。</translation>
    </message>
    <message>
        <source>Wrote an encrypted, verified backup to {target}. It opens with the same passphrase.</source>
        <translation>已将加密并校验过的备份写入 {target}。它用同一口令打开。</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}: {injection} injections, {diary_entry} diary days, {lab_panel} lab panels.</source>
        <translation>已从 {backup} 恢复 {path}：{injection} 次注射，{diary_entry} 天日记，{lab_panel} 份化验单。</translation>
    </message>
    <message>
        <source>The diary as it was before is kept at {kept_copy}.</source>
        <translation>恢复前的日记保存在 {kept_copy}。</translation>
    </message>
    <message>
        <source>dosebook: stopped.</source>
        <translation>dosebook：已停止。</translation>
    </message>
    <message>
        <source>dosebook: unexpected problem ({kind}); nothing was changed.</source>
        <translation>dosebook：意外问题（{kind}）；未做任何更改。</translation>
    </message>
    <message>
        <source>dosebook: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for tests.</source>
        <translation>dosebook：未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）；请在桌面会话中运行，测试时可设置 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
    <message>
        <source>The report&apos;s first day (--from) is after its last day (--to).</source>
        <translation>报告的第一天（--from）晚于最后一天（--to）。</translation>
    </message>
    <message>
        <source>Wrote {out} (1 page, {days}).</source>
        <translation>已写入 {out}（1 页，{days}）。</translation>
    </message>
    <message>
        <source>Wrote {out} ({pages} pages, {days}).</source>
        <translation>已写入 {out}（{pages} 页，{days}）。</translation>
    </message>
    <message>
        <source>Could not write {out}: {reason}.</source>
        <translation>无法写入 {out}：{reason}。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>not given (lab ranges use both)</source>
        <translation>未填写（化验参考区间取两者）</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>姓名：{value}</translation>
    </message>
    <message>
        <source>Sex: {value}</source>
        <translation>性别：{value}</translation>
    </message>
    <message>
        <source>Birth year: {value}</source>
        <translation>出生年份：{value}</translation>
    </message>
    <message>
        <source>Time zone: {value}</source>
        <translation>时区：{value}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>What the protocol is for: {value}</source>
        <translation>用药目的：{value}</translation>
    </message>
    <message>
        <source>Allergies: {value}</source>
        <translation>过敏：{value}</translation>
    </message>
    <message>
        <source>(none noted)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Standing cautions: none</source>
        <translation>长期注意事项：无</translation>
    </message>
    <message>
        <source>Standing cautions:</source>
        <translation>长期注意事项：</translation>
    </message>
    <message>
        <source> (from your medicines: {names})</source>
        <translation>（来自您的用药：{names}）</translation>
    </message>
    <message>
        <source>  - {name}: {why} Source: {source}.</source>
        <translation>  - {name}：{why} 来源：{source}。</translation>
    </message>
    <message>
        <source>Other medicines:</source>
        <translation>其他用药：</translation>
    </message>
    <message>
        <source>Other medicines: none listed</source>
        <translation>其他用药：未列出</translation>
    </message>
    <message>
        <source>Status as of {day}</source>
        <translation>截至 {day} 的状态</translation>
    </message>
    <message>
        <source>(acts on the immune system)</source>
        <translation>（作用于免疫系统）</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <source>Dosebook ran into a problem it did not expect ({kind}). What you saved before is safe; the last thing you did may not have been saved. You can keep working.</source>
        <translation>Dosebook 遇到了意外问题（{kind}）。之前保存的内容是安全的；最后一步操作可能未保存。您可以继续使用。</translation>
    </message>
</context>
<context>
    <name>CreateDiaryDialog</name>
    <message>
        <source>Create your diary</source>
        <translation>创建您的日记</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Dosebook.&lt;/b&gt;&lt;br&gt;Your diary is kept in one encrypted file on this computer:&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;Nothing is ever sent anywhere.</source>
        <translation>&lt;b&gt;欢迎使用 Dosebook。&lt;/b&gt;&lt;br&gt;您的日记保存在这台电脑上的一个加密文件中：&lt;br&gt;&lt;code&gt;{where}&lt;/code&gt;&lt;br&gt;任何内容都不会被发送到别处。</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Create diary</source>
        <translation>创建日记</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <comment>weekday, short</comment>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>weekday, short</comment>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>weekday, short</comment>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>weekday, short</comment>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>weekday, short</comment>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>weekday, short</comment>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>weekday, short</comment>
        <translation>周日</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>weekday</comment>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>weekday</comment>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>weekday</comment>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>weekday</comment>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>weekday</comment>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>weekday</comment>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>weekday</comment>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month, short</comment>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month, short</comment>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month, short</comment>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month, short</comment>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month, short</comment>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month, short</comment>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month, short</comment>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month, short</comment>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month, short</comment>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month, short</comment>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month, short</comment>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month, short</comment>
        <translation>12月</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <extracomment>A day of the month and a short month name: &quot;27 Jul&quot;. German &quot;27. Juli&quot;.</extracomment>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <extracomment>A date with a short month name: &quot;24 Nov 2026&quot;.</extracomment>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <extracomment>A short month name and a year: &quot;Nov 2026&quot;.</extracomment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <extracomment>A short weekday name before a date: &quot;Thu 12 Mar&quot;.</extracomment>
        <translation>{date} {weekday}</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <extracomment>A date and a time of day: &quot;Thu 12 Mar 20:00&quot;.</extracomment>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Between items of a list but the last two: &quot;Mon, Wed and Fri&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <comment>list separator</comment>
        <extracomment>Between the last two items of a list: &quot;Mon, Wed and Fri&quot;.</extracomment>
        <translation>和</translation>
    </message>
    <message>
        <source>every day at {time}</source>
        <translation>每天 {time}</translation>
    </message>
    <message>
        <source>every {n} days at {time}</source>
        <translation>每 {n} 天 {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <extracomment>Days of the week and a time: &quot;Mon and Thu at 20:00&quot;.</extracomment>
        <translation>每{days} {time}</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <source>Before the protocol</source>
        <translation>用药方案之前</translation>
    </message>
    <message>
        <source>Since the protocol started</source>
        <translation>用药方案开始以来</translation>
    </message>
    <message>
        <source>Whole diary</source>
        <translation>全部日记</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>({n} may still be going on)</source>
        <translation>（{n} 次可能仍在持续）</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Episodes per 90 days</source>
        <translation>每 90 天次数</translation>
    </message>
    <message>
        <source>Average days to recover</source>
        <translation>平均恢复天数</translation>
    </message>
    <message>
        <source>Days the diary covers</source>
        <translation>日记覆盖天数</translation>
    </message>
    <message>
        <source>Sick episodes</source>
        <translation>生病期</translation>
    </message>
    <message>
        <source>An episode is a run of sick days; a single day in between does not end it. Its length counts from the first sick day to the last. An episode counts in the column where it started. These are the diary&apos;s numbers, not a diagnosis.</source>
        <translation>生病期指连续的生病日；中间隔一天不算结束。时长从首个生病日算到最后一个。生病期计入其开始时所在的列。这些只是日记中的数字，不是诊断。</translation>
    </message>
    <message>
        <source>may still be going on</source>
        <translation>可能仍在持续</translation>
    </message>
    <message>
        <source>{n} day(s) without an entry inside</source>
        <translation>其中 {n} 天没有日记</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Last sick day</source>
        <translation>最后生病日</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Sick days logged</source>
        <translation>记录的生病日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Highest temp.</source>
        <translation>最高体温</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No sick episodes in the diary</source>
        <translation>日记中没有生病期</translation>
    </message>
    <message>
        <source>1 sick episode in the diary</source>
        <translation>日记中有 1 次生病期</translation>
    </message>
    <message>
        <source>{n} sick episodes in the diary</source>
        <translation>日记中有 {n} 次生病期</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>生病</translation>
    </message>
    <message>
        <source>Search notes and tags — e.g. headache, or #travel</source>
        <translation>搜索备注和标签——例如 头痛，或 #出差</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>搜索日记</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>日记条目</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>精力</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>乏力</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>整体状态</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>生病</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>trouble</source>
        <translation>不适</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Sick today</source>
        <translation>今天生病</translation>
    </message>
    <message>
        <source>Type the first letter: N, C, F, S or O.</source>
        <translation>输入首字母：N、C、F、S 或 O。</translation>
    </message>
    <message>
        <source>a cold, the flu, a stomach bug or something else</source>
        <translation>感冒、流感、肠胃炎或其他</translation>
    </message>
    <message>
        <source>Temperature in °C, if taken</source>
        <translation>体温（°C），如有测量</translation>
    </message>
    <message>
        <source>e.g. 38.2</source>
        <translation>例如 38.2</translation>
    </message>
    <message>
        <source>if you took it; leave empty otherwise</source>
        <translation>如有测量；否则留空</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>reactions the label names, and any of your own</source>
        <translation>说明书列出的反应，以及您自己的</translation>
    </message>
    <message>
        <source>Discomfort or trouble at an injection site today</source>
        <translation>今天注射部位不适或有问题</translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation>注射部位</translation>
    </message>
    <message>
        <source>Anything worth remembering about today</source>
        <translation>今天值得记下的事</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>your own words, separated by commas: travel, poor sleep</source>
        <translation>自己的词，用逗号分隔：出差, 睡眠差</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{shown} of {n} days</source>
        <translation>{n} 天中的 {shown} 天</translation>
    </message>
    <message>
        <source>Fatigue / malaise</source>
        <translation>乏力 / 不适</translation>
    </message>
    <message>
        <source>0 none · 10 full of energy</source>
        <translation>0 毫无精力 · 10 精力充沛</translation>
    </message>
    <message>
        <source>0 none · 10 constant, severe</source>
        <translation>0 没有 · 10 持续且严重</translation>
    </message>
    <message>
        <source>0 very poor · 10 very good</source>
        <translation>0 很差 · 10 很好</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>感冒</translation>
    </message>
    <message>
        <source>Flu</source>
        <translation>流感</translation>
    </message>
    <message>
        <source>Stomach</source>
        <translation>肠胃</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 个月</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 个月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Energy (higher is better)</source>
        <translation>精力（越高越好）</translation>
    </message>
    <message>
        <source>Fatigue / malaise (higher is worse)</source>
        <translation>乏力 / 不适（越高越差）</translation>
    </message>
    <message>
        <source>Well-being (higher is better)</source>
        <translation>整体状态（越高越好）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <source>Show {range}</source>
        <translation>显示{range}</translation>
    </message>
    <message>
        <source>Days without an entry are left as gaps; the average needs 3 days in a week.</source>
        <translation>没有日记的日子留空；平均值需要一周内至少 3 天的数据。</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>Day of this entry</source>
        <translation>此条日记的日期</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save this day&apos;s entry</source>
        <translation>保存当天的日记</translation>
    </message>
    <message>
        <source>Press {keys} to save from anywhere in the form.</source>
        <translation>在表单任意位置按 {keys} 即可保存。</translation>
    </message>
    <message>
        <source>Save  ({key})</source>
        <translation>保存  ({key})</translation>
    </message>
    <message>
        <source>Days in bold have an entry. Missing days are fine.</source>
        <translation>粗体日期有日记。缺几天没有关系。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to {day} first?</source>
        <translation>先保存 {day} 的更改吗？</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · 今天</translation>
    </message>
    <message>
        <source>editing the saved entry</source>
        <translation>正在编辑已保存的日记</translation>
    </message>
    <message>
        <source>new entry</source>
        <translation>新日记</translation>
    </message>
    <message>
        <source>To describe it (redness, swelling, grade), log a site reaction&lt;br&gt;with the injection in the &lt;a href=&quot;injections&quot;&gt;Injections tab&lt;/a&gt;.</source>
        <translation>如需描述（发红、肿胀、分级），请在&lt;a href=&quot;injections&quot;&gt;注射&lt;/a&gt;标签页&lt;br&gt;的该次注射下记录部位反应。</translation>
    </message>
    <message>
        <source>Type the temperature as a number, e.g. 38.2.</source>
        <translation>请以数字输入体温，例如 38.2。</translation>
    </message>
    <message>
        <source>Nothing to save yet: choose a rating or write a note.</source>
        <translation>还没有可保存的内容：请选择评分或写下备注。</translation>
    </message>
    <message>
        <source>Save this entry?</source>
        <translation>保存这条日记？</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Saved {day}.</source>
        <translation>已保存 {day}。</translation>
    </message>
    <message>
        <source>Not saved yet: please fix what is marked with ⚠.</source>
        <translation>尚未保存：请修改标有 ⚠ 的内容。</translation>
    </message>
    <message>
        <source>Diary pages</source>
        <translation>日记页面</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>记录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>趋势(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sick episodes</source>
        <translation>生病期(&amp;S)</translation>
    </message>
    <message>
        <source>Logged: {kind}, grade {grade}, {zone} (seen {day}).</source>
        <translation>已记录：{kind}，{grade} 级，{zone}（发现于 {day}）。</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>皮疹</translation>
    </message>
    <message>
        <source>Joint pain</source>
        <translation>关节痛</translation>
    </message>
    <message>
        <source>Swollen hands</source>
        <translation>手部肿胀</translation>
    </message>
    <message>
        <source>Arrow keys move between these boxes; Space ticks one.</source>
        <translation>方向键在这些选框之间移动；空格键勾选。</translation>
    </message>
    <message>
        <source>Other symptoms, separated by commas</source>
        <translation>其他症状，用逗号分隔</translation>
    </message>
    <message>
        <source>other symptoms: headache, sore throat</source>
        <translation>其他症状：头痛、喉咙痛</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>The data behind this warning</source>
        <translation>此警告所依据的数据</translation>
    </message>
    <message>
        <source>What was seen in your diary:</source>
        <translation>在您的日记中发现：</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Thresholds: {list}</source>
        <translation>阈值：{list}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Dosebook records and charts; it never diagnoses and never suggests a dose. Talk to your doctor about what you see here.</source>
        <translation>Dosebook 只做记录和图表；从不诊断，也从不建议剂量。请就这里看到的内容与您的医生沟通。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>product</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>检验机构</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>dose unit</source>
        <translation>剂量单位</translation>
    </message>
    <message>
        <source>needle</source>
        <translation>针头</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>储存</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>range</source>
        <translation>参考区间</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The {field} field is too long ({n} characters; at most {most}).</source>
        <translation>“{field}”太长（{n} 个字符；最多 {most} 个）。</translation>
    </message>
    <message>
        <source>The {field} field holds a character that cannot be saved.</source>
        <translation>“{field}”中有无法保存的字符。</translation>
    </message>
    <message>
        <source>The {field} field holds a broken character; retype that part.</source>
        <translation>“{field}”中有损坏的字符；请重新输入这部分。</translation>
    </message>
    <message>
        <source>The {field} field must be an ordinary number.</source>
        <translation>“{field}”必须是普通数字。</translation>
    </message>
    <message>
        <source>The {field} field must be a date between {first} and {last}.</source>
        <translation>“{field}”必须是 {first} 年到 {last} 年之间的日期。</translation>
    </message>
    <message>
        <source>The {what} time needs a time zone.</source>
        <translation>“{what}”的时间需要时区。</translation>
    </message>
    <message>
        <source>The {what} time is out of range.</source>
        <translation>“{what}”的时间超出范围。</translation>
    </message>
    <message>
        <source>The {what} must be an ordinary number.</source>
        <translation>“{what}”必须是普通数字。</translation>
    </message>
    <message>
        <source>The {what} must be between {low} and {high}{unit}.</source>
        <translation>“{what}”必须在 {low} 到 {high}{unit} 之间。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} already exists; choose another name so nothing is overwritten.</source>
        <translation>{path} 已存在；请换一个名称，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>Wrote {path}. A calendar program that imports it keeps its own copy, outside Dosebook&apos;s encryption.</source>
        <translation>已写入 {path}。导入它的日历程序会保留自己的副本，不在 Dosebook 的加密保护之内。</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not Dosebook&apos;s lock file; remove it.</source>
        <translation>{path} 不是 Dosebook 的锁文件；请删除它。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{name} is being changed by a Dosebook command (an import or a restore). Open it again when that has finished.</source>
        <translation>{name} 正在被 Dosebook 命令修改（导入或恢复）。完成后请再打开。</translation>
    </message>
    <message>
        <source>{name} is open in another Dosebook window.</source>
        <translation>{name} 已在另一个 Dosebook 窗口中打开。</translation>
    </message>
    <message>
        <source>Dosebook</source>
        <translation>Dosebook</translation>
    </message>
    <message>
        <source>Diary not opened</source>
        <translation>日记未打开</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <source>Lock when away</source>
        <translation>离开时锁定</translation>
    </message>
    <message>
        <source>Lock the diary when I have been away</source>
        <translation>离开一段时间后锁定日记</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes away before locking</source>
        <translation>离开多少分钟后锁定</translation>
    </message>
    <message>
        <source>Locked, Dosebook hides the diary and forgets its key until you type the passphrase. Ctrl+L locks it at any time.</source>
        <translation>锁定后，Dosebook 会隐藏日记并清除密钥，直到您输入口令。随时按 Ctrl+L 锁定。</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>时长：</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot be null; write &quot;&quot; for none</source>
        <translation>不能为 null；没有时请写 &quot;&quot;</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} 不是 true 或 false</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <source>{value} is not an ordinary number</source>
        <translation>{value} 不是普通的数字</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-03-01</source>
        <translation>{value} 不是像 2026-03-01 这样的日期</translation>
    </message>
    <message>
        <source>{value} is not a date and time with a UTC offset (2026-03-01T20:00:00+01:00)</source>
        <translation>{value} 不是带 UTC 偏移的日期时间（2026-03-01T20:00:00+01:00）</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文本</translation>
    </message>
    <message>
        <source>is not a file encoded in base64</source>
        <translation>不是 base64 编码的文件</translation>
    </message>
    <message>
        <source>expected an object with the record&apos;s fields</source>
        <translation>这里应为包含该记录各字段的对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>Injections</name>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Resume today</source>
        <translation>今天恢复</translation>
    </message>
    <message>
        <source>Pause from today</source>
        <translation>从今天起暂停</translation>
    </message>
    <message>
        <source>End the course today…</source>
        <translation>今天结束疗程…</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>新疗程…</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>{product} paused from {day}.</source>
        <translation>{product} 自 {day} 起暂停。</translation>
    </message>
    <message>
        <source>End the course?</source>
        <translation>结束疗程？</translation>
    </message>
    <message>
        <source>{product} ends today. Its injections stay in the diary.</source>
        <translation>{product} 今天结束。其注射记录仍保留在日记中。</translation>
    </message>
    <message>
        <source>{product} ended.</source>
        <translation>{product} 已结束。</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>today&apos;s {time} dose</source>
        <translation>今天 {time} 的剂量</translation>
    </message>
    <message>
        <source>yesterday&apos;s {time} dose</source>
        <translation>昨天 {time} 的剂量</translation>
    </message>
    <message>
        <source>tomorrow&apos;s {time} dose</source>
        <translation>明天 {time} 的剂量</translation>
    </message>
    <message>
        <source>{day}&apos;s {time} dose</source>
        <translation>{day} {time} 的剂量</translation>
    </message>
    <message>
        <source>This will count as {dose}, taken on the minute.</source>
        <translation>这将计为{dose}，准时使用。</translation>
    </message>
    <message>
        <source>This will count as {dose}, taken {span} early.</source>
        <translation>这将计为{dose}，提前 {span} 使用。</translation>
    </message>
    <message>
        <source>This will count as {dose}, taken {span} late.</source>
        <translation>这将计为{dose}，延迟 {span} 使用。</translation>
    </message>
    <message>
        <source>You logged {dose} at {time} today. Log another?</source>
        <translation>您今天 {time} 已记录 {dose}。再记录一次吗？</translation>
    </message>
    <message>
        <source>You logged {dose} at {time} yesterday. Log another?</source>
        <translation>您昨天 {time} 已记录 {dose}。再记录一次吗？</translation>
    </message>
    <message>
        <source>You logged {dose} on {day} at {time}. Log another?</source>
        <translation>您在 {day} {time} 已记录 {dose}。再记录一次吗？</translation>
    </message>
    <message>
        <source>An e&amp;xtra dose</source>
        <translation>额外剂量(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;{dose}</source>
        <translation>{dose}(&amp;D)</translation>
    </message>
    <message>
        <source>This will be an extra dose; {dose} stays due.</source>
        <translation>这将记为额外剂量；{dose}仍待注射。</translation>
    </message>
    <message>
        <source>Log &amp;another</source>
        <translation>再记录一次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
    <message>
        <source>Change course</source>
        <translation>修改疗程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新疗程</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>press Enter to log it late</source>
        <translation>按 Enter 补记为延迟</translation>
    </message>
    <message>
        <source>for the dose due {day} {time}</source>
        <translation>对应 {day} {time} 的应打剂量</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>批号 {lot}</translation>
    </message>
    <message>
        <source>reaction: {kind}, grade {grade}</source>
        <translation>反应：{kind}，{grade} 级</translation>
    </message>
    <message>
        <source>Doses and injections of the chosen day</source>
        <translation>所选日期的剂量与注射</translation>
    </message>
    <message>
        <source>All injections</source>
        <translation>全部注射</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <source>Log for this day…</source>
        <translation>为这一天记录…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Site &amp;reaction…</source>
        <translation>部位反应(&amp;R)…</translation>
    </message>
    <message>
        <source>Note redness, swelling or pain at this injection&apos;s site</source>
        <translation>记录此次注射部位的发红、肿胀或疼痛</translation>
    </message>
    <message>
        <source>No dose due and nothing logged on this day.</source>
        <translation>这一天无应打剂量，也没有记录。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation>药瓶批号</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Under the skin (subcutaneous)</source>
        <translation>皮下注射</translation>
    </message>
    <message>
        <source>Into the muscle (intramuscular)</source>
        <translation>肌内注射</translation>
    </message>
    <message>
        <source>On &amp;weekdays</source>
        <translation>按星期(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>每隔(&amp;E)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>No planned end</source>
        <translation>无计划结束日期</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>在某日结束</translation>
    </message>
    <message>
        <source>Lasts a number of weeks</source>
        <translation>持续若干周</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> hours either side</source>
        <translation> 小时以内（前后）</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>药品(&amp;P)</translation>
    </message>
    <message>
        <source>Change injection</source>
        <translation>修改注射</translation>
    </message>
    <message>
        <source>Log injection</source>
        <translation>记录注射</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>用药方案</translation>
    </message>
    <message>
        <source>None (an extra injection)</source>
        <translation>无（额外注射）</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>用药时间</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>剂量单位</translation>
    </message>
    <message>
        <source>Injection site</source>
        <translation>注射部位</translation>
    </message>
    <message>
        <source>Vial</source>
        <translation>药瓶</translation>
    </message>
    <message>
        <source>This empties the vial (mark it finished)</source>
        <translation>此次用完该药瓶（标记为已用完）</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>针头</translation>
    </message>
    <message>
        <source>e.g. 30G 8 mm</source>
        <translation>例如 30G 8 mm</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>用药方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Taken at</source>
        <translation>用药时间(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>剂量(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>部位(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Vial</source>
        <translation>药瓶(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Needle</source>
        <translation>针头(&amp;N)</translation>
    </message>
    <message>
        <source>Enter saves · Esc closes without saving</source>
        <translation>Enter 保存 · Esc 关闭且不保存</translation>
    </message>
    <message>
        <source>No vial</source>
        <translation>无药瓶</translation>
    </message>
    <message>
        <source>No vial recorded for this injection.</source>
        <translation>此次注射未记录药瓶。</translation>
    </message>
    <message>
        <source>Draw {volume}</source>
        <translation>抽取 {volume}</translation>
    </message>
    <message>
        <source>{mg} mg in the vial</source>
        <translation>药瓶中剩 {mg} mg</translation>
    </message>
    <message>
        <source>Strength and water not recorded for this vial.</source>
        <translation>此药瓶未记录规格和溶剂量。</translation>
    </message>
    <message>
        <source>Type the dose you took.</source>
        <translation>请输入您使用的剂量。</translation>
    </message>
    <message>
        <source>Pick the injection site on the body map or in the list.</source>
        <translation>请在人体图或列表中选择注射部位。</translation>
    </message>
    <message>
        <source>Lot {lot}</source>
        <translation>批号 {lot}</translation>
    </message>
    <message>
        <source>expires {day} {year}</source>
        <translation>有效期至 {year} {day}</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>给药途径(&amp;R)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>T&amp;ime of day</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>结束(&amp;N)</translation>
    </message>
    <message>
        <source>On time &amp;within</source>
        <translation>按时范围(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Record the dose you and your doctor agreed on. Dosebook never suggests a dose.</source>
        <translation>请记录您与医生商定的剂量。Dosebook 从不建议剂量。</translation>
    </message>
    <message>
        <source>Type the dose you and your doctor agreed on.</source>
        <translation>请输入您与医生商定的剂量。</translation>
    </message>
    <message>
        <source>Vials</source>
        <translation>药瓶</translation>
    </message>
    <message>
        <source>Show finished vials</source>
        <translation>显示已用完的药瓶</translation>
    </message>
    <message>
        <source>&amp;New vial</source>
        <translation>新药瓶(&amp;N)</translation>
    </message>
    <message>
        <source>Has an expiry date</source>
        <translation>有有效期</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Mixed (reconstituted)</source>
        <translation>已复溶</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>e.g. fridge, 2–8 °C</source>
        <translation>例如 冰箱 2～8 °C</translation>
    </message>
    <message>
        <source>It has been frozen and thawed</source>
        <translation>曾冷冻后解冻</translation>
    </message>
    <message>
        <source>Finished (empty or thrown away)</source>
        <translation>已用完（空瓶或已丢弃）</translation>
    </message>
    <message>
        <source>&amp;Save vial</source>
        <translation>保存药瓶(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>批号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Strength</source>
        <translation>规格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Water added</source>
        <translation>加入溶剂(&amp;W)</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>浓度</translation>
    </message>
    <message>
        <source>&amp;Use within</source>
        <translation>使用时限(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation>储存(&amp;T)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>needs the strength and the water added</source>
        <translation>需要规格和溶剂量</translation>
    </message>
    <message>
        <source>Injection calendar</source>
        <translation>注射日历</translation>
    </message>
    <message>
        <source>{day}, today</source>
        <translation>{day}，今天</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>另有 {n} 项</translation>
    </message>
    <message>
        <source>No dose due and nothing logged</source>
        <translation>无应打剂量，无记录</translation>
    </message>
    <message>
        <source>late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏用</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待注射</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>额外</translation>
    </message>
    <message>
        <source>taken {day} {time}</source>
        <translation>{day} {time} 已用</translation>
    </message>
    <message>
        <source>taken {time}</source>
        <translation>{time} 已用</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date format</comment>
        <extracomment>A Qt date format (QDate::toString): German &quot;dddd, d. MMMM yyyy&quot;, Chinese &quot;yyyy年M月d日 dddd&quot;.</extracomment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>Qt date format</comment>
        <extracomment>A Qt date format (QDate::toString) of a month&apos;s title: Chinese &quot;yyyy年M月&quot;.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>延迟使用</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏用</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待注射</translation>
    </message>
    <message>
        <source>Extra injection</source>
        <translation>额外注射</translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation>{time} 待注射</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>{time} 待注射</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>尚无应打剂量</translation>
    </message>
    <message>
        <source>{taken} of {due} taken</source>
        <translation>{due} 剂中已用 {taken} 剂</translation>
    </message>
    <message>
        <source>, {n} late</source>
        <translation>，{n} 剂延迟</translation>
    </message>
    <message>
        <source>{product} is paused</source>
        <translation>{product} 已暂停</translation>
    </message>
    <message>
        <source>{product}: the course has ended</source>
        <translation>{product}：疗程已结束</translation>
    </message>
    <message>
        <source>{product}: the course reached its planned end</source>
        <translation>{product}：疗程已到计划结束日期</translation>
    </message>
    <message>
        <source>{product}: nothing due</source>
        <translation>{product}：无应打剂量</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>suggested: {zone}</source>
        <translation>建议：{zone}</translation>
    </message>
    <message>
        <source>Times here are in the diary&apos;s time zone, {zone}: {there} there, {here} on this computer. Travelling? Change the zone under Settings → Profile.</source>
        <translation>这里的时间按日记的时区 {zone} 显示：那里是 {there}，这台电脑上是 {here}。在旅行吗？请在“设置 → 个人资料”中更改时区。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Click a zone to see when it was used, or to set it aside.</source>
        <translation>点击区域可查看使用时间，或将其暂停使用。</translation>
    </message>
    <message>
        <source>&amp;Preferred area</source>
        <translation>首选区域(&amp;P)</translation>
    </message>
    <message>
        <source>Suggestions come from preferred zones first</source>
        <translation>优先从首选区域中建议</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t use this zone</source>
        <translation>不使用此区域(&amp;N)</translation>
    </message>
    <message>
        <source>For a scar, a lump, a tattoo: the zone is greyed out</source>
        <translation>如有疤痕、硬结、纹身：该区域显示为灰色</translation>
    </message>
    <message>
        <source>Why (scar, lump, tattoo…)</source>
        <translation>原因（疤痕、硬结、纹身…）</translation>
    </message>
    <message>
        <source>Reason for not using this zone</source>
        <translation>不使用此区域的原因</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>区域(&amp;Z)</translation>
    </message>
    <message>
        <source>Choose a zone…</source>
        <translation>选择区域…</translation>
    </message>
    <message>
        <source>{zone} (not used)</source>
        <translation>{zone}（不使用）</translation>
    </message>
    <message>
        <source>vial {lot}</source>
        <translation>药瓶 {lot}</translation>
    </message>
    <message>
        <source>vial</source>
        <translation>药瓶</translation>
    </message>
    <message>
        <source>(draw {volume})</source>
        <translation>（抽取 {volume}）</translation>
    </message>
    <message>
        <source>Last 4 weeks: {recent} · course so far: {course}</source>
        <translation>最近 4 周：{recent} · 本疗程至今：{course}</translation>
    </message>
    <message>
        <source>Next: {line}</source>
        <translation>下一剂：{line}</translation>
    </message>
    <message>
        <source>Taken today {time} · next: {line}</source>
        <translation>今天 {time} 已用 · 下一剂：{line}</translation>
    </message>
    <message>
        <source>&amp;Log injection…</source>
        <translation>记录注射(&amp;L)…</translation>
    </message>
    <message>
        <source>Log an injection now (Ctrl+I)</source>
        <translation>立即记录一次注射（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>疗程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vials…</source>
        <translation>药瓶(&amp;V)…</translation>
    </message>
    <message>
        <source>No course yet</source>
        <translation>尚无疗程</translation>
    </message>
    <message>
        <source>Set one up under Courses: start from the template or describe your own.</source>
        <translation>请在“疗程”中设置：从模板开始，或填写您自己的方案。</translation>
    </message>
    <message>
        <source>{product}: {line}</source>
        <translation>{product}：{line}</translation>
    </message>
    <message>
        <source>Next appointment: {line}</source>
        <translation>下次预约：{line}</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>发红</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>肿胀</translation>
    </message>
    <message>
        <source>Pain or tenderness</source>
        <translation>疼痛或压痛</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>瘙痒</translation>
    </message>
    <message>
        <source>Lump under the skin</source>
        <translation>皮下硬结</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>淤青</translation>
    </message>
    <message>
        <source>Open sore</source>
        <translation>开放性溃疡</translation>
    </message>
    <message>
        <source>Dark or dead-looking skin</source>
        <translation>发黑或像坏死的皮肤</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>1 · Mild: tender, warm, red or itchy</source>
        <translation>1 · 轻度：压痛、发热、发红或瘙痒</translation>
    </message>
    <message>
        <source>2 · Moderate: painful, swollen, or a lump or dent in the fat</source>
        <translation>2 · 中度：疼痛、肿胀，或脂肪层出现硬结或凹陷</translation>
    </message>
    <message>
        <source>3 · Severe: an open sore or dead skin</source>
        <translation>3 · 重度：开放性溃疡或皮肤坏死</translation>
    </message>
    <message>
        <source>Site reaction</source>
        <translation>部位反应</translation>
    </message>
    <message>
        <source>It has settled</source>
        <translation>已消退</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>类型(&amp;W)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>&amp;Seen at</source>
        <translation>发现时间(&amp;S)</translation>
    </message>
    <message>
        <source>Settled at</source>
        <translation>消退时间</translation>
    </message>
    <message>
        <source>&amp;Photos…</source>
        <translation>照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Keep photos of the reaction with it</source>
        <translation>保存反应的照片</translation>
    </message>
    <message>
        <source>Save the reaction first, then add photos</source>
        <translation>请先保存反应，再添加照片</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Legend: taken, late, missed, due, extra</source>
        <translation>图例：已用、延迟、漏用、待注射、额外</translation>
    </message>
    <message>
        <source>A dose counts as on time within its window, 12 hours either side by default</source>
        <translation>在时间窗口内即算按时，默认前后 12 小时</translation>
    </message>
    <message>
        <source>Body map of injection zones</source>
        <translation>注射区域人体图</translation>
    </message>
    <message>
        <source>Injection logged for {day} {time}.</source>
        <translation>已记录 {day} {time} 的注射。</translation>
    </message>
    <message>
        <source>Changes to the injection of {day} saved.</source>
        <translation>已保存 {day} 注射的修改。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Injection of {day} {time} deleted.</source>
        <translation>已删除 {day} {time} 的注射。</translation>
    </message>
    <message>
        <source>Photos of the site reaction</source>
        <translation>部位反应的照片</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The passphrase is longer than {n} bytes; nothing was read further.</source>
        <translation>口令超过 {n} 字节；未继续读取。</translation>
    </message>
    <message>
        <source>No passphrase was given on standard input.</source>
        <translation>标准输入中没有给出口令。</translation>
    </message>
    <message>
        <source>The passphrase on standard input is not UTF-8 text; check how it was written.</source>
        <translation>标准输入中的口令不是 UTF-8 文本；请检查它是如何写入的。</translation>
    </message>
    <message>
        <source>A passphrase is needed: run this in a terminal, or pass it with --passphrase-stdin.</source>
        <translation>需要口令：请在终端中运行，或用 --passphrase-stdin 传入。</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>{name} 的口令：</translation>
    </message>
    <message>
        <source>{path} is read-only; it was opened for reading only.</source>
        <translation>{path} 为只读；已以只读方式打开。</translation>
    </message>
    <message>
        <source>New passphrase (at least {n} characters): </source>
        <translation>新口令（至少 {n} 个字符）：</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The backup and the diary are the same file; choose another backup.</source>
        <translation>备份与日记是同一个文件；请选择其他备份。</translation>
    </message>
</context>
<context>
    <name>LabFiles</name>
    <message>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>{n} 个结果</translation>
    </message>
    <message>
        <source>1 panel</source>
        <translation>1 次化验</translation>
    </message>
    <message>
        <source>{n} panels</source>
        <translation>{n} 次化验</translation>
    </message>
    <message>
        <source>no lab named</source>
        <translation>未填检验机构</translation>
    </message>
    <message>
        <source>(range {range})</source>
        <translation>（参考区间 {range}）</translation>
    </message>
    <message>
        <source>(no range)</source>
        <translation>（无参考区间）</translation>
    </message>
    <message>
        <source>[new test]</source>
        <translation>[新项目]</translation>
    </message>
    <message>
        <source>New test: {name}</source>
        <translation>新项目：{name}</translation>
    </message>
    <message>
        <source>Already in the diary, skipped: {results}</source>
        <translation>已在日记中，跳过：{results}</translation>
    </message>
    <message>
        <source>Left out: {note}</source>
        <translation>已略过：{note}</translation>
    </message>
    <message>
        <source>--map is for CSV files; a FHIR file names its own fields.</source>
        <translation>--map 用于 CSV 文件；FHIR 文件自带字段名。</translation>
    </message>
    <message>
        <source>{path} is read-only; nothing was imported.</source>
        <translation>{path} 为只读；未导入任何内容。</translation>
    </message>
    <message>
        <source>Read {results} from {name} ({kind}).</source>
        <translation>从 {name} 读取了 {results}（{kind}）。</translation>
    </message>
    <message>
        <source>Nothing was saved (--dry-run).</source>
        <translation>未保存任何内容（--dry-run）。</translation>
    </message>
    <message>
        <source>Nothing new to import: every result is already in the diary.</source>
        <translation>没有新的内容可导入：每个结果都已在日记中。</translation>
    </message>
    <message>
        <source>Imported {results} in {panels} into {path}.</source>
        <translation>已将 {panels}中的 {results}导入 {path}。</translation>
    </message>
    <message>
        <source>--share takes some of {names} (or none), comma-separated.</source>
        <translation>--share 接受 {names} 中的若干项（或 none），用逗号分隔。</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>your sex</source>
        <translation>您的性别</translation>
    </message>
    <message>
        <source>your birth year</source>
        <translation>您的出生年份</translation>
    </message>
    <message>
        <source>nothing about you but the data</source>
        <translation>除数据外不含您的个人信息</translation>
    </message>
    <message>
        <source>Wrote {path} (FHIR R4 Bundle; shares {shared}). It is NOT encrypted: give it only to your doctor, and delete it when done.</source>
        <translation>已写入 {path}（FHIR R4 Bundle；包含{shared}）。它未加密：请只交给您的医生，用完后删除。</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>CSV 文件是空的。</translation>
    </message>
    <message>
        <source>The CSV file has only one column; Dosebook needs at least a date, a test and a result in columns separated by commas or semicolons.</source>
        <translation>CSV 文件只有一列；Dosebook 至少需要日期、检验项目和结果，各列用逗号或分号分隔。</translation>
    </message>
    <message>
        <source>The CSV file&apos;s first line must name each column once.</source>
        <translation>CSV 文件的第一行必须为每一列各写一次列名。</translation>
    </message>
    <message>
        <source>The dates in the file are written in two different orders.</source>
        <translation>文件中的日期用了两种不同的顺序。</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026 could mean 3 April or 4 March. Say which with dates=day-first or dates=month-first.</source>
        <translation>像 03/04/2026 这样的日期可能是 4 月 3 日，也可能是 3 月 4 日。请用 dates=day-first 或 dates=month-first 说明。</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a date Dosebook can read (like 2026-03-03 or 03.03.2026).</source>
        <translation>{where}：“{text}”不是 Dosebook 能读懂的日期（例如 2026-03-03 或 03.03.2026）。</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>{where}: &apos;{test}&apos; is not a test in the diary; add it with New test… first, or use the test&apos;s name, abbreviation or LOINC code.</source>
        <translation>{where}：“{test}”不是日记中的检验项目；请先用“新项目…”添加，或使用该项目的名称、缩写或 LOINC 代码。</translation>
    </message>
    <message>
        <source>the result is empty.</source>
        <translation>结果为空。</translation>
    </message>
    <message>
        <source>{where}: Dosebook does not know the unit &apos;{unit}&apos; for {test}, so the result could not be compared or charted.</source>
        <translation>{where}：Dosebook 不认识 {test} 的单位“{unit}”，因此无法比较该结果或绘制图表。</translation>
    </message>
    <message>
        <source>{where}: the result has no unit (usually {unit}); add a unit column, or say which one it is.</source>
        <translation>{where}：结果没有单位（通常为 {unit}）；请添加单位列，或说明是哪个单位。</translation>
    </message>
    <message>
        <source>The CSV file has a header but no results.</source>
        <translation>CSV 文件有标题行，但没有结果。</translation>
    </message>
</context>
<context>
    <name>LabValues</name>
    <message>
        <source>Could not read &apos;{typed}&apos; as a number. Type it as printed, e.g. 5.2, &lt;20 or not detected.</source>
        <translation>无法把“{typed}”读作数字。请按化验单原样输入，例如 5.2、&lt;20 或 未检出。</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; could mean {whole} or {decimal}. Type it without the comma: {whole} or {decimal}.</source>
        <translation>“{typed}”可能是 {whole}，也可能是 {decimal}。请不带逗号输入：{whole} 或 {decimal}。</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; could mean {whole} or {decimal}. Type it without the point: {whole} or {decimal}.</source>
        <translation>“{typed}”可能是 {whole}，也可能是 {decimal}。请不带小数点输入：{whole} 或 {decimal}。</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is too large a number to keep. Check it is typed as printed.</source>
        <translation>“{typed}”数字太大，无法保存。请检查是否按化验单原样输入。</translation>
    </message>
    <message>
        <source>That is too long for one result. Type just the value, e.g. 5.2, &lt;20 or not detected.</source>
        <translation>作为一个结果太长了。请只输入数值，例如 5.2、&lt;20 或 未检出。</translation>
    </message>
    <message>
        <source>Type the result as printed, e.g. 5.2, &lt;20 or not detected.</source>
        <translation>请按化验单原样输入结果，例如 5.2、&lt;20 或 未检出。</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <source>Blood count</source>
        <translation>血常规</translation>
    </message>
    <message>
        <source>Liver tests</source>
        <translation>肝功能</translation>
    </message>
    <message>
        <source>Immune markers</source>
        <translation>免疫指标</translation>
    </message>
    <message>
        <source>Hepatitis B tests</source>
        <translation>乙肝检测</translation>
    </message>
    <message>
        <source>{group}: no results yet; usually every {low}–{high} months</source>
        <translation>{group}：尚无结果；通常每 {low}–{high} 个月一次</translation>
    </message>
    <message>
        <source>{group}: last {last}, next due from {when}</source>
        <translation>{group}：上次 {last}，下次自 {when} 起应做</translation>
    </message>
    <message>
        <source>{group}: last {last}, due by {when}</source>
        <translation>{group}：上次 {last}，应于 {when} 前完成</translation>
    </message>
    <message>
        <source>{group}: last {last}, was due by {when}</source>
        <translation>{group}：上次 {last}，原应于 {when} 前完成</translation>
    </message>
    <message>
        <source>Below range</source>
        <translation>低于参考区间</translation>
    </message>
    <message>
        <source>Above range</source>
        <translation>高于参考区间</translation>
    </message>
    <message>
        <source>In range</source>
        <translation>在参考区间内</translation>
    </message>
    <message>
        <source>Not the expected result</source>
        <translation>非预期结果</translation>
    </message>
    <message>
        <source>Cannot compare with the range</source>
        <translation>无法与参考区间比较</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在应做</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>尚未到期</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>Labs due</source>
        <translation>应做的化验</translation>
    </message>
    <message>
        <source>No monitoring groups in the catalogue.</source>
        <translation>目录中没有监测组。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Already in the diary: skipped</source>
        <translation>已在日记中：跳过</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Import lab results from {name}</source>
        <translation>从 {name} 导入化验结果</translation>
    </message>
    <message>
        <source>Results to import</source>
        <translation>要导入的结果</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import 1 result</source>
        <translation>导入 1 个结果(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import {n} results</source>
        <translation>导入 {n} 个结果(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file yet.</source>
        <translation>目前无法从此文件导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>1 result to import</source>
        <translation>1 个结果待导入</translation>
    </message>
    <message>
        <source>{n} results to import</source>
        <translation>{n} 个结果待导入</translation>
    </message>
    <message>
        <source>in 1 panel</source>
        <translation>分属 1 次化验</translation>
    </message>
    <message>
        <source>in {n} panels</source>
        <translation>分属 {n} 次化验</translation>
    </message>
    <message>
        <source>new tests: {names}</source>
        <translation>新项目：{names}</translation>
    </message>
    <message>
        <source>1 already in the diary (skipped)</source>
        <translation>1 个已在日记中（跳过）</translation>
    </message>
    <message>
        <source>{n} already in the diary (skipped)</source>
        <translation>{n} 个已在日记中（跳过）</translation>
    </message>
    <message>
        <source>1 left out</source>
        <translation>略过 1 个</translation>
    </message>
    <message>
        <source>{n} left out</source>
        <translation>略过 {n} 个</translation>
    </message>
    <message>
        <source>Check them against the report, then import.</source>
        <translation>请与化验单核对后再导入。</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已略过</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>e.g. ng/mL, as on the report</source>
        <translation>例如 ng/mL，与化验单一致</translation>
    </message>
    <message>
        <source>e.g. 30–100, &lt;6.4 or &gt;60</source>
        <translation>例如 30–100、&lt;6.4 或 &gt;60</translation>
    </message>
    <message>
        <source>The result is a word, such as positive or negative</source>
        <translation>结果为文字，例如 阳性 或 阴性</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;bbreviation:</source>
        <translation>缩写(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>参考区间(&amp;R)：</translation>
    </message>
    <message>
        <source>Type the test&apos;s name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <source>A test called &apos;{name}&apos; is already in the list.</source>
        <translation>列表中已有名为“{name}”的项目。</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>图表：{title}</translation>
    </message>
    <message>
        <source>Pick a test to see its results over time.</source>
        <translation>选择一个项目查看其随时间的结果。</translation>
    </message>
    <message>
        <source>Results in words</source>
        <translation>文字结果</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Your &amp;sex (for reference ranges)</source>
        <translation>您的性别（用于参考区间）(&amp;S)</translation>
    </message>
    <message>
        <source>Your &amp;birth year</source>
        <translation>您的出生年份(&amp;B)</translation>
    </message>
    <message>
        <source>Export for a doctor (FHIR)</source>
        <translation>导出给医生（FHIR）</translation>
    </message>
    <message>
        <source>Writes your lab results (with the range each lab printed) and your doses as a FHIR R4 file, which many clinic systems can read. Include about you:</source>
        <translation>将您的化验结果（附各检验机构印的参考区间）和用药记录写成 FHIR R4 文件，许多诊所系统都能读取。包含关于您的：</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: anyone who gets it can read it. Give it only to your doctor, and delete it when done.</source>
        <translation>该文件未加密：任何拿到它的人都能读取。请只交给您的医生，用完后删除。</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export for a doctor</source>
        <translation>导出给医生</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>保存前请核对</translation>
    </message>
    <message>
        <source>Some results look unusual. Please compare them with the report.</source>
        <translation>部分结果看起来不寻常。请与化验单核对。</translation>
    </message>
    <message>
        <source>Save as typed</source>
        <translation>按输入保存</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>返回核对</translation>
    </message>
    <message>
        <source>Discard these results?</source>
        <translation>放弃这些结果？</translation>
    </message>
    <message>
        <source>The results you typed are not saved yet.</source>
        <translation>您输入的结果尚未保存。</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Edit lab results</source>
        <translation>编辑化验结果</translation>
    </message>
    <message>
        <source>Add lab results</source>
        <translation>添加化验结果</translation>
    </message>
    <message>
        <source>Date collected</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>The lab&apos;s name, as on the report</source>
        <translation>化验单上的检验机构名称</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>检验机构</translation>
    </message>
    <message>
        <source>Optional, e.g. fasting, or the doctor who asked</source>
        <translation>可选，例如 空腹，或开单医生</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Date collected:</source>
        <translation>采样日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>检验机构(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Range as printed</source>
        <translation>化验单上的参考区间</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New test…</source>
        <translation>新项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a test the list does not have</source>
        <translation>添加列表中没有的项目</translation>
    </message>
    <message>
        <source>&amp;Ranges as last time</source>
        <translation>沿用上次的参考区间(&amp;R)</translation>
    </message>
    <message>
        <source>Fill each empty range with the one this lab printed for that test last time</source>
        <translation>用该检验机构上次为该项目印的参考区间填充空白区间</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Type each result as printed (5.2, &lt;20, not detected) with the range the report prints; grey ranges are only the usual ones and are not saved. Return: next row · Ctrl+R: range as last time · Ctrl+S: save</source>
        <translation>按化验单原样输入每个结果（5.2、&lt;20、未检出）及其参考区间；灰色区间只是常见区间，不会保存。回车：下一行 · Ctrl+R：沿用上次区间 · Ctrl+S：保存</translation>
    </message>
    <message>
        <source>Copied {n} ranges from last time; check them against the report.</source>
        <translation>已沿用上次的 {n} 个参考区间；请与化验单核对。</translation>
    </message>
    <message>
        <source>This lab has no earlier ranges for these tests.</source>
        <translation>该检验机构没有这些项目以前的参考区间。</translation>
    </message>
    <message>
        <source>Type the result as printed.</source>
        <translation>请按化验单原样输入结果。</translation>
    </message>
    <message>
        <source>Result {n}: {problem}</source>
        <translation>结果 {n}：{problem}</translation>
    </message>
    <message>
        <source>{test}: the range &apos;{range}&apos; is kept as printed, but not used for the flag.</source>
        <translation>{test}：参考区间“{range}”按原样保存，但不用于标记。</translation>
    </message>
    <message>
        <source>Add at least one result.</source>
        <translation>请至少添加一个结果。</translation>
    </message>
    <message>
        <source>Nothing saved yet. Check the results, then save again.</source>
        <translation>尚未保存。请核对结果后再次保存。</translation>
    </message>
    <message>
        <source>Name, abbreviation or LOINC</source>
        <translation>名称、缩写或 LOINC</translation>
    </message>
    <message>
        <source>e.g. 5.2 or &lt;20</source>
        <translation>例如 5.2 或 &lt;20</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation>按化验单</translation>
    </message>
    <message>
        <source>Remove this row (Ctrl+D)</source>
        <translation>删除此行（Ctrl+D）</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>test</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>value as printed</source>
        <translation>化验单上的数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>range as printed</source>
        <translation>化验单上的参考区间</translation>
    </message>
    <message>
        <source>same range as last time</source>
        <translation>与上次相同的参考区间</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Result {n}: {what}</source>
        <translation>结果 {n}：{what}</translation>
    </message>
    <message>
        <source>The range was for {unit}: type the range printed for this unit.</source>
        <translation>该参考区间对应 {unit}：请输入此单位对应的化验单参考区间。</translation>
    </message>
    <message>
        <source>Range converted from {range} {unit}.</source>
        <translation>参考区间由 {range} {unit} 换算。</translation>
    </message>
    <message>
        <source>Type the range printed next to this result. The grey text is only the usual range, for comparison; it is not saved.</source>
        <translation>请输入化验单上此结果旁印的参考区间。灰色文字只是常见区间，仅供比较，不会保存。</translation>
    </message>
    <message>
        <source>No range from this lab for this test yet</source>
        <translation>该检验机构尚无此项目的参考区间</translation>
    </message>
    <message>
        <source>Same range as last time (Ctrl+R): {range} {unit}, {lab}, {day}</source>
        <translation>与上次相同的参考区间（Ctrl+R）：{range} {unit}，{lab}，{day}</translation>
    </message>
    <message>
        <source>no lab named</source>
        <translation>未填检验机构</translation>
    </message>
    <message>
        <source>Last time&apos;s range ({range} {unit}) cannot be converted exactly to this unit.</source>
        <translation>上次的参考区间（{range} {unit}）无法准确换算为此单位。</translation>
    </message>
    <message>
        <source>Range copied from {day}.</source>
        <translation>参考区间复制自 {day}。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>The range was typed for {before}, the result is in {unit}: retype the range, or pick {before} again.</source>
        <translation>参考区间是按 {before} 输入的，而结果的单位是 {unit}：请重新输入参考区间，或重新选择 {before}。</translation>
    </message>
    <message>
        <source>Type the word printed, e.g. negative</source>
        <translation>输入化验单上的文字，例如 阴性</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>导入化验结果</translation>
    </message>
    <message>
        <source>Lab results (*.json *.csv *.txt);;FHIR JSON (*.json);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>化验结果 (*.json *.csv *.txt);;FHIR JSON (*.json);;CSV (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <source>Every result in the file is already in the diary.</source>
        <translation>文件中的每个结果都已在日记中。</translation>
    </message>
    <message>
        <source>&amp;Date collected</source>
        <translation>采样日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test (name, abbreviation or LOINC)</source>
        <translation>项目（名称、缩写或 LOINC）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Ran&amp;ge as printed</source>
        <translation>化验单上的参考区间(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>检验机构(&amp;L)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>参考区间</translation>
    </message>
    <message>
        <source>Day first (03/04 is 3 April)</source>
        <translation>日在前（03/04 为 4 月 3 日）</translation>
    </message>
    <message>
        <source>Month first (03/04 is 4 March)</source>
        <translation>月在前（03/04 为 3 月 4 日）</translation>
    </message>
    <message>
        <source>Which column holds what? Dosebook guessed from the column names; check them against the first rows below. Columns marked * are needed.</source>
        <translation>哪一列是什么内容？Dosebook 根据列名做了推测；请对照下面的前几行核对。标有 * 的列是必需的。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Dates like 03/04/2026:</source>
        <translation>形如 03/04/2026 的日期：</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>文件前几行：</translation>
    </message>
    <message>
        <source>Copied from this lab&apos;s previous report, not typed from this one</source>
        <translation>沿用自该检验机构的上一份化验单，并非从本化验单录入</translation>
    </message>
    <message>
        <source>Converted exactly from the unit it was typed in</source>
        <translation>已由录入时的单位精确换算</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>{n} 个结果</translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 个附件</translation>
    </message>
    <message>
        <source>{n} attachments</source>
        <translation>{n} 个附件</translation>
    </message>
    <message>
        <source>Lab results by panel</source>
        <translation>按化验单查看结果</translation>
    </message>
    <message>
        <source>&amp;Add results from a report…</source>
        <translation>从化验单添加结果(&amp;A)…</translation>
    </message>
    <message>
        <source>Type in a lab report (Ctrl+Shift+L)</source>
        <translation>录入化验单（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>&amp;Edit panel…</source>
        <translation>编辑化验单(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete panel…</source>
        <translation>删除化验单(&amp;L)…</translation>
    </message>
    <message>
        <source>Paper re&amp;port…</source>
        <translation>纸质化验单(&amp;P)…</translation>
    </message>
    <message>
        <source>Keep a photo or PDF of the report with its panel</source>
        <translation>将化验单的照片或 PDF 与这次化验一起保存</translation>
    </message>
    <message>
        <source>Test to chart</source>
        <translation>要绘图的项目</translation>
    </message>
    <message>
        <source>&amp;Chart of:</source>
        <translation>图表项目(&amp;C)：</translation>
    </message>
    <message>
        <source>Report of {title}</source>
        <translation>{title} 的化验单</translation>
    </message>
    <message>
        <source>Delete panel</source>
        <translation>删除化验单</translation>
    </message>
    <message>
        <source>Delete the panel of {day} ({lab}) with its {n} results, and the report kept with it? This cannot be undone.</source>
        <translation>删除 {day}（{lab}）的化验单、其 {n} 个结果以及一起保存的报告？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Lab units</source>
        <translation>化验单位</translation>
    </message>
    <message>
        <source>Which units do your lab reports print? Lab entry offers these first, and charts are drawn in them. Each result keeps the unit it was typed in.</source>
        <translation>您的化验单使用哪种单位？录入时会优先提供这些单位，图表也按它们绘制。每个结果都保留录入时的单位。</translation>
    </message>
    <message>
        <source>&amp;Conventional: g/dL, mg/dL, ×10³/µL, U/L</source>
        <translation>传统单位：g/dL、mg/dL、×10³/µL、U/L(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;SI (international): g/L, µmol/L, ×10⁹/L, µkat/L</source>
        <translation>国际单位：g/L、µmol/L、×10⁹/L、µkat/L(&amp;S)</translation>
    </message>
    <message>
        <source>Pick a test from the list, or add it as a new test.</source>
        <translation>请从列表中选择项目，或将其添加为新项目。</translation>
    </message>
    <message>
        <source>The range is kept as printed, but its numbers could not be read for the flag.</source>
        <translation>参考区间按原样保存，但无法读取其中的数字用于标记。</translation>
    </message>
    <message>
        <source>Results in {unit} are charted apart, as entered: {test} is never converted between {unit} and {chart}, because the factor depends on the lab&apos;s test kit.</source>
        <translation>{unit} 单位的结果按录入值单独绘图：{test} 不在 {unit} 与 {chart} 之间换算，因为换算系数取决于检验机构的试剂盒。</translation>
    </message>
    <message>
        <source>Results in &apos;{unit}&apos; are charted apart, as entered: the diary knows no exact factor to convert them to {chart}.</source>
        <translation>“{unit}”单位的结果按录入值单独绘图：日记中没有将其换算为 {chart} 的精确系数。</translation>
    </message>
    <message>
        <source>No range</source>
        <translation>无参考区间</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>偏低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>偏高</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>非预期</translation>
    </message>
    <message>
        <source>gr. {n}</source>
        <translation>{n} 级</translation>
    </message>
    <message>
        <source>No range printed</source>
        <translation>化验单未印参考区间</translation>
    </message>
    <message>
        <source>grade {grade} of {top} on the CTCAE scale</source>
        <translation>CTCAE 分级 {grade} 级（共 {top} 级）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Like the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Dosebook speaks {language} from its next start.</source>
        <translation>Dosebook 下次启动时将使用{language}。</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>New diary</source>
        <translation>新建日记</translation>
    </message>
    <message>
        <source>Diary not created</source>
        <translation>日记未创建</translation>
    </message>
    <message>
        <source>Diary not opened</source>
        <translation>日记未打开</translation>
    </message>
    <message>
        <source>Dosebook</source>
        <translation>Dosebook</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Lock after {low} to {high} minutes away; {value} is outside that.</source>
        <translation>离开 {low} 到 {high} 分钟后锁定；{value} 不在此范围内。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Dosebook is locked</source>
        <translation>Dosebook 已锁定</translation>
    </message>
    <message>
        <source>Type the passphrase for {name} to go on.</source>
        <translation>请输入 {name} 的口令以继续。</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dosebook — demo diary</source>
        <translation>Dosebook——演示日记</translation>
    </message>
    <message>
        <source>This is a demo diary with made-up data.</source>
        <translation>这是一个包含虚构数据的演示日记。</translation>
    </message>
    <message>
        <source>It lives in a temporary folder and is deleted when you quit.</source>
        <translation>它位于临时文件夹中，退出时会被删除。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New diary…</source>
        <translation>新建日记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open diary…</source>
        <translation>打开日记(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import lab results…</source>
        <translation>导入化验结果(&amp;I)…</translation>
    </message>
    <message>
        <source>Export for a &amp;doctor…</source>
        <translation>导出给医生(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock when &amp;away…</source>
        <translation>离开时锁定(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>个人资料(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Warning rules…</source>
        <translation>警示规则(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>Lab &amp;units…</source>
        <translation>化验单位(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Warning signs and emergencies</source>
        <translation>警示信号与紧急情况(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Dosebook</source>
        <translation>关于 Dosebook(&amp;A)</translation>
    </message>
    <message>
        <source>Open diary</source>
        <translation>打开日记</translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook *.db);;All files (*)</source>
        <translation>Dosebook 日记 (*.dosebook *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up diary</source>
        <translation>备份日记</translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook)</source>
        <translation>Dosebook 日记 (*.dosebook)</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>备份未写入</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <source>An encrypted, verified copy was written to {path}. It opens with the same passphrase.</source>
        <translation>已将加密并校验过的副本写入 {path}。它可用同一口令打开。</translation>
    </message>
    <message>
        <source>Export is not encrypted</source>
        <translation>导出文件未加密</translation>
    </message>
    <message>
        <source>The export is a plain JSON file that anyone who finds it can read. Keep it safe and delete it when you no longer need it. Continue?</source>
        <translation>导出的是普通 JSON 文件，任何拿到它的人都能读取。请妥善保管，不再需要时删除。继续吗？</translation>
    </message>
    <message>
        <source>Export diary</source>
        <translation>导出日记</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export not written</source>
        <translation>导出未写入</translation>
    </message>
    <message>
        <source>About Dosebook</source>
        <translation>关于 Dosebook</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dosebook&lt;/b&gt;&lt;br&gt;An offline, encrypted diary for an injectable protocol.&lt;br&gt;It records and charts; it never diagnoses and never suggests a dose. Talk to your doctor about what you see here.&lt;br&gt;&lt;br&gt;Diary file: {path}</source>
        <translation>&lt;b&gt;Dosebook&lt;/b&gt;&lt;br&gt;离线、加密的注射用药日记。&lt;br&gt;它只做记录和图表；从不诊断，也从不建议剂量。请就这里看到的内容与您的医生沟通。&lt;br&gt;&lt;br&gt;日记文件：{path}</translation>
    </message>
</context>
<context>
    <name>Pacing</name>
    <message>
        <source>Wait {n} s before the next try.</source>
        <translation>请等待 {n} 秒后再试。</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Your diary is encrypted with this passphrase. Nobody, including the makers of Dosebook, can open it without the passphrase: if you forget it, the diary and its backups are lost for good. Write it down and keep it somewhere safe.</source>
        <translation>您的日记用此口令加密。没有口令，任何人（包括 Dosebook 的开发者）都无法打开它：一旦忘记，日记及其备份将永久丢失。请把口令写下来，并妥善保管。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>两次输入的口令不一致。请重新输入。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>口令太短：请至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <source>The passphrase cannot be only spaces.</source>
        <translation>口令不能只包含空格。</translation>
    </message>
    <message>
        <source>The passphrase holds a character that is not text (a broken paste?); type it again.</source>
        <translation>口令中有非文本字符（粘贴出错？）；请重新输入。</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>在这台电脑上记住（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>No secure keyring was found, so Dosebook asks for the passphrase at every start.</source>
        <translation>未找到安全的钥匙串，因此 Dosebook 每次启动都会询问口令。</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>An autoimmune disease</source>
        <translation>自身免疫性疾病</translation>
    </message>
    <message>
        <source>A transplant, or treatment that suppresses the immune system</source>
        <translation>器官移植，或抑制免疫系统的治疗</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>怀孕或哺乳期</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>未满 18 岁</translation>
    </message>
    <message>
        <source>Other medicines that act on the immune system</source>
        <translation>其他作用于免疫系统的药物</translation>
    </message>
    <message>
        <source>Changing how the immune system works can push an autoimmune disease either way.</source>
        <translation>改变免疫系统的运作可能使自身免疫性疾病朝任一方向变化。</translation>
    </message>
    <message>
        <source>TA1 article, use with caution</source>
        <translation>TA1 文章，慎用</translation>
    </message>
    <message>
        <source>After a transplant, or while the immune system is held down on purpose, boosting it may be risky; the label advises against it unless the benefit clearly outweighs the risk.</source>
        <translation>器官移植后，或在有意抑制免疫系统期间，增强免疫可能有风险；说明书建议除非获益明显大于风险，否则不要使用。</translation>
    </message>
    <message>
        <source>TA1 article, use with caution; Zadaxin label, contraindications</source>
        <translation>TA1 文章，慎用；日达仙说明书，禁忌</translation>
    </message>
    <message>
        <source>Safety in pregnancy and while breastfeeding has not been established, so it is for very close medical supervision only.</source>
        <translation>孕期和哺乳期的安全性尚未确立，因此只能在非常密切的医疗监护下使用。</translation>
    </message>
    <message>
        <source>TA1 article, use with caution; Zadaxin label</source>
        <translation>TA1 文章，慎用；日达仙说明书</translation>
    </message>
    <message>
        <source>Use in children and teenagers has not been well studied.</source>
        <translation>对儿童和青少年的使用研究不足。</translation>
    </message>
    <message>
        <source>TA1 article, use with caution; Zadaxin label, paediatric use</source>
        <translation>TA1 文章，慎用；日达仙说明书，儿童用药</translation>
    </message>
    <message>
        <source>Thymalfasin acts on immune signalling, so combining it with other immune-active medicines belongs under medical supervision.</source>
        <translation>胸腺法新作用于免疫信号，因此与其他作用于免疫系统的药物合用应在医疗监护下进行。</translation>
    </message>
    <message>
        <source>TA1 article, safety</source>
        <translation>TA1 文章，安全性</translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation>乙型肝炎</translation>
    </message>
    <message>
        <source>Hepatitis C</source>
        <translation>丙型肝炎</translation>
    </message>
    <message>
        <source>Another infection</source>
        <translation>其他感染</translation>
    </message>
    <message>
        <source>Support during cancer treatment</source>
        <translation>癌症治疗期间的辅助</translation>
    </message>
    <message>
        <source>Immune support</source>
        <translation>免疫支持</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>For example interferon, chemotherapy or other cancer treatment, steroid tablets such as prednisolone, transplant medicines such as ciclosporin or tacrolimus, and biologics for an autoimmune disease.</source>
        <translation>例如干扰素、化疗或其他癌症治疗、泼尼松龙等类固醇片剂、环孢素或他克莫司等移植用药，以及治疗自身免疫性疾病的生物制剂。</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>修改预约</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>添加预约</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>for example: Liver clinic, Dr Weber</source>
        <translation>例如：肝病门诊，王医生</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>预约对象</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>想问的问题</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>预约对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Wh&amp;ere:</source>
        <translation>地点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>They are printed on the report&apos;s questions page.</source>
        <translation>这些问题会打印在报告的问题页上。</translation>
    </message>
    <message>
        <source>{first} (+{n} more)</source>
        <translation>{first}（另有 {n} 个）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Other medicines and supplements</source>
        <translation>其他药物和补充剂</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Immune system</source>
        <translation>免疫系统</translation>
    </message>
    <message>
        <source>acts on it</source>
        <translation>有作用</translation>
    </message>
    <message>
        <source>&amp;Stopped today</source>
        <translation>今天停用(&amp;S)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>next: {line}</source>
        <translation>下次：{line}</translation>
    </message>
    <message>
        <source>{name} marked as stopped today.</source>
        <translation>{name} 已标记为今天停用。</translation>
    </message>
    <message>
        <source>{name} taken off the list.</source>
        <translation>已从列表中移除 {name}。</translation>
    </message>
    <message>
        <source>Appointment {line} deleted.</source>
        <translation>已删除预约 {line}。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>You can skip this page and fill it in later.</source>
        <translation>您可以跳过此页，稍后再填写。</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>其他用药</translation>
    </message>
    <message>
        <source>Medicines and supplements you take besides the protocol. </source>
        <translation>除本方案外您服用的药物和补充剂。</translation>
    </message>
    <message>
        <source>&amp;Add a medicine…</source>
        <translation>添加药物(&amp;A)…</translation>
    </message>
    <message>
        <source>Tick &apos;acts on the immune system&apos; where it applies: it shows as a standing caution.</source>
        <translation>如适用，请勾选“作用于免疫系统”：它会显示为长期注意事项。</translation>
    </message>
    <message>
        <source>On your list: {names}</source>
        <translation>您的列表：{names}</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Your course</source>
        <translation>您的疗程</translation>
    </message>
    <message>
        <source>What you inject and when, as agreed with your doctor. </source>
        <translation>按与医生商定的内容，注射什么、何时注射。</translation>
    </message>
    <message>
        <source>&amp;Start from the template: {product}…</source>
        <translation>从模板开始(&amp;S)：{product}…</translation>
    </message>
    <message>
        <source>&amp;Describe my own course…</source>
        <translation>描述我自己的疗程(&amp;D)…</translation>
    </message>
    <message>
        <source>Set up: {products}.</source>
        <translation>已设置：{products}。</translation>
    </message>
    <message>
        <source>No course yet.</source>
        <translation>尚无疗程。</translation>
    </message>
    <message>
        <source>Welcome to Dosebook</source>
        <translation>欢迎使用 Dosebook</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>A few questions so the diary fits you. </source>
        <translation>回答几个问题，让日记更适合您。</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>关于您</translation>
    </message>
    <message>
        <source>What the protocol is for</source>
        <translation>用药目的</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>每天一次</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>每天两次</translation>
    </message>
    <message>
        <source>three times a day</source>
        <translation>每天三次</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>每周一次</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Change medicine</source>
        <translation>修改药物</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>添加药物</translation>
    </message>
    <message>
        <source>for example: Tenofovir, Vitamin D3</source>
        <translation>例如：替诺福韦、维生素 D3</translation>
    </message>
    <message>
        <source>Medicine or supplement</source>
        <translation>药物或补充剂</translation>
    </message>
    <message>
        <source>as on the pack, for example 245 mg</source>
        <translation>按包装所写，例如 245 mg</translation>
    </message>
    <message>
        <source>S&amp;tarted on</source>
        <translation>开始日期(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;opped on</source>
        <translation>停用日期(&amp;O)</translation>
    </message>
    <message>
        <source>Acts on the &amp;immune system</source>
        <translation>作用于免疫系统(&amp;I)</translation>
    </message>
    <message>
        <source>The article advises combining such medicines only under medical supervision; ticked, it shows as a standing caution.</source>
        <translation>该文章建议此类药物只在医疗监护下合用；勾选后会显示为长期注意事项。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>剂量(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>频率(&amp;H)：</translation>
    </message>
    <message>
        <source>Backups made before this change still open only with the old passphrase. Keep the old passphrase with them, or make a new backup afterwards.</source>
        <translation>更改前的备份仍只能用旧口令打开。请将旧口令与这些备份一起保存，或在更改后重新备份。</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>再次输入新口令</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>If you forget the new passphrase, the diary cannot be opened again.</source>
        <translation>如果忘记新口令，日记将无法再打开。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前口令(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Sex, for reference ranges</source>
        <translation>性别（用于参考区间）</translation>
    </message>
    <message>
        <source>for example 1980</source>
        <translation>例如 1980</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>Used for the reference ranges offered in lab entry. Not given: the wider of the two ranges.</source>
        <translation>用于录入化验时提供的参考区间。未填写时取两者中较宽的区间。</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>出生年份(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Doses and appointments are shown in this zone.</source>
        <translation>剂量和预约按此时区显示。</translation>
    </message>
    <message>
        <source>Tick what applies. Warning texts that only fit one condition (such as hepatitis B) are shown only when it is ticked.</source>
        <translation>请勾选适用的项目。只适用于某一疾病（如乙型肝炎）的警示文字仅在勾选该项时显示。</translation>
    </message>
    <message>
        <source>for example: chronic, since 2019</source>
        <translation>例如：慢性，自 2019 年起</translation>
    </message>
    <message>
        <source>What it is for, in your own words</source>
        <translation>用药目的（用您自己的话）</translation>
    </message>
    <message>
        <source>In your own &amp;words:</source>
        <translation>用您自己的话(&amp;W)：</translation>
    </message>
    <message>
        <source>for example: penicillin (rash)</source>
        <translation>例如：青霉素（皮疹）</translation>
    </message>
    <message>
        <source>Known allergies</source>
        <translation>已知过敏</translation>
    </message>
    <message>
        <source>Known &amp;allergies:</source>
        <translation>已知过敏(&amp;A)：</translation>
    </message>
    <message>
        <source>Printed on the appointment report. Leave empty if none.</source>
        <translation>会打印在就诊报告上。没有请留空。</translation>
    </message>
    <message>
        <source>Also noted from the birth year.</source>
        <translation>也根据出生年份注明。</translation>
    </message>
    <message>
        <source>Also noted when a medicine on your list is ticked as acting on the immune system.</source>
        <translation>当您列表中的药物被勾选为作用于免疫系统时也会注明。</translation>
    </message>
    <message>
        <source>Tick any that apply. Each shows as a standing note above the tabs and on the report, for you and your doctor to keep in mind; Dosebook never decides anything from them.</source>
        <translation>请勾选适用的项目。每项都会作为长期提示显示在标签页上方和报告中，供您和医生留意；Dosebook 从不据此做任何决定。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>更改口令(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>在本机记住(&amp;R)（系统密钥环）</translation>
    </message>
    <message>
        <source>The diary is re-encrypted under the new passphrase.</source>
        <translation>日记将用新口令重新加密。</translation>
    </message>
    <message>
        <source>Remembered, the diary opens without asking. Forgotten, the passphrase is asked at every start.</source>
        <translation>记住后，打开日记无需输入口令。不记住时，每次启动都会询问口令。</translation>
    </message>
    <message>
        <source>No secure keyring was found; Dosebook asks at every start.</source>
        <translation>未找到安全的密钥环；Dosebook 每次启动都会询问。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>From the last &amp;appointment (else the last report)</source>
        <translation>自上次预约起(&amp;A)（否则自上次报告起）</translation>
    </message>
    <message>
        <source>From the last &amp;report</source>
        <translation>自上次报告起(&amp;R)</translation>
    </message>
    <message>
        <source>The last &amp;months:</source>
        <translation>最近几个月(&amp;M)：</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Without an earlier appointment or report, the report covers the last months given here.</source>
        <translation>若没有更早的预约或报告，报告涵盖此处设定的最近几个月。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>{why} (Source: {source}.)</source>
        <translation>{why}（来源：{source}。）</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Dosebook — {name} (read-only)</source>
        <translation>Dosebook——{name}（只读）</translation>
    </message>
    <message>
        <source>This diary is read-only: you can look, but not change it.</source>
        <translation>此日记为只读：可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>Its file or its folder cannot be written. To change it, make it writable, or copy it to a folder you can write to, and open it again.</source>
        <translation>其文件或所在文件夹不可写。如需修改，请将其设为可写，或复制到可写的文件夹后重新打开。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Remind me of doses, labs due and appointments</source>
        <translation>提醒我用药、应做的化验和就诊(&amp;R)</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>At the dose time</source>
        <translation>用药时间时</translation>
    </message>
    <message>
        <source>A notification says</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>Notifications can show on a locked screen, and an exported calendar may be shared. The first two never name the product or the dose.</source>
        <translation>通知可能显示在锁屏上，导出的日历也可能被共享。前两种方式从不显示药品名或剂量。</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>询问我</translation>
    </message>
    <message>
        <source>Keep Dosebook in the tray</source>
        <translation>将 Dosebook 保留在托盘中</translation>
    </message>
    <message>
        <source>Quit Dosebook</source>
        <translation>退出 Dosebook</translation>
    </message>
    <message>
        <source>Start Dosebook in the tray when I &amp;log in</source>
        <translation>登录时在托盘中启动 Dosebook(&amp;L)</translation>
    </message>
    <message>
        <source>Set this up in your system&apos;s settings on this computer.</source>
        <translation>请在这台电脑的系统设置中进行设置。</translation>
    </message>
    <message>
        <source> hours away</source>
        <translation> 小时以内</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>从不询问</translation>
    </message>
    <message>
        <source>Remind &amp;me</source>
        <translation>提醒我(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Closing the window</source>
        <translation>关闭窗口时(&amp;C)</translation>
    </message>
    <message>
        <source>Logging a dose</source>
        <translation>记录剂量</translation>
    </message>
    <message>
        <source>Offer a scheduled dose up to</source>
        <translation>提前提供计划剂量最多</translation>
    </message>
    <message>
        <source>Ask before a second dose within</source>
        <translation>在此时间内第二次记录前询问</translation>
    </message>
    <message>
        <source>Start at login not set</source>
        <translation>未设置登录时启动</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not written</source>
        <translation>日历未写入</translation>
    </message>
    <message>
        <source>A reminder at {time}</source>
        <translation>{time} 的提醒</translation>
    </message>
    <message>
        <source>{dose} is due at {time}</source>
        <translation>{dose} 应于 {time} 注射</translation>
    </message>
    <message>
        <source>A dose is due at {time}</source>
        <translation>{time} 有一剂待注射</translation>
    </message>
    <message>
        <source>A reminder for today</source>
        <translation>今天的提醒</translation>
    </message>
    <message>
        <source>Lab tests are due: {groups}</source>
        <translation>应做化验：{groups}</translation>
    </message>
    <message>
        <source>Lab tests are due</source>
        <translation>应做化验</translation>
    </message>
    <message>
        <source>A reminder for {day} at {time}</source>
        <translation>{day} {time} 的提醒</translation>
    </message>
    <message>
        <source>{label}: {day} at {time}</source>
        <translation>{label}：{day} {time}</translation>
    </message>
    <message>
        <source>An appointment on {day} at {time}</source>
        <translation>{day} {time} 有预约</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>{app}: dose due</source>
        <translation>{app}：待注射</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Print the appointment report</source>
        <translation>打印就诊报告</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>报告的第一天</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>报告的最后一天</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Injections and sites</source>
        <translation>注射与部位(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;ymptoms and sick days</source>
        <translation>症状与生病日(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>化验(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Questions for my doctor</source>
        <translation>想问医生的问题(&amp;Q)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Put my &amp;name on each page</source>
        <translation>在每页印上我的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Add the paper lab reports and reaction &amp;photos</source>
        <translation>附上纸质化验单和反应照片(&amp;P)</translation>
    </message>
    <message>
        <source>Anything you want to ask or tell your doctor. Empty: lines to write on.</source>
        <translation>您想问医生或告诉医生的事。留空：打印书写用的横线。</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>想问医生的问题</translation>
    </message>
    <message>
        <source>Lab tests to chart</source>
        <translation>要绘图的化验项目</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>The questions saved with your appointment ({who}) are printed too.</source>
        <translation>随预约（{who}）保存的问题也会打印。</translation>
    </message>
    <message>
        <source>Save PD&amp;F…</source>
        <translation>保存 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Q&amp;uestions:</source>
        <translation>问题(&amp;U)：</translation>
    </message>
    <message>
        <source>Also &amp;chart:</source>
        <translation>另外绘图(&amp;C)：</translation>
    </message>
    <message>
        <source>Labs outside their range are charted anyway.</source>
        <translation>超出参考区间的化验项目总会绘图。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>第一天晚于最后一天。</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <source>{n} days.</source>
        <translation>{n} 天。</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <source>Replace the diary {diary} with the backup {backup}?

Everything written after that backup is left out of the diary; the diary as it is now is kept as a copy in {folder}.</source>
        <translation>用备份 {backup} 替换日记 {diary}？

该备份之后写入的内容将不在日记中；当前的日记会作为副本保存在 {folder}。</translation>
    </message>
    <message>
        <source>Type the passphrase for the backup {name}.</source>
        <translation>请输入备份 {name} 的口令。</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>Diary not opened</source>
        <translation>日记未打开</translation>
    </message>
    <message>
        <source>The file was not changed. You can restore a backup of it.</source>
        <translation>文件未被更改。您可以恢复它的备份。</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The diary as it is now is kept as a copy in the backups folder first, so nothing is lost.</source>
        <translation>请选择要恢复到的备份。当前的日记会先作为副本保存在备份文件夹中，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>No automatic backups found beside this diary.</source>
        <translation>此日记旁边没有找到自动备份。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Dosebook diary (*.dosebook *.db);;All files (*)</source>
        <translation>Dosebook 日记 (*.dosebook *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Show this warning</source>
        <translation>显示此警告</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Reset {rule} to default</source>
        <translation>将 {rule} 恢复默认</translation>
    </message>
</context>
<context>
    <name>RuleEvidence</name>
    <message>
        <source>Energy</source>
        <translation>精力</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>乏力</translation>
    </message>
    <message>
        <source>Well-being</source>
        <translation>整体状态</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>感冒</translation>
    </message>
    <message>
        <source>flu</source>
        <translation>流感</translation>
    </message>
    <message>
        <source>stomach bug</source>
        <translation>肠胃炎</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{rating} rated {level} or more on {n} of the last {days} days ({first} to {last})</source>
        <translation>{rating}在最近 {days} 天中有 {n} 天评分为 {level} 或以上（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>{rating} rated {level} or less on {n} of the last {days} days ({first} to {last})</source>
        <translation>{rating}在最近 {days} 天中有 {n} 天评分为 {level} 或以下（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>{rating} averaged {recent} over the last {days} days, up from {previous} in the {days} days before</source>
        <translation>{rating}最近 {days} 天平均为 {recent}，高于之前 {days} 天的 {previous}</translation>
    </message>
    <message>
        <source>{rating} averaged {recent} over the last {days} days, down from {previous} in the {days} days before</source>
        <translation>{rating}最近 {days} 天平均为 {recent}，低于之前 {days} 天的 {previous}</translation>
    </message>
    <message>
        <source>Marked sick ({kind}) on {day}, a kind of sickness not in your diary before</source>
        <translation>{day} 标记为生病（{kind}），日记中以前没有过这种类型</translation>
    </message>
    <message>
        <source>Your profile notes an autoimmune disease</source>
        <translation>您的个人资料注明患有自身免疫性疾病</translation>
    </message>
    <message>
        <source>Your profile notes a transplant or treatment that suppresses the immune system</source>
        <translation>您的个人资料注明有器官移植或抑制免疫系统的治疗</translation>
    </message>
    <message>
        <source>Your profile notes pregnancy or breastfeeding</source>
        <translation>您的个人资料注明怀孕或哺乳</translation>
    </message>
    <message>
        <source>Your profile notes being under 18</source>
        <translation>您的个人资料注明未满 18 岁</translation>
    </message>
    <message>
        <source>Your profile notes other medicines that act on the immune system</source>
        <translation>您的个人资料注明在用其他作用于免疫系统的药物</translation>
    </message>
    <message>
        <source>{group}: no results since the course began on {day}; usually every {least}–{most} months</source>
        <translation>{group}：自疗程于 {day} 开始以来没有结果；通常每 {least}–{most} 个月一次</translation>
    </message>
    <message>
        <source>{product}: 1 dose with no injection logged in the last {days} days</source>
        <translation>{product}：最近 {days} 天内有 1 次剂量没有记录注射</translation>
    </message>
    <message>
        <source>{product}: {n} doses with no injection logged in the last {days} days</source>
        <translation>{product}：最近 {days} 天内有 {n} 次剂量没有记录注射</translation>
    </message>
    <message>
        <source>Used {when}: {problem}</source>
        <translation>{when} 使用：{problem}</translation>
    </message>
    <message>
        <source>Vial {lot}</source>
        <translation>药瓶 {lot}</translation>
    </message>
    <message>
        <source>Vial of {product}</source>
        <translation>{product} 药瓶</translation>
    </message>
    <message>
        <source>Your medicines list includes {names}, ticked as acting on the immune system</source>
        <translation>您的用药列表包含 {names}，已勾选为作用于免疫系统</translation>
    </message>
    <message>
        <source>Your profile gives the birth year {year}: under 18</source>
        <translation>您的个人资料中出生年份为 {year}：未满 18 岁</translation>
    </message>
    <message>
        <source>your course baseline ({value} on {day}), which was already above its range</source>
        <translation>您的疗程基线（{day} {value}），当时已高于参考区间</translation>
    </message>
    <message>
        <source>, {grade}</source>
        <translation>，{grade}</translation>
    </message>
    <message>
        <source>, {grade} counted from {baseline}</source>
        <translation>，{grade}，以{baseline}为基准计算</translation>
    </message>
    <message>
        <source>, not graded: CTCAE counts this test from {baseline}</source>
        <translation>，未分级：CTCAE 对此项目以{baseline}为基准</translation>
    </message>
    <message>
        <source>{times} the upper limit ({limit})</source>
        <translation>为上限（{limit}）的 {times}</translation>
    </message>
    <message>
        <source>below the lower limit ({limit})</source>
        <translation>低于下限（{limit}）</translation>
    </message>
    <message>
        <source>outside the range</source>
        <translation>超出参考区间</translation>
    </message>
    <message>
        <source>; back in range since {day} ({value})</source>
        <translation>；自 {day} 起已回到参考区间内（{value}）</translation>
    </message>
    <message>
        <source>within its range</source>
        <translation>在参考区间内</translation>
    </message>
    <message>
        <source>still above its range</source>
        <translation>仍高于参考区间</translation>
    </message>
    <message>
        <source>still below its range</source>
        <translation>仍低于参考区间</translation>
    </message>
    <message>
        <source>; since then {value} on {day}</source>
        <translation>；此后 {day} 为 {value}</translation>
    </message>
    <message>
        <source>{since_then}, {where}</source>
        <translation>{since_then}，{where}</translation>
    </message>
    <message>
        <source>{result} on {day}, {versus}{graded}</source>
        <translation>{day} {result}，{versus}{graded}</translation>
    </message>
    <message>
        <source>, {times} the upper limit</source>
        <translation>，为上限的 {times}</translation>
    </message>
    <message>
        <source>{result} on {day}, above its range{range}</source>
        <translation>{day} {result}，高于参考区间{range}</translation>
    </message>
    <message>
        <source>{result} on {day}, below its range{range}</source>
        <translation>{day} {result}，低于参考区间{range}</translation>
    </message>
    <message>
        <source>; it was {value} on {day}, within range</source>
        <translation>；{day} 为 {value}，在参考区间内</translation>
    </message>
    <message>
        <source>{result} on {day}, where the report expects {expected}</source>
        <translation>{day} {result}，化验单的预期为 {expected}</translation>
    </message>
    <message>
        <source>; {result} since {day}</source>
        <translation>；自 {day} 起为 {result}</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>符合预期</translation>
    </message>
    <message>
        <source>, within its range</source>
        <translation>，在参考区间内</translation>
    </message>
    <message>
        <source>{result} on {day}{inside}, {percent}% above the course baseline of {baseline} ({baseline_day})</source>
        <translation>{day} {result}{inside}，比疗程基线 {baseline}（{baseline_day}）高 {percent}%</translation>
    </message>
    <message>
        <source>{result} on {day}, {rise} log10 above the lowest value since the course began ({lowest} on {lowest_day})</source>
        <translation>{day} {result}，比疗程开始以来的最低值（{lowest_day} {lowest}）高 {rise} log10</translation>
    </message>
    <message>
        <source>{result} ({times} the upper limit)</source>
        <translation>{result}（上限的 {times}）</translation>
    </message>
    <message>
        <source>{result} on {day} ({times} the upper limit)</source>
        <translation>{day} {result}（上限的 {times}）</translation>
    </message>
    <message>
        <source>{enzymes} with {bilirubin}</source>
        <translation>{enzymes}，同时 {bilirubin}</translation>
    </message>
    <message>
        <source>On {day}: {text}</source>
        <translation>{day}：{text}</translation>
    </message>
    <message>
        <source>; no ALP measured within {days} days</source>
        <translation>；{days} 天内未测 ALP</translation>
    </message>
    <message>
        <source>; all back in range since {day}</source>
        <translation>；自 {day} 起全部回到参考区间内</translation>
    </message>
    <message>
        <source>{kind} ({grade}) at {zone}, seen {when}</source>
        <translation>{zone}{kind}（{grade}），发现于 {when}</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>发红</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>肿胀</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>瘙痒</translation>
    </message>
    <message>
        <source>Lump</source>
        <translation>硬结</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>淤青</translation>
    </message>
    <message>
        <source>Open sore</source>
        <translation>开放性溃疡</translation>
    </message>
    <message>
        <source>Dead skin</source>
        <translation>皮肤坏死</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{what}; not marked settled</source>
        <translation>{what}；未标记为已消退</translation>
    </message>
    <message>
        <source>{what}; marked settled {when}</source>
        <translation>{what}；{when} 标记为已消退</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{what}; not marked settled after {time}</source>
        <translation>{what}；{time} 后仍未标记为已消退</translation>
    </message>
    <message>
        <source>{what}; it took {time} to settle</source>
        <translation>{what}；{time} 后消退</translation>
    </message>
    <message>
        <source>not yet marked settled</source>
        <translation>尚未标记为已消退</translation>
    </message>
    <message>
        <source>since settled</source>
        <translation>现已消退</translation>
    </message>
    <message>
        <source>{temperature} on {day} is above {limit}</source>
        <translation>{day} {temperature}，高于 {limit}</translation>
    </message>
    <message>
        <source>{limit} or more on {n} of the last {days} days</source>
        <translation>最近 {days} 天中有 {n} 天达到 {limit} 或以上</translation>
    </message>
    <message>
        <source>{limit} or more on {day} while a reaction at an injection site ({zone}) had not settled</source>
        <translation>{day} 达到 {limit} 或以上，同时注射部位（{zone}）的反应尚未消退</translation>
    </message>
    <message>
        <source>{temperature} on {day}</source>
        <translation>{day} {temperature}</translation>
    </message>
    <message>
        <source>Temperature {days}: {why}</source>
        <translation>体温 {days}：{why}</translation>
    </message>
    <message>
        <source>{symptom} on {days}, not in your diary before</source>
        <translation>{days} 出现{symptom}，您的日记中以前没有</translation>
    </message>
    <message>
        <source>{symptom} on 1 day of the last {days}, up from {before} in the {days} days before</source>
        <translation>最近 {days} 天中有 1 天出现{symptom}，之前 {days} 天为 {before} 天</translation>
    </message>
    <message>
        <source>{symptom} on {n} days of the last {days}, up from {before} in the {days} days before</source>
        <translation>最近 {days} 天中有 {n} 天出现{symptom}，之前 {days} 天为 {before} 天</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>不高于 {high}</translation>
    </message>
    <message>
        <source>from {low}</source>
        <translation>不低于 {low}</translation>
    </message>
    <message>
        <source>usual range {range}</source>
        <translation>常用参考区间 {range}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Warning rules</source>
        <translation>警示规则</translation>
    </message>
    <message>
        <source>Each rule looks at your diary and raises a warning with the data behind it. The numbers below are the thresholds; change them with your doctor&apos;s advice.</source>
        <translation>每条规则会检查您的日记，并在发出警告时附上所依据的数据。下面的数字是阈值；请在医生建议下修改。</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>全部恢复默认</translation>
    </message>
    <message>
        <source>Show snoozed and dismissed warnings again</source>
        <translation>重新显示已暂停和已关闭的警告</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Backup not written</source>
        <translation>备份未写入</translation>
    </message>
    <message>
        <source>Today&apos;s backup: {err}</source>
        <translation>今天的备份：{err}</translation>
    </message>
    <message>
        <source>This backup was made under another passphrase.</source>
        <translation>此备份是用另一个口令创建的。</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>备份未恢复</translation>
    </message>
    <message>
        <source>The diary now holds the backup {name}.</source>
        <translation>日记现已恢复为备份 {name}。</translation>
    </message>
    <message>
        <source>The diary as it was before is kept at {path}.</source>
        <translation>恢复前的日记保存在 {path}。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>7 days or less</source>
        <translation>7 天以内</translation>
    </message>
    <message>
        <source>8 to 14 days</source>
        <translation>8 到 14 天</translation>
    </message>
    <message>
        <source>15 to 28 days</source>
        <translation>15 到 28 天</translation>
    </message>
    <message>
        <source>More than 28 days</source>
        <translation>超过 28 天</translation>
    </message>
    <message>
        <source>{zone} was used earlier today ({day}).</source>
        <translation>{zone}今天已经用过（{day}）。</translation>
    </message>
    <message>
        <source>{zone} was used yesterday ({day}).</source>
        <translation>{zone}昨天用过（{day}）。</translation>
    </message>
    <message>
        <source>{zone} was used {n} days ago ({day}).</source>
        <translation>{zone} {n} 天前用过（{day}）。</translation>
    </message>
    <message>
        <source>This zone</source>
        <translation>此区域</translation>
    </message>
    <message>
        <source>If you use it again, keep at least a finger-width from the last spot: the same spot heals best when it is used no more than once every 4 weeks.</source>
        <translation>如果再次使用，请与上次的注射点至少相隔一指宽：同一注射点每 4 周最多用一次，恢复最好。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Writing the demo diary…</source>
        <translation>正在写入演示日记…</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>正在打开您的日记…</translation>
    </message>
    <message>
        <source>Waiting for the passphrase to open your diary…</source>
        <translation>等待输入口令以打开您的日记…</translation>
    </message>
    <message>
        <source>Loading the calendar and the body map…</source>
        <translation>正在加载日历和人体图…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Sick episodes in the last 90 days: {n}</source>
        <translation>最近 90 天的生病期：{n} 次</translation>
    </message>
    <message>
        <source> ({n} may still be going on)</source>
        <translation>（{n} 次可能仍在持续）</translation>
    </message>
    <message>
        <source>; average {days} days to recover</source>
        <translation>；平均 {days} 天恢复</translation>
    </message>
    <message>
        <source>No diary entries yet.</source>
        <translation>尚无日记。</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>尚无应打剂量</translation>
    </message>
    <message>
        <source>{taken} of {due} taken ({late} late)</source>
        <translation>{due} 剂中已用 {taken} 剂（{late} 剂延迟）</translation>
    </message>
    <message>
        <source>{taken} of {due} taken</source>
        <translation>{due} 剂中已用 {taken} 剂</translation>
    </message>
    <message>
        <source>No dose due: the course has not started</source>
        <translation>无应打剂量：疗程尚未开始</translation>
    </message>
    <message>
        <source>No dose due: the course is paused</source>
        <translation>无应打剂量：疗程已暂停</translation>
    </message>
    <message>
        <source>No dose due: the course has ended</source>
        <translation>无应打剂量：疗程已结束</translation>
    </message>
    <message>
        <source>No dose due: the course is completed</source>
        <translation>无应打剂量：疗程已完成</translation>
    </message>
    <message>
        <source>No dose due</source>
        <translation>无应打剂量</translation>
    </message>
    <message>
        <source>{product}: {dose} {unit}, {schedule}; {n} injections logged, last {when} in {zone}</source>
        <translation>{product}：{dose} {unit}，{schedule}；已记录 {n} 次注射，最近一次 {when}，部位：{zone}</translation>
    </message>
    <message>
        <source>{product}: {dose} {unit}, {schedule}; {n} injections logged</source>
        <translation>{product}：{dose} {unit}，{schedule}；已记录 {n} 次注射</translation>
    </message>
    <message>
        <source>Next dose: {when}; suggested: {zone}</source>
        <translation>下一剂：{when}；建议部位：{zone}</translation>
    </message>
    <message>
        <source>Next dose: {when}</source>
        <translation>下一剂：{when}</translation>
    </message>
    <message>
        <source>Last 4 weeks: {recent}; course so far: {course}</source>
        <translation>最近 4 周：{recent}；本疗程至今：{course}</translation>
    </message>
    <message>
        <source>Vial: lot {lot}, draw {volume}</source>
        <translation>药瓶：批号 {lot}，抽取 {volume}</translation>
    </message>
    <message>
        <source>Vial: lot {lot}</source>
        <translation>药瓶：批号 {lot}</translation>
    </message>
    <message>
        <source>Note: {problem}</source>
        <translation>注意：{problem}</translation>
    </message>
    <message>
        <source>No protocol yet.</source>
        <translation>尚无用药方案。</translation>
    </message>
    <message>
        <source>Current vial: lot {lot}, expires {day}</source>
        <translation>当前药瓶：批号 {lot}，有效期至 {day}</translation>
    </message>
    <message>
        <source>Current vial: lot {lot}</source>
        <translation>当前药瓶：批号 {lot}</translation>
    </message>
    <message>
        <source>Labs:</source>
        <translation>化验：</translation>
    </message>
    <message>
        <source>Warnings: {n} (most serious: {title}); see `dosebook warnings`</source>
        <translation>警告：{n} 条（最严重：{title}）；见 `dosebook warnings`</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>警告：无</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Wrong passphrase for this diary. Nothing was changed; try again.</source>
        <translation>此日记的口令不正确。未做任何更改；请重试。</translation>
    </message>
    <message>
        <source>{path} is not a Dosebook diary, or it is damaged ({detail}). It was not changed. You can restore a backup instead.</source>
        <translation>{path} 不是 Dosebook 日记，或已损坏（{detail}）。文件未被更改。您可以改为恢复备份。</translation>
    </message>
    <message>
        <source>{path} is not a Dosebook diary, or it is damaged. It was not changed. You can restore a backup instead.</source>
        <translation>{path} 不是 Dosebook 日记，或已损坏。文件未被更改。您可以改为恢复备份。</translation>
    </message>
    <message>
        <source>This diary was saved by a newer version of Dosebook (schema {revision}). Update Dosebook to open it; the file was not changed.</source>
        <translation>此日记由较新版本的 Dosebook 保存（结构 {revision}）。请更新 Dosebook 后再打开；文件未被更改。</translation>
    </message>
    <message>
        <source>There is no diary at {path}.</source>
        <translation>{path} 处没有日记。</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name so nothing is overwritten.</source>
        <translation>{path} 已存在；请换一个名称，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>{path} is damaged: part of it no longer reads back as it was written. The newest backup is {backup}; restore it (File → Restore from backup…, or dosebook restore). Nothing was changed.</source>
        <translation>{path} 已损坏：部分内容读出来已与写入时不同。最新的备份是 {backup}；请恢复它（文件 → 从备份恢复…，或 dosebook restore）。未做任何更改。</translation>
    </message>
    <message>
        <source>{path} is damaged: part of it no longer reads back as it was written. Restore a backup if you have one (File → Restore from backup…). Nothing was changed.</source>
        <translation>{path} 已损坏：部分内容读出来已与写入时不同。如有备份请恢复（文件 → 从备份恢复…）。未做任何更改。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The diary&apos;s folder or file is read-only.</source>
        <translation>日记所在的文件夹或文件是只读的。</translation>
    </message>
    <message>
        <source>The diary file cannot be reached (was it moved or its drive removed?).</source>
        <translation>无法访问日记文件（是否被移动，或所在驱动器已移除？）。</translation>
    </message>
    <message>
        <source>Another program is using the diary file.</source>
        <translation>另一个程序正在使用日记文件。</translation>
    </message>
    <message>
        <source>The disk reported an error.</source>
        <translation>磁盘报告了错误。</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>电脑内存不足。</translation>
    </message>
    <message>
        <source>The disk is full (your quota is used up).</source>
        <translation>磁盘已满（您的配额已用完）。</translation>
    </message>
    <message>
        <source>A record this change refers to no longer exists.</source>
        <translation>此更改引用的记录已不存在。</translation>
    </message>
    <message>
        <source>A record like this one already exists.</source>
        <translation>已有相同的记录。</translation>
    </message>
    <message>
        <source>A value in this change is not allowed.</source>
        <translation>此更改中有不允许的值。</translation>
    </message>
    <message>
        <source>The diary file could not be written.</source>
        <translation>无法写入日记文件。</translation>
    </message>
    <message>
        <source>Nothing from this change was saved; what was saved before is safe.</source>
        <translation>此次更改未保存任何内容；之前保存的内容是安全的。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>The diary file could not be read; it may be damaged. Nothing was changed. You can restore a backup (File → Restore from backup…).</source>
        <translation>无法读取日记文件；它可能已损坏。未做任何更改。您可以恢复备份（文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <source>That vial no longer exists.</source>
        <translation>该药瓶已不存在。</translation>
    </message>
    <message>
        <source>That protocol no longer exists.</source>
        <translation>该用药方案已不存在。</translation>
    </message>
    <message>
        <source>That injection no longer exists.</source>
        <translation>该注射记录已不存在。</translation>
    </message>
    <message>
        <source>That reaction no longer exists.</source>
        <translation>该反应记录已不存在。</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>A course cannot be paused before it starts.</source>
        <translation>疗程开始前不能暂停。</translation>
    </message>
    <message>
        <source>Resume on or after the day the pause began.</source>
        <translation>请在暂停开始当天或之后恢复。</translation>
    </message>
    <message>
        <source>The course&apos;s planned end has passed; start a new course.</source>
        <translation>疗程的计划结束日期已过；请开始新的疗程。</translation>
    </message>
    <message>
        <source>A course cannot end before it starts.</source>
        <translation>疗程不能在开始前结束。</translation>
    </message>
    <message>
        <source>There is no entry for that day.</source>
        <translation>那一天没有日记。</translation>
    </message>
    <message>
        <source>{name} holds a record Dosebook would not accept ({problem}); it was not restored.</source>
        <translation>{name} 中有 Dosebook 不会接受的记录（{problem}）；未恢复。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a rule setting.</source>
        <translation>“{key}”不是规则设置。</translation>
    </message>
    <message>
        <source>That lab panel no longer exists.</source>
        <translation>该次化验已不存在。</translation>
    </message>
    <message>
        <source>That site reaction no longer exists.</source>
        <translation>该部位反应已不存在。</translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>That panel no longer exists.</source>
        <translation>该次化验已不存在。</translation>
    </message>
    <message>
        <source>{folder} is not a folder; CSV files go into a folder.</source>
        <translation>{folder} 不是文件夹；CSV 文件须放在文件夹中。</translation>
    </message>
    <message>
        <source>{target} already exists; choose an empty folder.</source>
        <translation>{target} 已存在；请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>The import file is not valid JSON ({err}).</source>
        <translation>导入文件不是有效的 JSON（{err}）。</translation>
    </message>
    <message>
        <source>This file is not a Dosebook export.</source>
        <translation>此文件不是 Dosebook 导出文件。</translation>
    </message>
    <message>
        <source>The export has no version number.</source>
        <translation>导出文件没有版本号。</translation>
    </message>
    <message>
        <source>version: {value} is not a whole number like 2.</source>
        <translation>version：{value} 不是像 2 这样的整数。</translation>
    </message>
    <message>
        <source>This export was written by a newer Dosebook (format {version}); update Dosebook.</source>
        <translation>此导出文件由较新的 Dosebook 写出（格式 {version}）；请更新 Dosebook。</translation>
    </message>
    <message>
        <source>The import file has a part Dosebook does not know: &apos;{value}&apos;.</source>
        <translation>导入文件含有 Dosebook 不认识的部分：“{value}”。</translation>
    </message>
    <message>
        <source>{name}: expected a list of records.</source>
        <translation>{name}：应为记录列表。</translation>
    </message>
    <message>
        <source>This diary already has data. Import into a new, empty diary (create one with &apos;dosebook new&apos;).</source>
        <translation>此日记已有数据。请导入到新的空日记中（用“dosebook new”创建）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a list of weekdays 0–6 (like &quot;0,3&quot;).</source>
        <translation>“{text}”不是 0–6 的星期列表（如“0,3”）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day like 20:00.</source>
        <translation>“{text}”不是 20:00 这样的时间。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of {names}.</source>
        <translation>“{text}”不在 {names} 之中。</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a {what} Dosebook knows ({names}).</source>
        <translation>“{part}”不是 Dosebook 认识的{what}（{names}）。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a list of units with factors above zero.</source>
        <translation>“{text}”不是因数大于零的单位列表。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a comma-separated list.</source>
        <translation>“{text}”不是用逗号分隔的列表。</translation>
    </message>
    <message>
        <source>There is no body zone called &apos;{id}&apos;.</source>
        <translation>没有名为“{id}”的身体部位。</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>Rash</source>
        <translation>皮疹</translation>
    </message>
    <message>
        <source>Joint pain</source>
        <translation>关节痛</translation>
    </message>
    <message>
        <source>Swollen hands</source>
        <translation>手部肿胀</translation>
    </message>
    <message>
        <source>Discomfort at an injection site</source>
        <translation>注射部位不适</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Injections</source>
        <translation>注射</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日记</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>化验</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>就医</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Log now</source>
        <translation>立即记录</translation>
    </message>
    <message>
        <source>Remind me in 30 min</source>
        <translation>30 分钟后提醒我</translation>
    </message>
    <message>
        <source>&amp;Log injection…</source>
        <translation>记录注射(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open Dosebook</source>
        <translation>打开 Dosebook(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit Dosebook</source>
        <translation>退出 Dosebook(&amp;Q)</translation>
    </message>
    <message>
        <source>Locked — reminders paused</source>
        <translation>已锁定——提醒已暂停</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>提醒已关闭</translation>
    </message>
    <message>
        <source>No dose planned</source>
        <translation>没有计划的剂量</translation>
    </message>
    <message>
        <source>Next dose: {when}</source>
        <translation>下一剂：{when}</translation>
    </message>
    <message>
        <source>Locked · next dose {when}</source>
        <translation>已锁定 · 下一剂 {when}</translation>
    </message>
    <message>
        <source>Keep reminders when the window is closed?</source>
        <translation>关闭窗口后保留提醒吗？</translation>
    </message>
    <message>
        <source>Dosebook can stay in the tray after you close its window, so dose reminders still come. Quit from the tray icon&apos;s menu. Keep it in the tray?</source>
        <translation>关闭窗口后，Dosebook 可以留在托盘中，继续提醒用药。可从托盘图标的菜单退出。保留在托盘中吗？</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>明天 {time}</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The system keyring did not answer ({kind}); type the passphrase.</source>
        <translation>系统钥匙串没有响应（{kind}）；请输入口令。</translation>
    </message>
    <message>
        <source>Key not remembered</source>
        <translation>未记住密钥</translation>
    </message>
    <message>
        <source>The system keyring did not answer, so the key was not remembered. Dosebook will ask for the passphrase next time.</source>
        <translation>系统钥匙串没有响应，因此未记住密钥。Dosebook 下次会询问口令。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock diary</source>
        <translation>解锁日记</translation>
    </message>
    <message>
        <source>Type the passphrase for &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>请输入 &lt;b&gt;{name}&lt;/b&gt; 的口令。</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>Vials</name>
    <message>
        <source>The expiry date printed on this vial ({day}) has passed.</source>
        <translation>药瓶上印的有效期（{day}）已过。</translation>
    </message>
    <message>
        <source>This vial was mixed {elapsed} ago, longer than its beyond-use time of {limit}.</source>
        <translation>此药瓶复溶已有 {elapsed}，超过了复溶后使用时限 {limit}。</translation>
    </message>
    <message>
        <source>This vial has been frozen and thawed. Storage guidance says to avoid freeze-thaw cycles; check with your pharmacist or doctor whether it can still be used.</source>
        <translation>此药瓶曾冷冻后解冻。储存说明要求避免冻融；请咨询药师或医生是否仍可使用。</translation>
    </message>
    <message>
        <source>{volume} mL</source>
        <translation>{volume} mL</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
</context>
<context>
    <name>WarningBanners</name>
    <message>
        <source>and {n} more (Show the data)</source>
        <translation>另有 {n} 条（查看数据）</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>{n} urgent</source>
        <translation>{n} 条紧急</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 条警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 条警告</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <source>{n} warning signs: {parts}</source>
        <translation>{n} 个警示信号：{parts}</translation>
    </message>
    <message>
        <source>Talk to your doctor about these. Seen: {titles}</source>
        <translation>请与您的医生沟通这些情况。发现：{titles}</translation>
    </message>
    <message>
        <source>Talk to your doctor about these.</source>
        <translation>请与您的医生沟通这些情况。</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the data</source>
        <translation>查看数据</translation>
    </message>
    <message>
        <source>Snooze 7 days</source>
        <translation>7 天内不再提醒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Still opening</source>
        <translation>仍在打开</translation>
    </message>
    <message>
        <source>Your diary is still opening. Try again in a moment.</source>
        <translation>您的日记仍在打开。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>WarningGuidance</name>
    <message>
        <source>Emergency: signs of an allergic reaction</source>
        <translation>紧急情况：过敏反应的迹象</translation>
    </message>
    <message>
        <source>Hives (raised, itchy welts on the skin), swelling of the face or lips, or trouble breathing after an injection can be a serious allergic reaction. Call emergency services now (112 in Europe, 911 in North America). Do not wait for Dosebook or a warning.</source>
        <translation>注射后出现荨麻疹（皮肤上隆起、发痒的风团）、面部或嘴唇肿胀或呼吸困难，可能是严重的过敏反应。请立即拨打急救电话（中国大陆 120，欧洲 112，北美 911）。不要等待 Dosebook 或警示。</translation>
    </message>
    <message>
        <source>Sources: post-injection care sheets (hives or trouble breathing is an emergency); NCI CTCAE v5.0, anaphylaxis (hives, allergy-related swelling, trouble breathing); the Zadaxin label (not for anyone who has had an allergic reaction to thymalfasin).</source>
        <translation>来源：注射后护理说明（荨麻疹或呼吸困难属紧急情况）；NCI CTCAE 5.0 版，严重过敏反应（荨麻疹、过敏性肿胀、呼吸困难）；日达仙（Zadaxin）说明书（对胸腺法新有过敏反应者禁用）。</translation>
    </message>
    <message>
        <source>Most reactions at an injection site settle in a day or two. Contact your doctor about an open sore or dark, dead-looking skin; a fever of 38&#xa0;°C or more; pain that is severe or getting worse; blisters; redness or warmth that stays or spreads; swelling that spreads; or drainage that is discoloured or smells.</source>
        <translation>大多数注射部位反应会在一两天内消退。出现以下情况请联系医生：开放性溃疡或发黑、像坏死的皮肤；体温达到 38&#xa0;°C 或以上；疼痛严重或加重；水疱；发红或发热持续不退或扩散；肿胀扩散；或有变色、有异味的渗出物。</translation>
    </message>
    <message>
        <source>Sources: post-injection care sheets; NCI CTCAE v5.0, injection site reaction (grade 3: an open sore or dead skin).</source>
        <translation>来源：注射后护理说明；NCI CTCAE 5.0 版，注射部位反应（3 级：开放性溃疡或皮肤坏死）。</translation>
    </message>
    <message>
        <source>About the grades: the CTCAE (Common Terminology Criteria for Adverse Events, version 5.0, from the US National Cancer Institute) is the scale doctors use in trials to say how far a side effect or a lab result has gone. It runs from 1 to 5: 1 mild, 2 moderate, 3 severe, 4 life-threatening, and 5 death, which is never given to a lab value. Dosebook counts a lab grade only from how far your number is from the range printed on your report (or from your result before the course, when that was already outside its range). It describes the number, not how you are: only your doctor can say what it means for you. Some tests have no CTCAE grade; a result outside its range is then shown as a note.</source>
        <translation>关于分级：CTCAE（不良事件通用术语标准，5.0 版，美国国家癌症研究所）是医生在临床试验中用来说明副作用或化验结果严重程度的量表。分为 1 至 5 级：1 级轻度，2 级中度，3 级重度，4 级危及生命，5 级死亡（化验值从不评为 5 级）。Dosebook 只根据您的数值偏离化验单所印参考区间的程度（或在疗程前结果已超出区间时，根据疗程前的结果）来计算化验分级。它描述的是数值，而不是您的身体状况：只有医生能说明它对您意味着什么。有些项目没有 CTCAE 分级；超出参考区间的结果则显示为提示。</translation>
    </message>
</context>
<context>
    <name>WarningRules</name>
    <message>
        <source>Look back (days)</source>
        <translation>回溯（天）</translation>
    </message>
    <message>
        <source>From CTCAE grade</source>
        <translation>自 CTCAE 级别</translation>
    </message>
    <message>
        <source>Rise of at least (%)</source>
        <translation>升高至少（%）</translation>
    </message>
    <message>
        <source>Rise of at least (log10)</source>
        <translation>升高至少（log10）</translation>
    </message>
    <message>
        <source>Up to CTCAE grade</source>
        <translation>至 CTCAE 级别</translation>
    </message>
    <message>
        <source>ALT or AST above (× upper limit)</source>
        <translation>ALT 或 AST 高于（× 上限）</translation>
    </message>
    <message>
        <source>Bilirubin above (× upper limit)</source>
        <translation>胆红素高于（× 上限）</translation>
    </message>
    <message>
        <source>Unless ALP is at least (× upper limit)</source>
        <translation>除非 ALP 至少为（× 上限）</translation>
    </message>
    <message>
        <source>Results at most this many days apart</source>
        <translation>结果间隔不超过天数</translation>
    </message>
    <message>
        <source>Fever from (°C)</source>
        <translation>发热起点（°C）</translation>
    </message>
    <message>
        <source>High fever above (°C)</source>
        <translation>高热高于（°C）</translation>
    </message>
    <message>
        <source>Rating level (0–10)</source>
        <translation>评分等级（0–10）</translation>
    </message>
    <message>
        <source>On at least (days)</source>
        <translation>至少（天数）</translation>
    </message>
    <message>
        <source>Out of the last (days)</source>
        <translation>在最近（天）内</translation>
    </message>
    <message>
        <source>Worse by at least (points)</source>
        <translation>变差至少（分）</translation>
    </message>
    <message>
        <source>Ratings needed in each stretch</source>
        <translation>每段时间所需评分数</translation>
    </message>
    <message>
        <source>Present for at least (hours)</source>
        <translation>持续至少（小时）</translation>
    </message>
    <message>
        <source>Reactions after this many injections</source>
        <translation>注射这么多次后的反应</translation>
    </message>
    <message>
        <source>Missed doses</source>
        <translation>漏打剂量</translation>
    </message>
    <message>
        <source>Grace after the due date (days)</source>
        <translation>到期后宽限（天）</translation>
    </message>
    <message>
        <source>Counts if done within (days either side)</source>
        <translation>前后多少天内完成即算（天）</translation>
    </message>
    <message>
        <source>Months after the course ended</source>
        <translation>疗程结束后月数</translation>
    </message>
    <message>
        <source>Group of tests</source>
        <translation>检查项目组</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Groups of tests</source>
        <translation>检查项目组</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>WarningSignsHelp</name>
    <message>
        <source>Warning signs and emergencies</source>
        <translation>警示信号与紧急情况</translation>
    </message>
    <message>
        <source>Dosebook looks at your diary and shows a banner when it sees something worth talking to your doctor about, with the data behind it. Urgent: talk to your doctor soon. Warning: talk to your doctor about it. Note: mention it at your next visit. A warning whose results have since come back within range becomes a note. Dosebook never diagnoses and never suggests a dose, and it cannot see you: if you feel unwell, do not wait for a banner.</source>
        <translation>Dosebook 会查看您的日记，发现值得与医生沟通的情况时显示横幅提示，并附上相关数据。紧急：请尽快与医生沟通。警告：请就此与医生沟通。提示：下次就诊时提一下。结果已回到参考区间内的警告会降为提示。Dosebook 从不做诊断，也从不建议剂量，而且它看不到您：如果您感觉不适，不要等横幅提示。</translation>
    </message>
    <message>
        <source>Contact your doctor about an injection site</source>
        <translation>注射部位出现这些情况请联系医生</translation>
    </message>
    <message>
        <source>How the warnings work</source>
        <translation>警示如何运作</translation>
    </message>
    <message>
        <source>What the CTCAE grades mean</source>
        <translation>CTCAE 分级的含义</translation>
    </message>
    <message>
        <source>Source: NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017.</source>
        <translation>来源：NCI 不良事件通用术语标准（CTCAE）5.0 版，2017 年。</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>URGENT</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>{severity}: {title}</source>
        <extracomment>A warning&apos;s first line on the command line: &quot;WARNING: Liver test above its range&quot;.</extracomment>
        <translation>{severity}：{title}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Warnings as of {day}: {n}</source>
        <translation>截至 {day} 的警告：{n} 条</translation>
    </message>
    <message>
        <source>1 more snoozed or dismissed in the app.</source>
        <translation>另有 1 条已在应用中暂停或关闭。</translation>
    </message>
    <message>
        <source>{n} more snoozed or dismissed in the app.</source>
        <translation>另有 {n} 条已在应用中暂停或关闭。</translation>
    </message>
    <message>
        <source>Talk to your doctor about what you see here; Dosebook never diagnoses.</source>
        <translation>请就这里看到的内容与您的医生沟通；Dosebook 不做诊断。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved, but not shown</source>
        <translation>已保存，但未显示</translation>
    </message>
    <message>
        <source>Your change was saved. The screen could not be brought up to date; switch tabs or reopen the diary to see it.</source>
        <translation>您的更改已保存。界面未能更新；请切换标签页或重新打开日记查看。</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Each day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7 日平均</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>注射</translation>
    </message>
    <message>
        <source>Injection, {day}</source>
        <translation>注射，{day}</translation>
    </message>
    <message>
        <source>Sick day</source>
        <translation>生病日</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Flagged by the lab</source>
        <translation>化验单已标记</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>参考区间</translation>
    </message>
    <message>
        <source>Reported as beyond a limit (“&lt;” or “&gt;”)</source>
        <translation>报告为超出检测限（“&lt;”或“&gt;”）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Above range</source>
        <translation>高于参考区间</translation>
    </message>
    <message>
        <source>Below range</source>
        <translation>低于参考区间</translation>
    </message>
    <message>
        <source>Above range, beyond a limit</source>
        <translation>高于参考区间，超出检测限</translation>
    </message>
    <message>
        <source>Below range, beyond a limit</source>
        <translation>低于参考区间，超出检测限</translation>
    </message>
    <message>
        <source>above the range</source>
        <translation>高于参考区间</translation>
    </message>
    <message>
        <source>below the range</source>
        <translation>低于参考区间</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>在参考区间内</translation>
    </message>
    <message>
        <source>{title}, {start} to {end}</source>
        <translation>{title}，{start} 至 {end}</translation>
    </message>
    <message>
        <source>{span}: no ratings yet.</source>
        <translation>{span}：尚无评分。</translation>
    </message>
    <message>
        <source>{span}: rated on {n} days, average {mean}, lowest {low}, highest {high}; latest {last} on {day}.</source>
        <translation>{span}：共评分 {n} 天，平均 {mean}，最低 {low}，最高 {high}；最近一次 {day} 为 {last}。</translation>
    </message>
    <message>
        <source>{n} sick days</source>
        <translation>{n} 个生病日</translation>
    </message>
    <message>
        <source>{n} injections</source>
        <translation>{n} 次注射</translation>
    </message>
    <message>
        <source>{title}: no results yet.</source>
        <translation>{title}：尚无结果。</translation>
    </message>
    <message>
        <source>{title}: one result, on {day}: {latest}.</source>
        <translation>{title}：仅有一个结果，{day}：{latest}。</translation>
    </message>
    <message>
        <source>{title}: {n} results from {first} to {last}; latest {latest}.</source>
        <translation>{title}：{first} 至 {last} 共 {n} 个结果；最近为 {latest}。</translation>
    </message>
    <message>
        <source>{n} above the range</source>
        <translation>{n} 个高于参考区间</translation>
    </message>
    <message>
        <source>{n} below the range</source>
        <translation>{n} 个低于参考区间</translation>
    </message>
    <message>
        <source>{title}: {n} results; latest {text} on {day}.</source>
        <translation>{title}：共 {n} 个结果；最近一次 {day} 为 {text}。</translation>
    </message>
    <message>
        <source>{n} flagged by the lab.</source>
        <translation>{n} 个被化验单标记。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Late (+{h} h)</source>
        <translation>延迟（+{h} 小时）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>漏用</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>尚未到期</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>额外</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>注射</translation>
    </message>
    <message>
        <source>No doses were due and no injections were logged in this period.</source>
        <translation>此期间没有应打剂量，也没有记录注射。</translation>
    </message>
    <message>
        <source>{kind}, grade {grade} of 5</source>
        <translation>{kind}，{grade} 级（共 5 级）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待注射</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂量</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Site reaction</source>
        <translation>部位反应</translation>
    </message>
    <message>
        <source>{n} doses in this period: one line per month.</source>
        <translation>此期间共 {n} 剂：每月一行。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏用</translation>
    </message>
    <message>
        <source>Sites used most</source>
        <translation>最常用部位</translation>
    </message>
    <message>
        <source>Injection sites in this period</source>
        <translation>此期间的注射部位</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Numbers are injections per zone ({total}); darker zones were used more. Front view: the person&apos;s left is on the right.</source>
        <translation>数字为每个区域的注射次数（共 {total}）；颜色越深用得越多。正面图：人体左侧在图的右边。</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>次注射</translation>
    </message>
    <message>
        <source>injections</source>
        <translation>次注射</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>自 {day} 起</translation>
    </message>
    <message>
        <source>{start} to {end} (ended)</source>
        <translation>{start} 至 {end}（已结束）</translation>
    </message>
    <message>
        <source>, planned until {day}</source>
        <translation>，计划至 {day}</translation>
    </message>
    <message>
        <source>, paused from {day}</source>
        <translation>，自 {day} 起暂停</translation>
    </message>
    <message>
        <source>Energy (0–10, higher is better)</source>
        <translation>精力（0–10，越高越好）</translation>
    </message>
    <message>
        <source>Fatigue (0–10, higher is worse)</source>
        <translation>乏力（0–10，越高越差）</translation>
    </message>
    <message>
        <source>Well-being (0–10, higher is better)</source>
        <translation>整体状态（0–10，越高越好）</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>No diary entries in this period.</source>
        <translation>此期间没有日记。</translation>
    </message>
    <message>
        <source>Diary kept on {logged} of {days} days. Dots are single days; the line is the 7-day average; grey bands are days marked sick; ticks along the bottom are injections.</source>
        <translation>{days} 天中有 {logged} 天记了日记。圆点为单日；折线为 7 日平均；灰色带为标记生病的日子；底部刻度为注射。</translation>
    </message>
    <message>
        <source>Sick episodes</source>
        <translation>生病期</translation>
    </message>
    <message>
        <source>No sick days in this period.</source>
        <translation>此期间没有生病日。</translation>
    </message>
    <message>
        <source> (may go on)</source>
        <translation>（可能仍在持续）</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>感冒</translation>
    </message>
    <message>
        <source>flu</source>
        <translation>流感</translation>
    </message>
    <message>
        <source>stomach bug</source>
        <translation>肠胃炎</translation>
    </message>
    <message>
        <source>other sickness</source>
        <translation>其他疾病</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>精力</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>疲劳</translation>
    </message>
    <message>
        <source>well-being</source>
        <translation>总体感觉</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>{name} 的报告</translation>
    </message>
    <message>
        <source>made on {day}</source>
        <translation>生成于 {day}</translation>
    </message>
    <message>
        <source>For the appointment: {line}</source>
        <translation>本次预约：{line}</translation>
    </message>
    <message>
        <source>No doses were due in this period.</source>
        <translation>此期间没有应打的剂量。</translation>
    </message>
    <message>
        <source>{taken} of {due} doses due were taken ({percent}%): {on_time} on time, {late} late.</source>
        <translation>应打 {due} 剂，已打 {taken} 剂（{percent}%）：按时 {on_time} 剂，延迟 {late} 剂。</translation>
    </message>
    <message>
        <source>Missed: {n}.</source>
        <translation>漏用：{n} 剂。</translation>
    </message>
    <message>
        <source>Extra injections (not matched to a due dose): {n}.</source>
        <translation>额外注射（未对应应打剂量）：{n} 次。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Warning signs to talk about</source>
        <translation>需要与医生讨论的警示信号</translation>
    </message>
    <message>
        <source>{severity}: {title}</source>
        <translation>{severity}：{title}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>用药方案</translation>
    </message>
    <message>
        <source>No protocol ran in this period.</source>
        <translation>此期间没有进行中的用药方案。</translation>
    </message>
    <message>
        <source>Injection-site reactions noted: {n} (highest grade {grade} of 5 on the CTCAE scale).</source>
        <translation>记录的注射部位反应：{n} 次（CTCAE 最高 {grade} 级，共 5 级）。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Sick: {spells}.</source>
        <translation>生病：{spells}。</translation>
    </message>
    <message>
        <source>Average ratings (0–10) over {days}: {means}.</source>
        <translation>{days}的平均评分（0–10）：{means}。</translation>
    </message>
    <message>
        <source>diary day</source>
        <translation>个日记日</translation>
    </message>
    <message>
        <source>diary days</source>
        <translation>个日记日</translation>
    </message>
    <message>
        <source>range {range}</source>
        <translation>参考区间 {range}</translation>
    </message>
    <message>
        <source>Results outside the printed range in this period:</source>
        <translation>此期间超出化验单参考区间的结果：</translation>
    </message>
    <message>
        <source>No result in this period was outside its printed range.</source>
        <translation>此期间没有超出化验单参考区间的结果。</translation>
    </message>
    <message>
        <source>Labs due as of {day}:</source>
        <translation>截至 {day} 应做的化验：</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>关于我</translation>
    </message>
    <message>
        <source>The protocol is for: {what}.</source>
        <translation>用药目的：{what}。</translation>
    </message>
    <message>
        <source>Allergies: {what}.</source>
        <translation>过敏：{what}。</translation>
    </message>
    <message>
        <source>Standing cautions: {list}.</source>
        <translation>长期注意事项：{list}。</translation>
    </message>
    <message>
        <source>Nothing noted in the profile.</source>
        <translation>个人资料中没有记录。</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>其他用药</translation>
    </message>
    <message>
        <source>None listed for this period.</source>
        <translation>此期间没有列出。</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Immune-active</source>
        <translation>作用于免疫</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>想问医生的问题</translation>
    </message>
    <message>
        <source>Appointment: {line}</source>
        <translation>预约：{line}</translation>
    </message>
    <message>
        <source>Warning signs to ask about:</source>
        <translation>需要询问的警示信号：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>First sick day</source>
        <translation>首个生病日</translation>
    </message>
    <message>
        <source>Last sick day</source>
        <translation>最后生病日</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Days marked sick</source>
        <translation>标记生病的天数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Highest temperature</source>
        <translation>最高体温</translation>
    </message>
    <message>
        <source>Started in this period</source>
        <translation>此期间开始</translation>
    </message>
    <message>
        <source>Before the protocol started</source>
        <translation>用药方案开始前</translation>
    </message>
    <message>
        <source>Since it started (up to {day})</source>
        <translation>开始以来（截至 {day}）</translation>
    </message>
    <message>
        <source>Days to recover = an episode&apos;s length, first to last sick day; one unmarked day between sick days does not end an episode.</source>
        <translation>恢复天数 = 一次生病期的时长，从首个到最后一个生病日；生病日之间有一天未标记不算结束。</translation>
    </message>
    <message>
        <source>{label}: {episodes}</source>
        <translation>{label}：{episodes}</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>次</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>次</translation>
    </message>
    <message>
        <source> over {days} days of diary ({rate} per 90 days)</source>
        <translation>，共 {days} 天日记（每 90 天 {rate} 次）</translation>
    </message>
    <message>
        <source>; on average {days} days to recover</source>
        <translation>；平均 {days} 天恢复</translation>
    </message>
    <message>
        <source>; {n} may still be going on</source>
        <translation>；{n} 次可能仍在持续</translation>
    </message>
    <message>
        <source>(The picture could not be read.)</source>
        <translation>（无法读取图片。）</translation>
    </message>
    <message>
        <source>Appendix: reports and photos</source>
        <translation>附录：化验单与照片</translation>
    </message>
    <message>
        <source>Kept in the diary with the lab results and site reactions of this period.</source>
        <translation>与此期间的化验结果和部位反应一起保存在日记中。</translation>
    </message>
    <message>
        <source>A PDF of {size}, kept in the diary. Dosebook cannot print PDF pages: print it from a saved copy (Labs → Paper report… → Save a copy).</source>
        <translation>PDF，大小 {size}，保存在日记中。Dosebook 无法打印 PDF 页面：请从保存的副本打印（化验 → 纸质化验单… → 保存副本）。</translation>
    </message>
    <message>
        <source>Lab report of {day}{lab}: {name}</source>
        <translation>{day}{lab} 的化验单：{name}</translation>
    </message>
    <message>
        <source>Site reaction of {day}: {name}</source>
        <translation>{day} 的部位反应：{name}</translation>
    </message>
    <message>
        <source>Dosebook report</source>
        <translation>Dosebook 报告</translation>
    </message>
    <message>
        <source>Made with Dosebook — records, not medical advice</source>
        <translation>由 Dosebook 生成——仅为记录，不构成医疗建议</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Appointment report</source>
        <translation>就诊报告</translation>
    </message>
    <message>
        <source>grade {g}</source>
        <translation>{g} 级</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>化验</translation>
    </message>
    <message>
        <source>No lab results in this period.</source>
        <translation>此期间没有化验结果。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>参考区间</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一次</translation>
    </message>
    <message>
        <source>Each range is the one printed with that result by its own lab. ↑ H above and ↓ L below it; ✓ within it; ! A not the expected result; ? no range to compare with. Tests in bold had a result outside its range in this period. Grades are steps on the CTCAE v5 scale of 1 to 5 (1 mild, 2 moderate, 3 severe; 4 and 5 the most serious), counted from that range; no range, no grade.</source>
        <translation>每个参考区间都是该结果所属检验机构印的区间。↑ H 高于、↓ L 低于；✓ 在区间内；! A 非预期结果；? 无可比较的区间。粗体项目在此期间有超出区间的结果。分级为 CTCAE 5.0 的 1 至 5 级（1 级轻度、2 级中度、3 级重度；4、5 级最严重），以该区间计算；无区间则不分级。</translation>
    </message>
    <message>
        <source>* the range was copied from the same lab&apos;s last report, or converted to this unit.</source>
        <translation>* 参考区间沿用自同一检验机构的上次化验单，或已换算为此单位。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Each chart shows every result up to {day}. The shaded band is the range printed by the lab; triangles point up above it and down below it; open markers are results reported as beyond a limit (“&lt;” or “&gt;”).</source>
        <translation>每张图显示截至 {day} 的全部结果。阴影带为化验单上印的参考区间；三角形朝上表示高于、朝下表示低于；空心标记表示报告为超出检测限的结果（“&lt;”或“&gt;”）。</translation>
    </message>
</context>
<context>
    <name>seeds/labs.toml</name>
    <message>
        <source>CBC</source>
        <comment>monitoring group</comment>
        <translation>血常规</translation>
    </message>
    <message>
        <source>Source article, monitoring table: complete blood count every 3–6 months</source>
        <translation>来源文章监测表：血常规每 3–6 个月一次</translation>
    </message>
    <message>
        <source>Liver</source>
        <comment>monitoring group</comment>
        <translation>肝功能</translation>
    </message>
    <message>
        <source>Source article, monitoring table: liver function tests every 3–6 months</source>
        <translation>来源文章监测表：肝功能每 3–6 个月一次</translation>
    </message>
    <message>
        <source>Immune</source>
        <comment>monitoring group</comment>
        <translation>免疫指标</translation>
    </message>
    <message>
        <source>Source article, monitoring table: immune markers every 6–12 months, if accessible</source>
        <translation>来源文章监测表：免疫指标每 6–12 个月一次（如可检测）</translation>
    </message>
    <message>
        <source>White blood cells</source>
        <translation>白细胞计数</translation>
    </message>
    <message>
        <source>WBC</source>
        <comment>abbreviation</comment>
        <translation>WBC</translation>
    </message>
    <message>
        <source>Red blood cells</source>
        <translation>红细胞计数</translation>
    </message>
    <message>
        <source>RBC</source>
        <comment>abbreviation</comment>
        <translation>RBC</translation>
    </message>
    <message>
        <source>Hemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <source>Hb</source>
        <comment>abbreviation</comment>
        <translation>Hb</translation>
    </message>
    <message>
        <source>Hematocrit</source>
        <translation>红细胞压积</translation>
    </message>
    <message>
        <source>Hct</source>
        <comment>abbreviation</comment>
        <translation>HCT</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>血小板计数</translation>
    </message>
    <message>
        <source>PLT</source>
        <comment>abbreviation</comment>
        <translation>PLT</translation>
    </message>
    <message>
        <source>Neutrophils, absolute</source>
        <translation>中性粒细胞绝对值</translation>
    </message>
    <message>
        <source>ANC</source>
        <comment>abbreviation</comment>
        <translation>NEUT#</translation>
    </message>
    <message>
        <source>Lymphocytes, absolute</source>
        <translation>淋巴细胞绝对值</translation>
    </message>
    <message>
        <source>ALC</source>
        <comment>abbreviation</comment>
        <translation>LYMPH#</translation>
    </message>
    <message>
        <source>Alanine aminotransferase</source>
        <translation>丙氨酸氨基转移酶</translation>
    </message>
    <message>
        <source>ALT</source>
        <comment>abbreviation</comment>
        <translation>ALT</translation>
    </message>
    <message>
        <source>Aspartate aminotransferase</source>
        <translation>天门冬氨酸氨基转移酶</translation>
    </message>
    <message>
        <source>AST</source>
        <comment>abbreviation</comment>
        <translation>AST</translation>
    </message>
    <message>
        <source>Alkaline phosphatase</source>
        <translation>碱性磷酸酶</translation>
    </message>
    <message>
        <source>ALP</source>
        <comment>abbreviation</comment>
        <translation>ALP</translation>
    </message>
    <message>
        <source>Bilirubin, total</source>
        <translation>总胆红素</translation>
    </message>
    <message>
        <source>TBIL</source>
        <comment>abbreviation</comment>
        <translation>TBIL</translation>
    </message>
    <message>
        <source>Gamma-glutamyl transferase</source>
        <translation>γ-谷氨酰基转移酶</translation>
    </message>
    <message>
        <source>GGT</source>
        <comment>abbreviation</comment>
        <translation>GGT</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>白蛋白</translation>
    </message>
    <message>
        <source>ALB</source>
        <comment>abbreviation</comment>
        <translation>ALB</translation>
    </message>
    <message>
        <source>CD4 T cells, absolute</source>
        <translation>CD4⁺ T 细胞绝对计数</translation>
    </message>
    <message>
        <source>CD4</source>
        <comment>abbreviation</comment>
        <translation>CD4</translation>
    </message>
    <message>
        <source>CD8 T cells, absolute</source>
        <translation>CD8⁺ T 细胞绝对计数</translation>
    </message>
    <message>
        <source>CD8</source>
        <comment>abbreviation</comment>
        <translation>CD8</translation>
    </message>
    <message>
        <source>CD4/CD8 ratio</source>
        <translation>CD4/CD8 比值</translation>
    </message>
    <message>
        <source>CD4/CD8</source>
        <comment>abbreviation</comment>
        <translation>CD4/CD8</translation>
    </message>
    <message>
        <source>Interleukin 6</source>
        <translation>白细胞介素-6</translation>
    </message>
    <message>
        <source>IL-6</source>
        <comment>abbreviation</comment>
        <translation>IL-6</translation>
    </message>
    <message>
        <source>Immunoglobulin G</source>
        <translation>免疫球蛋白 G</translation>
    </message>
    <message>
        <source>IgG</source>
        <comment>abbreviation</comment>
        <translation>IgG</translation>
    </message>
    <message>
        <source>Hepatitis B virus DNA</source>
        <translation>乙型肝炎病毒 DNA</translation>
    </message>
    <message>
        <source>HBV DNA</source>
        <comment>abbreviation</comment>
        <translation>HBV DNA</translation>
    </message>
    <message>
        <source>Hepatitis B e antigen</source>
        <translation>乙型肝炎 e 抗原</translation>
    </message>
    <message>
        <source>HBeAg</source>
        <comment>abbreviation</comment>
        <translation>HBeAg</translation>
    </message>
    <message>
        <source>Hepatitis B surface antigen</source>
        <translation>乙型肝炎表面抗原</translation>
    </message>
    <message>
        <source>HBsAg</source>
        <comment>abbreviation</comment>
        <translation>HBsAg</translation>
    </message>
</context>
<context>
    <name>seeds/protocols.toml</name>
    <message>
        <source>Thymosin Alpha-1 (thymalfasin)</source>
        <translation>胸腺法新（胸腺肽α1）</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>皮下注射</translation>
    </message>
    <message>
        <source>Single-use 1.6 mg vial reconstituted with 1.0 mL water for injection (1.6 mg/mL). Store at 2–8 °C.</source>
        <translation>一次性 1.6 mg 药瓶，用 1.0 mL 注射用水复溶（1.6 mg/mL）。2～8 °C 保存。</translation>
    </message>
</context>
<context>
    <name>seeds/rules.toml</name>
    <message>
        <source>Liver enzymes and bilirubin both raised</source>
        <translation>肝酶和胆红素同时升高</translation>
    </message>
    <message>
        <source>A lab result far outside its range</source>
        <translation>化验结果远超参考区间</translation>
    </message>
    <message>
        <source>NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017</source>
        <translation>美国国家癌症研究所《常见不良事件评价标准》（CTCAE）5.0 版，2017</translation>
    </message>
    <message>
        <source>TA1 article: lab changes, especially liver tests; NCI CTCAE v5.0 (2017)</source>
        <translation>TA1 文章：化验变化，尤其是肝功能；NCI CTCAE 5.0 版（2017）</translation>
    </message>
    <message>
        <source>Blood count or immune cells low</source>
        <translation>血常规或免疫细胞偏低</translation>
    </message>
    <message>
        <source>TA1 article: lab changes; NCI CTCAE v5.0 (2017)</source>
        <translation>TA1 文章：化验变化；NCI CTCAE 5.0 版（2017）</translation>
    </message>
    <message>
        <source>Hepatitis B virus DNA rising</source>
        <translation>乙型肝炎病毒 DNA 上升</translation>
    </message>
    <message>
        <source>HBV DNA rose by {log10_rise:g} log10 or more above its lowest value since the course began. Doctors call this a viral breakthrough and will want to know. Talk to your doctor.</source>
        <translation>HBV DNA 比本疗程开始以来的最低值上升了 {log10_rise:g} log10 或以上。医生称之为病毒学突破，需要知道这一情况。请与您的医生沟通。</translation>
    </message>
    <message>
        <source>Canadian Liver Journal, hepatitis B treatment monitoring (viral breakthrough)</source>
        <translation>Canadian Liver Journal，乙型肝炎治疗监测（病毒学突破）</translation>
    </message>
    <message>
        <source>TA1 article: persistent problems at injection sites; post-injection care sheets: normal reactions settle in 1–2 days</source>
        <translation>TA1 文章：注射部位持续问题；注射后护理说明：正常反应 1–2 天内消退</translation>
    </message>
    <message>
        <source>The label says to use thymalfasin in pregnancy only if the benefits clearly outweigh the risks, and to take care while breastfeeding, as it is not known whether it passes into milk. Keep your doctor informed.</source>
        <translation>说明书指出，孕期仅在获益明显大于风险时才使用胸腺法新；哺乳期应谨慎使用，因为尚不清楚它是否进入乳汁。请让您的医生了解情况。</translation>
    </message>
    <message>
        <source>A lab result outside its range</source>
        <translation>化验结果超出参考区间</translation>
    </message>
    <message>
        <source>A result was outside the range printed on your report: mildly (grade 1 of 5 on the CTCAE scale), or for a test the CTCAE scale does not grade. Worth mentioning to your doctor at your next visit.</source>
        <translation>有一项结果超出化验单上的参考区间：程度轻微（CTCAE 1 级，共 5 级），或属于 CTCAE 不分级的项目。下次就诊时值得向医生提一下。</translation>
    </message>
    <message>
        <source>Liver test rising from your baseline</source>
        <translation>肝功能指标较基线值上升</translation>
    </message>
    <message>
        <source>TA1 article: lab changes, especially liver tests</source>
        <translation>TA1 文章：化验变化，尤其是肝功能</translation>
    </message>
    <message>
        <source>Unusual fatigue</source>
        <translation>异常乏力</translation>
    </message>
    <message>
        <source>This was seen earlier, and newer results are back within their range. Mention it to your doctor at your next visit.</source>
        <translation>这是之前出现的情况，较新的结果已回到参考区间内。下次就诊时向医生提一下。</translation>
    </message>
    <message>
        <source>ALT or AST was above {alt_ast_multiple:g}× its upper limit within {pair_days} days of bilirubin above {bili_multiple:g}× its upper limit, while ALP was below {alp_multiple:g}× its upper limit (or not measured). Doctors watch for this pattern closely. Please talk to your doctor soon and show them these results.</source>
        <translation>ALT 或 AST 高于其上限的 {alt_ast_multiple:g} 倍，且 {pair_days} 天内胆红素高于其上限的 {bili_multiple:g} 倍，而 ALP 低于其上限的 {alp_multiple:g} 倍（或未测）。医生会密切关注这种情况。请尽快与医生沟通，并给医生看这些结果。</translation>
    </message>
    <message>
        <source>FDA guidance on drug-induced liver injury (2009), Hy&apos;s law: ALT or AST &gt; 3× ULN with total bilirubin &gt; 2× ULN, without raised ALP; the window of days is Dosebook&apos;s choice</source>
        <translation>FDA 药物性肝损伤指南（2009），Hy 法则：ALT 或 AST &gt; 3 倍上限，同时总胆红素 &gt; 2 倍上限，且 ALP 未升高；天数窗口由 Dosebook 选定</translation>
    </message>
    <message>
        <source>A result reached grade {min_grade} or more (of 5) on the CTCAE scale, counted from the range on your report. Please talk to your doctor soon and show them this result.</source>
        <translation>有一项结果按化验单上的参考区间计算达到 CTCAE {min_grade} 级或以上（共 5 级）。请尽快与医生沟通，并给医生看这个结果。</translation>
    </message>
    <message>
        <source>The reaction was marked settled. Mention it to your doctor at your next visit, and contact them sooner if it comes back.</source>
        <translation>该反应已标记为消退。下次就诊时向医生提一下；如果再次出现，请尽早联系医生。</translation>
    </message>
    <message>
        <source>An open sore or dead skin at an injection site</source>
        <translation>注射部位出现开放性溃疡或皮肤坏死</translation>
    </message>
    <message>
        <source>An injection site was noted with an open sore or dead skin. Please contact your doctor today. Hives, swelling of the face or lips, or trouble breathing are an emergency: call emergency services.</source>
        <translation>有注射部位记录了开放性溃疡或皮肤坏死。请今天就联系医生。出现荨麻疹、面部或嘴唇肿胀或呼吸困难属紧急情况：请拨打急救电话。</translation>
    </message>
    <message>
        <source>NCI CTCAE v5.0 (injection site reaction grade 3: ulceration or necrosis; anaphylaxis); post-injection care sheets</source>
        <translation>NCI CTCAE 5.0 版（注射部位反应 3 级：溃疡或坏死；严重过敏反应）；注射后护理说明</translation>
    </message>
    <message>
        <source>On thymalfasin for hepatitis B, a rise in ALT can come with the treatment working; your doctor can tell which it is.</source>
        <translation>用胸腺法新治疗乙型肝炎时，ALT 升高可能伴随治疗起效出现；您的医生可以判断属于哪种情况。</translation>
    </message>
    <message>
        <source>Zadaxin label and hepatitis B trials: liver enzyme flares may accompany a response</source>
        <translation>日达仙说明书及乙肝临床试验：肝酶升高可能伴随治疗应答</translation>
    </message>
    <message>
        <source>Liver test outside its range</source>
        <translation>肝功能指标超出参考区间</translation>
    </message>
    <message>
        <source>A liver test reached grade {min_grade} or more (of 5) on the CTCAE scale, counted from the range printed on your report. The source article lists lab changes, especially liver tests, as a sign to talk to your doctor.</source>
        <translation>有一项肝功能指标按化验单上的参考区间计算达到 CTCAE {min_grade} 级或以上（共 5 级）。来源文章将化验变化（尤其是肝功能）列为需要与医生沟通的信号。</translation>
    </message>
    <message>
        <source>A blood count or immune cell result reached grade {min_grade} or more (of 5) on the CTCAE scale, below the range on your report. Talk to your doctor about it.</source>
        <translation>有一项血常规或免疫细胞结果低于化验单上的参考区间，达到 CTCAE {min_grade} 级或以上（共 5 级）。请就此与医生沟通。</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <source>A temperature of {fever_c:g} °C or more on {min_days} of the last {days} days, or above {high_fever_c:g} °C once, or with a site reaction. Talk to your doctor about the fever.</source>
        <translation>最近 {days} 天中有 {min_days} 天体温达到 {fever_c:g} °C 或以上，或有一次高于 {high_fever_c:g} °C，或同时有注射部位反应。请就发热与医生沟通。</translation>
    </message>
    <message>
        <source>Post-injection care sheets (fever of 38 °C or more); NCI CTCAE v5.0, fever (grade 1 from 38.0 °C, grade 2 above 39.0 °C)</source>
        <translation>注射后护理说明（体温 38 °C 或以上）；NCI CTCAE 5.0 版，发热（1 级自 38.0 °C，2 级高于 39.0 °C）</translation>
    </message>
    <message>
        <source>New or more frequent symptoms</source>
        <translation>新出现或更频繁的症状</translation>
    </message>
    <message>
        <source>A symptom in the last {days} days is new to your diary, or came on more days than in the {days} days before. New or worsening symptoms are worth talking to your doctor about.</source>
        <translation>最近 {days} 天里有一种症状在您的日记中是新出现的，或出现的天数多于之前的 {days} 天。新出现或加重的症状值得与医生沟通。</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (new or worsening symptoms); Zadaxin label: adverse reactions (discomfort at the injection site; rarely joint pain with swollen hands, rash)</source>
        <translation>TA1 文章：警示信号（新出现或加重的症状）；日达仙说明书：不良反应（注射部位不适；罕见关节痛伴手部肿胀、皮疹）</translation>
    </message>
    <message>
        <source>Fatigue was high on most of the last {days} days. The article lists unusual fatigue as a sign to talk to your doctor.</source>
        <translation>最近 {days} 天中大多数日子乏力较重。文章将异常乏力列为需要与医生沟通的信号。</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (unusual fatigue); Fukuda et al. 1994 on prolonged fatigue</source>
        <translation>TA1 文章：警示信号（异常乏力）；Fukuda 等 1994 年关于持续性疲劳的研究</translation>
    </message>
    <message>
        <source>Feeling unwell most days</source>
        <translation>大多数日子感觉不适</translation>
    </message>
    <message>
        <source>Well-being was low on most of the last {days} days. The article lists constant malaise as a sign to talk to your doctor.</source>
        <translation>最近 {days} 天中大多数日子整体状态较差。文章将持续不适列为需要与医生沟通的信号。</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (constant malaise)</source>
        <translation>TA1 文章：警示信号（持续不适）</translation>
    </message>
    <message>
        <source>Symptoms getting worse</source>
        <translation>症状加重</translation>
    </message>
    <message>
        <source>Your ratings over the last {days} days are worse than over the {days} days before. New or worsening symptoms are worth mentioning to your doctor.</source>
        <translation>您最近 {days} 天的评分比之前 {days} 天差。新出现或加重的症状值得告诉您的医生。</translation>
    </message>
    <message>
        <source>TA1 article: warning signs (new or worsening symptoms)</source>
        <translation>TA1 文章：警示信号（新出现或加重的症状）</translation>
    </message>
    <message>
        <source>A lump at an injection site</source>
        <translation>注射部位有硬结</translation>
    </message>
    <message>
        <source>A lump was noted at an injection site. Avoid that zone until it has been looked at, and talk to your doctor about it.</source>
        <translation>在某个注射部位发现了硬结。在医生查看之前请避开该区域，并与您的医生沟通。</translation>
    </message>
    <message>
        <source>TA1 article: persistent problems at injection sites</source>
        <translation>TA1 文章：注射部位的持续问题</translation>
    </message>
    <message>
        <source>Injection-site reaction that lingers</source>
        <translation>注射部位反应持续不退</translation>
    </message>
    <message>
        <source>A reaction at an injection site lasted {hours:g} hours or more. Check your sites and injection technique, and talk to your doctor about it.</source>
        <translation>某个注射部位的反应持续了 {hours:g} 小时或更久。请检查注射部位和注射方法，并与您的医生沟通。</translation>
    </message>
    <message>
        <source>A liver test rose {percent:g}% or more above its value at the start of the course. Worth mentioning to your doctor at your next visit.</source>
        <translation>有一项肝功能指标比疗程开始时升高了 {percent:g}% 或以上。下次就诊时值得向医生提一下。</translation>
    </message>
    <message>
        <source>TA1 article, monitoring table: blood count and liver tests every 3–6 months</source>
        <translation>TA1 文章，监测表：血常规和肝功能每 3–6 个月一次</translation>
    </message>
    <message>
        <source>Immune markers, if you can get them</source>
        <translation>免疫指标（如能检测）</translation>
    </message>
    <message>
        <source>The article suggests immune markers (CD4, CD8, interleukins) every 6–12 months, if they are accessible to you. Ask your doctor whether they are worth doing.</source>
        <translation>该文章建议如能检测，每 6–12 个月查一次免疫指标（CD4、CD8、白细胞介素）。请问医生是否值得做。</translation>
    </message>
    <message>
        <source>TA1 article, monitoring table: immune markers every 6–12 months, if accessible</source>
        <translation>TA1 文章，监测表：免疫指标每 6–12 个月一次（如能检测）</translation>
    </message>
    <message>
        <source>Hepatitis B tests after the course</source>
        <translation>疗程结束后的乙肝检查</translation>
    </message>
    <message>
        <source>After a course for hepatitis B, the label suggests HBeAg, HBsAg, HBV DNA and ALT at 2, 4 and 6 months. Ask your doctor about these tests.</source>
        <translation>乙肝疗程结束后，说明书建议在第 2、4、6 个月检查 HBeAg、HBsAg、HBV DNA 和 ALT。请向医生询问这些检查。</translation>
    </message>
    <message>
        <source>Zadaxin label (chronic hepatitis B): HBeAg, HBsAg, HBV DNA and ALT 2, 4 and 6 months after therapy; shown when your diary holds hepatitis B tests</source>
        <translation>日达仙说明书（慢性乙型肝炎）：治疗结束后 2、4、6 个月检查 HBeAg、HBsAg、HBV DNA 和 ALT；日记中有乙肝检查时显示</translation>
    </message>
    <message>
        <source>Reactions after several injections</source>
        <translation>多次注射后出现反应</translation>
    </message>
    <message>
        <source>Reactions followed {injections} or more injections within {days} days. Check your sites and technique, and talk to your doctor about it.</source>
        <translation>{days} 天内有 {injections} 次或更多注射后出现反应。请检查注射部位和方法，并与您的医生沟通。</translation>
    </message>
    <message>
        <source>A vial to check before use</source>
        <translation>药瓶使用前需检查</translation>
    </message>
    <message>
        <source>A vial is past its expiry or beyond-use time, or was frozen and thawed. Check with your pharmacist or doctor before using it.</source>
        <translation>有药瓶已过有效期或复溶后使用时限，或曾冷冻后解冻。使用前请咨询药师或医生。</translation>
    </message>
    <message>
        <source>Zadaxin label: store at 2–8 °C; source article: avoid freeze-thaw cycles</source>
        <translation>日达仙（Zadaxin）说明书：2～8 °C 保存；来源文章：避免反复冻融</translation>
    </message>
    <message>
        <source>Standing caution: immune suppression or transplant</source>
        <translation>长期注意事项：免疫抑制或器官移植</translation>
    </message>
    <message>
        <source>The label says thymalfasin should be considered contraindicated with deliberate immune suppression, such as after an organ transplant, unless the benefit clearly outweighs the risk. Keep your doctor informed.</source>
        <translation>说明书指出，在有意进行免疫抑制时（例如器官移植后），应视为禁用胸腺法新，除非获益明显大于风险。请让您的医生了解情况。</translation>
    </message>
    <message>
        <source>Zadaxin label (contraindications)</source>
        <translation>日达仙（Zadaxin）说明书（禁忌）</translation>
    </message>
    <message>
        <source>Standing caution: pregnancy or breastfeeding</source>
        <translation>长期注意事项：妊娠或哺乳期</translation>
    </message>
    <message>
        <source>Zadaxin label (pregnancy category C; nursing mothers)</source>
        <translation>日达仙（Zadaxin）说明书（妊娠分级 C；哺乳期妇女）</translation>
    </message>
    <message>
        <source>Standing caution: under 18</source>
        <translation>长期注意事项：未满 18 岁</translation>
    </message>
    <message>
        <source>Safety under 18 has not been established. Keep your doctor informed.</source>
        <translation>未满 18 岁人群的安全性尚未确立。请让您的医生了解情况。</translation>
    </message>
    <message>
        <source>Zadaxin label (paediatric use)</source>
        <translation>日达仙（Zadaxin）说明书（儿童用药）</translation>
    </message>
    <message>
        <source>Standing caution: autoimmune disease</source>
        <translation>长期注意事项：自身免疫性疾病</translation>
    </message>
    <message>
        <source>Immune modulation may affect an autoimmune disease either way. Keep your doctor informed about the protocol and any change you notice.</source>
        <translation>免疫调节可能使自身免疫性疾病好转或加重。请让您的医生了解用药方案以及您注意到的任何变化。</translation>
    </message>
    <message>
        <source>TA1 article: cautions (autoimmune disease)</source>
        <translation>TA1 文章：注意事项（自身免疫性疾病）</translation>
    </message>
    <message>
        <source>Standing caution: other immune-active medicines</source>
        <translation>长期注意事项：其他影响免疫系统的药物</translation>
    </message>
    <message>
        <source>Combining immune-active medicines is for medical supervision only. Make sure your doctor knows about all of them.</source>
        <translation>合用影响免疫系统的药物只能在医疗监护下进行。请确保您的医生了解所有这些药物。</translation>
    </message>
    <message>
        <source>TA1 article and Zadaxin label: combination with other immune-active drugs</source>
        <translation>TA1 文章和日达仙（Zadaxin）说明书：与其他影响免疫系统药物合用</translation>
    </message>
    <message>
        <source>A new kind of sickness</source>
        <translation>新类型的生病</translation>
    </message>
    <message>
        <source>You marked a kind of sickness in the last {days} days that your diary has not had before. New symptoms are worth mentioning to your doctor.</source>
        <translation>您在最近 {days} 天标记了一种日记中以前没有过的生病类型。新症状值得告诉您的医生。</translation>
    </message>
    <message>
        <source>Labs overdue</source>
        <translation>化验已逾期</translation>
    </message>
    <message>
        <source>Some lab tests are past the interval the article suggests for monitoring. Ask your doctor about the next blood test.</source>
        <translation>部分化验已超过文章建议的监测间隔。请向医生询问下一次验血。</translation>
    </message>
    <message>
        <source>Doses missed</source>
        <translation>有漏用的剂量</translation>
    </message>
    <message>
        <source>{count} or more doses in the last {days} days have no injection logged. If you are unsure what to do about missed doses, ask your doctor or pharmacist; if they were taken, log them.</source>
        <translation>最近 {days} 天中有 {count} 剂或更多没有记录注射。如不确定漏用后该怎么做，请咨询医生或药师；如果其实已经用过，请补记。</translation>
    </message>
    <message>
        <source>Your protocol&apos;s schedule</source>
        <translation>您的用药方案时间安排</translation>
    </message>
</context>
<context>
    <name>seeds/zones.toml</name>
    <message>
        <source>Left upper abdomen</source>
        <translation>左上腹</translation>
    </message>
    <message>
        <source>Right upper abdomen</source>
        <translation>右上腹</translation>
    </message>
    <message>
        <source>Left lower abdomen</source>
        <translation>左下腹</translation>
    </message>
    <message>
        <source>Right lower abdomen</source>
        <translation>右下腹</translation>
    </message>
    <message>
        <source>Left flank</source>
        <translation>左侧腹</translation>
    </message>
    <message>
        <source>Right flank</source>
        <translation>右侧腹</translation>
    </message>
    <message>
        <source>Left front thigh</source>
        <translation>左大腿前侧</translation>
    </message>
    <message>
        <source>Right front thigh</source>
        <translation>右大腿前侧</translation>
    </message>
    <message>
        <source>Left outer thigh</source>
        <translation>左大腿外侧</translation>
    </message>
    <message>
        <source>Right outer thigh</source>
        <translation>右大腿外侧</translation>
    </message>
    <message>
        <source>Back of left arm</source>
        <translation>左上臂后侧</translation>
    </message>
    <message>
        <source>Back of right arm</source>
        <translation>右上臂后侧</translation>
    </message>
    <message>
        <source>Left upper outer buttock</source>
        <translation>左臀外上方</translation>
    </message>
    <message>
        <source>Right upper outer buttock</source>
        <translation>右臀外上方</translation>
    </message>
</context>
</TS>
