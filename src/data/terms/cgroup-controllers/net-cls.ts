import type { TermInput } from '../../schema/term.ts';
import { man, v1Doc } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-net-cls',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'net_cls controller', 'zh-cn': 'net_cls 控制器' },
  aliases: {
    en: ['net_cls', 'network classifier cgroup', 'net_cls.classid', 'cgroup classid'],
    'zh-cn': ['网络分类控制器', '网络分类 cgroup', 'net_cls 子系统', 'net_cls', 'net_cls.classid'],
  },
  summary: {
    en: 'A cgroup v1 controller that tags the network packets sent by a cgroup\'s processes with a class id for `tc` and iptables.',
    'zh-cn': '一个 cgroup v1 控制器：给 cgroup 中进程发出的网络包打上类别 ID（classid），供 `tc` 和 iptables 使用。',
  },
  description: {
    en: `net_cls does not limit anything by itself. It gives each cgroup a class id, and the kernel attaches that id to packets created by the cgroup's processes. The traffic control tool \`tc\` can then put those packets into a traffic class (with a \`cgroup\` filter), and iptables can match them (\`-m cgroup --cgroup 0x100001\`). Only outgoing packets are tagged, not traffic arriving at the cgroup.

The id is written in hex as \`0xAAAABBBB\`, where AAAA is the major and BBBB the minor handle number, so \`0x100001\` means the \`tc\` class \`10:1\`. Reading the file returns the id in decimal. A new cgroup starts at 0.

There is no net_cls in cgroup v2. While no v1 hierarchy has it mounted, \`/proc/cgroups\` shows hierarchy 0 for it.`,
    'zh-cn': `net_cls 本身不做任何限制。它给每个 cgroup 分配一个类别 ID，内核再把这个 ID 附加到该 cgroup 中进程创建的网络包上。之后，流量控制工具 \`tc\` 可以通过 \`cgroup\` 过滤器把这些包归入某个流量类别，iptables 也可以匹配它们（\`-m cgroup --cgroup 0x100001\`）。只有发出的包会被打上标记，进入该 cgroup 的流量不会。

ID 以十六进制写成 \`0xAAAABBBB\`，其中 AAAA 是主句柄号，BBBB 是次句柄号，因此 \`0x100001\` 对应 \`tc\` 类别 \`10:1\`。读取该文件得到的是十进制值。新建 cgroup 的初始值为 0。

cgroup v2 中没有 net_cls。只要还没有哪个 v1 层级挂载了它，\`/proc/cgroups\` 中它的层级号就显示为 0。`,
  },
  v1Name: 'net_cls',
  sinceV1: '2.6.29',
  controls: {
    en: 'The class id placed on network packets leaving the cgroup, for use by `tc` and netfilter.',
    'zh-cn': '离开该 cgroup 的网络包上携带的类别 ID，供 `tc` 和 netfilter 使用。',
  },
  v1Files: [
    {
      name: 'net_cls.classid',
      summary: {
        en: 'The class id: write it in hex (`0xAAAABBBB`, major and minor handle); it reads back in decimal and starts at 0.',
        'zh-cn': '类别 ID：以十六进制写入（`0xAAAABBBB`，即主、次句柄号），读出时为十进制，初始值为 0。',
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
      commands: `# mkdir /tmp/netcls
# mount -t cgroup -o net_cls none /tmp/netcls
# grep net_cls /proc/cgroups
# mkdir /tmp/netcls/demo
# cat /tmp/netcls/demo/net_cls.classid
# echo 0x100001 > /tmp/netcls/demo/net_cls.classid
# cat /tmp/netcls/demo/net_cls.classid
# rmdir /tmp/netcls/demo
# umount /tmp/netcls`,
      output: `net_cls	10	1	1
0
1048577`,
      note: {
        en: 'The controller was unmounted (hierarchy 0) until the `mount`. The id written as `0x100001` (class `10:1`) reads back as 1048577. Remove child cgroups before unmounting: cgroups(7) warns that unmounting a busy hierarchy only hides it. On the test host the hierarchy still showed in `/proc/cgroups` right after this `umount`, while the removed cgroup was being torn down; mounting and unmounting it once more released it.',
        'zh-cn': '执行 `mount` 之前该控制器没有挂载（层级号为 0）。以 `0x100001`（类别 `10:1`）写入的 ID 读出来是 1048577。卸载前要先删除子 cgroup：cgroups(7) 提醒，卸载一个仍在使用的层级只会把它隐藏起来。在测试主机上，由于被删除的 cgroup 还在销毁过程中，执行这次 `umount` 后 `/proc/cgroups` 中仍能看到该层级；再挂载、卸载一次后它才被释放。',
      },
    },
  ],
  related: ['cgroup-net-prio', 'cgroup-v1', 'cgroup-hierarchy'],
  sources: [man('cgroups', 7), v1Doc('net_cls', 'Network classifier cgroup')],
} satisfies TermInput;
