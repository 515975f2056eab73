// 待办 (task inbox) labels, zh-CN. The section is flat: `inbox.<key>`.
export const inboxZhCN = {
  title: '我的待办',
};
