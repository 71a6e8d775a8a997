/** The containerd runtime shim (runtime v2). Facts from containerd v2.3.4 docs (runtime-v2.md, ops.md) and Docker's runtime docs. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'containerd-shim',
  category: 'project',
  page: 'engines',
  name: { en: 'containerd shim', 'zh-cn': 'containerd shim' },
  aliases: {
    en: ['containerd-shim-runc-v2', 'io.containerd.runc.v2', 'runtime shim', 'shim v2', 'shimv2', 'shim API'],
    'zh-cn': ['containerd-shim-runc-v2', 'io.containerd.runc.v2', '运行时 shim', 'shim v2', '垫片进程', 'shimv2'],
  },
  summary: {
    en: 'A small process that containerd starts for a container (or a whole pod): it takes containerd\'s task requests over ttRPC, runs the low-level runtime, and stays as the container\'s parent to reap it and keep its exit status and stdio.',
    'zh-cn': 'containerd 为一个容器（或整个 Pod）启动的小进程：它通过 ttRPC 接收 containerd 的任务请求，调用低层运行时，并留下来充当容器的父进程，负责回收容器进程、保存退出状态和标准输入输出。',
  },
  description: {
    en: `In containerd's runtime v2 model, containerd starts a runtime binary which listens on a socket (a Unix socket on Linux) for ttRPC commands. In the "shim + engine" pattern that binary is a shim that \`fork\`/\`exec\`s a separate runtime engine; \`containerd-shim-runc-v2\` does so for runc. Starting one goes like this: containerd runs \`containerd-shim-runc-v2 start\`, which starts a ttRPC server in a new process, prints its address and exits; containerd then sends \`CreateTask\`, \`Start\`, a \`Wait\` that blocks until the task exits, and finally \`Delete\` and \`Shutdown\` ([runtime v2](https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md)).

Because the shim, not containerd, is the container's parent (it acts as a sub-reaper for exited processes), the daemons above it can go away: containerd's operations guide wants containerd upgradable while existing containers keep running, and recommends systemd's \`KillMode=process\` so that stopping the service kills only the daemon and not the shims and containers ([ops](https://github.com/containerd/containerd/blob/v2.3.4/docs/ops.md)). One shim may serve several containers: the runc shim groups the containers of one Kubernetes pod by their sandbox label.

Runtimes that are not runc-like ship their own shim, for example Kata Containers' \`containerd-shim-kata-v2\` and gVisor's \`io.containerd.runsc.v1\`; Docker can use a shim found on \`PATH\` with \`docker run --runtime io.containerd.kata.v2\` ([Alternative container runtimes](https://docs.docker.com/engine/daemon/alternative-runtimes/)).`,
    'zh-cn': `在 containerd 的 runtime v2 模型中，containerd 启动一个运行时二进制程序，由它在一个套接字（Linux 上是 Unix 套接字）上监听 ttRPC 命令。在“shim + 引擎”的模式下，这个程序是一个 shim，它再通过 \`fork\`/\`exec\` 调用另一个运行时引擎；\`containerd-shim-runc-v2\` 就是为 runc 做这件事的 shim。启动过程如下：containerd 执行 \`containerd-shim-runc-v2 start\`，后者在一个新进程中启动 ttRPC 服务，返回其地址后自己退出；接着 containerd 依次发送 \`CreateTask\`、\`Start\`、一直阻塞到任务退出的 \`Wait\`，最后是 \`Delete\` 和 \`Shutdown\`（[runtime v2](https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md)）。

由于容器的父进程是 shim 而不是 containerd（shim 充当子收割者 sub-reaper，回收退出的进程），上层的守护进程可以暂时离开：containerd 的运维指南要求升级 containerd 时已有容器照常运行，并建议 systemd 使用 \`KillMode=process\`，这样停止服务时只杀掉守护进程本身，而不会杀掉 shim 和容器（[ops](https://github.com/containerd/containerd/blob/v2.3.4/docs/ops.md)）。一个 shim 可以服务多个容器：runc 的 shim 会按沙箱标签，把同一个 Kubernetes Pod 的容器归到同一个 shim 下。

与 runc 不同类的运行时会自带 shim，例如 Kata Containers 的 \`containerd-shim-kata-v2\` 和 gVisor 的 \`io.containerd.runsc.v1\`；只要 shim 在 \`PATH\` 中，Docker 就能用 \`docker run --runtime io.containerd.kata.v2\` 这样的写法来使用它（[Alternative container runtimes](https://docs.docker.com/engine/daemon/alternative-runtimes/)）。`,
  },
  related: ['containerd', 'runc', 'container-runtime', 'kata-containers', 'gvisor'],
  sources: [
    { title: 'containerd v2.3.4: Runtime v2 (shim API)', url: 'https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md' },
    { title: 'containerd v2.3.4: ops guide (systemd)', url: 'https://github.com/containerd/containerd/blob/v2.3.4/docs/ops.md' },
    { title: 'Alternative container runtimes (Docker docs)', url: 'https://docs.docker.com/engine/daemon/alternative-runtimes/' },
  ],
} satisfies TermInput;
