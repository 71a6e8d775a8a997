/** The Dockerfile. Facts from the Dockerfile reference, Docker's overview and storage-driver pages, and an early Docker README. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'dockerfile',
  category: 'concept',
  page: 'engines-docker',
  name: { en: 'Dockerfile', 'zh-cn': 'Dockerfile' },
  aliases: {
    en: ['docker build', 'build file', 'FROM', 'RUN', 'COPY', 'multi-stage build'],
    'zh-cn': ['构建文件', 'docker build', '多阶段构建', 'FROM', 'RUN', 'COPY'],
  },
  summary: {
    en: 'A text file of instructions that docker build executes in order to produce an image, starting from the base image named by FROM.',
    'zh-cn': '一个写满指令的文本文件，docker build 按顺序执行其中的指令来生成镜像，起点是 FROM 指定的基础镜像。',
  },
  description: {
    en: `The [Dockerfile reference](https://docs.docker.com/reference/dockerfile/) defines the format: a list of instructions, executed in order, and the file must begin with \`FROM\` (only parser directives, comments and global \`ARG\` instructions may come before it). The idea is as old as Docker: an [early README](https://github.com/moby/moby/blob/c127ebb4ca9470a378c307bae54a198e361c5d54/README.md) described a build as a sequence of Unix commands run one after another in the same container, each inheriting the result of the previous ones.

The file's shape decides the image's shape. Instructions that change the filesystem add a layer; metadata instructions do not ([storage drivers](https://docs.docker.com/engine/storage/drivers/)). When the Dockerfile changes, only the layers from the changed instruction onwards are rebuilt ([overview](https://docs.docker.com/get-started/docker-overview/)), so instructions that change rarely belong near the top. Files deleted by a later instruction still take space in the layer that added them, which is what multi-stage builds avoid: a final stage copies only the results it needs from earlier stages.`,
    'zh-cn': `[Dockerfile 参考文档](https://docs.docker.com/reference/dockerfile/)规定了它的格式：一串按顺序执行的指令；文件必须以 \`FROM\` 开头（之前只允许出现解析器指令、注释和全局 \`ARG\` 指令）。这个思路与 Docker 一样古老：项目[早期的 README](https://github.com/moby/moby/blob/c127ebb4ca9470a378c307bae54a198e361c5d54/README.md) 就把一次构建描述为在同一个容器里依次运行一串 Unix 命令，每条命令都继承前面命令的结果。

文件写成什么样，镜像就长成什么样。修改文件系统的指令会新增一层，只设置元数据的指令不会（见[存储驱动文档](https://docs.docker.com/engine/storage/drivers/)）。Dockerfile 改动后，只有从改动的那条指令开始往后的各层需要重新构建（见[官方概述](https://docs.docker.com/get-started/docker-overview/)），所以不常变化的指令应当放在前面。后面的指令删掉的文件，仍然占用添加它的那一层的空间；多阶段构建正是为了避免这一点：最后一个阶段只从前面的阶段复制所需的成果。`,
  },
  related: ['docker-image', 'image-layer', 'docker-engine'],
  sources: [
    { title: 'Dockerfile reference (Docker docs)', url: 'https://docs.docker.com/reference/dockerfile/' },
    { title: 'Storage drivers (Docker docs)', url: 'https://docs.docker.com/engine/storage/drivers/' },
    { title: 'What is Docker? (Docker docs)', url: 'https://docs.docker.com/get-started/docker-overview/' },
    { title: 'Early Docker README (moby/moby, commit c127ebb)', url: 'https://github.com/moby/moby/blob/c127ebb4ca9470a378c307bae54a198e361c5d54/README.md' },
  ],
} satisfies TermInput;
