// Instance diagram labels (task and instance pages), zh-CN. The section is flat: `diagram.<key>`.
export const diagramZhCN = {
  show: '查看流程图',
  hide: '收起流程图',
  steps: '流程进度',
  stepDone: '已完成',
  stepCurrent: '当前',
  minimap: '缩略图',
  fit: '全图',
  current: '当前环节',
};
