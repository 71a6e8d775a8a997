/**
 * Invalid flag combinations from the ERRORS section of clone(2) (man-pages 6.03). The
 * clone-flag tool reports them; a check in src/data/index.ts makes sure every flag they name exists.
 */
import type { CloneRuleInput } from '../schema/clone-rule.ts';

const CLONE_2 = { title: 'clone(2) ERRORS', url: 'https://man7.org/linux/man-pages/man2/clone.2.html#ERRORS' };
const BOTH = ['clone', 'clone3'] as const;

export default [
  {
    id: 'sighand-and-clear-sighand',
    errno: 'EINVAL',
    all: ['clone-sighand', 'clone-clear-sighand'],
    syscalls: ['clone3'],
    text: {
      en: 'CLONE_SIGHAND and CLONE_CLEAR_SIGHAND together.',
      'zh-cn': '同时指定了 CLONE_SIGHAND 和 CLONE_CLEAR_SIGHAND。',
    },
    source: CLONE_2,
  },
  {
    id: 'sighand-without-vm',
    errno: 'EINVAL',
    all: ['clone-sighand'],
    none: ['clone-vm'],
    syscalls: [...BOTH],
    since: '2.6.0',
    text: {
      en: 'CLONE_SIGHAND without CLONE_VM.',
      'zh-cn': '指定了 CLONE_SIGHAND，却没有指定 CLONE_VM。',
    },
    source: CLONE_2,
  },
  {
    id: 'thread-without-sighand',
    errno: 'EINVAL',
    all: ['clone-thread'],
    none: ['clone-sighand'],
    syscalls: [...BOTH],
    since: '2.5.35',
    text: {
      en: 'CLONE_THREAD without CLONE_SIGHAND.',
      'zh-cn': '指定了 CLONE_THREAD，却没有指定 CLONE_SIGHAND。',
    },
    source: CLONE_2,
  },
  {
    id: 'fs-and-newns',
    errno: 'EINVAL',
    all: ['clone-fs', 'clone-newns'],
    syscalls: [...BOTH],
    text: {
      en: 'CLONE_FS and CLONE_NEWNS together.',
      'zh-cn': '同时指定了 CLONE_FS 和 CLONE_NEWNS。',
    },
    source: CLONE_2,
  },
  {
    id: 'newuser-and-fs',
    errno: 'EINVAL',
    all: ['clone-newuser', 'clone-fs'],
    syscalls: [...BOTH],
    since: '3.9',
    text: {
      en: 'CLONE_NEWUSER and CLONE_FS together.',
      'zh-cn': '同时指定了 CLONE_NEWUSER 和 CLONE_FS。',
    },
    source: CLONE_2,
  },
  {
    id: 'newipc-and-sysvsem',
    errno: 'EINVAL',
    all: ['clone-newipc', 'clone-sysvsem'],
    syscalls: [...BOTH],
    text: {
      en: 'CLONE_NEWIPC and CLONE_SYSVSEM together.',
      'zh-cn': '同时指定了 CLONE_NEWIPC 和 CLONE_SYSVSEM。',
    },
    source: CLONE_2,
  },
  ...(['newpid', 'newuser'] as const).flatMap((ns) =>
    (['thread', 'parent'] as const).map(
      (other): CloneRuleInput => ({
        id: `${ns}-and-${other}`,
        errno: 'EINVAL',
        all: [`clone-${ns}`, `clone-${other}`],
        syscalls: [...BOTH],
        text: {
          en: `CLONE_${ns.toUpperCase()} and CLONE_${other.toUpperCase()} together.`,
          'zh-cn': `同时指定了 CLONE_${ns.toUpperCase()} 和 CLONE_${other.toUpperCase()}。`,
        },
        source: CLONE_2,
      }),
    ),
  ),
  {
    id: 'detached-in-clone3',
    errno: 'EINVAL',
    all: ['clone-detached'],
    syscalls: ['clone3'],
    text: {
      en: 'CLONE_DETACHED is rejected by clone3() (clone() ignores it).',
      'zh-cn': 'clone3() 拒绝 CLONE_DETACHED（clone() 会忽略它）。',
    },
    source: CLONE_2,
  },
  {
    id: 'pidfd-and-detached',
    errno: 'EINVAL',
    all: ['clone-pidfd', 'clone-detached'],
    syscalls: ['clone'],
    text: {
      en: 'CLONE_PIDFD and CLONE_DETACHED together (clone()).',
      'zh-cn': '在 clone() 中同时指定了 CLONE_PIDFD 和 CLONE_DETACHED。',
    },
    source: CLONE_2,
  },
  {
    id: 'pidfd-and-thread',
    errno: 'EINVAL',
    all: ['clone-pidfd', 'clone-thread'],
    syscalls: [...BOTH],
    text: {
      en: 'CLONE_PIDFD and CLONE_THREAD together.',
      'zh-cn': '同时指定了 CLONE_PIDFD 和 CLONE_THREAD。',
    },
    source: CLONE_2,
  },
  {
    id: 'pidfd-and-parent-settid',
    errno: 'EINVAL',
    all: ['clone-pidfd', 'clone-parent-settid'],
    syscalls: ['clone'],
    text: {
      en: 'CLONE_PIDFD and CLONE_PARENT_SETTID together in clone(), where both use the parent_tid argument.',
      'zh-cn': '在 clone() 中同时指定了 CLONE_PIDFD 和 CLONE_PARENT_SETTID，而两者使用的是同一个 parent_tid 参数。',
    },
    source: CLONE_2,
  },
] satisfies CloneRuleInput[];
