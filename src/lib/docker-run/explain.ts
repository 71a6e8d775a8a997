/**
 * From a pasted `docker run` line to what it asks of the kernel: the eight namespaces and why,
 * their clone flags, the cgroup files of the resource flags, the OCI `config.json` fragment
 * Docker hands to runc, and the options that change nothing in the kernel. Never throws:
 * problems come back as values.
 * @module
 */
import type { CgroupWrites, LimitsNote } from '../cgroup-limits/compute.ts';
import { RESOURCE_FLAGS } from '../cgroup-limits/parse.ts';
import type { FlagTable } from '../clone-flags/types.ts';
import { namespaceMask, type NamespaceMask } from './clone-mask.ts';
import { containerMounts, type MountError, type MountNote } from './mounts.ts';
import { DEFAULT_DAEMON, containerNamespaces, type DaemonOptions, type NamespaceError, type NamespaceState } from './namespaces.ts';
import { ociNamespaces, ociProcess, type OciConfigFragment, type ProcessError, type ProcessNote } from './oci.ts';
import type { RunOptionTable } from './options.ts';
import { flagIsOn, parseDockerRun, type ParsedOption, type ParsedRun, type RunParseError } from './parse.ts';
import { containerResources, type ResourceError } from './resources.ts';

/**
 * The data an explanation needs, built at build time from src/data for one page language and
 * embedded in the page as JSON (the flag table through `toJsonFlagTable` / `fromJsonFlagTable`).
 */
export interface ExplainContext {
  /** `toRunOptionTable(dockerRunOptions, lang, dockerResourceFlags)`. */
  options: RunOptionTable;
  /** `toFlagTable(cloneFlagTerms, namespaceTerms)` of the clone-flag library. */
  flags: FlagTable;
}

/** One use of an option, with what it means. */
export interface OptionUse {
  flag: string;
  spelled: string;
  /** The value; absent for a boolean switched on. */
  value?: string;
  meaning: string;
  group: string;
}

export type RunNote =
  | ProcessNote
  | MountNote
  | { code: 'limits'; note: LimitsNote }
  | { code: 'privileged' }
  | { code: 'create-only' }
  | { code: 'default-mounts' }
  | { code: 'deprecated-flag'; flag: string };

export type RunError =
  | RunParseError
  | NamespaceError
  | MountError
  | ResourceError
  | ProcessError
  | { code: 'windows-only'; flag: string; value: string; allowed: string };

export interface RunExplanation {
  run: ParsedRun;
  /** All eight, in namespaces(7) order. */
  namespaces: NamespaceState[];
  /** The clone flags of the namespaces created, and the clone-flag tool's query for them. */
  cloneFlags: NamespaceMask;
  /** cgroup v2 and v1 files, when a resource flag is given. */
  cgroups?: CgroupWrites;
  config: OciConfigFragment;
  notes: RunNote[];
  /** Options given that only the client or the daemon's bookkeeping reads. */
  noKernelEffect: OptionUse[];
  /** Options given that do reach the kernel but that this explanation does not show (ports, devices, sysctls …). */
  notModelled: OptionUse[];
}

export type ExplainResult = { ok: true; explanation: RunExplanation } | { ok: false; error: RunError };

/** Options whose effect the explanation shows: namespaces, resources, process, mounts. */
const MODELLED = new Set([
  '--pid', '--ipc', '--uts', '--userns', '--cgroupns', '--network', '--user', '--cap-add', '--cap-drop', '--privileged',
  '--read-only', '--volume', '--mount', '--tmpfs', '--entrypoint', '--tty', ...Object.keys(RESOURCE_FLAGS),
]);

/** Of --security-opt, only no-new-privileges is in the fragment; seccomp, AppArmor and labels are not. */
const isModelled = (o: ParsedOption) => (o.flag === '--security-opt' ? o.value.startsWith('no-new-privileges') : MODELLED.has(o.flag));

function sortOptions(run: ParsedRun, table: RunOptionTable): Pick<RunExplanation, 'noKernelEffect' | 'notModelled'> {
  const noKernelEffect: OptionUse[] = [];
  const notModelled: OptionUse[] = [];
  for (const o of run.options) {
    if (isModelled(o)) continue;
    const spec = table.find((s) => s.flag === o.flag)!;
    const use: OptionUse = { flag: o.flag, spelled: o.spelled, meaning: spec.meaning, group: spec.group };
    if (!(spec.type === 'bool' && o.value === 'true')) use.value = o.value;
    (spec.kernel ? notModelled : noKernelEffect).push(use);
  }
  return { noKernelEffect, notModelled };
}

/**
 * Explains a `docker run` (or `docker create`) command line.
 *
 * @example
 * const context = { options: toRunOptionTable(dockerRunOptions, 'en', dockerResourceFlags), flags: toFlagTable(cloneFlagTerms, namespaceTerms) };
 * const result = explainDockerRun('docker run --rm -it --memory=256m ubuntu bash', context);
 * result.ok && result.explanation.cgroups?.v2[0] // => { file: 'memory.max', value: '268435456', flag: '--memory' }
 * result.ok && result.explanation.cloneFlags.query // => '?flags=newtime,newns,newcgroup,newuts,newipc,newpid,newnet'
 * explainDockerRun('docker run --memory=4m alpine', context)
 * // => { ok: false, error: { code: 'resource', error: { code: 'memory-below-minimum', flag: '--memory', value: '4194304' } } }
 */
export function explainDockerRun(input: string, context: ExplainContext, daemon: Partial<DaemonOptions> = {}): ExplainResult {
  const settings: DaemonOptions = { ...DEFAULT_DAEMON, ...daemon };
  const parsed = parseDockerRun(input, context.options);
  if (!parsed.ok) return parsed;
  const { run } = parsed;
  const fail = (error: RunError): ExplainResult => ({ ok: false, error });
  const notes: RunNote[] = [];
  for (const o of run.options) {
    const spec = context.options.find((s) => s.flag === o.flag)!;
    if (spec.windowsOnly) return fail({ code: 'windows-only', flag: o.spelled, value: o.value, allowed: 'Windows' });
    if (spec.status === 'deprecated') notes.push({ code: 'deprecated-flag', flag: o.spelled });
  }
  const namespaces = containerNamespaces(run, settings);
  if ('code' in namespaces) return fail(namespaces);
  const resources = containerResources(run, settings.formula);
  if (resources && 'code' in resources) return fail(resources);
  const mounts = containerMounts(run);
  if ('code' in mounts) return fail(mounts);
  const proc = ociProcess(run);
  if ('code' in proc) return fail(proc);

  if (run.subcommand === 'create') notes.push({ code: 'create-only' });
  if (flagIsOn(run, '--privileged')) notes.push({ code: 'privileged' });
  notes.push(...proc.notes, ...mounts.notes, { code: 'default-mounts' });
  notes.push(...(resources?.writes.notes ?? []).map((note): RunNote => ({ code: 'limits', note })));

  const config: OciConfigFragment = {
    process: proc.process,
    root: { readonly: flagIsOn(run, '--read-only') },
    mounts: mounts.mounts,
    linux: { namespaces: ociNamespaces(namespaces, context.flags), ...(resources ? { resources: resources.spec } : {}) },
  };
  const explanation: RunExplanation = {
    run,
    namespaces,
    cloneFlags: namespaceMask(namespaces, context.flags),
    config,
    notes,
    ...sortOptions(run, context.options),
  };
  if (resources) explanation.cgroups = resources.writes;
  return { ok: true, explanation };
}
