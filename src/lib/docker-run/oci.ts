/**
 * The part of the OCI runtime-spec `config.json` that a `docker run` command decides, as moby
 * writes it (daemon/oci_linux.go at docker-v29.7.2): the process (arguments, user,
 * capabilities, no_new_privs, terminal), the root's read-only bit, the mounts the options ask
 * for, the namespaces and the resources. Field names are the spec's.
 * @module
 */
import type { FlagTable } from '../clone-flags/types.ts';
import { effectiveCapabilities, type CapabilityError } from './capabilities.ts';
import type { OciMount } from './mounts.ts';
import type { NamespaceKind, NamespaceState } from './namespaces.ts';
import { allValues, flagIsOn, lastValue, type ParsedRun } from './parse.ts';
import type { OciResources } from './resources.ts';
import { parseGoBool } from './go-values.ts';

export interface OciProcess {
  terminal?: boolean;
  /** Numbers as given; a name stays a name, which Docker looks up in the image's /etc/passwd or /etc/group. */
  user?: { uid: number | string; gid?: number | string };
  /** `<ENTRYPOINT>` and `<CMD>` stand for the image's, which only the image knows. */
  args: string[];
  capabilities: { bounding: string[]; effective: string[]; permitted: string[] };
  noNewPrivileges?: boolean;
}

export interface OciNamespace {
  type: NamespaceKind;
  /** Set to join an existing namespace instead of creating one: `/proc/<pid>/ns/<file>`. */
  path?: string;
}

export interface OciConfigFragment {
  process: OciProcess;
  root: { readonly: boolean };
  mounts: OciMount[];
  linux: { namespaces: OciNamespace[]; resources?: OciResources };
}

export type ProcessNote =
  | { code: 'entrypoint-unknown'; image: string }
  | { code: 'cmd-from-image'; image: string }
  | { code: 'entrypoint-drops-cmd'; image: string }
  | { code: 'user-from-image'; user: string }
  | { code: 'non-root-capabilities'; user: string };

export type ProcessError =
  | CapabilityError
  | { code: 'no-command'; flag: string; value: string }
  | { code: 'bad-security-opt'; flag: string; value: string; allowed: string };

export const SECURITY_OPT_ALLOWED = 'no-new-privileges[=true|false], seccomp=<profile>, apparmor=<profile>, label=<option>, writable-cgroups[=true|false]';

/** The order of moby's default spec (daemon/pkg/oci/defaults.go), then the namespaces it appends. */
const SPEC_ORDER: readonly NamespaceKind[] = ['mount', 'network', 'time', 'uts', 'pid', 'ipc', 'user', 'cgroup'];

/**
 * The `linux.namespaces` list: new ones by type, shared ones with the path runc joins, the
 * host's left out.
 *
 * @example
 * ociNamespaces(states, table) // for --network container:db
 * // => [{ type: 'mount' }, { type: 'network', path: '/proc/<pid of db>/ns/net' }, …]
 */
export function ociNamespaces(states: readonly NamespaceState[], table: FlagTable): OciNamespace[] {
  return SPEC_ORDER.flatMap((kind) => {
    const { state } = states.find((s) => s.kind === kind)!;
    if (state === 'host') return [];
    if (typeof state === 'string') return [{ type: kind }];
    const procFile = table.flags.find((f) => f.namespace?.ociType === kind)?.namespace?.procFile ?? kind;
    return [{ type: kind, path: `/proc/<pid of ${state.container}>/ns/${procFile}` }];
  });
}

/** `no-new-privileges` from --security-opt, after checking every value as moby's parseSecurityOpt does. */
function noNewPrivileges(run: ParsedRun): boolean | undefined | ProcessError {
  let result: boolean | undefined;
  for (const opt of allValues(run, '--security-opt')) {
    const bad: ProcessError = { code: 'bad-security-opt', flag: '--security-opt', value: opt, allowed: SECURITY_OPT_ALLOWED };
    if (opt === 'no-new-privileges') result = true;
    if (['no-new-privileges', 'writable-cgroups', 'disable'].includes(opt)) continue;
    // `key:value` is the deprecated spelling of `key=value`.
    const sep = opt.includes('=') ? '=' : opt.includes(':') ? ':' : undefined;
    if (!sep) return bad;
    const [key, value] = [opt.slice(0, opt.indexOf(sep)), opt.slice(opt.indexOf(sep) + 1)];
    if (key === 'no-new-privileges' || key === 'writable-cgroups') {
      const on = parseGoBool(value);
      if (on === undefined) return bad;
      if (key === 'no-new-privileges') result = on;
    } else if (!['label', 'apparmor', 'seccomp'].includes(key)) return bad;
  }
  return result;
}

/** `--user name|uid[:group|gid]`, numbers as numbers. */
function ociUser(user: string): NonNullable<OciProcess['user']> {
  const [uid = '', gid] = user.split(':');
  const id = (s: string) => (/^\d+$/.test(s) ? Number(s) : s);
  return gid === undefined ? { uid: id(uid) } : { uid: id(uid), gid: id(gid) };
}

/**
 * The process part of the spec, and what a reader must know about it.
 *
 * @example
 * ociProcess(parsed('docker run --rm -it ubuntu bash'))
 * // => { process: { terminal: true, args: ['<ENTRYPOINT>', 'bash'], capabilities: { bounding: [14 defaults], … } },
 * //      notes: [{ code: 'entrypoint-unknown', image: 'ubuntu' }] }
 */
export function ociProcess(run: ParsedRun): { process: OciProcess; notes: ProcessNote[] } | ProcessError {
  const notes: ProcessNote[] = [];
  const entrypoint = lastValue(run, '--entrypoint');
  let args: string[];
  if (entrypoint === undefined) {
    args = ['<ENTRYPOINT>', ...(run.args.length ? run.args : ['<CMD>'])];
    notes.push({ code: 'entrypoint-unknown', image: run.image });
    if (!run.args.length) notes.push({ code: 'cmd-from-image', image: run.image });
  } else {
    // moby: an ENTRYPOINT of [""] is none, and with any entrypoint given the image's CMD is not used.
    args = entrypoint === '' ? [...run.args] : [entrypoint, ...run.args];
    if (args.length === 0) return { code: 'no-command', flag: '--entrypoint', value: '' };
    if (!run.args.length) notes.push({ code: 'entrypoint-drops-cmd', image: run.image });
  }
  const caps = effectiveCapabilities(allValues(run, '--cap-add'), allValues(run, '--cap-drop'), flagIsOn(run, '--privileged'));
  if (!Array.isArray(caps)) return caps;
  const nnp = noNewPrivileges(run);
  if (typeof nnp === 'object') return nnp;
  const given = lastValue(run, '--user');
  const user = given ? ociUser(given) : undefined;
  if (given && user) {
    if (typeof user.uid === 'string' || typeof user.gid !== 'number') notes.push({ code: 'user-from-image', user: given });
    if (user.uid !== 0 && user.uid !== 'root') notes.push({ code: 'non-root-capabilities', user: given });
  }
  // Keys in the order of the spec's process object, so the JSON reads like a real config.json.
  const process: OciProcess = {
    ...(flagIsOn(run, '--tty') ? { terminal: true } : {}),
    ...(user ? { user } : {}),
    args,
    capabilities: { bounding: caps, effective: [...caps], permitted: [...caps] },
    ...(nnp !== undefined ? { noNewPrivileges: nnp } : {}),
  };
  return { process, notes };
}

/**
 * Writes the fragment as JSON, 2-space indented, with bigints as plain numbers (a memory limit
 * can exceed what a JavaScript number holds exactly).
 *
 * @example
 * configJson({ linux: { resources: { memory: { limit: 268435456n } } } })
 * // => '{\n  "linux": {\n    "resources": {\n      "memory": {\n        "limit": 268435456\n      }\n    }\n  }\n}'
 */
export function configJson(value: unknown, indent = ''): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // Lists of words (capabilities, args, options) stay on one line each.
    if (value.every((v) => typeof v !== 'object')) return `[${value.map((v) => configJson(v)).join(', ')}]`;
    return `[\n${value.map((v) => `${indent}  ${configJson(v, `${indent}  `)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    // A small object of plain values ({ "type": "pid" }) stays on one line.
    const flat = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${configJson(v)}`).join(', ')} }`;
    if (entries.every(([, v]) => typeof v !== 'object') && flat.length <= 72) return flat;
    return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${configJson(v, `${indent}  `)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
