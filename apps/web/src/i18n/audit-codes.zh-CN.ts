// Audit evidence answers and incident codes (docs/http-api.md "Audit evidence"), zh-CN.
export const auditCodesZhCN = {
  'no-checkpoint': '尚未生成检查点',
  'bad-public-key': '公钥必须是 PEM 格式的 Ed25519 公钥',
  'bad-signature': '签名无法通过该公钥的校验',
  'unknown-signing-key': '签名密钥未登记',
  'signing-key-exists': '该公钥已经登记',
  'ledger-heads-no-department': '您没有负责的部门，没有可查看的部门台账',
  'checkpoint-leaves-pruned': '该检查点的叶子已按保留策略清理，请选择更新的检查点',
  'ledger-range-reversed': '结束日期不能早于开始日期',
  'invalid-version': '版本号必须是正整数',
  'bundle-too-large': '查询到的实例过多，请缩小范围后再导出',
  root: '检查点的叶子与其默克尔根不符',
  chain: '检查点链断开或被改动',
  signature: '检查点签名无法通过校验',
  'instance-missing': '检查点记录过的实例已不存在（被删除）',
  'entry-missing': '检查点记录过的历史记录已不存在（尾部被截断）',
  'entry-changed': '检查点记录过的历史记录已被改写',
};
