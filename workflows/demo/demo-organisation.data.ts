// The demo organisation: one source of truth for the API's demo seed (apps/api/src/users/seed.service.ts)
// and the workflows' pure scenario walks (demoOrgSnapshot), so both resolve the same approvers.

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
  /** The free-text label (kept from before departments existed). */
  department: string;
  /** Code of the user's department in {@link DEMO_DEPARTMENTS}. */
  departmentCode: string;
  /** Username of the manager (`starter.manager`); listed after the manager. */
  manager?: string;
  /** The roles; by default the one named like the user, held everywhere. */
  roles?: { role: string; department?: string }[];
}

export interface DemoDepartment {
  code: string;
  zh: string;
  en: string;
  /** Code of the parent; listed after it. */
  parent?: string;
  /** Username of the head. */
  head?: string;
}

/**
 * A small head office with its departments and a county branch. The branch has no head of its
 * own (its people are managed by the head office's head) but its own finance reviewer.
 */
export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { code: 'hq', zh: '总部', en: 'Headquarters', head: 'hq' },
  { code: 'bizdev', zh: '业务拓展部', en: 'Business development', parent: 'hq', head: 'leader' },
  { code: 'marketing', zh: '市场部', en: 'Marketing', parent: 'hq', head: 'market' },
  { code: 'projects', zh: '项目部', en: 'Projects', parent: 'hq', head: 'project' },
  { code: 'sales', zh: '销售部', en: 'Sales', parent: 'hq', head: 'sales' },
  { code: 'finance', zh: '财务部', en: 'Finance', parent: 'hq', head: 'finance' },
  { code: 'legal', zh: '法务部', en: 'Legal', parent: 'hq', head: 'legal' },
  { code: 'office', zh: '办公室', en: 'Office', parent: 'hq', head: 'office' },
  { code: 'audit', zh: '审计部', en: 'Audit', parent: 'hq' },
  { code: 'it', zh: '信息部', en: 'IT', parent: 'hq' },
  { code: 'county-branch', zh: '县级分公司', en: 'County branch', parent: 'hq' },
];

const MARKET_EXPANSION = '市场拓展部 (Market expansion)';
const HQ = '企业总部 (Headquarters)';

/**
 * One demo user per role, named after it (password `demo1234`). `leader` heads the market
 * expansion department and manages staff and the department users; `hq` manages the leader
 * and the process owner; auditor and admin stand apart. `staff2`, `branch-staff` and
 * `branch-finance` have no explicit manager: their department heads manage them.
 */
export const DEMO_USERS: DemoUser[] = [
  { username: 'hq', displayName: '冯二 (hq)', displayNameEn: 'Feng Er (hq)', department: HQ, departmentCode: 'hq' },
  {
    username: 'leader',
    displayName: '李四 (leader)',
    displayNameEn: 'Li Si (leader)',
    department: MARKET_EXPANSION,
    departmentCode: 'bizdev',
    manager: 'hq',
  },
  {
    username: 'staff',
    displayName: '张三 (staff)',
    displayNameEn: 'Zhang San (staff)',
    department: MARKET_EXPANSION,
    departmentCode: 'bizdev',
    manager: 'leader',
  },
  {
    username: 'finance',
    displayName: '王五 (finance)',
    displayNameEn: 'Wang Wu (finance)',
    department: '财务部 (Finance)',
    departmentCode: 'finance',
    manager: 'leader',
  },
  {
    username: 'legal',
    displayName: '赵六 (legal)',
    displayNameEn: 'Zhao Liu (legal)',
    department: '法务部 (Legal)',
    departmentCode: 'legal',
    manager: 'leader',
  },
  {
    username: 'market',
    displayName: '钱七 (market)',
    displayNameEn: 'Qian Qi (market)',
    department: '市场部 (Marketing)',
    departmentCode: 'marketing',
    manager: 'leader',
  },
  {
    username: 'project',
    displayName: '孙八 (project)',
    displayNameEn: 'Sun Ba (project)',
    department: '项目部 (Projects)',
    departmentCode: 'projects',
    manager: 'leader',
  },
  {
    username: 'sales',
    displayName: '周九 (sales)',
    displayNameEn: 'Zhou Jiu (sales)',
    department: '销售部 (Sales)',
    departmentCode: 'sales',
    manager: 'leader',
  },
  {
    username: 'office',
    displayName: '吴十 (office)',
    displayNameEn: 'Wu Shi (office)',
    department: '办公室 (Office)',
    departmentCode: 'office',
    manager: 'leader',
  },
  {
    username: 'bizdev',
    displayName: '郑一 (bizdev)',
    displayNameEn: 'Zheng Yi (bizdev)',
    department: MARKET_EXPANSION,
    departmentCode: 'bizdev',
    manager: 'leader',
  },
  {
    username: 'owner',
    displayName: '陈流程 (owner)',
    displayNameEn: 'Chen Liucheng (owner)',
    department: HQ,
    departmentCode: 'hq',
    manager: 'hq',
  },
  {
    username: 'auditor',
    displayName: '褚审计 (auditor)',
    displayNameEn: 'Chu Shenji (auditor)',
    department: '审计部 (Audit)',
    departmentCode: 'audit',
  },
  {
    username: 'admin',
    displayName: '卫管理 (admin)',
    displayNameEn: 'Wei Guanli (admin)',
    department: '信息部 (IT)',
    departmentCode: 'it',
  },
  {
    username: 'staff2',
    displayName: '刘二 (staff2)',
    displayNameEn: 'Liu Er (staff2)',
    department: '业务拓展部 (Business development)',
    departmentCode: 'bizdev',
    roles: [{ role: 'staff' }],
  },
  {
    username: 'branch-staff',
    displayName: '何三 (branch-staff)',
    displayNameEn: 'He San (branch-staff)',
    department: '县级分公司 (County branch)',
    departmentCode: 'county-branch',
    roles: [{ role: 'staff' }],
  },
  {
    username: 'branch-finance',
    displayName: '林四 (branch-finance)',
    displayNameEn: 'Lin Si (branch-finance)',
    department: '县级分公司 (County branch)',
    departmentCode: 'county-branch',
    roles: [{ role: 'finance', department: 'county-branch' }],
  },
];
