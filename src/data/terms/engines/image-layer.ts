/** Image layers and the container's writable layer. Facts from Docker's storage-driver overview and the OCI image spec's layer document. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'image-layer',
  category: 'concept',
  page: 'engines-docker',
  name: { en: 'Image layer', 'zh-cn': '镜像层' },
  aliases: {
    en: ['layer', 'container layer', 'writable layer', 'read-write layer', 'layer diff', 'whiteout', '.wh.'],
    'zh-cn': ['层', '容器层', '可写层', '读写层', 'whiteout 文件', '.wh.', 'whiteout'],
  },
  summary: {
    en: 'One set of filesystem changes in an image; the layers stack read-only, and every container adds one thin writable layer on top.',
    'zh-cn': '镜像中的一组文件系统改动；各层只读地叠放在一起，每个容器再在最上面加一层薄薄的可写层。',
  },
  description: {
    en: `Each layer holds only the differences from the layer below it. In a Dockerfile, instructions that change files (\`RUN\`, \`COPY\`, \`ADD\`) produce a layer; instructions that only set metadata (\`LABEL\`, \`CMD\`, …) do not. Removing a file adds a layer too, and the file's bytes stay in the layer that created it: [Docker's storage guide](https://docs.docker.com/engine/storage/drivers/) shows a \`RUN rm -r $HOME/.cache\` that makes the image no smaller.

On the wire a layer is a tar archive of changes. The [OCI layer format](https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts) records a deletion as an empty *whiteout* entry named \`.wh.<name>\`, and \`.wh..wh..opq\` marks a directory whose lower contents are hidden; the storage driver turns these into the union filesystem's own markers when it unpacks the layer.

A container adds one more, writable layer — the *container layer*. All its writes land there, it is deleted with the container, and the image below never changes, which is why many containers can share one image. Data that is written heavily or must outlive the container belongs in a volume instead. \`docker ps -s\` shows both figures: \`size\` (the writable layer) and \`virtual size\` (writable layer plus the read-only image, shared with other containers).`,
    'zh-cn': `每一层只保存相对于下一层的差异。在 Dockerfile 中，修改文件的指令（\`RUN\`、\`COPY\`、\`ADD\`）会产生新的一层；只设置元数据的指令（\`LABEL\`、\`CMD\` 等）则不会。删除文件同样会新增一层，而文件的内容仍留在创建它的那一层里：[Docker 的存储指南](https://docs.docker.com/engine/storage/drivers/)举了一个例子，\`RUN rm -r $HOME/.cache\` 并不能让镜像变小。

在传输时，一层就是一个记录改动的 tar 归档。[OCI 镜像层格式](https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts)把“删除”记作一个名为 \`.wh.<name>\` 的空 *whiteout* 条目，\`.wh..wh..opq\` 则表示某个目录下层的内容全部隐藏；存储驱动在解包时把它们转换成联合文件系统自己的标记。

容器还会再加一层可写层，即*容器层*。容器的所有写入都落在这一层，容器删除时它也随之删除，下面的镜像始终不变，因此许多容器可以共用同一个镜像。写入频繁、或者需要在容器删除后保留的数据，应当放进卷（volume）。\`docker ps -s\` 会同时显示两个数字：\`size\`（可写层的大小）和 \`virtual size\`（可写层加上与其他容器共享的只读镜像）。`,
  },
  related: ['docker-image', 'overlayfs', 'dockerfile', 'oci-image-spec'],
  sources: [
    { title: 'Storage drivers (Docker docs)', url: 'https://docs.docker.com/engine/storage/drivers/' },
    { title: 'OCI image spec: image layer filesystem changeset', url: 'https://github.com/opencontainers/image-spec/blob/main/layer.md' },
  ],
} satisfies TermInput;
