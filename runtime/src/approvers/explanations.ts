import { formatMessage, type Locale } from '@baton/schemas';
import { z } from 'zod';

/**
 * The words of approver resolution in both UI languages: why a rule chose someone (`rule.*`),
 * the org facts walked (`fact.*`) and what a step did when its rules chose nobody
 * (`fallback.*`). Codes are stable; `{name}` placeholders are filled from an explanation's
 * params, which may themselves be explanations (rendered in the same language).
 */
export const approverTexts = {
  'rule.user': { 'zh-CN': '指定审批人', en: 'named approvers' },
  'rule.role': { 'zh-CN': '角色 {role}', en: 'role {role}' },
  'rule.department-head': { 'zh-CN': '{department}负责人', en: 'head of {department}' },
  'rule.department-head-unknown': {
    'zh-CN': '{user} 所在部门的负责人',
    en: "head of {user}'s department",
  },
  'rule.supervisor': {
    'zh-CN': '{user} 的第 {level} 级上级',
    en: 'supervisor level {level} of {user}',
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
    'zh-CN': '找不到其他审批人，已转交流程管理员，该管理员同时是申请人',
    en: 'no other approver could be found; assigned to the flow admin, who is also the initiator',
  },
  'fact.user-missing': { 'zh-CN': '用户 {user} 不存在', en: 'user {user} does not exist' },
  'fact.has-role': { 'zh-CN': '{user} 拥有角色 {role}', en: '{user} has role {role}' },
  'fact.nobody-has-role': { 'zh-CN': '没有人拥有角色 {role}', en: 'nobody has role {role}' },
  'fact.initiator-unknown': {
    'zh-CN': '申请人 {user} 不在组织中',
    en: 'initiator {user} is not in the organization',
  },
  'fact.no-department': { 'zh-CN': '{user} 没有所属部门', en: '{user} has no department' },
  'fact.department-missing': {
    'zh-CN': '{user} 的部门 {department} 不存在',
    en: 'department {department} of {user} does not exist',
  },
  'fact.belongs-to': { 'zh-CN': '{user} 属于{department}', en: '{user} belongs to {department}' },
  'fact.no-head': { 'zh-CN': '{department}没有负责人', en: '{department} has no head' },
  'fact.head-missing': {
    'zh-CN': '{department}的负责人 {user} 不存在',
    en: 'head {user} of {department} does not exist',
  },
  'fact.is-head': {
    'zh-CN': '{user} 是{department}的负责人',
    en: '{user} is head of {department}',
  },
  'fact.is-supervisor': {
    'zh-CN': '{user} 是 {below} 的上级',
    en: '{user} is supervisor of {below}',
  },
  'fact.no-supervisor': { 'zh-CN': '{user} 没有上级', en: '{user} has no supervisor' },
  'fact.supervisor-cycle': {
    'zh-CN': '上级关系成环：{user} 又汇报给 {at}',
    en: 'supervisor cycle: {user} reports to {at} again',
  },
  'fact.supervisor-missing': {
    'zh-CN': '{user} 的上级 {at} 不存在',
    en: 'supervisor {at} of {user} does not exist',
  },
  'fact.disabled': { 'zh-CN': '{user} 已停用，已跳过', en: '{user} is disabled and was skipped' },
  'fact.initiator-skipped': {
    'zh-CN': '{user} 是申请人，已跳过',
    en: '{user} started the request and was skipped',
  },
  'fact.routed-to-admins': {
    'zh-CN': '未找到审批人：转交角色 {role}',
    en: 'nobody resolved: routed to role {role}',
  },
  'fact.initiator-admin': {
    'zh-CN': '{user} 是唯一可用的流程管理员，虽是申请人，仍由其处理此步骤',
    en: '{user} is the only available flow admin and takes the step although they started the request',
  },
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
