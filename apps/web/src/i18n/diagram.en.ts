// Instance diagram labels, English; typed from zh-CN so a missing key fails the type-check.
import type { Messages } from './zh-CN';

export const diagramEn: Messages['diagram'] = {
  show: 'Show diagram',
  hide: 'Hide diagram',
  steps: 'Progress',
  stepDone: 'Done',
  stepCurrent: 'Current',
  minimap: 'Minimap',
  fit: 'Whole flow',
  current: 'Current step',
};
