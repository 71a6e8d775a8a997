/**
 * The eight Linux namespaces. Facts come from the man-pages (namespaces(7) and each
 * namespace's own page, clone(2), unshare(2), setns(2), unshare(1), nsenter(1)), the OCI
 * runtime spec and Docker's reference. Every example was run as root on Linux 6.18 with
 * util-linux 2.38.1; inode numbers and PIDs will differ on your machine.
 */
import type { TermInput } from '../schema/term.ts';

const man = (page: string, section: number) => ({
  title: `${page}(${section})`,
  url: `https://man7.org/linux/man-pages/man${section}/${page}.${section}.html`,
});

const SRC = {
  namespaces: man('namespaces', 7),
  clone: man('clone', 2),
  unshare2: man('unshare', 2),
  setns: man('setns', 2),
  unshare1: man('unshare', 1),
  nsenter1: man('nsenter', 1),
  userNs: man('user_namespaces', 7),
  oci: {
    title: 'OCI runtime spec: Linux namespaces',
    url: 'https://github.com/opencontainers/runtime-spec/blob/main/config-linux.md#namespaces',
  },
  dockerRun: {
    title: 'docker container run (Docker docs)',
    url: 'https://docs.docker.com/reference/cli/docker/container/run/',
  },
};

export const namespaces: TermInput[] = [
  // ---------------------------------------------------------------- mount
  {
    id: 'mount-namespace',
    dockerHostOption: null,
    dockerCreatesByDefault: true,
    category: 'namespace',
    page: 'ns-mount',
    name: { en: 'Mount namespace', 'zh-cn': '挂载（Mount）命名空间' },
    aliases: {
      en: ['Mount namespace', 'mount_namespaces', 'mntns', 'mnt namespace', 'CLONE_NEWNS namespace'],
      'zh-cn': ['挂载命名空间', 'Mount 命名空间', '挂载点隔离'],
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

“默认情况下”很关键：从 Linux 2.6.15 起，每个挂载点都有一个**传播类型**（shared、private、slave 或 unbindable），它决定挂载事件是否会在不同命名空间的对等挂载之间传递。\`/proc/[pid]/mountinfo\` 的可选字段会显示传播类型：\`shared:N\`、\`master:N\`、\`unbindable\`，什么都没有则表示 private。

容器运行时会在新的挂载命名空间里准备容器自己的根文件系统（参见 \`pivot_root(2)\`）。在命令行上，用 \`unshare --mount\`（短选项 \`-m\`）创建，用 \`nsenter --mount\` 进入。`,
    },
    flag: 'clone-newns',
    procFile: 'mnt',
    since: '2.4.19',
    isolates: {
      en: 'The list of mounts a process sees (what `/proc/[pid]/mounts` and `/proc/[pid]/mountinfo` show).',
      'zh-cn': '进程看到的挂载点列表（即 `/proc/[pid]/mounts` 和 `/proc/[pid]/mountinfo` 的内容）。',
    },
    privileges: {
      en: 'Creating one with `clone(2)` or `unshare(2)` needs `CAP_SYS_ADMIN` in the caller\'s user namespace. An unprivileged process can still do it by passing `CLONE_NEWUSER` in the same call: the user namespace is created first and gives it that capability (user_namespaces(7)). Joining one with `setns(2)` needs `CAP_SYS_CHROOT` and `CAP_SYS_ADMIN` in the caller\'s own user namespace plus `CAP_SYS_ADMIN` in the user namespace that owns the target.',
      'zh-cn': '用 `clone(2)` 或 `unshare(2)` 创建时，调用者需要在自己所在的用户命名空间中拥有 `CAP_SYS_ADMIN`。无特权进程也可以创建：只要在同一次调用中同时指定 `CLONE_NEWUSER`，内核会先创建用户命名空间，调用者由此获得该能力（见 user_namespaces(7)）。用 `setns(2)` 加入时，需要在自己的用户命名空间中拥有 `CAP_SYS_CHROOT` 和 `CAP_SYS_ADMIN`，并在拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。',
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
  },

  // ---------------------------------------------------------------- UTS
  {
    id: 'uts-namespace',
    dockerHostOption: '--uts=host',
    dockerCreatesByDefault: true,
    category: 'namespace',
    page: 'ns-uts',
    name: { en: 'UTS namespace', 'zh-cn': 'UTS 命名空间' },
    aliases: {
      en: ['UTS namespace', 'uts_namespaces', 'utsns', 'hostname namespace', 'CLONE_NEWUTS namespace'],
      'zh-cn': ['UTS 命名空间', '主机名命名空间', '主机名隔离'],
    },
    summary: {
      en: 'Gives a group of processes its own hostname and NIS domain name.',
      'zh-cn': '为一组进程提供各自独立的主机名和 NIS 域名。',
    },
    description: {
      en: `A UTS namespace isolates just two identifiers: the hostname and the NIS domain name. A new UTS namespace starts with copies of the creator's values. From then on, \`sethostname(2)\` and \`setdomainname(2)\` inside it change only what its members see through \`uname(2)\`, \`gethostname(2)\` and \`getdomainname(2)\`.

This is what lets every container have its own hostname without touching the host's. The change itself needs \`CAP_SYS_ADMIN\` in the user namespace that owns the UTS namespace, so a process that created a user namespace in the same call may rename its own "machine".

On the command line: \`unshare --uts\` (short \`-u\`) and \`nsenter --uts\` (\`-u\`). The kernel needs \`CONFIG_UTS_NS\`.`,
      'zh-cn': `UTS 命名空间只隔离两个标识：主机名和 NIS 域名。新建的 UTS 命名空间会复制创建者当前的这两个值。此后，在其中调用 \`sethostname(2)\`、\`setdomainname(2)\` 只会改变该命名空间成员通过 \`uname(2)\`、\`gethostname(2)\`、\`getdomainname(2)\` 看到的结果。

正因为如此，每个容器都可以有自己的主机名，而不会影响宿主机。修改主机名需要在拥有该 UTS 命名空间的用户命名空间中具有 \`CAP_SYS_ADMIN\`，所以在同一次调用中创建了用户命名空间的进程，可以给自己的“机器”改名。

命令行工具：\`unshare --uts\`（短选项 \`-u\`）和 \`nsenter --uts\`（\`-u\`）。内核需要启用 \`CONFIG_UTS_NS\`。`,
    },
    flag: 'clone-newuts',
    procFile: 'uts',
    since: '2.6.19',
    isolates: {
      en: 'The hostname and the NIS domain name.',
      'zh-cn': '主机名和 NIS 域名。',
    },
    privileges: {
      en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)). Joining one with `setns(2)` needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the user namespace that owns the target.',
      'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)）。用 `setns(2)` 加入时，需要同时在自己的用户命名空间和拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。',
    },
    unshareOption: '--uts',
    nsenterOption: '--uts',
    ociType: 'uts',
    docker: {
      en: '`--uts=host` runs the container in the host\'s UTS namespace. Without it every container gets its own, even one started with `--network=host`. Docker refuses `--hostname` and `--domainname` together with `--uts=host`, so that a container cannot rename the host by accident.',
      'zh-cn': '`--uts=host` 让容器使用宿主机的 UTS 命名空间。不加这个选项时，每个容器都有自己的 UTS 命名空间，即使用了 `--network=host` 也是如此。Docker 不允许 `--hostname`、`--domainname` 与 `--uts=host` 同时使用，以免容器意外修改宿主机的主机名。',
    },
    examples: [
      {
        commands: `# unshare --uts sh -c 'hostname demo; hostname'
# hostname`,
        output: `demo
vm`,
        note: {
          en: 'The new name exists only inside the new UTS namespace; the host keeps its own (`vm` here).',
          'zh-cn': '新主机名只在新的 UTS 命名空间中有效，宿主机仍保留原来的名字（这里是 `vm`）。',
        },
      },
      {
        commands: `# unshare --uts sleep 300 &
# lsns -t uts
# nsenter --target $! --uts sh -c 'hostname web1; hostname'
# hostname
# kill $!`,
        output: `[1] 16082
        NS TYPE NPROCS   PID USER COMMAND
4026531838 uts      73     2 root kthreadd
4026532177 uts       1 16082 root sleep 300
web1
vm`,
        note: {
          en: '`lsns` lists the second UTS namespace held by `sleep`; `nsenter` joins it through that process and renames it, while the host\'s name stays `vm`.',
          'zh-cn': '`lsns` 列出了由 `sleep` 持有的第二个 UTS 命名空间；`nsenter` 借助这个进程进入其中并改名，而宿主机的主机名仍是 `vm`。',
        },
      },
      {
        commands: `# touch /root/uts-ns
# unshare --uts=/root/uts-ns hostname persistent
# nsenter --uts=/root/uts-ns hostname
# umount /root/uts-ns`,
        output: 'persistent',
        note: {
          en: 'A bind mount of the namespace file keeps the namespace alive after `hostname` exits, so `nsenter` can still enter it. `umount` releases it.',
          'zh-cn': '对命名空间文件的绑定挂载让该命名空间在 `hostname` 退出后依然存在，所以 `nsenter` 仍能进入；执行 `umount` 后它才被释放。',
        },
      },
    ],
    pitfalls: [
      {
        en: 'The "domain name" here is the NIS domain name set by `setdomainname(2)`, not the DNS domain. Name resolution reads ordinary files such as `/etc/hosts` and `/etc/resolv.conf`, which the mount namespace governs, not the UTS namespace.',
        'zh-cn': '这里的“域名”是 `setdomainname(2)` 设置的 NIS 域名，而不是 DNS 域名。域名解析读取的是 `/etc/hosts`、`/etc/resolv.conf` 等普通文件，它们受挂载命名空间而不是 UTS 命名空间管辖。',
      },
      {
        en: 'Sharing the network namespace does not share the hostname: with Docker, `--network=host` alone still gives the container a private UTS namespace; add `--uts=host` if the container should follow the host\'s name.',
        'zh-cn': '共享网络命名空间并不等于共享主机名：在 Docker 中只用 `--network=host` 时，容器仍有私有的 UTS 命名空间；如果希望容器跟随宿主机的主机名，还要加上 `--uts=host`。',
      },
      {
        en: 'Values are copied once, at creation. A later change of the host\'s hostname does not reach a UTS namespace that already exists.',
        'zh-cn': '主机名只在创建时复制一次。之后宿主机再改名，已经存在的 UTS 命名空间不会跟着改变。',
      },
    ],
    related: ['clone-newuts', 'namespace', 'network-namespace', 'user-namespace', 'unshare-command', 'nsenter', 'lsns'],
    sources: [
      man('uts_namespaces', 7),
      man('setdomainname', 2),
      SRC.namespaces,
      SRC.clone,
      SRC.setns,
      SRC.userNs,
      SRC.unshare1,
      SRC.nsenter1,
      SRC.oci,
      SRC.dockerRun,
    ],
  },

  // ---------------------------------------------------------------- IPC
  {
    id: 'ipc-namespace',
    dockerHostOption: '--ipc=host',
    dockerCreatesByDefault: true,
    category: 'namespace',
    page: 'ns-ipc',
    name: { en: 'IPC namespace', 'zh-cn': 'IPC 命名空间' },
    aliases: {
      en: ['IPC namespace', 'ipc_namespaces', 'ipcns', 'System V IPC namespace', 'CLONE_NEWIPC namespace'],
      'zh-cn': ['IPC 命名空间', '进程间通信命名空间', 'IPC 隔离'],
    },
    summary: {
      en: 'Gives a group of processes its own System V IPC objects and POSIX message queues.',
      'zh-cn': '为一组进程提供各自独立的 System V IPC 对象和 POSIX 消息队列。',
    },
    description: {
      en: `An IPC namespace isolates the IPC objects that are not named by a file path: System V message queues, semaphore sets and shared memory segments, and (since Linux 2.6.30) POSIX message queues. Each IPC namespace has its own set of System V identifiers and its own POSIX message queue filesystem; objects created in one are invisible from the others.

The related tunables are per namespace as well: \`/proc/sys/fs/mqueue\`, the System V limits in \`/proc/sys/kernel\` (\`msgmax\`, \`msgmnb\`, \`msgmni\`, \`sem\`, \`shmall\`, \`shmmax\`, \`shmmni\`, \`shm_rmid_forced\`) and \`/proc/sysvipc\`.

When the last process of an IPC namespace exits, the kernel destroys every IPC object in it. On the command line: \`unshare --ipc\` (short \`-i\`) and \`nsenter --ipc\` (\`-i\`). The kernel needs \`CONFIG_IPC_NS\`.`,
      'zh-cn': `IPC 命名空间隔离的是那些不以文件路径命名的 IPC 对象：System V 消息队列、信号量集和共享内存段，以及（Linux 2.6.30 起）POSIX 消息队列。每个 IPC 命名空间都有自己的一套 System V 标识符和自己的 POSIX 消息队列文件系统；在一个命名空间中创建的对象，在其他命名空间里看不到。

相关的内核参数也按命名空间区分：\`/proc/sys/fs/mqueue\`、\`/proc/sys/kernel\` 下的 System V 限制（\`msgmax\`、\`msgmnb\`、\`msgmni\`、\`sem\`、\`shmall\`、\`shmmax\`、\`shmmni\`、\`shm_rmid_forced\`）以及 \`/proc/sysvipc\`。

IPC 命名空间的最后一个进程退出时，内核会销毁其中所有 IPC 对象。命令行工具：\`unshare --ipc\`（短选项 \`-i\`）和 \`nsenter --ipc\`（\`-i\`）。内核需要启用 \`CONFIG_IPC_NS\`。`,
    },
    flag: 'clone-newipc',
    procFile: 'ipc',
    since: '2.6.19',
    isolates: {
      en: 'System V IPC objects (message queues, semaphore sets, shared memory segments) and POSIX message queues.',
      'zh-cn': 'System V IPC 对象（消息队列、信号量集、共享内存段）和 POSIX 消息队列。',
    },
    privileges: {
      en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)). Joining one with `setns(2)` needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the user namespace that owns the target.',
      'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)）。用 `setns(2)` 加入时，需要同时在自己的用户命名空间和拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。',
    },
    unshareOption: '--ipc',
    nsenterOption: '--ipc',
    ociType: 'ipc',
    docker: {
      en: '`--ipc=host` uses the host\'s IPC namespace. The other modes are `private`, `shareable` (private, but other containers may join it), `container:<name|id>` (join a shareable container\'s namespace) and `none` (private, without `/dev/shm`). Without the option the daemon\'s default applies, `private` or `shareable` depending on its version and configuration.',
      'zh-cn': '`--ipc=host` 让容器使用宿主机的 IPC 命名空间。其他取值有：`private`、`shareable`（私有，但允许其他容器加入）、`container:<name|id>`（加入某个 shareable 容器的命名空间）和 `none`（私有且不挂载 `/dev/shm`）。不指定时使用守护进程的默认值，按版本和配置不同，为 `private` 或 `shareable`。',
    },
    examples: [
      {
        commands: `# ipcmk -Q
# ipcs -q
# unshare --ipc ipcs -q
# ipcrm -q 2`,
        output: `Message queue id: 2

------ Message Queues --------
key        msqid      owner      perms      used-bytes   messages
0x958549bb 2          root       644        0            0


------ Message Queues --------
key        msqid      owner      perms      used-bytes   messages`,
        note: {
          en: 'The message queue created on the host is not listed inside the new IPC namespace. `ipcrm` then removes it from the host.',
          'zh-cn': '在宿主机上创建的消息队列，在新的 IPC 命名空间中看不到。最后用 `ipcrm` 把它从宿主机上删除。',
        },
      },
    ],
    pitfalls: [
      {
        en: 'IPC objects die with their namespace: when its last process exits, every System V object and POSIX message queue in it is destroyed. To keep them, keep the namespace alive, with a process, an open descriptor on `/proc/[pid]/ns/ipc` or a bind mount of it.',
        'zh-cn': 'IPC 对象随命名空间一起消亡：最后一个进程退出时，其中所有 System V 对象和 POSIX 消息队列都会被销毁。要保留它们，就得让命名空间继续存在：保留一个进程、一个打开的 `/proc/[pid]/ns/ipc` 文件描述符，或者对它做绑定挂载。',
      },
      {
        en: 'POSIX shared memory (`shm_open(3)`) and POSIX named semaphores are files under `/dev/shm`, so the IPC namespace does not hide them; a separate mount of `/dev/shm` (mount namespace) does.',
        'zh-cn': 'POSIX 共享内存（`shm_open(3)`）和 POSIX 有名信号量是 `/dev/shm` 下的文件，IPC 命名空间隔离不了它们；需要借助挂载命名空间，为 `/dev/shm` 单独挂载一份。',
      },
      {
        en: 'An `mqueue` filesystem belongs to the IPC namespace of the process that mounted it, and even keeps that namespace alive. After creating an IPC namespace, mount a fresh `mqueue` (in a new mount namespace) to see its queues under `/dev/mqueue`.',
        'zh-cn': '`mqueue` 文件系统属于挂载它的进程所在的 IPC 命名空间，甚至会让那个命名空间一直存在。创建新的 IPC 命名空间后，要在新的挂载命名空间里重新挂载一个 `mqueue`，才能在 `/dev/mqueue` 下看到新命名空间的队列。',
      },
      {
        en: '`unshare(2)` with `CLONE_NEWIPC` implies `CLONE_SYSVSEM`, and `clone(2)` rejects `CLONE_NEWIPC` together with `CLONE_SYSVSEM`.',
        'zh-cn': '`unshare(2)` 使用 `CLONE_NEWIPC` 时隐含 `CLONE_SYSVSEM`；`clone(2)` 不允许 `CLONE_NEWIPC` 与 `CLONE_SYSVSEM` 同时出现。',
      },
    ],
    related: ['clone-newipc', 'namespace', 'mount-namespace', 'proc-pid-ns', 'unshare-command', 'nsenter'],
    sources: [
      man('ipc_namespaces', 7),
      man('shm_overview', 7),
      man('sem_overview', 7),
      man('mq_overview', 7),
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
  },

  // ---------------------------------------------------------------- PID
  {
    id: 'pid-namespace',
    dockerHostOption: '--pid=host',
    dockerCreatesByDefault: true,
    category: 'namespace',
    page: 'ns-pid',
    name: { en: 'PID namespace', 'zh-cn': 'PID 命名空间' },
    aliases: {
      en: ['PID namespace', 'pid_namespaces', 'pidns', 'CLONE_NEWPID namespace'],
      'zh-cn': ['PID 命名空间', '进程号命名空间', '进程 ID 隔离'],
    },
    summary: {
      en: 'Gives a group of processes its own process-ID numbering, starting at 1, so that processes in different PID namespaces can have the same PID.',
      'zh-cn': '为一组进程提供独立的进程号编号（从 1 开始），不同 PID 命名空间中的进程可以拥有相同的 PID。',
    },
    description: {
      en: `In a new PID namespace, PIDs start at 1. The first process created in it becomes its "init": PID 1, the reaper of orphaned processes in the namespace. This is what lets a container be suspended, resumed or migrated while its processes keep their PIDs.

PID namespaces form a tree: the parent of a namespace is the PID namespace of the process that created it, and since Linux 3.7 nesting stops at 32 levels. A process is visible in its own namespace and in every ancestor, and has a different PID at each level; \`getpid(2)\` returns the one in the namespace where it was created. Processes cannot see anything in an ancestor namespace.

A process's own PID namespace (\`/proc/[pid]/ns/pid\`) never changes. \`unshare(2)\` and \`setns(2)\` only change where its future children go, shown since Linux 4.12 by \`/proc/[pid]/ns/pid_for_children\`. Tools such as \`ps\` read \`/proc\`, which lists the processes of the PID namespace that mounted it, so a new PID namespace usually comes with a new mount namespace and a fresh \`/proc\`: \`unshare --pid --fork --mount-proc\`.`,
      'zh-cn': `在新的 PID 命名空间中，PID 从 1 开始分配。其中创建的第一个进程就是该命名空间的 “init”：PID 为 1，负责收养命名空间里的孤儿进程。正因为如此，容器可以被挂起、恢复或迁移，而其中的进程保持原来的 PID。

PID 命名空间构成一棵树：一个命名空间的父命名空间，就是创建它的进程所在的 PID 命名空间；从 Linux 3.7 起，嵌套深度最多 32 层。进程在自己的命名空间及所有祖先命名空间中都可见，并且在每一层都有不同的 PID；\`getpid(2)\` 返回的是进程被创建时所在命名空间中的 PID。进程看不到祖先命名空间里的任何进程。

进程自身所属的 PID 命名空间（\`/proc/[pid]/ns/pid\`）终生不变。\`unshare(2)\` 和 \`setns(2)\` 只改变它之后创建的子进程所在的命名空间，Linux 4.12 起可通过 \`/proc/[pid]/ns/pid_for_children\` 查看。\`ps\` 等工具读取的是 \`/proc\`，而 \`/proc\` 显示的是挂载它的那个 PID 命名空间中的进程，所以创建 PID 命名空间时通常还要创建新的挂载命名空间并重新挂载 \`/proc\`：\`unshare --pid --fork --mount-proc\`。`,
    },
    flag: 'clone-newpid',
    procFile: 'pid',
    since: '2.6.24',
    isolates: {
      en: 'Process IDs: each PID namespace numbers its processes independently, starting at 1.',
      'zh-cn': '进程 ID：每个 PID 命名空间独立为其中的进程编号，从 1 开始。',
    },
    privileges: {
      en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)). Joining with `setns(2)` needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the user namespace that owns the target, and the target must be the caller\'s own PID namespace or a descendant of it.',
      'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)）。用 `setns(2)` 加入时，需要同时在自己的用户命名空间和拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`，并且目标只能是调用者当前的 PID 命名空间或其后代。',
    },
    unshareOption: '--pid',
    nsenterOption: '--pid',
    ociType: 'pid',
    docker: {
      en: '`--pid=host` runs the container in the host\'s PID namespace, so it sees every process on the host (useful for debugging tools). `--pid=container:<name|id>` joins another container\'s PID namespace instead. By default each container has its own.',
      'zh-cn': '`--pid=host` 让容器使用宿主机的 PID 命名空间，容器能看到宿主机上的所有进程（便于使用调试工具）。`--pid=container:<name|id>` 则加入另一个容器的 PID 命名空间。默认情况下，每个容器都有自己的 PID 命名空间。',
    },
    examples: [
      {
        commands: `# unshare --pid --fork --mount-proc sh -c 'echo $$; ps -o pid,comm'`,
        output: `1
    PID COMMAND
      1 sh
      2 ps`,
        note: {
          en: 'With `--fork` the shell is the first process of the new namespace, so it is PID 1; `--mount-proc` gives `ps` a `/proc` that lists only this namespace.',
          'zh-cn': '加上 `--fork` 后，shell 是新命名空间中的第一个进程，所以它的 PID 是 1；`--mount-proc` 为 `ps` 提供了一个只列出本命名空间进程的 `/proc`。',
        },
      },
      {
        commands: `# unshare --pid --fork sh -c 'echo $$; readlink /proc/self'
# unshare --pid --fork --mount-proc readlink /proc/self`,
        output: `1
16079
1`,
        note: {
          en: 'Without `--mount-proc` the shell is PID 1, but `/proc` still belongs to the host\'s PID namespace, so `/proc/self` shows the host PID of `readlink`. With a fresh `/proc` it shows 1.',
          'zh-cn': '不加 `--mount-proc` 时，shell 的 PID 是 1，但 `/proc` 仍属于宿主机的 PID 命名空间，所以 `/proc/self` 显示的是 `readlink` 在宿主机上的 PID。重新挂载 `/proc` 后显示的就是 1。',
        },
      },
      {
        commands: String.raw`# unshare --pid perl -e '$|=1; for my $i (1..2) { my $p = fork; defined $p or die "fork $i: $!\n"; if ($p == 0) { exit 0 } waitpid($p, 0); print "fork $i: child $p\n" }'`,
        output: `fork 1: child 15351
fork 2: Cannot allocate memory`,
        note: {
          en: 'Without `--fork`, `perl` itself stays in the old PID namespace. Its first child becomes PID 1 of the new one (15351 is how the parent sees it); once that child exits, the namespace has no init and the next `fork()` fails with `ENOMEM`.',
          'zh-cn': '不加 `--fork` 时，`perl` 自己仍留在原来的 PID 命名空间中。它的第一个子进程成为新命名空间的 PID 1（15351 是父进程看到的编号）；这个子进程退出后，命名空间没有了 init，下一次 `fork()` 以 `ENOMEM` 失败。',
        },
      },
    ],
    pitfalls: [
      {
        en: 'After `unshare(CLONE_NEWPID)` (or `setns(2)` into a PID namespace) the caller itself stays in its old PID namespace; only its next child enters the new one, and the first such child becomes PID 1. That is why `unshare --pid` needs `--fork` to run a program inside. `/proc/[pid]/ns/pid_for_children` stays empty until that first child exists, and a process may call `unshare(CLONE_NEWPID)` only once (a second call fails with `EINVAL`).',
        'zh-cn': '调用 `unshare(CLONE_NEWPID)`（或用 `setns(2)` 进入某个 PID 命名空间）之后，调用者自己仍留在原来的 PID 命名空间，只有它接下来创建的子进程才进入新命名空间，第一个这样的子进程成为 PID 1。所以 `unshare --pid` 需要加 `--fork` 才能让程序运行在新命名空间里。在第一个子进程出现之前，`/proc/[pid]/ns/pid_for_children` 是空的；一个进程只能调用一次 `unshare(CLONE_NEWPID)`（第二次以 `EINVAL` 失败）。',
      },
      {
        en: 'PID 1 is essential: if it exits, the kernel sends `SIGKILL` to every other process in the namespace, and any later `fork(2)` into the namespace fails with `ENOMEM`. The same happens after `unshare(CLONE_NEWPID)` when the first child exits.',
        'zh-cn': 'PID 1 至关重要：它一旦退出，内核会向命名空间中其余所有进程发送 `SIGKILL`，之后任何进入该命名空间的 `fork(2)` 都会以 `ENOMEM` 失败。调用 `unshare(CLONE_NEWPID)` 后，如果第一个子进程退出，也会出现同样的情况。',
      },
      {
        en: 'The init process only receives signals for which it has installed a handler, even from privileged processes in its namespace, so `kill 1` inside a container may do nothing. From an ancestor namespace, `SIGKILL` and `SIGSTOP` are always delivered.',
        'zh-cn': 'init 进程只会收到它安装了处理函数的信号，即使发送者是同一命名空间中的特权进程也一样，所以在容器里执行 `kill 1` 可能毫无效果。从祖先命名空间发送的 `SIGKILL` 和 `SIGSTOP` 则总会送达。',
      },
      {
        en: '`/proc` lists the processes of the PID namespace that mounted it, whichever namespace reads it. Without a fresh `/proc` mount, `ps` and `top` inside a new PID namespace still show the host.',
        'zh-cn': '不论谁来读，`/proc` 列出的都是挂载它的那个 PID 命名空间中的进程。如果不重新挂载 `/proc`，在新 PID 命名空间里运行 `ps`、`top` 看到的仍是宿主机的进程。',
      },
      {
        en: '`CLONE_NEWPID` cannot be combined with `CLONE_THREAD` (and `clone(2)` also rejects `CLONE_PARENT`). `getppid(2)` returns 0 in a process whose parent lives in another PID namespace, such as PID 1 of the new namespace.',
        'zh-cn': '`CLONE_NEWPID` 不能与 `CLONE_THREAD` 同时使用（`clone(2)` 也不接受它与 `CLONE_PARENT` 组合）。如果进程的父进程位于另一个 PID 命名空间（例如新命名空间中的 PID 1），它调用 `getppid(2)` 得到的是 0。',
      },
    ],
    related: [
      'clone-newpid',
      'namespace',
      'proc-pid-ns',
      'mount-namespace',
      'unshare-syscall',
      'setns',
      'unshare-command',
      'nsenter',
    ],
    sources: [
      man('pid_namespaces', 7),
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
  },

  // ---------------------------------------------------------------- network
  {
    id: 'network-namespace',
    dockerHostOption: '--network=host',
    dockerCreatesByDefault: true,
    category: 'namespace',
    page: 'ns-network',
    name: { en: 'Network namespace', 'zh-cn': '网络（Network）命名空间' },
    aliases: {
      en: ['Network namespace', 'network_namespaces', 'netns', 'net namespace', 'CLONE_NEWNET namespace'],
      'zh-cn': ['网络命名空间', 'Network 命名空间', '网络隔离'],
    },
    summary: {
      en: 'Gives a group of processes its own network stack: interfaces, addresses, routes, firewall rules and ports.',
      'zh-cn': '为一组进程提供独立的网络协议栈：网络接口、地址、路由、防火墙规则和端口。',
    },
    description: {
      en: `A network namespace has its own network devices, IPv4 and IPv6 protocol stacks, routing tables, firewall rules and port numbers, its own \`/proc/net\`, \`/sys/class/net\` and files under \`/proc/sys/net\`, and its own abstract UNIX socket namespace. Two containers can therefore both listen on port 80. \`CLONE_NEWNET\` appeared in Linux 2.6.24, but clone(2) notes that its implementation was completed only around 2.6.29.

A physical network device lives in exactly one network namespace at a time. A **veth** pair acts like a pipe between two namespaces and is the usual way to connect a container to a bridge on the host.

On the command line: \`unshare --net\` (short \`-n\`) and \`nsenter --net\` (\`-n\`); \`nsenter --target PID --net\` is a common way to run host tools such as \`ip\` or \`ss\` in a container's network. The kernel needs \`CONFIG_NET_NS\`.`,
      'zh-cn': `网络命名空间拥有自己的网络设备、IPv4 与 IPv6 协议栈、路由表、防火墙规则和端口号，自己的 \`/proc/net\`、\`/sys/class/net\` 以及 \`/proc/sys/net\` 下的文件，还有自己的 UNIX 抽象套接字命名空间。因此两个容器可以同时监听 80 端口。\`CLONE_NEWNET\` 出现于 Linux 2.6.24，但 clone(2) 指出其实现大约到 2.6.29 才完成。

一个物理网络设备同一时刻只能属于一个网络命名空间。**veth** 设备对就像连接两个命名空间的管道，通常用它把容器接到宿主机的网桥上。

命令行工具：\`unshare --net\`（短选项 \`-n\`）和 \`nsenter --net\`（\`-n\`）；常见用法是 \`nsenter --target PID --net\`，在容器的网络环境里运行宿主机上的 \`ip\`、\`ss\` 等工具。内核需要启用 \`CONFIG_NET_NS\`。`,
    },
    flag: 'clone-newnet',
    procFile: 'net',
    since: '2.6.24',
    isolates: {
      en: 'Network devices, IPv4/IPv6 stacks, routing tables, firewall rules, port numbers, `/proc/net`, `/sys/class/net`, `/proc/sys/net` and the abstract UNIX socket namespace.',
      'zh-cn': '网络设备、IPv4/IPv6 协议栈、路由表、防火墙规则、端口号、`/proc/net`、`/sys/class/net`、`/proc/sys/net` 以及 UNIX 抽象套接字命名空间。',
    },
    privileges: {
      en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)); that is how `unshare --user --map-root-user --net` works without root. Joining one with `setns(2)` needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the user namespace that owns the target.',
      'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)），`unshare --user --map-root-user --net` 不需要 root 就能运行正是这个原因。用 `setns(2)` 加入时，需要同时在自己的用户命名空间和拥有目标命名空间的用户命名空间中拥有 `CAP_SYS_ADMIN`。',
    },
    unshareOption: '--net',
    nsenterOption: '--net',
    ociType: 'network',
    docker: {
      en: '`--network=host` (also accepted as the older, now hidden, `--net=host`) puts the container in the host\'s network namespace: it gets no IP address of its own, and `-p`/`--publish` are ignored with a warning. Without it the container gets its own network namespace, attached to the default bridge or to the networks named with `--network`.',
      'zh-cn': '`--network=host`（旧写法 `--net=host` 仍可使用，但已在帮助中隐藏）让容器进入宿主机的网络命名空间：容器不会分配自己的 IP 地址，`-p`/`--publish` 会被忽略并给出警告。不加该选项时，容器有自己的网络命名空间，连接到默认网桥或 `--network` 指定的网络。',
    },
    examples: [
      {
        commands: '# unshare --net ip link',
        output: `1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00`,
        note: {
          en: 'A brand-new network namespace contains only the loopback device, and it is down.',
          'zh-cn': '全新的网络命名空间里只有回环设备 `lo`，而且处于 DOWN 状态。',
        },
      },
      {
        commands: `# unshare --net sh -c 'ip -brief addr; ip link set lo up; ip -brief addr'`,
        output: `lo               DOWN
lo               UNKNOWN        127.0.0.1/8 ::1/128`,
        note: {
          en: '`127.0.0.1` only exists once `lo` is brought up inside the namespace.',
          'zh-cn': '只有在命名空间内把 `lo` 启用之后，`127.0.0.1` 才可用。',
        },
      },
      {
        commands: `# touch /root/net-demo
# unshare --net=/root/net-demo true
# nsenter --net=/root/net-demo ip -brief link
# umount /root/net-demo`,
        output: 'lo               DOWN           00:00:00:00:00:00 <LOOPBACK>',
        note: {
          en: 'The bind mount on `/root/net-demo` keeps the namespace after `true` exits; `nsenter` enters it through the file.',
          'zh-cn': '`/root/net-demo` 上的绑定挂载让命名空间在 `true` 退出后继续存在，`nsenter` 通过这个文件进入它。',
        },
      },
    ],
    pitfalls: [
      {
        en: 'A new network namespace is not connected to anything: it has only `lo`, and `lo` is down, so even `127.0.0.1` fails until `ip link set lo up`. Connectivity needs a device moved or created in it, typically one end of a veth pair.',
        'zh-cn': '新的网络命名空间与外界完全不通：里面只有 `lo`，而且 `lo` 处于 DOWN 状态，在执行 `ip link set lo up` 之前，连 `127.0.0.1` 都访问不了。要联网，必须把设备移入或在其中创建设备，通常是 veth 设备对的一端。',
      },
      {
        en: 'When a network namespace is freed, its physical devices go back to the **initial** network namespace, not to the namespace of the parent process, and its veth devices are destroyed.',
        'zh-cn': '网络命名空间被释放时，其中的物理设备会回到**初始**网络命名空间，而不是父进程所在的命名空间；其中的 veth 设备则被销毁。',
      },
      {
        en: 'Only the *abstract* UNIX socket namespace is per network namespace. A UNIX socket bound to a file path is reached through the filesystem, so processes in different network namespaces that see the same file can still talk through it.',
        'zh-cn': '按网络命名空间隔离的只是 UNIX **抽象**套接字。绑定到文件路径的 UNIX 套接字通过文件系统访问，因此只要不同网络命名空间中的进程能看到同一个文件，它们仍然可以借此通信。',
      },
      {
        en: 'A network namespace disappears with its last process unless something pins it: an open descriptor on `/proc/[pid]/ns/net` or a bind mount of it, which is what `unshare --net=FILE` creates.',
        'zh-cn': '网络命名空间会在最后一个进程退出时消失，除非有东西让它保持存在：一个打开的 `/proc/[pid]/ns/net` 文件描述符，或对它的绑定挂载（`unshare --net=FILE` 创建的就是这种绑定挂载）。',
      },
    ],
    related: ['clone-newnet', 'namespace', 'proc-pid-ns', 'uts-namespace', 'user-namespace', 'unshare-command', 'nsenter'],
    sources: [
      man('network_namespaces', 7),
      SRC.namespaces,
      SRC.clone,
      SRC.setns,
      SRC.userNs,
      SRC.unshare1,
      SRC.nsenter1,
      SRC.oci,
      SRC.dockerRun,
      {
        title: 'Host network driver (Docker docs)',
        url: 'https://docs.docker.com/engine/network/drivers/host/',
      },
    ],
  },

  // ---------------------------------------------------------------- user
  {
    id: 'user-namespace',
    dockerHostOption: '--userns=host',
    dockerCreatesByDefault: false,
    category: 'namespace',
    page: 'ns-user',
    name: { en: 'User namespace', 'zh-cn': '用户（User）命名空间' },
    aliases: {
      en: ['User namespace', 'user_namespaces', 'userns', 'CLONE_NEWUSER namespace'],
      'zh-cn': ['用户命名空间', 'User 命名空间', 'UID/GID 映射'],
    },
    summary: {
      en: 'Gives a group of processes its own user and group IDs and capabilities, so a process can be root inside while remaining an ordinary user outside.',
      'zh-cn': '为一组进程提供独立的用户 ID、组 ID 和能力（capabilities），使进程可以在内部是 root，在外部仍是普通用户。',
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
    since: '3.8',
    isolates: {
      en: 'User and group IDs, the root directory, keyrings and capabilities.',
      'zh-cn': '用户 ID 和组 ID、根目录、密钥环以及能力（capabilities）。',
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
  },

  // ---------------------------------------------------------------- cgroup
  {
    id: 'cgroup-namespace',
    dockerHostOption: '--cgroupns=host',
    dockerCreatesByDefault: true,
    category: 'namespace',
    page: 'ns-cgroup',
    name: { en: 'Cgroup namespace', 'zh-cn': 'cgroup 命名空间' },
    aliases: {
      en: ['Cgroup namespace', 'cgroup_namespaces', 'cgroupns', 'CLONE_NEWCGROUP namespace'],
      'zh-cn': ['cgroup 命名空间', '控制组命名空间', 'cgroupns'],
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
  },

  // ---------------------------------------------------------------- time
  {
    id: 'time-namespace',
    dockerHostOption: null,
    dockerCreatesByDefault: false,
    category: 'namespace',
    page: 'ns-time',
    name: { en: 'Time namespace', 'zh-cn': '时间（Time）命名空间' },
    aliases: {
      en: ['Time namespace', 'time_namespaces', 'timens', 'CLONE_NEWTIME namespace'],
      'zh-cn': ['时间命名空间', 'Time 命名空间', '时钟偏移'],
    },
    summary: {
      en: 'Gives a group of processes its own offsets for the monotonic and boot-time clocks.',
      'zh-cn': '为一组进程提供单调时钟和启动时间时钟的独立偏移量。',
    },
    description: {
      en: `A time namespace shifts two clocks by per-namespace offsets: \`CLOCK_MONOTONIC\` (with \`CLOCK_MONOTONIC_COARSE\` and \`CLOCK_MONOTONIC_RAW\`) and \`CLOCK_BOOTTIME\` (with \`CLOCK_BOOTTIME_ALARM\`). Everything that measures against them follows: \`clock_gettime(2)\`, \`clock_nanosleep(2)\`, \`nanosleep(2)\`, \`timer_settime(2)\`, \`timerfd_settime(2)\` and \`/proc/uptime\`. It was added so that these clocks keep consistent values when a container is migrated or checkpointed and restored.

Like a new PID namespace, a new time namespace is entered by children: \`unshare(2)\` with \`CLONE_NEWTIME\` creates it but leaves the caller where it is, and \`/proc/[pid]/ns/time_for_children\` shows where the caller's children will go. A process can also move itself in later with \`setns(2)\` (since Linux 5.8). Before the first process enters, the offsets are written to \`/proc/[pid]/timens_offsets\` as lines of \`<clock> <seconds> <nanoseconds>\` (clock \`monotonic\` or \`boottime\`).

On the command line: \`unshare --time\` (short \`-T\`) with \`--monotonic\` and \`--boottime\` to set the offsets, and \`nsenter --time\` (\`-T\`). The kernel needs \`CONFIG_TIME_NS\`. Docker has no option for it.`,
      'zh-cn': `时间命名空间为两个时钟加上按命名空间区分的偏移量：\`CLOCK_MONOTONIC\`（以及 \`CLOCK_MONOTONIC_COARSE\`、\`CLOCK_MONOTONIC_RAW\`）和 \`CLOCK_BOOTTIME\`（以及 \`CLOCK_BOOTTIME_ALARM\`）。所有基于这两个时钟的接口都会随之改变：\`clock_gettime(2)\`、\`clock_nanosleep(2)\`、\`nanosleep(2)\`、\`timer_settime(2)\`、\`timerfd_settime(2)\` 以及 \`/proc/uptime\`。引入它的目的，是让容器在迁移或检查点/恢复之后，这两个时钟的值仍然连贯。

与新建的 PID 命名空间一样，新建的时间命名空间由子进程进入：\`unshare(2)\` 使用 \`CLONE_NEWTIME\` 创建命名空间，但调用者本身留在原处，\`/proc/[pid]/ns/time_for_children\` 显示调用者的子进程将进入的命名空间。之后，进程也可以用 \`setns(2)\`（Linux 5.8 起）把自己移入其中。在第一个进程进入之前，可以向 \`/proc/[pid]/timens_offsets\` 写入偏移量，每行格式为 \`<时钟> <秒> <纳秒>\`，时钟为 \`monotonic\` 或 \`boottime\`。

命令行工具：\`unshare --time\`（短选项 \`-T\`）配合 \`--monotonic\`、\`--boottime\` 设置偏移量，以及 \`nsenter --time\`（\`-T\`）。内核需要启用 \`CONFIG_TIME_NS\`。Docker 没有相应的选项。`,
    },
    flag: 'clone-newtime',
    procFile: 'time',
    since: '5.6',
    isolates: {
      en: 'The boot-time and monotonic clocks (`CLOCK_BOOTTIME`, `CLOCK_MONOTONIC` and their variants); `CLOCK_REALTIME` is not affected.',
      'zh-cn': '启动时间时钟和单调时钟（`CLOCK_BOOTTIME`、`CLOCK_MONOTONIC` 及其变体）；`CLOCK_REALTIME` 不受影响。',
    },
    privileges: {
      en: 'Creating one needs `CAP_SYS_ADMIN` in the caller\'s user namespace, unless `CLONE_NEWUSER` is passed in the same call, in which case an unprivileged process can do it (user_namespaces(7)). Writing `/proc/[pid]/timens_offsets` needs `CAP_SYS_TIME` in the user namespace that owns the time namespace. Joining with `setns(2)` (possible since Linux 5.8) needs `CAP_SYS_ADMIN` both in the caller\'s own user namespace and in the owning one.',
      'zh-cn': '创建时需要在调用者所在的用户命名空间中拥有 `CAP_SYS_ADMIN`；如果同一次调用中还指定了 `CLONE_NEWUSER`，无特权进程也可以创建（见 user_namespaces(7)）。写 `/proc/[pid]/timens_offsets` 需要在拥有该时间命名空间的用户命名空间中拥有 `CAP_SYS_TIME`。用 `setns(2)` 加入（Linux 5.8 起支持）时，需要同时在自己的用户命名空间和所属用户命名空间中拥有 `CAP_SYS_ADMIN`。',
    },
    unshareOption: '--time',
    nsenterOption: '--time',
    ociType: 'time',
    docker: {
      en: '`docker run` has no option for time namespaces: containers always share the host\'s. The OCI runtime spec does list a `time` namespace type and a `timeOffsets` field (since spec v1.1.0), but Docker\'s command line exposes neither.',
      'zh-cn': '`docker run` 没有与时间命名空间相关的选项，容器总是共享宿主机的时间命名空间。OCI 运行时规范（自 v1.1.0 起）确实列出了 `time` 命名空间类型和 `timeOffsets` 字段，但 Docker 命令行并未提供这两项。',
    },
    examples: [
      {
        commands: `# cat /proc/uptime
# unshare --time --fork --boottime 86400 cat /proc/uptime`,
        output: `990.50 1364.83
87390.50 1364.83`,
        note: {
          en: 'The first field of `/proc/uptime` follows `CLOCK_BOOTTIME`, so it is exactly one day (86400 s) ahead in the new time namespace. The second field (idle time) is not shifted.',
          'zh-cn': '`/proc/uptime` 的第一个字段基于 `CLOCK_BOOTTIME`，所以在新的时间命名空间中正好多出一天（86400 秒）。第二个字段（空闲时间）没有偏移。',
        },
      },
      {
        commands: `# cat /proc/self/timens_offsets
# unshare --time --fork --monotonic 3600 --boottime 86400 cat /proc/self/timens_offsets`,
        output: `monotonic           0         0
boottime            0         0
monotonic        3600         0
boottime        86400         0`,
        note: {
          en: 'The initial time namespace has zero offsets; `unshare` wrote the requested ones before starting `cat`.',
          'zh-cn': '初始时间命名空间的偏移量都是 0；`unshare` 在启动 `cat` 之前写入了指定的偏移量。',
        },
      },
      {
        commands: `# unshare --time --fork sh -c 'readlink /proc/$PPID/ns/time /proc/$PPID/ns/time_for_children /proc/$$/ns/time'`,
        output: `time:[4026531834]
time:[4026532177]
time:[4026532177]`,
        note: {
          en: 'The `unshare` process (the shell\'s parent) is still in the initial time namespace; only its `time_for_children` points to the new one, where the forked shell runs.',
          'zh-cn': '`unshare` 进程（shell 的父进程）仍在初始时间命名空间中，只有它的 `time_for_children` 指向新命名空间，而 fork 出来的 shell 就运行在那里。',
        },
      },
    ],
    pitfalls: [
      {
        en: '`CLONE_NEWTIME` is `0x80`, inside the lowest byte of the `clone()` flags, which is the exit signal (`CSIGNAL`). It therefore cannot be passed to `clone()`; the kernel header allows it only with `unshare(2)` and `clone3()`, which carries the exit signal in a separate field. time_namespaces(7) (man-pages 6.03) describes `unshare(2)` as the only way. Joining with `setns(2)` and `CLONE_NEWTIME` works since Linux 5.8.',
        'zh-cn': '`CLONE_NEWTIME` 的值是 `0x80`，落在 `clone()` 标志的最低字节里，而这个字节是退出信号（`CSIGNAL`）。因此它不能传给 `clone()`；内核头文件规定它只能用于 `unshare(2)` 和 `clone3()`（后者用单独的字段传递退出信号）。time_namespaces(7)（man-pages 6.03）只把 `unshare(2)` 列为创建方式。用 `setns(2)` 配合 `CLONE_NEWTIME` 加入，从 Linux 5.8 起可用。',
      },
      {
        en: 'Only `CLOCK_MONOTONIC` and `CLOCK_BOOTTIME` (and their variants) are offset. `CLOCK_REALTIME`, the wall-clock time shown by `date`, is not virtualized, so a time namespace cannot give a container a different date.',
        'zh-cn': '只有 `CLOCK_MONOTONIC` 和 `CLOCK_BOOTTIME`（及其变体）会被偏移。`date` 显示的墙上时间 `CLOCK_REALTIME` 不会被虚拟化，所以时间命名空间无法让容器看到不同的日期。',
      },
      {
        en: 'Offsets can be set only while the namespace has no member: once a process has been created in it or has entered it, writes to `/proc/[pid]/timens_offsets` fail with `EACCES`. Nanoseconds above 999,999,999 fail with `EINVAL`; an offset that would make a clock negative, or push it past about 146 years, fails with `ERANGE`.',
        'zh-cn': '只有在命名空间还没有成员时才能设置偏移量：一旦有进程在其中被创建或进入其中，再写 `/proc/[pid]/timens_offsets` 就会以 `EACCES` 失败。纳秒值超过 999,999,999 返回 `EINVAL`；如果偏移量会让时钟变成负值，或超过约 146 年，则返回 `ERANGE`。',
      },
      {
        en: 'The caller of `unshare(CLONE_NEWTIME)` stays in its old time namespace: compare `/proc/[pid]/ns/time` with `/proc/[pid]/ns/time_for_children`. The unshare(1) manual uses `--fork` in its time example so that the command runs as a child. A new time namespace inherits the offsets of the creator\'s namespace.',
        'zh-cn': '调用 `unshare(CLONE_NEWTIME)` 的进程自己仍留在原来的时间命名空间中：可以对比 `/proc/[pid]/ns/time` 和 `/proc/[pid]/ns/time_for_children`。unshare(1) 手册的时间命名空间示例使用了 `--fork`，让命令作为子进程运行。新的时间命名空间会继承创建者所在命名空间的偏移量。',
      },
    ],
    related: ['clone-newtime', 'csignal', 'clone3', 'unshare-syscall', 'setns', 'namespace', 'proc-pid-ns', 'unshare-command'],
    sources: [
      man('time_namespaces', 7),
      SRC.namespaces,
      SRC.unshare2,
      SRC.setns,
      SRC.clone,
      SRC.userNs,
      SRC.unshare1,
      SRC.nsenter1,
      SRC.oci,
      {
        title: 'OCI runtime spec v1.1.0: config-linux.md',
        url: 'https://github.com/opencontainers/runtime-spec/blob/v1.1.0/config-linux.md',
      },
      {
        title: 'include/uapi/linux/sched.h',
        url: 'https://github.com/torvalds/linux/blob/master/include/uapi/linux/sched.h',
      },
      SRC.dockerRun,
    ],
  },
];
