/**
 * The handbook for language models, in the llms.txt format (a Markdown index with one link per
 * page) and a full-text variant with every glossary entry.
 * @module
 */
import { plainText } from './inline-markdown.ts';

/** A page as the index lists it. */
export interface LlmsPage {
  section: string;
  title: string;
  description: string;
  url: string;
}

/** A glossary entry as the full text gives it. */
export interface LlmsTerm {
  name: string;
  url: string;
  summary: string;
  /** More than the summary, if the entry has it (interface files and Docker flags have a summary only). */
  description?: string;
}

/**
 * The llms.txt index: the title, a one-line summary, then each section's pages.
 *
 * @example
 * llmsIndex('Handbook', 'How containers work.', [{ section: 'cgroups', title: 'cgroups', description: 'Control groups.', url: '/cgroups/' }], [])
 * // => '# Handbook\n\n> How containers work.\n\n## cgroups\n\n- [cgroups](/cgroups/): Control groups.\n'
 */
export function llmsIndex(title: string, summary: string, pages: readonly LlmsPage[], data: readonly LlmsPage[]): string {
  const sections = [...new Set(pages.map((p) => p.section))];
  const list = (items: readonly LlmsPage[]) => items.map((p) => `- [${p.title}](${p.url}): ${p.description}`).join('\n');
  const blocks = sections.map((s) => `## ${s}\n\n${list(pages.filter((p) => p.section === s))}`);
  if (data.length > 0) blocks.push(`## ${data[0]!.section}\n\n${list(data)}`);
  return `# ${title}\n\n> ${summary}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * The full text: the index, then every glossary entry with its link, summary and description.
 *
 * @example
 * llmsFull('# Handbook\n', [{ name: 'cgroup', url: '/cgroups/#cgroup', summary: 'A group.', description: 'A `group`.' }])
 * // => '# Handbook\n\n## Glossary\n\n### cgroup\n\nSource: /cgroups/#cgroup\n\nA group.\n\nA group.\n'
 * llmsFull('# Handbook\n', [{ name: 'memory.max (cgroup v2)', url: '/cgroups/controllers/#cgroup-v2-memory-max', summary: 'Hard limit.' }])
 * // => '# Handbook\n\n## Glossary\n\n### memory.max (cgroup v2)\n\nSource: /cgroups/controllers/#cgroup-v2-memory-max\n\nHard limit.\n'
 */
export function llmsFull(index: string, terms: readonly LlmsTerm[]): string {
  const entries = terms.map((t) => [`### ${t.name}`, `Source: ${t.url}`, t.summary, ...(t.description ? [plainText(t.description)] : [])].join('\n\n'));
  return `${index}\n## Glossary\n\n${entries.join('\n\n')}\n`;
}
