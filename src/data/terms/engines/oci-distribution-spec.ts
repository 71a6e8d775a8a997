/** The OCI distribution specification (registry HTTP API). Facts from distribution-spec v1.1.1 spec.md. */
import type { TermInput } from '../../schema/term.ts';

const DS = 'https://github.com/opencontainers/distribution-spec/blob/v1.1.1/spec.md';

export default {
  id: 'oci-distribution-spec',
  category: 'concept',
  page: 'engines',
  name: { en: 'OCI distribution specification', 'zh-cn': 'OCI 分发规范' },
  aliases: {
    en: ['distribution-spec', 'OCI distribution spec', 'registry API', '/v2/ API', 'Docker Registry HTTP API V2'],
    'zh-cn': ['distribution-spec', 'OCI 分发规范', '镜像仓库 API', 'registry API', '/v2/ API'],
  },
  summary: {
    en: 'The OCI specification of the HTTP API that registries serve and clients use to push and pull manifests, blobs and tags; it is based on the Docker Registry HTTP API V2.',
    'zh-cn': 'OCI 关于镜像仓库 HTTP API 的规范：仓库提供这套 API，客户端用它推送和拉取清单、blob 和标签；它以 Docker Registry HTTP API V2 为基础。',
  },
  description: {
    en: `The spec standardizes an API protocol for distributing content. It is agnostic of content type, although OCI images are the most prominent kind, and it is based on the Docker Registry HTTP API V2 protocol, which is why clients may still meet Docker-specific headers such as \`Docker-Content-Digest\` ([spec](${DS})). Its vocabulary: a *registry* serves the API; a *repository* is a named collection inside it; a *blob* is stored content addressed by its *digest*; a *manifest* refers to blobs and other manifests; a *tag* is a human-readable pointer to a manifest.

A pull is two kinds of request: \`GET /v2/<name>/manifests/<reference>\`, where the reference is a tag or a digest, and then \`GET /v2/<name>/blobs/<digest>\` for the configuration and each layer; \`HEAD\` on the same URLs asks whether something exists. A push uploads blobs through \`/v2/<name>/blobs/uploads/\` (\`POST\`, \`PATCH\`, \`PUT\`) and finishes with \`PUT /v2/<name>/manifests/<reference>\`. Because blobs are named by the hash of their content, a client can verify whatever it downloads.`,
    'zh-cn': `该规范为内容分发定义了一套标准的 API 协议。它不限定内容类型，只是 OCI 镜像最为常见；它以 Docker Registry HTTP API V2 协议为基础，所以客户端仍可能遇到 \`Docker-Content-Digest\` 这类 Docker 特有的响应头（[规范](${DS})）。它的基本术语是：*registry*（镜像仓库服务）提供这套 API；*repository*（仓库）是其中一个有名字的内容集合；*blob* 是按*摘要*（digest）寻址的存储内容；*manifest*（清单）引用 blob 和其他清单；*tag*（标签）是指向某份清单的、便于人读的名字。

一次拉取包含两类请求：先是 \`GET /v2/<name>/manifests/<reference>\`，其中 reference 可以是标签或摘要；然后对配置和每个镜像层分别发出 \`GET /v2/<name>/blobs/<digest>\`。对同样的 URL 发 \`HEAD\` 请求，可以询问某项内容是否存在。推送则通过 \`/v2/<name>/blobs/uploads/\`（\`POST\`、\`PATCH\`、\`PUT\`）上传 blob，最后以 \`PUT /v2/<name>/manifests/<reference>\` 结束。由于 blob 以其内容的哈希命名，客户端可以校验下载到的每一项内容。`,
  },
  related: ['oci', 'oci-image-spec', 'registry'],
  sources: [{ title: 'OCI distribution spec v1.1.1: spec.md', url: DS }],
} satisfies TermInput;
