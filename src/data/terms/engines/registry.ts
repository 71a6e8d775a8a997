/** Container registries and Docker Hub. Facts from Docker's overview and storage-driver pages. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'registry',
  category: 'concept',
  page: 'engines-docker',
  name: { en: 'Container registry', 'zh-cn': '镜像仓库' },
  aliases: {
    en: ['registry', 'Docker registry', 'image registry', 'OCI registry', 'Docker Hub', 'docker.io', 'docker pull', 'docker push'],
    'zh-cn': ['镜像仓库', '镜像注册表', '仓库', 'registry', 'Docker Hub', 'docker pull', 'docker push', 'docker.io'],
  },
  summary: {
    en: 'A server that stores images and hands them out: docker pull and docker run fetch from it, docker push uploads to it.',
    'zh-cn': '存放并分发镜像的服务器：docker pull 和 docker run 从中下载镜像，docker push 把镜像上传到这里。',
  },
  description: {
    en: `A registry is the "ship" in Docker's build–ship–run cycle. [Docker's overview](https://docs.docker.com/get-started/docker-overview/) names Docker Hub as the public registry anyone can use and the one Docker looks in by default; organisations also run private ones. \`docker pull\` and \`docker run\` fetch the images they need from the configured registry, and \`docker push\` uploads one.

A pull transfers layers one by one and skips those already present locally, because identical layers have identical digests: after building an image on top of another, Docker [does not pull the shared layers again](https://docs.docker.com/engine/storage/drivers/). The protocol between clients and registries is standardised by the OCI distribution specification, so the same registry serves Docker, containerd and other clients.`,
    'zh-cn': `在 Docker“构建—分发—运行”的循环里，镜像仓库承担的是“分发”这一环。[Docker 官方概述](https://docs.docker.com/get-started/docker-overview/)指出，Docker Hub 是任何人都能使用的公共仓库，也是 Docker 默认查找镜像的地方；各个组织也会自建私有仓库。\`docker pull\` 和 \`docker run\` 从配置好的仓库下载所需镜像，\`docker push\` 则把镜像上传上去。

拉取镜像时逐层传输，本地已有的层直接跳过，因为相同的层摘要也相同：在一个镜像之上构建另一个镜像后，Docker [不会再次拉取共享的那些层](https://docs.docker.com/engine/storage/drivers/)。客户端与仓库之间的协议由 OCI 分发规范统一规定，因此同一个仓库可以同时服务 Docker、containerd 和其他客户端。`,
  },
  related: ['docker-image', 'image-layer', 'oci-distribution-spec', 'docker-engine'],
  sources: [
    { title: 'What is Docker? (Docker docs)', url: 'https://docs.docker.com/get-started/docker-overview/' },
    { title: 'Storage drivers (Docker docs)', url: 'https://docs.docker.com/engine/storage/drivers/' },
  ],
} satisfies TermInput;
