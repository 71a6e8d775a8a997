import type { TermInput } from '../../schema/term.ts';
import { SRC, man } from '../../sources/namespaces.ts';

export default {
  id: 'uts-namespace',
  dockerHostOption: '--uts=host',
  dockerCreatesByDefault: true,
  category: 'namespace',
  page: 'ns-uts',
  name: { en: 'UTS namespace', 'zh-cn': 'UTS 命名空间' },
  aliases: {
    en: ['UTS namespace', 'uts_namespaces', 'utsns', 'hostname namespace', 'CLONE_NEWUTS namespace'],
    'zh-cn': ['UTS 命名空间', '主机名命名空间', '主机名隔离', 'uts_namespaces', 'utsns', 'CLONE_NEWUTS namespace', 'UTS namespace', 'CLONE_NEWUTS'],
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
  procFileSince: '3.0',
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
      en: 'Both values, the hostname and the NIS domain name, are copied once, at creation. A later change of either on the host does not reach a UTS namespace that already exists.',
      'zh-cn': '主机名和 NIS 域名这两个值只在创建时复制一次。之后宿主机再修改其中任何一个，已经存在的 UTS 命名空间都不会跟着改变。',
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
} satisfies TermInput;
