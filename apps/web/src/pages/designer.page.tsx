// /designer/:key — the process owner's designer: canvas, properties, problems, versions, try-it; autosave; publish.
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { WorkflowSpec } from '@liucheng/engine';
import { ReactFlowProvider } from '@xyflow/react';
import { App, Badge, Empty, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { QueryResult } from '../common/query-result';
import { DesignerCanvas } from '../designer/canvas/designer-canvas';
import type { DesignerPanel } from '../designer/canvas/designer-panel.types';
import { DesignerShell } from '../designer/canvas/designer-shell';
import { DesignerToolbar } from '../designer/canvas/designer-toolbar';
import { ProblemsList } from '../designer/canvas/problems-list';
import { useDesignerShortcuts } from '../designer/canvas/use-designer-shortcuts';
import { useEditableSpec, usePublish, type EditableSpec } from '../designer/editing/designer.api';
import { canCompileSchemas, createDesignerStore, validateSpec } from '../designer/editing/designer-store';
import { publishState } from '../designer/editing/publish-state';
import { useDraftAutosave } from '../designer/editing/use-draft-autosave';
import { useServerValidation } from '../designer/editing/use-server-validation';
import { DesignerStoreProvider, useDesignerStore, useDesignerStoreApi } from '../designer/editing/use-designer-store';
import { InspectorPanel } from '../designer/inspector/inspector-panel';
import { ExportSpecButton } from '../designer/io/export-spec-button';
import { ImportSpecButton } from '../designer/io/import-spec-button';
import { SimulationPanel } from '../designer/simulation/simulation-panel';
import { useDefinitionDetail } from '../designer/versions/definition-detail.api';
import { VersionsPanel } from '../designer/versions/versions-panel';
import {
  initialDesignerMode,
  ModeSwitch,
  rememberDesignerMode,
  type DesignerMode,
} from '../designer/simple/mode-switch';
import { SimpleDesigner } from '../designer/simple/simple-designer';
import { SimplePanel } from '../designer/simple/simple-panel';
import type { SimpleSelection } from '../designer/simple/simple-selection';
import { pickLabel } from '../i18n/localize';
import { SchedulesPanel } from '../schedules/schedules-panel';
import { useLanguage } from '../i18n/use-language';

// Decided once: the page's CSP either lets ajv compile schemas in the browser or it does not.
const LOCAL_VALIDATION = canCompileSchemas();

export function DesignerPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const query = useEditableSpec(key);
  return (
    <QueryResult query={query}>
      {(loaded) =>
        loaded.spec ? (
          <DesignerWorkspace key={key} definitionKey={key} loaded={loaded} />
        ) : (
          <Empty description={t('designer.edNothing')} />
        )
      }
    </QueryResult>
  );
}

function DesignerWorkspace({ definitionKey, loaded }: { definitionKey: string; loaded: EditableSpec }) {
  const store = useMemo(() => {
    const created = createDesignerStore(definitionKey, LOCAL_VALIDATION ? validateSpec : null);
    created.load(loaded.spec as WorkflowSpec);
    return created;
  }, [definitionKey, loaded]);
  return (
    <DesignerStoreProvider store={store}>
      <ReactFlowProvider>
        <DesignerEditor loaded={loaded} />
      </ReactFlowProvider>
    </DesignerStoreProvider>
  );
}

function DesignerEditor({ loaded }: { loaded: EditableSpec }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const { session } = useSession();
  const store = useDesignerStoreApi();
  const { spec, definitionKey, selection, validation, dirty } = useDesignerStore();
  const autosave = useDraftAutosave(store);
  const publish = usePublish();
  // The live detail (['definitions', key, 'detail'], refreshed after each save and publish); the
  // editable copy (['definitions', key, 'editable']) is only the store's starting point.
  const detail = useDefinitionDetail(definitionKey);
  const { hasDraft, basedOn } = publishState(detail.data ?? loaded.detail, dirty);
  const [panel, setPanel] = useState('inspector');
  const location = useLocation();
  const [mode, setMode] = useState<DesignerMode>(() => initialDesignerMode(location.search));
  const [simpleSelection, setSimpleSelection] = useState<SimpleSelection>(null);
  const changeMode = (next: DesignerMode) => {
    setMode(next);
    rememberDesignerMode(next);
  };
  const selectSimple = (next: SimpleSelection) => {
    setSimpleSelection(next);
    if (next) setPanel('inspector');
  };
  const [simulated, setSimulated] = useState<string[]>([]);
  useDesignerShortcuts(store);
  useServerValidation(store, !LOCAL_VALIDATION);

  // Selecting something shows the inspector, in the same render.
  const [shownSelection, setShownSelection] = useState(selection);
  if (shownSelection !== selection) {
    setShownSelection(selection);
    if (selection) setPanel('inspector');
  }

  const onPublish = useCallback(async () => {
    try {
      await autosave.flush();
      const result = await publish.mutateAsync(definitionKey);
      // The draft is gone and the header is now based on the new version.
      await detail.refetch();
      void message.success(t('designer.edPublished', { version: result.version }));
    } catch {
      // The error is shown under the toolbar (publish.error / autosave.error).
    }
  }, [autosave, publish, detail, definitionKey, message, t]);

  const panels: DesignerPanel[] = [
    {
      key: 'inspector',
      label: t('designer.edInspectorTab'),
      render: () => (mode === 'simple' ? <SimplePanel selection={simpleSelection} /> : <InspectorPanel />),
    },
    {
      key: 'problems',
      label: (
        <Badge
          count={validation.errors.length || validation.warnings.length}
          color={validation.errors.length === 0 ? 'orange' : undefined}
          size="small"
          offset={[8, -2]}
        >
          <span data-testid="problems-tab">
            {t('designer.edProblemsTab', { count: validation.errors.length + validation.warnings.length })}
          </span>
        </Badge>
      ),
      render: () => <ProblemsList />,
    },
    {
      key: 'versions',
      label: t('designer.versionsTab'),
      render: () => <VersionsPanel definitionKey={definitionKey} draft={spec} />,
    },
    {
      key: 'schedules',
      label: t('schedules.tab'),
      render: () => <SchedulesPanel definitionKey={definitionKey} />,
    },
    {
      key: 'simulation',
      label: t('designer.simTab'),
      render: () => (
        <SimulationPanel
          spec={spec}
          actor={session?.user.username ?? 'owner'}
          onActiveStatesChange={setSimulated}
          showDiagram={false}
        />
      ),
    },
  ];

  const header = (
    <Space wrap align="center">
      <Link to="/designer">
        <ArrowLeftOutlined /> {t('designer.edBack')}
      </Link>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="designer-title">
        {pickLabel(spec?.meta.title, lang, definitionKey)}
      </Typography.Title>
      <Typography.Text code>{definitionKey}</Typography.Text>
      {hasDraft && (
        <Tag color="orange" data-testid="designer-draft-badge">
          {t('designer.edDraftBadge')}
        </Tag>
      )}
      {basedOn !== null && <Tag data-testid="designer-based-on">{t('designer.edBasedOn', { version: basedOn })}</Tag>}
      <ModeSwitch mode={mode} onChange={changeMode} />
    </Space>
  );

  const toolbar = (
    <>
      <DesignerToolbar
        saveStatus={autosave.status}
        onSave={() => void autosave.flush().catch(() => undefined)}
        onPublish={() => void onPublish()}
        publishing={publish.isPending}
        hasDraft={hasDraft}
        canvasTools={mode === 'canvas'}
        extra={
          <>
            <ImportSpecButton
              definitionKey={definitionKey}
              onImported={(imported) => {
                store.setSpec(imported as unknown as WorkflowSpec);
                store.markSaved(imported as unknown as WorkflowSpec);
              }}
            />
            <ExportSpecButton definitionKey={definitionKey} spec={spec} />
          </>
        }
      />
      {autosave.error !== null && autosave.status === 'error' && (
        <ErrorAlert error={autosave.error} title={t('designer.edSaveFailed')} testId="designer-alert" />
      )}
      {publish.error && (
        <ErrorAlert error={publish.error} title={t('designer.edPublishFailed')} testId="designer-alert" />
      )}
    </>
  );

  return (
    <DesignerShell
      header={header}
      toolbar={toolbar}
      canvas={
        mode === 'simple' ? (
          <SimpleDesigner
            selection={simpleSelection}
            onSelect={selectSimple}
            onOpenCanvas={() => changeMode('canvas')}
          />
        ) : (
          <DesignerCanvas activePaths={simulated} />
        )
      }
      panels={panels}
      activePanel={panel}
      onPanelChange={setPanel}
    />
  );
}
