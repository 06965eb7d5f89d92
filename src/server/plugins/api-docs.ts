import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui';

/**
 * The API docs page (Swagger UI at /api/docs) made to pass axe-core's WCAG 2.1 A and AA rules
 * (test/browser/fixes.browser.test.ts):
 * - no top bar (`BaseLayout`): its logo had no text alternative and its "explore" box no label,
 *   and it only offers to load another document;
 * - no deep links inside the operations' buttons (`deepLinking: false`): a link nested in a
 *   button is two controls in one;
 * - colours with at least 4.5:1 contrast (a stylesheet served as a file, so the page's
 *   Content-Security-Policy needs nothing inline): the method badges, the version badges, the
 *   document's link, the Authorize button, the schemas' "Expand all" and the parameters' place;
 * - examples wrapped rather than scrolled (a scrolling box would need the keyboard's focus).
 */
const THEME_CSS = `
.swagger-ui .opblock .opblock-summary-method { color: #fff; }
.swagger-ui .opblock.opblock-get .opblock-summary-method,
.swagger-ui .opblock.opblock-head .opblock-summary-method,
.swagger-ui .opblock.opblock-options .opblock-summary-method { background: #1c5d99; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1e6b3f; }
.swagger-ui .opblock.opblock-put .opblock-summary-method,
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #8a4b00; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #a3001d; }
.swagger-ui .info .title small { background: #4a5260; }
.swagger-ui .info .title small.version-stamp { background: #2d6a07; }
.swagger-ui .info .title small pre { color: #fff; }
.swagger-ui .info a, .swagger-ui .info .url { color: #1a55a0; }
.swagger-ui .btn.authorize { color: #1e6b3f; border-color: #1e6b3f; }
.swagger-ui .btn.authorize span, .swagger-ui .btn span { color: inherit; }
.swagger-ui .btn.authorize svg { fill: #1e6b3f; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #4a5260; }
.swagger-ui .parameter__in, .swagger-ui .parameter__deprecated, .swagger-ui .prop-format,
.swagger-ui .parameter__extension, .swagger-ui .renderedMarkdown code { color: #4a5260; }
.swagger-ui .highlight-code > .microlight { max-height: none; overflow: visible; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

export const API_DOCS_OPTIONS: Pick<FastifySwaggerUiOptions, 'uiConfig' | 'theme'> = {
  uiConfig: { layout: 'BaseLayout', deepLinking: false },
  theme: { css: [{ filename: 'accessible.css', content: THEME_CSS }] },
};
