/**
 * The smaller cgroup controllers: devices, freezer, net_cls, net_prio, perf_event, rdma, misc
 * and dmem. Facts come from cgroups(7) (man-pages 6.03), the kernel's cgroup v1 documents
 * (Linux 6.12) and its "Control Group v2" document (a 2026 mainline copy for dmem and the newer
 * rdma files). Versions are given only where cgroups(7) states them. The examples were run as
 * root on Linux 6.18 (a host with cgroup v1 controllers and a cgroup v2 hierarchy at
 * /sys/fs/cgroup/unified).
 */
import type { TermInput } from '../schema/term.ts';

const man = (page: string, section: number) => ({
  title: `${page}(${section})`,
  url: `https://man7.org/linux/man-pages/man${section}/${page}.${section}.html`,
});

const CGROUP_V2 = {
  title: 'Control Group v2 (kernel docs)',
  url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html',
};

const v1Doc = (file: string, title: string) => ({
  title: `${title} (kernel docs, cgroup v1)`,
  url: `https://docs.kernel.org/admin-guide/cgroup-v1/${file}.html`,
});

/** The misc controller registers the same files on v1 and v2 hierarchies (kernel/cgroup/misc.c). */
const MISC_FILES = [
  {
    name: 'misc.capacity',
    summary: {
      en: 'Root only, read-only: each resource the platform provides and how much of it there is.',
      'zh-cn': '仅根 cgroup 有，只读：平台提供的每种资源及其数量。',
    },
  },
  {
    name: 'misc.current',
    summary: {
      en: 'Read-only: current usage of each resource by the cgroup and its descendants.',
      'zh-cn': '只读：该 cgroup 及其后代对每种资源的当前用量。',
    },
  },
  {
    name: 'misc.peak',
    summary: {
      en: 'Read-only: the highest usage so far of each resource by the cgroup and its descendants.',
      'zh-cn': '只读：该 cgroup 及其后代对每种资源的历史最高用量。',
    },
  },
  {
    name: 'misc.max',
    summary: {
      en: 'Non-root: the limit per resource, set with e.g. `echo res_a 1 > misc.max`; `max` removes it.',
      'zh-cn': '非根 cgroup 才有：每种资源的限额，例如用 `echo res_a 1 > misc.max` 设置；写 `max` 即取消限额。',
    },
  },
  {
    name: 'misc.events',
    summary: {
      en: 'Non-root: `<res>.max` counts how often usage was about to exceed the limit, over the whole subtree.',
      'zh-cn': '非根 cgroup 才有：`<res>.max` 记录用量即将超过限额的次数，按整个子树统计。',
    },
  },
  {
    name: 'misc.events.local',
    summary: {
      en: 'Like `misc.events`, but counting only this cgroup\'s own events.',
      'zh-cn': '与 `misc.events` 类似，但只统计本 cgroup 自身的事件。',
    },
  },
];

export const cgroupMoreControllers: TermInput[] = [
  {
    id: 'cgroup-devices',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'devices controller', 'zh-cn': 'devices 控制器' },
    aliases: {
      en: ['devices', 'devices cgroup', 'device controller', 'device whitelist controller', 'devices.allow', 'devices.deny'],
      'zh-cn': ['设备控制器', '设备 cgroup', 'devices 子系统', '设备白名单'],
    },
    summary: {
      en: 'Decides which device files the processes of a cgroup may open for reading or writing and create with `mknod`.',
      'zh-cn': '决定 cgroup 中的进程可以读写哪些设备文件，以及可以用 `mknod` 创建哪些设备文件。',
    },
    description: {
      en: `In cgroup v1 every devices cgroup carries a list of rules. A rule has a type (\`a\` for all, \`c\` for character, \`b\` for block devices), a major and a minor number (either may be \`*\`) and the access it covers: \`r\` (read), \`w\` (write), \`m\` (mknod). The root cgroup starts by allowing everything (\`a *:* rwm\`), and a new cgroup starts with a copy of its parent's rules.

The rules are hierarchical: a cgroup can never be given access its parent does not have, and denying something in a cgroup also takes it away from all its descendants. Once a cgroup has children, writing \`a\` (allow or deny everything) to it is refused. Changing the rules, or moving another process into a cgroup, needs \`CAP_SYS_ADMIN\`.

cgroup v2 keeps the idea but not the files: device access is checked by eBPF programs attached to the cgroup.`,
      'zh-cn': `在 cgroup v1 中，每个 devices cgroup 都带有一组规则。每条规则包含类型（\`a\` 表示全部，\`c\` 表示字符设备，\`b\` 表示块设备）、主设备号和次设备号（都可以写成 \`*\`），以及它涉及的访问方式：\`r\`（读）、\`w\`（写）、\`m\`（mknod）。根 cgroup 一开始允许一切（\`a *:* rwm\`），新建的 cgroup 则复制一份父 cgroup 的规则。

这些规则是分层的：子 cgroup 永远不能获得父 cgroup 没有的访问权限；在某个 cgroup 中禁止某项访问，也会同时从它所有后代中收回。一旦 cgroup 有了子 cgroup，就不能再向它写入 \`a\`（全部允许或全部禁止）。修改规则或把其他进程移入 cgroup 需要 \`CAP_SYS_ADMIN\`。

cgroup v2 保留了这一功能，但去掉了这些文件：设备访问改由挂接在 cgroup 上的 eBPF 程序检查。`,
    },
    v1Name: 'devices',
    sinceV1: '2.6.26',
    controls: {
      en: 'Opening device files for reading or writing, and creating them with `mknod(2)`.',
      'zh-cn': '以读或写方式打开设备文件，以及用 `mknod(2)` 创建设备文件。',
    },
    v1Files: [
      {
        name: 'devices.allow',
        summary: {
          en: 'Write a rule such as `c 1:3 r` to allow that access; `a` adds the allow-everything rule.',
          'zh-cn': '写入 `c 1:3 r` 这样的规则即允许相应访问；写入 `a` 则加入“全部允许”的规则。',
        },
      },
      {
        name: 'devices.deny',
        summary: {
          en: 'Write a rule to take that access away (also from all descendants); `a` removes the default allow-everything rule.',
          'zh-cn': '写入一条规则即收回相应访问（所有后代也一并收回）；写入 `a` 会删除默认的“全部允许”规则。',
        },
      },
    ],
    v2Files: [],
    v2Successor: {
      en: 'No interface files in v2. To control device access, load an eBPF program of type `BPF_PROG_TYPE_CGROUP_DEVICE` and attach it to a v2 cgroup with the `BPF_CGROUP_DEVICE` attach type. The program runs on every access attempt; if it returns 0, the access fails with `EPERM`.',
      'zh-cn': 'v2 中没有任何接口文件。要控制设备访问，需加载类型为 `BPF_PROG_TYPE_CGROUP_DEVICE` 的 eBPF 程序，并以 `BPF_CGROUP_DEVICE` 挂接类型把它挂到 v2 cgroup 上。每次访问设备都会运行该程序；它返回 0 时，访问以 `EPERM` 失败。',
    },
    examples: [
      {
        commands: `# mkdir /sys/fs/cgroup/devices/demo
# cd /sys/fs/cgroup/devices/demo
# echo 'c 1:3 rwm' > devices.deny
# sh -c 'echo $$ > cgroup.procs; echo hello > /dev/null; cat /dev/null; head -c 4 /dev/zero | wc -c'
# echo hello > /dev/null && echo ok
# cd / && rmdir /sys/fs/cgroup/devices/demo`,
        output: `sh: 1: cannot create /dev/null: Operation not permitted
cat: /dev/null: Operation not permitted
4
ok`,
        note: {
          en: '`/dev/null` is character device 1:3. The shell that moved itself into `demo` can neither write nor read it, while `/dev/zero` (1:5) still works. The login shell, outside the cgroup, is not affected.',
          'zh-cn': '`/dev/null` 是字符设备 1:3。把自己移入 `demo` 的 shell 既不能写也不能读它，而 `/dev/zero`（1:5）依然可用。位于该 cgroup 之外的登录 shell 不受影响。',
        },
      },
      {
        commands: `# mkdir -p /sys/fs/cgroup/devices/demo/child
# cd /sys/fs/cgroup/devices/demo
# echo 'c 1:3 w' > devices.deny
# echo 'c 1:3 w' > child/devices.allow
# echo 'c 1:3 r' > child/devices.deny
# echo a > devices.allow
# cd / && rmdir /sys/fs/cgroup/devices/demo/child /sys/fs/cgroup/devices/demo`,
        output: `bash: echo: write error: Operation not permitted
bash: echo: write error: Invalid argument`,
        note: {
          en: 'The child cannot be given write access that its parent lacks (`EPERM`), but it may give up more access. Writing `a` to a cgroup that has children is refused (`EINVAL`).',
          'zh-cn': '子 cgroup 不能获得父 cgroup 没有的写权限（`EPERM`），但可以自行放弃更多权限。向已有子 cgroup 的 cgroup 写入 `a` 会被拒绝（`EINVAL`）。',
        },
      },
    ],
    related: ['cgroup-v1', 'cgroup-v2', 'cgroup-hierarchy', 'cgroup'],
    sources: [man('cgroups', 7), v1Doc('devices', 'Device Whitelist Controller'), CGROUP_V2],
  },

  {
    id: 'cgroup-freezer',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'freezer controller', 'zh-cn': 'freezer 控制器' },
    aliases: {
      en: ['freezer', 'freezer cgroup', 'cgroup freezer', 'freezer.state'],
      'zh-cn': ['冻结控制器', '冻结器', 'freezer 子系统', '冻结 cgroup'],
    },
    summary: {
      en: 'Suspends all processes of a cgroup and its descendants, and later lets them run again.',
      'zh-cn': '暂停一个 cgroup 及其后代中的所有进程，之后再让它们继续运行。',
    },
    description: {
      en: `The freezer stops a whole group of processes at once, for example to pause a batch job or to take a consistent snapshot for checkpointing. Unlike \`SIGSTOP\` and \`SIGCONT\`, which a parent, a tracer or the process itself can observe (and \`SIGCONT\` can even be caught), freezing is invisible to the processes being frozen.

In v1 the \`freezer.state\` file drives it. Writing \`FROZEN\` puts the cgroup and all its descendants into \`FREEZING\`, which becomes \`FROZEN\` once every task has stopped; writing \`THAWED\` lets them run again. A cgroup is thawed only when neither it nor any ancestor is frozen. The root cgroup cannot be frozen and has no freezer files.

cgroup v2 has no freezer controller. cgroups(7) lists a v2 "freezer" (since Linux 5.2) as the successor, but it takes the form of core files in every non-root cgroup, so there is nothing to enable: see \`cgroup.freeze\`.`,
      'zh-cn': `freezer 可以一次性停住整组进程，例如暂停一个批处理作业，或为检查点（checkpoint）获取一致的快照。\`SIGSTOP\` 和 \`SIGCONT\` 能被父进程、跟踪者或进程自身察觉（\`SIGCONT\` 甚至可以被捕获）；冻结则不同，被冻结的进程完全察觉不到。

在 v1 中由 \`freezer.state\` 文件控制。写入 \`FROZEN\` 会让该 cgroup 及其所有后代进入 \`FREEZING\`，等所有任务都停下后变为 \`FROZEN\`；写入 \`THAWED\` 则让它们恢复运行。只有当该 cgroup 本身和所有祖先都没有被冻结时，它才处于解冻状态。根 cgroup 不能被冻结，也没有 freezer 文件。

cgroup v2 没有 freezer 控制器。cgroups(7) 把 v2 的“freezer”（Linux 5.2 起）列为其后继，但它的形式是每个非根 cgroup 都有的核心文件，因此无需启用任何控制器：参见 \`cgroup.freeze\`。`,
    },
    v1Name: 'freezer',
    sinceV1: '2.6.28',
    controls: {
      en: 'Whether the tasks of a cgroup (and of its descendants) may run at all.',
      'zh-cn': 'cgroup（及其后代）中的任务是否可以运行。',
    },
    v1Files: [
      {
        name: 'freezer.state',
        summary: {
          en: 'Reads the effective state (`THAWED`, `FREEZING` or `FROZEN`); write `FROZEN` or `THAWED` to set the cgroup\'s own state.',
          'zh-cn': '读取得到实际状态（`THAWED`、`FREEZING` 或 `FROZEN`）；写入 `FROZEN` 或 `THAWED` 设置该 cgroup 自身的状态。',
        },
      },
      {
        name: 'freezer.self_freezing',
        summary: {
          en: 'Read-only: `1` if the last write to this cgroup\'s `freezer.state` was `FROZEN`, otherwise `0`.',
          'zh-cn': '只读：若最近一次写入本 cgroup 的 `freezer.state` 的是 `FROZEN` 则为 `1`，否则为 `0`。',
        },
      },
      {
        name: 'freezer.parent_freezing',
        summary: {
          en: 'Read-only: `1` if an ancestor is frozen, otherwise `0`.',
          'zh-cn': '只读：若有祖先 cgroup 被冻结则为 `1`，否则为 `0`。',
        },
      },
    ],
    v2Files: [
      {
        name: 'cgroup.freeze',
        summary: {
          en: 'Core file in every non-root cgroup: write `1` to freeze the cgroup and its descendants, `0` (the default) to thaw.',
          'zh-cn': '每个非根 cgroup 都有的核心文件：写入 `1` 冻结该 cgroup 及其后代，写入 `0`（默认值）解冻。',
        },
      },
      {
        name: 'cgroup.events',
        summary: {
          en: 'Its `frozen` key turns `1` once freezing is complete, with a file-modified notification.',
          'zh-cn': '冻结完成后其中的 `frozen` 键变为 `1`，并发出文件修改通知。',
        },
      },
      {
        name: 'cgroup.kill',
        summary: {
          en: 'Write-only: writing `1` kills every process in the cgroup and its descendants with `SIGKILL`.',
          'zh-cn': '只写：写入 `1` 会用 `SIGKILL` 杀死该 cgroup 及其后代中的所有进程。',
        },
      },
    ],
    v2Successor: {
      en: 'No freezer controller in v2. Every non-root cgroup has the core file `cgroup.freeze` (`1` freezes the cgroup and its descendants, `0` thaws), and the `frozen` key of `cgroup.events` reports when freezing has finished; cgroups(7) dates these to Linux 5.2. The core file `cgroup.kill` goes one step further and kills the whole subtree.',
      'zh-cn': 'v2 没有 freezer 控制器。每个非根 cgroup 都有核心文件 `cgroup.freeze`（`1` 冻结该 cgroup 及其后代，`0` 解冻），`cgroup.events` 中的 `frozen` 键报告冻结是否完成；cgroups(7) 注明它们自 Linux 5.2 起提供。核心文件 `cgroup.kill` 则更进一步，直接杀死整个子树。',
    },
    examples: [
      {
        commands: `# mkdir /sys/fs/cgroup/freezer/demo
# cd /sys/fs/cgroup/freezer/demo
# sleep 600 &
# echo $! > cgroup.procs
# echo FROZEN > freezer.state
# cat freezer.state
# ps -o pid,stat,comm -p $!
# echo THAWED > freezer.state
# cat freezer.state
# ps -o pid,stat,comm -p $!
# kill $!`,
        output: `[1] 10310
FROZEN
  PID STAT COMMAND
10310 D    sleep
THAWED
  PID STAT COMMAND
10310 S    sleep`,
        note: {
          en: 'While frozen, `ps` shows the `sleep` in state `D` (uninterruptible) instead of `S`; after `THAWED` it is back to an ordinary sleep. Reading `freezer.state` right after the write may also show `FREEZING` if some task has not stopped yet.',
          'zh-cn': '冻结期间，`ps` 显示 `sleep` 处于 `D` 状态（不可中断），而不是 `S`；写入 `THAWED` 后它又回到普通的睡眠状态。如果还有任务尚未停下，刚写入后读取 `freezer.state` 也可能得到 `FREEZING`。',
        },
      },
      {
        commands: `# mkdir -p /sys/fs/cgroup/freezer/demo/child
# cd /sys/fs/cgroup/freezer/demo
# echo FROZEN > freezer.state
# cat child/freezer.state child/freezer.self_freezing child/freezer.parent_freezing
# echo THAWED > child/freezer.state
# cat child/freezer.state
# echo THAWED > freezer.state
# cat child/freezer.state
# cd / && rmdir /sys/fs/cgroup/freezer/demo/child /sys/fs/cgroup/freezer/demo`,
        output: `FROZEN
0
1
FROZEN
THAWED`,
        note: {
          en: 'Freezing `demo` also freezes `child`: its own state is not frozen (`self_freezing` 0), but its parent is (`parent_freezing` 1). Thawing the child alone changes nothing; only thawing the parent does.',
          'zh-cn': '冻结 `demo` 也会冻结 `child`：它自身并未被冻结（`self_freezing` 为 0），但父 cgroup 被冻结了（`parent_freezing` 为 1）。只解冻子 cgroup 不起作用，必须解冻父 cgroup。',
        },
      },
    ],
    related: ['cgroup-freeze', 'cgroup-v1', 'cgroup-v2', 'cgroup-hierarchy'],
    sources: [man('cgroups', 7), v1Doc('freezer-subsystem', 'Cgroup Freezer'), CGROUP_V2],
  },

  {
    id: 'cgroup-net-cls',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'net_cls controller', 'zh-cn': 'net_cls 控制器' },
    aliases: {
      en: ['net_cls', 'network classifier cgroup', 'net_cls.classid', 'cgroup classid'],
      'zh-cn': ['网络分类控制器', '网络分类 cgroup', 'net_cls 子系统'],
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
  },

  {
    id: 'cgroup-net-prio',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'net_prio controller', 'zh-cn': 'net_prio 控制器' },
    aliases: {
      en: ['net_prio', 'network priority cgroup', 'net_prio.ifpriomap'],
      'zh-cn': ['网络优先级控制器', '网络优先级 cgroup', 'net_prio 子系统'],
    },
    summary: {
      en: 'A cgroup v1 controller that sets, per network interface, the priority of traffic sent by a cgroup\'s processes.',
      'zh-cn': '一个 cgroup v1 控制器：按网络接口设置 cgroup 中进程所发流量的优先级。',
    },
    description: {
      en: `An application can set the priority of its own traffic with the \`SO_PRIORITY\` socket option, but many do not, and the right priority is often a decision for the site rather than the program. net_prio lets an administrator put processes into a cgroup whose map says, for each interface, which priority their outgoing traffic gets.

The priority is set just before a packet is queued to the device's queueing discipline (qdisc), so it is known before the hardware queue is chosen; the kernel docs mention the \`mqprio\` qdisc as one user. The root cgroup also has a writable map, which serves as the system default, and a new cgroup inherits its parent's map.

There is no net_prio in cgroup v2.`,
      'zh-cn': `应用程序可以用套接字选项 \`SO_PRIORITY\` 设置自己流量的优先级，但很多程序并没有这样做，而且合适的优先级往往应由站点管理员而不是程序来决定。net_prio 让管理员把进程放进某个 cgroup，由该 cgroup 的映射表规定：经由每个接口发出的流量使用什么优先级。

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
  },

  {
    id: 'cgroup-perf-event',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'perf_event controller', 'zh-cn': 'perf_event 控制器' },
    aliases: {
      en: ['perf_event', 'perf_event cgroup', 'perf cgroup', 'perf stat -G'],
      'zh-cn': ['perf_event 子系统', '性能事件控制器', 'perf cgroup 监控'],
    },
    summary: {
      en: 'Lets `perf` count and sample only the processes of a given cgroup.',
      'zh-cn': '让 `perf` 只对某个 cgroup 中的进程计数和采样。',
    },
    description: {
      en: `perf_event limits nothing and has no interface files of its own. It groups processes so that performance monitoring can follow them: \`perf stat -G NAME\` (\`--cgroup\`), in system-wide per-CPU mode, counts an event only while threads of cgroup NAME run on the monitored CPUs.

In v2 it is switched on automatically, for the whole hierarchy, as long as it is not mounted on a v1 hierarchy, so events can always be filtered by a cgroup v2 path; it never needs an entry in \`cgroup.subtree_control\`. It is also one of the threaded controllers, usable inside threaded subtrees.`,
      'zh-cn': `perf_event 不做任何限制，也没有自己的接口文件。它的作用是给进程分组，让性能监控可以跟踪它们：在全系统的按 CPU 模式下，\`perf stat -G NAME\`（\`--cgroup\`）只在 cgroup NAME 中的线程运行于被监控 CPU 上时才对事件计数。

在 v2 中，只要它没有挂载到某个 v1 层级上，就会自动在整个层级中启用，因此总能按 cgroup v2 路径过滤事件；它从不需要写进 \`cgroup.subtree_control\`。它还是线程化控制器之一，可以在线程化子树中使用。`,
    },
    v1Name: 'perf_event',
    v2Name: 'perf_event',
    sinceV1: '2.6.39',
    sinceV2: '4.11',
    controls: {
      en: 'Nothing is limited: it lets perf events be restricted to the processes of a cgroup.',
      'zh-cn': '不限制任何资源：它让 perf 事件可以只针对某个 cgroup 中的进程。',
    },
    v1Files: [],
    v2Files: [],
    v2Successor: {
      en: 'The same controller (cgroups(7)). On v2 it is enabled automatically on the whole hierarchy unless it is bound to a v1 hierarchy, and it can still be moved to a v1 hierarchy after the v2 hierarchy has processes in it.',
      'zh-cn': '是同一个控制器（cgroups(7)）。在 v2 中，除非它被绑定到某个 v1 层级，否则会在整个层级中自动启用；即使 v2 层级中已经有进程，它仍可以被移到 v1 层级。',
    },
    examples: [
      {
        commands: `# grep perf_event /proc/cgroups
# cat /sys/fs/cgroup/unified/cgroup.controllers`,
        output: `perf_event	0	1	1
hugetlb`,
        note: {
          en: 'On this host perf_event is bound to no v1 hierarchy (hierarchy 0), so the kernel doc says it is active on the v2 hierarchy, here mounted at `/sys/fs/cgroup/unified` (on a pure v2 host: `/sys/fs/cgroup`). It does not appear in `cgroup.controllers`, which here lists only `hugetlb`, the other controller that no v1 hierarchy holds.',
          'zh-cn': '在这台主机上，perf_event 没有绑定到任何 v1 层级（层级号为 0），因此按内核文档的说法，它在 v2 层级上生效；这里 v2 层级挂载在 `/sys/fs/cgroup/unified`（纯 v2 主机上则是 `/sys/fs/cgroup`）。它并没有出现在 `cgroup.controllers` 中；该文件这里只列出 `hugetlb`，即另一个未被任何 v1 层级占用的控制器。',
        },
      },
    ],
    related: ['cgroup-v1', 'cgroup-v2', 'cgroup-subtree-control', 'cgroup-cpu', 'cgroup-pids'],
    sources: [man('cgroups', 7), CGROUP_V2, man('perf-stat', 1)],
  },

  {
    id: 'cgroup-rdma',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'rdma controller', 'zh-cn': 'rdma 控制器' },
    aliases: {
      en: ['rdma', 'RDMA controller', 'rdma cgroup', 'rdma.max', 'InfiniBand cgroup'],
      'zh-cn': ['RDMA 控制器', 'rdma 子系统', 'RDMA 资源限制'],
    },
    summary: {
      en: 'Limits how many RDMA/InfiniBand verb resources (HCA handles and HCA objects) the processes of a cgroup may use, per device.',
      'zh-cn': '按设备限制 cgroup 中的进程可以使用多少 RDMA/InfiniBand verbs 资源（HCA 句柄和 HCA 对象）。',
    },
    description: {
      en: `Without limits, one application can take all the RDMA verb resources of a device (address handles, completion queues, queue pairs, memory regions and so on), leaving none for other applications or for kernel users. The rdma controller counts two resources per cgroup and per device, \`hca_handle\` and \`hca_object\`, and enforces a maximum for each. When an application asks the device for its limits, it gets the lower of the cgroup limit and what the device supports.

A resource stays charged to the cgroup that created it, even if the process later moves to another cgroup. To remove a configured limit for a device, set all its values back to \`max\`.

The controller works the same way in v1 and v2. Newer kernel documents add files for the peak usage and for refused allocations to the v2 interface.`,
      'zh-cn': `如果不加限制，一个应用就可能占光某个设备的全部 RDMA verbs 资源（地址句柄、完成队列、队列对、内存区域等），让其他应用和内核中的使用者一个也拿不到。rdma 控制器按 cgroup、按设备统计两种资源，\`hca_handle\` 和 \`hca_object\`，并为每种资源设置上限。应用向设备查询资源上限时，得到的是 cgroup 限额与设备支持量两者中较小的那个。

资源始终记在创建它的 cgroup 名下，即使进程之后移到了其他 cgroup 也是如此。要取消某个设备上已配置的限额，把它的所有值都设回 \`max\` 即可。

该控制器在 v1 和 v2 中的工作方式相同。较新的内核文档为 v2 接口增加了记录峰值用量和被拒绝分配次数的文件。`,
    },
    v1Name: 'rdma',
    v2Name: 'rdma',
    sinceV1: '4.11',
    sinceV2: '4.11',
    controls: {
      en: 'RDMA/IB resources per device: the number of HCA handles (`hca_handle`) and HCA objects (`hca_object`).',
      'zh-cn': '每个设备上的 RDMA/IB 资源：HCA 句柄数（`hca_handle`）和 HCA 对象数（`hca_object`）。',
    },
    v1Files: [
      {
        name: 'rdma.max',
        summary: {
          en: 'Per-device limits, one line per device, e.g. `mlx4_0 hca_handle=2 hca_object=2000`; `max` means no limit.',
          'zh-cn': '按设备设置的限额，每个设备一行，如 `mlx4_0 hca_handle=2 hca_object=2000`；`max` 表示不限。',
        },
      },
      {
        name: 'rdma.current',
        summary: {
          en: 'Read-only: the current usage per device, in the same format.',
          'zh-cn': '只读：各设备当前的用量，格式相同。',
        },
      },
    ],
    v2Files: [
      {
        name: 'rdma.max',
        summary: {
          en: 'Non-root: per-device limits, one line per device, e.g. `mlx4_0 hca_handle=2 hca_object=2000`; `max` means no limit.',
          'zh-cn': '非根 cgroup 才有：按设备设置的限额，每个设备一行，如 `mlx4_0 hca_handle=2 hca_object=2000`；`max` 表示不限。',
        },
      },
      {
        name: 'rdma.current',
        summary: {
          en: 'Non-root, read-only: the current usage per device.',
          'zh-cn': '非根 cgroup 才有，只读：各设备当前的用量。',
        },
      },
      {
        name: 'rdma.peak',
        summary: {
          en: 'Non-root, read-only: the highest usage per device since the cgroup was created (newer kernels; not in the Linux 6.12 docs).',
          'zh-cn': '非根 cgroup 才有，只读：自 cgroup 创建以来各设备的最高用量（较新的内核才有，Linux 6.12 文档中没有）。',
        },
      },
      {
        name: 'rdma.events',
        summary: {
          en: 'Per device, how often an allocation in this subtree hit an `rdma.max` limit (`max`) or failed because of one (`alloc_fail`), counted hierarchically (newer kernels).',
          'zh-cn': '按设备统计本子树中的资源分配触及 `rdma.max` 限额（`max`）或因限额而失败（`alloc_fail`）的次数，按层级累计（较新的内核才有）。',
        },
      },
      {
        name: 'rdma.events.local',
        summary: {
          en: 'Like `rdma.events`, but counting only this cgroup\'s own events (newer kernels).',
          'zh-cn': '与 `rdma.events` 类似，但只统计本 cgroup 自身的事件（较新的内核才有）。',
        },
      },
    ],
    examples: [
      {
        commands: `# zcat /proc/config.gz | grep CONFIG_CGROUP_RDMA`,
        output: `# CONFIG_CGROUP_RDMA is not set`,
        note: {
          en: 'The test host\'s kernel is built without the rdma controller, so `/proc/cgroups` does not list it. Kernels that expose their build configuration in `/proc/config.gz` let you check this way.',
          'zh-cn': '测试主机的内核编译时没有包含 rdma 控制器，所以 `/proc/cgroups` 中也没有它。如果内核在 `/proc/config.gz` 中公开了编译配置，就可以这样检查。',
        },
      },
      {
        commands: `# echo "mlx4_0 hca_handle=2 hca_object=2000" > /sys/fs/cgroup/demo/rdma.max
# cat /sys/fs/cgroup/demo/rdma.max
# cat /sys/fs/cgroup/demo/rdma.current`,
        output: '',
        note: {
          en: 'Not run: it needs a kernel with `CONFIG_CGROUP_RDMA`, an RDMA device and a v2 cgroup `demo` with rdma enabled for it. According to the kernel docs, `rdma.max` then shows one line per device with both keys, e.g. `mlx4_0 hca_handle=2 hca_object=2000` (keys you did not set read `max`), and `rdma.current` the usage in the same form.',
          'zh-cn': '未实际运行：这需要启用了 `CONFIG_CGROUP_RDMA` 的内核、一块 RDMA 设备，以及一个已启用 rdma 的 v2 cgroup `demo`。按内核文档的说明，此时 `rdma.max` 每个设备显示一行，包含两个键，例如 `mlx4_0 hca_handle=2 hca_object=2000`（未设置的键显示为 `max`），`rdma.current` 则以相同格式显示用量。',
        },
      },
    ],
    related: ['cgroup-v1', 'cgroup-v2', 'cgroup-misc', 'cgroup-subtree-control'],
    sources: [man('cgroups', 7), v1Doc('rdma', 'RDMA Controller'), CGROUP_V2],
  },

  {
    id: 'cgroup-misc',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'misc controller', 'zh-cn': 'misc 控制器' },
    aliases: {
      en: ['misc', 'miscellaneous cgroup', 'misc cgroup', 'misc.max', 'CONFIG_CGROUP_MISC'],
      'zh-cn': ['杂项控制器', 'misc 子系统', '杂项 cgroup'],
    },
    summary: {
      en: 'Limits and tracks scalar resources that a kernel subsystem registers with it, when those resources do not fit any other controller.',
      'zh-cn': '对内核子系统登记给它的标量资源进行限制和统计，用于那些无法归入其他控制器的资源。',
    },
    description: {
      en: `The misc controller is a generic counter for resources that exist in a fixed, countable quantity and cannot be abstracted like CPU or memory. A kernel component registers such a resource in \`include/linux/misc_cgroup.h\` and \`kernel/cgroup/misc.c\`, announces how much of it the platform has, and then charges and uncharges it. Each resource appears as one line, \`name value\`, in the misc files; the kernel docs use \`res_a\` and \`res_b\` as example names. It needs \`CONFIG_CGROUP_MISC\`.

A resource is charged to the cgroup in which it was first used and stays there until it is freed; moving the process elsewhere does not move the charge. Limits may be set higher than the capacity.

It exists in both versions: the v1 documentation has a misc page that simply refers to the "Misc" section of the v2 document, and the kernel source registers the same interface files for v1 and v2 hierarchies.`,
      'zh-cn': `misc 控制器是一个通用计数器，面向那些数量固定、可以计数、又无法像 CPU 或内存那样抽象的资源。内核组件在 \`include/linux/misc_cgroup.h\` 和 \`kernel/cgroup/misc.c\` 中登记这样的资源，声明平台上共有多少，然后对其记账和销账。每种资源在 misc 文件中占一行，格式为 \`名称 数值\`；内核文档用 \`res_a\` 和 \`res_b\` 作示例名。使用它需要 \`CONFIG_CGROUP_MISC\`。

资源记在首次使用它的 cgroup 名下，直到被释放为止；把进程移到别处并不会转移这笔记账。限额可以设得比容量还大。

它在两个版本中都存在：v1 文档中有一页 misc，内容只是指向 v2 文档的“Misc”一节；内核源代码也为 v1 和 v2 层级注册了同一组接口文件。`,
    },
    v1Name: 'misc',
    v2Name: 'misc',
    controls: {
      en: 'Scalar resources registered by other kernel code, each with a platform-wide capacity.',
      'zh-cn': '由其他内核代码登记的标量资源，每种资源都有一个全平台的容量。',
    },
    v1Files: MISC_FILES,
    v2Files: MISC_FILES,
    examples: [
      {
        commands: `# zcat /proc/config.gz | grep CONFIG_CGROUP_MISC`,
        output: `# CONFIG_CGROUP_MISC is not set`,
        note: {
          en: 'The test host\'s kernel is built without the misc controller, so no misc files exist there.',
          'zh-cn': '测试主机的内核编译时没有包含 misc 控制器，因此那里没有任何 misc 文件。',
        },
      },
      {
        commands: `# cat /sys/fs/cgroup/misc.capacity
# cat /sys/fs/cgroup/demo/misc.max`,
        output: '',
        note: {
          en: 'Not run (no misc controller on the test host). On a v2 host with `CONFIG_CGROUP_MISC`, the kernel docs show lines such as `res_a 50` in the root\'s `misc.capacity` and `res_a max` in a child\'s `misc.max`; which resource names appear depends on what the kernel has registered.',
          'zh-cn': '未实际运行（测试主机没有 misc 控制器）。在启用了 `CONFIG_CGROUP_MISC` 的 v2 主机上，按内核文档的示例，根 cgroup 的 `misc.capacity` 中会有 `res_a 50` 这样的行，子 cgroup 的 `misc.max` 中会有 `res_a max` 这样的行；具体出现哪些资源名，取决于内核登记了哪些资源。',
        },
      },
    ],
    related: ['cgroup-v1', 'cgroup-v2', 'cgroup-rdma', 'cgroup-dmem'],
    sources: [
      CGROUP_V2,
      v1Doc('misc', 'Misc controller'),
      { title: 'kernel/cgroup/misc.c', url: 'https://github.com/torvalds/linux/blob/master/kernel/cgroup/misc.c' },
    ],
  },

  {
    id: 'cgroup-dmem',
    category: 'cgroup-controller',
    page: 'cgroup-controllers',
    name: { en: 'dmem controller', 'zh-cn': 'dmem 控制器' },
    aliases: {
      en: ['dmem', 'device memory controller', 'dmem cgroup', 'VRAM cgroup', 'dmem.max'],
      'zh-cn': ['设备内存控制器', 'dmem 子系统', '显存 cgroup'],
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
  },
];
