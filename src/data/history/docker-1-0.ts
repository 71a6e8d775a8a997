/** Docker 1.0; the day is the one Docker's CHANGELOG gives (also the v1.0.0 tag date). */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'docker-1-0',
  date: '2014-06-09',
  title: { en: 'Docker 1.0', 'zh-cn': 'Docker 1.0 发布' },
  description: {
    en: `Docker 1.0's changelog lists one notable feature since 0.12: production support. The technical changes had come in the releases before it — 0.12, a few days earlier, added \`docker pause\` and \`docker unpause\` on top of the cgroup freezer and the \`COPY\` instruction for Dockerfiles. The version number was the message.`,
    'zh-cn': `Docker 1.0 的更新日志里，相对 0.12 只列了一项要点：可用于生产环境。技术上的变化都在此前的版本里——几天前的 0.12 基于 cgroup freezer 增加了 \`docker pause\` 和 \`docker unpause\`，并为 Dockerfile 增加了 \`COPY\` 指令。1.0 这个版本号本身就是要传达的信息。`,
  },
  terms: ['docker-engine', 'dockerfile'],
  sources: [
    { title: 'Docker CHANGELOG: 1.0.0 (2014-06-09) and 0.12.0', url: 'https://github.com/moby/moby/blob/v1.11.0/CHANGELOG.md' },
    { title: 'moby/moby tag v1.0.0 (tag date)', url: 'https://github.com/moby/moby/tree/v1.0.0' },
  ],
} satisfies HistoryEventInput;
