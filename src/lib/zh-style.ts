/**
 * Checks of the Chinese house style (`shared/guides/zh-style.md`) over plain text: off-table
 * term variants, half-width punctuation after Chinese, spaces after full-width punctuation and
 * hard-wrapped paragraphs. Each check returns its findings; an empty list means the text passes.
 * @module
 */

/** One row of the term table, as the variant check needs it (see src/i18n/zh-terms.ts). */
export interface TermRule {
  /** The word to use. */
  zh: string;
  /** Words that must not appear. */
  avoid: readonly string[];
  /** Phrases in which an avoided word is still right; each contains the word. */
  allowIn: readonly string[];
  /** How to choose, shown with the finding. */
  note?: string | undefined;
}

/** A place in a text that breaks a rule. */
export interface StyleFinding {
  /** What was found: the variant, or the mark with the character before it. */
  found: string;
  /** What to write instead, or which rule it breaks. */
  hint: string;
  /** The finding with a few characters either side, on one line. */
  excerpt: string;
}

const HAN = /\p{Script=Han}/u;
/** What code spans are replaced with: neither Chinese nor punctuation. */
const CODE = '⟨code⟩';
/** What inline components such as `<TermLink />` are replaced with: they render a name. */
const TAG = '⟨tag⟩';
/** Full-width punctuation that ends or joins Chinese clauses. */
const FULL_WIDTH = '，。、；：？！（）“”‘’《》「」';

function excerpt(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 12), end + 12).replace(/\s*\n\s*/g, ' ⏎ ');
}

function allIndexes(text: string, word: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) found.push(i);
  return found;
}

/** Whether the occurrence of `word` at `at` lies inside an occurrence of `phrase`. */
function insidePhrase(text: string, at: number, word: string, phrase: string): boolean {
  return allIndexes(phrase, word).some((offset) => text.startsWith(phrase, at - offset));
}

/**
 * Off-table variants of the term table in a text, in the order of the table.
 *
 * @example
 * offTableVariants('父控制组与 cgroup（控制组）', [{ zh: 'cgroup', avoid: ['控制组'], allowIn: ['cgroup（控制组）'] }])
 * // => [{ found: '控制组', hint: 'use cgroup', excerpt: '父控制组与 cgroup（控制组）' }]
 */
export function offTableVariants(text: string, table: readonly TermRule[]): StyleFinding[] {
  return table.flatMap((row) =>
    row.avoid.flatMap((word) =>
      allIndexes(text, word)
        .filter((at) => !row.allowIn.some((phrase) => insidePhrase(text, at, word, phrase)))
        .map((at) => ({ found: word, hint: `use ${row.zh}${row.note ? ` (${row.note})` : ''}`, excerpt: excerpt(text, at, at + word.length) })),
    ),
  );
}

/**
 * Half-width `,` `:` `;` `(` `)` right after a Chinese character: Chinese text takes the
 * full-width marks ，：；（）.
 *
 * @example
 * halfWidthAfterHan('又称: netns, 网络(隔离)') // => [{ found: '称:', … }, { found: '络(', … }, { found: '离)', … }]
 */
export function halfWidthAfterHan(text: string): StyleFinding[] {
  return [...text.matchAll(/\p{Script=Han}[,:;()]/gu)].map((m) => ({
    found: m[0],
    hint: 'full-width punctuation after Chinese: ，：；（）',
    excerpt: excerpt(text, m.index, m.index + 2),
  }));
}

/**
 * A space after full-width punctuation inside a line (the mark already carries its own space).
 * A space before a table's `|` or at the end of a line is not counted.
 *
 * @example
 * spaceAfterFullWidth('无效。 你是不是想输入 CLONE_NEWPID？') // => [{ found: '。 ', … }]
 * spaceAfterFullWidth('| 无效。 |') // => []
 */
export function spaceAfterFullWidth(text: string): StyleFinding[] {
  return [...text.matchAll(new RegExp(`[${FULL_WIDTH}][ \\t\\u3000]+(?=[^\\s|])`, 'gu'))].map((m) => ({
    found: m[0],
    hint: 'no space after full-width punctuation',
    excerpt: excerpt(text, m.index, m.index + m[0].length),
  }));
}

/** Lines that start a new Markdown block rather than continue a paragraph. */
const BLOCK_START = /^\s*(?:[-*+>|#<:]|\d+[.)]\s|```|import\s|$)/;
/** A line that cannot be the start of a wrapped paragraph: a heading, a table row, a tag. */
const NOT_PARAGRAPH = /^\s*(?:[#|<:]|```|import\s)/;
const ENDS_CHINESE = new RegExp(`(?:\\p{Script=Han}|[${FULL_WIDTH}])\\s*$`, 'u');

/**
 * Hard-wrapped Chinese paragraphs in Markdown: a line ending in Chinese (a character or a
 * full-width mark) followed by a line of the same paragraph. The line break renders as a space
 * between the two Chinese characters. Fenced code is skipped.
 *
 * @example
 * hardWraps('虚拟机之间，\n每个客户机都有自己的内核。') // => [{ found: '，⏎每', … }]
 * hardWraps('第一段。\n\n第二段。') // => []
 */
export function hardWraps(markdown: string): StyleFinding[] {
  const lines = markdown.split('\n');
  const findings: StyleFinding[] = [];
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const next = lines[i + 1];
    if (inFence || next === undefined || NOT_PARAGRAPH.test(line) || BLOCK_START.test(next)) return;
    if (!ENDS_CHINESE.test(line)) return;
    const last = line.trimEnd().slice(-1);
    const first = next.trimStart().charAt(0);
    findings.push({ found: `${last}⏎${first}`, hint: 'one paragraph, one line', excerpt: `${line.trimEnd().slice(-14)} ⏎ ${next.trim().slice(0, 14)}` });
  });
  return findings;
}

/**
 * The prose of an MDX page, for the checks above: front-matter values stay (titles and
 * descriptions are read, one field per paragraph), inline code becomes `⟨code⟩` and an inline
 * component `⟨tag⟩`, while imports, fenced code, block components, comments and link targets go. Line breaks are kept, so `hardWraps` still sees paragraphs.
 *
 * @example
 * proseOfMdx('---\ntitle: 容器\n---\nimport X from "x";\n\n用 `unshare -m` 创建，见 [手册](/x/)，<X id="a" />。')
 * // => 'title: 容器\n\n\n用 ⟨code⟩ 创建，见 [手册]，⟨tag⟩。'
 */
export function proseOfMdx(source: string): string {
  return source
    .replace(/^---\n([\s\S]*?)\n---\n/, (_, fields: string) => `${fields.replaceAll('\n', '\n\n')}\n`)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^import .*$/gm, '')
    .replace(/^[ \t]*```[\s\S]*?^[ \t]*```.*$/gm, (block) => '\n'.repeat(block.split('\n').length - 1))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]+`/g, CODE)
    .replace(/^[ \t]*(?:<\/?[A-Za-z][^>]*>[ \t]*)+$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, TAG)
    .replace(/\]\([^)\s]*\)/g, ']');
}

/**
 * A text with each Markdown code span replaced by `⟨code⟩`, for the data's inline Markdown: the
 * code is not Chinese text, but the punctuation around it is.
 *
 * @example
 * withoutInlineCode('写入 `memory.max`，再读 `memory.current`。') // => '写入 ⟨code⟩，再读 ⟨code⟩。'
 */
export function withoutInlineCode(text: string): string {
  return text.replace(/`[^`]+`/g, CODE);
}

/** Whether a text contains Chinese characters at all. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
