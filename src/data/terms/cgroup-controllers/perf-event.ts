import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, man } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-perf-event',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'perf_event controller', 'zh-cn': 'perf_event 控制器' },
  aliases: {
    en: ['perf_event', 'perf_event cgroup', 'perf cgroup', 'perf stat -G'],
    'zh-cn': ['perf_event 子系统', '性能事件控制器', 'perf cgroup 监控', 'perf_event', 'perf_event cgroup', 'perf stat -G'],
  },
  summary: {
    en: 'Lets `perf` count and sample only the processes of a given cgroup.',
    'zh-cn': '让 `perf` 只对某个 cgroup 中的进程计数和采样。',
  },
  description: {
    en: `perf_event limits nothing and has no interface files of its own. It groups processes so that performance monitoring can follow them: \`perf stat -G NAME\` (\`--cgroup\`), in system-wide per-CPU mode (for example with \`perf stat -a\`), counts an event only while threads of cgroup NAME run on the monitored CPUs.

In v2 it is switched on automatically, for the whole hierarchy, as long as it is not mounted on a v1 hierarchy, so events can always be filtered by a cgroup v2 path; it never needs an entry in \`cgroup.subtree_control\`. It is also one of the threaded controllers, usable inside threaded subtrees.`,
    'zh-cn': `perf_event 不做任何限制，也没有自己的接口文件。它的作用是给进程分组，让性能监控可以跟踪它们：\`perf stat -G NAME\`（\`--cgroup\`）只能用于按 CPU 计数的全系统监控（例如 \`perf stat -a\`），只在 cgroup NAME 中的线程运行于被监控的 CPU 上时才对事件计数。

在 v2 中，只要它没有挂载到某个 v1 层级上，就会自动在整个层级中启用，因此总能按 cgroup v2 路径过滤事件；它从不需要写进 \`cgroup.subtree_control\`。它还是线程化控制器之一，可以在线程化子树中使用。`,
  },
  v1Name: 'perf_event',
  v2Name: 'perf_event',
  sinceV1: '2.6.39',
  sinceV2: '4.11',
  controls: {
    en: 'Nothing is limited: it lets perf events be restricted to the processes of a cgroup.',
    'zh-cn': '不限制任何资源：它让 perf 事件可以只针对某个 cgroup 中的进程。',
  },
  v1Files: [],
  v2Files: [],
  v2Successor: {
    en: 'The same controller (cgroups(7)). On v2 it is enabled automatically on the whole hierarchy unless it is bound to a v1 hierarchy, and it can still be moved to a v1 hierarchy after the v2 hierarchy has processes in it.',
    'zh-cn': '是同一个控制器（cgroups(7)）。在 v2 中，除非它被绑定到某个 v1 层级，否则会在整个层级中自动启用；即使 v2 层级中已经有进程，它仍可以被移到 v1 层级。',
  },
  examples: [
    {
      commands: `# grep perf_event /proc/cgroups
# cat /sys/fs/cgroup/unified/cgroup.controllers`,
      output: `perf_event	0	1	1
hugetlb`,
      note: {
        en: 'On this host perf_event is bound to no v1 hierarchy (hierarchy 0), so the kernel doc says it is active on the v2 hierarchy, here mounted at `/sys/fs/cgroup/unified` (on a pure v2 host: `/sys/fs/cgroup`). It does not appear in `cgroup.controllers`, which here lists only `hugetlb`, the other controller that no v1 hierarchy holds.',
        'zh-cn': '在这台主机上，perf_event 没有绑定到任何 v1 层级（层级号为 0），因此按内核文档的说法，它在 v2 层级上生效；这里 v2 层级挂载在 `/sys/fs/cgroup/unified`（纯 v2 主机上则是 `/sys/fs/cgroup`）。它并没有出现在 `cgroup.controllers` 中；该文件这里只列出 `hugetlb`，即另一个未被任何 v1 层级占用的控制器。',
      },
    },
  ],
  related: ['cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-cpu', 'cgroup-pids'],
  sources: [man('cgroups', 7), CGROUP_V2, man('perf-stat', 1)],
} satisfies TermInput;
