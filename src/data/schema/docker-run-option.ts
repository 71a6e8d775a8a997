/**
 * An option of `docker container run` (and `docker container create`), as the option table of
 * Docker's reference lists it. The `docker run` explainer (src/lib/docker-run) parses command
 * lines with it; whether an option takes a value and whether it can be repeated follow from
 * Docker's type, so the data never says the same thing twice.
 */
import { z } from 'astro/zod';
import { LocalizedTextSchema, SourceSchema } from './common.ts';

/** The families the explainer groups options into; each is one file of src/data/docker-run-options/. */
export const DOCKER_RUN_OPTION_GROUPS = ['namespaces', 'resources', 'mounts', 'security', 'networking', 'process', 'lifecycle', 'metadata'] as const;

/** The value types of the reference's "Type" column (pflag value types of docker/cli). */
export const DOCKER_OPTION_TYPES = [
  'bool', 'string', 'list', 'map', 'int', 'int64', 'uint16', 'uint64', 'bytes', 'decimal', 'duration', 'ip',
  'mount', 'network', 'gpu-request', 'ulimit',
] as const;

/** Types whose every use adds a value (docker/cli ListOpts, MapOpts, MountOpt, NetworkOpt, UlimitOpt, GpuOpts); for the others the last use wins. */
const REPEATABLE_TYPES: ReadonlySet<string> = new Set(['list', 'map', 'mount', 'network', 'gpu-request', 'ulimit']);

export const DockerRunOptionSchema = z
  .object({
    /** The long flag, e.g. `--memory`. */
    flag: z.string().regex(/^--[a-z][a-z0-9-]*$/, 'a long flag is -- and lowercase letters, digits and hyphens'),
    /** The one-letter shorthand, e.g. `-m`, if there is one. */
    short: z.string().regex(/^-[a-zA-Z]$/, 'a shorthand is - and one letter').optional(),
    /** Docker's type for the value, as the reference's option table prints it (`bool` takes none). */
    type: z.enum(DOCKER_OPTION_TYPES),
    /** The family it belongs to, which is also its data file. */
    group: z.enum(DOCKER_RUN_OPTION_GROUPS),
    /**
     * Whether it changes what the kernel sets up for the container: namespaces, cgroups,
     * capabilities, mounts, devices, security modules, sysctls, rlimits, interfaces or packet
     * filtering. False for options that only the client or the daemon's bookkeeping reads.
     */
    kernel: z.boolean(),
    /** What it does, in one line. */
    meaning: LocalizedTextSchema,
    /** For a hidden second spelling (`--net`), the flag it stands for (`--network`). */
    aliasOf: z.string().regex(/^--[a-z][a-z0-9-]*$/).optional(),
    /** `hidden`: accepted but not in the reference's table; `deprecated`: accepted with a warning and ignored. */
    status: z.enum(['hidden', 'deprecated']).optional(),
    /** Only `docker run` has it; `docker create` rejects it as unknown. */
    runOnly: z.literal(true).optional(),
    /** Only a Docker daemon on Windows accepts it; the client refuses it for a Linux daemon. */
    windowsOnly: z.literal(true).optional(),
    /** Where the option is defined: the reference's table, or docker/cli's source for hidden ones. */
    source: SourceSchema,
  })
  .transform((option) => ({
    ...option,
    /** Whether the option reads a value (`--memory 256m`); booleans read none (`--rm`), though `--rm=false` works. */
    takesValue: option.type !== 'bool',
    /** Whether each use adds a value (`-p 80:80 -p 443:443`) rather than replacing the last one. */
    repeatable: REPEATABLE_TYPES.has(option.type),
  }));

export type DockerRunOption = z.output<typeof DockerRunOptionSchema>;
export type DockerRunOptionInput = z.input<typeof DockerRunOptionSchema>;
export type DockerRunOptionGroup = (typeof DOCKER_RUN_OPTION_GROUPS)[number];

/** An entry of a data file before the file's defaults are filled in. */
export type DockerRunOptionEntry = Omit<DockerRunOptionInput, 'group' | 'source' | 'kernel'> &
  Partial<Pick<DockerRunOptionInput, 'source' | 'kernel'>>;

/**
 * The entries of one data file with its group, and the kernel effect and source most of them
 * share, filled in; an entry's own `kernel` or `source` wins.
 *
 * @example
 * optionGroup('mounts', { kernel: true, source: RUN_REFERENCE }, [{ flag: '--read-only', type: 'bool', meaning }])
 * // => [{ flag: '--read-only', type: 'bool', meaning, kernel: true, source: RUN_REFERENCE, group: 'mounts' }]
 */
export function optionGroup(
  group: DockerRunOptionGroup,
  defaults: Pick<DockerRunOptionInput, 'kernel' | 'source'>,
  entries: readonly DockerRunOptionEntry[],
): DockerRunOptionInput[] {
  return entries.map((entry) => ({ ...defaults, ...entry, group }));
}
