import type { APIRoute, GetStaticPaths } from 'astro';
import { bulletinEmail } from '../../../data/bulletin-email';
import { getBulletins, type Bulletin } from '../../../data/content';

/** The plain-text part of the bulletin's email. */
export const getStaticPaths = (async () =>
  (await getBulletins()).map((bulletin) => ({ params: { id: bulletin.id }, props: { bulletin } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { text } = await bulletinEmail((props as { bulletin: Bulletin }).bulletin);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
