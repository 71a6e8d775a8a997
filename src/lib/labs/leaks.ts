/**
 * Checking that a lab left the machine as it found it: the test lists what a lab could leave
 * behind (network namespaces, host network links, mounts, top-level cgroups, LXC locks,
 * scratch directories) before the lab and after its cleanup, and compares the lists.
 * @module
 */

/** Lists of names by kind: `{ netns: ['lab.x1-a'], mounts: ['/', '/proc'] }`. */
export type MachineState = Readonly<Record<string, readonly string[]>>;

/**
 * What appeared or disappeared between two states, one line per entry, `+` for left behind
 * and `-` for removed; empty when nothing changed.
 *
 * @example
 * stateChanges({ netns: [], links: ['lo', 'eth0'] }, { netns: ['lab.x1-a'], links: ['lo'] })
 * // => ['netns: + lab.x1-a', 'links: - eth0']
 */
export function stateChanges(before: MachineState, after: MachineState): string[] {
  const kinds = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return kinds.flatMap((kind) => {
    const [was, now] = [new Set(before[kind] ?? []), new Set(after[kind] ?? [])];
    return [
      ...[...now].filter((e) => !was.has(e)).map((e) => `${kind}: + ${e}`),
      ...[...was].filter((e) => !now.has(e)).map((e) => `${kind}: - ${e}`),
    ];
  });
}
