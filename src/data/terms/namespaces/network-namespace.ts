import type { TermInput } from '../../schema/term.ts';
import { SRC, man } from '../../sources/namespaces.ts';

export default {
  id: 'network-namespace',
  dockerHostOption: '--network=host',
  dockerCreatesByDefault: true,
  category: 'namespace',
  page: 'ns-network',
  name: { en: 'Network namespace', 'zh-cn': '网络命名空间' },
  aliases: {
    en: ['Network namespace', 'network_namespaces', 'netns', 'net namespace', 'CLONE_NEWNET namespace'],
    'zh-cn': ['网络命名空间', 'Network 命名空间', '网络隔离', 'network_namespaces', 'netns', 'CLONE_NEWNET namespace', 'network namespace', 'CLONE_NEWNET'],
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
  procFileSince: '3.0',
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
} satisfies TermInput;
