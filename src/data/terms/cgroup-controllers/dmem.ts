import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2 } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-dmem',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'dmem controller', 'zh-cn': 'dmem 控制器' },
  aliases: {
    en: ['dmem', 'device memory controller', 'dmem cgroup', 'VRAM cgroup', 'dmem.max'],
    'zh-cn': ['设备内存控制器', 'dmem 子系统', '显存 cgroup', 'dmem', 'dmem.max'],
  },
  summary: {
    en: 'A cgroup v2 controller that accounts and limits device memory regions, such as a GPU\'s VRAM, per cgroup.',
    'zh-cn': '一个 cgroup v2 控制器：按 cgroup 统计并限制设备内存区域（例如 GPU 的显存）的使用。',
  },
  description: {
    en: `dmem ("device memory") distributes memory that lives on devices rather than in system RAM. The memory is divided into regions, named like \`drm/0000:03:00.0/vram0\`, and every dmem file has one line per region. Because a region's page size need not match the system's, all amounts are in bytes.

\`dmem.max\`, \`dmem.min\` and \`dmem.low\` behave like the memory controller's files of the same names, applied to one region each: a hard limit, a protection, and a best-effort protection. The root cgroup's \`dmem.capacity\` shows how large each region is; some of it is kept by the kernel and cannot be allocated by cgroups.

dmem is a recent addition: the Linux 6.12 documentation does not describe it yet, and it has no cgroup v1 documentation.`,
    'zh-cn': `dmem（device memory，设备内存）负责分配位于设备上、而非系统内存中的内存。这些内存被划分为若干区域，名称形如 \`drm/0000:03:00.0/vram0\`；每个 dmem 文件中，每个区域占一行。由于区域的页大小不一定与系统页大小相同，所有数值都以字节为单位。

\`dmem.max\`、\`dmem.min\` 和 \`dmem.low\` 的行为与内存控制器中的同名文件一致，只是各自作用于一个区域：分别是硬上限、保护量和尽力而为的保护量。根 cgroup 的 \`dmem.capacity\` 显示每个区域的大小，其中一部分由内核保留，cgroup 无法分配。

dmem 是新近加入的控制器：Linux 6.12 的文档中还没有它，cgroup v1 文档中也没有相关内容。`,
  },
  v2Name: 'dmem',
  controls: {
    en: 'Device memory regions (for example GPU VRAM), in bytes per region.',
    'zh-cn': '设备内存区域（例如 GPU 显存），按区域以字节计。',
  },
  v1Files: [],
  v2Files: [
    {
      name: 'dmem.max',
      summary: {
        en: 'Non-root: hard limit per region, e.g. `drm/0000:03:00.0/vram0 1073741824`; works like `memory.max`.',
        'zh-cn': '非根 cgroup 才有：每个区域的硬上限，如 `drm/0000:03:00.0/vram0 1073741824`；作用与 `memory.max` 相同。',
      },
    },
    {
      name: 'dmem.min',
      summary: {
        en: 'Non-root: protected amount per region; works like `memory.min`.',
        'zh-cn': '非根 cgroup 才有：每个区域的受保护用量；作用与 `memory.min` 相同。',
      },
    },
    {
      name: 'dmem.low',
      summary: {
        en: 'Non-root: best-effort protection per region; works like `memory.low`.',
        'zh-cn': '非根 cgroup 才有：每个区域尽力而为的保护量；作用与 `memory.low` 相同。',
      },
    },
    {
      name: 'dmem.peak',
      summary: {
        en: 'Non-root, read-only: the highest usage per region by the cgroup and its descendants since it was created.',
        'zh-cn': '非根 cgroup 才有，只读：自创建以来该 cgroup 及其后代在每个区域上的最高用量。',
      },
    },
    {
      name: 'dmem.capacity',
      summary: {
        en: 'Root only, read-only: the size of each region.',
        'zh-cn': '仅根 cgroup 有，只读：每个区域的大小。',
      },
    },
    {
      name: 'dmem.current',
      summary: {
        en: 'Non-root, read-only: the current usage per region.',
        'zh-cn': '非根 cgroup 才有，只读：每个区域当前的用量。',
      },
    },
  ],
  examples: [
    {
      commands: `# zcat /proc/config.gz | grep CONFIG_CGROUP_DMEM`,
      output: `# CONFIG_CGROUP_DMEM is not set`,
      note: {
        en: 'The test host\'s kernel is built without the dmem controller.',
        'zh-cn': '测试主机的内核编译时没有包含 dmem 控制器。',
      },
    },
    {
      commands: `# cat /sys/fs/cgroup/dmem.capacity
# cat /sys/fs/cgroup/demo/dmem.current`,
      output: '',
      note: {
        en: 'Not run (no dmem controller or GPU driver registering regions on the test host). The kernel docs show one line per region, e.g. `drm/0000:03:00.0/vram0 8514437120` in `dmem.capacity` and `drm/0000:03:00.0/vram0 12550144` in `dmem.current`.',
        'zh-cn': '未实际运行（测试主机上既没有 dmem 控制器，也没有登记区域的 GPU 驱动）。按内核文档的示例，每个区域一行，例如 `dmem.capacity` 中的 `drm/0000:03:00.0/vram0 8514437120`，以及 `dmem.current` 中的 `drm/0000:03:00.0/vram0 12550144`。',
      },
    },
  ],
  related: ['cgroup-v2', 'cgroup-memory', 'cgroup-misc', 'cgroup-subtree-control'],
  sources: [CGROUP_V2],
} satisfies TermInput;
