/**
 * What a lab step needs from the machine, and whether a machine offers it. The lab test probes
 * the machine once (tests/labs/probe.ts) and asks `skipReason` for every step, so a step the
 * machine cannot run is reported as skipped with the reason, never passed in silence.
 * @module
 */

/** The cgroup layout, in systemd's words: v2 only, v1 with v2 beside it, v1 only, or none. */
export type CgroupLayout = 'unified' | 'hybrid' | 'legacy' | 'none';

/** One requirement, parsed. */
export type Requirement =
  | { kind: 'root' }
  /** A program on PATH. */
  | { kind: 'command'; name: string }
  /** The machine's cgroup layout. */
  | { kind: 'cgroup-layout'; layout: Exclude<CgroupLayout, 'none'> }
  /** cgroup v2 at /sys/fs/cgroup with this controller enabled for the root's children. */
  | { kind: 'cgroup-v2-controller'; name: string }
  /** A cgroup v1 hierarchy of this controller at /sys/fs/cgroup/<name>. */
  | { kind: 'cgroup-v1-controller'; name: string }
  /** An unprivileged user may create a user namespace. */
  | { kind: 'unprivileged-userns' }
  /** LXC can create and start a busybox container here. */
  | { kind: 'lxc-start' };

const ONE = String.raw`root|unprivileged-userns|lxc-start|cgroup-layout:(?:unified|hybrid|legacy)|command:[A-Za-z0-9_.+-]+|cgroup-v[12]-controller:[a-z_]+`;

/** The requirement strings a lab may use; `a|b` is met when either is. */
export const REQUIREMENT_PATTERN = new RegExp(`^(?:${ONE})(?:\\|(?:${ONE}))*$`);

/**
 * Parses one alternative of a requirement string.
 *
 * @example
 * parseRequirement('cgroup-v2-controller:memory') // => { kind: 'cgroup-v2-controller', name: 'memory' }
 * parseRequirement('root') // => { kind: 'root' }
 */
export function parseRequirement(text: string): Requirement {
  const [kind, arg = ''] = text.split(/:(.*)/s) as [string, string?];
  switch (kind) {
    case 'root':
    case 'unprivileged-userns':
    case 'lxc-start':
      return { kind };
    case 'command':
    case 'cgroup-v2-controller':
    case 'cgroup-v1-controller':
      return { kind, name: arg };
    case 'cgroup-layout':
      if (arg === 'unified' || arg === 'hybrid' || arg === 'legacy') return { kind, layout: arg };
  }
  throw new Error(`Unknown lab requirement "${text}"`);
}

/** What the probe found out about the machine. A string instead of `true` is why the answer is no. */
export interface MachineProbe {
  uid: number;
  /** The programs found on PATH (only those the labs ask about). */
  commands: ReadonlySet<string>;
  cgroupLayout: CgroupLayout;
  /** Controllers in /sys/fs/cgroup/cgroup.subtree_control, when /sys/fs/cgroup is cgroup v2. */
  v2Controllers: ReadonlySet<string>;
  /** Controllers with a v1 hierarchy at /sys/fs/cgroup/<controller>. */
  v1Controllers: ReadonlySet<string>;
  unprivilegedUserns: true | string;
  lxcStart: true | string;
}

const LAYOUT_NAMES: Record<CgroupLayout, string> = {
  unified: 'cgroup v2 only (unified)',
  hybrid: 'cgroup v1 with v2 at /sys/fs/cgroup/unified (hybrid)',
  legacy: 'cgroup v1 only (legacy)',
  none: 'no cgroup file system',
};

/** Why one alternative is not met, or undefined when it is. */
function unmet(req: Requirement, probe: MachineProbe): string | undefined {
  switch (req.kind) {
    case 'root':
      return probe.uid === 0 ? undefined : `needs root (running as uid ${probe.uid})`;
    case 'command':
      return probe.commands.has(req.name) ? undefined : `needs the ${req.name} command (not on PATH)`;
    case 'cgroup-layout':
      return probe.cgroupLayout === req.layout
        ? undefined
        : `needs a host with ${LAYOUT_NAMES[req.layout]}; this one has ${LAYOUT_NAMES[probe.cgroupLayout]}`;
    case 'cgroup-v2-controller':
      // One reason for all controllers, so that a step needing three says it once.
      if (probe.cgroupLayout !== 'unified') return `needs cgroup v2 at /sys/fs/cgroup; this host has ${LAYOUT_NAMES[probe.cgroupLayout]}`;
      return probe.v2Controllers.has(req.name)
        ? undefined
        : `needs the ${req.name} controller in /sys/fs/cgroup/cgroup.subtree_control`;
    case 'cgroup-v1-controller':
      return probe.v1Controllers.has(req.name) ? undefined : `needs a cgroup v1 ${req.name} hierarchy at /sys/fs/cgroup/${req.name}`;
    case 'unprivileged-userns':
      return probe.unprivilegedUserns === true ? undefined : `needs unprivileged user namespaces (${probe.unprivilegedUserns})`;
    case 'lxc-start':
      return probe.lxcStart === true ? undefined : `needs LXC able to start a container (${probe.lxcStart})`;
  }
}

/**
 * Why a step cannot run on this machine, or undefined when every requirement is met. Each
 * requirement may list alternatives (`a|b`); the reasons of all unmet ones are joined.
 *
 * @example
 * skipReason(['root', 'cgroup-v2-controller:memory', 'cgroup-v2-controller:cpu'], hybridProbe)
 * // => 'needs cgroup v2 at /sys/fs/cgroup; this host has cgroup v1 with v2 at /sys/fs/cgroup/unified (hybrid)'
 */
export function skipReason(requirements: readonly string[], probe: MachineProbe): string | undefined {
  const reasons = requirements.flatMap((text) => {
    const why = text.split('|').map((alt) => unmet(parseRequirement(alt), probe));
    return why.some((w) => w === undefined) ? [] : [why.join(', or ')];
  });
  return reasons.length > 0 ? [...new Set(reasons)].join('; ') : undefined;
}

/**
 * The programs the requirements name, for the probe to look up.
 *
 * @example
 * commandsNamed(['root', 'command:ip|command:busybox']) // => ['ip', 'busybox']
 */
export function commandsNamed(requirements: readonly string[]): string[] {
  const names = requirements.flatMap((text) => text.split('|')).flatMap((alt) => {
    const req = parseRequirement(alt);
    return req.kind === 'command' ? [req.name] : [];
  });
  return [...new Set(names)];
}
