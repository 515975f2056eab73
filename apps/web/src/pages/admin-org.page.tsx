// The org tree (admins): departments on the left, the picked one's editor on the right.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../api/departments.api';
import { DepartmentCreateModal } from '../admin/department-create-modal';
import { DepartmentEditor } from '../admin/department-editor';
import { findDepartment } from '../admin/department-options';
import { DepartmentTree } from '../admin/department-tree';
import { ErrorAlert } from '../common/error-alert';

export function AdminOrgPage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState<{ parentId: string | null } | null>(null);
  const department = findDepartment(departments.data ?? [], selected);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('admin.orgTitle')}
        </Typography.Title>
        <Flex gap={8} wrap>
          {department && (
            <Button icon={<PlusOutlined />} onClick={() => setCreating({ parentId: department.id })}>
              {t('admin.createChild')}
            </Button>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({ parentId: null })}>
            {t('admin.createDepartment')}
          </Button>
        </Flex>
      </Flex>
      {departments.error && <ErrorAlert error={departments.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card loading={departments.isPending}>
            <DepartmentTree roots={departments.data ?? []} selected={selected} onSelect={setSelected} />
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card>
            {department ? (
              <DepartmentEditor key={department.id} department={department} />
            ) : (
              <Empty description={t('admin.pickDepartment')} />
            )}
          </Card>
        </Col>
      </Row>
      {creating && <DepartmentCreateModal parentId={creating.parentId} onClose={() => setCreating(null)} />}
    </Flex>
  );
}
