// The designer page's extension points: tabs in the right-hand panel and buttons in the toolbar.
import type { ReactNode } from 'react';

/** One tab of the right-hand panel (inspector, problems, versions, try-it, ...). */
export interface DesignerPanel {
  key: string;
  /** Already translated tab label. */
  label: ReactNode;
  render: () => ReactNode;
}
