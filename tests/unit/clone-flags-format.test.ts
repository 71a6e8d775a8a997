import { describe, expect, test } from 'vitest';
import { formatMask, toBinary, type FormatName, type FormatOutput } from '../../src/lib/clone-flags/format.ts';
import { table } from '../support/flag-table.ts';

const NEWPID_NEWNET = 0x60000000n;

describe('formatMask writes every format', () => {
  const cases: [FormatName, bigint, 'clone' | 'unshare', FormatOutput][] = [
    ['hex', NEWPID_NEWNET, 'unshare', { text: '0x60000000', notes: [] }],
    ['hex', 0x300000000n, 'unshare', { text: '0x0000000300000000', notes: [] }],
    ['decimal', NEWPID_NEWNET, 'unshare', { text: '1610612736', notes: [] }],
    ['binary', NEWPID_NEWNET, 'unshare', { text: '0b0110_0000_0000_0000_0000_0000_0000_0000', notes: [] }],
    ['c', NEWPID_NEWNET, 'unshare', { text: 'CLONE_NEWPID | CLONE_NEWNET', notes: [] }],
    ['c', 0x20020011n, 'clone', { text: 'CLONE_NEWNS | CLONE_NEWPID | SIGCHLD', notes: [] }],
    ['c', 0n, 'unshare', { text: '0', notes: [] }],
    ['c', 0x20000001n, 'unshare', { text: 'CLONE_NEWPID | 0x00000001', notes: [{ code: 'unknown-bits', bits: '0x00000001' }] }],
    [
      'unshare',
      NEWPID_NEWNET,
      'unshare',
      { text: 'unshare --pid --net --fork sh', notes: [{ code: 'fork-added' }] },
    ],
    [
      'unshare',
      0x20020000n | 0x200n,
      'unshare',
      {
        text: 'unshare --mount --pid --fork --mount-proc sh',
        notes: [{ code: 'no-option', flag: 'CLONE_FS' }, { code: 'fork-added' }, { code: 'mount-proc-added' }],
      },
    ],
    ['nsenter', NEWPID_NEWNET, 'unshare', { text: 'nsenter --target "$PID" --pid --net sh', notes: [] }],
    [
      'python',
      NEWPID_NEWNET | 0x100000000n,
      'unshare',
      {
        text: 'import os\n\nos.unshare(os.CLONE_NEWPID | os.CLONE_NEWNET)  # Python 3.12+',
        notes: [{ code: 'unshare-rejects', flag: 'CLONE_CLEAR_SIGHAND' }],
      },
    ],
    [
      'oci',
      NEWPID_NEWNET,
      'unshare',
      {
        text: '{\n  "linux": {\n    "namespaces": [\n      { "type": "pid" },\n      { "type": "network" }\n    ]\n  }\n}',
        notes: [],
      },
    ],
    [
      'docker',
      NEWPID_NEWNET,
      'unshare',
      {
        text: 'docker run --cgroupns=host --uts=host --ipc=host IMAGE',
        // Since Docker Engine 29.5 every container gets a time namespace: no option keeps the host's.
        notes: [
          { code: 'docker-cannot-share', flag: 'CLONE_NEWTIME' },
          { code: 'docker-cannot-share', flag: 'CLONE_NEWNS' },
        ],
      },
    ],
    [
      'docker',
      0x80n | 0x10000000n | 0x7e020000n,
      'unshare',
      { text: 'docker run IMAGE', notes: [{ code: 'docker-needs-userns-remap' }] },
    ],
  ];
  test.each(cases)('%s of %s (%s)', (format, mask, mode, expected) => {
    expect(formatMask(mask, format, table, mode)).toEqual(expected);
  });

  test('the Go format uses golang.org/x/sys/unix names and leaves the exit signal to Go', () => {
    const out = formatMask(0x20020011n, 'go', table, 'clone');
    expect(out.text).toContain('cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: unix.CLONE_NEWNS | unix.CLONE_NEWPID}');
    expect(out.text).toContain('"golang.org/x/sys/unix"');
    expect(out.notes).toEqual([{ code: 'signal-omitted', signal: 'SIGCHLD' }]);
  });

  test('the Go format warns about flags clone() rejects', () => {
    expect(formatMask(0x80n, 'go', table, 'unshare').notes).toEqual([{ code: 'clone-rejects', flag: 'CLONE_NEWTIME' }]);
  });
});

describe('toBinary', () => {
  test.each([
    [0n, '0b0000_0000_0000_0000_0000_0000_0000_0000'],
    [0x100000000n, '0b0000_0000_0000_0000_0000_0000_0000_0001_0000_0000_0000_0000_0000_0000_0000_0000'],
  ])('%s → %s', (mask, text) => expect(toBinary(mask)).toBe(text));
});
