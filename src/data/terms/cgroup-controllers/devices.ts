import type { TermInput } from '../../schema/term.ts';
import { CGROUP_V2, man, v1Doc } from '../../sources/cgroup-controllers.ts';

export default {
  id: 'cgroup-devices',
  category: 'cgroup-controller',
  page: 'cgroup-controllers',
  name: { en: 'devices controller', 'zh-cn': 'devices 控制器' },
  aliases: {
    en: ['devices', 'devices cgroup', 'device controller', 'device whitelist controller', 'devices.allow', 'devices.deny'],
    'zh-cn': ['设备控制器', '设备 cgroup', 'devices 子系统', '设备白名单', 'devices', 'devices.allow', 'devices.deny'],
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
} satisfies TermInput;
