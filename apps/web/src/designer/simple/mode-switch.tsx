// 简单 / 画布: which designer edits the definition (both edit the same JSON); remembered per browser.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

export type DesignerMode = 'simple' | 'canvas';

const STORAGE_KEY = 'liucheng.designerMode';

/** The mode to open with: `?mode=` wins, then the last one chosen, then the canvas. */
export function initialDesignerMode(search: string): DesignerMode {
  const asked = new URLSearchParams(search).get('mode');
  if (asked === 'simple' || asked === 'canvas') return asked;
  try {
    return localStorage.getItem(STORAGE_KEY) === 'simple' ? 'simple' : 'canvas';
  } catch {
    return 'canvas';
  }
}

export function rememberDesignerMode(mode: DesignerMode): void {
  try {
    localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // private windows may refuse storage; the mode then lasts for the page only
  }
}

export function ModeSwitch({ mode, onChange }: { mode: DesignerMode; onChange: (mode: DesignerMode) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented<DesignerMode>
      data-testid="designer-mode"
      aria-label={t('simple.modeLabel')}
      value={mode}
      onChange={onChange}
      options={[
        { value: 'simple', label: <span data-testid="designer-mode-simple">{t('simple.modeSimple')}</span> },
        { value: 'canvas', label: <span data-testid="designer-mode-canvas">{t('simple.modeCanvas')}</span> },
      ]}
    />
  );
}
