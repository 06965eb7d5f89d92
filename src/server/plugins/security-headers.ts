import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer (CJIS 5.10, ASVS V14.4): a Content-Security-Policy that allows
 * no inline script and no framing, no referrer, HSTS behind TLS, and `Cache-Control: no-store` on
 * answers that may carry personal data.
 *
 * The policy fits both pages the server serves: the built web app (one module script and one
 * stylesheet, both files) and the Swagger UI at /api/docs (its bundle, preset and initializer are
 * files too, so neither needs an inline script, a hash or a nonce).
 */
/**
 * The one inline style the Swagger UI bundle applies (its own CSS-in-JS element), allowed on the
 * docs pages only, by its hash. A new Swagger UI version may change it: the browser test
 * (test/browser/csp.browser.test.ts) then reports the violation with the new hash.
 */
const SWAGGER_UI_INLINE_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

/** The docs pages' policy: the app's, with Swagger UI's inline style allowed by its hash (no inline script). */
export function docsContentSecurityPolicy(header: string): string {
  return header.replace("style-src 'self'", `style-src 'self' ${SWAGGER_UI_INLINE_STYLE}`);
}

export async function installSecurityHeaders(app: FastifyInstance, options: { behindTls: boolean }): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only behind TLS: on plain HTTP (development) it would send the pages' requests to https.
        ...(options.behindTls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // HSTS binds browsers to HTTPS for a year: only when the server sits behind a TLS proxy (TRUST_PROXY=true).
    hsts: options.behindTls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });

  // Every API answer to a signed-in caller may carry personal data: never stored by a browser or
  // a proxy. Public API answers are not cached either, unless their route sets a policy of its own.
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.principal !== undefined || !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
