import type { TermInput } from '../../schema/term.ts';
import { SRC, man } from '../../sources/namespaces.ts';

export default {
  id: 'mount-namespace',
  dockerHostOption: null,
  dockerCreatesByDefault: true,
  category: 'namespace',
  page: 'ns-mount',
  name: { en: 'Mount namespace', 'zh-cn': '挂载命名空间' },
  aliases: {
    en: ['Mount namespace', 'mount_namespaces', 'mntns', 'mnt namespace', 'CLONE_NEWNS namespace'],
    'zh-cn': ['挂载命名空间', 'Mount 命名空间', 'mount 命名空间', 'mntns', 'mnt namespace', 'CLONE_NEWNS', '挂载点隔离', 'mount_namespaces', 'CLONE_NEWNS namespace', 'mount namespace'],
  },
  summary: {
    en: 'Gives a group of processes its own list of mounts, so that mounting and unmounting inside it does not change the directory tree other processes see.',
    'zh-cn': '为一组进程提供一份独立的挂载列表，在其中挂载或卸载文件系统不会改变其他进程看到的目录树。',
  },
  description: {
    en: `The mount namespace is the oldest namespace in Linux (2.4.19); its flag still carries the generic name \`CLONE_NEWNS\`, while its handle is \`/proc/[pid]/ns/mnt\`. A new mount namespace starts with a copy of the creator's mount list; after that, \`mount(2)\` and \`umount(2)\` in one namespace do not, by default, appear in the other.

"By default" matters: since Linux 2.6.15 every mount has a **propagation type** (shared, private, slave or unbindable) that decides whether mount events travel between peer mounts in different namespaces. The optional fields of \`/proc/[pid]/mountinfo\` show it: \`shared:N\`, \`master:N\`, \`unbindable\`, or nothing for a private mount.

A container runtime prepares the container's root filesystem inside a new mount namespace (see \`pivot_root(2)\`). On the command line, \`unshare --mount\` (short \`-m\`) creates one and \`nsenter --mount\` enters one.`,
    'zh-cn': `挂载命名空间是 Linux 最早出现的命名空间（2.4.19）；它的标志至今仍是笼统的 \`CLONE_NEWNS\`，而它在 /proc 中的句柄是 \`/proc/[pid]/ns/mnt\`。新的挂载命名空间创建时复制创建者当前的挂载列表；此后，默认情况下在一个命名空间里执行的 \`mount(2)\`、\`umount(2)\` 不会出现在另一个命名空间中。

“默认情况下”很关键：从 Linux 2.6.15 起，每个挂载都有一个**传播类型**（shared、private、slave 或 unbindable），它决定挂载事件是否会在不同命名空间的对等挂载之间传递。\`/proc/[pid]/mountinfo\` 的可选字段会显示传播类型：\`shared:N\`、\`master:N\`、\`unbindable\`，什么都没有则表示 private。

容器运行时会在新的挂载命名空间里准备容器自己的根文件系统（参见 \`pivot_root(2)\`）。在命令行上，用 \`unshare --mount\`（短选项 \`-m\`）创建，用 \`nsenter --mount\` 进入。`,
  },
  flag: 'clone-newns',
  procFile: 'mnt',
  procFileSince: '3.8',
  since: '2.4.19',
  isolates: {
    en: 'The list of mounts a process sees (what `/proc/[pid]/mounts` and `/proc/[pid]/mountinfo` show).',
    'zh-cn': '进程看到的挂载列表（即 `/proc/[pid]/mounts` 和 `/proc/[pid]/mountinfo` 的内容）。',
  },
  privileges: {
    en: 'Creating one with `clone(2)` or `unshare(2)` needs `CAP_SYS_ADMIN` in the caller\'s user namespace. An unprivileged process can still do it by passing `CLONE_NEWUSER` in the same call: the user namespace is created first and gives it that capability (user_namespaces(7)). Joining one with `setns(2)` needs `CAP_SYS_CHROOT` and `CAP_SYS_ADMIN` in the caller\'s own user namespace plus `CAP_SYS_ADMIN` in the user namespace that owns the target.',
    'zh-cn': '用 `clone(2)` 或 `unshare(2)` 创建时，调用者需要在自己所在的用户命名空间中拥有 `CAP_SYS_ADMIN`。无特权进程也可以创建：只要在同一次调用中同时指定 `CLONE_NEWUSER`，内核会先创建用户命名空间，调用者由此获得该能力（capability，见 user_namespaces(7)）。用 `setns(2)` 加入时，需要在自己的用户命名空间中拥有 `CAP_SYS_CHROOT` 和 `CAP_SYS_ADMIN`，并在拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。',
  },
  unshareOption: '--mount',
  nsenterOption: '--mount',
  ociType: 'mount',
  docker: {
    en: 'There is no `docker run` option to share the host\'s mount namespace: every container gets its own. Bind mounts (`-v`/`--volume`, or `--mount type=bind`) make host directories visible inside the container, but they share paths, not the namespace.',
    'zh-cn': '`docker run` 没有共享宿主机挂载命名空间的选项：每个容器都有自己的挂载命名空间。绑定挂载（`-v`/`--volume` 或 `--mount type=bind`）能让宿主机目录出现在容器里，但共享的只是路径，而不是命名空间本身。',
  },
  examples: [
    {
      commands: `# readlink /proc/$$/ns/mnt
# unshare --mount readlink /proc/self/ns/mnt`,
      output: `mnt:[4026531832]
mnt:[4026532177]`,
      note: {
        en: 'Different inode numbers: the command started by `unshare` runs in a new mount namespace.',
        'zh-cn': 'inode 编号不同：由 `unshare` 启动的命令运行在一个新的挂载命名空间中。',
      },
    },
    {
      commands: `# mkdir -p /mnt/demo
# unshare --mount sh -c 'mount -t tmpfs demo /mnt/demo; touch /mnt/demo/hello; findmnt /mnt/demo; ls /mnt/demo'
# findmnt /mnt/demo
# ls /mnt/demo`,
      output: `TARGET    SOURCE FSTYPE OPTIONS
/mnt/demo demo   tmpfs  rw,relatime
hello`,
      note: {
        en: 'The tmpfs and its file exist only inside the new namespace. Back outside, `findmnt` and `ls` print nothing, and the mount vanished when its last process exited. `unshare(1)` made all mounts private first, so nothing propagated back.',
        'zh-cn': '这个 tmpfs 及其中的文件只存在于新命名空间里。回到外面后，`findmnt` 和 `ls` 都没有输出；最后一个进程退出时，这个挂载也随之消失。`unshare(1)` 事先把所有挂载设为 private，所以没有任何挂载事件传播回来。',
      },
    },
  ],
  pitfalls: [
    {
      en: 'A new namespace alone does not stop propagation. systemd marks every mount shared at boot, so on most systems new mounts are shared by default and would propagate between namespaces. `unshare(1)` (since util-linux 2.27) therefore runs the equivalent of `mount --make-rprivate /` in the new namespace; `--propagation unchanged` turns that off. Programs that call `clone(2)` or `unshare(2)` themselves must do it too, for example `mount(NULL, "/", MS_SLAVE | MS_REC, NULL)`.',
      'zh-cn': '仅仅创建新命名空间并不能阻止传播。systemd 在启动时把所有挂载标记为 shared，因此在大多数系统上新挂载默认是 shared 的，会在命名空间之间传播。所以 `unshare(1)`（util-linux 2.27 起）会在新命名空间里执行相当于 `mount --make-rprivate /` 的操作，`--propagation unchanged` 可以关闭这一行为。自己调用 `clone(2)` 或 `unshare(2)` 的程序也必须这样做，例如 `mount(NULL, "/", MS_SLAVE | MS_REC, NULL)`。',
    },
    {
      en: 'A mount namespace owned by a different (new) user namespace than the one it was copied from is **less privileged**: shared mounts become slave mounts, mounts that came over as a unit are locked together (unmounting just one fails with `EINVAL`), and the flags `MS_RDONLY`, `MS_NOSUID`, `MS_NOEXEC` and the atime flags cannot be changed. So `unshare --user --map-root-user --mount` cannot make a read-only bind mount writable.',
      'zh-cn': '如果新挂载命名空间的所属用户命名空间与被复制的那个不同（例如同时创建了新的用户命名空间），它就是**低特权**的：shared 挂载会降为 slave，作为一个整体复制过来的挂载被锁在一起（单独卸载其中一个会以 `EINVAL` 失败），`MS_RDONLY`、`MS_NOSUID`、`MS_NOEXEC` 以及 atime 相关标志也不能修改。因此 `unshare --user --map-root-user --mount` 无法把只读的绑定挂载改成可写。',
    },
    {
      en: '`unshare(2)` with `CLONE_NEWNS` implies `CLONE_FS`; `clone(2)` rejects `CLONE_NEWNS` together with `CLONE_FS`; and `setns(2)` cannot move a process into another mount namespace while it shares its filesystem attributes (`CLONE_FS`) with another process.',
      'zh-cn': '`unshare(2)` 使用 `CLONE_NEWNS` 时隐含 `CLONE_FS`；`clone(2)` 不允许 `CLONE_NEWNS` 与 `CLONE_FS` 同时出现；如果进程与其他进程共享文件系统属性（`CLONE_FS`），`setns(2)` 就不能把它移入另一个挂载命名空间。',
    },
    {
      en: 'To keep a mount namespace with `unshare --mount=FILE`, `FILE` must sit on a mount whose propagation type is not shared, or the bind mount fails. Check with `findmnt -o+PROPAGATION`.',
      'zh-cn': '用 `unshare --mount=FILE` 持久化挂载命名空间时，`FILE` 所在挂载的传播类型不能是 shared，否则绑定挂载会失败。可以用 `findmnt -o+PROPAGATION` 检查。',
    },
    {
      en: 'Since Linux 3.18, a file or directory that is a mount point in one namespace can be renamed or removed from a namespace where it is not one, and the mount then disappears in the first namespace too. Before 3.18 such calls failed with `EBUSY`.',
      'zh-cn': '从 Linux 3.18 起，在某个命名空间中是挂载点的文件或目录，可以在另一个并非挂载点的命名空间里被重命名或删除，第一个命名空间中的那个挂载也会随之消失。3.18 之前，这类操作会以 `EBUSY` 失败。',
    },
  ],
  related: ['clone-newns', 'namespace', 'proc-pid-ns', 'user-namespace', 'pid-namespace', 'unshare-command', 'nsenter'],
  sources: [
    man('mount_namespaces', 7),
    SRC.namespaces,
    SRC.clone,
    SRC.unshare2,
    SRC.setns,
    SRC.userNs,
    SRC.unshare1,
    SRC.nsenter1,
    SRC.oci,
    SRC.dockerRun,
  ],
} satisfies TermInput;
