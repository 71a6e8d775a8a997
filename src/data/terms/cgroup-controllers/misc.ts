import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, v1Doc } from '../../sources/cgroup-controllers.ts';

/** The misc controller registers the same files on v1 and v2 hierarchies (kernel/cgroup/misc.c). */
const MISC_FILES = [
  {
    name: 'misc.capacity',
    summary: {
      en: 'Root only, read-only: each resource the platform provides and how much of it there is.',
      'zh-cn': '仅根 cgroup 有，只读：平台提供的每种资源及其数量。',
    },
  },
  {
    name: 'misc.current',
    summary: {
      en: 'Read-only: current usage of each resource by the cgroup and its descendants.',
      'zh-cn': '只读：该 cgroup 及其后代对每种资源的当前用量。',
    },
  },
  {
    name: 'misc.peak',
    summary: {
      en: 'Read-only: the highest usage so far of each resource by the cgroup and its descendants.',
      'zh-cn': '只读：该 cgroup 及其后代对每种资源的历史最高用量。',
    },
  },
  {
    name: 'misc.max',
    summary: {
      en: 'Non-root: the limit per resource, set with e.g. `echo res_a 1 > misc.max`; `max` removes it.',
      'zh-cn': '非根 cgroup 才有：每种资源的限额，例如用 `echo res_a 1 > misc.max` 设置；写 `max` 即取消限额。',
    },
  },
  {
    name: 'misc.events',
    summary: {
      en: 'Non-root: `<res>.max` counts how often usage was about to exceed the limit, over the whole subtree.',
      'zh-cn': '非根 cgroup 才有：`<res>.max` 记录用量即将超过限额的次数，按整个子树统计。',
    },
  },
  {
    name: 'misc.events.local',
    summary: {
      en: 'Like `misc.events`, but counting only this cgroup\'s own events.',
      'zh-cn': '与 `misc.events` 类似，但只统计本 cgroup 自身的事件。',
    },
  },
];

export default {
  id: 'cgroup-misc',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'misc controller', 'zh-cn': 'misc 控制器' },
  aliases: {
    en: ['misc', 'miscellaneous cgroup', 'misc cgroup', 'misc.max', 'CONFIG_CGROUP_MISC'],
    'zh-cn': ['杂项控制器', 'misc 子系统', '杂项 cgroup', 'misc', 'misc.max', 'CONFIG_CGROUP_MISC'],
  },
  summary: {
    en: 'Limits and tracks scalar resources that a kernel subsystem registers with it, when those resources do not fit any other controller.',
    'zh-cn': '对内核子系统登记给它的标量资源进行限制和统计，用于那些无法归入其他控制器的资源。',
  },
  description: {
    en: `The misc controller is a generic counter for resources that exist in a fixed, countable quantity and cannot be abstracted like CPU or memory. A kernel component registers such a resource in \`include/linux/misc_cgroup.h\` and \`kernel/cgroup/misc.c\`, announces how much of it the platform has, and then charges and uncharges it. Each resource appears as one line, \`name value\`, in the misc files; the kernel docs use \`res_a\` and \`res_b\` as example names. It needs \`CONFIG_CGROUP_MISC\`.

A resource is charged to the cgroup in which it was first used and stays there until it is freed; moving the process elsewhere does not move the charge. Limits may be set higher than the capacity.

It exists in both versions: the v1 documentation has a misc page that simply refers to the "Misc" section of the v2 document, and the kernel source registers the same interface files for v1 and v2 hierarchies.`,
    'zh-cn': `misc 控制器是一个通用计数器，面向那些数量固定、可以计数、又无法像 CPU 或内存那样抽象的资源。内核组件在 \`include/linux/misc_cgroup.h\` 和 \`kernel/cgroup/misc.c\` 中登记这样的资源，声明平台上共有多少，然后对其计入和撤销计入（charge/uncharge）。每种资源在 misc 文件中占一行，格式为 \`名称 数值\`；内核文档用 \`res_a\` 和 \`res_b\` 作示例名。使用它需要 \`CONFIG_CGROUP_MISC\`。

资源计入首次使用它的 cgroup，直到被释放为止；把进程移到别处并不会转移这笔计入。限额可以设得比容量还大。

它在两个版本中都存在：v1 文档中有一页 misc，内容只是指向 v2 文档的“Misc”一节；内核源代码也为 v1 和 v2 层级注册了同一组接口文件。`,
  },
  v1Name: 'misc',
  v2Name: 'misc',
  controls: {
    en: 'Scalar resources registered by other kernel code, each with a platform-wide capacity.',
    'zh-cn': '由其他内核代码登记的标量资源，每种资源都有一个全平台的容量。',
  },
  v1Files: MISC_FILES,
  v2Files: MISC_FILES,
  examples: [
    {
      commands: `# zcat /proc/config.gz | grep CONFIG_CGROUP_MISC`,
      output: `# CONFIG_CGROUP_MISC is not set`,
      note: {
        en: 'The test host\'s kernel is built without the misc controller, so no misc files exist there.',
        'zh-cn': '测试主机的内核编译时没有包含 misc 控制器，因此那里没有任何 misc 文件。',
      },
    },
    {
      commands: `# cat /sys/fs/cgroup/misc.capacity
# cat /sys/fs/cgroup/demo/misc.max`,
      output: '',
      note: {
        en: 'Not run (no misc controller on the test host). On a v2 host with `CONFIG_CGROUP_MISC`, the kernel docs show lines such as `res_a 50` in the root\'s `misc.capacity` and `res_a max` in a child\'s `misc.max`; which resource names appear depends on what the kernel has registered.',
        'zh-cn': '未实际运行（测试主机没有 misc 控制器）。在启用了 `CONFIG_CGROUP_MISC` 的 v2 主机上，按内核文档的示例，根 cgroup 的 `misc.capacity` 中会有 `res_a 50` 这样的行，子 cgroup 的 `misc.max` 中会有 `res_a max` 这样的行；具体出现哪些资源名，取决于内核登记了哪些资源。',
      },
    },
  ],
  related: ['cgroup-v1', 'cgroup-v2', 'cgroup-rdma', 'cgroup-dmem'],
  sources: [
    CGROUP_V2,
    v1Doc('misc', 'Misc controller'),
    { title: 'kernel/cgroup/misc.c', url: 'https://github.com/torvalds/linux/blob/master/kernel/cgroup/misc.c' },
  ],
} satisfies TermInput;
