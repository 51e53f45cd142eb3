import type { APIRoute } from 'astro';
import { dataFiles, readSiteFile } from '../../site-files.ts';

// Data the story pages fetch beside them (an alignment page's other bases, /stories/<slug>/alignment/<base>.json).
export function getStaticPaths() {
  return dataFiles('stories').map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => new Response(readSiteFile(`stories/${params.file}`));
