// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { diagrams } from './src/integrations/diagrams/index.ts';

// The canonical origin. Deployments set SITE_URL; locally the preview server is the site.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    diagrams(),
    starlight({
      title: { en: 'Virtualization & Containers Handbook', 'zh-CN': '虚拟化与容器手册' },
      description:
        'A bilingual reference on virtualization and Linux containers: namespaces, clone flags, cgroups and container engines.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      customCss: ['./src/styles/diagrams.css'],
      components: {
        Search: './src/components/Search.astro',
      },
      sidebar: [{ label: 'Home', translations: { 'zh-CN': '首页' }, link: '/' }],
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
    }),
  ],
});
