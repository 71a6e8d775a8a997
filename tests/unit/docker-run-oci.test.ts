import { describe, expect, test } from 'vitest';
import { cloneFlagTerms, dockerResourceFlags, dockerRunOptions, namespaceTerms } from '../../src/data/index.ts';
import { toFlagTable } from '../../src/lib/clone-flags/table.ts';
import { toRunOptionTable } from '../../src/lib/docker-run/options.ts';
import { explainDockerRun, type ExplainContext, type RunExplanation } from '../../src/lib/docker-run/explain.ts';
import { ALL_CAPABILITIES, DOCKER_DEFAULT_CAPABILITIES, effectiveCapabilities } from '../../src/lib/docker-run/capabilities.ts';
import { mergeTmpfsOptions } from '../../src/lib/docker-run/tmpfs.ts';
import { configJson } from '../../src/lib/docker-run/oci.ts';

const context: ExplainContext = { options: toRunOptionTable(dockerRunOptions, 'en', dockerResourceFlags), flags: toFlagTable(cloneFlagTerms, namespaceTerms) };

function explain(input: string): RunExplanation {
  const result = explainDockerRun(input, context);
  if (!result.ok) throw new Error(`expected an explanation of ${input}, got ${JSON.stringify(result.error)}`);
  return result.explanation;
}
const refused = (input: string) => {
  const result = explainDockerRun(input, context);
  return result.ok ? undefined : result.error;
};

describe('process.args', () => {
  test.each([
    ['docker run ubuntu bash', ['<ENTRYPOINT>', 'bash'], ['entrypoint-unknown']],
    ['docker run nginx', ['<ENTRYPOINT>', '<CMD>'], ['entrypoint-unknown', 'cmd-from-image']],
    ['docker run --entrypoint /bin/sh alpine -c "echo hi"', ['/bin/sh', '-c', 'echo hi'], []],
    ['docker run --entrypoint /bin/sh alpine', ['/bin/sh'], ['entrypoint-drops-cmd']],
    ['docker run --entrypoint "" alpine ls -l', ['ls', '-l'], []],
  ])('%s', (input, args, codes) => {
    const e = explain(input);
    expect(e.config.process.args).toEqual(args);
    expect(e.notes.map((n) => n.code).filter((c) => /entrypoint|cmd/.test(c))).toEqual(codes);
  });
  test('an empty entrypoint and no command is refused', () => {
    expect(refused('docker run --entrypoint= alpine')).toEqual({ code: 'no-command', flag: '--entrypoint', value: '' });
  });
});

describe('process.user, terminal and noNewPrivileges', () => {
  test.each([
    ['docker run -u 1000:1000 alpine', { uid: 1000, gid: 1000 }, ['non-root-capabilities']],
    ['docker run --user postgres alpine', { uid: 'postgres' }, ['user-from-image', 'non-root-capabilities']],
    ['docker run --user 0 alpine', { uid: 0 }, ['user-from-image']],
    ['docker run --user root:docker alpine', { uid: 'root', gid: 'docker' }, ['user-from-image']],
  ])('%s', (input, user, codes) => {
    const e = explain(input);
    expect(e.config.process.user).toEqual(user);
    expect(e.notes.map((n) => n.code).filter((c) => /user|root/.test(c))).toEqual(codes);
  });
  test.each([
    ['--security-opt no-new-privileges', true],
    ['--security-opt no-new-privileges=true', true],
    ['--security-opt no-new-privileges:false', false],
    ['--security-opt apparmor=unconfined', undefined],
  ])('%s → noNewPrivileges %s', (flags, value) => expect(explain(`docker run ${flags} alpine`).config.process.noNewPrivileges).toBe(value));
  test.each(['no-new-privileges=maybe', 'selinux=off', 'seccomp'])('--security-opt %s is refused', (value) =>
    expect(refused(`docker run --security-opt ${value} alpine`)).toMatchObject({ code: 'bad-security-opt', flag: '--security-opt', value }),
  );
  test('-t sets terminal, --read-only the root', () => {
    const e = explain('docker run -it --read-only alpine');
    expect([e.config.process.terminal, e.config.root.readonly]).toEqual([true, true]);
    expect(explain('docker run alpine').config.root.readonly).toBe(false);
  });
});

describe('capabilities', () => {
  test.each([
    [[], [], false, [...DOCKER_DEFAULT_CAPABILITIES]],
    [['NET_ADMIN'], ['MKNOD', 'cap_net_raw'], false, [...DOCKER_DEFAULT_CAPABILITIES.filter((c) => c !== 'CAP_MKNOD' && c !== 'CAP_NET_RAW'), 'CAP_NET_ADMIN']],
    [['chown'], ['ALL'], false, ['CAP_CHOWN']],
    [[], ['all'], false, []],
    [['ALL'], ['SYS_ADMIN'], false, ALL_CAPABILITIES.filter((c) => c !== 'CAP_SYS_ADMIN')],
    [['CHOWN'], [], false, [...DOCKER_DEFAULT_CAPABILITIES]],
    [[], ['ALL'], true, [...ALL_CAPABILITIES]],
  ])('add %j drop %j privileged %s', (add, drop, privileged, caps) => expect(effectiveCapabilities(add, drop, privileged)).toEqual(caps));
  test('an unknown capability is refused, with the flag', () => {
    expect(effectiveCapabilities(['NET_GOD'], [], false)).toMatchObject({ code: 'unknown-capability', flag: '--cap-add', value: 'NET_GOD' });
  });
  test('Docker’s defaults are 14 and Linux has 41', () => expect([DOCKER_DEFAULT_CAPABILITIES.length, ALL_CAPABILITIES.length]).toEqual([14, 41]));
  test('the three sets are the same list', () => {
    const { bounding, effective, permitted } = explain('docker run --cap-add SYS_PTRACE alpine').config.process.capabilities;
    expect(bounding).toContain('CAP_SYS_PTRACE');
    expect([effective, permitted]).toEqual([bounding, bounding]);
  });
  test('--privileged is noted', () => expect(explain('docker run --privileged alpine').notes).toContainEqual({ code: 'privileged' }));
});

describe('mounts', () => {
  const mounts = (input: string) => explain(input).config.mounts;
  test.each([
    ['-v pgdata:/var/lib/postgresql/data', { destination: '/var/lib/postgresql/data', type: 'bind', source: '/var/lib/docker/volumes/pgdata/_data', options: ['rbind'] }],
    ['-v /some/content:/usr/share/nginx/html:ro', { destination: '/usr/share/nginx/html', type: 'bind', source: '/some/content', options: ['rbind', 'rro', 'rprivate'] }],
    ['-v /src/:/app/./x:rshared,z', { destination: '/app/x', type: 'bind', source: '/src', options: ['rbind', 'rshared'] }],
    ['-v ./data:/data', { destination: '/data', type: 'bind', source: '$PWD/data', options: ['rbind', 'rprivate'] }],
    ['-v $(pwd):/app', { destination: '/app', type: 'bind', source: '$(pwd)', options: ['rbind', 'rprivate'] }],
    ['-v /cache', { destination: '/cache', type: 'bind', source: '/var/lib/docker/volumes/<random id>/_data', options: ['rbind'] }],
    ['--mount type=bind,src=/data,dst=/data,readonly', { destination: '/data', type: 'bind', source: '/data', options: ['rbind', 'rro', 'rprivate'] }],
    ['--mount type=bind,source=/data,target=/data,ro=true,bind-recursive=writable', { destination: '/data', type: 'bind', source: '/data', options: ['rbind', 'ro', 'rprivate'] }],
    ['--mount type=bind,source=/data,target=/data,bind-recursive=disabled,bind-propagation=slave', { destination: '/data', type: 'bind', source: '/data', options: ['bind', 'slave'] }],
    ['--mount source=cache,target=/cache', { destination: '/cache', type: 'bind', source: '/var/lib/docker/volumes/cache/_data', options: ['rbind'] }],
    ['--mount type=tmpfs,destination=/cache,tmpfs-size=64m,tmpfs-mode=1770', { destination: '/cache', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'rprivate', 'mode=1770', 'size=64m'] }],
    ['--tmpfs /run:rw,size=64m,exec', { destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'rprivate', 'rw', 'size=64m', 'exec'] }],
    ['--tmpfs /tmp', { destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['noexec', 'nosuid', 'nodev', 'rprivate'] }],
  ])('%s', (flags, mount) => expect(mounts(`docker run ${flags} alpine`)).toEqual([mount]));

  test('each kind of mount brings its note', () => {
    const e = explain('docker run -v data:/a -v /b -v ./c:/c -v ~/d:/d:ro --mount type=bind,src=/e,dst=/e --mount type=image,source=x,target=/f alpine');
    expect(e.notes.filter((n) => !['entrypoint-unknown', 'cmd-from-image', 'default-mounts'].includes(n.code))).toEqual([
      { code: 'named-volume', name: 'data' },
      { code: 'anonymous-volume', target: '/b' },
      { code: 'relative-bind', path: './c' },
      { code: 'unexpanded', value: '~/d' },
      { code: 'recursive-readonly', target: '/d' },
      { code: 'bind-source-must-exist', path: '/e' },
      { code: 'mount-type-not-modelled', type: 'image' },
    ]);
  });

  test.each([
    ['-v /data:ro', 'bad-volume', '/data:ro'],
    ['-v data:relative', 'bad-volume', 'data:relative'],
    ['-v /a:/b:rw,ro', 'bad-volume', '/a:/b:rw,ro'],
    ['-v a:b:c:d', 'bad-volume', 'a:b:c:d'],
    ['--mount type=bind,target=/x', 'bad-mount', 'source'],
    ['--mount type=volume,src=x,dst=/x,bind-propagation=shared', 'bad-mount', 'bind-propagation'],
    ['--mount type=bind,src=/x,dst=/x,readonly=yes', 'bad-mount', 'readonly=yes'],
    ['--mount type=bind,src=/x,dst=x', 'bad-mount', 'target=x'],
    ['--mount type=bind,src=/x,dst=/x,colour=red', 'bad-mount', 'colour=red'],
    ['--mount src', 'bad-mount', 'src'],
    ['--tmpfs /run:size=1m,bogus', 'bad-tmpfs', 'bogus'],
    ['--tmpfs run', 'bad-tmpfs', 'run'],
    ['--mount type=tmpfs,dst=/t,tmpfs-mode=999', 'bad-tmpfs', 'tmpfs-mode=999'],
  ])('%s is refused', (flags, code, value) => expect(refused(`docker run ${flags} alpine`)).toMatchObject({ code, value }));

  test('mergeTmpfsOptions keeps the last of each kind', () => {
    expect(mergeTmpfsOptions(['noexec', 'rprivate', 'size=1m', 'exec', 'shared', 'size=2m'])).toEqual(['exec', 'shared', 'size=2m']);
    expect(mergeTmpfsOptions(['defaults', 'ro'])).toEqual(['ro']);
  });
});

describe('linux.namespaces and linux.resources', () => {
  test('shared namespaces get the path runc joins; the host’s are left out', () => {
    expect(explain('docker run --network container:db --pid host alpine').config.linux.namespaces).toEqual([
      { type: 'mount' },
      { type: 'network', path: '/proc/<pid of db>/ns/net' },
      { type: 'time' },
      { type: 'uts' },
      { type: 'ipc' },
      { type: 'cgroup' },
    ]);
  });
  test.each([
    ['--memory=256m', { memory: { limit: 268435456n, swap: 536870912n } }],
    ['--memory=256m --memory-swap=-1 --memory-reservation=128m', { memory: { limit: 268435456n, reservation: 134217728n } }],
    ['--cpus=1.5 --cpuset-cpus 0-3', { cpu: { quota: 150000n, period: 100000n, cpus: '0-3' } }],
    ['--cpu-quota=50000 --cpu-shares 512', { cpu: { shares: 512n, quota: 50000n } }],
    ['--pids-limit=100', { pids: { limit: 100n } }],
    ['--pids-limit=0', { pids: { limit: -1n } }],
    ['--blkio-weight 500 --device-read-iops /dev/sda:100', { blockIO: { weight: 500n, throttleReadIOPSDevice: [{ major: 'MAJ(/dev/sda)', minor: 'MIN(/dev/sda)', rate: 100n }] } }],
  ])('%s', (flags, resources) => expect(explain(`docker run ${flags} alpine`).config.linux.resources).toEqual(resources));
  test('no resource flag, no linux.resources', () => expect(explain('docker run alpine').config.linux.resources).toBeUndefined());
});

describe('configJson', () => {
  test('writes bigints as numbers and small objects on one line', () => {
    expect(configJson({ linux: { namespaces: [{ type: 'pid' }], resources: { memory: { limit: 9223372036854775807n } } }, args: ['a', 'b'], none: [] })).toBe(
      [
        '{',
        '  "linux": {',
        '    "namespaces": [',
        '      { "type": "pid" }',
        '    ],',
        '    "resources": {',
        '      "memory": { "limit": 9223372036854775807 }',
        '    }',
        '  },',
        '  "args": ["a", "b"],',
        '  "none": []',
        '}',
      ].join('\n'),
    );
  });
  test('is valid JSON for a whole explanation', () => {
    const e = explain('docker run -it --rm -m 1g -v x:/x --user 1:2 --security-opt no-new-privileges ubuntu bash -c "echo \\"hi\\""');
    expect(JSON.parse(configJson(e.config))).toMatchObject({ process: { args: ['<ENTRYPOINT>', 'bash', '-c', 'echo "hi"'], user: { uid: 1, gid: 2 } } });
  });
});
