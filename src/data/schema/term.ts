/**
 * The glossary term: one schema for every term on the site, with extra fields by category.
 * Pages, widgets, search and the /glossary.json export all read terms validated by it.
 */
import { z } from 'astro/zod';
import {
  KernelVersionSchema,
  LocalizedListSchema,
  LocalizedTextSchema,
  SourceSchema,
  TermIdSchema,
} from './common.ts';
import { PAGE_IDS } from '../sections.ts';

/** The Linux release whose include/uapi/linux/sched.h the clone-flag data mirrors and the tests read (Debian's linux-libc-dev). */
export const SCHED_H_RELEASE = '6.1';
/** The editions of include/uapi/linux/sched.h a clone flag can come from; see CloneFlagTermSchema.header. */
export const CLONE_FLAG_HEADERS = [`linux-${SCHED_H_RELEASE}`, 'upstream'] as const;
export type CloneFlagHeader = (typeof CLONE_FLAG_HEADERS)[number];

/** The system calls that take clone flags. */
export const SYSCALLS = ['clone', 'clone3', 'unshare', 'setns'] as const;
export const SyscallSchema = z.enum(SYSCALLS);
export type Syscall = z.output<typeof SyscallSchema>;

/** A flag value spelled as `include/uapi/linux/sched.h` spells it, without a `ULL` suffix. */
export const HexValueSchema = z.string().regex(/^0x[0-9a-f]+$/, 'write the value in hex as the kernel header does, e.g. 0x00020000');

/** Fields every term has. */
const TermBaseSchema = z.object({
  /** Stable id and anchor; see TermIdSchema. */
  id: TermIdSchema,
  /** Display name in each language (identifiers such as CLONE_NEWPID are the same in both). */
  name: LocalizedTextSchema,
  /** Other names people search for, e.g. "pid_namespaces", "PID 命名空间". */
  aliases: LocalizedListSchema,
  /** One sentence: what it is. */
  summary: LocalizedTextSchema,
  /** A paragraph or more; inline Markdown (`code`, **bold**, links written `[text](url)`) is allowed. */
  description: LocalizedTextSchema,
  /** Ids of related terms; an unknown id fails the build. */
  related: z.array(TermIdSchema),
  /** Primary sources for the facts of this term. */
  sources: z.array(SourceSchema).min(1),
  /** The page that is this term's canonical home; its URL is that page plus `#id`. */
  page: z.enum(PAGE_IDS),
});

/** A CLONE_* constant (or CSIGNAL) of include/uapi/linux/sched.h. */
export const CloneFlagTermSchema = TermBaseSchema.extend({
  category: z.literal('clone-flag'),
  /** The constant's value as the header writes it. */
  value: HexValueSchema,
  /** The kernel version that introduced it, where clone(2) says (or unshare(2), for a flag clone(2) does not list). */
  since: KernelVersionSchema.optional(),
  /**
   * Which edition of include/uapi/linux/sched.h defines the flag. `linux-6.1` (the default): the
   * Linux 6.1 header, which tests/unit/kernel-header.test.ts reads from Debian's linux-libc-dev
   * and which must define every such flag. `upstream`: added to the mainline header after 6.1
   * (the clone3()-only CLONE_AUTOREAP, CLONE_NNP and CLONE_PIDFD_AUTOKILL); the test checks its
   * value once the installed header defines it, and does not miss it before. Pages mark such
   * flags, so "every flag" always says which header it means.
   */
  header: z.enum(CLONE_FLAG_HEADERS).default('linux-6.1'),
  /** System calls that accept it (for setns: as nstype or, since 5.8, with a pidfd). */
  syscalls: z.array(SyscallSchema),
  /** Invalid combinations and restrictions, each as clone(2) ERRORS states it. */
  constraints: z.array(LocalizedTextSchema),
  /** The namespace term this flag creates, for CLONE_NEW* flags. */
  namespace: TermIdSchema.optional(),
});

/** A hands-on example: commands a reader can run and the output they print. */
export const ExampleSchema = z.object({
  /** Shell commands, one per line, as typed (a leading `$ ` or `# ` marks the prompt). */
  commands: z.string().min(1),
  /** What the commands printed when run (on Linux 6.x); numbers such as inode ids will differ. */
  output: z.string(),
  /** What to notice in the output. */
  note: LocalizedTextSchema,
});

/** One of the eight Linux namespaces. */
export const NamespaceTermSchema = TermBaseSchema.extend({
  category: z.literal('namespace'),
  /** Id of the CLONE_NEW* flag term that creates it. */
  flag: TermIdSchema,
  /** File name in /proc/[pid]/ns/ (mount's is `mnt`). */
  procFile: z.string().regex(/^[a-z_]+$/),
  /** Kernel version that added the /proc/[pid]/ns/ file, per namespaces(7); older than the namespace for ipc, net, uts and mnt. */
  procFileSince: KernelVersionSchema,
  /** Kernel version that added the namespace, per namespaces(7). */
  since: KernelVersionSchema,
  /** What it isolates, per namespaces(7) and the namespace's own page. */
  isolates: LocalizedTextSchema,
  /** Privilege needed to create one. */
  privileges: LocalizedTextSchema,
  /** The unshare(1) option that creates it. */
  unshareOption: z.string().regex(/^--[a-z-]+/),
  /** The nsenter(1) option that enters it. */
  nsenterOption: z.string().regex(/^--[a-z-]+/),
  /** The `type` of the OCI runtime spec's linux.namespaces entry. */
  ociType: z.string().regex(/^[a-z]+$/),
  /** How `docker run` shares the host's namespace of this kind, or that it cannot. */
  docker: LocalizedTextSchema,
  /** The `docker run` option that shares the host's namespace (e.g. `--pid=host`), or null if Docker has none. */
  dockerHostOption: z.string().regex(/^--[a-z]+=host$/).nullable(),
  /** Whether `docker run` gives a container a new namespace of this kind by default (cgroup: on cgroup v2 hosts). */
  dockerCreatesByDefault: z.boolean(),
  /** Hands-on examples. */
  examples: z.array(ExampleSchema).min(1),
  /** Traps and surprises. */
  pitfalls: z.array(LocalizedTextSchema),
});

/** One interface file of a cgroup controller, as the kernel documents it. */
export const InterfaceFileSchema = z.object({
  /** File name, e.g. `memory.max`; placeholders as the kernel writes them (`hugetlb.<hugepagesize>.max`). */
  name: z.string().regex(/^[a-z0-9_.<>-]+$/),
  /** What it does. */
  summary: LocalizedTextSchema,
  /**
   * A source for this file beyond the term's own: the kernel code that creates a file the
   * documentation does not list (`mm/hugetlb_cgroup.c` at a release tag), or the release of the
   * documentation a summary quotes. tests/unit/cgroup-sources.test.ts accepts a name missing
   * from the kernel documentation's list only when it has one; the entry links it.
   */
  source: SourceSchema.optional(),
});

/** A core interface file of cgroup v2 that does the job of a v1 controller v2 does not have. */
export const CoreFileSchema = z.object({
  /** File name, e.g. `cgroup.freeze`. */
  name: z.string().regex(/^cgroup\.[a-z_.]+$/),
  /** Kernel version that added it, per cgroups(7). */
  since: KernelVersionSchema,
});

/** A cgroup controller (v1 "subsystem"), following one lineage across v1 and v2 (blkio → io). */
export const CgroupControllerTermSchema = TermBaseSchema.extend({
  category: z.literal('cgroup-controller'),
  /** Its name in cgroup v1 (/proc/cgroups, cgroups(7)), if v1 has it. */
  v1Name: z.string().regex(/^[a-z_]+$/).optional(),
  /** Its name in cgroup v2's cgroup.controllers, if v2 has it as a controller. */
  v2Name: z.string().regex(/^[a-z_]+$/).optional(),
  /** Kernel version that added the v1 controller, per cgroups(7). */
  sinceV1: KernelVersionSchema.optional(),
  /** Kernel version that added the v2 controller, per cgroups(7). */
  sinceV2: KernelVersionSchema.optional(),
  /** What it controls. */
  controls: LocalizedTextSchema,
  /** Key interface files in v1. */
  v1Files: z.array(InterfaceFileSchema),
  /** Key interface files in v2. */
  v2Files: z.array(InterfaceFileSchema),
  /** What takes its place in v2 when v2 has no such controller, or how it changed. */
  v2Successor: LocalizedTextSchema.optional(),
  /** The v2 core file that replaces the controller (freezer → `cgroup.freeze`), shown in the v2 column of the controllers table. */
  v2CoreFile: CoreFileSchema.optional(),
  /** Hands-on examples. */
  examples: z.array(ExampleSchema),
})
  .refine((t) => t.v1Name !== undefined || t.v2Name !== undefined, 'a controller exists in v1, v2 or both')
  .refine((t) => t.v2Name === undefined || t.v2CoreFile === undefined, {
    message: 'a controller that exists in v2 needs no v2CoreFile in its place',
    path: ['v2CoreFile'],
  });

/** How one source classifies a hypervisor: sources disagree for some (KVM), so each view is cited. */
export const HypervisorClassificationSchema = z.object({
  /** Type 1 runs on the bare hardware; Type 2 runs as a program on a host operating system. */
  type: z.enum(['type-1', 'type-2']),
  /** Who holds this view and why, in a sentence. */
  view: LocalizedTextSchema,
  /** Where they say so. */
  source: SourceSchema,
});

/** A hypervisor (virtual machine monitor) or the user-space program that drives one. */
export const HypervisorTermSchema = TermBaseSchema.extend({
  category: z.literal('hypervisor'),
  /** Its Type 1 / Type 2 classification, each view with its source; two views where sources disagree. */
  classification: z.array(HypervisorClassificationSchema).min(1),
});

/**
 * A system call, command or idea that other terms lean on; a virtualization technique
 * (paravirtualization, VT-x, EPT); or a software project (LXC, runc, containerd, Firecracker).
 */
export const ConceptTermSchema = TermBaseSchema.extend({
  category: z.enum(['syscall', 'command', 'concept', 'technique', 'project']),
});

export const TermSchema = z.discriminatedUnion('category', [
  CloneFlagTermSchema,
  NamespaceTermSchema,
  CgroupControllerTermSchema,
  HypervisorTermSchema,
  ConceptTermSchema,
]);

export type Term = z.output<typeof TermSchema>;
export type CloneFlagTerm = z.output<typeof CloneFlagTermSchema>;
export type NamespaceTerm = z.output<typeof NamespaceTermSchema>;
export type Example = z.output<typeof ExampleSchema>;
export type CgroupControllerTerm = z.output<typeof CgroupControllerTermSchema>;
export type HypervisorTerm = z.output<typeof HypervisorTermSchema>;
/** What a data file writes: the schema's input type. */
export type TermInput = z.input<typeof TermSchema>;
export type TermCategory = Term['category'];
