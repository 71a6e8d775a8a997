/**
 * The mounts of `-v`/`--volume`, `--mount` and `--tmpfs` as OCI `mounts` entries. The rules are
 * moby's (docker-v29.7.2: daemon/volume/mounts/linux_parser.go `ParseMountRaw`, daemon/oci_linux.go
 * `WithMounts`) and docker/cli's (v29.7.2: opts/mount.go): a volume or bind becomes a `bind` mount
 * with `rbind`; read-only is `rro` (recursively read-only); a bind's propagation defaults to `rprivate`.
 * Docker's own mounts (/proc, /dev, /sys, /etc/hosts …) are not listed.
 * @module
 */
import { tmpfsMountOption, tmpfsOption, type OciMount, type TmpfsError } from './tmpfs.ts';
import { allValues, type ParsedRun } from './parse.ts';

export type { OciMount } from './tmpfs.ts';

/** What a reader should know about a mount; localized by messages.ts. */
export type MountNote =
  | { code: 'named-volume'; name: string }
  | { code: 'anonymous-volume'; target: string }
  | { code: 'relative-bind'; path: string }
  | { code: 'unexpanded'; value: string }
  | { code: 'recursive-readonly'; target: string }
  | { code: 'bind-source-must-exist'; path: string }
  | { code: 'mount-type-not-modelled'; type: string };

export type MountError = { code: 'bad-volume' | 'bad-mount'; flag: string; value: string; allowed: string } | TmpfsError;

/** A bind or volume mount, before it is written as an OCI mount. */
interface MountSpec {
  type: 'bind' | 'volume';
  source: string;
  target: string;
  readOnly: boolean;
  propagation?: string;
  /** `bind-recursive=disabled`: submounts of the source are not mounted. */
  nonRecursive?: boolean;
  /** `bind-recursive=writable`: read-only, but submounts stay writable. */
  readOnlyNonRecursive?: boolean;
}

const PROPAGATION = ['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'];
const VOLUME_MODES = [['rw', 'ro'], ['z', 'Z'], PROPAGATION, ['nocopy'], ['consistent', 'cached', 'delegated']];
export const VOLUME_ALLOWED = '[<host path or volume name>:]<container path>[:<ro|rw>,<z|Z>,<propagation>,nocopy]';
/** Where the local volume driver keeps a volume's files, under the default data-root /var/lib/docker. */
const volumePath = (name: string) => `/var/lib/docker/volumes/${name}/_data`;

/** POSIX path.Clean for absolute paths, as moby cleans targets and bind sources. */
function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Whether every comma-separated word of a -v mode is known, and at most one of each kind. */
function validMode(mode: string): boolean {
  if (mode === '') return true;
  const words = mode.split(',');
  return words.every((w) => VOLUME_MODES.some((k) => k.includes(w))) && VOLUME_MODES.every((k) => words.filter((w) => k.includes(w)).length <= 1);
}

/** A `-v` value (ParseMountRaw, with docker/cli turning `./x` into an absolute path first). */
function volumeOption(value: string): MountSpec | MountError {
  const bad: MountError = { code: 'bad-volume', flag: '--volume', value, allowed: VOLUME_ALLOWED };
  const parts = value.split(':');
  if (parts.length > 3 || parts[0] === '' || (parts.length === 2 && validMode(parts[1]!))) return bad;
  const [source, target, mode = ''] = parts.length === 1 ? ['', parts[0]!] : parts;
  if (!validMode(mode) || !target!.startsWith('/')) return bad;
  const words = mode.split(',');
  const hostPath = /^[/.$~]/.test(source!);
  return {
    type: hostPath ? 'bind' : 'volume',
    source: source!,
    target: target!,
    readOnly: words.includes('ro'),
    ...(hostPath ? { propagation: words.find((w) => PROPAGATION.includes(w)) ?? 'rprivate' } : {}),
  };
}

/** Reads `key=value` fields of a `--mount` value; keys are case-insensitive, as docker/cli reads them. */
function mountFields(value: string): Map<string, string> | MountError {
  const fields = new Map<string, string>();
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0 && !['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-src'].includes(key)) {
      return { code: 'bad-mount', flag: '--mount', value: field, allowed: 'key=value' };
    }
    fields.set(key === 'src' ? 'source' : key === 'dst' || key === 'destination' ? 'target' : key === 'ro' ? 'readonly' : key, eq < 0 ? 'true' : field.slice(eq + 1));
  }
  return fields;
}

const MOUNT_KEYS = /^(type|source|target|readonly|consistency|bind-(propagation|recursive|nonrecursive|create-src)|volume-(subpath|nocopy|label|driver|opt)|image-subpath|tmpfs-(size|mode))$/;

/** A `--mount` value: a bind or volume spec, a finished tmpfs mount, or a type this explainer does not model. */
function mountOption(value: string): MountSpec | OciMount | { notModelled: string } | MountError {
  const fields = mountFields(value);
  if (!(fields instanceof Map)) return fields;
  const bad = (field: string, allowed: string): MountError => ({ code: 'bad-mount', flag: '--mount', value: field, allowed });
  for (const [key, v] of fields) if (!MOUNT_KEYS.test(key)) return bad(`${key}=${v}`, 'type, source, target, readonly, bind-*, volume-*, tmpfs-*');
  const type = (fields.get('type') ?? 'volume').toLowerCase();
  const readonly = fields.get('readonly');
  if (readonly !== undefined && !['1', 'true', '0', 'false'].includes(readonly)) return bad(`readonly=${readonly}`, 'true, 1, false, 0');
  for (const [key] of fields) {
    const family = /^(bind|volume|tmpfs|image)-/.exec(key)?.[1];
    if (family && family !== type) return bad(key, `${type} options only`);
  }
  const target = fields.get('target') ?? '';
  if (!target.startsWith('/')) return bad(`target=${target}`, 'an absolute path in the container');
  const readOnly = readonly === '1' || readonly === 'true';
  if (type === 'tmpfs') return tmpfsMountOption(value, target, readOnly, fields.get('tmpfs-size'), fields.get('tmpfs-mode'));
  if (type !== 'bind' && type !== 'volume') return { notModelled: type };
  const source = fields.get('source') ?? '';
  if (type === 'volume') return { type, source, target, readOnly };
  if (!source) return bad('source', 'a host path');
  const recursive = fields.get('bind-recursive') ?? (fields.get('bind-nonrecursive') === 'true' ? 'disabled' : 'enabled');
  if (!['enabled', 'disabled', 'writable', 'readonly'].includes(recursive)) return bad(`bind-recursive=${recursive}`, 'enabled, disabled, writable, readonly');
  const propagation = fields.get('bind-propagation') ?? 'rprivate';
  if (!PROPAGATION.includes(propagation)) return bad(`bind-propagation=${propagation}`, PROPAGATION.join(', '));
  return { type, source, target, readOnly, propagation, nonRecursive: recursive === 'disabled', readOnlyNonRecursive: recursive === 'writable' };
}

/** The OCI mount for a bind or volume, and the notes it needs. */
function ociMount(spec: MountSpec, notes: MountNote[]): OciMount {
  let source: string;
  if (spec.type === 'volume') {
    source = volumePath(spec.source || '<random id>');
    notes.push(spec.source ? { code: 'named-volume', name: spec.source } : { code: 'anonymous-volume', target: spec.target });
  } else if (/^[$~]/.test(spec.source)) {
    source = spec.source;
    notes.push({ code: 'unexpanded', value: spec.source });
  } else if (spec.source.startsWith('.')) {
    source = `$PWD${cleanPath(spec.source.slice(1))}`;
    notes.push({ code: 'relative-bind', path: spec.source });
  } else source = cleanPath(spec.source);
  const options = [spec.nonRecursive ? 'bind' : 'rbind'];
  if (spec.readOnly) {
    options.push(spec.readOnlyNonRecursive ? 'ro' : 'rro');
    if (!spec.readOnlyNonRecursive) notes.push({ code: 'recursive-readonly', target: spec.target });
  }
  if (spec.propagation) options.push(spec.propagation);
  return { destination: cleanPath(spec.target), type: 'bind', source, options };
}

/**
 * Every mount the options ask for, in the order given: -v, then --mount, then --tmpfs.
 *
 * @example
 * containerMounts(parsed('docker run -v pgdata:/var/lib/postgresql/data postgres:16')).mounts
 * // => [{ destination: '/var/lib/postgresql/data', type: 'bind', source: '/var/lib/docker/volumes/pgdata/_data', options: ['rbind'] }]
 */
export function containerMounts(run: ParsedRun): { mounts: OciMount[]; notes: MountNote[] } | MountError {
  const mounts: OciMount[] = [];
  const notes: MountNote[] = [];
  for (const value of allValues(run, '--volume')) {
    const spec = volumeOption(value);
    if ('code' in spec) return spec;
    mounts.push(ociMount(spec, notes));
  }
  for (const value of allValues(run, '--mount')) {
    const spec = mountOption(value);
    if ('code' in spec) return spec;
    if ('notModelled' in spec) notes.push({ code: 'mount-type-not-modelled', type: spec.notModelled });
    else if ('destination' in spec) mounts.push(spec);
    else {
      if (spec.type === 'bind') notes.push({ code: 'bind-source-must-exist', path: spec.source });
      mounts.push(ociMount(spec, notes));
    }
  }
  for (const value of allValues(run, '--tmpfs')) {
    const mount = tmpfsOption(value);
    if ('code' in mount) return mount;
    mounts.push(mount);
  }
  return { mounts, notes };
}
