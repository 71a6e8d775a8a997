/** "Container runtime", high-level and low-level. Facts from the OCI runtime spec, containerd's runtime v2 docs and Kubernetes' container-runtimes page. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'container-runtime',
  category: 'concept',
  page: 'engines',
  name: { en: 'Container runtime', 'zh-cn': '容器运行时' },
  aliases: {
    en: ['runtime', 'OCI runtime', 'low-level runtime', 'high-level runtime', 'runtime engine'],
    'zh-cn': ['container runtime', '运行时', 'OCI 运行时', '低层运行时', '高层运行时'],
  },
  summary: {
    en: 'The program that creates containers; the word covers both low-level runtimes such as runc, which set up one container from a config file, and high-level ones such as containerd, which manage images and many containers and call a low-level runtime.',
    'zh-cn': '负责创建容器的程序。这个词既指 runc 这样的低层运行时（按一份配置文件建起一个容器），也指 containerd 这样的高层运行时（管理镜像和大量容器，再去调用低层运行时）。',
  },
  description: {
    en: `**Low-level.** In the OCI runtime spec a runtime is an implementation of that spec: it reads \`config.json\` from a bundle, creates the container, launches a process in it and carries out the other lifecycle operations (\`state\`, \`create\`, \`start\`, \`kill\`, \`delete\`) ([glossary](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/glossary.md), [runtime.md](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/runtime.md)). runc, crun and youki are runtimes in this sense. They know nothing about images or registries; they are run once per operation and receive a directory that is already prepared.

**High-level.** containerd's documentation describes the daemon as a higher-level manager that does not launch containers itself: it fetches image content, lays out the root filesystem with a snapshotter, writes the configuration, and then has a lower-level program, which it also calls a runtime, create, start and stop the container ([runtime v2](https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md)). Kubernetes uses "container runtime" for this level: the CRI implementation installed on every node, such as containerd or CRI-O ([Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)).

So "the runtime" is ambiguous. A daemon with an API, an image store and a list of containers is high-level; a command that turns one bundle into one container and exits is low-level.`,
    'zh-cn': `**低层运行时。** 在 OCI 运行时规范中，运行时就是该规范的一个实现：它从 bundle 中读取 \`config.json\`，创建容器，在其中启动进程，并完成其余生命周期操作（\`state\`、\`create\`、\`start\`、\`kill\`、\`delete\`）（[术语表](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/glossary.md)、[runtime.md](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/runtime.md)）。runc、crun、youki 都是这个意义上的运行时。它们对镜像和镜像仓库一无所知，每次操作运行一次，拿到的是一个已经准备好的目录。

**高层运行时。** containerd 的文档把这个守护进程描述为更高一层的管理者，它自己并不启动容器：它获取镜像内容，用 snapshotter 铺好根文件系统，写好配置，然后交给一个更低层的程序（它同样称之为运行时）去创建、启动和停止容器（[runtime v2](https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md)）。Kubernetes 说的“容器运行时”指的就是这一层，即每个节点上安装的 CRI 实现，例如 containerd 或 CRI-O（[Container Runtimes](https://kubernetes.io/docs/setup/production-environment/container-runtimes/)）。

所以“运行时”一词有歧义。带 API、镜像存储和容器列表的守护进程属于高层；把一个 bundle 变成一个容器就退出的命令属于低层。`,
  },
  related: ['container-engine', 'runc', 'crun', 'containerd', 'containerd-shim', 'oci-runtime-spec', 'cri'],
  sources: [
    { title: 'OCI runtime spec v1.3.0: runtime and lifecycle', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/runtime.md' },
    { title: 'OCI runtime spec v1.3.0: glossary', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/glossary.md' },
    { title: 'containerd v2.3.4: Runtime v2', url: 'https://github.com/containerd/containerd/blob/v2.3.4/docs/runtime-v2.md' },
    { title: 'Container Runtimes (Kubernetes docs)', url: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/' },
  ],
} satisfies TermInput;
