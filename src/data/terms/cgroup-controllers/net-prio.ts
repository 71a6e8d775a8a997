import type { TermInput } from '../../schema/term.ts';
import { man, v1Doc } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-net-prio',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'net_prio controller', 'zh-cn': 'net_prio 控制器' },
  aliases: {
    en: ['net_prio', 'network priority cgroup', 'net_prio.ifpriomap'],
    'zh-cn': ['网络优先级控制器', '网络优先级 cgroup', 'net_prio 子系统', 'net_prio', 'net_prio.ifpriomap'],
  },
  summary: {
    en: 'A cgroup v1 controller that sets, per network interface, the priority of traffic sent by a cgroup\'s processes.',
    'zh-cn': '一个 cgroup v1 控制器：按网络接口设置 cgroup 中进程所发流量的优先级。',
  },
  description: {
    en: `An application can set the priority of its own traffic with the \`SO_PRIORITY\` socket option, but many do not, and the right priority is often a decision for the site rather than the program. net_prio lets an administrator put processes into a cgroup whose map says, for each interface, which priority their outgoing traffic gets.

The priority is set just before a packet is queued to the device's queueing discipline (qdisc), so it is known before the hardware queue is chosen; the kernel docs mention the \`mqprio\` qdisc as one user. The root cgroup also has a writable map, which serves as the system default, and a new cgroup inherits its parent's map.

There is no net_prio in cgroup v2.`,
    'zh-cn': `应用程序可以用套接字选项 \`SO_PRIORITY\` 设置自己流量的优先级，但很多程序并没有这样做，而且该用什么优先级，往往应由部署和运维的一方而不是程序本身来决定。net_prio 让管理员把进程放进某个 cgroup，由该 cgroup 的映射表规定：经由每个接口发出的流量使用什么优先级。

优先级在数据包进入设备的排队规则（qdisc）之前设置，因此在选择硬件队列之前就已确定；内核文档提到 \`mqprio\` qdisc 是用途之一。根 cgroup 也有一个可写的映射表，作为系统默认值；新建的 cgroup 继承父 cgroup 的映射表。

cgroup v2 中没有 net_prio。`,
  },
  v1Name: 'net_prio',
  sinceV1: '3.3',
  controls: {
    en: 'The priority of network traffic leaving the system through each interface.',
    'zh-cn': '经由各网络接口离开本机的流量的优先级。',
  },
  v1Files: [
    {
      name: 'net_prio.prioidx',
      summary: {
        en: 'Read-only: the unique number the kernel uses internally for this cgroup.',
        'zh-cn': '只读：内核内部用来表示该 cgroup 的唯一编号。',
      },
    },
    {
      name: 'net_prio.ifpriomap',
      summary: {
        en: 'One `ifname priority` line per interface; write such a line (e.g. `eth0 5`) to set the priority for that interface.',
        'zh-cn': '每个接口一行 `ifname priority`；写入这样一行（如 `eth0 5`）即可设置该接口上的优先级。',
      },
    },
  ],
  v2Files: [],
  v2Successor: {
    en: 'Nothing direct. According to cgroups(7), iptables(8) instead gained support for eBPF filters that hook on cgroup v2 path names, so traffic decisions can still be made per cgroup.',
    'zh-cn': '没有直接的替代品。据 cgroups(7) 所述，iptables(8) 转而支持挂接在 cgroup v2 路径名上的 eBPF 过滤器，因此仍可按 cgroup 对流量作出处理决定。',
  },
  examples: [
    {
      commands: `# mkdir /tmp/netprio
# mount -t cgroup -o net_prio none /tmp/netprio
# mkdir /tmp/netprio/demo
# cat /tmp/netprio/demo/net_prio.prioidx
# echo "eth0 5" > /tmp/netprio/demo/net_prio.ifpriomap
# cat /tmp/netprio/demo/net_prio.ifpriomap
# cat /tmp/netprio/net_prio.ifpriomap
# rmdir /tmp/netprio/demo
# umount /tmp/netprio`,
      output: `2
lo 0
ifb0 0
ifb1 0
eth0 5
lo 0
ifb0 0
ifb1 0
eth0 0`,
      note: {
        en: 'The map has a line for each network interface of the host (here `lo`, `ifb0`, `ifb1` and `eth0`). Only `demo` has priority 5 on `eth0`; the root cgroup keeps 0 everywhere. As with net_cls, the unmounted hierarchy stayed in `/proc/cgroups` on the test host until it was mounted and unmounted again.',
        'zh-cn': '映射表为主机上的每个网络接口各列一行（这里是 `lo`、`ifb0`、`ifb1` 和 `eth0`）。只有 `demo` 在 `eth0` 上的优先级是 5，根 cgroup 仍然全部为 0。与 net_cls 一样，在测试主机上卸载后该层级仍留在 `/proc/cgroups` 中，直到再挂载、卸载一次才消失。',
      },
    },
  ],
  related: ['cgroup-net-cls', 'cgroup-v1', 'cgroup-hierarchy'],
  sources: [man('cgroups', 7), v1Doc('net_prio', 'Network priority cgroup')],
} satisfies TermInput;
