import { describe, expect, test } from 'vitest';
import { checkSameSteps, parseSteps } from '../../src/integrations/diagrams/steps.ts';
import { optimizeSvg } from '../../src/integrations/diagrams/optimize.ts';
import { createDiagramRenderer, type MermaidRender } from '../../src/integrations/diagrams/renderer.ts';
import { minReadableWidth } from '../../src/integrations/diagrams/readable.ts';
import { project } from '../support/diagram-project.ts';

/** A flowchart as Mermaid draws it: two nodes and an edge with its label. */
const FLOWCHART = `<svg id="DIAGRAMID" viewBox="0 0 200 100"><title id="chart-title-DIAGRAMID">T</title>
<path id="DIAGRAMID-L_a_b_0" d="M0 0v9" class="flowchart-link"/>
<g class="edgeLabel"><g class="label" data-id="L_a_b_0"><text>calls</text></g></g>
<g id="DIAGRAMID-flowchart-a-0" class="node"><rect width="9" height="9"/></g><g id="DIAGRAMID-flowchart-b-1" class="node"><rect width="9" height="9"/></g></svg>`;

/** A sequence diagram: two messages, each a label (the second on two lines) and then its arrow. */
const SEQUENCE = `<svg id="DIAGRAMID" viewBox="0 0 200 100"><text class="messageText">one</text><line x1="0" x2="1" y1="5" y2="5"/>
<text class="messageText">two,</text><text class="messageText">second line</text><path d="M0 0h1"/></svg>`;

describe('parseSteps', () => {
  test('reads targets and captions from step comments', () => {
    expect(parseSteps('flowchart TB\n  %% step a, a->b: A calls B.\n%% step #2: Then two.\n  a --> b', 'x.mmd')).toEqual([
      { targets: ['a', 'a->b'], caption: 'A calls B.' },
      { targets: ['#2'], caption: 'Then two.' },
    ]);
  });

  const bad: [string, RegExp][] = [
    ['%% step a', /x\.mmd:1: write a step as/],
    ['%% step a b: two words', /x\.mmd:1: "a b" is not a step target/],
    ['%% step #0: zero', /"#0" is not a step target/],
  ];
  test.each(bad)('rejects %j', (line, message) => {
    expect(() => parseSteps(line, 'x.mmd')).toThrow(message);
  });

  test('ignores ordinary comments and diagrams without steps', () => {
    expect(parseSteps('flowchart TB\n%% a note\n  a --> b', 'x.mmd')).toEqual([]);
  });
});

describe('checkSameSteps', () => {
  const en = [{ targets: ['a'], caption: 'A' }];
  test('accepts the same targets with translated captions', () => {
    expect(() => checkSameSteps(en, [{ targets: ['a'], caption: '甲' }], 'x.zh-cn.mmd')).not.toThrow();
  });
  test('names the file when a translation lights something else or has another count', () => {
    expect(() => checkSameSteps(en, [{ targets: ['b'], caption: '乙' }], 'x.zh-cn.mmd')).toThrow(
      'x.zh-cn.mmd: step 1 highlights b, but the English file highlights a.',
    );
    expect(() => checkSameSteps(en, [], 'x.zh-cn.mmd')).toThrow('declares 0 steps, but the English file declares 1');
  });
});

describe('step targets in the SVG', () => {
  test('marks nodes, edges with their labels, and messages with their arrows', () => {
    const flow = optimizeSvg(FLOWCHART, [
      { targets: ['a'], caption: '' },
      { targets: ['a->b', 'b'], caption: '' },
    ]);
    expect(flow).toMatch(/id="DIAGRAMID-flowchart-a-0"[^>]*data-steps="1"|data-steps="1"[^>]*id="DIAGRAMID-flowchart-a-0"/);
    expect(flow.match(/data-steps="2"/g)).toHaveLength(3);
    const seq = optimizeSvg(SEQUENCE, [{ targets: ['#2'], caption: '' }]);
    expect(seq.match(/data-steps="1"/g)).toHaveLength(3);
    expect(seq).toMatch(/<path[^>]*data-steps="1"/);
  });

  test('a step naming a node or message the diagram lacks fails', () => {
    expect(() => optimizeSvg(FLOWCHART, [{ targets: ['c'], caption: '' }])).toThrow('step 1 names "c", which the diagram does not have');
    expect(() => optimizeSvg(SEQUENCE, [{ targets: ['#3'], caption: '' }])).toThrow('step 1 names "#3"');
  });

  test('a bad step reference fails the build, naming the file', async () => {
    const code = 'flowchart TB\n  accTitle: T\n  accDescr: D\n  %% step ghost: Nothing here.\n  a --> b\n';
    const root = project({ 'x.mmd': code, 'x.zh-cn.mmd': code });
    const render: MermaidRender = async (codes) => codes.map(() => ({ status: 'fulfilled' as const, value: { svg: FLOWCHART, title: 'T', description: 'D' } }));
    await expect(createDiagramRenderer({ root, render }).render('x', 'en')).rejects.toThrow(
      /diagrams\/x\.mmd: step 1 names "ghost", which the diagram does not have/,
    );
  });
});

describe('minReadableWidth', () => {
  test.each([
    ['<svg viewBox="0 0 800 300">', 460],
    ['<svg viewBox="-50 -10 1087 647">', 626],
    ['<svg>', 0],
  ] as const)('%s keeps labels at 9.2 px from %i px', (svg, width) => {
    expect(minReadableWidth(svg)).toBe(width);
  });
});
