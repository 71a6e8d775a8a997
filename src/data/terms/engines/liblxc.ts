/** liblxc, LXC's C library. Facts from lxc v7.0.0 source (lxccontainer.h, tools/, start.c, conf.c, attach.c, doc/api-extensions.md) and go-lxc. */
import type { TermInput } from '../../schema/term.ts';

const LXC = 'https://github.com/lxc/lxc/blob/v7.0.0';

export default {
  id: 'liblxc',
  category: 'project',
  page: 'engines-lxc',
  name: { en: 'liblxc', 'zh-cn': 'liblxc' },
  aliases: {
    en: ['LXC API', 'lxc_container', 'lxccontainer.h', 'go-lxc', 'python3-lxc'],
    'zh-cn': ['liblxc', 'LXC API', 'LXC C 库', 'go-lxc', 'python3-lxc', 'lxc_container', 'lxccontainer.h'],
  },
  summary: {
    en: 'The C library at the heart of LXC: its struct lxc_container API creates, starts, stops and attaches to containers, and the lxc-* tools, the language bindings, LXD and Incus are all built on it.',
    'zh-cn': 'LXC 的核心 C 库：通过 struct lxc_container 这套 API 创建、启动、停止容器以及附加到容器中；lxc-* 工具、各语言绑定、LXD 和 Incus 都建立在它之上。',
  },
  description: {
    en: `The API lives in \`lxccontainer.h\`: \`lxc_container_new(name, configpath)\` returns a \`struct lxc_container\` whose function pointers (\`create\`, \`start\`, \`stop\`, \`attach\` and many more) are the operations ([lxccontainer.h](${LXC}/src/lxc/lxccontainer.h)). The \`lxc-*\` commands are small programs over it; \`lxc-create\`, \`lxc-start\` and \`lxc-attach\` each begin by calling \`lxc_container_new\`. Changes made after the LXC 3.0 API was finalized are backward-compatible extensions that clients can detect ([api-extensions.md](${LXC}/doc/api-extensions.md)).

Under the hood it makes the same system calls as runc. To start a container it spawns the init process with \`clone3()\`, on cgroup v2 trying \`CLONE_INTO_CGROUP\` so the process is born in the container's cgroup, and unshares the network namespace only after the user namespace exists ([start.c](${LXC}/src/lxc/start.c)); it then \`pivot_root\`s into the root filesystem ([conf.c](${LXC}/src/lxc/conf.c)). \`lxc-attach\` enters a running container with \`setns(2)\` on the namespaces of its init process ([attach.c](${LXC}/src/lxc/attach.c)).

Other languages reach it through bindings such as [go-lxc](https://github.com/lxc/go-lxc), the Go binding through which LXD, and its fork Incus, drive containers.`,
    'zh-cn': `API 定义在 \`lxccontainer.h\` 中：\`lxc_container_new(name, configpath)\` 返回一个 \`struct lxc_container\`，其中的函数指针（\`create\`、\`start\`、\`stop\`、\`attach\` 等）就是各项操作（[lxccontainer.h](${LXC}/src/lxc/lxccontainer.h)）。\`lxc-*\` 命令都是基于它的小程序，\`lxc-create\`、\`lxc-start\` 和 \`lxc-attach\` 一开头都调用 \`lxc_container_new\`。LXC 3.0 的 API 定型之后，所有改动都以向后兼容的扩展形式加入，客户端可以检测这些扩展是否存在（[api-extensions.md](${LXC}/doc/api-extensions.md)）。

在底层，它使用的系统调用与 runc 相同。启动容器时，它用 \`clone3()\` 创建 init 进程；在 cgroup v2 上会尝试 \`CLONE_INTO_CGROUP\`，让进程一出生就位于容器的 cgroup 中；网络命名空间要等用户命名空间建好之后才 unshare（[start.c](${LXC}/src/lxc/start.c)）；随后 \`pivot_root\` 进入根文件系统（[conf.c](${LXC}/src/lxc/conf.c)）。\`lxc-attach\` 则对容器 init 进程的各个命名空间调用 \`setns(2)\`，从而进入运行中的容器（[attach.c](${LXC}/src/lxc/attach.c)）。

其他语言通过绑定来使用它，例如 [go-lxc](https://github.com/lxc/go-lxc)；LXD 及其分支 Incus 正是通过这个 Go 绑定来驱动容器的。`,
  },
  related: ['lxc', 'lxd', 'clone3', 'clone-into-cgroup', 'setns', 'runc'],
  sources: [
    { title: 'lxc v7.0.0: src/lxc/lxccontainer.h', url: `${LXC}/src/lxc/lxccontainer.h` },
    { title: 'lxc v7.0.0: doc/api-extensions.md', url: `${LXC}/doc/api-extensions.md` },
    { title: 'lxc v7.0.0: src/lxc/start.c', url: `${LXC}/src/lxc/start.c` },
    { title: 'lxc v7.0.0: src/lxc/attach.c', url: `${LXC}/src/lxc/attach.c` },
    { title: 'go-lxc: Go bindings for liblxc', url: 'https://github.com/lxc/go-lxc' },
  ],
} satisfies TermInput;
