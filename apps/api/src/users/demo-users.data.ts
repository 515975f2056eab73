/** The canonical roles of the workflows, with the seed's words for their titles. */
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
  displayName: string;
  department: string;
  /** Username of the manager (`starter.manager`). */
  manager?: string;
}

/** One demo user per role, named after it; `leader` manages staff and the department users. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'leader', displayName: '李四 (leader)', department: 'bizdev' },
  { username: 'staff', displayName: '张三 (staff)', department: 'bizdev', manager: 'leader' },
  { username: 'finance', displayName: '王五 (finance)', department: 'finance', manager: 'leader' },
  { username: 'legal', displayName: '赵六 (legal)', department: 'legal', manager: 'leader' },
  { username: 'market', displayName: '钱七 (market)', department: 'market', manager: 'leader' },
  { username: 'project', displayName: '孙八 (project)', department: 'project', manager: 'leader' },
  { username: 'sales', displayName: '周九 (sales)', department: 'sales', manager: 'leader' },
  { username: 'office', displayName: '吴十 (office)', department: 'office', manager: 'leader' },
  { username: 'bizdev', displayName: '郑一 (bizdev)', department: 'bizdev', manager: 'leader' },
  { username: 'hq', displayName: '冯二 (hq)', department: 'hq' },
  { username: 'owner', displayName: '陈流程 (owner)', department: 'hq' },
  { username: 'auditor', displayName: '褚审计 (auditor)', department: 'hq' },
  { username: 'admin', displayName: '卫管理 (admin)', department: 'hq' },
];

export const DEMO_PASSWORD = 'demo1234';
