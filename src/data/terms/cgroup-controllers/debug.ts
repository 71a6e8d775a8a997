import type { TermInput } from '../../schema/term.ts';
import { CGROUP_DEBUG_C } from '../../sources/cgroup-controllers.ts';

/**
 * cgroups(7) (man-pages 6.03) does not list this controller and no kernel document describes it,
 * so every fact here is read from its source, kernel/cgroup/debug.c; the version that added it
 * was not confirmed, so sinceV1 is left out.
 */
export default {
  id: 'cgroup-debug',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'debug controller', 'zh-cn': 'debug 控制器' },
  aliases: {
    en: ['debug', 'debug cgroup', 'CONFIG_CGROUP_DEBUG', 'cgroup_debug'],
    'zh-cn': ['调试控制器', 'debug 子系统', 'debug', 'CONFIG_CGROUP_DEBUG', 'cgroup_debug'],
  },
  summary: {
    en: 'Exposes the cgroup core’s internal state for debugging the cgroup code itself; it limits nothing.',
    'zh-cn': '暴露 cgroup 核心代码的内部状态，用于调试 cgroup 代码本身；它不限制任何资源。',
  },
  description: {
    en: `The debug controller is built only with \`CONFIG_CGROUP_DEBUG\`. Its source, \`kernel/cgroup/debug.c\`, opens with a warning: it is "for cgroup core debugging only", and its interfaces "are unstable and subject to changes at any time". Nothing a container runtime or a resource policy needs depends on it.

In v1 it is mounted like any other controller and adds \`debug.*\` files: \`debug.taskcount\` (the number of tasks in the cgroup), \`debug.cgroup_css_links\`, \`debug.cgroup_subsys_states\`, \`debug.cgroup_masks\` and \`debug.releasable\` in every cgroup, and \`debug.current_css_set\` with two companion files in the root only. They print the kernel's bookkeeping (css_sets, per-controller states, controller masks), not anything a workload uses.`,
    'zh-cn': `debug 控制器只有在内核以 \`CONFIG_CGROUP_DEBUG\` 编译时才存在。它的源文件 \`kernel/cgroup/debug.c\` 开头就写着警告：它“for cgroup core debugging only”（只用于调试 cgroup 核心），接口“are unstable and subject to changes at any time”（不稳定，随时可能变化）。容器运行时和资源策略所需的任何功能都不依赖它。

在 v1 中，它像其他控制器一样挂载，并添加 \`debug.*\` 文件：每个 cgroup 中都有 \`debug.taskcount\`（该 cgroup 中的任务数）、\`debug.cgroup_css_links\`、\`debug.cgroup_subsys_states\`、\`debug.cgroup_masks\` 和 \`debug.releasable\`，根 cgroup 中还有 \`debug.current_css_set\` 及两个配套文件。它们输出的是内核的内部记录（css_set、各控制器的状态、控制器掩码），而不是工作负载会用到的东西。`,
  },
  v1Name: 'debug',
  controls: {
    en: 'Nothing is limited: it shows the cgroup core’s internal bookkeeping.',
    'zh-cn': '不限制任何资源：它展示 cgroup 核心代码的内部记录。',
  },
  v1Files: [
    {
      name: 'debug.taskcount',
      summary: {
        en: 'The number of tasks in the cgroup.',
        'zh-cn': '该 cgroup 中的任务数。',
      },
      source: CGROUP_DEBUG_C,
    },
  ],
  v2Files: [],
  v2Successor: {
    en: 'No ordinary v2 controller. Booting with the `cgroup_debug` kernel parameter makes it an implicit controller on cgroup v2: like that, a controller does not show up in `cgroup.controllers` or `cgroup.subtree_control` and is enabled in every cgroup (the comment on `implicit_on_dfl` in `include/linux/cgroup-defs.h`). It then offers a shorter set of `debug.*` files (`debug.csses`, `debug.css_links`, `debug.masks` and others).',
    'zh-cn': '在 v2 中不是普通的控制器。以内核参数 `cgroup_debug` 启动时，它会成为 cgroup v2 上的隐式控制器：这样的控制器不出现在 `cgroup.controllers` 和 `cgroup.subtree_control` 中，并在每个 cgroup 中启用（见 `include/linux/cgroup-defs.h` 中 `implicit_on_dfl` 的注释）。此时它提供一组精简的 `debug.*` 文件（`debug.csses`、`debug.css_links`、`debug.masks` 等）。',
  },
  examples: [],
  related: ['cgroup-v1', 'cgroup-v2', 'cgroup-perf-event'],
  sources: [
    CGROUP_DEBUG_C,
    {
      title: 'include/linux/cgroup-defs.h (implicit_on_dfl)',
      url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/include/linux/cgroup-defs.h',
    },
  ],
} satisfies TermInput;
