/**
 * The conversions container runtimes apply between cgroup v1 and v2 weights.
 * @module
 */

/** Which cpu.shares → cpu.weight formula a runtime uses. */
export type WeightFormula = 'quadratic' | 'linear';

/**
 * cpu.shares (v1, 2–262144, default 1024) → cpu.weight (v2, 1–10000, default 100).
 *
 * `quadratic`: opencontainers/cgroups `ConvertCPUSharesToCgroupV2Value` since v0.0.3, in runc
 * 1.3.2+ and 1.4, and crun 1.23+: fits min, max and the defaults (1024 → 100).
 * `linear`: `1 + ((shares - 2) * 9999) / 262142`, runc 1.0-rc91 to 1.3.1 and crun up to 1.22
 * (1024 → 39). 0 means "not set" in both.
 *
 * @example
 * sharesToWeight(1024n, 'quadratic') // => 100n
 * sharesToWeight(1024n, 'linear') // => 39n
 */
export function sharesToWeight(shares: bigint, formula: WeightFormula): bigint {
  if (shares === 0n) return 0n;
  if (formula === 'linear') return 1n + ((shares - 2n) * 9999n) / 262142n;
  if (shares <= 2n) return 1n;
  if (shares >= 262144n) return 10000n;
  const l = Math.log2(Number(shares));
  return BigInt(Math.ceil(10 ** ((l * l + 125 * l) / 612 - 7 / 34)));
}

/**
 * blkio weight (10–1000) → io.weight (1–10000) when the kernel has no io.bfq.weight:
 * `1 + (weight - 10) * 9999 / 990` (runc/opencontainers cgroups `ConvertBlkIOToIOWeightValue`,
 * crun's fallback). 0 means "not set".
 *
 * @example
 * blkioToIoWeight(500n) // => 4950n
 */
export function blkioToIoWeight(weight: bigint): bigint {
  return weight === 0n ? 0n : 1n + ((weight - 10n) * 9999n) / 990n;
}
