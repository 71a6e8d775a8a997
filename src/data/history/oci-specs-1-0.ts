/** OCI runtime-spec and image-spec 1.0; the day is the date of both signed v1.0.0 tags. */
import type { HistoryEventInput } from '../schema/history-event.ts';

export default {
  id: 'oci-specs-1-0',
  date: '2017-07-19',
  title: {
    en: 'OCI runtime-spec 1.0 and image-spec 1.0',
    'zh-cn': 'OCI 运行时规范与镜像规范 1.0',
  },
  description: {
    en: `The OCI tagged version 1.0 of both of its specifications on the same day. The runtime specification defines a *filesystem bundle* — a root filesystem plus a \`config.json\` — and the lifecycle operations a runtime such as runc performs on it. The image specification defines how an image's manifest, configuration and layers are stored and addressed by digest. Together they fix the hand-over in the middle of every engine: an image is unpacked into a bundle, and an OCI runtime runs the bundle.`,
    'zh-cn': `OCI 在同一天为两份规范打上了 1.0 标签。运行时规范定义了*文件系统包*（filesystem bundle）——一个根文件系统加一个 \`config.json\`——以及 runc 这类运行时对它执行的生命周期操作。镜像规范定义了镜像的清单（manifest）、配置和镜像层如何存放、如何按摘要（digest）寻址。两者合起来固定了每个引擎中间的那道交接：先把镜像解包成 bundle，再由 OCI 运行时运行这个 bundle。`,
  },
  terms: ['oci', 'oci-runtime-spec', 'oci-image-spec', 'runc'],
  sources: [
    { title: 'opencontainers/runtime-spec tag v1.0.0 (tag date)', url: 'https://github.com/opencontainers/runtime-spec/releases/tag/v1.0.0' },
    { title: 'opencontainers/image-spec tag v1.0.0 (tag date)', url: 'https://github.com/opencontainers/image-spec/releases/tag/v1.0.0' },
    { title: 'OCI runtime spec v1.0.0: Filesystem Bundle', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.0.0/bundle.md' },
    {
      title: 'Docker blog: Docker leads OCI release of v1.0 runtime and image format specifications',
      url: 'https://blog.docker.com/2017/07/oci-release-of-v1-0-runtime-and-image-format-specifications/',
    },
  ],
} satisfies HistoryEventInput;
