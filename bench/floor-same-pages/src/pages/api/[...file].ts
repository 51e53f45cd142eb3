import type { APIRoute } from 'astro';
import { dataFiles, readSiteFile } from '../../site-files.ts';

export function getStaticPaths() {
  return dataFiles('api').map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => new Response(readSiteFile(`api/${params.file}`));
