// 流程设计 (designer) labels, zh-CN. The section is flat: `designer.<key>`.
export const designerZhCN = {
  title: '流程设计',
};
