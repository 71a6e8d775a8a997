import type { APIRoute, GetStaticPaths } from 'astro';
import { createDiagramRenderer, withUniqueIds } from '../../integrations/diagrams/renderer.ts';
import { listDiagramNames } from '../../integrations/diagrams/source.ts';
import { diagramStylesheet, standaloneSvg } from '../../integrations/diagrams/standalone.ts';

/** Every diagram at its natural size, in English: the "view full size" link of each figure. */
export const getStaticPaths = (() => listDiagramNames(process.cwd()).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const diagram = await createDiagramRenderer({ root: process.cwd() }).render(params['name']!, 'en');
  return new Response(standaloneSvg(withUniqueIds(diagram.svg, 'diagram'), diagramStylesheet(process.cwd())), {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
