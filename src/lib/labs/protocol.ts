/**
 * How the lab test talks to the one shell a lab runs in, as a reader would type into one
 * terminal: each step is sent as a block, followed by a marker line with its exit status and
 * the lab's variables, which tells the test where the step's output ends.
 * @module
 */

/** A step's outcome, read back from the shell. */
export interface StepResult {
  /** stdout and stderr, interleaved as printed. */
  output: string;
  status: number;
  /** The lab's variables after the step (empty string when unset). */
  vars: Record<string, string>;
}

/** Shell variable names, for interpolation into the wrapper. */
const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The text sent to the shell for one step. The step's stdin is /dev/null, so a command that
 * reads its input cannot swallow the steps after it; stderr joins stdout so the two stay in order.
 *
 * @example
 * wrapStep('hostname', 'M1', ['LAB'])
 * // => '{\nhostname\n} </dev/null 2>&1\n__lab_status=$?\nprintf \'\\n%s status %s\\n\' M1 "$__lab_status"\n…'
 */
export function wrapStep(commands: string, marker: string, vars: readonly string[]): string {
  if (!/^[A-Za-z0-9_]+$/.test(marker)) throw new Error(`A marker is letters, digits and underscores: "${marker}"`);
  const bad = vars.find((v) => !VAR_NAME.test(v));
  if (bad !== undefined) throw new Error(`Not a shell variable name: "${bad}"`);
  const varLines = vars.map((v) => `printf '%s=%s\\n' ${v} "\${${v}-}"`);
  return [
    '{',
    commands,
    '} </dev/null 2>&1',
    '__lab_status=$?',
    `printf '\\n%s status %s\\n' ${marker} "$__lab_status"`,
    ...varLines,
    `printf '%s end\\n' ${marker}`,
    '',
  ].join('\n');
}

/**
 * Reads a step's result from what the shell printed so far, or undefined while the end marker
 * has not arrived. `rest` is whatever followed the marker.
 *
 * @example
 * readStepResult('vm\n\nM1 status 0\nLAB=/tmp/lab.x\nM1 end\n', 'M1')
 * // => { output: 'vm\n', status: 0, vars: { LAB: '/tmp/lab.x' }, rest: '' }
 */
export function readStepResult(buffer: string, marker: string): (StepResult & { rest: string }) | undefined {
  const end = buffer.indexOf(`${marker} end\n`);
  if (end < 0) return undefined;
  const head = `\n${marker} status `;
  const start = buffer.lastIndexOf(head, end);
  if (start < 0) throw new Error(`The shell printed "${marker} end" without a status line`);
  const [statusLine = '', ...varLines] = buffer.slice(start + head.length, end).split('\n');
  const vars = Object.fromEntries(
    varLines.filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { output: buffer.slice(0, start), status: Number(statusLine), vars, rest: buffer.slice(end + marker.length + 5) };
}
