import { highlightCss } from './highlight-css';

describe('highlightCss', () => {
  it('scopes one rule per highlighted node and edge, edges by transition prefix', () => {
    const css = highlightCss('diff-after', {
      nodes: { directorApproval: 'added', 'settlement.financeCheck': 'changed' },
      edges: { 'leaderApproval|on|APPROVE|1': 'changed' },
    });
    expect(css.split('\n')).toEqual([
      '.diff-after .react-flow__node[data-id="directorApproval"]{outline:3px solid #52c41a;outline-offset:2px;border-radius:8px;box-shadow:0 0 0 6px #52c41a33}',
      '.diff-after .react-flow__node[data-id="settlement.financeCheck"]{outline:3px solid #fa8c16;outline-offset:2px;border-radius:8px;box-shadow:0 0 0 6px #fa8c1633}',
      '.diff-after .react-flow__edge[data-id^="leaderApproval|on|APPROVE|1|"] .react-flow__edge-path{stroke:#fa8c16 !important;stroke-width:3px !important}',
    ]);
  });

  it.each([
    ['a "quoted" name', '"a \\"quoted\\" name"'],
    ['back\\slash', '"back\\\\slash"'],
  ])('escapes %s inside the attribute selector', (path, literal) => {
    expect(highlightCss('s', { nodes: { [path]: 'removed' }, edges: {} })).toContain(`[data-id=${literal}]`);
  });

  it('is empty without highlights', () => {
    expect(highlightCss('s', { nodes: {}, edges: {} })).toBe('');
  });
});
