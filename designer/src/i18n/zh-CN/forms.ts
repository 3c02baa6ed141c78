export const forms = {
  required: '必填',
  selectPlaceholder: '请选择',
  disabledUser: '{{name}}（已停用）',
  datePlaceholder: '年-月-日',
  amountPlaceholder: '0.00',
  computed: '自动计算',
  capitals: '大写：{{text}}',
  notComputed: '填写后自动计算',
  table: {
    addRow: '添加一行',
    removeRow: '删除第 {{row}} 行',
    cell: '第 {{row}} 行 {{column}}',
    rowNumber: '序号',
    remove: '删除',
    actions: '操作',
    empty: '暂无明细，点击“添加一行”开始填写',
    rows: '共 {{count}} 行',
  },
  issues: {
    title: '表单中有 {{count}} 处需要修正',
  },
};
