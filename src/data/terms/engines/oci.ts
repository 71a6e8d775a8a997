/** The Open Container Initiative. Facts from the OCI charter and the runtime spec's README and glossary. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'oci',
  category: 'concept',
  page: 'engines',
  name: { en: 'Open Container Initiative (OCI)', 'zh-cn': '开放容器倡议（OCI）' },
  aliases: {
    en: ['OCI', 'Open Container Initiative', 'opencontainers'],
    'zh-cn': ['OCI', '开放容器计划', 'Open Container Initiative', 'opencontainers'],
  },
  summary: {
    en: 'The Linux Foundation project that writes vendor-neutral container standards, namely the runtime, image and distribution specifications, and maintains runc.',
    'zh-cn': 'Linux 基金会旗下的项目，负责编写厂商中立的容器标准，即运行时、镜像和分发三份规范，并维护 runc。',
  },
  description: {
    en: `The OCI charter gives it the mission of an open technical community building vendor-neutral, portable, open specifications, reference implementations and tools; its members are corporate members of the Linux Foundation, and its first projects were the specification and runc ([charter](https://github.com/opencontainers/tob/blob/main/CHARTER.md)). Its specifications are developed in separate repositories under \`github.com/opencontainers\`: the runtime spec, the image spec and the distribution spec.

Two principles from the charter explain a lot of the ecosystem. First, a runtime can be compliant without being runc, without living in the OCI and under any licence: the specification, not the reference implementation, is what compliance is judged against. Second, the OCI tries not to standardize areas still under innovation and debate. One consequence is that no command line is standardized: callers usually drive a runtime through a runc-compatible CLI, but the runtime spec declares that interface out of its scope ([glossary](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/glossary.md)).

For when the OCI was formed and what Docker contributed, see the [history page](/engines/history/).`,
    'zh-cn': `按照 OCI 章程，它的使命是提供一个开放的技术社区，用来编写厂商中立、可移植、开放的规范、参考实现和工具；其成员是 Linux 基金会的企业会员，最早的项目是规范本身和 runc（[章程](https://github.com/opencontainers/tob/blob/main/CHARTER.md)）。各份规范分别在 \`github.com/opencontainers\` 下的独立仓库中制定：运行时规范、镜像规范和分发规范。

章程中的两条原则能解释整个生态的许多现象。其一，一个运行时即使不是 runc、不属于 OCI、采用任何许可证，也可以符合规范：判断是否合规的依据是规范，而不是参考实现。其二，OCI 尽量不去标准化仍在创新和争论中的领域。由此带来的一个结果是命令行没有被标准化：调用方通常通过与 runc 兼容的命令行来驱动运行时，但运行时规范明确把这个接口排除在自身范围之外（[术语表](https://github.com/opencontainers/runtime-spec/blob/v1.3.0/glossary.md)）。

OCI 何时成立、Docker 贡献了什么，见[历史一页](/zh-cn/engines/history/)。`,
  },
  related: ['oci-runtime-spec', 'oci-image-spec', 'oci-distribution-spec', 'runc'],
  sources: [
    { title: 'Open Container Initiative charter', url: 'https://github.com/opencontainers/tob/blob/main/CHARTER.md' },
    { title: 'OCI runtime spec v1.3.0: README', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/README.md' },
    { title: 'OCI runtime spec v1.3.0: glossary', url: 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0/glossary.md' },
  ],
} satisfies TermInput;
