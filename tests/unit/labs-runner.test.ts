import { describe, expect, test } from 'vitest';
import {
  LAB_MESSAGES,
  REQUIREMENT_PATTERN,
  applyRule,
  cgroupMounts,
  commandsNamed,
  describeRequirement,
  idleRules,
  joinPhrases,
  normalizeOutput,
  parseRequirement,
  readStepResult,
  skipReason,
  stateChanges,
  wrapStep,
  type MachineProbe,
} from '../../src/lib/labs/index.ts';

describe('applyRule', () => {
  const cases: [string, string, { pattern: string; replacement: string }, string][] = [
    ['replaces every match', 'PID 12 PID 345', { pattern: String.raw`\d+`, replacement: 'N' }, 'PID N PID N'],
    ['numbers distinct matches so equal values stay equal', 'a:[401] b:[402] c:[401]', { pattern: String.raw`\d+`, replacement: 'i{n}' }, 'a:[i1] b:[i2] c:[i1]'],
    ['fills groups', 'max 7\noom 1', { pattern: String.raw`^(max|oom) [1-9]\d*$`, replacement: '$1 <n>' }, 'max <n>\noom <n>'],
    ['leaves $1 empty when the pattern has no group', 'x 1', { pattern: String.raw`\d`, replacement: '<$1>' }, 'x <>'],
    ['anchors ^ and $ at each line', 'a 1\nb 2', { pattern: String.raw`^b \d$`, replacement: 'B' }, 'a 1\nB'],
  ];
  test.each(cases)('%s', (_name, text, rule, expected) => {
    expect(applyRule(text, rule)).toBe(expected);
  });
});

describe('normalizeOutput', () => {
  test('applies the rules in order, then drops trailing spaces and blank lines at the ends', () => {
    const rules = [
      { pattern: 'lab\\.\\w{6}', replacement: 'lab.X' },
      { pattern: ' {2,}', replacement: ' ' },
    ];
    expect(normalizeOutput('\n/tmp/lab.Ab12Cd   \nNS   TYPE  \n\n', rules)).toBe('/tmp/lab.X\nNS TYPE');
  });

  test('keeps a difference that no rule covers', () => {
    const rule = [{ pattern: 'max [1-9]\\d*', replacement: 'max <n>' }];
    expect(normalizeOutput('max 0', rule)).not.toBe(normalizeOutput('max 3', rule));
  });

  test('treats CRLF like LF', () => {
    expect(normalizeOutput('a\r\nb\r\n', [])).toBe('a\nb');
  });
});

describe('idleRules', () => {
  test('returns the rules that match nothing', () => {
    const used = { pattern: '\\d+', replacement: 'N' };
    const idle = { pattern: 'inode', replacement: 'I' };
    expect(idleRules('PID 42', [used, idle])).toEqual([idle]);
  });

  test('tries each rule on what the rules before it left', () => {
    const rules = [
      { pattern: '4026\\d{6}', replacement: 'ns{n}' },
      { pattern: '^ns\\d+ uts', replacement: 'X' },
    ];
    expect(idleRules('4026531838 uts', rules)).toEqual([]);
  });

    test('counts a zero-width match as a match', () => {
    expect(idleRules('0::/lxc.payload.x', [{ pattern: '(?<=^0::/)(?:.*/)?(?=lxc)', replacement: '' }])).toEqual([]);
  });
});

describe('wrapStep and readStepResult', () => {
  test('a wrapped step ends with the marker, the status and the variables', () => {
    const script = wrapStep('hostname', 'M1', ['LAB']);
    expect(script.startsWith('{\nhostname\n} </dev/null 2>&1\n')).toBe(true);
    expect(script).toContain(`printf '%s=%s\\n' LAB "\${LAB-}"`);
    expect(script.endsWith("printf '%s end\\n' M1\n")).toBe(true);
  });

  test('refuses a marker or variable the shell would misread', () => {
    expect(() => wrapStep('true', 'M 1', [])).toThrow(/marker/);
    expect(() => wrapStep('true', 'M1', ['A;rm'])).toThrow(/variable/);
  });

  const cases: [string, string, ReturnType<typeof readStepResult>][] = [
    ['waits for the end marker', 'vm\n\nM1 status 0\nLAB=/tmp/x\n', undefined],
    ['reads output, status and variables', 'vm\n\nM1 status 0\nLAB=/tmp/x\nPID=\nM1 end\n', { output: 'vm\n', status: 0, vars: { LAB: '/tmp/x', PID: '' }, rest: '' }],
    ['keeps output without a final newline as it is', 'no newline\nM1 status 1\nM1 end\nnext', { output: 'no newline', status: 1, vars: {}, rest: 'next' }],
    ['keeps an "=" inside a value', '\nM1 status 0\nA=x=y\nM1 end\n', { output: '', status: 0, vars: { A: 'x=y' }, rest: '' }],
  ];
  test.each(cases)('%s', (_name, buffer, expected) => {
    expect(readStepResult(buffer, 'M1')).toEqual(expected);
  });
});

describe('requirements', () => {
  test.each(['root', 'command:lxc-start', 'cgroup-v2-controller:memory', 'cgroup-layout:hybrid', 'cgroup-v2-controller:pids|cgroup-v1-controller:pids', 'lxc-start'])(
    'accepts %s',
    (text) => expect(REQUIREMENT_PATTERN.test(text)).toBe(true),
  );
  test.each(['', 'rooot', 'cgroup-layout:mixed', 'command:', 'root|', 'command:rm -rf'])('rejects "%s"', (text) => {
    expect(REQUIREMENT_PATTERN.test(text)).toBe(false);
  });

  test('parseRequirement reads kind and argument', () => {
    expect(parseRequirement('cgroup-v1-controller:memory')).toEqual({ kind: 'cgroup-v1-controller', name: 'memory' });
    expect(parseRequirement('cgroup-layout:unified')).toEqual({ kind: 'cgroup-layout', layout: 'unified' });
    expect(() => parseRequirement('cgroup-layout:mixed')).toThrow(/Unknown lab requirement/);
  });

  test('commandsNamed lists each program once', () => {
    expect(commandsNamed(['root', 'command:ip|command:busybox', 'command:ip'])).toEqual(['ip', 'busybox']);
  });
});

describe('skipReason', () => {
  const hybrid: MachineProbe = {
    uid: 0,
    commands: new Set(['ip', 'unshare']),
    cgroupLayout: 'hybrid',
    v2Controllers: new Set(),
    v1Controllers: new Set(['cpu', 'memory', 'pids']),
    unprivilegedUserns: true,
    lxcStart: 'not installed: lxc-create',
  };
  const unified: MachineProbe = { ...hybrid, cgroupLayout: 'unified', v2Controllers: new Set(['cpu', 'memory']), v1Controllers: new Set() };
  const cases: [string, string[], MachineProbe, string | undefined][] = [
    ['runs a step whose requirements are met', ['root', 'command:ip'], hybrid, undefined],
    ['skips without root', ['root'], { ...hybrid, uid: 1000 }, 'needs root (running as uid 1000)'],
    ['skips a missing command', ['command:lsns'], hybrid, 'needs the lsns command (not on PATH)'],
    [
      'skips v2 controllers on a hybrid host with one reason, naming the layout',
      ['cgroup-v2-controller:memory', 'cgroup-v2-controller:cpu'],
      hybrid,
      'needs cgroup v2 at /sys/fs/cgroup; this host has cgroup v1 with v2 at /sys/fs/cgroup/unified (hybrid)',
    ],
    ['skips a v2 controller the root does not delegate', ['cgroup-v2-controller:pids'], unified, 'needs the pids controller in /sys/fs/cgroup/cgroup.subtree_control'],
    ['runs when one alternative is met', ['cgroup-v2-controller:pids|cgroup-v1-controller:pids'], hybrid, undefined],
    [
      'gives every reason when no alternative is met',
      ['cgroup-v2-controller:pids|cgroup-v1-controller:pids'],
      unified,
      'needs the pids controller in /sys/fs/cgroup/cgroup.subtree_control, or needs a cgroup v1 pids hierarchy at /sys/fs/cgroup/pids',
    ],
    ['skips another layout', ['cgroup-layout:hybrid'], unified, 'needs a host with cgroup v1 with v2 at /sys/fs/cgroup/unified (hybrid); this one has cgroup v2 only (unified)'],
    ['passes on why LXC cannot start', ['lxc-start'], hybrid, 'needs LXC able to start a container (not installed: lxc-create)'],
    ['joins several reasons once each', ['command:lsns', 'command:lsns', 'lxc-start'], hybrid, 'needs the lsns command (not on PATH); needs LXC able to start a container (not installed: lxc-create)'],
  ];
  test.each(cases)('%s', (_name, requirements, probe, expected) => {
    expect(skipReason(requirements, probe)).toBe(expected);
  });
});

describe('cgroupMounts', () => {
  const line = (id: number, point: string, type: string, options: string) => `${id} 1 0:${id} / ${point} rw,nosuid shared:${id} - ${type} ${type} ${options}`;
  const cases: [string, string[], ReturnType<typeof cgroupMounts>][] = [
    ['cgroup v2 only', [line(30, '/sys/fs/cgroup', 'cgroup2', 'rw,nsdelegate')], { layout: 'unified', v1Controllers: [] }],
    [
      'hybrid: v1 hierarchies and v2 at unified',
      [
        line(25, '/sys/fs/cgroup', 'tmpfs', 'rw,mode=755'),
        line(26, '/sys/fs/cgroup/unified', 'cgroup2', 'rw'),
        line(27, '/sys/fs/cgroup/systemd', 'cgroup', 'rw,xattr,name=systemd'),
        line(28, '/sys/fs/cgroup/cpu,cpuacct', 'cgroup', 'rw,cpu,cpuacct'),
        line(29, '/sys/fs/cgroup/memory', 'cgroup', 'rw,memory'),
      ],
      { layout: 'hybrid', v1Controllers: ['cpu', 'cpuacct', 'memory'] },
    ],
    ['legacy: v1 only', [line(25, '/sys/fs/cgroup', 'tmpfs', 'rw'), line(29, '/sys/fs/cgroup/pids', 'cgroup', 'rw,pids')], { layout: 'legacy', v1Controllers: ['pids'] }],
    ['no cgroups', [line(1, '/', 'ext4', 'rw')], { layout: 'none', v1Controllers: [] }],
    ['a v1 mount elsewhere does not count', [line(40, '/mnt/cg', 'cgroup', 'rw,memory')], { layout: 'none', v1Controllers: [] }],
  ];
  test.each(cases)('%s', (_name, lines, expected) => {
    expect(cgroupMounts(lines.join('\n'))).toEqual(expected);
  });

  test('reads escaped mount points', () => {
    expect(cgroupMounts(line(30, '/sys/fs/cgroup\\040x', 'cgroup2', 'rw')).layout).toBe('none');
  });
});

describe('stateChanges', () => {
  test('lists what was left behind and what was removed', () => {
    expect(stateChanges({ netns: [], links: ['lo', 'eth0'] }, { netns: ['lab.x1-a'], links: ['lo'] })).toEqual(['netns: + lab.x1-a', 'links: - eth0']);
  });

  test('is empty when nothing changed, whatever the order', () => {
    expect(stateChanges({ cgroups: ['a', 'b'] }, { cgroups: ['b', 'a'] })).toEqual([]);
  });
});

describe('describeRequirement', () => {
  const cases: [string, 'en' | 'zh-cn', string][] = [
    ['cgroup-v2-controller:memory', 'en', 'the `memory` controller on cgroup v2'],
    ['cgroup-v2-controller:pids|cgroup-v1-controller:pids', 'zh-cn', 'cgroup v2 的 `pids` 控制器或 cgroup v1 的 `pids` 层级'],
    ['cgroup-layout:hybrid', 'en', 'a hybrid host (cgroup v1, with v2 at `/sys/fs/cgroup/unified`)'],
    ['unprivileged-userns', 'zh-cn', '允许非特权用户创建用户命名空间'],
  ];
  test.each(cases)('%s in %s', (text, lang, expected) => {
    expect(describeRequirement(text, LAB_MESSAGES[lang])).toBe(expected);
  });
});

describe('joinPhrases', () => {
  const cases: [string[], string, string][] = [
    [['root', 'the `ip` command'], ' or ', 'root or the `ip` command'],
    [['root 权限', '`ip` 命令'], '或', 'root 权限或 `ip` 命令'],
    [['使用 cgroup v2', '允许非特权用户'], '或', '使用 cgroup v2 或允许非特权用户'],
    [['只有一项'], '或', '只有一项'],
  ];
  test.each(cases)('%j joined with "%s"', (phrases, word, expected) => {
    expect(joinPhrases(phrases, word)).toBe(expected);
  });
});
