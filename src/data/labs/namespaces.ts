import type { LabInput } from '../schema/lab.ts';
import { COLUMN_SPACES, NS_INODE, SCRATCH_NAME } from './common/rules.ts';

export default {
  id: 'namespaces',
  title: { en: 'Lab: isolate a shell with namespaces', 'zh-cn': '实验：用命名空间隔离一个 shell' },
  intro: {
    en: 'Build up isolation one namespace at a time with `unshare`, `ip netns` and `nsenter`, and look at each step from the host. Every command below was run by the handbook’s test suite on a Linux machine, and the output shown is what it printed.',
    'zh-cn': '用 `unshare`、`ip netns` 和 `nsenter` 一次加一种命名空间，逐步把一个 shell 隔离起来，每一步都再从宿主机上看一看。下面每条命令都由本手册的测试在一台 Linux 机器上实际运行过，显示的输出就是它打印的内容。',
  },
  learn: {
    en: [
      'how a UTS namespace gives a process its own host name',
      'why a new PID namespace needs `--fork` and a fresh `/proc`',
      'that a mount made in a mount namespace stays there',
      'how to connect two network namespaces with a veth pair',
      'what a user namespace’s UID map does, and what it does not grant',
      'how to find a process’s namespaces from the host: `/proc/[pid]/ns`, `lsns`, `nsenter`',
    ],
    'zh-cn': [
      'UTS 命名空间怎样让进程拥有自己的主机名',
      '新的 PID 命名空间为什么需要 `--fork` 和一个新的 `/proc`',
      '在挂载命名空间（mount，mnt）里做的挂载只留在那里',
      '怎样用一对 veth 把两个网络命名空间连起来',
      '用户命名空间的 UID 映射做了什么、没有授予什么',
      '怎样从宿主机上找到进程的命名空间：`/proc/[pid]/ns`、`lsns`、`nsenter`',
    ],
  },
  needs: {
    en: 'A root shell on Linux 5.6 or later (for the time namespace files in `/proc/[pid]/ns`) in a throwaway VM or container host; nothing here changes the host’s network, and the last section removes everything. The user-namespace step also needs the kernel to let unprivileged users create user namespaces.',
    'zh-cn': '一台 Linux 5.6 或更高版本的机器上的 root shell（`/proc/[pid]/ns` 中时间命名空间的文件从 5.6 开始才有），最好是一台可以随时丢弃的虚拟机；这里的命令不会改动宿主机的网络，最后一节会删掉创建的一切。用户命名空间一步还要求内核允许非特权用户创建用户命名空间。',
  },
  packages: ['util-linux', 'iproute2', 'iputils-ping', 'procps'],
  requires: ['root', 'command:unshare', 'command:nsenter', 'command:lsns', 'command:ip', 'command:ping', 'command:ps', 'command:setpriv'],
  normalize: [SCRATCH_NAME],
  vars: ['LAB', 'NAME', 'PID'],
  steps: [
    {
      id: 'prepare',
      title: { en: 'A scratch directory and a unique name', 'zh-cn': '临时目录和唯一的名字' },
      commands: `export LAB=$(mktemp -d /tmp/lab.XXXXXX)
export NAME=\${LAB#/tmp/}
echo "$LAB"`,
      output: '/tmp/lab.GbL9Oz',
      explanation: {
        en: 'Everything the lab creates lives in `$LAB` or is named after `$NAME`, so you can run it twice side by side and the cleanup knows what to remove. `export` makes both visible to the shells that `unshare` starts below.',
        'zh-cn': '实验创建的一切要么放在 `$LAB` 里，要么以 `$NAME` 命名，因此可以同时运行两次互不干扰，清理时也知道该删什么。`export` 让下面 `unshare` 启动的 shell 也能看到这两个变量。',
      },
    },
    {
      id: 'uts',
      title: { en: 'UTS: a host name of its own', 'zh-cn': 'UTS：自己的主机名' },
      commands: `unshare --uts sh -c 'hostname lab-box; echo "inside: $(hostname)"'
echo "outside: $(hostname)"`,
      output: `inside: lab-box
outside: vm`,
      normalize: [
        {
          pattern: String.raw`(?<=^outside: )(?!lab-box$).+$`,
          replacement: '<host name>',
          label: { en: 'the host’s name', 'zh-cn': '宿主机的主机名' },
        },
      ],
      explanation: {
        en: '`unshare --uts` runs `sh` in a new UTS namespace, a copy of the host’s. The shell renames its copy; the host keeps its name. Without the new namespace, `hostname lab-box` would have renamed the host.',
        'zh-cn': '`unshare --uts` 在一个新的 UTS 命名空间里运行 `sh`，这个命名空间是宿主机的一份副本。shell 改的是副本里的主机名，宿主机的名字不变。如果没有新的命名空间，`hostname lab-box` 改的就是宿主机的名字。',
      },
      terms: ['uts-namespace', 'unshare-command'],
    },
    {
      id: 'pid',
      title: { en: 'PID: process 1 and a fresh /proc', 'zh-cn': 'PID：1 号进程和新的 /proc' },
      commands: `unshare --pid --fork --mount-proc sh -c 'echo "my PID: $$"; ps -o pid,ppid,comm'`,
      normalize: [COLUMN_SPACES],
      output: `my PID: 1
    PID    PPID COMMAND
      1       0 sh
      2       1 ps`,
      explanation: {
        en: 'The process that calls `unshare()` does not move into the new PID namespace; its next child does, as PID 1. That is why `unshare` needs `--fork` here. `ps` reads `/proc`, so `--mount-proc` mounts a new proc file system for the new namespace (in a new mount namespace, so the host’s `/proc` is untouched); `ps` then sees only the two processes of the namespace.',
        'zh-cn': '调用 `unshare()` 的进程本身不会进入新的 PID 命名空间，它之后创建的第一个子进程才会进入，并成为 1 号进程，所以这里 `unshare` 需要 `--fork`。`ps` 读取 `/proc`，因此 `--mount-proc` 为新命名空间挂载一个新的 proc 文件系统（在一个新的挂载命名空间里，宿主机的 `/proc` 不受影响）；于是 `ps` 只看到命名空间里的两个进程。',
      },
      terms: ['pid-namespace', 'mount-namespace', 'unshare-command'],
    },
    {
      id: 'mount',
      title: { en: 'Mount: a mount only the namespace sees', 'zh-cn': '挂载：只有命名空间能看到的挂载' },
      commands: `mkdir "$LAB/mnt"
unshare --mount sh -c 'mount -t tmpfs lab "$LAB/mnt" && touch "$LAB/mnt/hello" && findmnt -no FSTYPE,SOURCE "$LAB/mnt" && ls "$LAB/mnt"'
findmnt "$LAB/mnt" || echo "the host sees no mount there"
ls -A "$LAB/mnt" | wc -l`,
      output: `tmpfs  lab
hello
the host sees no mount there
0`,
      explanation: {
        en: 'Inside the new mount namespace a tmpfs is mounted on `$LAB/mnt` and a file is created in it. On the host the directory is still empty and nothing is mounted there: `unshare` makes the new namespace’s mounts private (its `--propagation` default), so mount events do not travel back, and the tmpfs went away with the namespace’s last process.',
        'zh-cn': '在新的挂载命名空间里，一个 tmpfs 被挂载到 `$LAB/mnt`，并在其中创建了一个文件。在宿主机上，这个目录仍然是空的，也没有任何挂载：`unshare` 把新命名空间里的挂载设为 private（`--propagation` 的默认值），挂载事件不会传回宿主机；命名空间的最后一个进程退出后，这个 tmpfs 也随之消失。',
      },
      terms: ['mount-namespace', 'unshare-command'],
    },
    {
      id: 'network',
      title: { en: 'Network: two namespaces joined by a veth pair', 'zh-cn': '网络：用一对 veth 连接两个命名空间' },
      commands: `ip netns add "$NAME-a"
ip netns add "$NAME-b"
ip -n "$NAME-a" link add veth0 type veth peer name veth1 netns "$NAME-b"
ip -n "$NAME-a" addr add 10.0.0.1/24 dev veth0
ip -n "$NAME-b" addr add 10.0.0.2/24 dev veth1
ip -n "$NAME-a" link set veth0 up
ip -n "$NAME-b" link set veth1 up
ip -n "$NAME-a" -br link
ip netns exec "$NAME-a" ping -c 1 10.0.0.2`,
      output: `lo               DOWN           00:00:00:00:00:00 <LOOPBACK>
veth0@if2        UP             12:a4:81:f8:6e:89 <BROADCAST,MULTICAST,UP,LOWER_UP>
PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.137 ms

--- 10.0.0.2 ping statistics ---
1 packets transmitted, 1 received, 0% packet loss, time 0ms
rtt min/avg/max/mdev = 0.137/0.137/0.137/0.000 ms`,
      normalize: [
        {
          pattern: String.raw`(?<=^veth0@if\d+ +UP +)[0-9a-f:]{17}`,
          replacement: '<mac>',
          label: { en: 'the random MAC address', 'zh-cn': '随机生成的 MAC 地址' },
        },
        {
          pattern: String.raw`time[= ][0-9.]+ ?ms|= [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms`,
          replacement: '<time>',
          label: { en: 'round-trip times', 'zh-cn': '往返时间' },
        },
      ],
      explanation: {
        en: '`ip netns add` creates a named network namespace (a file under `/run/netns` keeps it alive with no process in it). A new network namespace has only a loopback device, and it is down. `ip -n` runs `ip` in a namespace; the veth pair is created in the first namespace with its peer placed straight into the second, so the host’s network never sees either end. The ping crosses from one namespace to the other through the pair.',
        'zh-cn': '`ip netns add` 创建一个有名字的网络命名空间（`/run/netns` 下的一个文件让它在没有进程时也继续存在）。新的网络命名空间里只有一个环回设备，而且处于关闭状态。`ip -n` 在指定的命名空间里运行 `ip`；这对 veth 在第一个命名空间里创建，另一端直接放进第二个命名空间，所以宿主机的网络始终看不到任何一端。ping 经由这对设备从一个命名空间到达另一个。',
      },
      terms: ['network-namespace'],
    },
    {
      id: 'network-host',
      title: { en: 'The network namespaces, seen from the host', 'zh-cn': '从宿主机看这两个网络命名空间' },
      commands: `ip netns list | grep "$NAME" | sort
ip link show veth0 || echo "no veth0 on the host"`,
      output: `lab.GbL9Oz-a
lab.GbL9Oz-b
Device "veth0" does not exist.
no veth0 on the host`,
      explanation: {
        en: 'The host lists the two named namespaces, but its own network has no veth device: interfaces belong to exactly one network namespace.',
        'zh-cn': '宿主机能列出这两个有名字的命名空间，但它自己的网络里没有 veth 设备：一个网络接口只属于一个网络命名空间。',
      },
      terms: ['network-namespace'],
    },
    {
      id: 'user',
      title: { en: 'User: root inside, nobody outside', 'zh-cn': '用户：里面是 root，外面是 nobody' },
      commands: `setpriv --reuid=65534 --regid=65534 --clear-groups \\
  unshare --user --map-root-user sh -c 'id; cat /proc/self/uid_map; touch "$LAB/file"'`,
      output: `uid=0(root) gid=0(root) groups=0(root)
         0      65534          1
touch: cannot touch '/tmp/lab.GbL9Oz/file': Permission denied`,
      status: 1,
      requires: ['unprivileged-userns'],
      explanation: {
        en: '`setpriv` drops to UID 65534 (`nobody`), then `unshare --user --map-root-user` creates a user namespace in which that UID appears as 0. `/proc/self/uid_map` reads *inside-ID outside-ID count*: UID 0 inside is 65534 outside, for one ID. The shell is root with every capability, but only over its own namespace; the kernel checks file access against the outside ID, so it cannot even enter the root-owned `$LAB`.',
        'zh-cn': '`setpriv` 先切换到 UID 65534（`nobody`），然后 `unshare --user --map-root-user` 创建一个用户命名空间，在其中这个 UID 显示为 0。`/proc/self/uid_map` 每行的含义是“命名空间内的 ID、命名空间外的 ID、数量”：内部的 UID 0 就是外部的 65534，共一个 ID。这个 shell 是拥有全部能力（capability）的 root，但只对它自己的命名空间有效；内核检查文件访问时用的是外部 ID，所以它连属于 root 的 `$LAB` 都进不去。',
      },
      terms: ['user-namespace', 'unshare-command'],
    },
    {
      id: 'ns-files',
      title: { en: 'A process in new namespaces, and its /proc/[pid]/ns', 'zh-cn': '新命名空间里的进程及其 /proc/[pid]/ns' },
      commands: `unshare --uts --ipc --net sh -c 'hostname lab-sleeper; exec sleep 300' &
PID=$!
sleep 1
ls /proc/$PID/ns
readlink /proc/$$/ns/uts /proc/$PID/ns/uts
readlink /proc/$$/ns/pid /proc/$PID/ns/pid`,
      output: `cgroup
ipc
mnt
net
pid
pid_for_children
time
time_for_children
user
uts
uts:[4026531838]
uts:[4026532319]
pid:[4026531836]
pid:[4026531836]`,
      normalize: [NS_INODE],
      explanation: {
        en: 'This time the process stays: `sleep` runs in the background in new UTS, IPC and network namespaces. Each file in `/proc/[pid]/ns` is a link whose text, such as `uts:[4026531838]`, is the namespace type and an inode number, and processes in the same namespace see the same inode number. The UTS links differ, the PID links are the same: `sleep` got a new UTS namespace and kept the shell’s PID namespace.',
        'zh-cn': '这一次进程不会马上退出：`sleep` 在后台运行，处在新的 UTS、IPC 和网络命名空间里。`/proc/[pid]/ns` 中的每个文件都是一个链接，其内容形如 `uts:[4026531838]`，即命名空间类型加上方括号中的 inode 号；处在同一个命名空间里的进程，看到的 inode 号相同。UTS 链接不同，PID 链接相同：`sleep` 得到了新的 UTS 命名空间，PID 命名空间仍与 shell 共用。',
      },
      terms: ['proc-pid-ns', 'uts-namespace', 'pid-namespace'],
    },
    {
      id: 'lsns',
      title: { en: 'lsns and nsenter from the host', 'zh-cn': '在宿主机上用 lsns 和 nsenter' },
      commands: `lsns -p "$PID" -t uts
lsns -p "$PID" -t net -o NS,TYPE,NPROCS,PID,COMMAND
nsenter -t "$PID" --uts hostname`,
      output: `        NS TYPE NPROCS   PID USER COMMAND
4026532319 uts       1 13131 root sleep 300
        NS TYPE NPROCS   PID COMMAND
4026532321 net       1 13131 sleep 300
lab-sleeper`,
      normalize: [
        NS_INODE,
        COLUMN_SPACES,
        {
          pattern: String.raw`^(ns\d+ (?:uts|net) 1) \d+`,
          replacement: '$1 <pid>',
          label: { en: 'process IDs', 'zh-cn': '进程号' },
        },
      ],
      explanation: {
        en: '`lsns` walks `/proc` and groups processes by namespace: the new UTS and network namespaces each hold one process, `sleep`. `nsenter -t PID --uts` opens `/proc/PID/ns/uts`, joins it with `setns()` and runs `hostname` there, which prints the name the background shell set.',
        'zh-cn': '`lsns` 遍历 `/proc`，按命名空间把进程归组：新的 UTS 命名空间和网络命名空间里各有一个进程，即 `sleep`。`nsenter -t PID --uts` 打开 `/proc/PID/ns/uts`，用 `setns()` 加入它，再在其中运行 `hostname`，打印出后台 shell 设置的名字。',
      },
      terms: ['lsns', 'nsenter', 'setns'],
    },
  ],
  cleanup: {
    commands: `kill "$PID" 2>/dev/null
ip netns delete "$NAME-a" 2>/dev/null
ip netns delete "$NAME-b" 2>/dev/null
[ -z "$(ls -A /run/netns 2>/dev/null)" ] && umount /run/netns 2>/dev/null && rmdir /run/netns
rm -rf "$LAB"`,
    explanation: {
      en: 'Killing the last process of a namespace frees it, unless something still holds it open: `ip netns add` keeps a network namespace alive with a bind mount under `/run/netns`, which `ip netns delete` removes. On its first use `ip netns add` also turns `/run/netns` itself into a mount point and leaves it so; when no named namespace is left, the cleanup unmounts it too.',
      'zh-cn': '命名空间里最后一个进程结束后，命名空间就被释放，除非还有别的东西引用着它：`ip netns add` 在 `/run/netns` 下用一个绑定挂载让网络命名空间一直存在，`ip netns delete` 会删除这个挂载。`ip netns add` 第一次使用时还会把 `/run/netns` 本身变成一个挂载点，并且一直保留；如果已经没有任何有名字的网络命名空间，清理步骤也会把它卸载。',
    },
  },
  next: [
    { lab: 'cgroups', text: { en: 'Lab: limit a process with cgroups', 'zh-cn': '实验：用 cgroup 限制进程' } },
    { page: 'namespaces', text: { en: 'Namespaces: the eight kinds and their flags', 'zh-cn': '命名空间：八种命名空间及其标志' } },
  ],
  sources: [
    { title: 'unshare(1)', url: 'https://man7.org/linux/man-pages/man1/unshare.1.html' },
    { title: 'nsenter(1)', url: 'https://man7.org/linux/man-pages/man1/nsenter.1.html' },
    { title: 'lsns(8)', url: 'https://man7.org/linux/man-pages/man8/lsns.8.html' },
    { title: 'setpriv(1)', url: 'https://man7.org/linux/man-pages/man1/setpriv.1.html' },
    { title: 'ip-netns(8)', url: 'https://man7.org/linux/man-pages/man8/ip-netns.8.html' },
    { title: 'veth(4)', url: 'https://man7.org/linux/man-pages/man4/veth.4.html' },
    { title: 'namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' },
    { title: 'pid_namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html' },
    { title: 'mount_namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/mount_namespaces.7.html' },
    { title: 'user_namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html' },
  ],
} satisfies LabInput;
