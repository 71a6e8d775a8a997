import type { TermInput } from '../../schema/term.ts';
import { SRC } from '../../sources/namespaces.ts';

export default {
  id: 'user-namespace',
  dockerHostOption: '--userns=host',
  dockerCreatesByDefault: false,
  category: 'namespace',
  page: 'ns-user',
  name: { en: 'User namespace', 'zh-cn': '用户命名空间' },
  aliases: {
    en: ['User namespace', 'user_namespaces', 'userns', 'CLONE_NEWUSER namespace'],
    'zh-cn': ['用户命名空间', 'User 命名空间', 'UID/GID 映射', 'user_namespaces', 'userns', 'CLONE_NEWUSER namespace', 'user namespace', 'CLONE_NEWUSER', 'rootless', 'rootless 容器'],
  },
  summary: {
    en: 'Gives a group of processes its own user and group IDs and capabilities, so a process can be root inside while remaining an ordinary user outside.',
    'zh-cn': '为一组进程提供独立的用户 ID、组 ID 和能力（capability），使进程可以在内部是 root，在外部仍是普通用户。',
  },
  description: {
    en: `A user namespace isolates security identifiers: user and group IDs, the root directory, keyrings and capabilities. The usual trick is to map an unprivileged user outside to UID 0 inside: the process then has every capability for objects governed by the namespace, but none on the host.

IDs are translated through \`/proc/[pid]/uid_map\` and \`/proc/[pid]/gid_map\`; each line maps a range of IDs inside to a range in the parent namespace. Every other namespace is owned by the user namespace its creator was in, and capabilities count only against the namespaces that user namespace owns: root in a container can change the container's hostname, not the host's.

User namespaces took several releases: \`CLONE_NEWUSER\` first meant something in Linux 2.6.23, the current semantics arrived in 3.5, and they became usable, and creatable without privilege, in 3.8; filesystem support was filled in through 3.9 and 3.12 (XFS). On the command line: \`unshare --user\` (short \`-U\`) with \`--map-root-user\` (\`-r\`), and \`nsenter --user\` (\`-U\`). The kernel needs \`CONFIG_USER_NS\`.`,
    'zh-cn': `用户命名空间隔离与安全相关的标识：用户 ID、组 ID、根目录、密钥环和能力。常见做法是把外部的普通用户映射为内部的 UID 0：这样进程对该命名空间管辖的对象拥有全部能力，对宿主机却没有任何特权。

ID 通过 \`/proc/[pid]/uid_map\` 和 \`/proc/[pid]/gid_map\` 转换，每一行把内部的一段 ID 映射到父命名空间中的一段 ID。其他类型的命名空间都归创建者当时所在的用户命名空间所有，能力只对该用户命名空间拥有的命名空间生效：容器里的 root 可以修改容器的主机名，却改不了宿主机的。

用户命名空间经历了多个版本才完成：\`CLONE_NEWUSER\` 在 Linux 2.6.23 开始有意义，现在的语义在 3.5 合入，到 3.8 才真正可用，并且无需特权即可创建；文件系统方面的支持在 3.9 和 3.12（XFS）中补齐。命令行工具：\`unshare --user\`（短选项 \`-U\`）配合 \`--map-root-user\`（\`-r\`），以及 \`nsenter --user\`（\`-U\`）。内核需要启用 \`CONFIG_USER_NS\`。`,
  },
  flag: 'clone-newuser',
  procFile: 'user',
  procFileSince: '3.8',
  since: '3.8',
  isolates: {
    en: 'User and group IDs, the root directory, keyrings and capabilities.',
    'zh-cn': '用户 ID 和组 ID、根目录、密钥环以及能力（capability）。',
  },
  privileges: {
    en: 'None since Linux 3.8 (before that, `CAP_SYS_ADMIN`, `CAP_SETUID` and `CAP_SETGID`). Limits remain: the caller\'s effective UID and GID must be mapped in its current user namespace (else `EPERM`), a caller in a chroot is refused (since 3.9), nesting stops at 32 levels (since 3.11), and `/proc/sys/user/max_user_namespaces` (since 4.9) caps the count (`ENOSPC`). Joining one with `setns(2)` needs `CAP_SYS_ADMIN` in the target user namespace.',
    'zh-cn': '从 Linux 3.8 起无需任何特权（之前需要 `CAP_SYS_ADMIN`、`CAP_SETUID` 和 `CAP_SETGID`）。但仍有限制：调用者的有效 UID 和 GID 必须在其当前用户命名空间中有映射（否则返回 `EPERM`）；处于 chroot 环境中的调用者会被拒绝（3.9 起）；嵌套最多 32 层（3.11 起）；数量受 `/proc/sys/user/max_user_namespaces`（4.9 起）限制，超出返回 `ENOSPC`。用 `setns(2)` 加入时，需要在目标用户命名空间中拥有 `CAP_SYS_ADMIN`。',
  },
  unshareOption: '--user',
  nsenterOption: '--user',
  ociType: 'user',
  docker: {
    en: 'By default Docker creates no user namespace: containers run in the host\'s. When the daemon has user-namespace remapping (`userns-remap`) enabled, every container gets one; `--userns=host` (the only valid value) turns it off for a single container.',
    'zh-cn': 'Docker 默认不创建用户命名空间，容器运行在宿主机的用户命名空间中。守护进程启用用户命名空间重映射（`userns-remap`）后，每个容器都会有自己的用户命名空间；`--userns=host`（唯一有效的取值）可以为单个容器关闭它。',
  },
  examples: [
    {
      commands: `# unshare --user id
# unshare --user --map-root-user sh -c 'id; cat /proc/self/uid_map'`,
      output: `uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)
uid=0(root) gid=0(root) groups=0(root)
       0          0          1`,
      note: {
        en: 'Even for root, a new user namespace starts without mappings, so IDs show up as the overflow ID 65534. `--map-root-user` writes a one-line map: UID 0 inside is UID 0 outside, for one ID.',
        'zh-cn': '即使是 root，新建的用户命名空间一开始也没有映射，所以 ID 显示为溢出 ID 65534。`--map-root-user` 写入了一行映射：内部 UID 0 对应外部 UID 0，长度为 1。',
      },
    },
    {
      commands: `# su nobody -s /bin/sh -c 'id -u; unshare --uts true; unshare --user --map-root-user --uts sh -c "id -u; hostname inside; hostname"'
# hostname`,
      output: `65534
unshare: unshare failed: Operation not permitted
0
inside
vm`,
      note: {
        en: 'The unprivileged user cannot create a UTS namespace alone, but can when a user namespace is created in the same call; inside, it is UID 0 and may change the new namespace\'s hostname. The host\'s name is untouched.',
        'zh-cn': '无特权用户不能单独创建 UTS 命名空间，但在同一次调用中同时创建用户命名空间就可以；在内部它是 UID 0，能够修改新命名空间的主机名，宿主机的主机名不受影响。',
      },
    },
    {
      commands: `# unshare --user sleep 60 &
# sleep 0.3
# echo '0 1000 1' > /proc/$!/uid_map
# cat /proc/$!/uid_map
# echo '0 2000 1' > /proc/$!/uid_map
# kill $!`,
      output: `[1] 15510
       0       1000          1
bash: echo: write error: Operation not permitted`,
      note: {
        en: 'The parent namespace writes the map from outside. The first write succeeds; a second write to `uid_map` fails with `EPERM`, because a map can be written only once.',
        'zh-cn': '在父命名空间中从外部写入映射。第一次写入成功；再次写 `uid_map` 会以 `EPERM` 失败，因为映射只能写一次。',
      },
    },
  ],
  pitfalls: [
    {
      en: '`uid_map` and `gid_map` can be written only **once** per user namespace (a second write fails with `EPERM`). The write must contain at least one line, ranges may not overlap, and there may be at most 340 lines since Linux 4.15 (5 before); it must also be shorter than a page and start at offset 0. Invalid content fails with `EINVAL`.',
      'zh-cn': '每个用户命名空间的 `uid_map` 和 `gid_map` 都只能写**一次**（第二次写入以 `EPERM` 失败）。写入内容至少要有一行，各范围不能重叠，从 Linux 4.15 起最多 340 行（之前为 5 行）；数据还必须小于一页，并且从偏移 0 开始写。内容不合法时返回 `EINVAL`。',
    },
    {
      en: 'Without `CAP_SETUID`/`CAP_SETGID` in the parent namespace, a process may only write a single line mapping its own effective ID, and must have the same effective UID as the namespace\'s creator. For `gid_map` it must first write `deny` to `/proc/[pid]/setgroups`, which is why `unshare --map-root-user` implies `--setgroups=deny` and `setgroups(2)` is then unavailable inside.',
      'zh-cn': '如果在父命名空间中没有 `CAP_SETUID`/`CAP_SETGID`，进程只能写入一行、把自己的有效 ID 映射进去，并且其有效 UID 必须与命名空间的创建者相同。写 `gid_map` 之前还必须先向 `/proc/[pid]/setgroups` 写入 `deny`，所以 `unshare --map-root-user` 隐含 `--setgroups=deny`，之后在命名空间内无法使用 `setgroups(2)`。',
    },
    {
      en: 'Until the maps are written, IDs appear as the overflow ID 65534 and calls such as `setuid(2)` fail; afterwards only mapped IDs can be used. Mapping UID 0 of the parent namespace also needs `CAP_SETFCAP` (since Linux 5.12).',
      'zh-cn': '在写入映射之前，ID 会显示为溢出 ID 65534，`setuid(2)` 等调用会失败；写入之后也只能使用已映射的 ID。若要映射父命名空间中的 UID 0，从 Linux 5.12 起还需要 `CAP_SETFCAP`。',
    },
    {
      en: 'Capabilities inside a user namespace do not reach resources that belong to no namespace: setting the system clock, loading kernel modules, creating device nodes with `mknod`, or mounting block-device filesystems still need privilege in the initial user namespace.',
      'zh-cn': '用户命名空间内的能力管不到不属于任何命名空间的资源：修改系统时间、加载内核模块、用 `mknod` 创建设备文件、挂载基于块设备的文件系统，仍然需要初始用户命名空间中的特权。',
    },
    {
      en: '`execve(2)` recalculates capabilities as usual, so a process that is not UID 0 inside the namespace loses the full set it got from `clone(2)`, `unshare(2)` or `setns(2)` when it runs a program (unless the program file has a non-empty inheritable capability set).',
      'zh-cn': '`execve(2)` 会照常重新计算能力，因此，如果进程在命名空间内不是 UID 0，它一旦执行新程序，就会失去通过 `clone(2)`、`unshare(2)` 或 `setns(2)` 获得的全部能力（除非程序文件带有非空的可继承能力集）。',
    },
    {
      en: '`setns(2)` cannot re-enter the caller\'s current user namespace, and a multithreaded process cannot change user namespace. `clone(2)` rejects `CLONE_NEWUSER` together with `CLONE_THREAD`, `CLONE_PARENT` or `CLONE_FS`.',
      'zh-cn': '`setns(2)` 不能重新进入调用者当前所在的用户命名空间，多线程进程也不能切换用户命名空间。`clone(2)` 不允许 `CLONE_NEWUSER` 与 `CLONE_THREAD`、`CLONE_PARENT` 或 `CLONE_FS` 同时使用。',
    },
  ],
  related: ['clone-newuser', 'namespace', 'mount-namespace', 'uts-namespace', 'setns', 'unshare-command', 'nsenter'],
  sources: [
    SRC.userNs,
    SRC.namespaces,
    SRC.clone,
    SRC.unshare2,
    SRC.setns,
    SRC.unshare1,
    SRC.nsenter1,
    SRC.oci,
    SRC.dockerRun,
    {
      title: 'Isolate containers with a user namespace (Docker docs)',
      url: 'https://docs.docker.com/engine/security/userns-remap/',
    },
  ],
} satisfies TermInput;
