/** crun, an OCI runtime in C. Facts from crun 1.29.1 (README.md, crun.1.md) and the OCI runtime spec's implementations list. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'crun',
  category: 'project',
  page: 'engines',
  name: { en: 'crun', 'zh-cn': 'crun' },
  aliases: { en: ['libcrun', 'containers/crun'], 'zh-cn': ['crun', 'libcrun', 'containers/crun'] },
  summary: {
    en: 'An OCI runtime written entirely in C, from the containers organization on GitHub, that aims to be faster and lighter than runc and can also be used as a library.',
    'zh-cn': '一个完全用 C 语言编写的 OCI 运行时，来自 GitHub 上的 containers 组织，目标是比 runc 更快、更省内存，并且也能作为库使用。',
  },
  description: {
    en: `crun describes itself as a fast, low-memory OCI container runtime written fully in C, conforming to the OCI runtime spec; the spec's own list of implementations includes it ([implementations](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/implementations.md)). Its README argues that C suits such a low-level tool better than Go, pointing out that runc has to re-execute itself and use a C module to set up the environment before the container process starts. The README also reports a measurement on the author's machine in which 100 sequential containers running \`/bin/true\` took 1.69 s with crun against 3.34 s with runc ([README](https://github.com/containers/crun/blob/1.29.1/README.md)).

Its command line follows the same operations as runc's: \`create\` (after which crun detaches from the container process), \`start\`, \`state\`, \`kill\`, \`delete\`, \`run\`, \`exec\` and \`spec\` ([crun(1)](https://github.com/containers/crun/blob/1.29.1/crun.1.md)). The same code is meant to be usable as a library, so a program can create OCI containers without running an external process.`,
    'zh-cn': `crun 自称是一个快速、低内存占用、完全用 C 编写的 OCI 容器运行时，遵循 OCI 运行时规范；规范自己的实现列表中也收录了它（[implementations](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/implementations.md)）。它的 README 认为，对容器运行时这样的底层工具而言，C 比 Go 更合适，并指出 runc 必须重新执行自身，还要借助一个 C 模块在容器进程启动前搭好环境。README 还给出了作者在自己机器上的一次测量：依次运行 100 个执行 \`/bin/true\` 的容器，crun 用时 1.69 秒，runc 用时 3.34 秒（[README](https://github.com/containers/crun/blob/1.29.1/README.md)）。

它的命令行与 runc 的操作相同：\`create\`（完成后 crun 与容器进程脱离）、\`start\`、\`state\`、\`kill\`、\`delete\`、\`run\`、\`exec\` 和 \`spec\`（[crun(1)](https://github.com/containers/crun/blob/1.29.1/crun.1.md)）。同一套代码还被设计成可以作为库使用，这样程序无需运行外部进程就能创建 OCI 容器。`,
  },
  related: ['runc', 'oci-runtime-spec', 'container-runtime'],
  sources: [
    { title: 'crun 1.29.1: README.md', url: 'https://github.com/containers/crun/blob/1.29.1/README.md' },
    { title: 'crun 1.29.1: crun(1)', url: 'https://github.com/containers/crun/blob/1.29.1/crun.1.md' },
    { title: 'OCI runtime spec v1.3.0: implementations', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/implementations.md' },
  ],
} satisfies TermInput;
