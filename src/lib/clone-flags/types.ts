/**
 * The shapes the clone-flag library works on. They are built from the glossary data
 * (src/data) by `toFlagTable`, never written by hand.
 * @module
 */

/** The system calls that take clone flags. */
export type Syscall = 'clone' | 'clone3' | 'unshare' | 'setns';

/**
 * How a mask is read. `clone`: the low byte is the exit signal (CSIGNAL). `clone3` and
 * `unshare`: there is no signal byte, and bit 7 is CLONE_NEWTIME.
 */
export type MaskMode = 'clone' | 'unshare';

/** What the tools need to know about a namespace to write commands and configs. */
export interface NamespaceSpec {
  id: string;
  /** /proc/[pid]/ns/ file, e.g. `mnt`. */
  procFile: string;
  /** unshare(1) option, e.g. `--mount`. */
  unshareOption: string;
  /** nsenter(1) option, e.g. `--mount`. */
  nsenterOption: string;
  /** OCI runtime-spec linux.namespaces type, e.g. `mount`. */
  ociType: string;
  /** `docker run` option that shares the host's namespace instead, or null if there is none. */
  dockerHostOption: string | null;
  /** Whether `docker run` creates a new namespace of this kind by default. */
  dockerCreatesByDefault: boolean;
}

/** One clone flag. */
export interface FlagSpec {
  /** Glossary id, e.g. `clone-newpid`; the short form in URLs drops `clone-`. */
  id: string;
  /** Constant name, e.g. `CLONE_NEWPID`. */
  name: string;
  /** The flag's bit. */
  value: bigint;
  /** System calls that accept it. */
  syscalls: readonly Syscall[];
  /** The namespace it creates, for CLONE_NEW* flags. */
  namespace?: NamespaceSpec;
}

/** A rule of clone(2) ERRORS that depends on the flags alone. */
export interface RuleSpec {
  id: string;
  errno: string;
  /** Flag ids that must all be set… */
  all: readonly string[];
  /** …and flag ids that must all be clear, for the rule to fire. */
  none: readonly string[];
  syscalls: readonly Syscall[];
  since?: string | undefined;
  /** The rule in the reader's language. */
  text: string;
  source: { title: string; url: string };
}

/** Every flag, plus the CSIGNAL mask, as the library uses them. */
export interface FlagTable {
  /** The flags, CSIGNAL excluded, in ascending order of value. */
  flags: readonly FlagSpec[];
  /** The exit-signal byte of clone() (CSIGNAL). */
  signalMask: bigint;
}
