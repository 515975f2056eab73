// 明细（表格字段）的文字, zh-CN. Flat: `detailTable.<key>`.
export const detailTableZhCN = {
  fieldType: '明细',
  addColumn: '添加列',
  columns: '明细列',
  totalColumn: '合计列',
  totalNone: '不合计',
  totalOf: '合计「{{column}}」',
  total: '合计',
  totalValue: '合计：{{total}}',
  addRow: '添加一行',
  removeRow: '删除此行',
  rowNumber: '序号',
  empty: '暂无明细',
  actions: '操作',
};
