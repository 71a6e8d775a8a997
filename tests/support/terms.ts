/** Small valid terms for tests; override fields to make them invalid in one way. */
import type { Term } from '../../src/data/schema/term.ts';

const base = {
  aliases: { en: [], 'zh-cn': [] },
  summary: { en: 'A test term.', 'zh-cn': '一个测试术语。' },
  description: { en: 'Used by tests.', 'zh-cn': '供测试使用。' },
  related: [] as string[],
  sources: [{ title: 'clone(2)', url: 'https://man7.org/linux/man-pages/man2/clone.2.html' }],
};

export function concept(id: string, extra: Partial<Term> = {}): Term {
  return { ...base, id, name: { en: id, 'zh-cn': id }, category: 'concept', page: 'namespaces', ...extra } as Term;
}

export function flag(name: string, value: string, extra: Partial<Term> = {}): Term {
  return {
    ...base,
    id: name.toLowerCase().replaceAll('_', '-'),
    name: { en: name, 'zh-cn': name },
    category: 'clone-flag',
    page: 'clone-flags',
    value,
    syscalls: ['clone'],
    constraints: [],
    ...extra,
  } as Term;
}
