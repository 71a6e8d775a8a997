import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, man, v1Doc } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-rdma',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'rdma controller', 'zh-cn': 'rdma 控制器' },
  aliases: {
    en: ['rdma', 'RDMA controller', 'rdma cgroup', 'rdma.max', 'InfiniBand cgroup'],
    'zh-cn': ['RDMA 控制器', 'rdma 子系统', 'RDMA 资源限制', 'rdma', 'rdma.max'],
  },
  summary: {
    en: 'Limits how many RDMA/InfiniBand verb resources (HCA handles and HCA objects) the processes of a cgroup may use, per device.',
    'zh-cn': '按设备限制 cgroup 中的进程可以使用多少 RDMA/InfiniBand verbs 资源（HCA 句柄和 HCA 对象）。',
  },
  description: {
    en: `Without limits, one application can take all the RDMA verb resources of a device (address handles, completion queues, queue pairs, memory regions and so on), leaving none for other applications or for kernel users. The rdma controller counts two resources per cgroup and per device, \`hca_handle\` and \`hca_object\`, and enforces a maximum for each. When an application asks the device for its limits, it gets the lower of the cgroup limit and what the device supports.

A resource stays charged to the cgroup that created it, even if the process later moves to another cgroup. To remove a configured limit for a device, set all its values back to \`max\`.

The controller works the same way in v1 and v2. Newer kernel documents add files for the peak usage and for refused allocations to the v2 interface.`,
    'zh-cn': `如果不加限制，一个应用就可能占光某个设备的全部 RDMA verbs 资源（地址句柄、完成队列、队列对、内存区域等），让其他应用和内核中的使用者一个也拿不到。rdma 控制器按 cgroup、按设备统计两种资源，\`hca_handle\` 和 \`hca_object\`，并为每种资源设置上限。应用向设备查询资源上限时，得到的是 cgroup 限额与设备支持量两者中较小的那个。

资源始终记在创建它的 cgroup 名下，即使进程之后移到了其他 cgroup 也是如此。要取消某个设备上已配置的限额，把它的所有值都设回 \`max\` 即可。

该控制器在 v1 和 v2 中的工作方式相同。较新的内核文档为 v2 接口增加了记录峰值用量和被拒绝分配次数的文件。`,
  },
  v1Name: 'rdma',
  v2Name: 'rdma',
  sinceV1: '4.11',
  sinceV2: '4.11',
  controls: {
    en: 'RDMA/IB resources per device: the number of HCA handles (`hca_handle`) and HCA objects (`hca_object`).',
    'zh-cn': '每个设备上的 RDMA/IB 资源：HCA 句柄数（`hca_handle`）和 HCA 对象数（`hca_object`）。',
  },
  v1Files: [
    {
      name: 'rdma.max',
      summary: {
        en: 'Per-device limits, one line per device, e.g. `mlx4_0 hca_handle=2 hca_object=2000`; `max` means no limit.',
        'zh-cn': '按设备设置的限额，每个设备一行，如 `mlx4_0 hca_handle=2 hca_object=2000`；`max` 表示不限。',
      },
    },
    {
      name: 'rdma.current',
      summary: {
        en: 'Read-only: the current usage per device, in the same format.',
        'zh-cn': '只读：各设备当前的用量，格式相同。',
      },
    },
  ],
  v2Files: [
    {
      name: 'rdma.max',
      summary: {
        en: 'Non-root: per-device limits, one line per device, e.g. `mlx4_0 hca_handle=2 hca_object=2000`; `max` means no limit.',
        'zh-cn': '非根 cgroup 才有：按设备设置的限额，每个设备一行，如 `mlx4_0 hca_handle=2 hca_object=2000`；`max` 表示不限。',
      },
    },
    {
      name: 'rdma.current',
      summary: {
        en: 'Non-root, read-only: the current usage per device.',
        'zh-cn': '非根 cgroup 才有，只读：各设备当前的用量。',
      },
    },
    {
      name: 'rdma.peak',
      summary: {
        en: 'Non-root, read-only: the highest usage per device since the cgroup was created (newer kernels; not in the Linux 6.12 docs).',
        'zh-cn': '非根 cgroup 才有，只读：自 cgroup 创建以来各设备的最高用量（较新的内核才有，Linux 6.12 文档中没有）。',
      },
    },
    {
      name: 'rdma.events',
      summary: {
        en: 'Per device, how often an allocation in this subtree hit an `rdma.max` limit (`max`) or failed because of one (`alloc_fail`), counted hierarchically (newer kernels).',
        'zh-cn': '按设备统计本子树中的资源分配触及 `rdma.max` 限额（`max`）或因限额而失败（`alloc_fail`）的次数，按层级累计（较新的内核才有）。',
      },
    },
    {
      name: 'rdma.events.local',
      summary: {
        en: 'Like `rdma.events`, but counting only this cgroup\'s own events (newer kernels).',
        'zh-cn': '与 `rdma.events` 类似，但只统计本 cgroup 自身的事件（较新的内核才有）。',
      },
    },
  ],
  examples: [
    {
      commands: `# zcat /proc/config.gz | grep CONFIG_CGROUP_RDMA`,
      output: `# CONFIG_CGROUP_RDMA is not set`,
      note: {
        en: 'The test host\'s kernel is built without the rdma controller, so `/proc/cgroups` does not list it. Kernels that expose their build configuration in `/proc/config.gz` let you check this way.',
        'zh-cn': '测试主机的内核编译时没有包含 rdma 控制器，所以 `/proc/cgroups` 中也没有它。如果内核在 `/proc/config.gz` 中公开了编译配置，就可以这样检查。',
      },
    },
    {
      commands: `# echo "mlx4_0 hca_handle=2 hca_object=2000" > /sys/fs/cgroup/demo/rdma.max
# cat /sys/fs/cgroup/demo/rdma.max
# cat /sys/fs/cgroup/demo/rdma.current`,
      output: '',
      note: {
        en: 'Not run: it needs a kernel with `CONFIG_CGROUP_RDMA`, an RDMA device and a v2 cgroup `demo` with rdma enabled for it. According to the kernel docs, `rdma.max` then shows one line per device with both keys, e.g. `mlx4_0 hca_handle=2 hca_object=2000` (keys you did not set read `max`), and `rdma.current` the usage in the same form.',
        'zh-cn': '未实际运行：这需要启用了 `CONFIG_CGROUP_RDMA` 的内核、一块 RDMA 设备，以及一个已启用 rdma 的 v2 cgroup `demo`。按内核文档的说明，此时 `rdma.max` 每个设备显示一行，包含两个键，例如 `mlx4_0 hca_handle=2 hca_object=2000`（未设置的键显示为 `max`），`rdma.current` 则以相同格式显示用量。',
      },
    },
  ],
  related: ['cgroup-v1', 'cgroup-v2', 'cgroup-misc', 'cgroup-subtree-control'],
  sources: [man('cgroups', 7), v1Doc('rdma', 'RDMA Controller'), CGROUP_V2],
} satisfies TermInput;
