import type { TermInput } from '../../schema/term.ts';
import { SRC, man } from '../../sources/namespaces.ts';

export default {
  id: 'cgroup-namespace',
  dockerHostOption: '--cgroupns=host',
  dockerCreatesByDefault: true,
  category: 'namespace',
  page: 'ns-cgroup',
  name: { en: 'Cgroup namespace', 'zh-cn': 'cgroup 命名空间' },
  aliases: {
    en: ['Cgroup namespace', 'cgroup_namespaces', 'cgroupns', 'CLONE_NEWCGROUP namespace'],
    'zh-cn': ['cgroup 命名空间', '控制组命名空间', 'cgroupns', 'cgroup_namespaces', 'CLONE_NEWCGROUP namespace', 'cgroup namespace', 'CLONE_NEWCGROUP'],
  },
  summary: {
    en: 'Virtualizes a process\'s view of its cgroups, so that its current cgroup appears as the root.',
    'zh-cn': '虚拟化进程所看到的 cgroup 路径，让它当前所在的 cgroup 显示为根。',
  },
  description: {
    en: `A cgroup namespace changes what a process sees, not where it is: the cgroup directories the creator is in at that moment become the root directories of the new namespace, for cgroup v1 hierarchies and the v2 unified hierarchy alike. Paths in \`/proc/[pid]/cgroup\` are then shown relative to that root, and a cgroup outside it appears with \`../\` components.

The point is to keep container framework paths out of sight, to make migration easier because containers no longer depend on ancestor cgroup names, and, together with a cgroup filesystem mounted from inside, to stop a container from reaching ancestor cgroup directories.

On the command line: \`unshare --cgroup\` (short \`-C\`) and \`nsenter --cgroup\` (\`-C\`). The man page names \`CONFIG_CGROUPS\` as the kernel option.`,
    'zh-cn': `cgroup 命名空间改变的是进程“看到”的东西，而不是它“所在”的位置：创建时调用者所在的 cgroup 目录成为新命名空间的根目录，cgroup v1 的各个层级和 v2 的统一层级都是如此。此后 \`/proc/[pid]/cgroup\` 中的路径都相对于这个根显示，位于根之外的 cgroup 会带上 \`../\`。

这样做是为了隐藏容器框架的路径，让容器不再依赖祖先 cgroup 的名字从而便于迁移，并且在容器内部重新挂载 cgroup 文件系统后，阻止容器访问祖先 cgroup 目录。

命令行工具：\`unshare --cgroup\`（短选项 \`-C\`）和 \`nsenter --cgroup\`（\`-C\`）。手册页给出的内核选项是 \`CONFIG_CGROUPS\`。`,
  },
  flag: 'clone-newcgroup',
  procFile: 'cgroup',
  procFileSince: '4.6',
  since: '4.6',
  isolates: {
    en: 'The cgroup root directory: the view of the process\'s cgroups in `/proc/[pid]/cgroup` and `/proc/[pid]/mountinfo`.',
    'zh-cn': 'cgroup 根目录，即 `/proc/[pid]/cgroup` 和 `/proc/[pid]/mountinfo` 中所显示的进程 cgroup 视图。',
  },
  privileges: {
    en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)). Joining one with `setns(2)` needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the user namespace that owns the target. `CAP_SYS_ADMIN` in the owning user namespace also allows mounting cgroup v2 and named v1 hierarchies.',
    'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)）。用 `setns(2)` 加入时，需要同时在自己的用户命名空间和拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。在所属用户命名空间中拥有 `CAP_SYS_ADMIN`，还可以挂载 cgroup v2 以及 v1 的命名层级。',
  },
  unshareOption: '--cgroup',
  nsenterOption: '--cgroup',
  ociType: 'cgroup',
  docker: {
    en: '`--cgroupns=host` runs the container in the host\'s cgroup namespace; `--cgroupns=private` gives it its own. Without the option the daemon\'s `default-cgroupns-mode` applies, which defaults to `private` on cgroup v2 hosts and to `host` on cgroup v1 hosts.',
    'zh-cn': '`--cgroupns=host` 让容器使用宿主机的 cgroup 命名空间，`--cgroupns=private` 则为它创建独立的 cgroup 命名空间。不指定时使用守护进程的 `default-cgroupns-mode`：在 cgroup v2 主机上默认为 `private`，在 cgroup v1 主机上默认为 `host`。',
  },
  examples: [
    {
      commands: `# grep memory /proc/self/cgroup
# unshare --cgroup sh -c 'grep memory /proc/self/cgroup; grep memory /proc/1/cgroup'`,
      output: `4:memory:/process_api/ca5b635f487f5f0b94a869bcda57f096
4:memory:/
4:memory:/../..`,
      note: {
        en: 'This host uses cgroup v1. Inside the new namespace the shell\'s own memory cgroup is shown as `/`, and PID 1, which sits two levels higher, appears as `/../..`. On a cgroup v2 host look at the `0::` line instead.',
        'zh-cn': '这台主机使用 cgroup v1。在新命名空间中，shell 自己的 memory cgroup 显示为 `/`，而位于上面两层的 PID 1 显示为 `/../..`。在 cgroup v2 主机上请看以 `0::` 开头的那一行。',
      },
    },
    {
      commands: `# readlink /proc/self/ns/cgroup
# unshare --cgroup readlink /proc/self/ns/cgroup`,
      output: `cgroup:[4026531835]
cgroup:[4026532177]`,
      note: {
        en: 'A different inode number: `readlink` ran in a new cgroup namespace.',
        'zh-cn': 'inode 编号不同：`readlink` 运行在一个新的 cgroup 命名空间中。',
      },
    },
  ],
  pitfalls: [
    {
      en: 'Creating or joining a cgroup namespace does not move the process to another cgroup and sets no limits; `setns(2)` into one leaves cgroup membership unchanged. Limits come from the cgroups themselves.',
      'zh-cn': '创建或加入 cgroup 命名空间都不会把进程移到别的 cgroup，也不会设置任何资源限制；用 `setns(2)` 加入时，进程的 cgroup 归属保持不变。资源限制来自 cgroup 本身。',
    },
    {
      en: 'A cgroup filesystem mounted before the namespace was created still shows the old root: in `/proc/self/mountinfo` its root field reads `/..` instead of `/`. Remount the cgroup filesystem from inside the new namespace (after `mount --make-rslave /`, so the change does not propagate out) to get the expected view.',
      'zh-cn': '在创建命名空间之前挂载的 cgroup 文件系统仍然显示旧的根：在 `/proc/self/mountinfo` 中，它的根字段是 `/..` 而不是 `/`。需要在新命名空间内部重新挂载 cgroup 文件系统（先执行 `mount --make-rslave /`，避免变更传播出去），才能得到预期的视图。',
    },
    {
      en: 'Paths in `/proc/[pid]/cgroup` are relative to the **reader\'s** cgroup namespace root, so the same file reads differently from different namespaces; never compare such paths across namespaces.',
      'zh-cn': '`/proc/[pid]/cgroup` 中的路径相对于**读取者**所在 cgroup 命名空间的根，同一个文件在不同命名空间中读出来的内容不同；不要跨命名空间比较这些路径。',
    },
  ],
  related: ['clone-newcgroup', 'namespace', 'mount-namespace', 'user-namespace', 'unshare-command', 'nsenter'],
  sources: [
    man('cgroup_namespaces', 7),
    SRC.namespaces,
    SRC.clone,
    SRC.unshare2,
    SRC.setns,
    SRC.userNs,
    SRC.unshare1,
    SRC.nsenter1,
    SRC.oci,
    SRC.dockerRun,
    { title: 'dockerd (Docker docs)', url: 'https://docs.docker.com/reference/cli/dockerd/' },
    {
      title: 'moby daemon/config/config_linux.go (cgroup namespace defaults)',
      url: 'https://github.com/moby/moby/blob/d606d5ca84d69decbed4ca6a5b600ac7f71f73d4/daemon/config/config_linux.go',
    },
  ],
} satisfies TermInput;
