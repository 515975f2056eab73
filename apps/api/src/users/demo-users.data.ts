/** The canonical roles of the workflows, with the regulations' words for their titles. */
export const ROLES: { name: string; zh: string; en: string }[] = [
  { name: 'staff', zh: '员工', en: 'Staff' },
  { name: 'leader', zh: '部门负责人', en: 'Department leader' },
  { name: 'finance', zh: '财务部门', en: 'Finance' },
  { name: 'legal', zh: '法务部门', en: 'Legal' },
  { name: 'market', zh: '市场部门', en: 'Marketing' },
  { name: 'project', zh: '项目部门', en: 'Projects' },
  { name: 'sales', zh: '销售部门', en: 'Sales' },
  { name: 'office', zh: '办公室', en: 'Office' },
  { name: 'bizdev', zh: '业务拓展部门', en: 'Business development' },
  { name: 'hq', zh: '企业总部', en: 'Headquarters' },
  { name: 'owner', zh: '流程负责人', en: 'Process owner' },
  { name: 'auditor', zh: '审计', en: 'Auditor' },
  { name: 'admin', zh: '系统管理员', en: 'Administrator' },
];

export interface DemoUser {
  username: string;
  /** Chinese display name (the name in tokens). */
  displayName: string;
  displayNameEn: string;
  department: string;
  /** Username of the manager (`starter.manager`); listed after the manager. */
  manager?: string;
}

const MARKET_EXPANSION = '市场拓展部 (Market expansion)';
const HQ = '企业总部 (Headquarters)';

/**
 * One demo user per role, named after it (password `demo1234`). `leader` heads the market
 * expansion department and manages staff and the department users; `hq` manages the leader
 * and the process owner; auditor and admin stand apart.
 */
export const DEMO_USERS: DemoUser[] = [
  { username: 'hq', displayName: '冯二 (hq)', displayNameEn: 'Feng Er (hq)', department: HQ },
  {
    username: 'leader',
    displayName: '李四 (leader)',
    displayNameEn: 'Li Si (leader)',
    department: MARKET_EXPANSION,
    manager: 'hq',
  },
  {
    username: 'staff',
    displayName: '张三 (staff)',
    displayNameEn: 'Zhang San (staff)',
    department: MARKET_EXPANSION,
    manager: 'leader',
  },
  {
    username: 'finance',
    displayName: '王五 (finance)',
    displayNameEn: 'Wang Wu (finance)',
    department: '财务部 (Finance)',
    manager: 'leader',
  },
  {
    username: 'legal',
    displayName: '赵六 (legal)',
    displayNameEn: 'Zhao Liu (legal)',
    department: '法务部 (Legal)',
    manager: 'leader',
  },
  {
    username: 'market',
    displayName: '钱七 (market)',
    displayNameEn: 'Qian Qi (market)',
    department: '市场部 (Marketing)',
    manager: 'leader',
  },
  {
    username: 'project',
    displayName: '孙八 (project)',
    displayNameEn: 'Sun Ba (project)',
    department: '项目部 (Projects)',
    manager: 'leader',
  },
  {
    username: 'sales',
    displayName: '周九 (sales)',
    displayNameEn: 'Zhou Jiu (sales)',
    department: '销售部 (Sales)',
    manager: 'leader',
  },
  {
    username: 'office',
    displayName: '吴十 (office)',
    displayNameEn: 'Wu Shi (office)',
    department: '办公室 (Office)',
    manager: 'leader',
  },
  {
    username: 'bizdev',
    displayName: '郑一 (bizdev)',
    displayNameEn: 'Zheng Yi (bizdev)',
    department: MARKET_EXPANSION,
    manager: 'leader',
  },
  {
    username: 'owner',
    displayName: '陈流程 (owner)',
    displayNameEn: 'Chen Liucheng (owner)',
    department: HQ,
    manager: 'hq',
  },
  {
    username: 'auditor',
    displayName: '褚审计 (auditor)',
    displayNameEn: 'Chu Shenji (auditor)',
    department: '审计部 (Audit)',
  },
  { username: 'admin', displayName: '卫管理 (admin)', displayNameEn: 'Wei Guanli (admin)', department: '信息部 (IT)' },
];

export const DEMO_PASSWORD = 'demo1234';

/** Demo users' address for mailed notifications. */
export function demoEmail(username: string): string {
  return `${username}@liucheng.local`;
}
