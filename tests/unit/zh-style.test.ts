import { describe, expect, test } from 'vitest';
import {
  halfWidthAfterHan,
  hardWraps,
  offTableVariants,
  proseOfMdx,
  spaceAfterFullWidth,
  withoutInlineCode,
  type TermRule,
} from '../../src/lib/zh-style.ts';
import { joinSentences, sentenceGap } from '../../src/lib/messages.ts';

const found = (findings: { found: string }[]) => findings.map((f) => f.found);

describe('offTableVariants', () => {
  const table: TermRule[] = [
    { zh: 'cgroup', avoid: ['控制组'], allowIn: ['cgroup（控制组）'] },
    { zh: '后代', avoid: ['子孙'], allowIn: [] },
  ];
  const cases: [string, string[]][] = [
    ['父控制组与子孙', ['控制组', '子孙']],
    ['cgroup（控制组）是一组进程', []],
    ['cgroup（控制组）与子控制组', ['控制组']],
    ['子 cgroup 与后代', []],
  ];
  test.each(cases)('%s → %j', (text, expected) => expect(found(offTableVariants(text, table))).toEqual(expected));

  test('names the word to use and shows the context', () => {
    expect(offTableVariants('一个父控制组', table)[0]).toEqual({ found: '控制组', hint: 'use cgroup', excerpt: '一个父控制组' });
  });
});

describe('halfWidthAfterHan', () => {
  const cases: [string, string[]][] = [
    ['又称: netns, 网络(隔离)', ['称:', '络(', '离)']],
    ['可用于 clone(), clone3()', []],
    ['又称：netns、mntns', []],
    ['命名空间;cgroup', ['间;']],
  ];
  test.each(cases)('%s → %j', (text, expected) => expect(found(halfWidthAfterHan(text))).toEqual(expected));
});

describe('spaceAfterFullWidth', () => {
  const cases: [string, string[]][] = [
    ['无效。 你是不是想输入 CLONE_NEWPID？', ['。 ']],
    ['之间， 每个客户机', ['， ']],
    ['| 无效。 |', []],
    ['行尾。 ', []],
    ['无效。你是不是想输入 CLONE_NEWPID？', []],
  ];
  test.each(cases)('%j → %j', (text, expected) => expect(found(spaceAfterFullWidth(text))).toEqual(expected));
});

describe('hardWraps', () => {
  const cases: [string, string[]][] = [
    ['虚拟机之间，\n每个客户机都有自己的内核。', ['，⏎每']],
    ['宿主机内核\n上的进程', ['核⏎上']],
    ['第一段。\n\n第二段。', []],
    ['- 第一项。\n- 第二项。', []],
    ['## 标题\n正文。', []],
    ['| 一 | 二 |\n| 三 | 四 |', []],
    ['```sh\n# 注释\n命令\n```', []],
    ['English line\ncontinues here', []],
  ];
  test.each(cases)('%j → %j', (text, expected) => expect(found(hardWraps(text))).toEqual(expected));
});

describe('proseOfMdx', () => {
  test('keeps front-matter values and prose, replaces code and inline components, drops the rest', () => {
    const source = [
      '---',
      'title: 挂载命名空间',
      'description: 一段说明。',
      '---',
      '',
      "import X from '../x.astro';",
      '',
      '{/* 注释， 不检查 */}',
      '用 `unshare -m` 创建，见 [手册](/zh-cn/x/)，<X id="a" />就是一例。',
      '',
      '<X id="b" />',
      '',
      '```sh',
      'echo 命令, 不检查',
      '```',
    ].join('\n');
    expect(proseOfMdx(source)).toBe(
      ['title: 挂载命名空间', '', 'description: 一段说明。', '', '', '', '', '用 ⟨code⟩ 创建，见 [手册]，⟨tag⟩就是一例。', '', '', '', '', '', ''].join('\n'),
    );
  });
});

test('withoutInlineCode replaces code spans, so punctuation around them is still checked', () => {
  expect(withoutInlineCode('写入 `memory.max`，再读 `a, b`。')).toBe('写入 ⟨code⟩，再读 ⟨code⟩。');
});

describe('joinSentences and sentenceGap', () => {
  const cases: [string[], string][] = [
    [['“NEWPIG” is not a clone flag.', 'Did you mean CLONE_NEWPID?'], '“NEWPIG” is not a clone flag. Did you mean CLONE_NEWPID?'],
    [['“NEWPIG”不是 clone 标志。', '你是不是想输入 CLONE_NEWPID？'], '“NEWPIG”不是 clone 标志。你是不是想输入 CLONE_NEWPID？'],
    [['无效组合', 'clone(2)'], '无效组合 clone(2)'],
    [['', 'only'], 'only'],
  ];
  test.each(cases)('%j → %s', (parts, expected) => expect(joinSentences(...parts)).toBe(expected));
  test.each([
    ['Done.', ' '],
    ['完成。', ''],
    ['完成：', ''],
    ['完成 ', ' '],
  ])('after %j: %j', (text, gap) => expect(sentenceGap(text)).toBe(gap));
});
