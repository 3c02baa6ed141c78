import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers. The CSP allows only this origin's scripts (the designer bundle, Monaco
 * included), workers from this origin and `blob:` (Monaco's editor worker), inline styles
 * (antd and React Flow style elements at run time), images from this origin, `data:` and `blob:`.
 * No framing. `upgrade-insecure-requests` is left out: Baton serves plain HTTP on 127.0.0.1 by
 * default, where upgrading its own requests to HTTPS would break every page.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only means something over HTTPS; a reverse proxy that terminates TLS should set it.
    strictTransportSecurity: false,
  });
}
