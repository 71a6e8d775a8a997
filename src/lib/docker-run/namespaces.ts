/**
 * Which namespaces a `docker run` gives the container, and why: moby's `WithNamespaces`
 * (daemon/oci_linux.go), its defaults (daemon/daemon_unix.go `adaptContainerSettings`,
 * daemon/config/config_linux.go) and its default spec (daemon/pkg/oci/defaults.go), all at
 * docker-v29.7.2, plus the mode checks of docker/cli v29.7.2 (cli/command/container/opts.go).
 * @module
 */
import type { WeightFormula } from '../cgroup-limits/weights.ts';
import { allValues, flagIsOn, lastValue, type ParsedRun } from './parse.ts';

/** The eight namespace types, by their OCI runtime-spec names, in the order namespaces(7) lists them. */
export const NAMESPACE_KINDS = ['cgroup', 'ipc', 'network', 'mount', 'pid', 'time', 'user', 'uts'] as const;
export type NamespaceKind = (typeof NAMESPACE_KINDS)[number];

/** What the daemon is configured with, which a command line cannot show. */
export interface DaemonOptions {
  /** The host's cgroup version; it decides the default cgroup namespace. */
  cgroupVersion: 1 | 2;
  /** dockerd `--userns-remap`: containers get a user namespace. */
  usernsRemap: boolean;
  /** dockerd `--default-ipc-mode` (`private` since Docker 20.10). */
  defaultIpcMode: 'private' | 'shareable';
  /** dockerd `--default-cgroupns-mode`; unset, `private` on cgroup v2 hosts and `host` on v1. */
  defaultCgroupnsMode?: 'private' | 'host';
  /** Docker Engine 29.5+ on Linux 5.6+ gives each container a time namespace; older engines or kernels none. */
  timeNamespace: boolean;
  /** The runtime's cpu.shares → cpu.weight formula, for cgroup v2 files. */
  formula: WeightFormula;
}

/** A current Docker Engine on a current kernel with cgroup v2, and no remapping. */
export const DEFAULT_DAEMON: DaemonOptions = {
  cgroupVersion: 2,
  usernsRemap: false,
  defaultIpcMode: 'private',
  timeNamespace: true,
  formula: 'quadratic',
};

/** `new`: a namespace of its own; `none`: of its own and left empty (no network but loopback, no /dev/shm). */
export type NamespaceMode = 'new' | 'host' | 'none' | { container: string };

/** Why a namespace is what it is; localized by messages.ts. */
export type NamespaceReason =
  | { code: 'option'; flag: string; value: string }
  | { code: 'always-new' }
  | { code: 'default-new' }
  | { code: 'daemon-ipc'; mode: 'private' | 'shareable' }
  | { code: 'daemon-cgroupns'; mode: 'private' | 'host'; cgroupVersion: 1 | 2 }
  | { code: 'privileged-cgroup-v1' }
  | { code: 'userns-remap' }
  | { code: 'no-userns-remap' }
  | { code: 'userns-joined'; container: string }
  | { code: 'time-private' }
  | { code: 'time-host' };

export interface NamespaceState {
  kind: NamespaceKind;
  state: NamespaceMode;
  reason: NamespaceReason;
}

export type NamespaceError =
  | { code: 'bad-mode'; flag: string; value: string; allowed: string }
  | { code: 'conflicting-networks'; flag: string; value: string }
  | { code: 'userns-conflict'; flag: string; value: string };

/** The values each namespace option accepts, for messages. */
export const NAMESPACE_MODES: Readonly<Record<string, string>> = {
  '--pid': 'host, container:<name|id>',
  '--uts': 'host',
  '--userns': 'host',
  '--cgroupns': 'host, private',
  '--ipc': 'private, shareable, none, host, container:<name|id>',
  '--network': 'bridge, host, none, container:<name|id>, <network name>',
};

/** The network a `--network` value names, long syntax (`name=mynet,alias=web`) included (docker/cli opts/network.go). */
function networkTarget(value: string): string {
  if (!/\w+=\w+/.test(value)) return value;
  const name = value.toLowerCase().split(',').map((f) => f.split('=')).find(([k]) => k?.trim() === 'name');
  return name?.[1]?.trim() ?? '';
}

type ModeOf = (value: string) => NamespaceMode | undefined;

/** Modes named by fixed words; `container:<x>` is handled by `chosen`. */
const words =
  (modes: Record<string, NamespaceMode>): ModeOf =>
  (value) =>
    Object.hasOwn(modes, value) ? modes[value] : undefined;

/** Every value other than host and none names a network of the container's own (bridge, a user-defined network). */
const networkMode: ModeOf = (value) => (value === 'host' ? 'host' : value === 'none' ? 'none' : value ? 'new' : undefined);

/** Options that can join another container's namespace (moby's PidMode, IpcMode, NetworkMode; not UTS, user or cgroup). */
const JOINABLE = new Set(['--pid', '--ipc', '--network']);

/** A namespace chosen by an option: `container:<name>` or one of the option's values. */
function chosen(kind: NamespaceKind, flag: string, value: string, modeOf: ModeOf): NamespaceState | NamespaceError {
  const container = JOINABLE.has(flag) && value.startsWith('container:') ? value.slice('container:'.length) : undefined;
  const state = container === undefined ? modeOf(value) : container ? { container } : undefined;
  if (state === undefined) return { code: 'bad-mode', flag, value, allowed: NAMESPACE_MODES[flag]! };
  return { kind, state, reason: { code: 'option', flag, value } };
}

/** The cgroup namespace without --cgroupns (daemon_unix.go: privileged containers stay in the host's on cgroup v1). */
function defaultCgroupns(privileged: boolean, daemon: DaemonOptions): NamespaceState {
  if (privileged && daemon.cgroupVersion === 1) return { kind: 'cgroup', state: 'host', reason: { code: 'privileged-cgroup-v1' } };
  const mode = daemon.defaultCgroupnsMode ?? (daemon.cgroupVersion === 2 ? 'private' : 'host');
  return { kind: 'cgroup', state: mode === 'private' ? 'new' : 'host', reason: { code: 'daemon-cgroupns', mode, cgroupVersion: daemon.cgroupVersion } };
}

/**
 * The eight namespaces of the container, in NAMESPACE_KINDS order.
 *
 * @example
 * containerNamespaces(parsed('docker run --pid=host nginx'), DEFAULT_DAEMON)
 * // => [{ kind: 'cgroup', state: 'new', reason: { code: 'daemon-cgroupns', … } }, …,
 * //     { kind: 'pid', state: 'host', reason: { code: 'option', flag: '--pid', value: 'host' } }, …]
 */
export function containerNamespaces(run: ParsedRun, daemon: DaemonOptions): NamespaceState[] | NamespaceError {
  const privileged = flagIsOn(run, '--privileged');
  const states: Partial<Record<NamespaceKind, NamespaceState | NamespaceError>> = {};
  const byOption = (kind: NamespaceKind, flag: string, modeOf: ModeOf, fallback: NamespaceState) => {
    const value = lastValue(run, flag);
    // An empty value is the same as none given: the default applies.
    states[kind] = value ? chosen(kind, flag, value, modeOf) : fallback;
  };
  byOption('pid', '--pid', words({ host: 'host' }), { kind: 'pid', state: 'new', reason: { code: 'default-new' } });
  byOption('uts', '--uts', words({ host: 'host' }), { kind: 'uts', state: 'new', reason: { code: 'default-new' } });
  byOption('ipc', '--ipc', words({ host: 'host', private: 'new', shareable: 'new', none: 'none' }), {
    kind: 'ipc',
    state: 'new',
    reason: { code: 'daemon-ipc', mode: daemon.defaultIpcMode },
  });
  byOption('cgroup', '--cgroupns', words({ host: 'host', private: 'new' }), defaultCgroupns(privileged, daemon));
  states.mount = { kind: 'mount', state: 'new', reason: { code: 'always-new' } };
  states.time = daemon.timeNamespace
    ? { kind: 'time', state: 'new', reason: { code: 'time-private' } }
    : { kind: 'time', state: 'host', reason: { code: 'time-host' } };

  const networks = allValues(run, '--network').map(networkTarget);
  const builtIn = (n: string) => ['host', 'none', 'bridge', 'default'].includes(n) || n.startsWith('container:');
  if (networks.some(builtIn) && !networks.every(builtIn)) {
    return { code: 'conflicting-networks', flag: '--network', value: networks.join(', ') };
  }
  states.network =
    networks[0] === undefined ? { kind: 'network', state: 'new', reason: { code: 'default-new' } } : chosen('network', '--network', networks[0], networkMode);

  const userns = lastValue(run, '--userns');
  const remapped = daemon.usernsRemap && !userns;
  states.user = userns
    ? chosen('user', '--userns', userns, words({ host: 'host' }))
    : { kind: 'user', state: remapped ? 'new' : 'host', reason: { code: remapped ? 'userns-remap' : 'no-userns-remap' } };

  const result = NAMESPACE_KINDS.map((kind) => states[kind]!);
  const problem = result.find((s): s is NamespaceError => 'code' in s);
  if (problem) return problem;
  const ok = result as NamespaceState[];
  return remapped ? withRemapping(ok, privileged) : ok;
}

/** The checks and joins that apply when the daemon remaps users (daemon_unix.go, oci_linux.go). */
function withRemapping(states: NamespaceState[], privileged: boolean): NamespaceState[] | NamespaceError {
  const of = (kind: NamespaceKind) => states.find((n) => n.kind === kind)!.state;
  if (privileged) return { code: 'userns-conflict', flag: '--privileged', value: 'true' };
  if (of('network') === 'host') return { code: 'userns-conflict', flag: '--network', value: 'host' };
  if (of('pid') === 'host') return { code: 'userns-conflict', flag: '--pid', value: 'host' };
  // Joining another container's namespace also joins its user namespace; the last one set wins (moby#46210).
  const joined = (['network', 'ipc', 'pid'] as const).map(of).filter((s) => typeof s === 'object');
  const from = joined.at(-1);
  if (!from) return states;
  return states.map((s) => (s.kind === 'user' ? { kind: 'user', state: from, reason: { code: 'userns-joined', container: from.container } } : s));
}
