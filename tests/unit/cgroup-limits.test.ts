import { describe, expect, test } from 'vitest';
import { parseBytes, formatBytes } from '../../src/lib/cgroup-limits/units.ts';
import { blkioToIoWeight, sharesToWeight } from '../../src/lib/cgroup-limits/weights.ts';
import { formatCpus, parseDockerFlags, type LimitsError } from '../../src/lib/cgroup-limits/parse.ts';
import { cgroupWrites } from '../../src/lib/cgroup-limits/compute.ts';
import { describeLimitsError, LIMITS_MESSAGES } from '../../src/lib/cgroup-limits/messages.ts';

describe('parseBytes reads sizes as Docker does (binary units)', () => {
  test.each([
    ['512m', 536870912n],
    ['512M', 536870912n],
    ['512mb', 536870912n],
    ['512MiB', 536870912n],
    ['1g', 1073741824n],
    ['1.5g', 1610612736n],
    ['100k', 102400n],
    ['6291456', 6291456n],
    ['10b', 10n],
  ])('%s → %s bytes', (text, bytes) => expect(parseBytes(text)).toEqual({ ok: true, bytes }));
  test.each([
    ['12XB', 'unknown-unit'],
    ['12q', 'unknown-unit'],
    ['-1g', 'negative'],
    ['lots', 'not-a-size'],
    ['', 'not-a-size'],
  ])('%j is refused: %s', (text, error) => expect(parseBytes(text)).toEqual({ ok: false, error }));
  test('formatBytes prints the largest exact binary unit', () => {
    expect([formatBytes(536870912n), formatBytes(3072n), formatBytes(1000n)]).toEqual(['512 MiB', '3 KiB', '1000 B']);
  });
});

describe('cpu.shares → cpu.weight', () => {
  // Values asserted by opencontainers/cgroups utils_test.go (quadratic) and computed from the linear formula.
  test.each([
    [0n, 0n, 0n],
    [1n, 1n, 1n],
    [2n, 1n, 1n],
    [3n, 2n, 1n],
    [1024n, 100n, 39n],
    [262143n, 10000n, 9999n],
    [262144n, 10000n, 10000n],
  ])('shares %s → %s (quadratic), %s (linear)', (shares, quadratic, linear) => {
    expect(sharesToWeight(shares, 'quadratic')).toBe(quadratic);
    expect(sharesToWeight(shares, 'linear')).toBe(linear);
  });
  test.each([
    [10n, 1n],
    [100n, 910n],
    [500n, 4950n],
    [1000n, 10000n],
  ])('blkio weight %s → io.weight %s', (w, io) => expect(blkioToIoWeight(w)).toBe(io));
});

describe('parseDockerFlags', () => {
  test('reads --flag=value, --flag value, short flags and a whole docker run line', () => {
    const r = parseDockerFlags('docker run -m 512m --cpus=1.5 -c 512 --pids-limit 100 nginx sh -c "echo hi"');
    expect(r).toMatchObject({ ok: true, resources: { memory: 536870912n, nanoCpus: 1_500_000_000n, cpuShares: 512n, pidsLimit: 100n } });
  });
  test('reads device throttles, repeatedly', () => {
    const r = parseDockerFlags('--device-read-bps /dev/sda:1mb --device-read-bps=/dev/sdb:2m --device-write-iops /dev/sda:120');
    expect(r).toMatchObject({
      ok: true,
      resources: {
        deviceReadBps: [
          { path: '/dev/sda', value: 1048576n },
          { path: '/dev/sdb', value: 2097152n },
        ],
        deviceWriteIops: [{ path: '/dev/sda', value: 120n }],
      },
    });
  });
  const errors: [string, LimitsError][] = [
    ['', { code: 'empty' }],
    ['nginx', { code: 'empty' }],
    ['--memroy=512m', { code: 'unknown-flag', flag: '--memroy', suggestion: '--memory' }],
    ['--privileged', { code: 'unknown-flag', flag: '--privileged' }],
    ['--memory', { code: 'missing-value', flag: '--memory' }],
    ['--memory=12XB', { code: 'bad-size', flag: '--memory', value: '12XB', reason: 'unknown-unit' }],
    ['--memory=-1g', { code: 'negative', flag: '--memory', value: '-1g' }],
    ['--memory=4m', { code: 'memory-below-minimum', flag: '--memory', value: '4194304' }],
    ['--memory-reservation=1m', { code: 'memory-below-minimum', flag: '--memory-reservation', value: '1048576' }],
    ['--memory-swap=1g', { code: 'swap-without-memory' }],
    ['--memory=1g --memory-swap=512m', { code: 'swap-below-memory' }],
    ['--memory=512m --memory-reservation=1g', { code: 'reservation-above-memory' }],
    ['--cpus=1 --cpu-quota=50000', { code: 'cpus-with-quota' }],
    ['--cpus=0.001', { code: 'out-of-range', flag: '--cpus', value: '0.001', min: '0.01', max: 'nproc' }],
    ['--cpus=-2', { code: 'negative', flag: '--cpus', value: '-2' }],
    ['--cpus=lots', { code: 'bad-cpus', flag: '--cpus', value: 'lots' }],
    ['--cpus=1,5', { code: 'bad-cpus', flag: '--cpus', value: '1,5' }],
    ['--memory=99999999999999999999999', { code: 'out-of-range', flag: '--memory', value: '99999999999999999999999', min: '0', max: '9223372036854775807' }],
    ['--cpu-shares=-5', { code: 'negative', flag: '--cpu-shares', value: '-5' }],
    ['--cpu-shares=1.5', { code: 'bad-number', flag: '--cpu-shares', value: '1.5' }],
    ['--cpu-period=500', { code: 'out-of-range', flag: '--cpu-period', value: '500', min: '1000', max: '1000000' }],
    ['--cpu-quota=999', { code: 'out-of-range', flag: '--cpu-quota', value: '999', min: '1000', max: String(1n << 62n) }],
    ['--blkio-weight=5', { code: 'out-of-range', flag: '--blkio-weight', value: '5', min: '10', max: '1000' }],
    ['--cpuset-cpus=0-3,x', { code: 'bad-cpuset', flag: '--cpuset-cpus', value: '0-3,x' }],
    ['--device-read-bps=sda:1mb', { code: 'bad-device', flag: '--device-read-bps', value: 'sda:1mb' }],
    ['--device-read-bps=/dev/sda:fast', { code: 'bad-device', flag: '--device-read-bps', value: '/dev/sda:fast' }],
  ];
  test.each(errors)('%j → %j', (input, error) => expect(parseDockerFlags(input)).toEqual({ ok: false, error }));

  test('every error has a message in both languages', () => {
    for (const [, error] of errors) {
      for (const lang of ['en', 'zh-cn'] as const) {
        const text = describeLimitsError(error, LIMITS_MESSAGES[lang]);
        expect(text, `${lang} ${error.code}`).not.toMatch(/\{\w+\}|undefined/);
      }
    }
  });

  test('never throws', () => {
    for (const input of ['--', '-', '--=', '-m=', '"--memory=1g', '--cpus=1e9', '\u0000', '--memory ' + '9'.repeat(500)]) {
      expect(() => parseDockerFlags(input)).not.toThrow();
    }
  });

  test('formatCpus writes nano-CPUs as a decimal', () => expect([formatCpus(1_500_000_000n), formatCpus(2_000_000_000n)]).toEqual(['1.5', '2']));
});

function writes(input: string, formula: 'quadratic' | 'linear' = 'quadratic') {
  const parsed = parseDockerFlags(input);
  if (!parsed.ok) throw new Error(`bad test input: ${JSON.stringify(parsed.error)}`);
  const w = cgroupWrites(parsed.resources, formula);
  const asMap = (list: { file: string; value: string }[]) => Object.fromEntries(list.map((f) => [f.file, f.value]));
  return { v2: asMap(w.v2), v1: asMap(w.v1), notes: w.notes.map((n) => n.code) };
}

describe('cgroupWrites: the runtime conversions', () => {
  test('--cpus=1.5 → cpu.max "150000 100000" (moby period 100 ms)', () => {
    expect(writes('--cpus=1.5')).toMatchObject({ v2: { 'cpu.max': '150000 100000' }, v1: { 'cpu.cfs_quota_us': '150000', 'cpu.cfs_period_us': '100000' } });
  });
  test('--cpu-quota/--cpu-period → cpu.max "QUOTA PERIOD", and "max PERIOD" without a quota', () => {
    expect(writes('--cpu-quota=50000 --cpu-period=200000').v2).toEqual({ 'cpu.max': '50000 200000' });
    expect(writes('--cpu-period=200000').v2).toEqual({ 'cpu.max': 'max 200000' });
  });
  test('--cpu-shares=1024 → cpu.weight 100 (quadratic) or 39 (linear)', () => {
    expect(writes('--cpu-shares=1024').v2).toEqual({ 'cpu.weight': '100' });
    expect(writes('--cpu-shares=1024', 'linear').v2).toEqual({ 'cpu.weight': '39' });
    expect(writes('--cpu-shares=1024').v1).toEqual({ 'cpu.shares': '1024' });
  });
  test('--memory alone → memory.max, and Docker’s default swap of the same size', () => {
    expect(writes('--memory=512m')).toEqual({
      v2: { 'memory.max': '536870912', 'memory.swap.max': '536870912' },
      v1: { 'memory.limit_in_bytes': '536870912', 'memory.memsw.limit_in_bytes': '1073741824' },
      notes: ['swap-default'],
    });
  });
  test('--memory-swap is memory plus swap: v2 gets the difference', () => {
    expect(writes('--memory=300m --memory-swap=1g').v2['memory.swap.max']).toBe(String((1024 - 300) * 1048576));
    expect(writes('--memory=300m --memory-swap=300m')).toMatchObject({ v2: { 'memory.swap.max': '0' }, notes: ['swap-disabled'] });
    expect(writes('--memory=300m --memory-swap=-1')).toMatchObject({ v2: { 'memory.max': '314572800' }, notes: ['swap-unlimited'] });
  });
  test('--memory-reservation → memory.low (v2), memory.soft_limit_in_bytes (v1)', () => {
    expect(writes('--memory-reservation=256m')).toEqual({ v2: { 'memory.low': '268435456' }, v1: { 'memory.soft_limit_in_bytes': '268435456' }, notes: [] });
  });
  test('--pids-limit: a number, or max for 0 and -1', () => {
    expect(writes('--pids-limit=100').v2).toEqual({ 'pids.max': '100' });
    expect(writes('--pids-limit=-1')).toMatchObject({ v2: { 'pids.max': 'max' }, notes: ['pids-unlimited'] });
  });
  test('--blkio-weight → io.bfq.weight as is, or io.weight converted', () => {
    expect(writes('--blkio-weight=500')).toMatchObject({ v2: { 'io.bfq.weight': '500', 'io.weight': '4950' }, v1: { 'blkio.weight': '500' } });
  });
  test('--device-read-bps → io.max "MAJ:MIN rbps=N"', () => {
    expect(writes('--device-read-bps=/dev/sda:1mb')).toEqual({
      v2: { 'io.max': 'MAJ:MIN(/dev/sda) rbps=1048576' },
      v1: { 'blkio.throttle.read_bps_device': 'MAJ:MIN(/dev/sda) 1048576' },
      notes: ['device-numbers'],
    });
  });
  test('--cpuset-cpus and --cpuset-mems are copied', () => {
    expect(writes('--cpuset-cpus=0-3,5 --cpuset-mems=0').v2).toEqual({ 'cpuset.cpus': '0-3,5', 'cpuset.mems': '0' });
  });
});
