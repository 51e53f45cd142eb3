import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../lib/export/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(exportJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
