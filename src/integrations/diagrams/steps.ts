/**
 * Step-through ("runnable") diagrams. A Mermaid source declares its steps in comments, one per
 * line, in reading order:
 *
 *     %% step cli, cli->d: The docker CLI sends the request to dockerd.
 *     %% step #3, #4: containerd asks the shim to start the container.
 *
 * Before the colon, what the step highlights: a flowchart node id (`cli`), a flowchart edge
 * (`cli->d`), a state (`running`) or a sequence-diagram message by its number in the source
 * (`#3`). After it, the caption in the file's language. The English and Chinese files of a
 * diagram declare the same steps with the same targets; only the captions differ.
 */

/** One step of a diagram. */
export interface DiagramStep {
  /** What it highlights, as written in the source. */
  targets: string[];
  /** The caption, in the language of the file. */
  caption: string;
}

const STEP_LINE = /^\s*%%\s*step\s+([^:]+?)\s*:\s*(.+?)\s*$/;
const TARGET = /^(#[1-9]\d*|[A-Za-z_][\w-]*(->[A-Za-z_][\w-]*)?)$/;

/**
 * The steps a Mermaid source declares, or throws naming the file and the line.
 *
 * @example
 * parseSteps('flowchart TB\n%% step a, a->b: A starts.\n  a --> b', 'x.mmd')
 * // => [{ targets: ['a', 'a->b'], caption: 'A starts.' }]
 */
export function parseSteps(code: string, file: string): DiagramStep[] {
  const steps: DiagramStep[] = [];
  code.split('\n').forEach((line, index) => {
    if (!/^\s*%%\s*step\b/.test(line)) return;
    const match = STEP_LINE.exec(line);
    if (!match) throw new Error(`${file}:${index + 1}: write a step as "%% step <targets>: <caption>".`);
    const targets = match[1]!.split(',').map((t) => t.trim());
    const bad = targets.find((t) => !TARGET.test(t));
    if (bad !== undefined) {
      throw new Error(`${file}:${index + 1}: "${bad}" is not a step target (a node id, an edge a->b, or a message number #n).`);
    }
    steps.push({ targets, caption: match[2]! });
  });
  return steps;
}

/**
 * Checks that two language versions of a diagram declare the same steps, or throws.
 *
 * @example
 * checkSameSteps([{ targets: ['a'], caption: 'A' }], [{ targets: ['b'], caption: '甲' }], 'x.zh-cn.mmd')
 * // throws: x.zh-cn.mmd: step 1 highlights b, but the English file highlights a.
 */
export function checkSameSteps(english: readonly DiagramStep[], other: readonly DiagramStep[], otherFile: string): void {
  if (english.length !== other.length) {
    throw new Error(`${otherFile}: declares ${other.length} steps, but the English file declares ${english.length}.`);
  }
  english.forEach((step, i) => {
    const [a, b] = [step.targets.join(', '), other[i]!.targets.join(', ')];
    if (a !== b) throw new Error(`${otherFile}: step ${i + 1} highlights ${b}, but the English file highlights ${a}.`);
  });
}

/** The element id Mermaid gives a flowchart node or state, and a flowchart edge, minus the embed prefix. */
export function targetPattern(target: string): RegExp | number {
  if (target.startsWith('#')) return Number(target.slice(1));
  const edge = /^(.+)->(.+)$/.exec(target);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (edge) return new RegExp(`^DIAGRAMID-L_${escape(edge[1]!)}_${escape(edge[2]!)}_\\d+$`);
  return new RegExp(`^DIAGRAMID-(flowchart|state)-${escape(target)}-\\d+$`);
}
