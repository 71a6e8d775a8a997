/**
 * The clone flags of the namespaces a container gets of its own, through the clone-flag
 * library, and the query that opens the clone-flag tool on them.
 * @module
 */
import { decodeMask, shortId } from '../clone-flags/codec.ts';
import type { FlagTable } from '../clone-flags/types.ts';
import type { NamespaceState } from './namespaces.ts';

export interface NamespaceMask {
  /** CLONE_NEW* bits of the new namespaces, ORed. */
  mask: bigint;
  /** Their constant names, lowest bit first: `CLONE_NEWNS`, `CLONE_NEWCGROUP` … */
  names: string[];
  /**
   * The clone-flag tool's URL state for this mask (`?flags=newns,newcgroup,…`), as the tool
   * writes it itself (src/components/tools/clone-flags-tool.ts `writeUrl`): short ids in bit
   * order, unshare mode, so CLONE_NEWTIME is a flag and not part of an exit signal.
   */
  query: string;
}

/**
 * The mask of the namespaces in state `new` or `none` (both are created; `none` is left empty).
 *
 * @example
 * namespaceMask(containerNamespaces(parsed('docker run nginx'), DEFAULT_DAEMON), table)
 * // => { mask: 0x6e020080n, names: ['CLONE_NEWTIME', 'CLONE_NEWNS', 'CLONE_NEWCGROUP', 'CLONE_NEWUTS', 'CLONE_NEWIPC', 'CLONE_NEWPID', 'CLONE_NEWNET'],
 * //      query: '?flags=newtime,newns,newcgroup,newuts,newipc,newpid,newnet' }
 */
export function namespaceMask(states: readonly NamespaceState[], table: FlagTable): NamespaceMask {
  const created = new Set(states.filter((s) => s.state === 'new' || s.state === 'none').map((s) => s.kind));
  const mask = table.flags.reduce((m, f) => (f.namespace && created.has(f.namespace.ociType as NamespaceState['kind']) ? m | f.value : m), 0n);
  const { flags } = decodeMask(mask, table, 'unshare');
  return { mask, names: flags.map((f) => f.name), query: `?flags=${flags.map(shortId).join(',')}` };
}
