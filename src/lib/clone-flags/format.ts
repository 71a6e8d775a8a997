/**
 * A mask written out in every form a reader may need: numbers, C, shell commands, Go,
 * Python, the OCI runtime spec and `docker run`. Where a form cannot express a flag, the
 * output says so in `notes` rather than dropping it silently.
 * @module
 */
import { toHex } from '../bits.ts';
import { decodeMask, type DecodedMask } from './codec.ts';
import { signalName } from './signals.ts';
import type { FlagSpec, FlagTable, MaskMode } from './types.ts';

/** Something a format could not express, or needs to tell. Localized by the widget. */
export type FormatNote =
  | { code: 'no-option'; flag: string }
  | { code: 'unknown-bits'; bits: string }
  | { code: 'signal-omitted'; signal: string }
  | { code: 'clone-rejects'; flag: string }
  | { code: 'fork-added' }
  | { code: 'mount-proc-added' }
  | { code: 'unshare-rejects'; flag: string }
  | { code: 'docker-cannot-share'; flag: string }
  | { code: 'docker-needs-userns-remap' }
  | { code: 'docker-cannot-create'; flag: string }
  | { code: 'empty-mask' };

export interface FormatOutput {
  /** The mask in this format, ready to copy. */
  text: string;
  notes: FormatNote[];
}

/** The output formats, in the order the tool shows them. */
export const FORMATS = ['hex', 'decimal', 'binary', 'c', 'unshare', 'nsenter', 'go', 'python', 'oci', 'docker'] as const;
export type FormatName = (typeof FORMATS)[number];

/** Formats whose text `parseMask` reads back to the same mask. */
export const ROUND_TRIP_FORMATS = ['hex', 'decimal', 'binary', 'c'] as const satisfies readonly FormatName[];

/**
 * Python's os module defines these constants for os.unshare() (Python 3.12+; see the
 * os.unshare documentation), the same set unshare(2) accepts.
 */
const PYTHON_OS_CONSTANTS = new Set([
  'CLONE_FILES', 'CLONE_FS', 'CLONE_NEWCGROUP', 'CLONE_NEWIPC', 'CLONE_NEWNET', 'CLONE_NEWNS', 'CLONE_NEWPID',
  'CLONE_NEWTIME', 'CLONE_NEWUSER', 'CLONE_NEWUTS', 'CLONE_SIGHAND', 'CLONE_SYSVSEM', 'CLONE_THREAD', 'CLONE_VM',
]);

const ok = (text: string, notes: FormatNote[] = []): FormatOutput => ({ text, notes });

function unknownNote(d: DecodedMask): FormatNote[] {
  return d.unknownBits ? [{ code: 'unknown-bits', bits: toHex(d.unknownBits) }] : [];
}

function namespaceFlags(d: DecodedMask): FlagSpec[] {
  return d.flags.filter((f) => f.namespace);
}

function otherFlags(d: DecodedMask): FlagSpec[] {
  return d.flags.filter((f) => !f.namespace);
}

/**
 * Binary digits grouped by four, 32 digits (64 once a bit above 31 is set).
 *
 * @example
 * toBinary(0x60000000n) // => '0b0110_0000_0000_0000_0000_0000_0000_0000'
 */
export function toBinary(mask: bigint): string {
  const digits = mask.toString(2);
  const padded = digits.padStart(digits.length > 32 ? 64 : 32, '0');
  return `0b${padded.match(/.{4}/g)!.join('_')}`;
}

/**
 * The mask as a C expression of constant names, with the exit signal in clone mode.
 *
 * @example
 * toC(0x20020011n, table, 'clone') // => 'CLONE_NEWNS | CLONE_NEWPID | SIGCHLD'
 */
export function toC(mask: bigint, table: FlagTable, mode: MaskMode): string {
  const d = decodeMask(mask, table, mode);
  const parts = d.flags.map((f) => f.name);
  if (d.signal) parts.push(signalName(d.signal).replace(/^signal (\d+)$/, '$1'));
  if (d.unknownBits) parts.push(toHex(d.unknownBits));
  return parts.length ? parts.join(' | ') : '0';
}

const FORMATTERS: Record<FormatName, (mask: bigint, d: DecodedMask, table: FlagTable, mode: MaskMode) => FormatOutput> = {
  hex: (mask) => ok(toHex(mask)),
  decimal: (mask) => ok(mask.toString(10)),
  binary: (mask) => ok(toBinary(mask)),
  c: (mask, d, table, mode) => ok(toC(mask, table, mode), unknownNote(d)),

  unshare: (_, d) => {
    const options = namespaceFlags(d).map((f) => f.namespace!.unshareOption);
    const notes: FormatNote[] = otherFlags(d).map((f) => ({ code: 'no-option', flag: f.name }));
    if (d.flags.some((f) => f.namespace?.ociType === 'pid')) {
      options.push('--fork');
      notes.push({ code: 'fork-added' });
      if (d.flags.some((f) => f.namespace?.ociType === 'mount')) {
        options.push('--mount-proc');
        notes.push({ code: 'mount-proc-added' });
      }
    }
    if (!options.length) notes.push({ code: 'empty-mask' });
    return ok(['unshare', ...options, 'sh'].join(' '), [...notes, ...unknownNote(d)]);
  },

  nsenter: (_, d) => {
    const options = namespaceFlags(d).map((f) => f.namespace!.nsenterOption);
    const notes: FormatNote[] = otherFlags(d).map((f) => ({ code: 'no-option', flag: f.name }));
    if (!options.length) notes.push({ code: 'empty-mask' });
    return ok(['nsenter', '--target', '"$PID"', ...options, 'sh'].join(' '), [...notes, ...unknownNote(d)]);
  },

  go: (_, d) => {
    const names = d.flags.map((f) => `unix.${f.name}`);
    if (d.unknownBits) names.push(toHex(d.unknownBits));
    const notes: FormatNote[] = d.signal ? [{ code: 'signal-omitted', signal: signalName(d.signal) }] : [];
    // Go's syscall package passes Cloneflags (ORed with SIGCHLD) to clone(2).
    notes.push(...d.flags.filter((f) => !f.syscalls.includes('clone')).map((f): FormatNote => ({ code: 'clone-rejects', flag: f.name })));
    const text = [
      'import (',
      '\t"syscall"',
      '',
      '\t"golang.org/x/sys/unix"',
      ')',
      '',
      `cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: ${names.join(' | ') || '0'}}`,
    ].join('\n');
    return ok(text, [...notes, ...unknownNote(d)]);
  },

  python: (_, d) => {
    const usable = d.flags.filter((f) => PYTHON_OS_CONSTANTS.has(f.name));
    const notes: FormatNote[] = d.flags
      .filter((f) => !PYTHON_OS_CONSTANTS.has(f.name))
      .map((f) => ({ code: 'unshare-rejects', flag: f.name }));
    if (!usable.length) notes.push({ code: 'empty-mask' });
    const args = usable.map((f) => `os.${f.name}`).join(' | ') || '0';
    return ok(`import os\n\nos.unshare(${args})  # Python 3.12+`, [...notes, ...unknownNote(d)]);
  },

  oci: (_, d) => {
    const entries = namespaceFlags(d).map((f) => `      { "type": "${f.namespace!.ociType}" }`);
    const notes: FormatNote[] = otherFlags(d).map((f) => ({ code: 'no-option', flag: f.name }));
    const body = entries.length ? `[\n${entries.join(',\n')}\n    ]` : '[]';
    return ok(`{\n  "linux": {\n    "namespaces": ${body}\n  }\n}`, [...notes, ...unknownNote(d)]);
  },

  docker: (_, d, table) => {
    const wanted = new Set(namespaceFlags(d).map((f) => f.id));
    const options: string[] = [];
    const notes: FormatNote[] = [];
    for (const flag of table.flags) {
      const ns = flag.namespace;
      if (!ns) continue;
      const isNew = wanted.has(flag.id);
      if (!isNew && ns.dockerCreatesByDefault) {
        if (ns.dockerHostOption) options.push(ns.dockerHostOption);
        else notes.push({ code: 'docker-cannot-share', flag: flag.name });
      }
      if (isNew && !ns.dockerCreatesByDefault) {
        if (ns.ociType === 'user') notes.push({ code: 'docker-needs-userns-remap' });
        else notes.push({ code: 'docker-cannot-create', flag: flag.name });
      }
    }
    notes.push(...otherFlags(d).map((f): FormatNote => ({ code: 'no-option', flag: f.name })));
    return ok(['docker run', ...options, 'IMAGE'].join(' '), [...notes, ...unknownNote(d)]);
  },
};

/**
 * Writes a mask in one format.
 *
 * @example
 * formatMask(0x60000000n, 'unshare', table, 'unshare').text // => 'unshare --net --pid --fork sh'
 * formatMask(0x60000000n, 'oci', table, 'unshare').text
 * // => '{ "linux": { "namespaces": [ { "type": "pid" }, { "type": "network" } ] } }' (indented)
 */
export function formatMask(mask: bigint, format: FormatName, table: FlagTable, mode: MaskMode): FormatOutput {
  return FORMATTERS[format](mask, decodeMask(mask, table, mode), table, mode);
}
