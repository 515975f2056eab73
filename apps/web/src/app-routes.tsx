// Route table; pages load lazily so each is its own chunk.
import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from './auth/require-auth';
import { PageLoading } from './common/page-loading';
import { RequireAudit } from './audit/require-audit';
import { RequireLedger } from './ledger/require-ledger';
import { AppLayout } from './layout/app-layout';
import { RequireAdmin } from './users/require-admin';
import { RoleHomeRedirect } from './users/role-home-redirect';

const LoginPage = lazy(() => import('./pages/login.page').then((m) => ({ default: m.LoginPage })));
const ProcessesPage = lazy(() => import('./pages/processes.page').then((m) => ({ default: m.ProcessesPage })));
const InstancesPage = lazy(() => import('./pages/instances.page').then((m) => ({ default: m.InstancesPage })));
const InstanceDetailPage = lazy(() =>
  import('./pages/instance-detail.page').then((m) => ({ default: m.InstanceDetailPage })),
);
const InboxPage = lazy(() => import('./pages/inbox.page').then((m) => ({ default: m.InboxPage })));
const TaskPage = lazy(() => import('./pages/task.page').then((m) => ({ default: m.TaskPage })));
const DesignerListPage = lazy(() =>
  import('./pages/designer-list.page').then((m) => ({ default: m.DesignerListPage })),
);
const DesignerPage = lazy(() => import('./pages/designer.page').then((m) => ({ default: m.DesignerPage })));
const ProfilePage = lazy(() => import('./pages/profile.page').then((m) => ({ default: m.ProfilePage })));
const AdminUsersPage = lazy(() => import('./pages/admin-users.page').then((m) => ({ default: m.AdminUsersPage })));
const AdminOrgPage = lazy(() => import('./pages/admin-org.page').then((m) => ({ default: m.AdminOrgPage })));
const AuditLedgerPage = lazy(() => import('./pages/audit-ledger.page').then((m) => ({ default: m.AuditLedgerPage })));
const AuditAnalyticsPage = lazy(() =>
  import('./pages/audit-analytics.page').then((m) => ({ default: m.AuditAnalyticsPage })),
);
const AuditSearchPage = lazy(() => import('./pages/audit-search.page').then((m) => ({ default: m.AuditSearchPage })));
const AuditInstancePage = lazy(() =>
  import('./pages/audit-instance.page').then((m) => ({ default: m.AuditInstancePage })),
);
const AdminCalendarsPage = lazy(() =>
  import('./pages/admin-calendars.page').then((m) => ({ default: m.AdminCalendarsPage })),
);
const NotFoundPage = lazy(() => import('./pages/not-found.page').then((m) => ({ default: m.NotFoundPage })));

export const appRoutes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <RoleHomeRedirect /> },
          { path: 'processes', element: <ProcessesPage /> },
          { path: 'instances', element: <InstancesPage /> },
          { path: 'instances/:id', element: <InstanceDetailPage /> },
          { path: 'tasks', element: <InboxPage /> },
          { path: 'tasks/:id', element: <TaskPage /> },
          { path: 'designer', element: <DesignerListPage /> },
          { path: 'designer/:key', element: <DesignerPage /> },
          { path: 'profile', element: <ProfilePage /> },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              { path: 'users', element: <AdminUsersPage /> },
              { path: 'org', element: <AdminOrgPage /> },
              { path: 'calendars', element: <AdminCalendarsPage /> },
            ],
          },
          {
            // A department head's ledger (部门台账): the same page, the server keeps it to their departments.
            path: 'ledger',
            element: <RequireLedger />,
            children: [{ index: true, element: <AuditLedgerPage /> }],
          },
          {
            path: 'audit',
            element: <RequireAudit />,
            children: [
              { index: true, element: <AuditSearchPage /> },
              {
                // Over every process: auditors and admins (a process owner audits their own instances).
                element: <RequireAudit evidence />,
                children: [
                  { path: 'ledger', element: <AuditLedgerPage /> },
                  { path: 'analytics', element: <AuditAnalyticsPage /> },
                  { path: 'analytics/:key/:version', element: <AuditAnalyticsPage /> },
                ],
              },
              { path: ':id', element: <AuditInstancePage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
