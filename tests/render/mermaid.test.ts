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
});

