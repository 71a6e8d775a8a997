/** The OCI image format specification. Facts from image-spec v1.1.1 (spec.md, manifest.md, descriptor.md, layer.md). */
import type { TermInput } from '../../schema/term.ts';

const IS = 'https://github.com/opencontainers/image-spec/blob/v1.1.1';

export default {
  id: 'oci-image-spec',
  category: 'concept',
  page: 'engines',
  name: { en: 'OCI image specification', 'zh-cn': 'OCI 镜像规范' },
  aliases: {
    en: ['image-spec', 'OCI image format', 'OCI image', 'image manifest', 'image index'],
    'zh-cn': ['image-spec', 'OCI 镜像格式', 'OCI 镜像', '镜像清单', 'manifest', '镜像索引'],
  },
  summary: {
    en: 'The OCI specification of a container image: a manifest that points to a configuration and an ordered list of content-addressed filesystem layers, optionally an index of manifests for several platforms, and how to turn it all into a runtime bundle.',
    'zh-cn': 'OCI 关于容器镜像的规范：一份清单（manifest）指向一份配置和一组按顺序排列、按内容寻址的文件系统镜像层，可选的索引（index）为多个平台列出多份清单；规范还规定了如何把这些内容转换成运行时 bundle。',
  },
  description: {
    en: `An OCI image consists of an image manifest, an optional image index, a set of filesystem layers and a configuration ([spec.md](${IS}/spec.md)). Everything refers to everything else through *descriptors*, which give a media type, a digest (a cryptographic hash of the content) and a size ([descriptor.md](${IS}/descriptor.md)). The manifest holds one descriptor for the configuration and an ordered array of layer descriptors ([manifest.md](${IS}/manifest.md)); an index lists manifests, typically one per platform.

A layer is a tar archive of a filesystem changeset, possibly gzip- or zstd-compressed; applying the layers one on top of another yields the complete filesystem, and deleted files are recorded as *whiteout* entries ([layer.md](${IS}/layer.md)). The configuration records the layer order and what to run (entry point, arguments, environment and so on).

The spec's overview describes the path an image travels: discovered by name, downloaded, verified by hash, trusted through a signature, and unpacked into an OCI runtime bundle. That last step is the engine's job; the runtime never sees the image, only the bundle.`,
    'zh-cn': `一个 OCI 镜像由镜像清单、可选的镜像索引、一组文件系统镜像层和一份配置组成（[spec.md](${IS}/spec.md)）。各部分之间通过*描述符*（descriptor）互相引用，描述符给出媒体类型、摘要（内容的密码学哈希）和大小（[descriptor.md](${IS}/descriptor.md)）。清单中有一个指向配置的描述符，以及一个按顺序排列的镜像层描述符数组（[manifest.md](${IS}/manifest.md)）；索引则列出多份清单，通常每个平台一份。

镜像层是一个文件系统变更集的 tar 归档，可以用 gzip 或 zstd 压缩；把各层依次叠加就得到完整的文件系统，被删除的文件以 *whiteout* 条目记录（[layer.md](${IS}/layer.md)）。配置记录了镜像层的顺序以及要运行什么（入口点、参数、环境变量等）。

规范的概述描述了镜像的一生：按名字被发现、被下载、按哈希校验、凭签名建立信任，最后被解包成 OCI 运行时 bundle。最后这一步由引擎完成；运行时从来看不到镜像，只看到 bundle。`,
  },
  related: ['oci', 'oci-runtime-spec', 'oci-distribution-spec', 'docker-image', 'image-layer'],
  sources: [
    { title: 'OCI image spec v1.1.1: spec.md', url: `${IS}/spec.md` },
    { title: 'OCI image spec v1.1.1: image manifest', url: `${IS}/manifest.md` },
    { title: 'OCI image spec v1.1.1: descriptors', url: `${IS}/descriptor.md` },
    { title: 'OCI image spec v1.1.1: filesystem layers', url: `${IS}/layer.md` },
  ],
} satisfies TermInput;
