/**
 * Every label of the lab pages, in both languages, and requirements in the reader's words.
 * @module
 */
import { fill } from '../messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { parseRequirement, type Requirement } from './requirements.ts';

export interface LabMessages {
  learn: string;
  needs: string;
  /** Before the `apt-get install` line. */
  packages: string;
  steps: string;
  /** Title of the expected-output block. */
  output: string;
  /** Title of the output block when the last command fails on purpose: "{status}". */
  outputStatus: string;
  /** Label of the list of what differs from run to run. */
  varies: string;
  /** Label of a step's own requirements. */
  stepNeeds: string;
  /** Label of the glossary links of a step. */
  terms: string;
  cleanup: string;
  next: string;
  sources: string;
  /** Between alternatives of one requirement. */
  or: string;
  /** After a label. */
  labelSep: string;
  /** Between the items of an inline list. */
  listSep: string;
  /** Requirements by kind; `{name}` is the command or controller. */
  requirement: Record<Exclude<Requirement['kind'], 'cgroup-layout'>, string>;
  /** The `cgroup-layout:` requirements. */
  layout: Record<'unified' | 'hybrid' | 'legacy', string>;
}

export const LAB_MESSAGES: Record<Lang, LabMessages> = {
  en: {
    learn: 'What you will learn',
    needs: 'What you need',
    packages: 'On Debian or Ubuntu, the commands come from these packages:',
    steps: 'Steps',
    output: 'Output',
    outputStatus: 'Output (exit status {status})',
    varies: 'Differs on your machine',
    stepNeeds: 'Runs only with',
    terms: 'Glossary',
    cleanup: 'Clean up',
    next: 'Read next',
    sources: 'Sources',
    or: ' or ',
    labelSep: ': ',
    listSep: ', ',
    requirement: {
      root: 'root',
      command: 'the `{name}` command',
      'cgroup-v2-controller': 'the `{name}` controller on cgroup v2',
      'cgroup-v1-controller': 'a cgroup v1 `{name}` hierarchy',
      'unprivileged-userns': 'user namespaces for unprivileged users',
      'lxc-start': 'LXC able to start a container',
    },
    layout: {
      unified: 'a host with cgroup v2 only',
      hybrid: 'a hybrid host (cgroup v1, with v2 at `/sys/fs/cgroup/unified`)',
      legacy: 'a host with cgroup v1 only',
    },
  },
  'zh-cn': {
    learn: '你将学到',
    needs: '准备工作',
    packages: '在 Debian 或 Ubuntu 上，这些命令来自以下软件包：',
    steps: '步骤',
    output: '输出',
    outputStatus: '输出（退出状态 {status}）',
    varies: '在你的机器上会不同的部分',
    stepNeeds: '运行条件',
    terms: '术语',
    cleanup: '清理',
    next: '延伸阅读',
    sources: '出处',
    or: '或',
    labelSep: '：',
    listSep: '、',
    requirement: {
      root: 'root 权限',
      command: '`{name}` 命令',
      'cgroup-v2-controller': 'cgroup v2 的 `{name}` 控制器',
      'cgroup-v1-controller': 'cgroup v1 的 `{name}` 层级',
      'unprivileged-userns': '允许非特权用户创建用户命名空间',
      'lxc-start': '能够启动容器的 LXC',
    },
    layout: {
      unified: '只有 cgroup v2 的宿主机',
      hybrid: '混合布局的宿主机（cgroup v1，v2 挂载在 `/sys/fs/cgroup/unified`）',
      legacy: '只有 cgroup v1 的宿主机',
    },
  },
};

/**
 * Joins phrases with a word such as “或”, adding the space that Chinese text takes between a
 * Han character and a Latin letter, digit or code span (zh-style.md).
 *
 * @example
 * joinPhrases(['cgroup v2 的 `pids` 控制器', 'cgroup v1 的 `pids` 层级'], '或')
 * // => 'cgroup v2 的 `pids` 控制器或 cgroup v1 的 `pids` 层级'
 */
export function joinPhrases(phrases: readonly string[], word: string): string {
  const latin = /[A-Za-z0-9`]/;
  return phrases.reduce((text, phrase) => {
    if (text === '') return phrase;
    const before = /^\p{Script=Han}/u.test(word) && latin.test(text.slice(-1)) ? ' ' : '';
    const after = /\p{Script=Han}$/u.test(word) && latin.test(phrase.charAt(0)) ? ' ' : '';
    return `${text}${before}${word}${after}${phrase}`;
  }, '');
}

/**
 * A requirement string in the reader's words (inline Markdown).
 *
 * @example
 * describeRequirement('cgroup-v2-controller:memory|cgroup-v1-controller:memory', LAB_MESSAGES.en)
 * // => 'the `memory` controller on cgroup v2 or a cgroup v1 `memory` hierarchy'
 */
export function describeRequirement(text: string, m: LabMessages): string {
  const phrases = text.split('|').map((alt) => {
    const req = parseRequirement(alt);
    if (req.kind === 'cgroup-layout') return m.layout[req.layout];
    return fill(m.requirement[req.kind], 'name' in req ? { name: req.name } : {});
  });
  return joinPhrases(phrases, m.or);
}
