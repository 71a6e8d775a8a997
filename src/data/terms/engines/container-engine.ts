/** "Container engine": the user-facing layer above a runtime. Facts from Docker's Engine and dockerd docs and the OCI runtime spec glossary. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'container-engine',
  category: 'concept',
  page: 'engines',
  name: { en: 'Container engine', 'zh-cn': '容器引擎' },
  aliases: {
    en: ['engine', 'container manager', 'container platform'],
    'zh-cn': ['container engine', '引擎', '容器管理器'],
  },
  summary: {
    en: 'The user-facing layer of a container system: it pulls and stores images, keeps track of containers, networks and volumes, and has a container runtime create each container.',
    'zh-cn': '容器系统中直接面对用户的一层：拉取并保存镜像，管理容器、网络和卷，再让容器运行时去真正创建每个容器。',
  },
  description: {
    en: `No specification defines the word. It names whatever sits between the person typing commands and the runtime that creates containers. Docker Engine is the usual example: a long-running daemon, \`dockerd\`, an API, and the \`docker\` command-line client; the daemon creates and manages images, containers, networks and volumes ([Docker Engine overview](https://docs.docker.com/engine/)).

An engine does not create namespaces or cgroups itself. \`dockerd\` relies on an OCI-compliant runtime, invoked through the containerd daemon, as its interface to the kernel's namespaces, cgroups and SELinux ([dockerd reference](https://docs.docker.com/reference/cli/dockerd/)). Podman is another engine; the OCI runtime spec's glossary lists it, with containerd and CRI-O, among the programs that run a runtime directly, while Docker and Kubernetes do so indirectly.

The line between an engine and a *high-level runtime* is blurred: containerd calls itself a container runtime, yet it also pulls and stores images. Ask what a program does rather than what it is called.`,
    'zh-cn': `这个词没有任何规范给出定义，它泛指位于“敲命令的人”和“真正创建容器的运行时”之间的那一层。最常见的例子是 Docker Engine：一个常驻的守护进程 \`dockerd\`、一套 API，以及命令行客户端 \`docker\`；镜像、容器、网络和卷都由这个守护进程创建和管理（[Docker Engine 概述](https://docs.docker.com/engine/)）。

引擎自己并不创建命名空间或 cgroup。\`dockerd\` 通过 containerd 守护进程调用一个符合 OCI 规范的运行时，由它来对接内核的命名空间、cgroup 和 SELinux（[dockerd 参考文档](https://docs.docker.com/reference/cli/dockerd/)）。Podman 是另一种引擎：OCI 运行时规范的术语表把它和 containerd、CRI-O 一起列为“直接调用运行时”的程序，而 Docker 和 Kubernetes 属于间接调用。

引擎与“高层运行时”之间的界线并不清晰：containerd 自称容器运行时，却也负责拉取和保存镜像。与其纠结名称，不如看一个程序实际做了什么。`,
  },
  related: ['container-runtime', 'containerd', 'docker-engine', 'dockerd', 'oci-runtime-spec'],
  sources: [
    { title: 'Docker Engine overview (Docker docs)', url: 'https://docs.docker.com/engine/' },
    { title: 'dockerd reference: runtime options (Docker docs)', url: 'https://docs.docker.com/reference/cli/dockerd/' },
    { title: 'OCI runtime spec v1.3.0: glossary (runtime caller)', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/glossary.md' },
  ],
} satisfies TermInput;
