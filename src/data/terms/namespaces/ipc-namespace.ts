import type { TermInput } from '../../schema/term.ts';
import { SRC, man } from '../../sources/namespaces.ts';

export default {
  id: 'ipc-namespace',
  dockerHostOption: '--ipc=host',
  dockerCreatesByDefault: true,
  category: 'namespace',
  page: 'ns-ipc',
  name: { en: 'IPC namespace', 'zh-cn': 'IPC 命名空间' },
  aliases: {
    en: ['IPC namespace', 'ipc_namespaces', 'ipcns', 'System V IPC namespace', 'CLONE_NEWIPC namespace'],
    'zh-cn': ['IPC 命名空间', '进程间通信命名空间', 'IPC 隔离', 'ipc_namespaces', 'ipcns', 'CLONE_NEWIPC namespace', 'IPC namespace', 'CLONE_NEWIPC'],
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
  procFileSince: '3.0',
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
} satisfies TermInput;
