import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cloneFlagTerms, dockerResourceFlags, dockerRunOptions, namespaceTerms } from '../../src/data/index.ts';
import { toFlagTable } from '../../src/lib/clone-flags/table.ts';
import { toRunOptionTable } from '../../src/lib/docker-run/options.ts';
import { explainDockerRun, type ExplainContext, type RunExplanation } from '../../src/lib/docker-run/explain.ts';
import type { DaemonOptions } from '../../src/lib/docker-run/namespaces.ts';

const context: ExplainContext = { options: toRunOptionTable(dockerRunOptions, 'en', dockerResourceFlags), flags: toFlagTable(cloneFlagTerms, namespaceTerms) };

function explain(input: string, daemon: Partial<DaemonOptions> = {}): RunExplanation {
  const result = explainDockerRun(input, context, daemon);
  if (!result.ok) throw new Error(`expected an explanation of ${input}, got ${JSON.stringify(result.error)}`);
  return result.explanation;
}

/** Namespaces as `kind:state` words, `container:x` for shared ones. */
const states = (e: RunExplanation) =>
  Object.fromEntries(e.namespaces.map((n) => [n.kind, typeof n.state === 'object' ? `container:${n.state.container}` : n.state]));

const DEFAULTS = { cgroup: 'new', ipc: 'new', network: 'new', mount: 'new', pid: 'new', time: 'new', user: 'host', uts: 'new' };

type Case = [string, Partial<DaemonOptions>, Record<string, string>];

describe('namespaces follow Docker’s defaults and the options', () => {
  test.each<Case>([
    ['docker run nginx', {}, {}],
    ['docker run --pid=host --uts=host --ipc=host --network=host --cgroupns=host alpine', {}, { pid: 'host', uts: 'host', ipc: 'host', network: 'host', cgroup: 'host' }],
    ['docker run --net host alpine', {}, { network: 'host' }],
    ['docker run --network none --ipc none alpine', {}, { network: 'none', ipc: 'none' }],
    ['docker run --network mynet --ipc shareable --ipc private alpine', {}, {}],
    ['docker run --network name=mynet,alias=web alpine', {}, {}],
    ['docker run --pid container:db --ipc container:db --network container:db alpine', {}, { pid: 'container:db', ipc: 'container:db', network: 'container:db' }],
    ['docker run --cgroupns=private alpine', { cgroupVersion: 1 }, {}],
    ['docker run alpine', { cgroupVersion: 1 }, { cgroup: 'host' }],
    ['docker run --privileged alpine', { cgroupVersion: 1, defaultCgroupnsMode: 'private' }, { cgroup: 'host' }],
    ['docker run --privileged alpine', { cgroupVersion: 2 }, {}],
    ['docker run alpine', { defaultCgroupnsMode: 'host' }, { cgroup: 'host' }],
    ['docker run alpine', { timeNamespace: false }, { time: 'host' }],
    ['docker run alpine', { usernsRemap: true }, { user: 'new' }],
    ['docker run --userns=host --privileged alpine', { usernsRemap: true }, {}],
    ['docker run --ipc container:a --pid container:b alpine', { usernsRemap: true }, { ipc: 'container:a', pid: 'container:b', user: 'container:b' }],
    ['docker run --pid= alpine', {}, {}],
  ])('%s (daemon %j)', (input, daemon, changed) => expect(states(explain(input, daemon))).toEqual({ ...DEFAULTS, ...changed }));

  test('each namespace says why', () => {
    const reasons = Object.fromEntries(explain('docker run --pid=host alpine').namespaces.map((n) => [n.kind, n.reason]));
    expect(reasons).toEqual({
      cgroup: { code: 'daemon-cgroupns', mode: 'private', cgroupVersion: 2 },
      ipc: { code: 'daemon-ipc', mode: 'private' },
      network: { code: 'default-new' },
      mount: { code: 'always-new' },
      pid: { code: 'option', flag: '--pid', value: 'host' },
      time: { code: 'time-private' },
      user: { code: 'no-userns-remap' },
      uts: { code: 'default-new' },
    });
  });

  test.each([
    ['docker run --pid=private alpine', { code: 'bad-mode', flag: '--pid', value: 'private', allowed: 'host, container:<name|id>' }],
    ['docker run --uts=container:x alpine', { code: 'bad-mode', flag: '--uts', value: 'container:x', allowed: 'host' }],
    ['docker run --ipc=container: alpine', { code: 'bad-mode', flag: '--ipc', value: 'container:', allowed: 'private, shareable, none, host, container:<name|id>' }],
    ['docker run --cgroupns=shared alpine', { code: 'bad-mode', flag: '--cgroupns', value: 'shared', allowed: 'host, private' }],
    ['docker run --userns=private alpine', { code: 'bad-mode', flag: '--userns', value: 'private', allowed: 'host' }],
    ['docker run --network host --network mynet alpine', { code: 'conflicting-networks', flag: '--network', value: 'host, mynet' }],
  ])('%s is refused', (input, error) => expect(explainDockerRun(input, context)).toEqual({ ok: false, error }));

  test.each([
    ['docker run --privileged alpine', '--privileged', 'true'],
    ['docker run --network host alpine', '--network', 'host'],
    ['docker run --pid host alpine', '--pid', 'host'],
  ])('with userns-remap, %s is refused', (input, flag, value) =>
    expect(explainDockerRun(input, context, { usernsRemap: true })).toEqual({ ok: false, error: { code: 'userns-conflict', flag, value } }),
  );
});

describe('clone flags of the new namespaces', () => {
  test.each<[string, Partial<DaemonOptions>, bigint, string]>([
    ['docker run nginx', {}, 0x6e020080n, '?flags=newtime,newns,newcgroup,newuts,newipc,newpid,newnet'],
    ['docker run --network host --pid host nginx', {}, 0x0e020080n, '?flags=newtime,newns,newcgroup,newuts,newipc'],
    ['docker run --network none nginx', { timeNamespace: false, cgroupVersion: 1 }, 0x6c020000n, '?flags=newns,newuts,newipc,newpid,newnet'],
    ['docker run nginx', { usernsRemap: true }, 0x7e020080n, '?flags=newtime,newns,newcgroup,newuts,newipc,newuser,newpid,newnet'],
  ])('%s (daemon %j)', (input, daemon, mask, query) => expect(explain(input, daemon).cloneFlags).toMatchObject({ mask, query }));

  test('names the constants lowest bit first', () => {
    expect(explain('docker run --uts=host --ipc=host --network=host --pid=host --cgroupns=host alpine', { timeNamespace: false }).cloneFlags).toEqual({
      mask: 0x20000n,
      names: ['CLONE_NEWNS'],
      query: '?flags=newns',
    });
  });
});

describe('cgroup files of the resource flags, from the cgroup limits calculator', () => {
  const files = (input: string) => explain(input).cgroups?.v2.map((w) => `${w.file} ${w.value}`);
  test.each([
    ['docker run --memory=256m alpine', ['memory.max 268435456', 'memory.swap.max 268435456']],
    ['docker run --cpus=1.5 alpine', ['cpu.max 150000 100000']],
    ['docker run --pids-limit=100 alpine', ['pids.max 100']],
    ['docker run -m 1g --memory-swap 1g -c 512 alpine', ['memory.max 1073741824', 'memory.swap.max 0', 'cpu.weight 59']],
    ['docker run --cpu-shares=0x400 alpine', ['cpu.weight 100']],
    ['docker run --device-write-bps /dev/sda:10mb alpine', ['io.max MAJ:MIN(/dev/sda) wbps=10485760']],
  ])('%s', (input, expected) => expect(files(input)).toEqual(expected));

  test('no resource flag, no cgroup files', () => expect(explain('docker run alpine').cgroups).toBeUndefined());
  test('v1 files too', () => expect(explain('docker run --cpus=0.5 alpine').cgroups?.v1.map((w) => w.file)).toEqual(['cpu.cfs_quota_us', 'cpu.cfs_period_us']));

  test.each([
    ['docker run --memory=4m alpine', { code: 'resource', error: { code: 'memory-below-minimum', flag: '--memory', value: '4194304' } }],
    ['docker run --memory=12XB alpine', { code: 'resource', error: { code: 'bad-size', flag: '--memory', value: '12XB', reason: 'unknown-unit' } }],
    ['docker run --memory=9000000p alpine', { code: 'beyond-int64', flag: '--memory', value: '9000000p', allowed: '9223372036854775807' }],
    ['docker run --cpus=-1 alpine', { code: 'resource', error: { code: 'negative', flag: '--cpus', value: '-1' } }],
    ['docker run --cpus=many alpine', { code: 'bad-cpus', flag: '--cpus', value: 'many', allowed: '0.01…nproc' }],
    ['docker run --cpus=1 --cpu-quota=50000 alpine', { code: 'resource', error: { code: 'cpus-with-quota' } }],
  ])('%s is refused', (input, error) => expect(explainDockerRun(input, context)).toEqual({ ok: false, error }));
});

describe('options without kernel effect, and those not shown', () => {
  test('the postgres README command', () => {
    const e = explain('docker run -d --name db -p 5432:5432 -e POSTGRES_PASSWORD=secret --restart unless-stopped postgres:16');
    expect(e.noKernelEffect.map((o) => [o.spelled, o.value])).toEqual([['-d', undefined], ['--name', 'db'], ['-e', 'POSTGRES_PASSWORD=secret'], ['--restart', 'unless-stopped']]);
    expect(e.noKernelEffect[0]?.meaning).toBe('Run in the background and print the container ID.');
    expect(e.notModelled.map((o) => o.flag)).toEqual(['--publish']);
  });

  test('seccomp is not shown, no-new-privileges is', () => {
    const e = explain('docker run --security-opt seccomp=unconfined --security-opt no-new-privileges alpine');
    expect(e.notModelled.map((o) => o.value)).toEqual(['seccomp=unconfined']);
    expect(e.config.process.noNewPrivileges).toBe(true);
  });

  test('a deprecated flag is noted, a Windows-only one refused', () => {
    expect(explain('docker run --kernel-memory 50m alpine').notes).toContainEqual({ code: 'deprecated-flag', flag: '--kernel-memory' });
    expect(explainDockerRun('docker run --cpu-count 2 alpine', context)).toEqual({
      ok: false,
      error: { code: 'windows-only', flag: '--cpu-count', value: '2', allowed: 'Windows' },
    });
  });

  test('docker create is explained, with a note that nothing runs yet', () => {
    expect(explain('docker create --name c alpine').notes[0]).toEqual({ code: 'create-only' });
  });
});

describe('explainDockerRun never throws', () => {
  test('on any string after docker run', () => {
    const part = fc.oneof(fc.constantFrom('--memory=', '--cpus ', '-v ', '--mount ', '--tmpfs ', '--pid ', '--cap-add ', '--user ', 'alpine ', ':', ','), fc.string());
    fc.assert(fc.property(fc.array(part), (parts) => typeof explainDockerRun(`docker run ${parts.join('')}`, context).ok === 'boolean'));
  });
});
