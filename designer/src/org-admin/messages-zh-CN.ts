/** Texts of the organization admin page (namespace `orgAdmin`), Chinese. */
export const orgAdminZh = {
  title: '组织架构',
  subtitle:
    '以 JSON 编辑整个组织：部门、人员、角色、岗位和用户组。保存前会检查，例如上级关系成环时会拒绝保存。',
  editorLabel: '组织架构 JSON',
  loading: '正在加载编辑器…',
  check: '检查',
  save: '保存',
  revert: '还原为已保存的内容',
  revertConfirm: '放弃编辑器中未保存的修改？',
  revertOk: '还原',
  cancel: '取消',
  noIssues: '检查完成，没有问题',
  issues: '问题（{{count}}）',
  saved: '组织架构已保存',
  savedWarnings: '组织架构已保存，有 {{count}} 条警告',
  invalidJson: 'JSON 格式错误：{{message}}',
  refused: '未保存，编辑器中的内容保持不变：{{message}}',
  error: '错误',
  warning: '警告',
  at: '位置 {{path}}',
};
