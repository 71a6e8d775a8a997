/** Docker (OCI) image. Facts from Docker's overview and storage-driver pages, the OCI image spec and Docker's containerd image store page. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'docker-image',
  category: 'concept',
  page: 'engines-docker',
  name: { en: 'Docker image', 'zh-cn': 'Docker 镜像' },
  aliases: {
    en: ['container image', 'OCI image', 'image', 'image manifest', 'image config', 'base image'],
    'zh-cn': ['容器镜像', '镜像', 'OCI 镜像', '基础镜像', 'image'],
  },
  summary: {
    en: 'A read-only template for containers: an ordered stack of filesystem layers plus a configuration that says what to run and how.',
    'zh-cn': '容器的只读模板：一组有序叠放的文件系统层，外加一份说明运行什么、如何运行的配置。',
  },
  description: {
    en: `An image is what \`docker run\` starts a container from. [Docker's overview](https://docs.docker.com/get-started/docker-overview/) calls it a read-only template; it is usually built on another image (the base image named by \`FROM\`) with changes of its own.

In the [OCI image format](https://github.com/opencontainers/image-spec/blob/main/manifest.md), which Docker's images follow, an image is a *manifest* that names, by cryptographic digest, one configuration object and an ordered list of layers. The [configuration](https://github.com/opencontainers/image-spec/blob/main/config.md) records what a container should run (entrypoint, command, environment, working directory, user) and for which operating system and CPU architecture the image was built. The layers are the filesystem, one set of changes each.

An image carries user-space files only: no kernel. Its programs are native code for one architecture, so an image built for \`amd64\` does not run on an \`arm64\` host without emulation; an *image index* groups the variants of one image for several platforms, and Docker's [containerd image store](https://docs.docker.com/engine/storage/containerd/) can build and keep multi-platform images locally, which the classic storage drivers could not.`,
    'zh-cn': `镜像是 \`docker run\` 启动容器的起点。[Docker 官方概述](https://docs.docker.com/get-started/docker-overview/)称之为只读模板；镜像通常建立在另一个镜像（即 \`FROM\` 指定的基础镜像）之上，再加上自己的改动。

Docker 的镜像遵循 [OCI 镜像格式](https://github.com/opencontainers/image-spec/blob/main/manifest.md)。在这种格式中，镜像是一份*清单*（manifest），它按密码学摘要（digest）指明一个配置对象和一组有序的镜像层。[配置](https://github.com/opencontainers/image-spec/blob/main/config.md)记录容器应当运行什么（入口点、命令、环境变量、工作目录、用户），以及镜像是为哪种操作系统和 CPU 架构构建的。镜像层就是文件系统，每一层是一组改动。

镜像里只有用户空间的文件，没有内核。其中的程序是某一种架构的本机代码，所以为 \`amd64\` 构建的镜像，不借助模拟就无法在 \`arm64\` 主机上运行。*镜像索引*（image index）把同一镜像面向多个平台的变体归在一起；Docker 的 [containerd 镜像存储](https://docs.docker.com/engine/storage/containerd/)可以在本地构建并保存多平台镜像，而传统存储驱动做不到这一点。`,
  },
  related: ['image-layer', 'dockerfile', 'registry', 'overlayfs', 'oci-image-spec', 'docker-engine'],
  sources: [
    { title: 'What is Docker? (Docker docs)', url: 'https://docs.docker.com/get-started/docker-overview/' },
    { title: 'OCI image spec: image manifest', url: 'https://github.com/opencontainers/image-spec/blob/main/manifest.md' },
    { title: 'OCI image spec: image configuration', url: 'https://github.com/opencontainers/image-spec/blob/main/config.md' },
    { title: 'containerd image store with Docker Engine (Docker docs)', url: 'https://docs.docker.com/engine/storage/containerd/' },
  ],
} satisfies TermInput;
