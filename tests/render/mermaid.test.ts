import { describe, expect, test } from 'vitest';
import { createDiagramRenderer } from '../../src/integrations/diagrams/renderer.ts';
import { GOOD, project } from '../support/diagram-project.ts';

// The real renderer starts Chromium, so these tests run in their own Vitest project ("render").
describe('real Mermaid in Chromium', () => {
  test('renders themable SVG with its accessible name and no Mermaid styles, and names the file of a syntax error', async () => {
    const root = project({ 'good.mmd': GOOD, 'bad.mmd': GOOD.replace('-->', '-->>>') });
    const renderer = createDiagramRenderer({ root });
    const good = await renderer.render('good', 'en');
    expect(good.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(good.svg).toContain('<title id="chart-title-DIAGRAMID">Two boxes</title>');
    expect(good.svg).not.toMatch(/<style|data-points|<script/);
    expect(good.description).toBe('A points to B.');
    await expect(renderer.render('bad', 'en')).rejects.toThrow(/diagrams\/bad\.mmd: Mermaid could not render it: Parse error on line 4/);
  });

  const KINDS: [string, string][] = [
    ['sequence', 'sequenceDiagram\n  accTitle: Two calls\n  accDescr: A calls B twice.\n  %% step #2: The second call.\n  A->>B: first\n  A->>B: second\n'],
    ['timeline', 'timeline\n  accTitle: Two years\n  accDescr: Two events.\n  2013 : Docker 0.1\n  2016 : Docker 1.11\n'],
    ['state', 'stateDiagram-v2\n  accTitle: Two states\n  accDescr: Created, then running.\n  %% step running: It runs.\n  [*] --> created\n  created --> running\n'],
  ];
  test.each(KINDS)('renders a %s diagram without inline colours, its steps marked', async (kind, code) => {
    const root = project({ [`${kind}.mmd`]: code });
    const diagram = await createDiagramRenderer({ root }).render(kind, 'en');
    expect(diagram.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(diagram.svg).not.toMatch(/<style|(fill|stroke):#[0-9a-f]{3,6}/i);
    if (diagram.steps.length > 0) expect(diagram.svg).toContain('data-steps="1"');
  });
});
