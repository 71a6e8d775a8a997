/** The Moby project. Facts from the moby/moby README and the project site. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'moby',
  category: 'project',
  page: 'engines-docker',
  name: { en: 'Moby project', 'zh-cn': 'Moby 项目' },
  aliases: {
    en: ['Moby', 'Moby Project', 'moby/moby', 'docker/docker', 'github.com/docker/docker'],
    'zh-cn': ['Moby', 'Moby 项目', 'moby/moby', 'docker/docker', 'github.com/docker/docker'],
  },
  summary: {
    en: 'The open-source project created by Docker whose moby/moby repository holds the code of the Docker Engine daemon.',
    'zh-cn': 'Docker 公司发起的开源项目，其 moby/moby 仓库存放着 Docker Engine 守护进程的代码。',
  },
  description: {
    en: `The [moby/moby README](https://github.com/moby/moby) describes Moby as an open-source project created by Docker to enable and accelerate software containerization: a "Lego set" of components (build tools, a registry, orchestration tools, a runtime) and a framework for assembling them into container-based systems, aimed at engineers and integrators rather than end users. The Docker product is what end users install; Moby is the upstream code from which its engine is built.

The repository is the one that began life as Docker itself: an early README told readers to clone \`github.com/dotcloud/docker\`, and a [later one](https://github.com/moby/moby/blob/c127ebb4ca9470a378c307bae54a198e361c5d54/README.md), still titled "Docker: the Linux container engine", pointed to \`github.com/docker/docker\` and listed what Docker was built on: the cgroup and namespace features of the Linux kernel, and Go. More on the project's history is on the [history page](/engines/history/).`,
    'zh-cn': `[moby/moby 的 README](https://github.com/moby/moby) 这样介绍 Moby：Docker 公司发起的开源项目，旨在推动和加速软件容器化；它提供一套“乐高积木”式的组件（构建工具、镜像仓库、编排工具、运行时），以及把这些组件组装成容器系统的框架，面向的是工程师和集成者，而不是终端用户。终端用户安装的是 Docker 产品；Moby 则是构建其引擎所用的上游代码。

这个仓库最初就是 Docker 本身：一份早期 README 让读者克隆 \`github.com/dotcloud/docker\`；[后来的一版](https://github.com/moby/moby/blob/c127ebb4ca9470a378c307bae54a198e361c5d54/README.md)标题仍是“Docker: the Linux container engine”，指向的是 \`github.com/docker/docker\`，并列出了 Docker 所依赖的东西：Linux 内核的 cgroup 与命名空间功能，以及 Go 语言。项目的来龙去脉见[历史一页](/zh-cn/engines/history/)。`,
  },
  related: ['docker-engine', 'dockerd', 'containerd', 'runc'],
  sources: [
    { title: 'moby/moby README', url: 'https://github.com/moby/moby' },
    { title: 'Early Docker README (moby/moby, commit 0077678)', url: 'https://github.com/moby/moby/blob/0077678844f8f0f2e4a409eb71d845d83ca7490e/README.md' },
    { title: 'The Moby Project', url: 'https://mobyproject.org/' },
    { title: 'Early Docker README (moby/moby, commit c127ebb)', url: 'https://github.com/moby/moby/blob/c127ebb4ca9470a378c307bae54a198e361c5d54/README.md' },
  ],
} satisfies TermInput;
