import { describe, expect, test } from 'vitest';
import { dockerResourceFlags, dockerRunOptions } from '../../src/data/index.ts';
import { uniqueFlags } from '../../src/data/checks/unique-flags.ts';
import { DockerRunOptionSchema } from '../../src/data/schema/docker-run-option.ts';
import { findOption, suggestFlag, toRunOptionTable } from '../../src/lib/docker-run/options.ts';
import { RESOURCE_FLAGS } from '../../src/lib/cgroup-limits/parse.ts';

/**
 * Every option in the table of docs/reference/commandline/container_run.md at docker/cli v29.7.2,
 * as the table spells it (shorthand first).
 */
const REFERENCE_TABLE = `--add-host --annotation -a --attach --blkio-weight --blkio-weight-device --cap-add --cap-drop --cgroup-parent
--cgroupns --cidfile --cpu-count --cpu-percent --cpu-period --cpu-quota --cpu-rt-period --cpu-rt-runtime -c --cpu-shares --cpus
--cpuset-cpus --cpuset-mems -d --detach --detach-keys --device --device-cgroup-rule --device-read-bps --device-read-iops
--device-write-bps --device-write-iops --dns --dns-option --dns-search --domainname --entrypoint -e --env --env-file --expose
--gpus --group-add --health-cmd --health-interval --health-retries --health-start-interval --health-start-period
--health-timeout --help -h --hostname --init -i --interactive --io-maxbandwidth --io-maxiops --ip --ip6 --ipc --isolation -l
--label --label-file --link --link-local-ip --log-driver --log-opt --mac-address -m --memory --memory-reservation --memory-swap
--memory-swappiness --mount --name --network --network-alias --no-healthcheck --oom-kill-disable --oom-score-adj --pid
--pids-limit --platform --privileged -p --publish -P --publish-all --pull -q --quiet --read-only --restart --rm --runtime
--security-opt --shm-size --sig-proxy --stop-signal --stop-timeout --storage-opt --sysctl --tmpfs -t --tty --ulimit
--use-api-socket -u --user --userns --uts -v --volume --volume-driver --volumes-from -w --workdir`.split(/\s+/);

describe('the docker run option data', () => {
  test('has every option of the reference table, with its shorthand', () => {
    const longs = REFERENCE_TABLE.filter((f) => f.startsWith('--'));
    expect(longs).toHaveLength(102);
    const visible = dockerRunOptions.filter((o) => !o.status || o.status === 'deprecated').filter((o) => o.flag !== '--kernel-memory' && o.flag !== '--disable-content-trust');
    expect(visible.map((o) => o.flag).sort()).toEqual([...longs].sort());
    for (const [i, f] of REFERENCE_TABLE.entries()) {
      if (!f.startsWith('--')) expect(dockerRunOptions.find((o) => o.flag === REFERENCE_TABLE[i + 1])?.short, f).toBe(f);
    }
  });

  test('also has the hidden and deprecated spellings docker/cli accepts', () => {
    const extra = dockerRunOptions.filter((o) => o.status).map((o) => `${o.flag}:${o.status}:${o.aliasOf ?? ''}`);
    expect(extra.sort()).toEqual([
      '--disable-content-trust:deprecated:',
      '--dns-opt:hidden:--dns-option',
      '--kernel-memory:deprecated:',
      '--net-alias:hidden:--network-alias',
      '--net:hidden:--network',
    ]);
  });

  test('every resource flag of the cgroup limits calculator is a resource option with a kernel effect', () => {
    for (const flag of Object.keys(RESOURCE_FLAGS)) expect(dockerRunOptions.find((o) => o.flag === flag), flag).toMatchObject({ group: 'resources', kernel: true });
  });

  test('derives whether an option takes a value and can be repeated from Docker’s type', () => {
    const pick = (flag: string) => {
      const o = dockerRunOptions.find((x) => x.flag === flag)!;
      return [o.type, o.takesValue, o.repeatable];
    };
    expect([pick('--rm'), pick('--memory'), pick('--publish'), pick('--mount'), pick('--sysctl'), pick('--ulimit')]).toEqual([
      ['bool', false, false],
      ['bytes', true, false],
      ['list', true, true],
      ['mount', true, true],
      ['map', true, true],
      ['ulimit', true, true],
    ]);
  });

  test('Chinese meanings follow the house style: full-width punctuation, a space between Chinese and Latin', () => {
    for (const { flag, meaning } of dockerRunOptions) {
      expect(meaning['zh-cn'], flag).not.toMatch(/[\u4e00-\u9fff][,.;:?!()]|[,;:?!()][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/);
      expect(meaning['zh-cn'], flag).not.toMatch(/交换分区|名字空间|控制组/);
    }
  });

  test('the schema rejects a malformed flag', () => {
    const bad = { flag: '-memory', type: 'bytes', group: 'resources', kernel: true, meaning: { en: 'x', 'zh-cn': 'x' }, source: { title: 't', url: 'https://example.org' } };
    expect(DockerRunOptionSchema.safeParse(bad).success).toBe(false);
  });
});

describe('uniqueFlags', () => {
  test.each([
    ['accepts distinct spellings', [{ flag: '--memory', short: '-m' }, { flag: '--mount' }], []],
    ['reports a flag defined twice', [{ flag: '--rm' }, { flag: '--rm' }], ['--rm: the flag is defined twice']],
    ['reports a shorthand used twice', [{ flag: '--memory', short: '-m' }, { flag: '--mount', short: '-m' }], ['--mount: the shorthand -m is also the shorthand of --memory']],
    ['reports an alias of an unknown flag', [{ flag: '--net', aliasOf: '--netwrok' }], ['--net: aliasOf names no other flag (--netwrok)']],
    ['reports an alias of itself', [{ flag: '--net', aliasOf: '--net' }], ['--net: aliasOf names no other flag (--net)']],
  ])('%s', (_name, options, problems) => expect(uniqueFlags(options)).toEqual(problems));
});

describe('the option table', () => {
  const en = toRunOptionTable(dockerRunOptions, 'en', dockerResourceFlags);
  const zh = toRunOptionTable(dockerRunOptions, 'zh-cn', dockerResourceFlags);

  test('is one language and plain JSON', () => {
    expect(JSON.parse(JSON.stringify(en))).toEqual(en);
    expect(findOption(zh, '-d')?.meaning).toBe('在后台运行，并打印容器 ID。');
    expect(findOption(en, '--memory')?.allowed).toBe(dockerResourceFlags.find((f) => f.flag === '--memory')?.value.en);
  });

  test.each([
    ['-p', '--publish'],
    ['--net', '--net'],
    ['-x', undefined],
  ])('findOption(%j) is %j', (name, flag) => expect(findOption(en, name)?.flag).toBe(flag));

  test.each([
    ['--memroy', '--memory'],
    ['--netwrok', '--network'],
    ['--volumes', '--volume'],
    ['--priviledged', '--privileged'],
    ['--banana', undefined],
    ['--x', undefined],
  ])('suggestFlag(%j) is %j', (flag, suggestion) => expect(suggestFlag(en, flag)).toBe(suggestion));
});
