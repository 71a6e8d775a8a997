/**
 * Builds the library's flag table from glossary terms, so the tool and the reference pages
 * read one source of data.
 * @module
 */
import type { FlagSpec, FlagTable, NamespaceSpec, Syscall } from './types.ts';

/** The fields of a clone-flag term the table needs (see src/data/schema/term.ts). */
export interface FlagTermLike {
  id: string;
  name: { en: string };
  value: string;
  syscalls: readonly Syscall[];
  namespace?: string | undefined;
}

/** The fields of a namespace term the table needs. */
export interface NamespaceTermLike extends Omit<NamespaceSpec, 'id'> {
  id: string;
}

const SIGNAL_MASK_NAME = 'CSIGNAL';

/**
 * Turns clone-flag and namespace terms into a FlagTable.
 *
 * @example
 * const table = toFlagTable(cloneFlagTerms, namespaceTerms);
 * table.flags.find((f) => f.name === 'CLONE_NEWPID')?.namespace?.ociType // => 'pid'
 */
export function toFlagTable(flags: readonly FlagTermLike[], namespaces: readonly NamespaceTermLike[]): FlagTable {
  const byId = new Map(namespaces.map((n) => [n.id, n]));
  const signal = flags.find((f) => f.name.en === SIGNAL_MASK_NAME);
  const specs: FlagSpec[] = flags
    .filter((f) => f !== signal)
    .map((f) => {
      const ns = f.namespace ? byId.get(f.namespace) : undefined;
      return {
        id: f.id,
        name: f.name.en,
        value: BigInt(f.value),
        syscalls: f.syscalls,
        ...(ns
          ? {
              namespace: {
                id: ns.id,
                procFile: ns.procFile,
                unshareOption: ns.unshareOption,
                nsenterOption: ns.nsenterOption,
                ociType: ns.ociType,
                dockerHostOption: ns.dockerHostOption,
                dockerCreatesByDefault: ns.dockerCreatesByDefault,
              },
            }
          : {}),
      };
    })
    .sort((a, b) => (a.value < b.value ? -1 : 1));
  return { flags: specs, signalMask: signal ? BigInt(signal.value) : 0xffn };
}

/** The table in a JSON-safe form: bigints as hex strings. */
export interface JsonFlagTable {
  signalMask: string;
  flags: (Omit<FlagSpec, 'value'> & { value: string })[];
}

/**
 * The table as plain JSON data, for embedding in a page.
 *
 * @example
 * toJsonFlagTable(table).flags[0].value // => '0x80'
 */
export function toJsonFlagTable(table: FlagTable): JsonFlagTable {
  return {
    signalMask: `0x${table.signalMask.toString(16)}`,
    flags: table.flags.map((f) => ({ ...f, value: `0x${f.value.toString(16)}` })),
  };
}

/**
 * Reads what toJsonFlagTable wrote (after JSON.parse).
 *
 * @example
 * fromJsonFlagTable(toJsonFlagTable(table)).flags.length // => table.flags.length
 */
export function fromJsonFlagTable(raw: JsonFlagTable): FlagTable {
  return { signalMask: BigInt(raw.signalMask), flags: raw.flags.map((f) => ({ ...f, value: BigInt(f.value) })) };
}
