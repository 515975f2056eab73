// Labels of the detail table (明细) field, en. Flat: `detailTable.<key>`.
export const detailTableEn = {
  fieldType: 'Detail table',
  addColumn: 'Add column',
  columns: 'Columns',
  totalColumn: 'Total column',
  totalNone: 'No total',
  totalOf: 'Total of “{{column}}”',
  total: 'Total',
  totalValue: 'Total: {{total}}',
  addRow: 'Add a row',
  removeRow: 'Remove this row',
  rowNumber: 'No.',
  empty: 'No lines yet',
  actions: 'Actions',
};
