export * from './i18n.ts';
export * from './issue.ts';
export * from './org/org.ts';
export * from './org/delegation.ts';
export * from './calendar/business-calendar.ts';
export { addMinutes, addWorkingMinutes, zonedInstant } from './calendar/working-time.ts';
export { checkBusinessCalendar } from './calendar/check-calendar.ts';
export * from './flow/approver-rule.ts';
export * from './flow/flow.ts';
export * from './flow/bundle.ts';
export * from './flow/node-kinds.ts';
export * from './flow/limits.ts';
export * from './form/form.ts';
export * from './errors.ts';

export {
  issueMessages,
  issueText,
  phrases,
  phrase,
  schemasErrors,
  type IssueCode,
  type MessageParams,
  type PhraseKey,
} from './messages.ts';

export {
  Dec,
  MAX_DECIMAL_LENGTH,
  decimalPlaces,
  decimalToString,
  isDecimalString,
  parseDecimal,
  roundHalfUp,
  sumDecimals,
} from './money/decimal.ts';
export { formatMoney } from './money/format.ts';

export type { Expr, ExprKind, Span, BinaryOp } from './expression/ast.ts';
export { childrenOf } from './expression/ast.ts';
export { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from './expression/limits.ts';
export type { ExpressionIssue } from './expression/issue.ts';
export { parseExpression, type ParseResult } from './expression/parse.ts';
export { isCalendarDate } from './calendar-date.ts';
export {
  checkExpression,
  type CheckExpressionOptions,
  type ExpectedType,
  type ExpressionCheck,
} from './expression/check-expression.ts';
export type { ExprType, ExpressionScope, ScalarType } from './expression/types.ts';
export { typeName } from './expression/types.ts';
export { expressionFunctions } from './expression/functions.ts';
export { evaluateExpr, type Environment } from './expression/evaluate.ts';
export type { Value, TableValue } from './expression/value.ts';
export { evaluateCondition, evaluateFormula } from './expression/with-form.ts';
export {
  INITIATOR_NAMES,
  approverScope,
  checkApproverCondition,
  evaluateApproverCondition,
  type InitiatorFacts,
} from './expression/approver-scope.ts';
export {
  columnType,
  fieldType,
  formEnvironment,
  formScope,
  isScopedField,
  type EnvironmentOptions,
  type ScopedField,
} from './form/scope.ts';
export * from './flow/edit.ts';
export {
  checkFieldValue,
  isEmptyFieldValue,
  isMissing,
  MAX_CODE_LENGTH,
  MAX_INTEGER_DIGITS,
  MAX_REQUEST_ID_LENGTH,
  type FieldContext,
  type FieldResult,
  type ValueField,
} from './form/field-value.ts';
export { validateFormValues, type FormValidation, type ValidateOptions } from './form/validate.ts';
export { computeValues, recomputeFields, type Recomputed } from './form/recompute.ts';
export {
  applyFieldRules,
  fieldRuleState,
  type FieldRuleState,
  type RuleOptions,
} from './form/rules.ts';
export { computeRows, rowScope, tableTotals } from './form/row-formulas.ts';
export { checkTableValue } from './form/table-value.ts';
export {
  acceptedExtensions,
  acceptsFile,
  attachmentIds,
  IMAGE_EXTENSIONS,
  MAX_FILE_ID_LENGTH,
  SAFE_FILE_EXTENSIONS,
  type FileRef,
} from './form/file-value.ts';
export { normalizeInstant, rangeDays, type DateRange } from './form/time-value.ts';
export { rangeDuration, workdaysBetween } from './form/duration.ts';
export { DEFAULT_MAX_LENGTH, MAX_PATTERN_TEXT } from './form/text-value.ts';
export { formJsonSchema, type ValuesJsonSchema } from './form/json-schema.ts';
export { defaultFormValues } from './form/defaults.ts';
export { checkForm } from './form/check-form.ts';
export {
  type AccessMap,
  type FieldAccess,
  editableKeys,
  fieldAccessAt,
  formForViewer,
  readAll,
  readableAccess,
  visibleValues,
} from './form/access.ts';
export { computedOrder, formulaReferences } from './form/computed.ts';
export {
  capabilitiesOf,
  findNode,
  findStart,
  flowLookup,
  incomingEdges,
  orderBranchEdges,
  outgoingEdges,
  type FlowLookup,
} from './flow/graph.ts';
export { checkFlow, type CheckFlowOptions } from './checker/check-flow.ts';
export { checkOrg } from './org/check-org.ts';
export { parseFlowBundle, safeParseFlowBundle, type FlowBundleParse } from './checker/parse.ts';
export { generateLargeFlow } from './checker/generate.ts';
export { canonicalJson, MAX_CANONICAL_DEPTH } from './canonical-json.ts';
export { MAX_ECHO_LENGTH } from './excerpt.ts';
export { flowJsonSchema, formDefinitionJsonSchema, type JsonSchema } from './json-schema.ts';
export { findParallelJoins } from './checker/parallel-joins.ts';
