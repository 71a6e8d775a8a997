/**
 * Every Chinese text of the site, read from its source, with the file it comes from: the data's
 * 'zh-cn' fields, the Chinese pages, the UI strings, the Chinese diagrams and the tools' messages.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cloneRules, dockerResourceFlags, historyEvents, terms } from '../../src/data/index.ts';
import { SECTIONS } from '../../src/data/sections.ts';
import { proseOfMdx, withoutInlineCode } from '../../src/lib/zh-style.ts';
import { pageSources, readPage } from './mdx.ts';

/** One Chinese text and where it is written. */
export interface ZhText {
  /** The file, relative to the project, and inside it the entry and field. */
  where: string;
  /** The text to check (code removed). */
  text: string;
  /** Markdown whose line breaks matter (pages); data texts are single strings. */
  markdown?: boolean;
}

const ROOT = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The data file that declares each entry, found by its `id: '…'` or `flag: '…'`. */
function declaringFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const path of filesUnder(join(ROOT, 'src/data')).filter((p) => p.endsWith('.ts'))) {
    for (const m of readFileSync(path, 'utf8').matchAll(/^\s*(?:id|flag): '([^']+)'/gm)) {
      if (!files.has(m[1]!)) files.set(m[1]!, relative(ROOT, path));
    }
  }
  return files;
}

/**
 * Strings under 'zh-cn' keys anywhere in a value, with their path. Aliases are left out on
 * purpose: they list what readers type into search, off-table variants included.
 */
export function zhFields(value: unknown, path = ''): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => zhFields(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === 'aliases') return [];
    const at = path ? `${path}.${key}` : key;
    return key === 'zh-cn' ? allStrings(v, path) : zhFields(v, at);
  });
}

/** Every string inside a value (a 'zh-cn' text, list or table of messages), with its path. */
function allStrings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => allStrings(v, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`));
}

function dataTexts(): ZhText[] {
  const files = declaringFiles();
  const entries: { key: string; value: unknown }[] = [
    ...terms.map((t) => ({ key: t.id, value: t })),
    ...cloneRules.map((r) => ({ key: r.id, value: r })),
    ...dockerResourceFlags.map((f) => ({ key: f.flag, value: f })),
    ...historyEvents.map((e) => ({ key: e.id, value: e })),
  ];
  const data = entries.flatMap(({ key, value }) =>
    zhFields(value).map((f) => ({ where: `${files.get(key) ?? 'src/data'} (${key}) ${f.path}`, text: withoutInlineCode(f.text) })),
  );
  const sections = zhFields(SECTIONS).map((f) => ({ where: `src/data/sections.ts ${f.path}`, text: withoutInlineCode(f.text) }));
  return [...data, ...sections];
}

function pageTexts(): ZhText[] {
  return pageSources()
    .filter((rel) => rel.startsWith('zh-cn/'))
    .map((rel) => ({ where: `docs/${rel}`, text: proseOfMdx(readPage(rel)), markdown: true }));
}

function uiTexts(): ZhText[] {
  const strings = JSON.parse(readFileSync(join(ROOT, 'src/content/i18n/zh-CN.json'), 'utf8')) as Record<string, string>;
  return Object.entries(strings).map(([key, text]) => ({ where: `src/content/i18n/zh-CN.json ${key}`, text }));
}

function diagramTexts(): ZhText[] {
  return readdirSync(join(ROOT, 'diagrams'))
    .filter((name) => name.endsWith('.zh-cn.mmd'))
    .map((name) => ({ where: `diagrams/${name}`, text: readFileSync(join(ROOT, 'diagrams', name), 'utf8') }));
}

const messageModules = import.meta.glob<Record<string, unknown>>('../../src/lib/*/messages.ts', { eager: true });

function messageTexts(): ZhText[] {
  return Object.entries(messageModules).flatMap(([key, module]) => {
    const file = key.replace(/^(\.\.\/)+/, '');
    return Object.entries(module).flatMap(([name, value]) =>
      zhFields(value).map((f) => ({ where: `${file} ${name}.${f.path}`, text: f.text })),
    );
  });
}

/** Every Chinese text of the site, by kind. */
export function zhTexts(): Record<'data' | 'pages' | 'ui' | 'diagrams' | 'messages', ZhText[]> {
  return { data: dataTexts(), pages: pageTexts(), ui: uiTexts(), diagrams: diagramTexts(), messages: messageTexts() };
}
