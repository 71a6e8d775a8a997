/**
 * Normalizing rules several labs share: what differs on every machine and every run.
 */
import type { z } from 'astro/zod';
import type { NormalizeRuleSchema } from '../../schema/lab.ts';

type RuleInput = z.input<typeof NormalizeRuleSchema>;

/** The scratch directory and the unique name derived from it: `mktemp -d /tmp/lab.XXXXXX`. */
export const SCRATCH_NAME: RuleInput = {
  pattern: String.raw`\blab\.[A-Za-z0-9]{6}\b`,
  replacement: 'lab.XXXXXX',
  label: { en: 'the name `mktemp` picks', 'zh-cn': '`mktemp` 生成的名字' },
};

/**
 * Namespace inode numbers. The kernel hands them out from 0xF0000000 (4026531840) up, so they
 * are ten digits from 40… to 42…; each distinct number gets its own placeholder, so "same
 * namespace" and "different namespace" survive normalizing.
 */
export const NS_INODE: RuleInput = {
  pattern: String.raw`\b4[0-2]\d{8}\b`,
  replacement: 'ns{n}',
  label: { en: 'namespace inode numbers', 'zh-cn': '命名空间的 inode 号' },
};

/** Runs of spaces: tables (`ps`, `lsns`) widen their columns for longer numbers. */
export const COLUMN_SPACES: RuleInput = {
  pattern: String.raw` {2,}`,
  replacement: ' ',
  label: { en: 'column widths', 'zh-cn': '列宽' },
};
