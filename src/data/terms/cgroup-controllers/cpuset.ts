import type { TermInput } from '../../schema/term.ts';
import { SRC } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-cpuset',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'cpuset controller', 'zh-cn': 'cpuset 控制器' },
  aliases: {
    en: ['cpuset subsystem', 'cpusets', 'CPU pinning', 'CPU affinity cgroup', 'NUMA node placement', 'cpuset.cpus', 'cpuset.mems', 'cpuset.cpus.effective', 'cpuset.cpus.partition'],
    'zh-cn': ['cpuset 子系统', 'CPU 绑定', 'CPU 亲和性', 'CPU 集合', '内存节点绑定', 'NUMA 节点绑定', 'cpusets', 'cpuset.cpus', 'cpuset.mems', 'cpuset.cpus.effective', 'cpuset.cpus.partition'],
  },
  summary: {
    en: 'Confines the tasks of a cgroup to a chosen set of CPUs and NUMA memory nodes.',
    'zh-cn': '把一个 cgroup 中的任务限定在指定的一组 CPU 和 NUMA 内存节点上运行和分配内存。',
  },
  description: {
    en: `cpuset decides **where** tasks may run and allocate memory, not how much: \`cpuset.cpus\` lists the allowed CPUs and \`cpuset.mems\` the allowed memory nodes, as numbers and ranges such as \`0-4,6\`. It is hierarchical, so a cgroup can never use CPUs or nodes that its parent does not have. It matters most on large NUMA machines, where keeping a job on nearby CPUs and memory cuts cross-node traffic.

In v1 a new cpuset starts with **empty** \`cpuset.cpus\` and \`cpuset.mems\`, and on the kernel used here moving a task into it while they are empty fails with \`ENOSPC\` (unless the parent has \`cgroup.clone_children\` set, which copies the parent's settings). v1 also has exclusive flags, scheduler-domain knobs (\`cpuset.sched_load_balance\`) and memory-spread flags. In v2 an empty value means "use the nearest ancestor's", so a new cgroup works at once; \`cpuset.cpus.effective\` shows what was actually granted, and \`cpuset.cpus.partition\` can turn a cgroup into a partition root with CPUs of its own (\`root\`, or \`isolated\` without load balancing).

Traps: changing a cpuset's CPUs overrides any narrower \`sched_setaffinity()\` a task had set. Memory already allocated does not move in v1 unless \`cpuset.memory_migrate\` is set; in v2, writing \`cpuset.mems\` migrates the tasks' memory, which costs time and may leave pages behind, so set it before starting the workload. In v2 cpuset is a threaded controller.`,
    'zh-cn': `cpuset 决定任务可以在**哪里**运行和分配内存，而不是能用多少：\`cpuset.cpus\` 列出允许使用的 CPU，\`cpuset.mems\` 列出允许使用的内存节点，写法是数字和区间，例如 \`0-4,6\`。它是分层的，cgroup 永远用不到父级没有的 CPU 或节点。它在大型 NUMA 机器上最有用：把一个作业固定在相邻的 CPU 和内存上，可以减少跨节点访问。

在 v1 中，新建的 cpuset 的 \`cpuset.cpus\` 和 \`cpuset.mems\` 都是**空的**；在本文所用的内核上，它们为空时把任务移进去会以 \`ENOSPC\` 失败（除非父级设置了 \`cgroup.clone_children\`，这样新建的 cgroup 会复制父 cgroup 的设置）。v1 还有独占标志、调度域相关的开关（\`cpuset.sched_load_balance\`）以及内存分散标志。在 v2 中，空值表示“沿用最近的祖先的设置”，所以新建的 cgroup 立即可用；\`cpuset.cpus.effective\` 显示实际分到的 CPU，\`cpuset.cpus.partition\` 可以把一个 cgroup 变成拥有专属 CPU 的分区根（\`root\`，或不做负载均衡的 \`isolated\`）。

容易踩的坑：修改 cpuset 的 CPU 会覆盖任务此前用 \`sched_setaffinity()\` 设置的更窄的范围。在 v1 中，已分配的内存不会迁移，除非设置了 \`cpuset.memory_migrate\`；在 v2 中，写 \`cpuset.mems\` 会迁移任务的内存，这有开销，还可能留下部分页面，所以应在启动负载之前设置好。在 v2 中，cpuset 是线程化（threaded）控制器。`,
  },
  v1Name: 'cpuset',
  v2Name: 'cpuset',
  sinceV1: '2.6.24',
  sinceV2: '5.0',
  controls: {
    en: 'Placement: which CPUs the tasks of a cgroup may run on and which NUMA memory nodes they may allocate memory from.',
    'zh-cn': '位置约束：cgroup 中的任务可以在哪些 CPU 上运行，可以从哪些 NUMA 内存节点分配内存。',
  },
  v1Files: [
    {
      name: 'cpuset.cpus',
      summary: {
        en: 'CPUs the tasks may use, e.g. `1-4,6`; empty in a new cpuset, and read-only in the root, where it follows the online CPUs.',
        'zh-cn': '任务可以使用的 CPU，例如 `1-4,6`；新建的 cpuset 中为空，在根中只读并跟随当前在线的 CPU。',
      },
    },
    {
      name: 'cpuset.mems',
      summary: {
        en: 'Memory nodes the tasks may allocate from; empty in a new cpuset, and read-only in the root.',
        'zh-cn': '任务可以从中分配内存的内存节点；新建的 cpuset 中为空，在根中只读。',
      },
    },
    {
      name: 'cpuset.effective_cpus',
      summary: {
        en: 'The CPUs the cpuset actually uses; normally a read-only copy of `cpuset.cpus`, but with the `cpuset_v2_mode` mount option it behaves like v2\'s `cpuset.cpus.effective`.',
        'zh-cn': '该 cpuset 实际使用的 CPU；通常是 `cpuset.cpus` 的只读副本，使用 `cpuset_v2_mode` 挂载选项时，行为与 v2 的 `cpuset.cpus.effective` 相同。',
      },
    },
    {
      name: 'cpuset.effective_mems',
      summary: {
        en: 'The memory nodes the cpuset actually uses; the counterpart of `cpuset.effective_cpus` for memory.',
        'zh-cn': '该 cpuset 实际使用的内存节点；是 `cpuset.effective_cpus` 在内存方面的对应文件。',
      },
    },
    {
      name: 'cpuset.cpu_exclusive',
      summary: {
        en: 'Flag: if 1, no cpuset other than a direct ancestor or descendant may share this cpuset\'s CPUs.',
        'zh-cn': '标志：为 1 时，除直系祖先和后代外，其他 cpuset 不能与它共用 CPU。',
      },
    },
    {
      name: 'cpuset.mem_exclusive',
      summary: {
        en: 'Flag: if 1, the memory nodes are not shared with other cpusets except direct ancestors and descendants, and kernel allocations are also confined (hardwalled).',
        'zh-cn': '标志：为 1 时，除直系祖先和后代外，其内存节点不与其他 cpuset 共用，内核分配也受到限制（hardwall）。',
      },
    },
    {
      name: 'cpuset.mem_hardwall',
      summary: {
        en: 'Flag: if 1, kernel allocations such as page cache and buffers are confined to the cpuset\'s nodes, without making the nodes exclusive.',
        'zh-cn': '标志：为 1 时，页缓存、缓冲区等内核分配也被限制在本 cpuset 的节点上，但节点本身不变成独占。',
      },
    },
    {
      name: 'cpuset.memory_migrate',
      summary: {
        en: 'Flag: if 1, a task\'s pages move to the cpuset\'s nodes when the task is attached or when `cpuset.mems` changes; otherwise allocated pages stay where they are.',
        'zh-cn': '标志：为 1 时，任务加入该 cpuset 或 `cpuset.mems` 改变时，其页面会迁移到新节点；否则已分配的页面留在原处。',
      },
    },
    {
      name: 'cpuset.sched_load_balance',
      summary: {
        en: 'Flag, on by default: whether the scheduler load-balances across the CPUs of this cpuset.',
        'zh-cn': '标志，默认开启：调度器是否在本 cpuset 的 CPU 之间做负载均衡。',
      },
    },
    {
      name: 'cpuset.sched_relax_domain_level',
      summary: {
        en: 'How widely the scheduler searches for an idle CPU when it migrates a waking task; -1 (the initial value) means no request, 0 no search, higher numbers wider ranges.',
        'zh-cn': '调度器迁移被唤醒任务时寻找空闲 CPU 的范围；初始值 -1 表示不提要求，0 表示不搜索，数字越大范围越广。',
      },
    },
    {
      name: 'cpuset.memory_pressure',
      summary: {
        en: 'A running average of how hard the tasks in the cpuset are trying to reclaim memory; computed only when `cpuset.memory_pressure_enabled` is set.',
        'zh-cn': '本 cpuset 中任务回收内存力度的滑动平均值；只有设置了 `cpuset.memory_pressure_enabled` 才会计算。',
      },
    },
    {
      name: 'cpuset.memory_pressure_enabled',
      summary: {
        en: 'Root-only flag that turns on the `cpuset.memory_pressure` computation.',
        'zh-cn': '只存在于根 cpuset 的标志，用来开启 `cpuset.memory_pressure` 的计算。',
      },
    },
    {
      name: 'cpuset.memory_spread_page',
      summary: {
        en: 'Flag, default 0: if 1, file-system page cache is spread evenly over the allowed nodes instead of the local node; new cpusets inherit it.',
        'zh-cn': '标志，默认 0：为 1 时，文件系统页缓存均匀分布到允许的各个节点，而不是优先放在本地节点；新 cpuset 会继承该设置。',
      },
    },
    {
      name: 'cpuset.memory_spread_slab',
      summary: {
        en: 'Obsolete: the kernel doc says this flag no longer has any function.',
        'zh-cn': '已废弃：内核文档说明该标志已不起任何作用。',
      },
    },
  ],
  v2Files: [
    {
      name: 'cpuset.cpus',
      summary: {
        en: 'Requested CPUs (non-root cgroups); empty means "same as the nearest ancestor with a non-empty value, or all CPUs". It is not changed by CPU hotplug.',
        'zh-cn': '请求使用的 CPU（非根 cgroup）；为空表示“与最近的非空祖先相同，若没有则为全部 CPU”。CPU 热插拔不会改变它。',
      },
    },
    {
      name: 'cpuset.cpus.effective',
      summary: {
        en: 'Read-only: the online CPUs the parent actually grants to this cgroup; it changes with CPU hotplug.',
        'zh-cn': '只读：父级实际授予本 cgroup 的在线 CPU；会随 CPU 热插拔变化。',
      },
    },
    {
      name: 'cpuset.mems',
      summary: {
        en: 'Requested memory nodes; empty means inherited from the nearest non-empty ancestor. Writing it migrates the tasks\' memory to the new nodes.',
        'zh-cn': '请求使用的内存节点；为空表示沿用最近的非空祖先。写入时会把任务的内存迁移到新节点。',
      },
    },
    {
      name: 'cpuset.mems.effective',
      summary: {
        en: 'Read-only: the online memory nodes actually granted to this cgroup.',
        'zh-cn': '只读：实际授予本 cgroup 的在线内存节点。',
      },
    },
    {
      name: 'cpuset.cpus.exclusive',
      summary: {
        en: 'CPUs that may be taken exclusively when this cgroup becomes a partition root; siblings may not list the same exclusive CPU.',
        'zh-cn': '本 cgroup 成为分区根时可以独占的 CPU；兄弟 cgroup 不能列出相同的独占 CPU。',
      },
    },
    {
      name: 'cpuset.cpus.exclusive.effective',
      summary: {
        en: 'Read-only: the exclusive CPUs this cgroup can actually use to form a partition.',
        'zh-cn': '只读：本 cgroup 实际可以用来组成分区的独占 CPU。',
      },
    },
    {
      name: 'cpuset.cpus.partition',
      summary: {
        en: 'Partition state: `member` (the default for non-root cgroups), `root` or `isolated` (a partition without load balancing); owned by the parent and not delegatable.',
        'zh-cn': '分区状态：`member`（非根 cgroup 的默认值）、`root` 或 `isolated`（不做负载均衡的分区）；该文件归父级所有，不可委派。',
      },
    },
    {
      name: 'cpuset.cpus.isolated',
      summary: {
        en: 'Root-only, read-only: all CPUs currently used by isolated partitions; empty if there are none.',
        'zh-cn': '只在根 cgroup 中、只读：当前被各 isolated 分区使用的全部 CPU；没有时为空。',
      },
    },
  ],
  v2Successor: {
    en: 'v2 keeps `cpuset` as a threaded controller. Empty `cpuset.cpus`/`cpuset.mems` now inherit from ancestors, the v1 `effective_*` files become `cpuset.cpus.effective` and `cpuset.mems.effective`, and partitions (`cpuset.cpus.partition`, `cpuset.cpus.exclusive`) replace the v1 exclusive and load-balancing flags; the memory-spread and memory-pressure files have no v2 counterpart.',
    'zh-cn': 'v2 保留了 `cpuset`，并把它作为线程化控制器。空的 `cpuset.cpus`/`cpuset.mems` 现在会沿用祖先的值，v1 的 `effective_*` 文件变成 `cpuset.cpus.effective` 和 `cpuset.mems.effective`，分区（`cpuset.cpus.partition`、`cpuset.cpus.exclusive`）取代了 v1 的独占和负载均衡标志；内存分散和内存压力相关的文件在 v2 中没有对应项。',
  },
  examples: [
    {
      commands: `# mkdir /sys/fs/cgroup/cpuset/demo
# cd /sys/fs/cgroup/cpuset/demo
# cat cpuset.cpus cpuset.mems
# echo $$ > cgroup.procs
# echo 1 > cpuset.cpus
# echo 0 > cpuset.mems
# echo $$ > cgroup.procs
# grep Cpus_allowed_list /proc/self/status
# cat /proc/self/cpuset`,
      output: `

bash: echo: write error: No space left on device
Cpus_allowed_list:\t1
/demo`,
      note: {
        en: 'cgroup v1 on a 2-CPU machine. Both files of the new cpuset are empty (two blank lines), so the first attempt to move the shell fails with `ENOSPC`. After CPU 1 and memory node 0 are set the move works, and a command started from the shell may run only on CPU 1.',
        'zh-cn': '在一台 2 个 CPU 的机器上使用 cgroup v1。新 cpuset 的两个文件都是空的（两行空行），所以第一次移动 shell 以 `ENOSPC` 失败。设置 CPU 1 和内存节点 0 之后移动成功，此后从该 shell 启动的命令只能在 CPU 1 上运行。',
      },
    },
    {
      commands: `# echo +cpuset > /sys/fs/cgroup/unified/cgroup.subtree_control
# mkdir /sys/fs/cgroup/unified/demo
# cd /sys/fs/cgroup/unified/demo
# cat cpuset.cpus cpuset.cpus.effective cpuset.mems.effective
# echo 1 > cpuset.cpus
# cat cpuset.cpus.effective
# echo $$ > cgroup.procs
# grep Cpus_allowed_list /proc/self/status
# cat cpuset.cpus.partition`,
      output: `
0-1
0
1
Cpus_allowed_list:\t1
member`,
      note: {
        en: 'cgroup v2, on a hybrid host where the v1 `cpuset` hierarchy had been unmounted first (on a pure v2 system use /sys/fs/cgroup/demo). `cpuset.cpus` is empty, yet the effective sets show the parent\'s CPUs 0-1 and node 0: unlike v1, the cgroup is usable at once. After `echo 1`, the effective set and the shell\'s affinity are CPU 1, and the cgroup is an ordinary partition `member`.',
        'zh-cn': 'cgroup v2。这台混合布局主机事先卸载了 v1 的 `cpuset` 层级（纯 v2 系统上请用 /sys/fs/cgroup/demo）。`cpuset.cpus` 是空的，但生效集合显示了父级的 CPU 0-1 和节点 0：与 v1 不同，这个 cgroup 立即可用。`echo 1` 之后，生效集合和 shell 的亲和性都变成 CPU 1，该 cgroup 是普通的分区成员 `member`。',
      },
    },
  ],
  related: ['cgroup-cpu', 'cgroup-memory', 'cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-delegation'],
  sources: [SRC.v2cpuset, SRC.v1cpusets, SRC.v1cgroups, SRC.cgroups7],
} satisfies TermInput;
