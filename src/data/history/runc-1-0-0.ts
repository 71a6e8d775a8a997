/** runc 1.0.0; the day is the date of the signed v1.0.0 tag (Australian time, also the UTC day). */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'runc-1-0-0',
  date: '2021-06-22',
  title: { en: 'runc 1.0.0', 'zh-cn': 'runc 1.0.0 发布' },
  description: {
    en: `runc's first release that was not a release candidate, five years after v1.0.0-rc1; most of its last fixes concerned cgroup v2. From 1.0 on runc follows Semantic Versioning — except for the Go API of \`libcontainer\`, the package inside runc that does the actual work, which the release notes explicitly leave out of that promise.`,
    'zh-cn': `runc 第一个不是候选版本的正式版，距 v1.0.0-rc1 已过去五年；最后一批修复大多与 cgroup v2 有关。从 1.0 起 runc 遵循语义化版本（Semantic Versioning）——但 runc 内部真正干活的 \`libcontainer\` 包的 Go API 除外，发布说明明确把它排除在这一承诺之外。`,
  },
  terms: ['runc', 'libcontainer'],
  sources: [{ title: 'opencontainers/runc release v1.0.0 (tag date and release notes)', url: 'https://github.com/opencontainers/runc/releases/tag/v1.0.0' }],
} satisfies HistoryEventInput;
