/** The Moby Project; day from the moby/moby README commit announcing the transition, with Docker's blog post. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'moby-project',
  date: '2017-04-18',
  title: { en: 'Docker launches the Moby Project', 'zh-cn': 'Docker 发起 Moby 项目' },
  description: {
    en: `Docker announced the Moby Project: an open-source library of container components (runc, containerd, SwarmKit and others Docker had split out of its code), a framework for assembling them into custom container systems, and reference assemblies. Docker moved all its open-source collaboration to Moby and kept assembling its own product from Moby's components. The same day the open-source engine's repository, \`docker/docker\` on GitHub, announced that it was moving to Moby; it lives on as \`moby/moby\`.`,
    'zh-cn': `Docker 宣布发起 Moby 项目：一个开源的容器组件库（runc、containerd、SwarmKit 等从 Docker 代码中拆分出来的组件），一套把这些组件组装成定制容器系统的框架，以及若干参考组装方案。Docker 把自己全部的开源协作都迁到 Moby，自家产品则继续用 Moby 的组件组装而成。同一天，开源引擎在 GitHub 上的仓库 \`docker/docker\` 宣布迁往 Moby，如今它就是 \`moby/moby\`。`,
  },
  terms: ['moby', 'docker-engine'],
  sources: [
    {
      title: 'Docker blog: Introducing Moby Project: a new open-source project to advance the software containerization movement',
      url: 'https://blog.docker.com/2017/04/introducing-the-moby-project/',
    },
    {
      title: 'moby/moby commit: Add note about the transition to Moby in the README',
      url: 'https://github.com/moby/moby/commit/fe3797d9865c808b1d47469d3b4ace03ea4ae206',
    },
    { title: 'moby/moby pull request #32691 (the transition to Moby)', url: 'https://github.com/moby/moby/pull/32691' },
    {
      title: 'moby/moby README after the transition ("Transitioning to Moby")',
      url: 'https://github.com/moby/moby/blob/8fff9bd0816f3f86c2f84c26c5b102f3de3cca81/README.md',
    },
  ],
} satisfies HistoryEventInput;
