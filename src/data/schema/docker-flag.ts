/**
 * A `docker run` resource flag and how it reaches cgroup files. The values in the reference
 * table are computed from `example` by the limits calculator (src/lib/cgroup-limits), so the
 * table and the calculator cannot disagree.
 */
import { z } from 'astro/zod';
import { LocalizedTextSchema, SourceSchema } from './common.ts';

export const DockerFlagSchema = z.object({
  /** The long flag, e.g. `--memory`. */
  flag: z.string().regex(/^--[a-z-]+$/),
  /** Short form, e.g. `-m`. */
  short: z.string().regex(/^-[a-z]$/).optional(),
  /** What the value means and its unit. */
  value: LocalizedTextSchema,
  /** A typical use, given to the calculator for the example columns. */
  example: z.string().min(1),
  /** How the daemon and the runtime turn it into file contents. */
  conversion: LocalizedTextSchema,
  /** Where the facts come from: Docker's reference, moby, runc, crun, the kernel. */
  sources: z.array(SourceSchema).min(1),
});

export type DockerFlag = z.output<typeof DockerFlagSchema>;
export type DockerFlagInput = z.input<typeof DockerFlagSchema>;
