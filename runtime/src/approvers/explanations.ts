import { formatMessage, type Locale } from '@baton/schemas';
import { z } from 'zod';

/**
 * The words of approver resolution in both UI languages: why a rule chose someone (`rule.*`,
 * `rules.*`), the org facts walked (`fact.*`), what a step did when its rules chose nobody
 * (`fallback.*`, `nobody.*`), why someone approved automatically (`auto.*`) or may not approve
 * (`sod.*`), why a pick was refused (`pick.*`), and names given in both languages (`text.*`,
 * whose params are `zh` and `en`). Codes are stable and never reused; `{name}` placeholders are
 * filled from an explanation's params, which may themselves be explanations (rendered in the
 * same language). People, roles, positions and groups are named in words (see names.ts): the
 * machine param (`user`: a username, `role`: a key) stays for programs while the texts read
 * `{userName}` (a display name) or the pair `{roleZh}` / `{roleEn}` (a name in each language).
 * Codes whose person is not in the org (`fact.user-missing`, `pick.unknown`, …) show the id.
 */
export const approverTexts = {
  'rule.user': { 'zh-CN': '指定审批人', en: 'named approvers' },
  'rule.role': { 'zh-CN': '角色 {roleZh}', en: 'role {roleEn}' },
  'rule.department-head': { 'zh-CN': '{department}负责人', en: 'head of {department}' },
  'rule.department-head-unknown': {
    'zh-CN': '{userName} 所在部门的负责人',
    en: "head of {userName}'s department",
  },
  'rule.supervisor': {
    'zh-CN': '{userName} 的第 {level} 级上级',
    en: 'supervisor level {level} of {userName}',
  },
  'rule.department-head-field': {
    'zh-CN': '表单字段 {field} 所选部门的负责人',
    en: 'head of the department in form field {field}',
  },
  'rule.position': { 'zh-CN': '岗位 {positionZh}', en: 'position {positionEn}' },
  'rule.group': { 'zh-CN': '用户组 {groupZh}', en: 'group {groupEn}' },
  'rule.supervisor-chain-level': {
    'zh-CN': '{userName} 的逐级上级（至第 {level} 级）',
    en: 'supervisors of {userName} up to level {level}',
  },
  'rule.supervisor-chain-role': {
    'zh-CN': '{userName} 的逐级上级（至第一位拥有角色 {roleZh} 的人）',
    en: 'supervisors of {userName} up to the first holder of role {roleEn}',
  },
  'rule.supervisor-chain-top': {
    'zh-CN': '{userName} 的逐级上级（至最高层）',
    en: 'supervisors of {userName} up to the top',
  },
  'rule.supervisor-chain-limit': {
    'zh-CN': '{userName} 的逐级上级（至审批额度覆盖 {field} 的人）',
    en: 'supervisors of {userName} up to the first whose approval limit covers {field}',
  },
  'rule.form-field': {
    'zh-CN': '表单字段 {field} 中的人员',
    en: 'the person in form field {field}',
  },
  'rule.initiator-picks': { 'zh-CN': '发起人自选', en: 'picked by the initiator' },
  'rule.approver-picks': { 'zh-CN': '上一步审批人指定', en: 'picked by the previous approver' },
  'rule.initiator-picks-pending': {
    'zh-CN': '等待发起人选择审批人',
    en: 'waiting for the initiator to pick the approvers',
  },
  'rule.approver-picks-pending': {
    'zh-CN': '等待上一步审批人指定审批人',
    en: 'waiting for the previous approver to pick the approvers',
  },
  'rule.conditional-case': {
    'zh-CN': '条件 {index}（{when}）：{reason}',
    en: 'case {index} ({when}): {reason}',
  },
  'rule.conditional-otherwise': { 'zh-CN': '其他情况：{reason}', en: 'otherwise: {reason}' },
  'rule.conditional-none': {
    'zh-CN': '没有条件成立，也没有其他情况的规则',
    en: 'no case matched and there is no otherwise rule',
  },
  'rule.nobody-eligible': {
    'zh-CN': '{rule}：没有符合条件的人（{fact}）',
    en: '{rule}: nobody eligible ({fact})',
  },
  'rules.none': { 'zh-CN': '未配置审批规则', en: 'no approver rule configured' },
  'rules.all': { 'zh-CN': '{reasons}', en: '{reasons}' },
  'fallback.admins': {
    'zh-CN': '未找到审批人（{reason}），已转交流程管理员',
    en: 'nobody resolved ({reason}); routed to the flow admins',
  },
  'fallback.initiator-admin': {
    'zh-CN': '找不到其他审批人，已转交流程管理员，该管理员同时是发起人',
    en: 'no other approver could be found; assigned to the flow admin, who is also the initiator',
  },
  'fallback.user': {
    'zh-CN': '未找到审批人（{reason}），已转交 {userName}',
    en: 'nobody resolved ({reason}); routed to {userName}',
  },
  'nobody.auto-approve': {
    'zh-CN': '未找到审批人（{reason}），自动通过',
    en: 'nobody resolved ({reason}); approved automatically',
  },
  'nobody.auto-reject': {
    'zh-CN': '未找到审批人（{reason}），自动驳回',
    en: 'nobody resolved ({reason}); rejected automatically',
  },
  'nobody.refuse': {
    'zh-CN': '未找到审批人（{reason}），不能提交',
    en: 'nobody resolved ({reason}); the request cannot be submitted',
  },
  'auto.initiator': {
    'zh-CN': '{userName} 是发起人，已自动通过',
    en: '{userName} started the request; approved automatically',
  },
  'auto.dedupe-consecutive': {
    'zh-CN': '{userName} 刚在上一步（{step}）审批通过，已自动通过',
    en: '{userName} approved the step before ({step}); approved automatically',
  },
  'auto.dedupe-anywhere': {
    'zh-CN': '{userName} 已在本申请中审批通过（{step}），已自动通过',
    en: '{userName} already approved this request ({step}); approved automatically',
  },
  'sod.initiator': {
    'zh-CN': '{userName} 是发起人，不能审批自己的申请',
    en: '{userName} started the request and may not approve it',
  },
  'sod.already-approved': {
    'zh-CN': '{userName} 已在本申请中审批过（{step}），不能再以其他身份审批',
    en: '{userName} already approved this request ({step}) and may not approve it again',
  },
  'pick.none': { 'zh-CN': '没有选择审批人', en: 'nobody was picked' },
  'pick.several': {
    'zh-CN': '只能选择一位审批人，却选择了 {count} 位',
    en: 'only one approver may be picked, but {count} were',
  },
  /** Retired by `pick.repeated`; kept so texts recorded before it still read. */
  'pick.duplicate': { 'zh-CN': '{user} 被重复选择', en: '{user} was picked twice' },
  'pick.repeated': {
    'zh-CN': '{userName} 被重复选择了 {count} 次',
    en: '{userName} was picked {count} times',
  },
  'pick.self': {
    'zh-CN': '{userName} 不能选择自己审批下一步',
    en: '{userName} may not pick themselves for the next step',
  },
  'pick.unknown': { 'zh-CN': '所选用户 {user} 不存在', en: 'picked user {user} does not exist' },
  'pick.disabled': {
    'zh-CN': '所选用户 {userName} 已停用',
    en: 'picked user {userName} is disabled',
  },
  'pick.outside-range': {
    'zh-CN': '{userName} 不在可选范围内',
    en: '{userName} is not in the range that may be picked',
  },
  'pick.initiator': {
    'zh-CN': '{userName} 是发起人，不能被选为审批人',
    en: '{userName} started the request and may not be picked',
  },
  'pick.excluded': {
    'zh-CN': '{userName} 不能被选择：{reason}',
    en: '{userName} may not be picked: {reason}',
  },
  'fact.user-missing': { 'zh-CN': '用户 {user} 不存在', en: 'user {user} does not exist' },
  'fact.has-role': { 'zh-CN': '{userName} 拥有角色 {roleZh}', en: '{userName} has role {roleEn}' },
  'fact.nobody-has-role': { 'zh-CN': '没有人拥有角色 {roleZh}', en: 'nobody has role {roleEn}' },
  'fact.initiator-unknown': {
    'zh-CN': '发起人 {user} 不在组织中',
    en: 'initiator {user} is not in the organization',
  },
  'fact.no-department': { 'zh-CN': '{userName} 没有所属部门', en: '{userName} has no department' },
  'fact.department-missing': {
    'zh-CN': '{userName} 的部门 {department} 不存在',
    en: 'department {department} of {userName} does not exist',
  },
  'fact.belongs-to': {
    'zh-CN': '{userName} 属于{department}',
    en: '{userName} belongs to {department}',
  },
  'fact.no-head': { 'zh-CN': '{department}没有负责人', en: '{department} has no head' },
  'fact.head-missing': {
    'zh-CN': '{department}的负责人 {user} 不存在',
    en: 'head {user} of {department} does not exist',
  },
  'fact.is-head': {
    'zh-CN': '{userName} 是{department}的负责人',
    en: '{userName} is head of {department}',
  },
  'fact.is-supervisor': {
    'zh-CN': '{userName} 是 {belowName} 的上级',
    en: '{userName} is supervisor of {belowName}',
  },
  'fact.no-supervisor': { 'zh-CN': '{userName} 没有上级', en: '{userName} has no supervisor' },
  /** Retired by `fact.supervisor-loop`; kept so events recorded before it still read. */
  'fact.supervisor-cycle': {
    'zh-CN': '上级关系成环：{user} 又汇报给 {at}',
    en: 'supervisor cycle: {user} reports to {at} again',
  },
  'fact.supervisor-missing': {
    'zh-CN': '{userName} 的上级 {at} 不存在',
    en: 'supervisor {at} of {userName} does not exist',
  },
  'fact.has-position': {
    'zh-CN': '{userName} 担任岗位 {positionZh}',
    en: '{userName} holds position {positionEn}',
  },
  'fact.nobody-has-position': {
    'zh-CN': '没有人担任岗位 {positionZh}',
    en: 'nobody holds position {positionEn}',
  },
  'fact.in-group': {
    'zh-CN': '{userName} 属于用户组 {groupZh}',
    en: '{userName} is in group {groupEn}',
  },
  'fact.group-missing': {
    'zh-CN': '用户组 {groupZh} 不存在',
    en: 'group {groupEn} does not exist',
  },
  'fact.group-empty': {
    'zh-CN': '用户组 {groupZh} 没有成员',
    en: 'group {groupEn} has no members',
  },
  'fact.field-empty': { 'zh-CN': '表单字段 {field} 为空', en: 'form field {field} is empty' },
  'fact.field-invalid': {
    'zh-CN': '表单字段 {field} 的值不是人员或部门',
    en: 'form field {field} does not hold a person or a department',
  },
  'fact.field-user': {
    'zh-CN': '表单字段 {field} 选择了 {userName}',
    en: 'form field {field} names {userName}',
  },
  'fact.field-department': {
    'zh-CN': '表单字段 {field} 选择了{department}',
    en: 'form field {field} names {department}',
  },
  'fact.field-unknown-id': {
    'zh-CN': '表单字段 {field} 中的 {id} 既不是用户也不是部门',
    en: '{id} in form field {field} is neither a user nor a department',
  },
  'fact.department-unknown': {
    'zh-CN': '部门 {department} 不存在',
    en: 'department {department} does not exist',
  },
  'fact.parent-of': {
    'zh-CN': '{parent}是{department}的上级部门',
    en: '{parent} is the parent department of {department}',
  },
  'fact.no-parent': {
    'zh-CN': '{department}没有上级部门',
    en: '{department} has no parent department',
  },
  'fact.department-cycle': {
    'zh-CN': '部门上下级成环：{cycle}，已停止查找',
    en: 'department cycle {cycle}: the walk stops',
  },
  'fact.supervisor-loop': {
    'zh-CN': '上级关系成环：{cycleNames}，在 {userName} 处停止',
    en: 'supervisor cycle {cycleNames}: the walk stops at {userName}',
  },
  'fact.chain-end-role': {
    'zh-CN': '{userName} 拥有角色 {roleZh}，审批链到此为止',
    en: '{userName} has role {roleEn}: the chain ends here',
  },
  'fact.chain-role-missing': {
    'zh-CN': '审批链中没有可用的人拥有角色 {roleZh}',
    en: 'nobody available in the chain has role {roleEn}',
  },
  'fact.amount-invalid': {
    'zh-CN': '表单字段 {field} 的值 {value} 不是金额',
    en: 'form field {field} holds {value}, which is not an amount',
  },
  'fact.limit-covers': {
    'zh-CN': '{userName} 的审批额度 {limit} 覆盖 {amount}，审批链到此为止',
    en: "{userName}'s approval limit {limit} covers {amount}: the chain ends here",
  },
  'fact.limit-below': {
    'zh-CN': '{userName} 的审批额度 {limit} 低于 {amount}',
    en: "{userName}'s approval limit {limit} is below {amount}",
  },
  'fact.no-limit': {
    'zh-CN': '{userName} 没有设置审批额度',
    en: '{userName} has no approval limit',
  },
  'fact.limit-uncovered': {
    'zh-CN': '审批链中没有可用的人的审批额度覆盖 {amount}',
    en: 'nobody available in the chain has an approval limit covering {amount}',
  },
  'fact.case-matched': {
    'zh-CN': '条件 {index} 成立：{when}',
    en: 'case {index} matched: {when}',
  },
  'fact.no-case-matched': {
    'zh-CN': '没有条件成立，使用其他情况',
    en: 'no case matched: otherwise',
  },
  'fact.picked-by-initiator': {
    'zh-CN': '{userName} 由发起人选择',
    en: '{userName} was picked by the initiator',
  },
  'fact.picked-by-approver': {
    'zh-CN': '{userName} 由上一步审批人指定',
    en: '{userName} was picked by the previous approver',
  },
  'fact.initiator-acts': {
    'zh-CN': '{userName} 是发起人，按设置由其本人审批',
    en: '{userName} started the request and acts on it as configured',
  },
  'fact.initiator-replaced': {
    'zh-CN': '{userName} 是发起人，改由其直属上级 {supervisorName} 审批',
    en: '{userName} started the request; their supervisor {supervisorName} approves instead',
  },
  'fact.initiator-no-supervisor': {
    'zh-CN': '{userName} 是发起人且没有可用的直属上级，已跳过',
    en: '{userName} started the request and has no available direct supervisor; skipped',
  },
  'fact.distinct-relaxed': {
    'zh-CN': '符合条件的人都已在本申请中审批过，为免无人审批，允许其再次审批',
    en: 'everyone eligible already approved this request; one approves again rather than nobody',
  },
  'fact.refuse-after-submission': {
    'zh-CN': '提交后才发现无人审批（已无法拒绝提交），已转交流程管理员',
    en: 'nobody was found only after submission (too late to refuse it); routed to the flow admins',
  },
  'fact.fallback-user-unset': {
    'zh-CN': '未配置兜底审批人',
    en: 'no fallback approver is configured',
  },
  'fact.no-picker': {
    'zh-CN': '没有上一步审批人可以指定审批人（之前的步骤未经人工审批即已完成）',
    en: 'nobody was there to pick the approvers (the steps before completed without an approver)',
  },
  'fact.turn-disabled': {
    'zh-CN': '轮到 {userName} 审批时其账号已停用，已跳过',
    en: '{userName} was disabled by the time their turn came and was skipped',
  },
  'sod.too-few-approvers': {
    'zh-CN':
      '只有 {found} 位不同的人审批通过，少于此金额要求的 {needed} 位（提交后组织发生了变化）',
    en: 'only {found} different people approved, fewer than the {needed} this amount needs (the organization changed after submission)',
  },
  'fact.disabled': {
    'zh-CN': '{userName} 已停用，已跳过',
    en: '{userName} is disabled and was skipped',
  },
  'fact.initiator-skipped': {
    'zh-CN': '{userName} 是发起人，已跳过',
    en: '{userName} started the request and was skipped',
  },
  'fact.routed-to-admins': {
    'zh-CN': '未找到审批人：转交角色 {roleZh}',
    en: 'nobody resolved: routed to role {roleEn}',
  },
  'fact.initiator-admin': {
    'zh-CN': '{userName} 是唯一可用的流程管理员，虽是发起人，仍由其处理此步骤',
    en: '{userName} is the only available flow admin and takes the step although they started the request',
  },
  /** A name given in both languages (e.g. a step's), as a param rendered in the reader's. */
  'text.step': { 'zh-CN': '{zh}', en: '{en}' },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, string>>>>;

export type ExplanationCode = keyof typeof approverTexts;

/**
 * A reason or a fact in a form any UI can translate: a code of `approverTexts` and its params.
 * A param may be another explanation, or a list of them (joined with "; " / "；").
 */
export type Explanation = {
  readonly code: ExplanationCode;
  readonly params: Readonly<Record<string, ExplanationParam>>;
};
export type ExplanationParam = string | number | Explanation | readonly Explanation[];

// Object.keys loses the literal types of a const object; these are exactly its keys.
const ExplanationCode = z.enum(Object.keys(approverTexts) as [ExplanationCode]);

/** Parses an explanation read back from an event (recursive, hence the explicit type). */
export const Explanation: z.ZodType<Explanation> = z.lazy(() =>
  z.object({
    code: ExplanationCode,
    params: z.record(
      z.string(),
      z.union([z.string(), z.number(), Explanation, z.array(Explanation)]),
    ),
  }),
);

const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { 'zh-CN': '；', en: '; ' };

function isList(param: ExplanationParam): param is readonly Explanation[] {
  return Array.isArray(param);
}

function paramText(param: ExplanationParam, locale: Locale): string {
  if (typeof param === 'string' || typeof param === 'number') return String(param);
  if (isList(param)) return param.map((item) => explain(item, locale)).join(LIST_SEPARATOR[locale]);

  return explain(param, locale);
}

/** An explanation as a sentence in one language. */
export function explain(explanation: Explanation, locale: Locale): string {
  const params: Record<string, string> = {};
  for (const [name, param] of Object.entries(explanation.params))
    params[name] = paramText(param, locale);

  return formatMessage(approverTexts[explanation.code][locale], params);
}

/** An explanation in both languages, as an `I18nText` the UI resolves like any label. */
export function explainBoth(explanation: Explanation): Readonly<Record<Locale, string>> {
  return { 'zh-CN': explain(explanation, 'zh-CN'), en: explain(explanation, 'en') };
}

/** Shorthand for building an explanation. */
export function because(
  code: ExplanationCode,
  params: Readonly<Record<string, ExplanationParam>> = {},
): Explanation {
  return { code, params };
}
