/** The OCI's founding and Docker's donation of runC; month only — no primary source read gives the day. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'oci-founded-runc',
  date: '2015-06',
  title: {
    en: 'The Open Container Initiative is founded; Docker donates runC',
    'zh-cn': '开放容器倡议（OCI）成立，Docker 捐出 runC',
  },
  description: {
    en: `At DockerCon, Docker and a coalition of other companies launched the Open Container Project under the Linux Foundation — renamed the Open Container Initiative (OCI) that summer — to write vendor-neutral standards for the container format and runtime, so that no single company's tool would define them. Docker donated its base container format and **runC**, a small command-line runtime that had grown out of libcontainer; runC became the reference implementation of the OCI runtime specification.`,
    'zh-cn': `在 DockerCon 上，Docker 与多家公司一起在 Linux 基金会之下发起了开放容器项目（Open Container Project），同年夏天更名为开放容器倡议（OCI），目标是为容器格式和运行时制定不依附于任何厂商的标准，不让某一家公司的工具说了算。Docker 捐出了自己的基础容器格式和 **runC**——一个由 libcontainer 发展而来的小型命令行运行时；runC 随后成为 OCI 运行时规范的参考实现。`,
  },
  terms: ['oci', 'runc', 'libcontainer', 'oci-runtime-spec'],
  sources: [
    { title: 'Docker blog: Introducing runC, a lightweight universal container runtime', url: 'https://www.docker.com/blog/runc/' },
    {
      title: 'Docker blog: Docker leads OCI release of v1.0 runtime and image format specifications (founding "in June 2015 at DockerCon")',
      url: 'https://blog.docker.com/2017/07/oci-release-of-v1-0-runtime-and-image-format-specifications/',
    },
    { title: 'Open Container Initiative ("Established in June 2015")', url: 'https://opencontainers.org/' },
  ],
} satisfies HistoryEventInput;
