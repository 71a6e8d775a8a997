import { describe, expect, test } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDiagramRenderer, withUniqueIds, type MermaidRender } from '../../src/integrations/diagrams/renderer.ts';
import { GOOD, project } from '../support/diagram-project.ts';

/** A stand-in for Mermaid that counts its calls and returns a fixed SVG. */
function fakeMermaid() {
  const calls: string[][] = [];
  const render: MermaidRender = async (codes, { prefix }) => {
    calls.push(codes);
    return codes.map((_, i) => ({
      status: 'fulfilled' as const,
      value: {
        svg: `<svg id="${prefix}-${i}" aria-labelledby="chart-title-${prefix}-${i}"><title id="chart-title-${prefix}-${i}">Two boxes</title><style>.x{}</style></svg>`,
        title: 'Two boxes',
        description: 'A points to B.',
      },
    }));
  };
  return { render, calls };
}

const refuse: MermaidRender = () => {
  throw new Error('Chromium must not start on a cache hit');
};

describe('diagram cache', () => {
  test('a miss renders once and stores the SVG by content hash', async () => {
    const root = project({ 'a.mmd': GOOD });
    const mermaid = fakeMermaid();
    const [d] = await createDiagramRenderer({ root, render: mermaid.render }).renderAll([{ name: 'a', lang: 'en' }]);
    expect(mermaid.calls).toHaveLength(1);
    expect(d!.svg).not.toContain('<style');
    expect(readdirSync(join(root, '.cache/diagrams'))).toHaveLength(1);
  });

  test('a hit in a later build never starts the browser', async () => {
    const root = project({ 'a.mmd': GOOD });
    await createDiagramRenderer({ root, render: fakeMermaid().render }).render('a', 'en');
    const again = await createDiagramRenderer({ root, render: refuse }).render('a', 'en');
    expect(again.title).toBe('Two boxes');
  });

  test('an edited diagram misses the cache', async () => {
    const root = project({ 'a.mmd': GOOD });
    await createDiagramRenderer({ root, render: fakeMermaid().render }).render('a', 'en');
    writeFileSync(join(root, 'diagrams/a.mmd'), GOOD.replace('Child', 'Grandchild'));
    const mermaid = fakeMermaid();
    await createDiagramRenderer({ root, render: mermaid.render }).render('a', 'en');
    expect(mermaid.calls).toEqual([[GOOD.replace('Child', 'Grandchild')]]);
  });
});

describe('diagram checks', () => {
  const cases: [string, string, RegExp][] = [
    ['a missing accTitle', 'flowchart LR\n  accDescr: d\n  A-->B\n', /diagrams\/a\.mmd: add an "accTitle:" line/],
    ['a missing accDescr', 'flowchart LR\n  accTitle: t\n  A-->B\n', /diagrams\/a\.mmd: add an "accDescr:" line/],
    ['an unthemed kind', 'pie\n  accTitle: t\n  accDescr: d\n  "a": 1\n', /diagrams\/a\.mmd: diagram kind "pie" is not themed/],
  ];
  test.each(cases)('rejects %s before rendering', async (_, code, message) => {
    const root = project({ 'a.mmd': code });
    await expect(createDiagramRenderer({ root, render: refuse }).render('a', 'en')).rejects.toThrow(message);
  });

  test('rejects a diagram that does not exist, naming the file', async () => {
    const root = project({});
    await expect(createDiagramRenderer({ root, render: refuse }).render('nope', 'zh-cn')).rejects.toThrow(
      'diagrams/nope.zh-cn.mmd: no such diagram',
    );
  });
});

describe('withUniqueIds', () => {
  test('gives every id and reference of an embed the same fresh prefix', () => {
    const svg = '<svg id="DIAGRAMID" aria-labelledby="chart-title-DIAGRAMID"><title id="chart-title-DIAGRAMID"/></svg>';
    expect(withUniqueIds(svg, 'd7')).toBe('<svg id="d7" aria-labelledby="chart-title-d7"><title id="chart-title-d7"/></svg>');
  });
});
