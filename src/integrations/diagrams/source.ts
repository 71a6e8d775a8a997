/**
 * Finding and checking Mermaid sources. A diagram named `home-stack` is
 * `diagrams/home-stack.mmd` (English) beside `diagrams/home-stack.zh-cn.mmd` (简体中文).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGRAMS_DIR, SUPPORTED_KINDS } from './config.ts';

import type { Lang } from '../../i18n/lang.ts';

export interface DiagramSource {
  name: string;
  lang: Lang;
  /** Path relative to the project root, for error messages. */
  file: string;
  code: string;
}

/** The file that holds a diagram in one language, relative to the project root. */
export function diagramFile(name: string, lang: Lang): string {
  return join(DIAGRAMS_DIR, lang === 'en' ? `${name}.mmd` : `${name}.${lang}.mmd`);
}

/** Reads one diagram; throws a message naming the file when it is missing or malformed. */
export function readDiagram(root: string, name: string, lang: Lang): DiagramSource {
  const file = diagramFile(name, lang);
  const path = join(root, file);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`Diagram name "${name}" must be lowercase letters, digits and hyphens.`);
  }
  if (!existsSync(path)) throw new Error(`${file}: no such diagram (needed for <Diagram name="${name}">).`);
  const source = { name, lang, file, code: readFileSync(path, 'utf8') };
  checkDiagram(source);
  return source;
}

/** Every diagram name under diagrams/ (the English files define the set). */
export function listDiagramNames(root: string): string[] {
  return readdirSync(join(root, DIAGRAMS_DIR))
    .filter((f) => /^[^.]+\.mmd$/.test(f))
    .map((f) => f.replace(/\.mmd$/, ''))
    .sort();
}

/**
 * Rules Mermaid itself does not enforce: a supported kind, and an accessible name and
 * description, since an inline SVG without them is an image with no alt text.
 */
export function checkDiagram({ file, code }: DiagramSource): void {
  const body = code.replace(/^%%.*$/gm, '').trim();
  const kind = body.split(/\s/, 1)[0] ?? '';
  if (!(SUPPORTED_KINDS as readonly string[]).includes(kind)) {
    throw new Error(
      `${file}: diagram kind "${kind}" is not themed by the site; use one of ${SUPPORTED_KINDS.join(', ')}.`,
    );
  }
  for (const key of ['accTitle', 'accDescr']) {
    if (!new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(body)) {
      throw new Error(`${file}: add an "${key}:" line; it is the diagram's accessible ${key === 'accTitle' ? 'name' : 'description'}.`);
    }
  }
}
