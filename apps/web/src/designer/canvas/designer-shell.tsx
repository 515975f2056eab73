// The designer's frame: a toolbar on top, the canvas, and a right-hand panel of tabs listed by the page.
import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import type { DesignerPanel } from './designer-panel.types';

export interface DesignerShellProps {
  header: ReactNode;
  toolbar: ReactNode;
  canvas: ReactNode;
  /** Right-hand tabs in order (properties, problems, versions, try it, ...). */
  panels: DesignerPanel[];
  activePanel: string;
  onPanelChange: (key: string) => void;
}

/** Full-width below the app header (the layout's content column is narrower than a canvas wants). */
export function DesignerShell({ header, toolbar, canvas, panels, activePanel, onPanelChange }: DesignerShellProps) {
  return (
    <div
      data-testid="designer-shell"
      style={{
        width: 'calc(100vw - 32px)',
        marginLeft: 'calc((100% - 100vw) / 2 + 16px)',
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
      }}
    >
      {header}
      {toolbar}
      <div style={{ display: 'flex', gap: 12, height: 'calc(100vh - 200px)', minHeight: 480 }}>
        <div
          data-testid="designer-canvas"
          style={{ flex: 1, minWidth: 0, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}
        >
          {canvas}
        </div>
        <div
          style={{
            width: 400,
            flexShrink: 0,
            overflow: 'auto',
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            background: '#fff',
            padding: '0 12px 12px',
          }}
        >
          <Tabs
            activeKey={activePanel}
            onChange={onPanelChange}
            items={panels.map((panel) => ({ key: panel.key, label: panel.label, children: panel.render() }))}
          />
        </div>
      </div>
    </div>
  );
}
